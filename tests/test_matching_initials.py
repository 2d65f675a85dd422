"""Initials are letters, not sounds: a query word near, but not equal to, a store's initials (a word the
desk writes only in capitals, shorter than a word that a typo is sure in: OIC, OCI, OIZ) is other initials, never a spelling or a typo of
them. Transliteration folds (Turkish c for j, j for y) and one-edit typos are for names that are sounds;
a one-letter change or two letters swapped in three capitals make another body's acronym. The desk's
real store."""

import pytest


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


@pytest.mark.parametrize("query", [
    # OJI folds (j as y) to what OCI, the OIC's French initials, folds to (Turkish c as j as y); OIJ
    # to what OIC does. Both are other letters: listed at most.
    "OJI", "OIJ", "oij",
])
def test_initials_one_letter_or_a_fold_apart_only_list(real_store, query):
    assert decision(real_store, query)[0] != "found", query


def test_initials_near_the_oics_list_it(real_store):
    # Listed, not dropped: the journalist may have meant it.
    for query in ("OJI", "OIJ"):
        assert decision(real_store, query)[2] == ["oic"], query


def test_initials_as_the_desk_writes_them_still_answer(real_store):
    for query, entity in (("OIC", "oic"), ("OIZ", "oic"), ("OCI", "oic"), ("O.I.C.", "oic"), ("PIJ", "islamic-jihad"),
                          ("CIA", "cia"), ("MİT", "mit"), ("CENTCOM", "us-central-command"),
                          ("IDF", "idf"), ("BAE", "united-arab-emirates")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Long initials are read as a word is: a typo of CENTCOM answers it (tests/test_matching_redteam.py).
    assert decision(real_store, "centcon")[:2] == ("found", "us-central-command")
    # A fold between sounds still answers a name that is a word, not initials.
    assert decision(real_store, "Organisation of Islamic Cooperation")[:2] == ("found", "oic")

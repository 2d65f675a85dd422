"""A country's demonym and generic words of a kind of body describe a body, they do not name one: copy
gives "the Israeli secret service" to the Mossad and to the Shin Bet alike (Spanish "servicio secreto
israelí" for either). Where two or more of the store's bodies fit the description, every one is listed
and none answered, in any language's words; where one fits, it answers as before. The desk's real store."""

import pytest


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


@pytest.mark.parametrize("query", [
    # "servicio secreto israelí" answered the Shin Bet at 91 (secreto a vowel variant of its security).
    "servicio secreto israelí", "servicios secretos israelíes", "Israeli secret service", "the Israeli secret service",
    "services secrets israéliens", "Israeli intelligence", "Israeli intelligence agency", "Israeli spy agency",
    "servicio de inteligencia israelí", "israelischer Geheimdienst", "İsrail istihbaratı", "المخابرات الإسرائيلية",
])
def test_a_description_two_bodies_fit_lists_both(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous", query
    assert {"mossad", "shin-bet"} <= set(outcome[2]), query


def test_a_description_one_body_fits_or_a_name_still_answers(real_store):
    for query, entity in (("Turkish intelligence", "mit"), ("Türk istihbaratı", "mit"),
                          ("Turkish intelligence agency", "mit"), ("Egyptian intelligence", "egyptian-intelligence"),
                          ("Egyptian General Intelligence Service", "egyptian-intelligence"),
                          # Security is a word of the Shin Bet's names (Israel Security Agency), not the Mossad's.
                          ("Israeli security service", "shin-bet"),
                          # A name beside the description says which body.
                          ("Israeli intelligence agency Mossad", "mossad"), ("Mossad israelí", "mossad"),
                          ("Shin Bet israelí", "shin-bet"), ("Israel Security Agency", "shin-bet")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_the_descriptions_bodies_are_only_that_countrys_and_kinds(real_store):
    # Not another country's intelligence service, not another kind of Israeli body (the army, the cabinet).
    listed = set(decision(real_store, "servicio secreto israelí")[2])
    assert listed.isdisjoint({"mit", "cia", "idf", "israeli-cabinet"})
    assert decision(real_store, "Israeli army")[:2] == ("found", "idf")

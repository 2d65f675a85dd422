"""A body the desk has no entry for whose name holds an entity's whole name (common-names.toml
`[[namesakes]]`): the Islamic Jihad Organization, the Lebanese Shia group of the 1983 Beirut bombings
(Italian "Organizzazione Jihad Islamica", French "Organisation du Jihad islamique", OJI), is not
Palestinian Islamic Jihad. Its name typed as one run of words says "no entry", Islamic Jihad offered as
the nearest name; a type word is no mark of it, so a description before Islamic Jihad's name still
answers. The desk's real store."""

import pytest


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


@pytest.mark.parametrize("query", [
    # Answered Palestinian Islamic Jihad at 96.7 on main.
    "Organizzazione Jihad Islamica", "l'Organizzazione Jihad Islamica", "Organizzazione della Jihad Islamica",
    "Organisation du Jihad islamique", "l'Organisation du Jihad islamique",
])
def test_the_lebanese_islamic_jihad_organization_has_no_entry(real_store, query):
    assert decision(real_store, query) == ("not_found", None, ["islamic-jihad"]), query


def test_islamic_jihads_own_names_and_descriptions_still_answer(real_store):
    for query in ("Jihad Islamica", "Jihad islamique", "Jihad Islamica Palestinese", "Movimento della Jihad Islamica",
                  "Palestinian Islamic Jihad", "Islamic Jihad group",
                  # An organisation word before the name, with a word between: a description, not the name.
                  "l'organisation terroriste Jihad islamique", "terrorist organization Islamic Jihad"):
        assert decision(real_store, query)[:2] == ("found", "islamic-jihad"), query


def test_a_persons_namesake_still_says_no_entry_in_list_order(real_store):
    for query in ("Yitzhak HaLevi Herzog", "HERZOG, Yitzhak HaLevi"):
        assert decision(real_store, query)[0] == "not_found", query
    assert decision(real_store, "Isaac Herzog")[:2] == ("found", "isaac-herzog")

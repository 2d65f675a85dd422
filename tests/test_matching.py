"""The matcher's decisions on the small fixture store: answer, ask, or say there is no entry."""

import pytest

from knowledge.names.matching import NameMatcher, NameRow, score_name
from knowledge.names import normalise


def row(entity, spelling, kind="person", shared=False):
    return NameRow(entity, spelling, kind, tuple(normalise.entity_parts(spelling, kind)), normalise.is_arabic(spelling), shared)


@pytest.mark.parametrize("query, entity", [
    ("Ismail Haniyeh", "ismail-haniyeh"),
    ("haniya", "ismail-haniyeh"),
    ("Haniyya", "ismail-haniyeh"),
    ("Ismail Hanieh", "ismail-haniyeh"),  # a typo beside an exact word is answered
    ("Ismael Haniyeh", "ismail-haniyeh"),
    ("اسماعيل هنيه", "ismail-haniyeh"),
    ("Kamel", "abbas-kamel"),
    ("Mahmoud Abbas", "mahmoud-abbas"),
    ("Cairo", "cairo"),
    ("القاهرة", "cairo"),
    ("Hamas", "hamas"),
])
def test_found(mini_store, query, entity):
    resolution = mini_store.resolve(query)
    assert (resolution.decision, resolution.entity) == ("found", entity)


def test_a_shared_alias_always_asks(mini_store):
    resolution = mini_store.resolve("Abbas")
    assert resolution.decision == "ambiguous"
    assert {c.entity for c in resolution.candidates} == {"abbas-kamel", "mahmoud-abbas"}


@pytest.mark.parametrize("query", ["Ismail Radwan", "Abbas Araghchi", "Yahya Sinwar", "Hazem Qassem", "Kairouan"])
def test_other_people_with_a_shared_name_are_not_answered(mini_store, query):
    assert mini_store.resolve(query).decision != "found"


def test_a_short_word_with_a_typo_alone_asks(mini_store):
    resolution = mini_store.resolve("Hanieh")
    assert resolution.decision == "ambiguous"
    assert [c.entity for c in resolution.candidates] == ["ismail-haniyeh"]


def test_not_found_offers_the_nearest_names(mini_store):
    resolution = mini_store.resolve("Ismail Radwan")
    assert resolution.decision == "not_found"
    assert [c.entity for c in resolution.candidates] == ["ismail-haniyeh"]


def test_arabic_queries_never_match_latin_names():
    matcher = NameMatcher([row("x", "Hamas", "organization")])
    assert matcher.resolve("حماس").decision == "not_found"


def test_a_given_name_alone_is_not_enough():
    matcher = NameMatcher([row("khalil-al-hayya", "Khalil al-Hayya")])
    resolution = matcher.resolve("Khalil")
    assert resolution.decision == "ambiguous"
    assert [c.entity for c in resolution.candidates] == ["khalil-al-hayya"]


def test_one_word_shared_by_two_entities_asks():
    matcher = NameMatcher([row("gaza-strip", "Gaza Strip", "place"), row("gaza-city", "Gaza City", "place")])
    assert matcher.resolve("Gaza").decision == "ambiguous"
    assert matcher.resolve("Gaza City").entity == "gaza-city"


def test_full_name_beats_a_surname_shared_with_another():
    matcher = NameMatcher([row("benjamin-netanyahu", "Benjamin Netanyahu"), row("yair", "Yair Lapid")])
    assert matcher.resolve("Benjamin Netanyahu").entity == "benjamin-netanyahu"
    assert matcher.resolve("Yair Netanyahu").decision != "found"


def test_scores():
    assert score_name(["haniya"], row("x", "Haniyeh")) == 100.0
    assert score_name(["ismail", "haniya"], row("x", "Ismail Haniyeh")) == 100.0
    assert score_name(["haniya"], row("x", "Ismail Haniyeh")) == 90.0
    assert score_name(["ismail", "radwan"], row("x", "Ismail Haniyeh")) < 60
    assert score_name(["pa"], row("x", "PLO", "organization")) == 0.0  # short words match exactly or not at all


def test_one_word_of_an_organisations_name_is_not_enough():
    matcher = NameMatcher([row("mit", "Turkish National Intelligence Organization", "organization"),
                           row("cia", "Central Intelligence Agency", "organization"),
                           row("egyptian-intelligence", "Egyptian General Intelligence", "organization"),
                           row("qassam", "al-Qassam Brigades", "organization")])
    assert matcher.resolve("Turkish").decision == "ambiguous"  # a quarter of the name
    assert matcher.resolve("Intelligence").decision == "ambiguous"  # a word three names share
    assert matcher.resolve("Qassam").entity == "qassam"  # half the name, a word no one else has
    # An organisation's name may start with a title word; a person's title is dropped.
    assert matcher.resolve("Egyptian General Intelligence").entity == "egyptian-intelligence"


def test_words_that_name_nothing_are_ignored():
    matcher = NameMatcher([row("us-mission", "US Mission to the UN", "organization")])
    assert matcher.resolve("the").decision == "not_found"
    assert matcher.resolve("US Mission to the UN").entity == "us-mission"

"""Rules the held-out batches 2026-12-02 and 2026-12-03 showed were missing (its gates: absent and ambiguous names answered),
each on the desk's real store or a small one, with what it allows and what it still refuses."""

import pytest

from knowledge.names import normalise
from knowledge.names.matching import NameMatcher, NameRow


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


def row(entity, spelling, kind="person", shared=False):
    return NameRow(entity, spelling, kind, tuple(normalise.entity_parts(spelling, kind)), normalise.is_arabic(spelling), shared)


# --- A family name made from a kunya is the whole "Abu X" -------------------------------------------

@pytest.mark.parametrize("query, entity", [
    ("Ibrahim Abu Mustafa", "ibraheem-abu-mustafa"), ("ABU MUSTAFA, Ibrahim", "ibraheem-abu-mustafa"),
    ("Ibrahim Abou Mustafa", "ibraheem-abu-mustafa"), ("İbrahim Ebu Mustafa", "ibraheem-abu-mustafa"),
    ("إبراهيم أبو مصطفى", "ibraheem-abu-mustafa"), ("Musa Abu Marzouk", "moussa-abu-marzouk"),
    ("MARZOUK, Musa Abu", "moussa-abu-marzouk"), ("Abu Marzouk", "moussa-abu-marzouk"),
    ("Abu Ubaida", "abu-ubaida"),
    # The desk's alias: the Jerusalem Post calls him Marzouk on second reference.
    ("Marzouk", "moussa-abu-marzouk"),
])
def test_a_name_with_its_kunya_family_name_whole_answers(real_store, query, entity):
    assert decision(real_store, query)[:2] == ("found", entity)


@pytest.mark.parametrize("query, entity", [
    # OFAC lists a Syrian IBRAHIM, Mustafa; Mustafa is a family of its own, not Abu Mustafa.
    ("MUSTAFA, Ibrahim", "ibraheem-abu-mustafa"), ("Ibrahim Mustafa", "ibraheem-abu-mustafa"),
    ("Ibraheem Mustafa", "ibraheem-abu-mustafa"), ("إبراهيم مصطفى", "ibraheem-abu-mustafa"),
    ("Moussa Marzouk", "moussa-abu-marzouk"), ("موسى مرزوق", "moussa-abu-marzouk"),
])
def test_the_word_after_abu_without_abu_is_another_name_and_only_lists(real_store, query, entity):
    # Listed, never answered, and never a dead end: the person is offered.
    found, answered, listed = decision(real_store, query)
    assert found == "ambiguous" and answered is None and entity in listed, query


def test_umm_is_a_kunya_as_abu_is_and_bin_dropped_is_the_same_man(real_store):
    matcher = NameMatcher([row("amal", "Amal Umm Nidal"), row("ismail-haniyeh", "Ismail Haniyeh")])
    for query in ("Amal Umm Nidal", "Amal Um Nidal", "Umm Nidal"):
        assert matcher.resolve(query).entity == "amal", query
    for query in ("Amal Nidal", "NIDAL, Amal"):
        assert matcher.resolve(query).decision == "ambiguous", query
    # A patronymic's bin is not a kunya's Abu: "Mohammed Abdulrahman" is how Arabic names Abdulrahman's
    # son without the bin, the same man, as outlets shorten it.
    assert decision(real_store, "Mohammed Abdulrahman Al Thani")[:2] == ("found", "mohammed-bin-abdulrahman-al-thani")


# --- A one-word name with letters glued on is another word -------------------------------------------

def test_a_one_word_name_with_two_letters_glued_on_only_lists(real_store):
    # Bloomberg HT, a Turkish channel licensed from Bloomberg, typed as one word.
    found, answered, listed = decision(real_store, "Bloomberght")
    assert found == "ambiguous" and answered is None and "bloomberg" in listed
    matcher = NameMatcher([row("mossad", "Mossad", "organization")])
    assert matcher.resolve("Mossadxyz").decision != "found"


@pytest.mark.parametrize("query", ["Bloomberg", "Bloombreg", "Blomberg", "Bloombergg", "Bloombergs"])
def test_a_one_word_name_with_a_typo_or_an_ending_still_answers(real_store, query):
    # Two letters swapped, one dropped or doubled, a German genitive: the name itself.
    assert decision(real_store, query)[:2] == ("found", "bloomberg"), query


# --- Bare Gaza is the Strip's name and the City's ------------------------------------------------------

@pytest.mark.parametrize("query", ["Gaza", "GAZA", "Ghaza", "Gazze", "Gazze'de", "Gazze’ye", "غزة", "غزّة", "بغزة", "עזה", "מעזה",
                                   "בעזה", "Γάζα", "Γάζας", "Газа", "Газе", "गाजा"])
def test_bare_gaza_in_any_language_lists_the_strip_and_the_city(real_store, query):
    found, answered, listed = decision(real_store, query)
    assert found == "ambiguous" and answered is None and set(listed[:2]) == {"gaza-strip", "gaza-city"}, query


@pytest.mark.parametrize("query, entity", [
    ("Gaza Strip", "gaza-strip"), ("Gazze Şeridi", "gaza-strip"), ("قطاع غزة", "gaza-strip"),
    ("רצועת עזה", "gaza-strip"), ("bande de Gaza", "gaza-strip"), ("сектор Газа", "gaza-strip"),
    ("Gaza City", "gaza-city"), ("مدينة غزة", "gaza-city"), ("ville de Gaza", "gaza-city"),
    ("Gazze kenti", "gaza-city"), ("город Газа", "gaza-city"),
])
def test_the_strip_and_the_city_by_their_whole_names_still_answer(real_store, query, entity):
    assert decision(real_store, query)[:2] == ("found", entity), query


# --- Two consonants do not answer an organisation's or place's word -----------------------------------

def test_a_place_word_of_two_consonants_a_vowel_apart_only_lists(real_store):
    # Malay kota (city) has the consonants of qiṭāʿ (strip), in order: a Malay name of Gaza City is not
    # the Gaza Strip's Qiṭāʿ Ġazza.
    found, answered, listed = decision(real_store, "Kota Ghazza")
    assert found == "ambiguous" and answered is None and "gaza-strip" in listed
    matcher = NameMatcher([row("strip", "Qiṭāʿ Ġazza", "place")])
    assert matcher.resolve("Kota Ghazza").decision == "ambiguous"


@pytest.mark.parametrize("query, entity", [("Qita Gaza", "gaza-strip"), ("Qitaa Gazza", "gaza-strip"),
                                           ("Rafeh", "rafah"), ("Kiriat Gat", "kiryat-gat")])
def test_a_place_word_as_typed_or_of_three_consonants_a_vowel_apart_still_answers(real_store, query, entity):
    assert decision(real_store, query)[:2] == ("found", entity), query
    matcher = NameMatcher([row("kiryat", "Kiryat Malakhi", "place")])
    assert matcher.resolve("Kiryat Malakha").entity == "kiryat"  # malakh: three consonants

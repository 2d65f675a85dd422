"""An office before a lone family name settles which of the people bearing it is meant, by the desk's
descriptions (`KnowledgeStore.resolve`): the matcher lists both Abbases for "Abbas"; "President Abbas"
is the one whose description says president."""

from __future__ import annotations

from knowledge.editing.build import build
from knowledge.serving.store import KnowledgeStore


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity


def test_an_office_in_any_language_settles_between_bearers_of_a_family_name(real_store):
    # Allowed: the office the description holds (Mahmoud Abbas: "President of the Palestinian
    # Authority"), as English, German, French, Polish, Turkish, Greek, Arabic and Hebrew copy print it.
    for query in ("President Abbas", "Präsident Abbas", "le président Abbas", "prezydent Abbas",
                  "Cumhurbaşkanı Abbas", "ο πρόεδρος Αμπάς", "الرئيس عباس", "الرئيس الفلسطيني عباس",
                  "הנשיא עבאס"):
        assert decision(real_store, query) == ("found", "mahmoud-abbas"), query
    # Refused: an honorific says no office; an office neither holds (a prime minister: the head of an
    # Arabic construct, رئيس, is not read as president); the given name a one-word alias may be (Abbas
    # Kamel, the intelligence chief, is Abbas by his given name: "Chief Abbas" names a chief Abbas).
    for query in ("Mr Abbas", "Başbakan Abbas", "رئيس الوزراء عباس", "Chief Abbas", "President Mahmoud"):
        assert decision(real_store, query)[0] == "ambiguous", query


def test_an_office_two_listed_people_hold_still_asks(mini_root, tmp_path):
    # Both Abbases presidents: the office tells them no more apart than the name does.
    kamel = mini_root / "knowledge" / "data" / "people" / "abbas-kamel.toml"
    kamel.write_text(kamel.read_text(encoding="utf-8").replace(
        'description = "Egyptian intelligence chief in December 2023 reporting."',
        'description = "Egyptian president in a made-up story."'), encoding="utf-8")
    build(mini_root, tmp_path / "knowledge.json")
    store = KnowledgeStore.open(tmp_path / "knowledge.json")
    for query in ("President Abbas", "Präsident Abbas", "le président Abbas"):
        assert decision(store, query)[0] == "ambiguous", query


def test_an_office_settles_in_the_unchanged_small_tree(mini_store):
    # One president and one intelligence chief: settled.
    assert decision(mini_store, "President Abbas") == ("found", "mahmoud-abbas")
    assert decision(mini_store, "Mr Abbas")[0] == "ambiguous"

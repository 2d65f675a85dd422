"""The fields that shape a card and a timeline (`key`, `within`, places as event parties, a source's
derivation) and the rule that reader-visible text never speaks of the desk's seeds."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from knowledge.editing.dictionary import data_dictionary
from knowledge.editing.check import check
from knowledge.files.canonical import canonical
from tests.conftest import PROJECT_ROOT
from tests.test_knowledge_check import edit, problems

CAIRO = "knowledge/data/places/cairo.toml"
PERSON = "knowledge/data/people/ismail-haniyeh.toml"
EVENT = "knowledge/data/events/2023-12-20-kamel-meets-haniyeh.toml"
SOURCES = "knowledge/data/sources.toml"


def add_place(root: Path, place_id: str, name: str, within: str | None = None) -> None:
    line = f'within = "{within}"\n' if within else ""
    (root / f"knowledge/data/places/{place_id}.toml").write_text(
        f'id = "{place_id}"\nkind = "place"\nname = "{name}"\ndescription = "A made-up place."\n{line}',
        encoding="utf-8")


def line_of(root: Path, relative: str, needle: str) -> int:
    lines = (root / relative).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


# within

def test_a_place_within_a_place_passes_and_reaches_the_build(mini_root):
    add_place(mini_root, "egypt", "Egypt")
    edit(mini_root, CAIRO, 'description = "Capital of Egypt; venue of the talks."',
         'description = "Capital of Egypt; venue of the talks."\nwithin = "egypt"')
    knowledge, found = check(mini_root, layout=False)
    assert found == []
    assert knowledge.entities["cairo"].record.within == "egypt"
    assert knowledge.entities["egypt"].record.within is None


def test_within_must_name_a_place_that_exists(mini_root):
    edit(mini_root, CAIRO, 'description = "Capital of Egypt; venue of the talks."',
         'description = "Capital of Egypt; venue of the talks."\nwithin = "egypt"')
    assert problems(mini_root) == [
        f"{CAIRO}:5: unknown place 'egypt' in within: add places/egypt.toml or fix the id"]
    edit(mini_root, CAIRO, 'within = "egypt"', 'within = "hamas"')
    assert problems(mini_root) == [f"{CAIRO}:5: within names 'hamas', which is an organization, not a place"]


def test_only_places_have_within(mini_root):
    edit(mini_root, PERSON, 'description = "Hamas leader in December 2023 reporting."',
         'description = "Hamas leader in December 2023 reporting."\nwithin = "cairo"')
    line = line_of(mini_root, PERSON, "within =")
    assert problems(mini_root) == [
        f"{PERSON}:{line}: only places have within, and 'ismail-haniyeh' is a person: remove it"]


def test_within_may_not_go_round_in_a_circle(mini_root):
    add_place(mini_root, "egypt", "Egypt", within="africa")
    add_place(mini_root, "africa", "Africa", within="egypt")
    add_place(mini_root, "giza", "Giza", within="egypt")  # leads into the loop: not itself reported
    add_place(mini_root, "atlantis", "Atlantis", within="atlantis")
    assert problems(mini_root) == [
        "knowledge/data/places/africa.toml:5: within goes round in a circle (africa within egypt within "
        "africa): a place cannot lie in itself",
        "knowledge/data/places/atlantis.toml:5: within goes round in a circle (atlantis within atlantis): "
        "a place cannot lie in itself",
        "knowledge/data/places/egypt.toml:5: within goes round in a circle (egypt within africa within "
        "egypt): a place cannot lie in itself",
    ]


# places as parties, key facts, derivation

def test_an_event_may_name_a_place_as_a_party(mini_root):
    edit(mini_root, EVENT, 'entities = ["abbas-kamel", "ismail-haniyeh", "hamas"]',
         'entities = ["abbas-kamel", "ismail-haniyeh", "hamas", "cairo"]')
    knowledge, found = check(mini_root, layout=False)
    assert found == []
    assert "cairo" in knowledge.events["2023-12-20-kamel-meets-haniyeh"].record.entities


def test_key_fact_loads_and_has_its_place_in_the_canonical_layout(mini_root):
    edit(mini_root, PERSON, 'text = "Led Hamas\'s delegation."', 'key = true\ntext = "Led Hamas\'s delegation."')
    knowledge, found = check(mini_root, layout=False)
    assert found == []
    assert [fact.key for fact in knowledge.entities["ismail-haniyeh"].record.facts] == [False, True]
    text = (mini_root / PERSON).read_text(encoding="utf-8")
    assert 'text = "Led Hamas\'s delegation."\nkey = true\n' in canonical(text, "entity")


def test_derivation_is_optional_and_read(mini_root):
    edit(mini_root, SOURCES, 'language_note = "English original."\ndebris = ["Show More"]',
         'language_note = "Indonesian."\nderivation = "Machine translation of a rewrite of another '
         'outlet\'s report."\ndebris = ["Show More"]')
    knowledge, found = check(mini_root)
    assert found == []
    assert knowledge.sources["alpha"].record.derivation.startswith("Machine translation")
    assert knowledge.sources["beta"].record.derivation == ""


def test_the_data_dictionary_describes_the_new_fields():
    dictionary = data_dictionary()
    assert "  key (optional): Set to true to make this fact lead the /who card" in dictionary
    assert "  within (optional): Places only" in dictionary
    assert "  derivation (optional): Shown with every citation" in dictionary
    assert "places acting as parties" in dictionary


def test_the_desks_translated_source_says_how_it_reached_us():
    sources = tomllib.loads((PROJECT_ROOT / SOURCES).read_text(encoding="utf-8"))["sources"]
    by_id = {source["id"]: source for source in sources}
    derivation = by_id["002_48fe82d3630012ac"]["derivation"]
    assert "machine translation" in derivation.lower()
    assert "Indonesian" in derivation and "Jerusalem Post" in derivation
    assert by_id["004_fa0c7fc083449b93"].get("derivation", "") == ""


# the word "seed" in reader text

@pytest.mark.parametrize("relative, old, new", [
    (PERSON, 'description = "Hamas leader in December 2023 reporting."',
     'description = "Hamas leader, as the seeds describe him."'),
    (PERSON, 'text = "Led Hamas\'s delegation."', 'text = "Led Hamas\'s delegation (Seed 004)."'),
    (EVENT, 'title = "Abbas Kamel meets Ismail Haniyeh in Cairo"', 'title = "SEED: Kamel meets Haniyeh"'),
    (EVENT, 'summary = "Egypt', 'summary = "The only mention in the seeds. Egypt'),
    (EVENT, 'date_note = "\\"on Wednesday\\"', 'date_note = "the seeded date \\"on Wednesday\\"'),
    (SOURCES, 'outlet = "The Example Times"', 'outlet = "The Example Times (seed)"'),
])
def test_the_word_seed_in_reader_text_is_rejected_with_why_and_where(mini_root, relative, old, new):
    edit(mini_root, relative, old, new)
    line = line_of(mini_root, relative, new.split("\n")[0])
    [problem] = problems(mini_root)
    assert problem.startswith(f"{relative}:{line}: ")
    assert "readers see this text and do not know what the desk's seeds are" in problem


def test_seed_inside_a_word_or_in_editors_notes_is_fine(mini_root):
    edit(mini_root, PERSON, 'description = "Hamas leader in December 2023 reporting."',
         'description = "Hamas leader in December 2023 reporting; talks proceeded."\n'
         'notes = "From seed alpha."')
    assert problems(mini_root) == []

"""The matcher leaves unscored the names that cannot change its answer (`scoring._name_bound`,
`scoring._person_bound`, `matcher._best_rows`): it must answer exactly as it does scoring every name.

Checked on the desk's knowledge, with every query of both evaluation sets, and on a synthetic store of
people who share given and family names (bench/synth.py's kind of store, made here from names of the
desk's evaluation set), where most names a query fetches match only one of its words.
"""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest

from knowledge.names import normalise
from knowledge.names.matching import NameMatcher, NameRow

DATA = Path(__file__).parent / "data"


def _queries() -> list[str]:
    texts = []
    for name in ("name_queries.toml", "attested_names.toml"):
        data = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
        texts += [q["query"] for group in data.values() if isinstance(group, list) for q in group]
    return texts


class ScoringEveryName(NameMatcher):
    """The same matcher with no name left unscored: a bound that never rules one out."""

    def _name_bound(self, row, words, matches):
        return 100.0


class CheckingBounds(NameMatcher):
    """The same matcher, checking each name's bound against the score it bounds."""

    def _score_row(self, row, words, matches):
        score = super()._score_row(row, words, matches)
        bound = self._name_bound(row, words, matches)
        assert score <= bound + 0.05, (self._spellings[row], [w.text for w in words], score, bound)
        return score


def _like(matcher: NameMatcher, kind: type) -> NameMatcher:
    """`matcher`'s tables under another class, with caches of its own."""
    other = object.__new__(kind)
    other.__dict__.update(matcher.__dict__)
    other._row_facts, other._word_matches_kept = {}, {}
    return other


def _outcome(resolution) -> tuple:
    return resolution.decision, resolution.entity, tuple((c.entity, c.score, c.spelling) for c in resolution.candidates)


def _shared_names_store() -> tuple[NameMatcher, list[str]]:
    """People named by every pairing of a few given, middle and family names, as a large desk's store
    has them: "Majid Hassan Haddad", "Majid Haddad", "Hassan Majid Haddad"; and queries mixing them."""
    given = ["Majid", "Hassan", "Mohammed", "Maryam", "Yosef", "Ali"]
    family = ["Haddad", "al-Masri", "Abu Zuhri", "Ben Gvir", "Khoury"]
    rows, queries = [], []
    for n, (first, middle, last) in enumerate(itertools.product(given, given, family)):
        if first == middle and n % 3:
            continue
        entity = f"p{n}"
        for spelling in {f"{first} {middle} {last}", f"{first} {last}" if n % 4 == 0 else f"{first} {middle} {last}"}:
            rows.append(NameRow(entity, spelling, "person", tuple(normalise.entity_parts(spelling, "person")), False, False))
        queries += [f"{first} {middle} {last}", f"{first} {last}", f"{last.upper()}, {first}", f"{middle} {first} {last}"]
    queries += [f"{a} {b}" for a, b in itertools.product(given, family)] + ["K. Haddad", "M. Hassan al-Masri"]
    return NameMatcher(rows), sorted(set(queries))


@pytest.fixture(scope="module")
def shared_names():
    return _shared_names_store()


def test_the_bound_holds_on_the_desks_knowledge(real_store):
    checking = _like(real_store.matcher, CheckingBounds)
    for text in _queries():
        checking.resolve(text)


def test_answers_are_those_of_scoring_every_name_on_the_desks_knowledge(real_store):
    every = _like(real_store.matcher, ScoringEveryName)
    differ = [text for text in _queries() if _outcome(real_store.matcher.resolve(text)) != _outcome(every.resolve(text))]
    assert differ == []


def test_organisations_and_places_names_are_left_unscored_too_on_the_desks_knowledge(real_store):
    """Long organisations' names fetch many of their kind's names, most of which cannot be whole."""
    scored = {}
    for kind in (NameMatcher, ScoringEveryName):
        counting = _like(real_store.matcher, kind)
        calls = []
        original = counting._score_row
        counting._score_row = lambda row, words, matches: calls.append(row) or original(row, words, matches)
        for text in _queries():
            counting.resolve(text)
        scored[kind] = sum(counting._kinds[counting._row_entity[row]] != "person" for row in calls)
    assert scored[NameMatcher] < 0.8 * scored[ScoringEveryName], scored


def test_on_a_store_of_shared_names_the_bound_holds_and_rules_names_out(shared_names):
    matcher, queries = shared_names
    checking, every = _like(matcher, CheckingBounds), _like(matcher, ScoringEveryName)
    for text in queries:
        checking.resolve(text)
    differ = [text for text in queries if _outcome(matcher.resolve(text)) != _outcome(every.resolve(text))]
    assert differ == []
    # The point of it: a good share of the names such queries fetch is never scored.
    scored = {}
    for kind in (CheckingBounds, ScoringEveryName):
        counting = _like(matcher, kind)
        calls = []
        original = counting._score_row
        counting._score_row = lambda row, words, matches: calls.append(row) or original(row, words, matches)
        for text in queries:
            counting.resolve(text)
        scored[kind] = len(calls)
    assert scored[CheckingBounds] < 0.8 * scored[ScoringEveryName], scored  # 8,213 of 11,980 when written

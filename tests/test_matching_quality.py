"""How well /who finds people by the names journalists type, on the desk's real knowledge.

The evaluation set (tests/data/name_queries.toml) was written from how names are printed and typed,
not from the store's alias lists. Targets: top-1 accuracy ≥ 95%, no wrong answer, absent names
answered ≤ 5%. The figures are printed (run with -s to see them) so a change to matching shows its cost.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

QUERIES = tomllib.loads((Path(__file__).parent / "data" / "name_queries.toml").read_text(encoding="utf-8"))


def test_the_set_is_large_enough_and_refers_to_real_entities(real_store):
    assert len(QUERIES["found"]) >= 200
    assert len(QUERIES["absent"]) >= 100
    assert len(QUERIES["ambiguous"]) >= 5
    named = {q["entity"] for q in QUERIES["found"]} | {e for q in QUERIES["ambiguous"] for e in q["entities"]}
    assert named <= set(real_store.entities), f"unknown ids in the set: {sorted(named - set(real_store.entities))}"
    absent_resolving_exactly = [q["query"] for q in QUERIES["absent"]
                                if any(real_store.entities[e].name.casefold() == q["query"].casefold()
                                       for e in real_store.entities)]
    assert absent_resolving_exactly == [], "an 'absent' name is in the store"


def test_found_names(real_store, capsys):
    wrong, unanswered = [], []
    for case in QUERIES["found"]:
        resolution = real_store.resolve(case["query"])
        if resolution.decision == "found" and resolution.entity != case["entity"]:
            wrong.append(f"{case['query']!r} → {resolution.entity} (expected {case['entity']})")
        elif resolution.decision != "found":
            unanswered.append(f"{case['query']!r} → {resolution.decision} "
                              f"{[c.entity for c in resolution.candidates]} (expected {case['entity']})")
    total = len(QUERIES["found"])
    accuracy = (total - len(wrong) - len(unanswered)) / total
    with capsys.disabled():
        print(f"\nname matching: top-1 accuracy {accuracy:.1%} on {total} names; "
              f"{len(wrong)} wrong answers; {len(unanswered)} not answered")
        for line in wrong + unanswered:
            print("  ", line)
    assert wrong == [], "a confident answer about the wrong entity"
    assert accuracy >= 0.95


def test_absent_names_are_not_answered(real_store, capsys):
    answered = []
    for case in QUERIES["absent"]:
        resolution = real_store.resolve(case["query"])
        if resolution.decision == "found":
            answered.append(f"{case['query']!r} → {resolution.entity} ({case.get('why', '')})")
    share = len(answered) / len(QUERIES["absent"])
    with capsys.disabled():
        print(f"\nname matching: {share:.1%} of {len(QUERIES['absent'])} absent names answered")
        for line in answered:
            print("  ", line)
    assert share <= 0.05


@pytest.mark.parametrize("case", QUERIES["ambiguous"], ids=lambda c: c["query"])
def test_ambiguous_names_list_candidates(real_store, case):
    resolution = real_store.resolve(case["query"])
    assert resolution.decision == "ambiguous"
    assert set(case["entities"]) <= {c.entity for c in resolution.candidates}

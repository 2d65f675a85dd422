"""A small store's own words' matches are worked out by `knowledge build` (`matching.with_words_matched`)
and read at a first question instead of matched: they must be what matching the word gives, and the
matcher must answer exactly as it does matching every word when asked. A build whose matching code
differs from the code serving it is read as if it had none."""

from __future__ import annotations

from knowledge.names.matching import NameMatcher, NameRow, build_index, with_words_matched
from knowledge.names.matching.tables import WORDS_MATCHED, matching_code_stamp
from tests.test_matching_bounds import _queries  # every query of both evaluation sets


def _matching_every_word(matcher: NameMatcher) -> NameMatcher:
    """`matcher`'s tables without the build's matches, with caches of its own."""
    other = object.__new__(NameMatcher)
    other.__dict__.update(matcher.__dict__)
    other._row_facts, other._word_matches_kept, other._matched_at_build = {}, {}, {}
    return other


def test_the_builds_matches_are_what_matching_each_word_gives(real_store):
    matcher = real_store.matcher
    assert len(matcher._matched_at_build) > 1_000
    for (text, typed), built in matcher._matched_at_build.items():
        found = matcher._word_matches(matcher._query_word(text, typed))
        assert [[w, m.score, m.level, m.same_length, m.swapped] for w, m in sorted(found.items())] == built, (text, typed)


def _decided(resolution) -> tuple:
    return resolution.decision, resolution.entity, tuple((c.entity, c.score) for c in resolution.candidates)


def test_answers_are_those_of_matching_every_word(real_store):
    # Which of an entity's equal-scoring spellings a candidate carries follows the order its words'
    # matches were found in, which a long-running matcher's kept matches already vary: not compared.
    built, matched = real_store.matcher, _matching_every_word(real_store.matcher)
    for text in _queries():
        assert _decided(built.resolve(text)) == _decided(matched.resolve(text)), text


def test_matches_made_by_other_code_are_not_read():
    index = with_words_matched(build_index([NameRow("ismail-haniyeh", "Ismail Haniyeh", "person", ("ismail", "haniya"), False, False)]))
    assert NameMatcher.from_index(index)._matched_at_build
    stale = {**index, WORDS_MATCHED: {**index[WORDS_MATCHED], "code": "0" * 16}}
    assert index[WORDS_MATCHED]["code"] == matching_code_stamp()
    assert NameMatcher.from_index(stale)._matched_at_build == {}
    assert NameMatcher.from_index(stale).resolve("Ismail Haniyeh").entity == "ismail-haniyeh"

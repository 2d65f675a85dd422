"""Finding the entity a typed name means, or admitting that we are not sure.

Three stages, as in OpenSanctions' matchers:
1. Normalise: the store's names were normalised when it was built (`names.parts`); the query is
   normalised the same way here, once.
2. Fetch candidates through an index: the exact key first, then each query word looked up in the
   vocabulary of name words (a typo finds its word there). Only names sharing a word are scored.
3. Score each candidate name word by word with `fuzz.ratio` (a word needing too many edits counts as
   unmatched) and decide: answer only when one entity is clearly best, otherwise ask, otherwise say
   there is no entry.

`fuzz.ratio` over normalised words, not `WRatio`: WRatio's partial matching scores unrelated names
that share one word at 86-90, which is exactly the wrong-person answer this module exists to prevent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.names import normalise

# Candidate words are fetched from the vocabulary at this similarity, then held to max_edits().
WORD_MATCH = 75
# Only vocabulary words within this many letters of a query word's length can be within its edits
# (two, plus two for an article glued on: "alhayya").
LENGTH_WINDOW = 4
# A query of one word with a typo in it is answered only if the word is this long; shorter, we ask.
SURE_TYPO_LENGTH = 7
# Answer when the best entity scores this much and leads the next by MARGIN; list candidates from ASK.
ANSWER = 84
MARGIN = 10
ASK = 60
# Not found: names this close are offered as "nearest names".
NEAREST = 40
MAX_CANDIDATES = 5

Decision = Literal["found", "ambiguous", "not_found"]


@dataclass(frozen=True)
class NameRow:
    """One name or alias of an entity, normalised at build time."""

    entity: str
    spelling: str
    kind: str
    parts: tuple[str, ...]
    arabic: bool
    shared: bool


@dataclass(frozen=True)
class Scored:
    entity: str
    score: float
    spelling: str


@dataclass(frozen=True)
class Resolution:
    decision: Decision
    entity: str | None = None
    candidates: tuple[Scored, ...] = field(default_factory=tuple)


class NameMatcher:
    def __init__(self, rows: Iterable[NameRow]):
        self.rows = list(rows)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_word: dict[str, set[int]] = defaultdict(set)
        for index, row in enumerate(self.rows):
            self._by_key[" ".join(row.parts)].append(index)
            for word in row.parts:
                self._by_word[word].add(index)
        # The vocabulary of name words, by length: a query word is compared only with words of
        # about its length, not with every name in the store.
        self._vocabulary: dict[int, list[str]] = defaultdict(list)
        for word in self._by_word:
            self._vocabulary[len(word)].append(word)
        # Words in the names of more than one entity ("intelligence", "palestinian") say little alone.
        self._common = frozenset(word for word, indices in self._by_word.items()
                                 if len({self.rows[i].entity for i in indices}) > 1)

    def resolve(self, query: str) -> Resolution:
        # A leading title is dropped ("President Erdogan") unless it starts an organisation's name
        # ("General Intelligence"): both readings are scored and each entity keeps its best.
        variants = {tuple(normalise.parts(query)), tuple(normalise.parts(query, titles=False))} - {()}
        arabic = normalise.is_arabic(query)
        scores: dict[str, Scored] = {}
        exact: list[int] = []
        for variant in variants:
            query_parts = list(variant)
            for entity, scored in self._score(query_parts, self._candidate_rows(query_parts, arabic)).items():
                if entity not in scores or scored.score > scores[entity].score:
                    scores[entity] = scored
            exact += [i for i in self._by_key.get(" ".join(query_parts), []) if self.rows[i].arabic == arabic]
        if not scores:
            return Resolution("not_found")
        ranked = sorted(scores.values(), key=lambda s: (-s.score, s.entity))
        best = ranked[0]

        shared = {self.rows[i].entity for i in exact if self.rows[i].shared}
        if len(shared) > 1:
            # Editors declared this name ambiguous: always ask.
            listed = [s for s in ranked if s.entity in shared] + [s for s in ranked if s.entity not in shared]
            return Resolution("ambiguous", candidates=tuple(listed[:MAX_CANDIDATES]))

        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        if best.score >= ANSWER and best.score - runner_up >= MARGIN:
            return Resolution("found", entity=best.entity, candidates=(best,))
        asked = [s for s in ranked if s.score >= ASK]
        if asked:
            return Resolution("ambiguous", candidates=tuple(asked[:MAX_CANDIDATES]))
        nearest = [s for s in ranked if s.score >= NEAREST]
        return Resolution("not_found", candidates=tuple(nearest[:MAX_CANDIDATES]))

    def _candidate_rows(self, query_parts: list[str], arabic: bool) -> set[int]:
        rows: set[int] = set(self._by_key.get(" ".join(query_parts), []))
        for word in query_parts:
            rows |= self._by_word.get(word, set())
            nearby = [w for length in range(len(word) - LENGTH_WINDOW, len(word) + LENGTH_WINDOW + 1)
                      for w in self._vocabulary.get(length, ())]
            for similar, _score, _ in process.extract(word, nearby, scorer=fuzz.ratio,
                                                      score_cutoff=WORD_MATCH, limit=None):
                rows |= self._by_word[similar]
        return {i for i in rows if self.rows[i].arabic == arabic}

    def _score(self, query_parts: list[str], row_indices: set[int]) -> dict[str, Scored]:
        """The best score of each entity over its candidate names."""
        best: dict[str, Scored] = {}
        for index in row_indices:
            row = self.rows[index]
            score = score_name(query_parts, row, self._common)
            if row.entity not in best or score > best[row.entity].score:
                best[row.entity] = Scored(row.entity, score, row.spelling)
        return best


def max_edits(a: str, b: str) -> int:
    """Typos allowed between two words, by the shorter one's length: none up to four letters (abu,
    bin, hani), one up to eight, two beyond. Transposed letters count as one edit."""
    shorter = min(len(a), len(b))
    return 0 if shorter <= 4 else 1 if shorter <= 8 else 2


def word_similarity(a: str, b: str) -> float:
    """100 for the same word, fuzz.ratio for a typo within max_edits, 0 for a different word."""
    if a == b:
        return 100.0
    for glued, other in ((a, b), (b, a)):
        if glued[:2] in {"al", "el"} and len(glued) > 5 and glued[2:] == other:
            return 100.0  # the article written joined to the name: Alhayya
    if OSA.distance(a, b, score_cutoff=max_edits(a, b)) > max_edits(a, b):
        return 0.0
    return fuzz.ratio(a, b)


def score_name(query_parts: list[str], row: NameRow, common_words: frozenset[str] = frozenset()) -> float:
    """0-100: how well the query's words and the name's words cover each other.

    A full match scores 100; a query that names only some of the name's words (a surname alone)
    scores 80-100 by the share of the name it covers, so the full name of one entity beats a surname
    shared by another. A query word that matches nothing costs its share: "Yair Netanyahu" is not
    Benjamin Netanyahu, and "Donald Trump Jr." is not Donald Trump. Capped below ANSWER, to ask rather
    than answer: a person's given name alone ("Khalil"), part of the name of an organisation or place
    that is less than half of it ("Turkish") or only words other names share ("Intelligence"), and a single short word with a typo ("Ramla" is not "Ramallah"; "Egpyt" gets
    "did you mean Egypt?").
    """
    unused = list(row.parts)
    total = 0.0
    matched_positions = []
    similarities_used = []
    for word in query_parts:
        similarities = [word_similarity(word, candidate) for candidate in unused]
        if not similarities or max(similarities) == 0.0:
            continue
        position = similarities.index(max(similarities))
        total += similarities[position]
        similarities_used.append(similarities[position])
        matched_positions.append(row.parts.index(unused[position]))
        unused.pop(position)
    query_coverage = total / (100 * len(query_parts))
    name_coverage = 1 - len(unused) / len(row.parts)
    score = 100 * query_coverage * (0.8 + 0.2 * name_coverage)
    only_given_name = row.kind == "person" and len(row.parts) > 1 and matched_positions == [0]
    # A person is named by a surname alone; an organisation or place is not named by one word of
    # several ("Turkish" is not Turkey's intelligence agency): at least half its name must be typed,
    # and part of a name is not enough when every word typed is in other entities' names too.
    matched_words = [row.parts[p] for p in matched_positions]
    too_little_of_a_name = row.kind != "person" and unused and (
        name_coverage < 0.5 or all(word in common_words for word in matched_words))
    unsure_typo = (len(query_parts) == 1 and similarities_used and similarities_used[0] < 100
                   and len(query_parts[0]) < SURE_TYPO_LENGTH)
    if only_given_name or unsure_typo or too_little_of_a_name:
        score = min(score, ANSWER - 1)
    return round(score, 1)

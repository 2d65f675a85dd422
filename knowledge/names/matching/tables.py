"""The built index loaded for serving: the tables every stage of matching reads.

`IndexTables` checks the index's version, turns it into compact read-only tables (`packing`), and
derives the look-ups that are cheap to make at start-up (word → id, consonant skeletons → words).
It also holds the two bounded caches of a long-running matcher (a row's fixed facts, a typed word's
matches), and a small store's own words' matches as the build worked them out (`WORDS_MATCHED`). The stages build on it: `words.WordMatching` and `candidates.Candidates` (which names
to score), `scoring.Scoring` and `people.PersonRules` (how well one scores), and
`matcher.NameMatcher` (the decision), which is what callers use.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Container, Iterable, Sequence

from knowledge.names import normalise, packing
from knowledge.names.compact import ListIndex, ShortIntLists, StringMap
from knowledge.names.matching.index import INDEX_VERSION, NameRow, build_index

if TYPE_CHECKING:
    from knowledge.names.matching.scoring import RowFacts
    from knowledge.names.matching.words import WordMatch


# The index's key for a small store's own words' matches, worked out by `knowledge build`
# (`matcher.with_words_matched`): {"code": `matching_code_stamp()`, "words": [[text, typed, matches]]}.
WORDS_MATCHED = "words_matched"


def matching_code_stamp() -> str:
    """Which code matched the words: a hash of every module of `knowledge.names`. Matches worked out by
    other code (a rule changed since the build) are not read: the words are matched when asked."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class IndexTables:
    """The tables of one index, built from `build_index`'s output (`NameMatcher.from_index`) or from rows for
    small stores and tests."""

    def __init__(self, rows: Iterable[NameRow] = (), *, index: dict | None = None,
                 common_names: Iterable[Sequence[str]] = (), namesakes: Iterable[Sequence[str]] = ()):
        index = index if index is not None else build_index(rows, common_names, namesakes)
        if index.get("version") != INDEX_VERSION:
            raise ValueError(f"name index version {index.get('version')!r}, expected {INDEX_VERSION}")
        # The tables with an entry per name, entity or word are compact (packing): read-only sequences
        # and sets that index, iterate and slice as lists do.
        index = packing.compact(index)
        self._entities: Sequence[str] = index["entities"]
        self._kinds: list[str] = index["kinds"]
        self._kind_of = dict(zip(self._entities, self._kinds))
        self._namesakes = [frozenset(words) for words in index.get("namesakes", ())]
        # Entity (its id string) → the sounds of its namesakes' other words (`index._namesake_marks`).
        self._namesake_marks = {self._entities[e]: frozenset(keys) for e, keys in index.get("namesake_marks", ())}
        self._spellings: Sequence[str] = index["spellings"]
        self._row_entity: Sequence[int] = index["row_entity"]
        self._row_words: ShortIntLists = index["row_words"]
        self._row_script: str = index["row_script"]
        self._shared: Container[int] = index["shared"]
        self._acronym_rows = frozenset(index["acronyms"])
        self._words: list[str] = index["words"]
        self._forms: list[list[str]] = index["forms"]
        self._postings: Sequence[Sequence[int]] = index["postings"]
        self._deletes: StringMap = index["deletes"]
        self._common = frozenset(index["common"])
        self._exact: ListIndex = index[packing.EXACT]
        self._word_id = {word: i for i, word in enumerate(self._words)}
        self._as_typed: dict[int, list[str]] = {word_id: forms for word_id, forms in index["as_typed"]}
        self._by_skeleton: dict[str, list[int]] = defaultdict(list)
        self._by_script_skeleton: dict[str, list[int]] = defaultdict(list)
        for word_id, (_folded, skeleton, script_skeleton) in enumerate(self._forms):
            if len(skeleton) >= 2:
                self._by_skeleton[skeleton].append(word_id)
            if self._words[word_id].isascii():
                for key in normalise.latin_script_skeletons(self._words[word_id], script_skeleton):
                    self._by_script_skeleton[key].append(word_id)
        self._groups: dict[int, int] = {word_id: group for word_id, group in index["groups"]}
        self._particles = frozenset(i for i, w in enumerate(self._words) if w in normalise.PARTICLES)
        # Each organisation's own kinds of type word (Hamas: movement), and the words of any organisation's or
        # place's name: beside a person's full name such a word says the query is about something
        # else ("Trump administration"), never a middle name.
        self._entity_types = {entity: set(words) for entity, words in index["entity_types"]}
        # The organisations whose own names say each thing they say (a country: "demonym israel"), for
        # descriptions (`Described`), which fit only bodies whose names say the description's country.
        self._bodies_of_country: dict[str, list[int]] = defaultdict(list)
        for entity, words in self._entity_types.items():
            for said in sorted(words) if self._kinds[entity] == "organization" else ():
                self._bodies_of_country[said].append(entity)
        self._thing_words = frozenset(index["thing_words"])
        self._capitals = frozenset(index["capitals"])
        self._saying: dict[str, list[int]] = {said: ids for said, ids in index["said_words"]}
        self._country_words: dict[str, str] = dict(index["country_words"])
        # A word's other spellings in one entity's names (ترمب, ترامب), and the given names before a
        # family name only one person has (`index._spellings`, `index._families`).
        self._spellings_of: dict[int, frozenset[int]] = {w: frozenset(linked) for w, linked in index["word_spellings"]}
        self._given_before: dict[int, frozenset[int]] = {w: frozenset(given) for w, given in index["families"]}
        self._patronymic = frozenset(index["patronymic"])
        self._kunyas = {entity_id: frozenset(word_ids) for entity_id, word_ids in index["kunyas"]}
        self._place_of: dict[int, int] = dict(index["place_of"])
        self._entity_places = {entity_id: frozenset(places) for entity_id, places in index["entity_places"]}
        self._common_name_parts = {row: frozenset(positions) for row, positions in index["common_name_parts"]}
        self._name_rests: dict[int, list[int]] = {row: words for row, words in index["name_rests"]}
        self._row_facts: dict[int, RowFacts] = {}
        self._word_matches_kept: dict[tuple[str, str], dict[int, WordMatch]] = {}
        # Each (text, typed) → its matches as [word id, score, level, same length, swapped] (`_matches_kept`).
        matched = index.get(WORDS_MATCHED)
        self._matched_at_build: dict[tuple[str, str], list[list]] = (
            {(text, typed): matches for text, typed, matches in matched["words"]}
            if matched and matched["code"] == matching_code_stamp() else {})

    @property
    def rows(self) -> list[NameRow]:
        """Every name and alias as given to the build (made-up acronyms left out): what a
        brute-force matcher would scan, for benchmarks."""
        return [NameRow(self._entities[self._row_entity[r]], self._spellings[r],
                        self._kinds[self._row_entity[r]], tuple(self._words[w] for w in ids),
                        self._row_script[r] == "a", r in self._shared)
                for r, ids in enumerate(self._row_words) if r not in self._acronym_rows]

    @property
    def size(self) -> int:
        """How many names and aliases the matcher knows."""
        return len(self._row_words)

    def _exact_rows(self, reading: list[str]) -> list[int]:
        """The names whose words are exactly the reading's."""
        key = [self._word_id.get(w) for w in reading]
        if None in key:
            return []
        return self._exact.rows(key)

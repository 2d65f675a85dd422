"""Finding entries by what their description or facts say ("Qatari prime minister"), as a fallback
when no name matches. Only ever a list of candidates to pick from: a description is not a name.

The words of every description and fact are normalised once, by `build`, and indexed when the first
search needs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.names import normalise
from knowledge.schema import Entity

_POSSESSIVE = re.compile(r"['’]s\b")
MOST = 5
# Words reporting uses for the same role: "Mossad chief" is the "head of Israel's Mossad".
_SAME_ROLE = [frozenset({"chief", "head", "director"})]


def words(text: str) -> frozenset[str]:
    return frozenset(normalise.parts(_POSSESSIVE.sub("", text), titles=False))


def same_word(query: str, word: str) -> bool:
    """Equal, or the same stem: Qatari / Qatar, Turkish / Turkey / Türkiye, Egyptian / Egypt."""
    if query == word or any(query in role and word in role for role in _SAME_ROLE):
        return True
    shorter = min(len(query), len(word))
    common = 0
    while common < shorter and query[common] == word[common]:
        common += 1
    return common >= 4 and common >= shorter - 2


@dataclass(frozen=True)
class _Text:
    entity: str
    in_description: bool
    words: frozenset[str]


def texts(entities: list[Entity]) -> list[tuple[str, bool, str]]:
    """(entity id, whether it is the description, its words joined by spaces) of every description
    and fact: worked out by `build` and stored in the serving index."""
    rows = [(e.id, True, " ".join(sorted(words(e.description)))) for e in entities]
    return rows + [(e.id, False, " ".join(sorted(words(f.text)))) for e in entities for f in e.facts]


class DescriptionIndex:
    """The texts, and an index to them: each word → the texts that hold it, and the words by their
    first four letters (two words are `same_word` only if they are equal or share at least four), so
    that a search looks at the texts holding its words, not at every text in the store."""

    def __init__(self, entities: list[Entity]):
        self._index([(entity, described, joined) for entity, described, joined in texts(entities)])

    @classmethod
    def from_rows(cls, rows: list[tuple[str, bool, str]]) -> "DescriptionIndex":
        """From `texts`' rows, as the serving index stores them."""
        index = cls([])
        index._index(rows)
        return index

    def _index(self, rows: list[tuple[str, bool, str]]) -> None:
        self._texts = [_Text(entity, bool(described), frozenset(joined.split())) for entity, described, joined in rows]
        self._holding: dict[str, list[int]] = {}
        for number, text in enumerate(self._texts):
            for word in text.words:
                self._holding.setdefault(word, []).append(number)
        self._by_prefix: dict[str, list[str]] = {}
        for word in self._holding:
            if len(word) >= 4:
                self._by_prefix.setdefault(word[:4], []).append(word)

    def _texts_with(self, query_word: str) -> set[int]:
        """The texts holding a word that is `same_word` as the query's."""
        similar = {w for w in self._by_prefix.get(query_word[:4], ()) if same_word(query_word, w)}
        similar |= {query_word, *(w for role in _SAME_ROLE if query_word in role for w in role)}
        return {number for word in similar for number in self._holding.get(word, ())}

    def search(self, query: str) -> list[str]:
        """Ids of the entities one of whose texts has every word of the query (at least two words),
        those found in a description first (only those, if there are any), then the texts the query
        fills most."""
        wanted = words(query)
        if len(wanted) < 2:
            return []
        holding: set[int] | None = None
        for word in wanted:
            found = self._texts_with(word)
            holding = found if holding is None else holding & found
            if not holding:
                return []
        ranked: dict[str, tuple] = {}
        for number in holding:
            text = self._texts[number]
            rank = (not text.in_description, -len(wanted) / max(len(text.words), 1))
            ranked[text.entity] = min(ranked.get(text.entity, rank), rank)
        if any(not rank[0] for rank in ranked.values()):
            ranked = {entity: rank for entity, rank in ranked.items() if not rank[0]}
        return sorted(ranked, key=lambda entity: (ranked[entity], entity))[:MOST]

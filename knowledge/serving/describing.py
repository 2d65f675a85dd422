"""Finding entries by what their description or facts say ("Qatari prime minister"), as a fallback
when no name matches. Only ever a list of candidates to pick from: a description is not a name.

The words of every description and fact are normalised once, when the store opens.
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
    def __init__(self, entities: list[Entity]):
        self._texts = [_Text(entity, bool(described), frozenset(joined.split()))
                       for entity, described, joined in texts(entities)]

    @classmethod
    def from_rows(cls, rows: list[tuple[str, bool, str]]) -> "DescriptionIndex":
        """From `texts`' rows, as the serving index stores them."""
        index = cls([])
        index._texts = [_Text(entity, bool(described), frozenset(joined.split())) for entity, described, joined in rows]
        return index

    def search(self, query: str) -> list[str]:
        """Ids of the entities one of whose texts has every word of the query (at least two words),
        those found in a description first (only those, if there are any), then the texts the query
        fills most."""
        wanted = words(query)
        if len(wanted) < 2:
            return []
        ranked: dict[str, tuple] = {}
        for text in self._texts:
            if all(any(same_word(q, w) for w in text.words) for q in wanted):
                rank = (not text.in_description, -len(wanted) / max(len(text.words), 1))
                ranked[text.entity] = min(ranked.get(text.entity, rank), rank)
        if any(not rank[0] for rank in ranked.values()):
            ranked = {entity: rank for entity, rank in ranked.items() if not rank[0]}
        return sorted(ranked, key=lambda entity: (ranked[entity], entity))[:MOST]

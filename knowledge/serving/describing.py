"""Finding entries by what their description or facts say ("Qatari prime minister"), as a fallback
when no name matches. Only ever a list of candidates to pick from: a description is not a name.

The words of every description and fact are normalised and indexed once, by `build`; the store reads
the index's compact tables when it opens.
"""

from __future__ import annotations

import re
import sys
from array import array

from knowledge.names import compact, normalise
from knowledge.names.compact import IntLists, Strings
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


def texts(entities: list[Entity]) -> list[tuple[str, bool, str]]:
    """(entity id, whether it is the description, its words joined by spaces) of every description
    and fact: worked out by `build` and stored in the serving index."""
    rows = [(e.id, True, " ".join(sorted(words(e.description)))) for e in entities]
    return rows + [(e.id, False, " ".join(sorted(words(f.text)))) for e in entities for f in e.facts]


class DescriptionIndex:
    """The texts, and an index to them: each word → the texts that hold it, and the words by their
    first four letters (two words are `same_word` only if they are equal or share at least four), so
    that a search looks at the texts holding its words, not at every text in the store.

    Kept compact (a store of a million names has more than half a million texts): each text as its
    entity's number, whether it is the description and how many words it has; each word's texts as
    one flat array. `build` makes the tables (`pack`), the store reads them (`from_parts`)."""

    def __init__(self, entities: Strings, text_entity: array, in_description: bytes, sizes: array,
                 words: Strings, holding: IntLists):
        self._entities, self._text_entity, self._in_description, self._sizes = entities, text_entity, in_description, sizes
        self._holding = holding
        self._word_id = {word: number for number, word in enumerate(words)}
        self._by_prefix: dict[str, list[str]] = {}
        for word in self._word_id:
            if len(word) >= 4:
                self._by_prefix.setdefault(word[:4], []).append(word)

    @classmethod
    def from_rows(cls, rows: list[tuple[str, bool, str]]) -> "DescriptionIndex":
        """From `texts`' rows."""
        entity_number: dict[str, int] = {}
        holding: dict[str, list[int]] = {}
        text_entity, sizes = compact.ints(()), compact.ints(())
        for number, (entity, _described, joined) in enumerate(rows):
            text_entity.append(entity_number.setdefault(entity, len(entity_number)))
            text_words = set(joined.split())
            sizes.append(len(text_words))
            for word in sorted(text_words):
                holding.setdefault(word, []).append(number)
        return cls(Strings.of(entity_number), text_entity, bytes(bool(row[1]) for row in rows), sizes,
                   Strings.of(holding), IntLists.of(holding.values()))

    def parts(self) -> dict[str, bytes]:
        """name → bytes, for the serving index (`from_parts` reads them back)."""
        entities, words = self._entities.parts(), Strings.of(self._word_id).parts()
        holding = self._holding.parts()
        return {"byteorder": sys.byteorder.encode(), "entities.values": entities[0], "entities.starts": entities[1],
                "text_entity": self._text_entity.tobytes(), "in_description": self._in_description,
                "sizes": self._sizes.tobytes(), "words.values": words[0], "words.starts": words[1],
                "holding.values": holding[0], "holding.starts": holding[1]}

    @classmethod
    def from_parts(cls, parts: dict[str, bytes]) -> "DescriptionIndex":
        order = parts["byteorder"].decode()
        return cls(Strings.from_parts(parts["entities.values"], parts["entities.starts"], order),
                   compact.ints_from(parts["text_entity"], order), parts["in_description"],
                   compact.ints_from(parts["sizes"], order),
                   Strings.from_parts(parts["words.values"], parts["words.starts"], order),
                   IntLists.from_parts(parts["holding.values"], parts["holding.starts"], order))

    def _texts_with(self, query_word: str) -> set[int]:
        """The texts holding a word that is `same_word` as the query's."""
        similar = {w for w in self._by_prefix.get(query_word[:4], ()) if same_word(query_word, w)}
        similar |= {query_word, *(w for role in _SAME_ROLE if query_word in role for w in role)}
        return {number for word in similar if word in self._word_id for number in self._holding[self._word_id[word]]}

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
            entity = self._entities[self._text_entity[number]]
            rank = (not self._in_description[number], -len(wanted) / max(self._sizes[number], 1))
            ranked[entity] = min(ranked.get(entity, rank), rank)
        if any(not rank[0] for rank in ranked.values()):
            ranked = {entity: rank for entity, rank in ranked.items() if not rank[0]}
        return sorted(ranked, key=lambda entity: (ranked[entity], entity))[:MOST]

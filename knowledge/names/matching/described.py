"""A description is no name: a country's demonym (or its name) and generic words of a kind of body
("Israeli intelligence", "servicio secreto israelí", "the Israeli secret service", "İsrail istihbaratı")
say what a body is, not which one. Copy gives the same description to every body it fits ("the Israeli
secret service" is the Mossad in one Spanish paper and the Shin Bet in the next), so where two or more of
the store's bodies fit it the bot lists them all and answers none; where one fits, the name decides.
"""

from __future__ import annotations

from knowledge.names import normalise
from knowledge.names.matching.holds import AS_TYPED
from knowledge.names.matching.lexicon import GENERIC_WORDS, SPY_WORDS, TYPE_KINDS, demonym_country
from knowledge.names.matching.tables import IndexTables

# The kinds that say only "a body": service, agency, organisation stand for one another in copy ("the
# Israeli intelligence agency", "the Israeli intelligence service" are one description).
ANY_BODY_KINDS = frozenset({"service", "agency", "organisation"})
# A word's matches that read it as a description word: as typed, in another language's spelling or
# case, or with a typo (services, secrets): a typo can only turn a name into a list here, never an answer.
_READ_AS = AS_TYPED | {"typo"}


class Described(IndexTables):
    """The bodies a description fits (`bodies_fitting`)."""

    def bodies_fitting(self, query: str) -> dict[str, str]:
        """Each organisation that a query made only of a country and generic words of a kind of body
        fits, with the spelling of one of its names that the description's words match: its names say
        that country and every kind the query says (service, agency and organisation being one), and
        hold each generic word that says no kind ("security": the Shin Bet's, not the Mossad's). Empty
        for any query with a word of a name in it, or without a country or a kind."""
        countries: set[str] = set()
        kinds: set[str] = set()
        generic: list[set[int]] = []  # for each generic word of no kind, the store's words it is
        spelled: dict[int, set[int]] = {}  # store word → the query's description word matched it
        for text in normalise.parts(query, titles=False):
            if text in normalise.ARTICLES or text in _FUNCTION_WORDS:
                continue
            # The word's matches as scoring found them for this query (or another), kept (`_matches_kept`).
            kept = self._word_matches_kept.get((text, text))
            if kept is None:
                kept = self._matches_kept(self._query_word(text))
            found = {w: m for w, m in kept.items() if m.level in _READ_AS}
            said = {s for s in (_said(text), *(_said(self._words[w]) for w in found)) if s}
            country = {s for s in said if s.startswith("demonym ")} | {
                self._country_words[w] for w in (text, *(self._words[w] for w in found)) if w in self._country_words}
            kind = {s for s in said if not s.startswith("demonym ")}
            if country:
                countries |= country
            elif kind:
                kinds |= kind
            elif text in GENERIC_WORDS or any(self._words[w] in GENERIC_WORDS for w in found):
                generic.append(set(found))
            else:
                return {}  # a word of a name, or one this description cannot say
            for w in found:
                spelled.setdefault(w, set())
        if len(countries) != 1 or not kinds:
            return {}
        country = next(iter(countries))
        fits: dict[str, str] = {}
        for entity_id in self._bodies_of_country.get(country, ()):
            own = self._entity_types[entity_id]
            if not (kinds - ANY_BODY_KINDS <= own and (kinds - ANY_BODY_KINDS or not own.isdisjoint(ANY_BODY_KINDS))):
                continue
            rows = {w: [r for r in self._postings[w] if self._row_entity[r] == entity_id] for w in spelled}
            if any(not any(rows.get(w) for w in words) for words in generic):
                continue
            spelling = next((self._spellings[r[0]] for r in rows.values() if r), self._entities[entity_id])
            fits[self._entities[entity_id]] = spelling
        return fits


def _said(word: str) -> str | None:
    """What a word says of a body: its country ("demonym israel"), its kind (TYPE_KINDS), or that it is
    an intelligence service's (SPY_WORDS: secret, spy)."""
    return demonym_country(word) or TYPE_KINDS.get(word) or ("intelligence" if word in SPY_WORDS else None)


# Words between a description's words that say nothing of the body (servicio de inteligencia, services of).
_FUNCTION_WORDS = frozenset("the of de des du del di dei degli della les los las le la il i der die das des".split())

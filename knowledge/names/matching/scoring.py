"""How well one name covers a query, 0-100, and the safety rules that hold a score below an answer.

The query's words are paired one to one with the name's words, best pairs first (`_pair`); the score
is how much of the query the name covers (extra words in a person's full name, a patronymic, cost
little) times how much of the name the query covers. Then every rule that makes a confident answer
unsafe holds the score at ANSWER - 1, so the bot lists instead: a given name alone, a typo of a short
word, part of an organisation's name, a look-alike, names in another order, a kunya without its Abu,
a father's name without the given name, a name the desk lists as too common (`holds.py`, each rule a
check with its reason). A name's facts that no query changes are worked out once and kept (`_facts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Container, Sequence

from knowledge.names import normalise
from knowledge.names.matching.holds import AS_TYPED, Holds, Pairing
from knowledge.names.matching.lexicon import (AMBIGUOUS_FILIATION, BACKED, BODY_KINDS, DESCRIPTOR_WORDS,
                                              FORMER_WORDS, GENERATIONS, GENERIC_WORDS, JOINS_NEXT, KUNYA_WORDS,
                                              DELEGATION_WORDS, LED_WORDS, MEDIA_KINDS, ORGANISATION_DESCRIPTORS, OUTLET_KINDS, OUTLET_STATUS_WORDS,
                                              PLACE_KINDS, PRO, SPY_WORDS, TYPE_KINDS, demonym_country, is_type_word,
                                              name_parts_by_role)
from knowledge.names.matching.thresholds import (ANSWER, ASK, CHAIN_PARTS, MADE_UP_ACRONYM_LETTERS, EXTRA_NAME_COST, INITIAL, NEAREST,
                                                 SAME)
from knowledge.names.matching.words import WordMatch, QueryWord


@dataclass(frozen=True)
class RowFacts:
    """What scoring needs of one name that no query changes (`Scoring._facts`)."""

    name: tuple[int, ...]  # its word ids
    kind: str
    distinctive: list[int]  # positions of its words that are not particles (all, if every word is one)
    distinctive_set: frozenset[int]
    types: frozenset[int]  # positions of type words (`is_type_word`)
    rest: list[int]  # distinctive positions that are not type words
    rest_is_a_name: bool  # no type word, or some of the rest is not a demonym
    common_rest: bool  # a type word beside one distinctive word that other entities' names have too
    rest_generic: bool  # an organisation's name whose words are all generic (`GENERIC_WORDS`): National Intelligence Organization
    fathers: frozenset[int]  # positions of a father's name (after bin; after ben in a patronymic person)
    filiation: frozenset[int] = frozenset()  # positions of a person's bin, bint (ben in a patronymic person)
    # A long full name's parts (CHAIN_PARTS or more), each as its positions; empty for a shorter name.
    chain: tuple[tuple[int, ...], ...] = ()

    def nearly_whole(self, name_used: Container[int]) -> bool:
        """Whether the matched positions hold a name that is no chain, or a chain whole but for at most
        one part between its first and its last."""
        missing = [k for k, positions in enumerate(self.chain) if not any(j in name_used for j in positions)]
        return not missing or (len(missing) == 1 and 0 < missing[0] < len(self.chain) - 1)


# Names whose facts are kept: a query scores a few hundred at most; the bound keeps a long-running
# worker's memory flat on a store of a million names.
ROW_FACTS_KEPT = 20_000
# A store of at most this many names has every name's facts worked out when it opens (about 5 µs a
# name, 15 ms for the seed store), so that no query does it: a first question scores a few names,
# and their facts were a tenth of its cost. A larger store works them out as queries score them.
FACTS_AT_OPEN = 10_000


class Scoring(Holds):
    """One name's score for a query's words and their matches."""

    def _distinctive(self, name: Sequence[int]) -> list[int]:
        """The positions of a name's words that say who it is: all but particles (al, abu, bin)."""
        return [j for j, w in enumerate(name) if w not in self._particles]

    @staticmethod
    def _pair(name: Sequence[int], matches: list[dict[int, WordMatch]], kind: str) -> tuple[dict[int, int], dict[int, int]]:
        """Query words paired one to one with the name's words, best pairs first: (query → name,
        name → query) positions. Among equal pairs the earlier words pair first, so a word the name
        has twice pairs in order: "Marwan al-Hallaq" is Marwan Marwan al-Hallaq's given and family names."""
        pairs = []
        for i, m in enumerate(matches):
            for j, w in enumerate(name):
                if w in m:
                    pairs.append((-m[w].score, i, j))
        pairs.sort()
        query_used: dict[int, int] = {}
        name_used: dict[int, int] = {}
        for _score, i, j in pairs:
            if i not in query_used and j not in name_used:
                query_used[i] = j
                name_used[j] = i
        return query_used, name_used

    def _person_bound(self, row: int, words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> float:
        """A bound on `_score_row` for a person's name, a few look-ups where scoring takes many. A query
        word left out costs a whole word unless the query holds every word of the name (then no bound,
        100), so the score is at most the best match of each query word that matches one of the name's
        words (an initial may: "K. Mesh'al"), over the query's words, times the share of the name's
        own words (particles aside) that such words can cover."""
        particles = self._particles
        facts = self._row_facts.get(row)
        if facts is not None:  # its words and how many are its own, as worked out once
            name = facts.name
            every = len(facts.distinctive) == len(name) and name[0] in particles
            own = len(facts.distinctive)
        else:
            name = self._row_words[row]
            own = sum(w not in particles for w in name)
            every = not own  # a name of particles only: each word is its own
            own = own or len(name)
        tops: list[float] = []
        covering = 0
        for word, found in zip(words, matches):
            top, covers = 0.0, False
            if found:  # a query word that matches none of the store's words covers nothing
                for w in name:
                    match = found.get(w)
                    if match is not None:
                        if match.score > top:
                            top = match.score
                        covers = covers or every or w not in particles
            if len(word.text) == 1 and _initial(word.text):
                top, covers = max(top, INITIAL), True
            if top:
                tops.append(top)
                covering += covers
        if own >= 2 and len(tops) >= own:
            return 100.0
        if len(tops) > len(name):
            tops = sorted(tops, reverse=True)[:len(name)]
        bound = sum(tops) / len(words) * (0.8 + 0.2 * min(covering, own) / own)
        return max(bound, ASK - 1) if tops and _former_holder(words) else bound

    def _name_bound(self, row: int, words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> float:
        """A bound on `_score_row` for any name. A person's is `_person_bound`. An organisation's or a
        place's name whose rest (its distinctive words but its type words) no query word can match
        whole is scored as a person's name is at most: every query word it leaves out costs a whole
        word (type words, descriptors and other names' words are cheap only beside the rest whole),
        so `_person_bound` holds for it too. Otherwise, and for an acronym, no bound (100)."""
        if self._kinds[self._row_entity[row]] == "person":
            return self._person_bound(row, words, matches)
        if row in self._acronym_rows:
            return 100.0
        rest = self._name_rests.get(row)  # its rest's words, where the rest is a name (`build_index`)
        if rest is not None and all(any(w in found for found in matches) for w in rest):
            return 100.0
        return self._person_bound(row, words, matches)

    def _score_row(self, row: int, words: list[QueryWord], matches: list[dict[int, WordMatch]]) -> float:
        """0-100: how well the query's words and the name's words cover each other. The query's words
        pair with the name's (`_paired`); each query word counts as a word unless it is one a name of
        its kind may carry beside it (`_weight`); the score is the query's coverage by the pairs' matches
        times the name's coverage. A score that would answer is held below ANSWER if any check of
        `holds` says a confident answer would be unsafe."""
        facts = self._row_facts.get(row) or self._facts(row)
        if row in self._acronym_rows:
            # A made-up acronym only ever answers itself, typed exactly and alone; one of three letters
            # only lists: no outlet was seen printing it, and three letters are as often another body's
            # initials (USC, made of UN Security Council, is the University of Southern California's).
            if len(words) != 1 or matches[0].get(facts.name[0], WordMatch(0, "", False)).level != "same":
                return 0.0
            return SAME if len(self._words[facts.name[0]]) > MADE_UP_ACRONYM_LETTERS else ANSWER - 1
        p = self._paired(row, facts, words, matches)
        if p is None:
            return 0.0
        weight, own_words_beside = self._weight(p)
        query_coverage = sum(p.matches[i][facts.name[j]].score for i, j in p.matched) / (100 * weight)
        name_coverage = sum(1 for j in p.counted if j in p.name_used) / len(p.counted)
        score = 100 * query_coverage * (0.8 + 0.2 * name_coverage)
        if p.former:
            return round(min(score, ASK - 1), 1)  # offered first, never listed or answered
        if facts.kind != "person" and self._only_type_words_beside_another_name(p):
            return 0.0
        if facts.kind != "person" and self._only_a_persons_names(facts, words, p.query_used, p.matches):
            return round(min(score, NEAREST), 1)  # the person's: the body named after him only offered
        if facts.kind != "person" and _one_near_word_of_a_longer_name(p):
            return round(min(score, ASK - 1), 1)
        if score <= ANSWER - 1:
            return round(score, 1)  # below what any check would hold it to
        if self._held(p.weighed(name_coverage, own_words_beside)):
            score = min(score, ANSWER - 1)
        return round(score, 1)

    def _paired(self, row: int, facts: RowFacts, words: list[QueryWord],
                matches: list[dict[int, WordMatch]]) -> Pairing | None:
        """The query's words paired with the name's (`_pair`), or None if none pair; with a Turkish case
        ending read only where it may be, an initial read as a person's given name, and which of the
        name's words must be typed."""
        name, kind, distinctive = facts.name, facts.kind, facts.distinctive
        query_used, name_used = self._pair(name, matches, kind)
        if not _turkish_case_in_place(name, kind, query_used, name_used, matches, len(words)):
            # A Turkish case ending without an apostrophe is read only on the last word of an
            # organisation's name of two words or more, the others typed whole: "Ajansının" is of the
            # agency, but a one-word name or a person's name with such an ending is another word.
            matches = [{w: m for w, m in found.items() if m.level != "turkish case"} for found in matches]
            query_used, name_used = self._pair(name, matches, kind)
        if not query_used:
            return None
        if kind == "person" and distinctive[0] not in name_used:
            # An initial for the given name beside the rest of the name: "K. Mesh'al" (Khaled Mashal).
            for i, word in enumerate(words):
                if (i not in query_used and _initial(word.text)
                        and self._words[name[distinctive[0]]].startswith(word.text)):
                    matches = [*matches[:i], {**matches[i], name[distinctive[0]]: WordMatch(INITIAL, "initial", True)},
                               *matches[i + 1:]]
                    query_used[i], name_used[distinctive[0]] = distinctive[0], i
                    break
        rest_whole = all(j in name_used for j in facts.rest) and facts.rest_is_a_name
        # Name parts that must be typed: the distinctive ones, and a type word only if the rest is not.
        # Not for a name of generic words only: "General Security" is many states' (General Security Service).
        counted = (facts.rest or distinctive) if rest_whole and not facts.rest_generic else distinctive
        # "former President Trump": the office's holder then, by his family name; he or one before him
        # (`_former_holder`): "former" costs little, and the name is only offered.
        former = kind == "person" and 0 not in query_used and _former_holder(words)
        return Pairing(row, facts, words, matches, query_used, name_used, list(query_used.items()), rest_whole,
                       counted, former)

    def _weight(self, p: Pairing) -> tuple[float, bool]:
        """How many words the query counts as: each paired word one, each other word one unless a name of
        the kind may carry it at little or no cost (`_person_word_cost`, `_body_word_cost`). And whether
        a word of another of the organisation's own names stands beside the name (`_only_common_name`)."""
        weight = 0.0
        own_words_beside = False
        person = p.facts.kind == "person"
        for i, word in enumerate(p.words):
            if i in p.query_used:
                weight += 1
            elif person:
                weight += self._person_word_cost(p, i)
            else:
                cost, own_words = self._body_word_cost(p, i)
                weight += cost
                own_words_beside = own_words_beside or own_words
        return weight, own_words_beside

    def _person_word_cost(self, p: Pairing, i: int) -> float:
        """What query word i, which no word of the person's name pairs, costs: a whole word ("Yair
        Netanyahu" is not Benjamin Netanyahu; "Abbas Zaki" is not Abbas), but "former" before a family
        name, and a middle name or patronymic beside a full name, cost little (a particle nothing)."""
        word = p.words[i]
        if p.former and i == 0:
            return EXTRA_NAME_COST
        distinctive = p.facts.distinctive
        if len(distinctive) < 2 or not all(j in p.name_used for j in distinctive):
            return 1
        # Where a name's extra parts go: middle names and patronymics between the matched parts, or
        # after the given name in list order (HANIYEH, Ismail Abdel Salam); a word before the name or
        # after its family name is something else ("إدارة دونالد ترامب", the Trump administration).
        first, last = min(p.query_used), max(p.query_used)
        given = [k for k in sorted(p.query_used) if p.query_used[k] in p.facts.distinctive_set]
        list_order = bool(given) and p.query_used[given[0]] == distinctive[-1]
        kunya = p.words[0].text in {"abu", "ابو", "um", "ام"}  # a kunya may lead a name: Abu Mazen Mahmoud Abbas
        if ((first < i < last or (list_order and i > last) or i < first and kunya or _kunya_after(p.words, i, last))
                and word.text not in GENERATIONS
                and (word.text not in self._thing_words or word.text in normalise.PARTICLES)):
            return 0 if word.text in normalise.PARTICLES else EXTRA_NAME_COST  # a patronymic
        return 1

    def _body_word_cost(self, p: Pairing, i: int) -> tuple[float, bool]:
        """What query word i, which no word of the organisation's or place's name pairs, costs, and
        whether it is a word of another of the entity's own names: a whole word ("Hamas TV" is another
        body), but words that describe the body beside its rest typed whole cost little or nothing: its
        own type word, a person's name it is named after, a descriptor, its backer, its status as an
        outlet, a word or a place of its other names."""
        word, row, kind, facts = p.words[i], p.row, p.facts.kind, p.facts
        if facts.rest_generic and word.text in GENERIC_WORDS:
            # A name of generic words only ("National Intelligence Organization") answers as the desk
            # wrote it: another type word or descriptor beside it describes other bodies as well
            # ("National Intelligence Agency" is Nigeria's, "General Security Service" Lebanon's too).
            return 1, False
        if not p.rest_whole:
            return 1, False
        if self._own_type(word.text, i, kind, row, leading=i < min(p.query_used)):
            return 0.0, False  # "Likud party", "Republic of Turkey"; not "Hamas TV"
        if kind == "organization" and self._intelligence_service_word(i, p.words, row):
            return 0.0, False  # "Israeli intelligence agency Mossad", "Mısır İstihbarat Teşkilatı"
        if self._given_name_before(i, p.words, facts.name, p.query_used, p.matches, kind, row):
            return EXTRA_NAME_COST, False  # "Donald Trump administration", "إدارة الرئيس دونالد ترامب"
        if kind != "organization":
            return 1, False
        if word.text in ORGANISATION_DESCRIPTORS or self._sponsor(i, p.words):
            return EXTRA_NAME_COST, False  # "el movimiento islamista Hamás", "Iran-backed Hezbollah"
        if word.text in DELEGATION_WORDS:
            return EXTRA_NAME_COST, False  # "the Hamas delegation", "وفد حماس"
        if word.text in LED_WORDS and i - 1 in p.query_used and self._given_before.get(facts.name[p.query_used[i - 1]]):
            return EXTRA_NAME_COST, False  # "the Trump-led administration": the family name it is named after
        if (word.text in OUTLET_STATUS_WORDS
                and not OUTLET_KINDS.isdisjoint(self._entity_types.get(self._row_entity[row], ()))):
            return EXTRA_NAME_COST, False  # "Israel's public broadcaster Kan", "state-run Anadolu Agency"
        if ((facts.types.issubset(p.name_used) or self._own_type_typed(p))
                and self._word_of_own_names(p.matches[i], row)):
            # "İsrail Dış İstihbarat Servisi Mossad": dış is a word of another of its names. Only beside
            # a name typed with its type words, or another type word of its own kind ("هيئة البث كان",
            # the broadcasting authority Kan, beside "قناة كان"): "Izz ad-Din al-Qassam" is "Qassam
            # (Brigades)" and words of "Izz ad-Din al-Qassam Brigades", but without Brigades it is the
            # preacher's name.
            return EXTRA_NAME_COST, True
        if self._place_of_own_names(p.matches[i], row):
            return EXTRA_NAME_COST, False  # "Gazze Uluslararası İstikrar Gücü": the force's names say Gaza
        return 1, False

    def _only_type_words_beside_another_name(self, p: Pairing) -> bool:
        """Whether only type words (agency, news, channel) and particles of the name pair, and the query
        has a word of its own beside them that pairs nothing: it names another body of that kind
        ("Qatar News Agency", "وكالة الأنباء السعودية", "Palestinian news agency" are not Anadolu or
        Reuters), which is neither listed nor offered. Type words alone ("news agency") still list."""
        name = p.facts.name
        if any(j not in p.facts.types and not TYPE_KINDS.get(self._words[name[j]])
               and self._words[name[j]] not in normalise.PARTICLES for j in p.name_used):
            return False
        return any(i not in p.query_used and not TYPE_KINDS.get(w.text) and w.text not in normalise.ARTICLES
                   and w.text not in normalise.STOPWORDS for i, w in enumerate(p.words))

    def _own_type_typed(self, p: Pairing) -> bool:
        """Whether a query word that no word of the name pairs is a type word of the entity's own kind."""
        return any(k not in p.query_used and TYPE_KINDS.get(w.text) and self._own_type(w.text, k, p.facts.kind, p.row)
                   for k, w in enumerate(p.words))

    @property
    def facts_made_at_open(self) -> bool:
        """Whether every name's facts were worked out when the store opened (`FACTS_AT_OPEN`): part of
        the opened store then, not a cache."""
        return self.size <= FACTS_AT_OPEN

    def _facts_of_every_name(self) -> None:
        for row in range(self.size):
            self._facts(row)

    def _facts(self, row: int) -> RowFacts:
        """The row's fixed facts, worked out when the store opens (`FACTS_AT_OPEN`) or the first time a
        query scores it."""
        name = tuple(self._row_words[row])
        kind = self._kinds[self._row_entity[row]]
        distinctive, types, rest, rest_is_a_name = name_parts_by_role([self._words[w] for w in name], kind)
        filiation = (normalise.FILIATION | AMBIGUOUS_FILIATION if self._row_entity[row] in self._patronymic
                     else normalise.FILIATION)
        # The father's name runs from the particle to the family name ("Абд ар-Рахман", two words and
        # an article), or to the end where no family name follows ("Mohammed bin Abdulrahman").
        fathers: set[int] = set()
        particles: set[int] = set()
        for k in range(len(name) - 1):
            if self._words[name[k]] in filiation:
                particles.add(k)
                fathers.update(range(k + 1, distinctive[-1] if distinctive[-1] > k + 1 else len(name)))
        chain = _chain([self._words[w] for w in name], distinctive) if kind == "person" else ()
        facts = RowFacts(
            name, kind, distinctive, frozenset(distinctive), types, rest,
            rest_is_a_name=rest_is_a_name,
            common_rest=bool(types) and len(rest) == 1 and name[rest[0]] in self._common,
            rest_generic=kind == "organization" and all(_generic(self._words[name[j]]) for j in rest),
            fathers=frozenset(fathers),
            filiation=frozenset(particles) if kind == "person" else frozenset(),
            chain=chain if len(chain) >= CHAIN_PARTS else ())
        if len(self._row_facts) >= ROW_FACTS_KEPT:
            self._row_facts.clear()
        self._row_facts[row] = facts
        return facts

    def _only_a_persons_names(self, facts: RowFacts, words: list[QueryWord], query_used: dict[int, int],
                              matches: list[dict[int, WordMatch]]) -> bool:
        """Whether the query's words that an organisation's name holds are only a person's title and his
        names, or his names alone as he is called: a title before a family name points at the person, so
        "ehemaliger US-Präsident Trump" is not the body named after him ("Regierung von US-Präsident
        Donald Trump", the Trump administration), which its own words name ("Trump administration",
        "Regierung Trump"); nor is "Τραμπ", which the desk's Greek names hold only as Ντόναλντ Τραμπ and
        κυβέρνησης Τραμπ, his name and a type word, nor Russian "Трампа", his genitive, which the desk's
        "администрация Дональда Трампа" holds beside a type word and his given name. His genitive ("Trumps", Trump's) may be his body's, and
        a body whose own name is only his family name (a firm, a clan) is named by it as much as he is."""
        name = facts.name
        named = {j: self._as_named(name[j]) for j in range(len(name))}
        families = [w for j in query_used.values() for w in named[j] if w in self._given_before]
        if not families:
            return False
        given = frozenset().union(*(self._given_before[w] for w in families))
        titled = False
        for i, j in query_used.items():
            if any(w in self._given_before or w in given for w in named[j]):
                continue
            if words[i].text not in DESCRIPTOR_WORDS:
                return False
            titled = True
        left_out = set(range(len(name))) - set(query_used.values())
        types_left_out = [j for j in left_out if TYPE_KINDS.get(self._words[name[j]])]
        # As typed, or in the case Russian or Greek put it in (Трампу, matched to the body's Трампа): his
        # name in any case is his. Not a Latin genitive: "Trumps" may be the Trumps.
        return titled or (bool(types_left_out) and all(j in types_left_out or self._his_words(named[j], given) for j in left_out)
                          and all(matches[i][name[j]].level in {"same", "convention"}
                                  or matches[i][name[j]].level == "genitive" and not words[i].text.isascii()
                                  for i, j in query_used.items()))

    def _his_words(self, named: list[int], given: frozenset[int]) -> bool:
        """Whether a body's word left out of the query is one of the person's given names, a title or a
        country's name or demonym ("administration of US President Donald Trump", "администрация
        президента США Дональда Трампа"): words about him, not the body's own."""
        texts = [self._words[w] for w in named]
        texts += [reading[0] for reading in normalise.russian_case_readings(texts[:1])]  # президента: a title
        return (any(w in given for w in named) or any(normalise.is_title(text) for text in texts)
                or any(text in self._country_words or demonym_country(text) for text in texts))

    def _as_named(self, word_id: int) -> list[int]:
        """A name's word, and the store's word it is in the nominative where Russian declined it (the
        administration's "администрация Дональда Трампа" holds his names in the genitive)."""
        found = [word_id]
        for reading in normalise.russian_case_readings([self._words[word_id]]):
            nominative = self._word_id.get(reading[0])
            if nominative is not None and nominative not in found:
                found.append(nominative)
        return found

    def _given_name_before(self, i: int, words: list[QueryWord], name: Sequence[int], query_used: dict[int, int],
                           matches: list[dict[int, WordMatch]], kind: str, row: int) -> bool:
        """Whether query word i is a person's given name, title or nationality typed before a family
        name that the organisation's or place's name holds and that one person in the store has: an
        organisation named after a person ("Trump administration", "إدارة ترامب") typed with his full
        name or his title ("إدارة الرئيس دونالد ترامب", the administration of President Donald Trump).
        The given name must be one of his names' and stand right before the family name: not "Ivanka
        Trump administration"; nor a family name two people have: whose would it be? A nationality
        only where the entity's own names say it ("إدارة الرئيس الروسي ترامب" is no one the store has)."""
        family = next((k for k in range(i + 1, len(words)) if k in query_used), None)
        given = self._given_before.get(name[query_used[family]]) if family is not None else None
        if not given:
            return False
        for k in range(i, family):
            if any(w in given and m.level in {"same", "convention"} for w, m in matches[k].items()):
                if k != family - 1:
                    return False
            elif not (normalise.is_title(words[k].text) or self._own_type(words[k].text, k, kind, row)
                      and bool(demonym_country(words[k].text))):
                return False
        return True

    def _sponsor(self, i: int, words: list[QueryWord]) -> bool:
        """Whether query word i says who backs the body, not which body it is: a country's name or demonym
        with "backed" after it or "pro" before it, "backed by" and the country, or those words themselves
        beside one ("Iran-backed Hezbollah", "pro-Iranian Hezbollah", "Hezbollah, backed by Iran")."""
        def country(k: int) -> bool:
            return 0 <= k < len(words) and bool(demonym_country(words[k].text) or words[k].text in self._country_words)

        def text(k: int) -> str:
            return words[k].text if 0 <= k < len(words) else ""
        word = text(i)
        if word in BACKED:
            return country(i - 1) or text(i + 1) == "by" and country(i + 2)
        if word in PRO:
            return country(i + 1)
        if word == "by":
            return text(i - 1) in BACKED and country(i + 1)
        return country(i) and (text(i + 1) in BACKED or text(i - 1) in PRO or text(i - 1) == "by" and text(i - 2) in BACKED)

    def _word_of_own_names(self, found: dict[int, WordMatch], row: int) -> bool:
        """Whether a query word is, as typed or in another language's spelling, a word of another of the
        entity's own names: an official long name is often one name with words of another ("İsrail Dış
        İstihbarat Servisi Mossad", the Mossad's "İsrail İstihbarat Servisi" with dış, foreign, of its
        "İsrail dış istihbarat teşkilatı"; "هيئة البث العام الإسرائيلي"). Only the entity's own words,
        so a place, a demonym or a body its names do not hold stays another entity's ("Egyptian Islamic
        Jihad", "Hamas Shura Council")."""
        entity_id = self._row_entity[row]
        return any(match.level in AS_TYPED and any(self._row_entity[r] == entity_id for r in self._postings[word_id])
                   for word_id, match in found.items())

    def _place_of_own_names(self, found: dict[int, WordMatch], row: int) -> bool:
        """Whether a query word is, as typed, a one-word name of a place that the organisation's own names
        name in another spelling: Turkish Gazze, Arabic لغزة, beside the whole name of a force whose names say
        Gaza. Never a place its names do not name ("the Egyptian Board of Peace")."""
        places = self._entity_places.get(self._row_entity[row])
        return bool(places) and any(match.level in AS_TYPED and self._place_of.get(word_id) in places
                                    for word_id, match in found.items())

    def _intelligence_service_word(self, i: int, words: list[QueryWord], row: int) -> bool:
        """Whether query word i, beside an intelligence word, says that the intelligence is a service, an
        agency or an organisation ("Israeli intelligence agency Mossad", "Mısır İstihbarat Teşkilatı",
        "services de renseignement"), or is "spy" or "secret" beside such a word ("spy agency", "servizi
        segreti"): one description of an intelligence service, in any of its words, for a body whose own
        names say intelligence. Never beside a body whose names do not: a security service is not one
        ("the Israeli intelligence agency Shin Bet" asks where the Shin Bet's names say no intelligence)."""
        if "intelligence" not in self._entity_types.get(self._row_entity[row], ()):
            return False
        neighbours = [words[k].text for k in (i - 1, i + 1) if 0 <= k < len(words)]
        text = words[i].text
        if TYPE_KINDS.get(text) in _SERVICE_KINDS:
            return any(TYPE_KINDS.get(w) == "intelligence" or w in SPY_WORDS for w in neighbours)
        return text in SPY_WORDS and any(TYPE_KINDS.get(w) in _SERVICE_KINDS for w in neighbours)

    def _own_type(self, word: str, position: int, kind: str, row: int, leading: bool = False) -> bool:
        """A type word the entity's own names use (Hamas: Islamic Resistance Movement), or a state's
        leading one: a type word of something else ("Hamas TV", "Palestine Liberation Front") is
        another entity."""
        if kind == "place":
            # A state's leading type word ("Republic of Turkey"), or the kind of place its own names
            # say it is ("ville de Rafah": Rafah's names say مدينة, city).
            return is_type_word(word, position, kind) or (
                TYPE_KINDS.get(word) in PLACE_KINDS and TYPE_KINDS[word] in self._entity_types.get(self._row_entity[row], ()))
        # Also a nationality the entity's own names give it: "المخابرات التركية" is the MIT's, so "جهاز
        # المخابرات العامة التركية" may add it; "Egyptian Islamic Jihad" is not Islamic Jihad, whose
        # names say Palestinian.
        # Or the country's name, as an organisation's own names give it ("de Turquía": the MIT's names say
        # Turkish), never as a word of its name: a country's name is no demonym (`words._compare`).
        kind_said = TYPE_KINDS.get(word) or demonym_country(word) or self._country_words.get(word)
        own = self._entity_types.get(self._row_entity[row], ())
        # Any body of people is a group ("Hamas group", "the militant group Hamas"), and an organisation
        # before its name ("terör örgütü Hamas"); an outlet is neither. After a name, Organization is
        # often another body's name: the Islamic Jihad Organization is Hezbollah's, not Islamic Jihad.
        generic = kind_said == "group" or kind_said == "organisation" and leading
        if kind_said in MEDIA_KINDS and kind_said not in own:
            # A newspaper's word beside a broadcaster's name, or a channel's beside a daily's, is another
            # outlet of the name ("Al-Sharq newspaper" is Qatar's الشرق, not Asharq News, whose names say
            # قناة, channel); beside an outlet whose names say neither, it only confirms the name.
            return "outlet" in own and own.isdisjoint(MEDIA_KINDS)
        return bool(kind_said) and (kind_said in own or generic and not BODY_KINDS.isdisjoint(own))


# The kinds of body an intelligence service is called, beside its intelligence word (`_intelligence_service_word`).
_SERVICE_KINDS = frozenset({"service", "agency", "organisation"})


def _chain(words: Sequence[str], distinctive: Sequence[int]) -> tuple[tuple[int, ...], ...]:
    """A person's name as its parts, each the positions of its words (particles aside): "servant of"
    written apart from the name it begins and the family word Al (`JOINS_NEXT`) are one part with the
    word after them."""
    parts: list[tuple[int, ...]] = []
    pending: list[int] = []
    for j in distinctive:
        pending.append(j)
        if words[j] not in JOINS_NEXT or j == distinctive[-1]:
            parts.append(tuple(pending))
            pending = []
    return tuple(parts)


def _turkish_case_in_place(name: Sequence[int], kind: str, query_used: dict[int, int], name_used: dict[int, int],
                           matches: list[dict[int, WordMatch]], query_length: int) -> bool:
    """Whether every Turkish case ending read without an apostrophe (`words._turkish_case_matches`)
    is on the last word of an organisation's name of two words or more, every word of the name and of
    the query paired, the others the same or another spelling of the name's word. True if none is read."""
    cased = [j for i, j in query_used.items() if matches[i][name[j]].level == "turkish case"]
    if not cased:
        return True
    return (kind == "organization" and len(name) >= 2 and cased == [len(name) - 1]
            and len(name_used) == len(name) and len(query_used) == query_length
            and all(matches[i][name[j]].level in {"same", "convention"} for i, j in query_used.items() if j != cased[0]))


def _one_near_word_of_a_longer_name(p: Pairing) -> bool:
    """Whether the query is one word that is only near (a vowel apart, a typo, a look-alike) one word of
    an organisation's or place's name of two words or more besides its type words: two steps from the
    name, neither the name nor a spelling of it, so only offered, never listed. "Al Mayadeen" (the
    Lebanese channel) is not the Mossad for its Hebrew name's Mōdī`īn, a vowel apart from mayadin."""
    return (len(p.words) == 1 and len(p.matched) == 1 and len(p.facts.rest) >= 2
            and p.matches[p.matched[0][0]][p.facts.name[p.matched[0][1]]].level in _NEAR_LEVELS)


# The levels at which a word is only near a name's word.
_NEAR_LEVELS = frozenset({"vowels", "typo", "short typo", "lookalike"})


def _generic(word: str) -> bool:
    """Whether a name's word is generic (`GENERIC_WORDS`), also after an Arabic proclitic (للأمن, for security)."""
    return word in GENERIC_WORDS or any(stem in GENERIC_WORDS for stem in normalise.arabic_proclitic_stems(word))


def _initial(word: str) -> bool:
    """Whether a query word is an initial: one letter of Latin, Cyrillic or Greek script, as Russian copy
    initials a given name ("Д. Трамп", "Б. Нетаньяху"). A lone Arabic or Hebrew letter is a prefix or a
    conjunction written apart (ו, ב-), never an initial."""
    return len(word) == 1 and word.isalpha() and normalise.script(word) in {"latin", "other"}


def _kunya_after(words: Sequence[QueryWord], i: int, last: int) -> bool:
    """Whether query word i is in a kunya that closes the query after the person's name, as outlets print
    it there ("Khaled Mashal Abu al-Walid", "Abbas Abu Mazen"): Abu or Umm and one word, nothing after.
    Whether it is the person's own kunya is `PersonRules._other_kunya`'s to say."""
    return (i > last and len(words) == last + 3 and words[last + 1].text in KUNYA_WORDS
            and words[last + 2].text not in KUNYA_WORDS)


def _former_holder(words: Sequence[QueryWord]) -> bool:
    """Whether the query is "former" and one word, as `normalise.tokens` leaves "former President Trump",
    "eski Cumhurbaşkanı Herzog", "الرئيس السابق ترامب": a family name whose bearer held an office, the
    one who holds it now or one before him (Chaim Herzog, Isaac's father, was president too). Offered
    first among the nearest names, above an organisation named after the office and the name (the
    Trump administration, "Regierung von Präsident Donald Trump"), and never listed or answered."""
    return len(words) == 2 and words[0].text in FORMER_WORDS

"""Finding the entity a typed name means, or admitting that we are not sure.

Three stages, as in OpenSanctions' matchers:
1. Normalise: the store's names were normalised when it was built, and their index written with the
   build (`build_index`); the query is normalised here, once, into its possible readings.
2. Candidates from the index, with work that grows with the query, not the store: each query word
   looks up the name words equal to it in one of its forms (as typed, other languages' conventions
   folded, vowels dropped) or one edit away (a SymSpell deletion neighbourhood), and the rarest query
   words fetch the names: a common given name alone never fetches thousands of them.
3. Score and decide: query words are aligned one to one with the name's words, best pairs first, and
   the entity answered only when it is clearly best; otherwise the candidates are listed, otherwise
   there is no entry. In a store of near-identical names the bot asks rather than guesses.

Word similarity is `fuzz.ratio` held to a number of edits (Damerau: a transposition is one), never
`WRatio`, whose partial matching scores unrelated names sharing one word at 86-90.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Container, Iterable, Literal, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from knowledge.names import normalise, packing
from knowledge.names.compact import ListIndex, ShortIntLists, StringMap

INDEX_VERSION = 6
# The words that open a kunya (father of, mother of), as normalised in each script.
KUNYA_WORDS = frozenset({"abu", "um", "ابو", "ام", "אבו", "абу"})
# A query of one word with a typo in it is answered only if the word is this long; shorter, we ask.
# One edit turns a name of five letters into another real name 70% of the time, of six 42%, of seven
# 23%, fewer beyond (9,737 Latin-script given and family names in Faker's lists; `bench/typo_neighbours.py`).
SURE_TYPO_LENGTH = 7
# Answer when the best entity scores this much and leads the next by MARGIN; list candidates from ASK.
ANSWER = 84
MARGIN = 10
ASK = 60
# Not found: names this close are offered as "nearest names".
NEAREST = 40
MAX_CANDIDATES = 5
# A query word whose candidate words are in more names than this is too common to fetch names with
# (when a rarer word can); names fetched beyond it are not all scored, so the bot will not answer.
FETCH_LIMIT = 200
# Names scored when a single common word is all that matches: only nearest names can come of it.
NEAREST_SAMPLE = 20
# Once the rarest word has fetched its names, another word fetches too only if the total stays this small.
FETCH_MORE = 60
# Word similarities by how two spellings relate.
SAME, CONVENTION, PREFIX, GENITIVE, VOWELS, SHORT_VOWELS, LOOKALIKE = 100.0, 97.0, 95.0, 95.0, 90.0, 85.0, 60.0
INITIAL = 90.0  # an initial for a given name (K. Mashal)
# Two neighbouring letters swapped in a word of SURE_TYPO_LENGTH or more: as good as the word itself,
# nearly: from seven letters on, such a swap is another real name about one time in a hundred.
SWAPPED = 95.0
# One edit in a word of three or four letters is another name nine times in ten ("Kiryat Gta": Kiryat Gat
# or Kiryat Ata), so only a reason to list, never to answer; nor does such a word fetch names.
SHORT_TYPO = 70.0
# An extra query word (a middle name, a patronymic) beside a full match of a person's name costs this.
EXTRA_NAME_COST = 0.05

# Words that say what kind of organisation something is, not which one, by the kind they say, in the
# languages and scripts outlets print them: "ХАМАС" with движение is the Hamas movement, as "Hamas
# movement" is. An outlet of any kind (channel, network, news, website, newspaper) is one kind: "شبكة
# بلومبرغ" (Bloomberg network) is Bloomberg News. Demonyms and place names are never among them.
_TYPE_WORDS = {
    "movement": "movement mouvement movimiento movimento bewegung hareket hareketi beweging حركة جنبش حرکت"
                " תנועת תנועה движение κίνημα",
    "party": "party parti partei partido partito partij حزب מפלגת מפלגה партия κόμμα",
    "outlet": "channel tv television radio news network newspaper website site قناة شبكة الإخبارية أخبار"
              " أنباء موقع صحيفة إذاعة تلفزيون ערוץ רשת חדשות עיתון אתר канал телеканал новости газета сайт"
              " κανάλι ειδήσεις εφημερίδα",
    "agency": "agency agence agencia agenzia agentur ajans ajansı وكالة סוכנות агентство πρακτορείο",
    "organisation": "organization organisation منظمة ארגון организация οργάνωση",
    "group": "group جماعة группировка",
    "front": "front جبهة фронт",
    "brigades": "brigades brigade brigaden brigadas brigate tugayları كتائب גדודי бригады ταξιαρχίες",
    "service": "service جهاز שירות служба",  # جهاز: apparatus (جهاز الموساد)
    "authority": "هيئة",  # not "authority": Palestinian Authority's only word but a demonym
    "company": "company corporation شركة חברת תאגיד компания",
    "governorate": "governorate",
}
TYPE_KINDS = {normalise.key(word): kind for kind, words in _TYPE_WORDS.items() for word in words.split()}
ORGANISATION_TYPES = frozenset(TYPE_KINDS)
# The type words a name of the store may be answered without: fewer, since leaving one out makes the
# rest of the name answer alone, and other languages name movements after a person ("mouvement
# Dahlan" is not Mohammed Dahlan). Any type word in a query beside a whole name only confirms it.
NAME_TYPES = frozenset(normalise.key(w) for w in """
    movement party channel agency organization organisation group news network tv television radio
    newspaper company corporation governorate front service brigades brigade brigaden brigadas tugayları
    حركة حزب قناة وكالة منظمة جماعة جبهة شبكة كتائب
    תנועת תנועה מפלגת מפלגה ערוץ סוכנות ארגון
    """.split())
# Demonyms say whose an organisation is, not which one: a name whose rest is only a demonym
# ("Palestinian" of a "Palestinian party") is not answered from it with the type word left out.
DEMONYMS = frozenset(normalise.fold_transliteration(w) for w in normalise.NATIONALITIES)
# Words that open a state's formal name ("Republic of Turkey", "State of Qatar"), only when leading.
STATE_TYPES = frozenset({"republic", "state", "kingdom", "emirate", "governorate", "province"})
# "Son of" as French writes بن (Mohammed ben Abdulrahman), and بن in Arabic, Hebrew and Russian script,
# but also the first word of Hebrew family names (Ben-Gvir, بن غفير): read as a father's name only in a
# person whose own names use an unambiguous bin, ibn or ابن somewhere (`build_index`: "patronymic").
AMBIGUOUS_FILIATION = frozenset({"ben", "بن", "בנ", "бен"})
# Generational suffixes name another person (Donald Trump Jr.): never a cheap extra word.
GENERATIONS = frozenset({"jr", "junior", "sr", "senior", "ii", "iii", "iv"})
# Leading letters that write an h sound (ح, خ, ه) and those that write ع or a vowel, in Latin, Greek,
# Cyrillic, Arabic and Hebrew script. Greek and Cyrillic cannot write ع, Latin often leaves it out, so
# two words a typo apart, one opening with each, are ح against ع: another name, never a typo (Χάμπας,
# Habbash, is not Αμπάς, Abbas; Hamad is not Ahmad). Spanish Jaled for Khaled stays a spelling.
H_ONSETS = frozenset("hχхحخهחה")
VOWEL_ONSETS = frozenset("aeiouαεηιουωаеёиоуыэюяعاأإآעא")
# A leading honorific abbreviated to one letter, which is also an initial: French M. is Monsieur ("M.
# Abbas") as well as a given name's initial ("M. Waltz"). The query is read both ways (`resolve`).
HONORIFIC_INITIAL = re.compile(r"^\s*M\.\s*(?=\w)")

Decision = Literal["found", "ambiguous", "not_found"]
# Candidates narrowed to the names holding every one of the rarest query words: answerable only by a
# name the query covers whole (`_candidate_rows`).
WHOLE_ONLY = "whole only"


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
    # A person's name of two or more parts that the query covers whole, word for word, nothing
    # added or left out: strong evidence (see `resolve`).
    whole: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Resolution:
    decision: Decision
    entity: str | None = None
    candidates: tuple[Scored, ...] = field(default_factory=tuple)


def _deletes(word: str) -> set[str]:
    """The word with one letter left out, each way (SymSpell): two words within one edit, a
    transposition included, share one of these or the word itself."""
    return {word[:i] + word[i + 1:] for i in range(len(word))} if len(word) > 4 else set()


def _acronyms(rows: list[NameRow]) -> list[NameRow]:
    """Acronyms made from an organisation's or place's house name (its first row) of three words or
    more, kept only when one entity makes it and it is no other name's word: Civil-Military
    Coordination Center gives CMC. Only from the house name: made from every translated alias they were
    mostly letters no outlet prints, and some are other things' initials (RIP, GAS, FDI, KRG answered
    Pakistan, the Gulf states, the IDF and Guyana). Acronyms outlets print are aliases, with where."""
    made: dict[str, set[str]] = defaultdict(set)
    kinds = {}
    house: dict[str, NameRow] = {}
    for row in rows:
        house.setdefault(row.entity, row)
    for row in house.values():
        words = [w for w in normalise.tokens(row.spelling, titles=False)
                 if w not in normalise.STOPWORDS and w not in normalise.ARTICLES]
        if row.kind != "person" and len(words) >= 3 and all(w.isascii() and w.isalpha() for w in words):
            made[normalise.fold_transliteration("".join(w[0] for w in words))].add(row.entity)
            kinds[row.entity] = row.kind
    taken: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for word in row.parts:
            if word in made:
                taken[word].add(row.entity)
    return [NameRow(next(iter(entities)), acronym.upper(), kinds[next(iter(entities))], (acronym,), False, False)
            for acronym, entities in sorted(made.items())
            if len(entities) == 1 and taken[acronym] <= entities and len(acronym) >= 3]


def covered_by(parts: Sequence[str], phrases: Iterable[Sequence[str]]) -> set[int]:
    """The positions of a name's `parts` that one of `phrases` (each a name in `parts` form) covers,
    written out whole and in order: "Al Thani" (thani) covers the last word of Mohammed bin
    Abdulrahman Al Thani."""
    covered: set[int] = set()
    for phrase in phrases:
        for start in range(len(parts) - len(phrase) + 1):
            if phrase and tuple(parts[start:start + len(phrase)]) == tuple(phrase):
                covered.update(range(start, start + len(phrase)))
    return covered


def build_index(rows: Iterable[NameRow], common_names: Iterable[Sequence[str]] = (),
                namesakes: Iterable[Sequence[str]] = ()) -> dict:
    """Everything the matcher needs, computed once at build time, as plain JSON-able lists.
    `common_names` are the desk's names that on their own only list (common-names.toml), in `parts` form;
    `namesakes` the names of other people that hold an entity's whole name (its [[namesakes]])."""
    given = list(rows)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in {tuple(p) for p in common_names if p}:
        by_first[phrase[0]].append(phrase)
    acronyms = _acronyms(given)
    rows = given + acronyms
    entities: dict[str, int] = {}
    kinds: list[str] = []
    words: dict[str, int] = {}
    postings: list[list[int]] = []
    row_words, row_entity = [], []
    for index, row in enumerate(rows):
        if row.entity not in entities:
            entities[row.entity] = len(entities)
            kinds.append(row.kind)
        ids = []
        for word in row.parts:
            if word not in words:
                words[word] = len(words)
                postings.append([])
            ids.append(words[word])
            if not postings[words[word]] or postings[words[word]][-1] != index:
                postings[words[word]].append(index)
        row_words.append(ids)
        row_entity.append(entities[row.entity])
    vocabulary = list(words)
    # Each word's forms as the names wrote it before the transliteration fold (daraghmeh, haniyeh).
    as_typed: dict[int, set[str]] = defaultdict(set)
    for row, ids in zip(given, row_words):
        typed = normalise.parts_as_typed(row.spelling, row.kind == "person")
        if len(typed) == len(ids):
            for word_id, form in zip(ids, typed):
                if form != vocabulary[word_id] and form.isascii():
                    as_typed[word_id].add(form)
    deletes: dict[str, list[int]] = defaultdict(list)
    for word_id, word in enumerate(vocabulary):
        keys = {word, normalise.folded(word), *as_typed.get(word_id, ())}
        if word[:2] in {"al", "el"} and len(word) > 5:
            keys.add(word[2:])  # the article glued on: Alhayya
        if _hebrew_stem(word):
            keys.add(_hebrew_stem(word))  # המוסד: the Mossad
        for key in keys | {d for k in keys for d in _deletes(k)}:
            deletes[key].append(word_id)
    owners = [{row_entity[r] for r in posting} for posting in postings]
    things = {vocabulary[w] for row, ids in zip(rows, row_words) if row.kind != "person" for w in ids}
    types: dict[int, set[str]] = defaultdict(set)
    for row, ids in zip(rows, row_words):
        for word_id in ids:
            if vocabulary[word_id] in ORGANISATION_TYPES:
                types[entities[row.entity]].add(TYPE_KINDS[vocabulary[word_id]])
            elif _demonym(vocabulary[word_id]):
                types[entities[row.entity]].add(_demonym(vocabulary[word_id]))
    return {
        "version": INDEX_VERSION,
        "entities": list(entities),
        "kinds": kinds,
        "spellings": [row.spelling for row in rows],
        "row_entity": row_entity,
        "row_words": row_words,
        "row_script": "".join(normalise.script(row.spelling)[0] for row in rows),
        "shared": [i for i, row in enumerate(rows) if row.shared],
        "acronyms": list(range(len(given), len(rows))),
        "words": vocabulary,
        "forms": [list(normalise.word_forms(word)) for word in vocabulary],
        "as_typed": [[word_id, sorted(forms)] for word_id, forms in sorted(as_typed.items())],
        "postings": postings,
        "deletes": dict(deletes),
        "common": [i for i, entity_ids in enumerate(owners) if len(entity_ids) > 1],
        "groups": [[i, normalise.lookalike_group(w)] for i, w in enumerate(vocabulary)
                   if normalise.lookalike_group(w) is not None],
        "entity_types": [[entity, sorted(words_)] for entity, words_ in sorted(types.items())],
        # Each name's words that the desk's common names cover ("Al Thani", الحية): [row, positions].
        "common_name_parts": [[index, sorted(covered)] for index, row in enumerate(given)
                              if (covered := covered_by(row.parts, [p for w in set(row.parts) for p in by_first.get(w, ())]))],
        "patronymic": sorted({entities[row.entity] for row in rows
                              if row.kind == "person" and normalise.FILIATION.intersection(row.parts[:-1])}),
        "thing_words": sorted(things),
        "namesakes": sorted({tuple(sorted({normalise.folded(w) for w in name})) for name in namesakes if name}),
    }


@dataclass
class _QueryWord:
    text: str
    folded: str
    skeleton: str
    script_skeleton: str
    group: int | None
    typed: str  # as typed, before the transliteration fold (`normalise.parts_as_typed`)


@dataclass(frozen=True)
class _Match:
    """How one query word matches one name word."""

    score: float
    level: str  # "same", "convention", "prefix", "vowels", "typo", "lookalike"
    same_length: bool  # for a vowel difference: vowels swapped in place, none added or dropped
    swapped: bool = False  # a typo that is two neighbouring letters swapped in a long word


@dataclass(frozen=True)
class _RowFacts:
    """What scoring needs of one name that no query changes (`NameMatcher._facts`)."""

    name: tuple[int, ...]  # its word ids
    kind: str
    distinctive: list[int]  # positions of its words that are not particles (all, if every word is one)
    distinctive_set: frozenset[int]
    types: frozenset[int]  # positions of type words (`_is_type_word`)
    rest: list[int]  # distinctive positions that are not type words
    rest_is_a_name: bool  # no type word, or some of the rest is not a demonym
    common_rest: bool  # a type word beside one distinctive word that other entities' names have too
    fathers: frozenset[int]  # positions of a father's name (after bin; after ben in a patronymic person)
    filiation: frozenset[int] = frozenset()  # positions of a person's bin, bint (ben in a patronymic person)


# Names whose facts are kept: a query scores a few hundred at most; the bound keeps a long-running
# worker's memory flat on a store of a million names.
ROW_FACTS_KEPT = 20_000
# Query words whose matches are kept: the store is read-only, so a word's matches are the same in every
# query (journalists type the same given names, "Hamas", "Mohammed", all day).
WORD_MATCHES_KEPT = 4_096


class NameMatcher:
    """Built from `build_index`'s output (`NameMatcher.from_index`), or from rows for small stores and
    tests (`NameMatcher(rows)`). `resolve(text)` is the whole interface."""

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
            if self._words[word_id].isascii() and script_skeleton:
                self._by_script_skeleton[script_skeleton].append(word_id)
        self._groups: dict[int, int] = {word_id: group for word_id, group in index["groups"]}
        self._particles = frozenset(i for i, w in enumerate(self._words) if w in normalise.PARTICLES)
        # Each organisation's own kinds of type word (Hamas: movement), and the words of any organisation's or
        # place's name: beside a person's full name such a word says the query is about something
        # else ("Trump administration"), never a middle name.
        self._entity_types = {entity: set(words) for entity, words in index["entity_types"]}
        self._thing_words = frozenset(index["thing_words"])
        self._patronymic = frozenset(index["patronymic"])
        self._common_name_parts = {row: frozenset(positions) for row, positions in index["common_name_parts"]}
        self._row_facts: dict[int, _RowFacts] = {}
        self._word_matches_kept: dict[tuple[str, str], dict[int, _Match]] = {}

    @classmethod
    def from_index(cls, index: dict) -> "NameMatcher":
        return cls(index=index)

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

    # --- resolving -------------------------------------------------------------------------------

    def resolve(self, query: str) -> Resolution:
        resolution = self._resolve(query)
        if resolution.decision == "found" and self._names_a_namesake(query):
            # The desk knows another person by these words (Yitzhak HaLevi Herzog, not Yitzhak Herzog):
            # no entry for him, the entity only offered as the nearest name.
            return Resolution("not_found", candidates=resolution.candidates)
        if not HONORIFIC_INITIAL.match(query):
            return resolution
        # "M. Abbas": Mahmoud Abbas by his initial, or Monsieur Abbas, who may be Abbas Kamel. An answer
        # stands only if the other reading names no one else; where only one reading answers, or they
        # answer two people, the bot asks ("M. Netanyahu": M is not Benjamin, but Monsieur may be him).
        other = self._resolve(HONORIFIC_INITIAL.sub("", query))
        named = {c.entity for r in (resolution, other) for c in r.candidates}
        if resolution.decision == "found" and named == {resolution.entity}:
            return resolution
        if "found" not in {resolution.decision, other.decision}:
            return resolution
        listed: dict[str, Scored] = {}
        for scored in (*resolution.candidates, *other.candidates):
            if scored.entity not in listed or scored.score > listed[scored.entity].score:
                listed[scored.entity] = scored
        ranked = sorted(listed.values(), key=lambda s: (-s.score, s.entity))
        return Resolution("ambiguous", candidates=tuple(ranked[:MAX_CANDIDATES]))

    def _resolve(self, query: str) -> Resolution:
        scores, truncated, exact_rows, whole_only = self._score_readings(query)
        if normalise.script(query) != "latin" and not self._answerable(scores, truncated or whole_only):
            for entity, scored in self._score_across_scripts(query).items():
                if entity not in scores or scored.score > scores[entity].score:
                    scores[entity] = scored
        if not scores:
            return Resolution("not_found")
        ranked = sorted(scores.values(), key=lambda s: (-s.score, s.entity))
        best = ranked[0]

        shared = {self._entities[self._row_entity[r]] for r in exact_rows if r in self._shared}
        if normalise.middle_initials(query):
            # "Michael T. Thompson" is read as Michael Thompson, a name several may share; the initial
            # said whose it is, and those it contradicts were scored down (`_score_readings`).
            shared = {entity for entity in shared if scores[entity].score >= ANSWER}
        if len(shared) > 1:
            # Editors declared this name ambiguous: always ask.
            listed = [s for s in ranked if s.entity in shared] + [s for s in ranked if s.entity not in shared]
            return Resolution("ambiguous", candidates=tuple(listed[:MAX_CANDIDATES]))

        if self._answerable(scores, truncated or whole_only):
            others = self._other_bearers_across_scripts(query, best, exact_rows)
            if others:
                return Resolution("ambiguous", candidates=(best, *others[:MAX_CANDIDATES - 1]))
            return Resolution("found", entity=best.entity, candidates=(best,))
        # An exact, whole name of two or more parts held by one entity only is strong evidence beside
        # names the query covers only in part or by reading one of its words as a middle name:
        # "Eyal Ehud Peretz" beside Eyal Peretz, "Avi Friedman" beside Dror Avi Friedman.
        whole = [s for s in ranked if s.whole]
        if not truncated and len(whole) == 1 and whole[0] is best:
            return Resolution("found", entity=best.entity, candidates=(best,))
        asked = [s for s in ranked if s.score >= ASK]
        if asked:
            return Resolution("ambiguous", candidates=tuple(asked[:MAX_CANDIDATES]))
        nearest = [s for s in ranked if s.score >= NEAREST]
        return Resolution("not_found", candidates=tuple(nearest[:MAX_CANDIDATES]))

    def _names_a_namesake(self, query: str) -> bool:
        """Whether a reading of the query holds every word of a namesake's name (common-names.toml)."""
        return any(names <= {normalise.folded(w) for w in reading}
                   for reading in normalise.query_readings(query) for names in self._namesakes)

    def _other_bearers_across_scripts(self, query: str, best: Scored, exact_rows: list[int]) -> list[Scored]:
        """Other people whose Latin names have a lone non-Latin word that the best person's name has only
        as a part: Greek Αμπάς is Mahmoud Abbas's family name (Μαχμούντ Αμπάς), and Abbas is Abbas Kamel's
        given name too, though no Greek alias of his says so (Latin "Abbas" lists both). The same Latin
        word in both people's names, not only the same consonants: هنية is Haniyeh's, not Hani's."""
        if (normalise.script(query) == "latin" or self._kind_of.get(best.entity) != "person"
                or any(len(reading) != 1 for reading in normalise.query_readings(query))
                or any(self._entities[self._row_entity[r]] == best.entity for r in exact_rows)):
            return []
        sounds = {key for reading in normalise.query_readings(query) for key in normalise.script_skeletons(reading[0])}
        owners: dict[int, set[str]] = {}
        for word_id in {w for key in sounds for w in self._by_script_skeleton.get(key, ())}:
            owners[word_id] = {self._entities[self._row_entity[r]] for r in self._postings[word_id]
                               if self._row_script[r] == "l"}
        others = {e for entities in owners.values() if best.entity in entities for e in entities
                  if e != best.entity and self._kind_of.get(e) == "person"}
        if not others:
            return []
        across = self._score_across_scripts(query)
        return sorted((across[e] for e in others if e in across), key=lambda s: (-s.score, s.entity))

    def scores(self, query: str) -> dict[str, float]:
        """Each candidate entity's score for the query (for tests and for explaining a decision)."""
        return {entity: scored.score for entity, scored in self._score_readings(query)[0].items()}

    @staticmethod
    def _answerable(scores: dict[str, Scored], truncated: bool) -> bool:
        if truncated or not scores:
            return False
        ranked = sorted((s.score for s in scores.values()), reverse=True)
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        return ranked[0] >= ANSWER and ranked[0] - runner_up >= MARGIN

    def _score_readings(self, query: str) -> tuple[dict[str, Scored], bool, list[int], bool]:
        initials = normalise.middle_initials(query) if "," not in query else set()  # not list order
        scores: dict[str, Scored] = {}
        truncated = whole_only = False
        exact_rows: list[int] = []
        typed = self._typed_forms(query)
        acronym = _typed_as_acronym(query)
        looked_up = self._word_matches_kept  # a word of several readings or queries: once
        for reading, people_only in self._readings(query):
            words = [self._query_word(w, typed.get(w, w)) for w in reading]
            matches = []
            for word in words:
                found = looked_up.get((word.text, word.typed))
                if found is None:
                    if len(looked_up) >= WORD_MATCHES_KEPT:
                        looked_up.clear()  # never a word of this query's in hand: those are `matches`
                    found = looked_up[word.text, word.typed] = self._word_matches(word)
                matches.append(dict(found))  # a copy: each reading adds its own short typos (`_add_short_typos`)
            exact = self._exact_rows(reading)
            exact_rows += exact
            rows, cut = self._candidate_rows(matches, exact)
            self._add_short_typos(words, matches, rows)
            whole_only |= cut == WHOLE_ONLY
            truncated |= cut is True
            best: dict[int, tuple[float, int]] = {}  # entity: its best score and row in this reading
            rows_of: dict[int, list[int]] = defaultdict(list)
            for row in rows:
                entity_id = self._row_entity[row]
                if people_only and self._kinds[entity_id] != "person":
                    continue
                score = self._score_row(row, words, matches)
                if acronym and not _writes_as_initials(self._spellings[row], query.strip()):
                    # "IRA" typed in capitals is initials: not Irã (Iran in Portuguese), listed.
                    score = min(score, ANSWER - 1)
                rows_of[entity_id].append(row)
                if score > 0 and (entity_id not in best or score > best[entity_id][0]):
                    best[entity_id] = (score, row)
            for entity_id, (score, row) in best.items():
                if score < ANSWER and self._kinds[entity_id] == "person":
                    best[entity_id] = (max(score, self._given_and_family_across_names(rows_of[entity_id], matches)), row)
            # People whose names' given and family names the query has (namesakes of one another),
            # and those of them whose name the query is a short form of (its middle parts left out).
            # (Only worked out when a person could be answered, and only for those who could be listed.)
            answerable = any(score >= ANSWER for score, _row in best.values())
            frames = {e: self._frame(rows_of[e], words, matches) for e, (score, _row) in best.items()
                      if answerable and score >= ASK and self._kinds[e] == "person"}
            namesakes = {e for e, frame in frames.items() if frame}
            short_forms = {e for e, frame in frames.items() if frame == "short"}
            for entity_id, (score, row) in best.items():
                whole = False
                if score >= ANSWER and entity_id in frames:
                    extras = self._extra_words(rows_of[entity_id], words, matches)
                    # An extra word read as a middle name is a guess when another of the entity's
                    # names has a different word there, or when a namesake has the same given and
                    # family names ("Yosef Miri Katz": Yosef Katz, or Yosef Avi Katz's namesake?).
                    if extras and (namesakes - {entity_id} or self._other_middle_name(rows_of[entity_id], matches)):
                        score = ANSWER - 1
                    # A middle initial is a middle name: "Michael T. Thompson" is not Michael Anne Thompson.
                    letters = self._middle_letters(rows_of[entity_id]) if initials else set()
                    if letters and not initials <= letters:
                        score = ANSWER - 1
                    # Whole, and strong evidence, only if the query is no one else's short form.
                    whole = not extras and not short_forms - {entity_id} and self._whole(row, words, matches)
                entity = self._entities[entity_id]
                if entity not in scores or score > scores[entity].score:
                    scores[entity] = Scored(entity, score, self._spellings[row], whole)
        return scores, truncated, exact_rows, whole_only

    def _given_and_family_across_names(self, rows: list[int], matches: list[dict[int, _Match]]) -> float:
        """A query of two words, a person's given name as one of the person's names writes it and the
        family name as another does, alone (a spelling of the family name the longer names have, by
        consonants) or after a given name: "دونالد ترمب" where the store has دونالد ترامب and ترمب.
        The score of the two words, or 0. Never from a kunya ("Mazen Abbas" is not Abu Mazen), a
        father's name after bin, a shared name or a nickname alone ("Benjamin Bibi")."""
        if len(matches) != 2:
            return 0.0
        named = [(row, self._row_words[row], self._distinctive(self._row_words[row])) for row in rows
                 if row not in self._shared and self._words[self._row_words[row][0]] not in KUNYA_WORDS]
        family_sounds = {self._forms[name[distinctive[-1]]][2] for _row, name, distinctive in named if len(distinctive) >= 2}
        found = [0.0, 0.0]
        for _row, name, distinctive in named:
            if not distinctive or self._words[name[distinctive[-1] - 1]] in normalise.FILIATION | AMBIGUOUS_FILIATION:
                continue
            for index, position in enumerate((distinctive[0], distinctive[-1])):
                if len(distinctive) == 1 and (index == 0 or self._forms[name[position]][2] not in family_sounds):
                    continue  # one word alone is a family name only as a spelling of the longer names' one
                match = matches[index].get(name[position])
                if match is not None and match.level in {"same", "convention"}:
                    found[index] = max(found[index], match.score)
        return round(sum(found) / 2, 1) if all(found) else 0.0

    def _frame(self, rows: list[int], words: list[_QueryWord], matches: list[dict[int, _Match]]) -> str | None:
        """How the query holds one person's names: "short" if it is a short form of one (its given and
        family names, every query word a word of the name, middle parts left out), "frame" if it has
        that name's given and family names, None otherwise."""
        found = None
        for row in rows:
            name = self._row_words[row]
            query_used, name_used = self._pair(name, matches, "person")
            distinctive = self._distinctive(name)
            if len(distinctive) < 2 or distinctive[0] not in name_used or distinctive[-1] not in name_used:
                continue
            if len(query_used) == len(words) and not all(j in name_used for j in distinctive):
                return "short"
            found = "frame"
        return found

    def _middle_letters(self, rows: list[int]) -> set[str]:
        """The first letters of a person's middle names, as its names write them in full or as initials."""
        letters = set()
        for row in rows:
            distinctive = [w for w in self._row_words[row] if w not in self._particles]
            letters |= {self._words[w][0] for w in distinctive[1:-1] if self._words[w].isascii()}
            letters |= normalise.middle_initials(self._spellings[row])
        return letters

    def _extra_words(self, rows: list[int], words: list[_QueryWord], matches: list[dict[int, _Match]]) -> list[int]:
        """The query's words (particles aside) that the entity's name pairing most of them leaves out: a
        middle name none of its names has ("Zaynab Nabeel al-Barghouti"), or a given name typed again as
        one ("Yaakov Yaakob Barnea": each spelling is in some name, but no name has both)."""
        paired: set[int] = set()
        for r in rows:
            query_used, _name_used = self._pair(self._row_words[r], matches, "person")
            here = {i for i, j in query_used.items() if matches[i][self._row_words[r][j]].level != "lookalike"}
            if len(here) > len(paired):
                paired = here
        return [i for i, word in enumerate(words) if word.text not in normalise.PARTICLES and i not in paired]

    def _whole(self, row: int, words: list[_QueryWord], matches: list[dict[int, _Match]]) -> bool:
        """Whether a person's name of two or more parts and the query cover each other word for word."""
        name = self._row_words[row]
        query_used, name_used = self._pair(name, matches, "person")
        distinctive = self._distinctive(name)
        return (len(distinctive) >= 2 and len(query_used) == len(words) and all(j in name_used for j in distinctive)
                and all(matches[i][name[j]].level not in {"lookalike", "genitive"} for i, j in query_used.items()))

    def _other_middle_name(self, rows: list[int], matches: list[dict[int, _Match]]) -> bool:
        """Whether the query's extra words stand where another of the entity's names has a different
        word: "Zaynab Nabeel al-Barghouti" is not Zaynab Mahmoud al-Barghouti, even though "Zaynab
        al-Barghouti" is one of her names. A father's name is who someone is, so a different one is a
        different person; where the entity's names have nothing (a grandfather after the father),
        an extra word stays a cheap middle name."""
        for row in rows:
            name = self._row_words[row]
            _query_used, name_used = self._pair(name, matches, "person")
            distinctive = self._distinctive(name)
            if (len(distinctive) >= 3 and distinctive[0] in name_used and distinctive[-1] in name_used
                    and not all(j in name_used for j in distinctive[1:-1])):
                return True  # this name has a middle word the query lacks, the query one it lacks
        return False

    def _distinctive(self, name: Sequence[int]) -> list[int]:
        """The positions of a name's words that say who it is: all but particles (al, abu, bin)."""
        return [j for j, w in enumerate(name) if w not in self._particles]

    @staticmethod
    def _pair(name: Sequence[int], matches: list[dict[int, _Match]], kind: str) -> tuple[dict[int, int], dict[int, int]]:
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

    def _exact_rows(self, reading: list[str]) -> list[int]:
        """The names whose words are exactly the reading's."""
        key = [self._word_id.get(w) for w in reading]
        if None in key:
            return []
        return self._exact.rows(key)

    def _readings(self, query: str) -> list[tuple[list[str], bool]]:
        """The query's readings (normalise.query_readings), plus each with two adjacent words joined
        or one word split where the result is in the store's vocabulary: Kiryat Gat, Kiryatgat.

        Each comes with whether it may be read only as a person's name: a reading that exists only
        because a leading title was dropped. Titles start people's names, so "US ambassador to the
        UN" may find a person, never the United Nations."""
        untitled = [normalise.parts(text, titles=False) for text in normalise.query_texts(query)]
        readings: list[tuple[list[str], bool]] = []
        for base in normalise.query_readings(query):
            people_only = base not in untitled
            for reading in [base, *self._joins_and_splits(base)]:
                if all(reading != seen for seen, _ in readings):
                    readings.append((reading, people_only))
        return readings

    def _joins_and_splits(self, reading: list[str]) -> list[list[str]]:
        extra = []
        for i in range(len(reading) - 1):
            joined = normalise.fold_transliteration(reading[i] + reading[i + 1])
            if joined in self._word_id:
                extra.append(reading[:i] + [joined] + reading[i + 2:])
        for i, word in enumerate(reading):
            if word in self._word_id or len(word) < 6 or not word.isalpha():
                continue
            for cut in range(3, len(word) - 2):
                left, right = (normalise.fold_transliteration(p) for p in (word[:cut], word[cut:]))
                if left in self._word_id and right in self._word_id:
                    extra.append(reading[:i] + [left, right] + reading[i + 1:])
                    break
        return extra

    @staticmethod
    def _query_word(word: str, typed: str | None = None) -> _QueryWord:
        folded, skeleton, script_skeleton = normalise.word_forms(word)
        return _QueryWord(word, folded, skeleton, script_skeleton, normalise.lookalike_group(word), typed or word)

    @staticmethod
    def _typed_forms(query: str) -> dict[str, str]:
        """Each word of the query's readings (`parts` form) → the word as typed, before the fold."""
        typed: dict[str, str] = {}
        for text in normalise.query_texts(query):
            for titles in (True, False):
                for word, form in zip(normalise.parts(text, titles), normalise.parts_as_typed(text, titles)):
                    typed.setdefault(word, form)
        return typed

    def _word_matches(self, word: _QueryWord) -> dict[int, _Match]:
        """The store's words this query word may be, each with how well it matches."""
        found: set[int] = set()
        for key in {word.text, word.folded, word.typed} | _deletes(word.text) | _deletes(word.folded) | _deletes(word.typed):
            found.update(self._deletes.get(key, ()))
        unglued = _without_glued_article(word.text)
        if unglued in self._word_id:
            found.add(self._word_id[unglued])
        if len(word.skeleton) >= 2:
            found.update(self._by_skeleton.get(word.skeleton, ()))
        if len(word.text) > 3 and word.text[0] in normalise.HEBREW_PREFIXES:
            found.update(self._deletes.get(word.text[1:], ()))
        matches = {}
        known = word.text in self._word_id  # a name's word typed exactly is not a typo of another
        for word_id in found:
            match = self._compare(word, word_id)
            if match is not None and not (known and match.level == "typo"):
                matches[word_id] = match
        # A typo of one spelling is as near the name's spellings that differ from it only in vowels
        # (Diafzan: Difazan, Defezan): matched a little lower, so that a namesake whose names spell it
        # another way is seen and the bot asks, rather than answering whichever spelling the typo hit.
        for word_id, match in [(w, m) for w, m in matches.items() if m.level == "typo"]:
            for variant in self._by_skeleton.get(self._forms[word_id][1], ()):
                if variant not in matches and len(self._forms[word_id][1]) >= 3:
                    matches[variant] = _Match(round(match.score * VOWELS / 100, 1), "typo", False)
        if not self._exact_rows([word.text]):  # Hamas is a name, not Hama's genitive
            for word_id, match in self._genitive_matches(word).items():
                if word_id not in matches or matches[word_id].score < match.score:
                    matches[word_id] = match
        return matches

    def _genitive_matches(self, word: _QueryWord) -> dict[int, _Match]:
        """A German genitive -s on a name of five letters or more (Israels, Katars, Europas): the
        word without it, as typed or folded; also when the word is in a longer name as it is
        ("Israels Armee"), never when it is a name by itself. Only organisations' and places' names
        answer from it (`_score_row`); a person's is only listed: Carlos is not Carlo, nor Roberts Robert,
        and "Trumps" may be the Trumps or Trump's."""
        if not (word.text.isascii() and word.text.endswith("s") and len(word.text) > 5):
            return {}
        found = {}
        for ending in ("s", "es"):  # Israels, des Friedensrates
            stem = self._query_word(word.text[:-len(ending)])
            if len(stem.text) < 5 or not word.text.endswith(ending):
                continue
            candidates = {*self._deletes.get(stem.text, ()), *self._deletes.get(stem.folded, ())}
            if len(stem.skeleton) >= 3:
                candidates.update(self._by_skeleton.get(stem.skeleton, ()))
            for word_id in candidates:
                match = self._compare(stem, word_id)
                # The stem as a name's word, or a vowel changed in place: Europas is Europe's.
                if match is not None and (match.level in {"same", "convention"}
                                          or match.level == "vowels" and match.same_length):
                    found[word_id] = _Match(GENITIVE * match.score / 100, "genitive", True)
        return found

    def _compare(self, word: _QueryWord, word_id: int) -> _Match | None:
        name = self._words[word_id]
        folded, skeleton, _ = self._forms[word_id]
        if word.text == name:
            return _Match(SAME, "same", True)
        for glued, other in ((word.text, name), (name, word.text)):
            if _without_glued_article(glued) == other:
                return _Match(SAME, "same", True)  # the article written joined to the name: Alhayya, אלחיה
        stem, name_stem = _hebrew_stem(word.text), _hebrew_stem(name)
        if (stem or name_stem) and name_stem in {stem, word.text} | ({name} if stem == name else set()) or stem == name:
            return _Match(PREFIX, "prefix", True)  # לנתניהו: to Netanyahu; במוסד: in the Mossad (המוסד)
        group = self._groups.get(word_id)
        if word.group is not None and group is not None and word.group != group:
            # Muhammad is not Mahmud, whatever the spelling: close enough to ask about, never to answer.
            return _Match(LOOKALIKE, "lookalike", False)
        if word.folded == folded or normalise.same_name(word.text, name):
            return _Match(CONVENTION, "convention", True)  # also Gamal for Jamal: one name (LOOKALIKES)
        if _demonym(word.text) and _demonym(word.text) == _demonym(name):
            return _Match(CONVENTION, "convention", True)  # a nationality in either gender: التركي, التركية
        best = self._typo(word, word_id)
        # Vowels only: the same consonants in the same order. Letters swapped for letters in the same
        # places (Haniye, Haniya) may be a short word; vowels added or dropped need three consonants.
        in_place = _vowel_pattern(word.text) == _vowel_pattern(name)
        vowels_only = (word.skeleton == skeleton and (word.group is None) == (group is None)
                       and (in_place or len(word.text) != len(name))  # not a vowel transposed: Erodgan
                       and (len(skeleton) >= 3 or (len(skeleton) == 2 and in_place)))  # Yair is not Cairo
        if vowels_only:  # a vowel difference, even when it is also within a typo's edits
            # Two consonants are little to go on (Hewa, Hiwa; Hani, Hana): enough to make two such
            # names a tie, never to answer one word alone.
            strong = len(skeleton) >= 3 or (in_place and len(name) >= 5)
            best = _Match(max(VOWELS if strong else SHORT_VOWELS, best.score if best else 0.0), "vowels",
                          in_place and strong)
        return best

    def _add_short_typos(self, words: list[_QueryWord], matches: list[dict[int, _Match]], rows: list[int]) -> None:
        """A query word of three or four letters that is no name's word, one edit from a short word of
        the names fetched: a match to list them by ("Kiryat Gta" lists Kiryat Gat), never to answer."""
        short = [(word, found) for word, found in zip(words, matches)
                 if 3 <= len(word.text) <= 4 and word.text not in self._word_id and word.text.isalpha()]
        if not short or len(rows) > FETCH_LIMIT:
            return
        names = {w for row in rows for w in self._row_words[row] if 3 <= len(self._words[w]) <= 5}
        for word, found in short:
            for word_id in names:
                if word_id not in found and OSA.distance(word.text, self._words[word_id], score_cutoff=2) == 1:
                    found[word_id] = _Match(SHORT_TYPO, "short typo", False)

    def _typo(self, word: _QueryWord, word_id: int) -> _Match | None:
        """A typo: within `max_edits` on the `parts` form, the folded form or the forms as typed
        (Damerau: two neighbouring letters swapped are one edit), scored by `fuzz.ratio`."""
        name = self._words[word_id]
        pairs = {(word.text, name), (word.folded, self._forms[word_id][0]), (word.typed, name),
                 *((word.typed, form) for form in self._as_typed.get(word_id, ()))}
        score, any_swapped, onset = 0.0, False, False
        for typed, written in pairs:
            edits = max_edits(typed, written)
            distance = OSA.distance(typed, written, score_cutoff=edits + 1)
            if distance <= edits and _h_against_ayin(typed, written):
                onset = True  # ح against ع: a look-alike, listed at most
            elif distance <= edits:
                # One edit that keeps the letters and the length moves two of them: a transposition.
                swapped = distance == 1 and len(typed) >= SURE_TYPO_LENGTH and sorted(typed) == sorted(written)
                score = max(score, SWAPPED if swapped else fuzz.ratio(typed, written))
                any_swapped |= swapped
        if not score and onset:
            return _Match(LOOKALIKE, "lookalike", False)
        return _Match(score, "typo", len(word.text) == len(name), any_swapped) if score else None

    def _candidate_rows(self, matches: list[dict[int, _Match]], exact: list[int]) -> tuple[list[int], bool | str]:
        """Names to score: those holding a match of the rarest query words. A word whose matches are
        in more than FETCH_LIMIT names fetches none when a rarer word can; when none can, the
        names holding matches of the two rarest words are taken, and if that is still too many the
        result is cut and marked so: the bot will not answer from a partial list."""
        sizes = [sum(len(self._postings[w]) for w in m) for m in matches]
        order = sorted((i for i, size in enumerate(sizes) if size), key=lambda i: sizes[i])
        rows: set[int] = set(exact)
        if not order:
            return list(rows), False
        if sizes[order[0]] <= FETCH_LIMIT:
            # The rarest word fetches; the others only while they add few names (a surname typed
            # with "Mohamed" fetches the surname's names, not every Mohamed's).
            fetched = 0
            for i in order:
                if fetched and fetched + sizes[i] > FETCH_MORE:
                    break
                fetched += sizes[i]
                for word_id in matches[i]:
                    rows.update(self._postings[word_id])
            return list(rows), False
        if len(order) == 1:
            # One common word and nothing else that matches ("Mohammed" and a name not in the store):
            # no answer can come of it, so a few of its names are enough to offer as the nearest.
            first = [r for w in matches[order[0]] for r in self._postings[w][:NEAREST_SAMPLE]]
            rows.update(first[:NEAREST_SAMPLE])
            return list(rows), True
        # Look-alikes (Mahmoud for Muhammad) can only make the bot ask, so they fetch nothing here.
        strict = [{w for w, match in found.items() if match.level != "lookalike"} for found in matches]
        first = [r for w in strict[order[0]] for r in self._postings[w]]
        first = self._holding_any(first, strict[order[1]])
        # Still too many: the names holding the next rarest words too (a word typed twice, twice:
        # Ismail Ismail). A name left out then lacks a word the query has, so only a name the query
        # covers whole may be answered from the rest.
        narrowed = False
        for n in range(2, len(order)):
            if len(first) <= FETCH_LIMIT:
                break
            first, narrowed = self._holding_all(first, [strict[i] for i in order[:n + 1]]), True
        rows.update(first[:FETCH_LIMIT])
        return list(rows), True if len(first) > FETCH_LIMIT else WHOLE_ONLY if narrowed else False

    def _holding_all(self, rows: list[int], wanted: list[set[int]]) -> list[int]:
        """The rows whose name holds a word of each set, as many as the sets that are alike."""
        needed: dict[frozenset[int], int] = defaultdict(int)
        for words in wanted:
            needed[frozenset(words)] += 1
        return [r for r in rows
                if all(sum(w in words for w in self._row_words[r]) >= count for words, count in needed.items())]

    def _holding_any(self, rows: list[int], words: set[int]) -> list[int]:
        """The rows among `rows` (in their order) whose name holds any of `words`: by the words'
        postings when they are not many more than the rows, else by reading each row's words."""
        postings = [self._postings[w] for w in words]
        if sum(len(p) for p in postings) > 8 * len(rows):
            return self._row_words.holding_any(rows, words)
        holding: set[int] = set()
        for posting in postings:
            holding.update(posting)
        return [r for r in rows if r in holding]

    def _score_row(self, row: int, words: list[_QueryWord], matches: list[dict[int, _Match]]) -> float:
        """0-100: how well the query's words and the name's words cover each other."""
        facts = self._row_facts.get(row) or self._facts(row)
        name, kind, distinctive, types = facts.name, facts.kind, facts.distinctive, facts.types
        if row in self._acronym_rows:
            # A made-up acronym only ever answers itself, typed exactly and alone.
            return SAME if len(words) == 1 and matches[0].get(name[0], _Match(0, "", False)).level == "same" else 0.0
        query_used, name_used = self._pair(name, matches, kind)
        if not query_used:
            return 0.0
        if kind == "person" and distinctive[0] not in name_used:
            # An initial for the given name beside the rest of the name: "K. Mesh'al" (Khaled Mashal).
            for i, word in enumerate(words):
                if (i not in query_used and len(word.text) == 1 and word.text.isascii()
                        and self._words[name[distinctive[0]]].startswith(word.text)):
                    matches = [*matches[:i], {**matches[i], name[distinctive[0]]: _Match(INITIAL, "initial", True)},
                               *matches[i + 1:]]
                    query_used[i], name_used[distinctive[0]] = distinctive[0], i
                    break
        rest = facts.rest
        rest_whole = all(j in name_used for j in rest) and facts.rest_is_a_name
        # The entry's type word left out of the query: the rest answers only if it is a name, not a
        # common word. Two distinctive words or more are one ("Islamic Jihad" of its movement); one word
        # only if no other entity's name has it: حزب الله without حزب is "God", also in رام الله.
        common_rest = facts.common_rest and types.isdisjoint(name_used)
        # Name parts that must be typed: the distinctive ones, and a type word only if the rest is not.
        counted = (rest or distinctive) if rest_whole else distinctive
        full_person = (kind == "person" and len(distinctive) >= 2 and all(j in name_used for j in distinctive))
        # Where a name's extra parts go: middle names and patronymics between the matched parts, or
        # after the given name in list order (HANIYEH, Ismail Abdel Salam); a word before the name or
        # after its family name is something else ("إدارة دونالد ترامب", the Trump administration).
        first, last = min(query_used), max(query_used)
        given = [i for i in sorted(query_used) if query_used[i] in facts.distinctive_set]
        list_order = bool(given) and query_used[given[0]] == distinctive[-1]
        kunya = words[0].text in {"abu", "ابو", "um", "ام"}  # a kunya may lead a name: Abu Mazen Mahmoud Abbas
        weight = 0.0
        for i, word in enumerate(words):
            if i in query_used:
                weight += 1
            elif kind != "person" and rest_whole and self._own_type(word.text, i, kind, row):
                continue  # "Likud party", "Republic of Turkey"; not "Hamas TV"
            elif (full_person and (first < i < last or (list_order and i > last) or i < first and kunya)
                  and word.text not in GENERATIONS and word.text not in self._thing_words):
                weight += 0 if word.text in normalise.PARTICLES else EXTRA_NAME_COST  # a patronymic
            else:
                weight += 1  # "Yair Netanyahu" is not Benjamin Netanyahu; "Abbas Zaki" is not Abbas
        matched = [(i, j) for i, j in query_used.items()]
        query_coverage = sum(matches[i][name[j]].score for i, j in matched) / (100 * weight)
        name_coverage = sum(1 for j in counted if j in name_used) / len(counted)
        score = 100 * query_coverage * (0.8 + 0.2 * name_coverage)
        if score <= ANSWER - 1:
            return round(score, 1)  # below what any of the reasons below would hold it to

        matched_distinctive = [j for j in name_used if j in distinctive and j not in types]
        levels = [matches[i][name[j]] for i, j in matched]
        only_given_name = (kind == "person" and len(distinctive) > 1 and matched_distinctive == [distinctive[0]])
        no_name_part = not matched_distinctive and not rest_whole
        unmatched = [j for j in counted if j not in name_used]
        # An organisation or place is answered only from one whole name of it (its own type words,
        # particles and articles aside): "General Intelligence" is part of Egyptian General
        # Intelligence and of any other country's, "Autoridad" part of many authorities' names.
        too_little_of_a_name = kind != "person" and bool(unmatched)
        # One word alone is answered on a typo only if it is long, on a vowel difference only if
        # the lengths are equal (Haniye, Haniya); otherwise the bot asks ("did you mean Egypt?").
        # Particles count for nothing here: "Abu al-Abed" (Abed, Abd: Haniyeh's kunya) has one word
        # of its own, a vowel apart from Abu Ubaida's, and is held to the rule for one word.
        own = [i for i, word in enumerate(words) if word.text not in normalise.PARTICLES]
        sole = matches[own[0]][name[query_used[own[0]]]] if len(own) == 1 and own[0] in query_used else None
        unsure_word = (len(words) == 1 and levels[0].level == "typo" and len(words[0].text) < SURE_TYPO_LENGTH
                       or sole is not None and sole.level == "vowels" and not sole.same_length)
        # A person's name with an -s or -es added is another name (Carlos, Roberts, Williams), or the
        # person's genitive or plural ("Trumps"): close enough to list, never to answer. It pairs as
        # such, so that it shadows no typo reading that would answer Carlo Rossi for "Carlos Rossi".
        lookalike = any(m.level in {"lookalike", "short typo"} or (m.level == "genitive" and kind == "person")
                        for m in levels)
        # A typo is trusted beside a word that is the name's own, not beside one other near miss
        # ("Mustafa Kenar" is not Mostafa Qenei: a vowel and a letter apart).
        only_near = (len(levels) == 2 and any(m.level == "typo" for m in levels)  # three near words agree
                     and not any(m.level in {"same", "convention", "prefix", "skeleton"} for m in levels))
        # A part after bin/bint is the father's name: without the person's own given name, the query
        # may name the father ("Abd al-Rahman Al Thani" is not Mohammed bin Abdulrahman Al Thani), and
        # alone it is never a family name. So is a part after ben where the person's names show that
        # ben is filiation ("Cheikh Mohammed ben Abdulrahman"), not a Hebrew surname's (Ben-Yishai).
        fathers = facts.fathers
        only_given_name = only_given_name or (
            kind == "person" and distinctive[0] not in name_used and not fathers.isdisjoint(name_used))
        # Given and father's names typed without the bin between them, and without the family name,
        # read as a given name and a family name: "Mohammed Abdel Rahman" is many people's full name,
        # not only Mohammed bin Abdulrahman (Al Thani)'s. Listed; with bin, or Al Thani, answered.
        bin_left_out = (bool(facts.filiation) and facts.filiation.isdisjoint(name_used)
                        and all(j == distinctive[0] or j in fathers for j in name_used if j in distinctive))
        # A person's given and father's names are not interchangeable: "Cem Ahmet Kurt" is not Ahmet
        # Cem Kurt, nor "Hassan Majid Mansour" (Hassan son of Majid) Majid Hassan Mansour. The matched
        # parts keep the name's order, or list order (the family name first: HANIYEH, Ismail).
        sequence = [query_used[i] for i in sorted(query_used) if query_used[i] in distinctive]
        if sequence and sequence[0] == distinctive[-1]:
            sequence = sequence[1:]
        reordered = kind == "person" and sequence != sorted(sequence)
        # A middle part alone is a second given name or a father's name, borne by many: "Tayyip" is
        # not only Recep Tayyip Erdogan, "Рахман" not the Qatari prime minister. Listed, not answered.
        middle_alone = (kind == "person" and len(distinctive) >= 3 and bool(matched_distinctive)
                        and all(distinctive[0] < j < distinctive[-1] for j in matched_distinctive))
        # A kunya ("Abu Mazen": father of Mazen) without its Abu or Umm is a given name, and a common
        # one: "Mazen" is not Mahmoud Abbas, "Ammar" not Yasser Arafat. Listed, not answered.
        kunya_without_abu = (kind == "person" and len(name) >= 2 and self._words[name[0]] in KUNYA_WORDS
                             and 0 not in name_used)
        # A name the desk lists as saying too little alone (common-names.toml: a ruling family, a clan, a
        # common surname, a name that is also a word) answers only beside another word of the name:
        # "Al Thani" lists the Qatari prime minister, "Mohammed Al Thani" answers him.
        common = self._common_name_parts.get(row)
        # Hebrew puts its article ה on words and organisations' names (המוסד), never on a person's name:
        # החיה is "the animal", not al-Hayya (אל-חיה). Listed, not answered.
        article_on_person = kind == "person" and any(
            matches[i][name[j]].level == "prefix" and words[i].text[0] == "\u05d4"
            and _hebrew_stem(words[i].text) == self._words[name[j]] for i, j in matched)
        matched_parts = [j for j in name_used if j in distinctive]  # a type word typed too is more (حزب الله)
        only_common_name = bool(common) and bool(matched_parts) and all(j in common for j in matched_parts)
        if (only_given_name or unsure_word or too_little_of_a_name or no_name_part or lookalike or only_near
                or reordered or kunya_without_abu or common_rest or only_common_name or article_on_person
                or middle_alone or bin_left_out or _unsure_typo(levels, name_coverage)
                or self._other_family_name(words, matches, matched, name, distinctive, kind)):
            score = min(score, ANSWER - 1)
        return round(score, 1)

    def _facts(self, row: int) -> _RowFacts:
        """The row's fixed facts, worked out the first time a query scores it."""
        name = tuple(self._row_words[row])
        kind = self._kinds[self._row_entity[row]]
        distinctive = self._distinctive(name) or list(range(len(name)))
        types = frozenset(j for j, w in enumerate(name) if _is_type_word(self._words[w], j, kind))
        rest = [j for j in distinctive if j not in types]
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
        facts = _RowFacts(
            name, kind, distinctive, frozenset(distinctive), types, rest,
            rest_is_a_name=not types or any(self._words[name[j]] not in DEMONYMS for j in rest),
            common_rest=bool(types) and len(rest) == 1 and name[rest[0]] in self._common,
            fathers=frozenset(fathers),
            filiation=frozenset(particles) if kind == "person" else frozenset())
        if len(self._row_facts) >= ROW_FACTS_KEPT:
            self._row_facts.clear()
        self._row_facts[row] = facts
        return facts

    def _other_family_name(self, words: list[_QueryWord], matches: list[dict[int, _Match]],
                           matched: list[tuple[int, int]], name: Sequence[int], distinctive: list[int], kind: str) -> bool:
        """Whether a person's family name of under SURE_TYPO_LENGTH letters is matched by a typo that
        changes its consonants and is no swap: one edit from such a name is another real name four
        times in ten or more (`bench/typo_neighbours.py`), and a family name is who someone is: "David
        Barnes" is not David Barnea, "Saleh al-Amouri" not Saleh al-Arouri. Listed. A swap or a change
        of vowels or of letters for one sound stays a typo ("Yasser Arafta", "Michael Walts")."""
        if kind != "person" or len(distinctive) < 2:
            return False
        family = distinctive[-1]
        return any(j == family and matches[i][name[j]].level == "typo" and not matches[i][name[j]].swapped
                   and len(self._words[name[j]]) < SURE_TYPO_LENGTH and words[i].text.isascii()
                   and words[i].script_skeleton != self._forms[name[j]][2] for i, j in matched)

    def _own_type(self, word: str, position: int, kind: str, row: int) -> bool:
        """A type word the entity's own names use (Hamas: Islamic Resistance Movement), or a state's
        leading one: a type word of something else ("Hamas TV", "Palestine Liberation Front") is
        another entity."""
        if kind == "place":
            return _is_type_word(word, position, kind)
        # Also a nationality the entity's own names give it: "المخابرات التركية" is the MIT's, so "جهاز
        # المخابرات العامة التركية" may add it; "Egyptian Islamic Jihad" is not Islamic Jihad, whose
        # names say Palestinian.
        kind_said = TYPE_KINDS.get(word) or _demonym(word)
        return bool(kind_said) and kind_said in self._entity_types.get(self._row_entity[row], ())

    def _score_across_scripts(self, query: str) -> dict[str, Scored]:
        """An Arabic, Hebrew, Greek or Cyrillic query compared with the Latin names through consonant
        skeletons: enough to list candidates; answered only when every distinctive part of a name of
        two or more parts matches with at least five consonants between them."""
        best: dict[str, Scored] = {}
        for reading in normalise.query_readings(query):
            words = [self._query_word(w) for w in reading]
            matches = [{w: _Match(SAME, "skeleton", True) for key in normalise.script_skeletons(q.text)
                        for w in self._by_script_skeleton.get(key, ())} for q in words]
            # A word of one consonant (אבו: "b") is too little to fetch names with; it only scores.
            fetching = [m if len(q.script_skeleton) >= 2 else {} for q, m in zip(words, matches)]
            rows, cut = self._candidate_rows(fetching, [])
            for row in rows:
                if self._row_script[row] != "l":
                    continue
                score = self._score_row(row, words, matches)
                name = self._row_words[row]
                consonants = sum(len(self._forms[w][2]) for w in name if any(w in m for m in matches))
                distinctive = [w for w in name if w not in self._particles]
                strong = (not cut and len(distinctive) >= 2 and consonants >= 5
                          and all(any(w in m for m in matches) for w in distinctive))
                if not strong:
                    score = round(score * (ANSWER - 1) / 100, 1)  # listed, in the same order
                entity = self._entities[self._row_entity[row]]
                if score >= NEAREST and (entity not in best or score > best[entity].score):
                    best[entity] = Scored(entity, score, self._spellings[row])
        return best


def _unsure_typo(levels: list[_Match], name_coverage: float) -> bool:
    """Whether one word alone is read as a typo of only part of a name: one word with a typo is
    answered only when it is a whole name of the entity, or two of its letters are swapped (as good
    as the word itself, which may answer alone: "Netnayahu" is Netanyahu; "Netanyahou" too)."""
    return len(levels) == 1 and levels[0].level == "typo" and not levels[0].swapped and name_coverage < 1


def _h_against_ayin(a: str, b: str) -> bool:
    """Whether one word opens with an h sound where the other opens with ع or a vowel (`H_ONSETS`)."""
    return bool(a and b) and ((a[0] in H_ONSETS and b[0] in VOWEL_ONSETS) or (b[0] in H_ONSETS and a[0] in VOWEL_ONSETS))


def _typed_as_acronym(query: str) -> bool:
    """One word of two to four Latin capitals: initials (IRA, ABD, KAN), answered only from a name that
    writes them so, or writes that very word (IRAN, GAZA)."""
    word = query.strip()
    return 2 <= len(word) <= 4 and word.isascii() and word.isalpha() and word.isupper()


def _writes_as_initials(spelling: str, typed: str) -> bool:
    return any(len(w) >= 2 and (w.isupper() or w.casefold() == typed.casefold())
               for w in re.split(r"[^\w]+", spelling))


def _hebrew_stem(word: str) -> str | None:
    """A Hebrew word without its one-letter prefix, if it has one and three letters remain."""
    if len(word) > 3 and word[0] in normalise.HEBREW_PREFIXES and "\u05d0" <= word[1] <= "\u05ea":
        return word[1:]
    return None


def _without_glued_article(word: str) -> str | None:
    """The word without an Arabic name's article written joined to it (Alhayya; in Hebrew script
    אלחיה), if it has one and enough of a word remains."""
    if word[:2] in {"al", "el"} and len(word) > 5:
        return word[2:]
    if word[:2] == "\u05d0\u05dc" and len(word) > 4:
        return word[2:]
    return None


def _vowel_pattern(word: str) -> str:
    return "".join("a" if letter in "aeiouy" else letter for letter in word)


def _demonym(word: str) -> str | None:
    """The nationality a word says, in any of its forms (التركي, التركية), as "demonym <word>"."""
    if word in DEMONYMS or word in normalise.HEBREW_NATIONALITIES:
        return "demonym " + word
    if word in normalise.ARABIC_NATIONALITIES:
        masculine = word[:-1] if word.endswith("\u0647") and word[:-1] in normalise.ARABIC_NATIONALITIES else word
        return "demonym " + masculine
    return None


def _is_type_word(word: str, position: int, kind: str) -> bool:
    """An organisation's type word anywhere in its name; a state's only leading it."""
    if kind == "organization":
        return word in NAME_TYPES
    return kind == "place" and position == 0 and word in STATE_TYPES


def max_edits(a: str, b: str) -> int:
    """Typos allowed between two words, by the shorter one's length: none up to four letters (abu,
    bin, hani), one up to eight, two beyond. Transposed letters count as one edit."""
    shorter = min(len(a), len(b))
    return 0 if shorter <= 4 else 1 if shorter <= 8 else 2

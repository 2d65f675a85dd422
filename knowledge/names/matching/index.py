"""The index the matcher reads, computed once when the store is built (`build_index`).

Everything that no query changes is worked out here rather than per request: each name's words as
ids and postings, the SymSpell deletion neighbourhood of every word (so a typo is a dictionary
look-up), each word's other forms (folded, as typed, without a glued article or Hebrew prefix),
acronyms of long house names, the organisations' kinds of type word, the words the desk's common
names cover. Plain JSON-able lists; `packing` turns them into compact tables for serving. A change
to what is written here changes the bytes of every built store: bump INDEX_VERSION with it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from knowledge.names import normalise
from knowledge.names.matching.lexicon import (KUNYA_WORDS, MEDIA_KINDS, ORGANISATION_TYPES, TYPE_KINDS, demonym_country, hebrew_stem,
                                              name_parts_by_role)

INDEX_VERSION = 23


@dataclass(frozen=True)
class NameRow:
    """One name or alias of an entity, normalised at build time."""

    entity: str
    spelling: str
    kind: str
    parts: tuple[str, ...]
    arabic: bool
    shared: bool


def deletion_keys(word: str) -> set[str]:
    """The word with one letter left out, each way (SymSpell): two words within one edit, a
    transposition included, share one of these or the word itself."""
    return {word[:i] + word[i + 1:] for i in range(len(word))} if len(word) > 4 else set()


def _acronyms(rows: list[NameRow]) -> list[NameRow]:
    """Acronyms made from an organisation's or place's house name (its first row) of three words or
    more, kept only when one entity makes it and it is no name's word: Civil-Military
    Coordination Center gives CMC. Only from the house name: made from every translated alias they were
    mostly letters no outlet prints, and some are other things' initials (RIP, GAS, FDI, KRG answered
    Pakistan, the Gulf states, the IDF and Guyana). Acronyms outlets print are aliases, with where, and
    answer as aliases do: the desk may list one as another body's too (common-names.toml: ISF)."""
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
            if len(entities) == 1 and not taken[acronym] and len(acronym) >= 3]


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


# The letters Arabic and Hebrew script write long vowels with, and may leave out: ترامب and ترمب,
# الكابينت and الكابينيت, נתניהו; never a word's first letter, which is a consonant or the vowel itself,
# nor its last, an ending: فلسطيني (Palestinian) is no spelling of فلسطين, nor ביטחוני of ביטחון.
VOWEL_LETTERS = frozenset("\u0627\u0648\u064a\u05d5\u05d9")
# The shortest word read as another spelling with one vowel letter more (ترمب): shorter Arabic words
# a vowel letter apart are different names (حسن, حسين; سعد, سعيد).
SPELLING_LENGTH = 4


def _without_one_vowel_letter(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(1, len(word) - 1) if word[k] in VOWEL_LETTERS}


def _spellings(entity_words: dict[int, set[int]], vocabulary: list[str]) -> dict[int, set[int]]:
    """Arabic- and Hebrew-script words the desk writes both ways for one entity, one with a vowel letter
    the other leaves out (Trump: ترامب and ترمب; the Israeli cabinet: الكابينيت and الكابينت): one
    word, wherever either is written (إدارة ترامب, the Trump administration)."""
    linked: dict[int, set[int]] = defaultdict(set)
    for word_ids in entity_words.values():
        by_word = {vocabulary[w]: w for w in word_ids if not vocabulary[w].isascii()}
        for word, word_id in by_word.items():
            for shorter in _without_one_vowel_letter(word):
                if len(shorter) >= SPELLING_LENGTH and shorter in by_word and normalise.lookalike_group(word) is None:
                    linked[word_id].add(by_word[shorter])
                    linked[by_word[shorter]].add(word_id)
    return linked


def _families(rows: list[NameRow], row_words: list[list[int]], vocabulary: list[str],
              common: set[int]) -> dict[int, set[int]]:
    """Family names (a person's last distinctive word) that one person in the store has, each with
    the given names that person's names put before it: trump → donald (دونالد ترامب as Donald Trump).
    Not a family name the desk lists as common (`common`: Al Thani, a ruling family), nor a demonym
    (Hani al-Masri's المصري, "the Egyptian")."""
    owners: dict[int, set[str]] = defaultdict(set)
    given: dict[int, set[int]] = defaultdict(set)
    for row, ids in zip(rows, row_words):
        if row.kind != "person":
            continue
        distinctive = [w for w in ids if vocabulary[w] not in normalise.PARTICLES]
        if len(distinctive) >= 2:
            owners[distinctive[-1]].add(row.entity)
            given[distinctive[-1]].add(distinctive[0])
    return {family: given[family] for family, entities in owners.items()
            if len(entities) == 1 and family not in common and not demonym_country(vocabulary[family])}


def _country_words(rows: list[NameRow]) -> dict[str, str]:
    """The one-word names of the store's places that are the countries `normalise.DEMONYM_COUNTRIES`
    lists, each with the demonym it stands for (Turquía, Türkei, Турция: "demonym turkey"): a country's
    name beside an organisation's says whose it is as its demonym does ("Organización Nacional de
    Inteligencia de Turquía", "İsrail Mossad'ı"). A place is that country when one of its names is
    the country's English name; a word two countries' names share stands for neither."""
    english = {tuple(normalise.parts(country, titles=False)): country for country in normalise.DEMONYM_COUNTRIES}
    country_of = {row.entity: english[tuple(row.parts)] for row in rows
                  if row.kind == "place" and tuple(row.parts) in english}
    said: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.entity in country_of and len(row.parts) == 1:
            said[row.parts[0]].add("demonym " + country_of[row.entity])
    return {word: next(iter(countries)) for word, countries in said.items() if len(countries) == 1}


def build_index(rows: Iterable[NameRow], common_names: Iterable[Sequence[str]] = (),
                namesakes: Iterable[Sequence[str]] = ()) -> dict:
    """Everything the matcher needs, computed once at build time, as plain JSON-able lists.
    `common_names` are the desk's names that on their own only list (common-names.toml), in `parts` form;
    `namesakes` the names of other people that hold an entity's whole name (its [[namesakes]])."""
    given = list(rows)
    rows = given + _acronyms(given)
    entities, kinds, vocabulary, postings, row_words, row_entity = _word_tables(rows)
    as_typed = _as_typed(given, row_words, vocabulary)
    deletes = _deletes_table(vocabulary, as_typed)
    common_parts = _common_name_parts(given, common_names)
    common = {row_words[index][j] for index, covered in common_parts for j in covered}
    entity_words: dict[int, set[int]] = defaultdict(set)
    for ids, entity_id in zip(row_words, row_entity):
        entity_words[entity_id].update(ids)
    owners = [{row_entity[r] for r in posting} for posting in postings]
    things = {vocabulary[w] for row, ids in zip(rows, row_words) if row.kind != "person" for w in ids}
    countries = _country_words(given)
    types = _entity_types(rows, row_words, vocabulary, entities, countries)
    said_words = _said_words(vocabulary)
    # Each place's one-word names (Gaza, Gazze, غزة), and the places whose one-word names an organisation's
    # own names hold: that place, in any of its spellings, says nothing more beside the organisation's
    # whole name ("Gazze Uluslararası İstikrar Gücü": the force's names say Gaza).
    place_of = {ids[0]: entities[row.entity] for row, ids in zip(given, row_words) if row.kind == "place" and len(ids) == 1}
    entity_places = {entity_id: sorted({place_of[w] for w in word_ids if w in place_of})
                     for entity_id, word_ids in entity_words.items() if kinds[entity_id] == "organization"}
    kunyas: dict[int, set[int]] = defaultdict(set)
    for row, ids in zip(rows, row_words):
        if row.kind == "person" and len(ids) >= 2 and row.parts[0] in KUNYA_WORDS:
            kunyas[entities[row.entity]].add(ids[1])
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
        # The words that say one nationality or one kind of organisation or place, in any language
        # (israélien, Israeli; ville, city): a query's demonym or type word finds them all, however far
        # apart their letters are.
        "said_words": sorted([said, ids] for said, ids in said_words.items()),
        "country_words": sorted([word, said] for word, said in countries.items()),
        "common_name_parts": common_parts,
        "patronymic": sorted({entities[row.entity] for row in rows
                              if row.kind == "person" and normalise.FILIATION.intersection(row.parts[:-1])}),
        "thing_words": sorted(things),
        "capitals": _written_in_capitals(given, row_words, vocabulary),
        "word_spellings": [[w, sorted(linked)] for w, linked in sorted(_spellings(entity_words, vocabulary).items())],
        "families": [[w, sorted(given_)] for w, given_ in sorted(_families(given, row_words, vocabulary, common).items())],
        # Each person's kunyas, as the word after Abu or Umm (Abu Mazen: mazen): [entity, word ids].
        "kunyas": [[entity_id, sorted(word_ids)] for entity_id, word_ids in sorted(kunyas.items())],
        "place_of": sorted([word_id, place] for word_id, place in place_of.items()),
        "entity_places": sorted([entity_id, places] for entity_id, places in entity_places.items() if places),
        "namesakes": sorted({tuple(sorted({normalise.folded(w) for w in name})) for name in namesakes if name}),
        "namesake_marks": sorted([entities[entity], marks] for entity, marks in _namesake_marks(given, namesakes).items()),
        "name_rests": _name_rests(given, row_words),
    }


def sound_keys(word: str) -> frozenset[str]:
    """The consonants a word has in every script, for a namesake's mark (`_namesake_marks`): its script
    skeletons, and those without b, which writes v in Latin and Greek where Hebrew writes ו and Russian в,
    letters the skeletons leave out (HaLevi, Χαλεβί "hlb"; הלוי, Халеви "hl")."""
    keys = {key for key in normalise.script_skeletons(word) if len(key) >= 2}
    return frozenset(keys | {k.replace("b", "") for k in keys if len(k.replace("b", "")) >= 2})


def _namesake_marks(rows: Sequence[NameRow], namesakes: Iterable[Sequence[str]]) -> dict[str, list[str]]:
    """Each entity a namesake's name holds the whole of (a name of two words or more), with the sounds
    of the namesake's other words, those that are none of the entity's words in any script: HaLevi
    and הלוי for Yitzhak HaLevi Herzog beside Isaac Herzog (not אייזיק, which is Isaac). A query that
    the entity answers and that holds such a word, in any script the store writes the name in, names
    the namesake (`NameMatcher._marks_a_namesake`)."""
    own: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for word in row.parts:
            own[row.entity] |= sound_keys(word)
    marks: dict[str, set[str]] = defaultdict(set)
    for name in namesakes:
        words = set(name)
        for row in rows:
            if len(row.parts) >= 2 and set(row.parts) <= words:
                # A type word (Organisation) says what a body is, not which: no mark of a namesake
                # ("the terrorist organisation Islamic Jihad" is Islamic Jihad, not the Islamic Jihad
                # Organization); the namesake's whole name still says it (`NameMatcher._names_a_namesake`).
                for word in words - set(row.parts) - ORGANISATION_TYPES:
                    marks[row.entity] |= sound_keys(word) - own[row.entity]
    return {entity: sorted(keys) for entity, keys in marks.items() if keys}


def _word_tables(rows: Sequence[NameRow]) -> tuple[dict[str, int], list[str], list[str], list[list[int]],
                                                   list[list[int]], list[int]]:
    """Entities and words numbered in order of first appearance: (entity ids, each entity's kind, the
    vocabulary, each word's rows, each row's word ids, each row's entity id)."""
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
    return entities, kinds, list(words), postings, row_words, row_entity


def _as_typed(rows: Sequence[NameRow], row_words: Sequence[Sequence[int]], vocabulary: Sequence[str]) -> dict[int, set[str]]:
    """Each word's forms as the names wrote it before the transliteration fold (daraghmeh, haniyeh)."""
    as_typed: dict[int, set[str]] = defaultdict(set)
    for row, ids in zip(rows, row_words):
        typed = normalise.parts_as_typed(row.spelling, row.kind == "person")
        if len(typed) == len(ids):
            for word_id, form in zip(ids, typed):
                if form != vocabulary[word_id] and form.isascii():
                    as_typed[word_id].add(form)
    return as_typed


def _deletes_table(vocabulary: Sequence[str], as_typed: dict[int, set[str]]) -> dict[str, list[int]]:
    """The words each key finds: every form of a word (as typed, folded, without an article glued on or a
    Hebrew prefix) and its deletion neighbourhood (`deletion_keys`)."""
    deletes: dict[str, list[int]] = defaultdict(list)
    for word_id, word in enumerate(vocabulary):
        keys = {word, normalise.folded(word), *as_typed.get(word_id, ())}
        if word[:2] in {"al", "el"} and len(word) > 5:
            keys.add(word[2:])  # the article glued on: Alhayya
        if hebrew_stem(word):
            keys.add(hebrew_stem(word))  # המוסד: the Mossad
        # A name's word with an Arabic proclitic and the article is found by the word after them
        # (والأمني by أمني, as `words._compare` reads it); no typo of that.
        # In sorted order: the table's order is its keys' first appearance, and a set's order changes
        # with the process's string hashes, so the build's bytes would (PYTHONHASHSEED).
        for key in sorted(keys | {d for k in keys for d in deletion_keys(k)} | set(normalise.arabic_proclitic_stems(word, True))):
            deletes[key].append(word_id)
    return deletes


def _common_name_parts(rows: Sequence[NameRow], common_names: Iterable[Sequence[str]]) -> list[list]:
    """Each name's words that the desk's common names cover ("Al Thani", الحية): [row, positions]."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in {tuple(p) for p in common_names if p}:
        by_first[phrase[0]].append(phrase)
    return [[index, sorted(covered)] for index, row in enumerate(rows)
            if (covered := covered_by(row.parts, [p for w in set(row.parts) for p in by_first.get(w, ())]))]


def _entity_types(rows: Sequence[NameRow], row_words: Sequence[Sequence[int]], vocabulary: Sequence[str],
                  entities: dict[str, int], countries: dict[str, str]) -> dict[int, set[str]]:
    """What each entity's own names say it is: its kinds (`TYPE_KINDS`) and nationalities (a demonym,
    a country's name)."""
    types: dict[int, set[str]] = defaultdict(set)
    for row, ids in zip(rows, row_words):
        for word_id in ids:
            if vocabulary[word_id] in ORGANISATION_TYPES:
                types[entities[row.entity]].add(TYPE_KINDS[vocabulary[word_id]])
                if TYPE_KINDS[vocabulary[word_id]] in MEDIA_KINDS:
                    types[entities[row.entity]].add("outlet")  # a channel or a daily is an outlet: "Kan news"
            elif demonym_country(vocabulary[word_id]) or vocabulary[word_id] in countries:
                types[entities[row.entity]].add(demonym_country(vocabulary[word_id]) or countries[vocabulary[word_id]])
    return types


def _said_words(vocabulary: Sequence[str]) -> dict[str, list[int]]:
    """The words that say each nationality or kind (`demonym_country`, `TYPE_KINDS`)."""
    said_words: dict[str, list[int]] = defaultdict(list)
    for word_id, word in enumerate(vocabulary):
        said = demonym_country(word) or TYPE_KINDS.get(word)
        if said:
            said_words[said].append(word_id)
    return said_words


def _name_rests(rows: Sequence[NameRow], row_words: Sequence[Sequence[int]]) -> list[list]:
    """Each organisation's and place's name whose rest is a name (`lexicon.name_parts_by_role`: its
    distinctive words but its type words), with the rest's word ids: [row, word ids]. A query that
    matches every one of them may score the name whole (`Scoring._name_bound`); read per request,
    this was most of the bound's cost on a store of many organisations."""
    found = []
    for index, (row, ids) in enumerate(zip(rows, row_words)):
        if row.kind != "person":
            _distinctive, _types, rest, rest_is_a_name = name_parts_by_role(row.parts, row.kind)
            if rest_is_a_name:
                found.append([index, [ids[j] for j in rest]])
    return found


def _written_in_capitals(rows: Sequence[NameRow], row_words: Sequence[Sequence[int]], vocabulary: Sequence[str]) -> list[int]:
    """The words the desk writes only in capitals (CENTCOM, USCENTCOM): initials, letters rather than
    sounds, so no vowel variant of them is the same name (`words._compare`)."""
    upper, lower = set(), set()
    for row, ids in zip(rows, row_words):
        written = {t.casefold(): t for t in re.split(r"[^\w]+", row.spelling) if t}
        for word_id in ids:
            form = written.get(vocabulary[word_id])
            if form is not None:
                (upper if len(form) >= 2 and form.isupper() else lower).add(word_id)
    return sorted(upper - lower)

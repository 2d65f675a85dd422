"""How well one name covers a query, 0-100, and the safety rules that hold a score below an answer.

The query's words are paired one to one with the name's words, best pairs first (`_pair`); the score
is how much of the query the name covers (extra words in a person's full name, a patronymic, cost
little) times how much of the name the query covers. Then every rule that makes a confident answer
unsafe holds the score at ANSWER - 1, so the bot lists instead: a given name alone, a typo of a short
word, part of an organisation's name, a look-alike, names in another order, a kunya without its Abu,
a father's name without the given name, a name the desk lists as too common (`_score_row`, each rule
with its reason). A name's facts that no query changes are worked out once and kept (`_facts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Container, Sequence

from knowledge.names import normalise
from knowledge.names.matching.lexicon import (AMBIGUOUS_FILIATION, BACKED, BODY_KINDS, DEMONYMS, DESCRIPTOR_WORDS,
                                              FORMER_WORDS, GENERATIONS, GENERIC_WORDS,
                                              JOINS_NEXT, KUNYA_WORDS, ORGANISATION_DESCRIPTORS,
                                              OUTLET_KINDS, OUTLET_STATUS_WORDS,
                                              PLACE_KINDS, PRO, TYPE_KINDS, _demonym, _hebrew_stem, _is_type_word)
from knowledge.names.matching.tables import IndexTables
from knowledge.names.matching.thresholds import (ANSWER, ASK, CHAIN_PARTS, EXTRA_NAME_COST, INITIAL, LONG_NAME_WORDS,
                                                 NEAREST, SAME, SURE_HEBREW_STEM, SURE_PROCLITIC_STEM,
                                                 SURE_TYPO_LENGTH)
from knowledge.names.matching.words import _Match, _QueryWord


@dataclass(frozen=True)
class _RowFacts:
    """What scoring needs of one name that no query changes (`Scoring._facts`)."""

    name: tuple[int, ...]  # its word ids
    kind: str
    distinctive: list[int]  # positions of its words that are not particles (all, if every word is one)
    distinctive_set: frozenset[int]
    types: frozenset[int]  # positions of type words (`_is_type_word`)
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


class Scoring(IndexTables):
    """One name's score for a query's words and their matches."""

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

    def _person_bound(self, row: int, words: list[_QueryWord], matches: list[dict[int, _Match]]) -> float:
        """A bound on `_score_row` for a person's name, a few look-ups where scoring takes many. A query
        word left out costs a whole word unless the query holds every word of the name (then no bound,
        100), so the score is at most the best match of each query word that matches one of the name's
        words (an initial may: "K. Mesh'al"), over the query's words, times the share of the name's
        own words (particles aside) that such words can cover."""
        name, particles = self._row_words[row], self._particles
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
            if len(word.text) == 1 and word.text.isascii():
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

    def _name_bound(self, row: int, words: list[_QueryWord], matches: list[dict[int, _Match]]) -> float:
        """A bound on `_score_row` for any name. A person's is `_person_bound`. An organisation's or a
        place's name whose rest (its distinctive words but its type words) no query word can match
        whole is scored as a person's name is at most: every query word it leaves out costs a whole
        word (type words, descriptors and other names' words are cheap only beside the rest whole),
        so `_person_bound` holds for it too. Otherwise, and for an acronym, no bound (100)."""
        if self._kinds[self._row_entity[row]] == "person":
            return self._person_bound(row, words, matches)
        if row in self._acronym_rows:
            return 100.0
        facts = self._row_facts.get(row) or self._facts(row)
        name = facts.name
        if facts.rest_is_a_name and all(any(name[j] in found for found in matches) for j in facts.rest):
            return 100.0
        return self._person_bound(row, words, matches)

    def _score_row(self, row: int, words: list[_QueryWord], matches: list[dict[int, _Match]]) -> float:
        """0-100: how well the query's words and the name's words cover each other."""
        facts = self._row_facts.get(row) or self._facts(row)
        name, kind, distinctive, types = facts.name, facts.kind, facts.distinctive, facts.types
        if row in self._acronym_rows:
            # A made-up acronym only ever answers itself, typed exactly and alone.
            return SAME if len(words) == 1 and matches[0].get(name[0], _Match(0, "", False)).level == "same" else 0.0
        query_used, name_used = self._pair(name, matches, kind)
        if not _turkish_case_in_place(name, kind, query_used, name_used, matches, len(words)):
            # A Turkish case ending without an apostrophe is read only on the last word of an
            # organisation's name of two words or more, the others typed whole: "Ajansının" is of the
            # agency, but a one-word name or a person's name with such an ending is another word.
            matches = [{w: m for w, m in found.items() if m.level != "turkish case"} for found in matches]
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
        # Not for a name of generic words only: "General Security" is many states' (General Security Service).
        counted = (rest or distinctive) if rest_whole and not facts.rest_generic else distinctive
        full_person = (kind == "person" and len(distinctive) >= 2 and all(j in name_used for j in distinctive))
        # Where a name's extra parts go: middle names and patronymics between the matched parts, or
        # after the given name in list order (HANIYEH, Ismail Abdel Salam); a word before the name or
        # after its family name is something else ("إدارة دونالد ترامب", the Trump administration).
        first, last = min(query_used), max(query_used)
        given = [i for i in sorted(query_used) if query_used[i] in facts.distinctive_set]
        list_order = bool(given) and query_used[given[0]] == distinctive[-1]
        kunya = words[0].text in {"abu", "ابو", "um", "ام"}  # a kunya may lead a name: Abu Mazen Mahmoud Abbas
        # "former President Trump": the office's holder then, by his family name; he or one before him
        # (`_former_holder`): "former" costs little, and the name is only offered.
        former = kind == "person" and 0 not in query_used and _former_holder(words)
        weight = 0.0
        own_words_beside = False

        def own_type_typed() -> bool:
            return any(k not in query_used and TYPE_KINDS.get(w.text) and self._own_type(w.text, k, kind, row)
                       for k, w in enumerate(words))
        for i, word in enumerate(words):
            if i in query_used:
                weight += 1
            elif former and i == 0:
                weight += EXTRA_NAME_COST
            elif facts.rest_generic and word.text in GENERIC_WORDS:
                # A name of generic words only ("National Intelligence Organization") answers as the desk
                # wrote it: another type word or descriptor beside it describes other bodies as well
                # ("National Intelligence Agency" is Nigeria's, "General Security Service" Lebanon's too).
                weight += 1
            elif kind != "person" and rest_whole and self._own_type(word.text, i, kind, row, leading=i < first):
                continue  # "Likud party", "Republic of Turkey"; not "Hamas TV"
            elif kind != "person" and rest_whole and self._given_name_before(i, words, name, query_used, matches, kind, row):
                weight += EXTRA_NAME_COST  # "Donald Trump administration", "إدارة الرئيس دونالد ترامب"
            elif kind == "organization" and rest_whole and (word.text in ORGANISATION_DESCRIPTORS
                                                             or self._sponsor(i, words)):
                weight += EXTRA_NAME_COST  # "el movimiento islamista Hamás", "Iran-backed Hezbollah"
            elif (kind == "organization" and rest_whole and word.text in OUTLET_STATUS_WORDS
                  and not OUTLET_KINDS.isdisjoint(self._entity_types.get(self._row_entity[row], ()))):
                weight += EXTRA_NAME_COST  # "Israel's public broadcaster Kan", "state-run Anadolu Agency"
            elif (kind == "organization" and rest_whole and (types.issubset(name_used) or own_type_typed())
                  and self._word_of_own_names(matches[i], row)):
                # "İsrail Dış İstihbarat Servisi Mossad": dış is a word of another of its names. Only beside
                # a name typed with its type words, or another type word of its own kind ("هيئة البث كان",
                # the broadcasting authority Kan, beside "قناة كان"): "Izz ad-Din al-Qassam" is "Qassam
                # (Brigades)" and words of "Izz ad-Din al-Qassam Brigades", but without Brigades it is the
                # preacher's name.
                weight += EXTRA_NAME_COST
                own_words_beside = True
            elif kind == "organization" and rest_whole and self._place_of_own_names(matches[i], row):
                weight += EXTRA_NAME_COST  # "Gazze Uluslararası İstikrar Gücü": the force's names say Gaza
            elif (full_person and (first < i < last or (list_order and i > last) or i < first and kunya)
                  and word.text not in GENERATIONS
                  and (word.text not in self._thing_words or word.text in normalise.PARTICLES)):
                weight += 0 if word.text in normalise.PARTICLES else EXTRA_NAME_COST  # a patronymic
            else:
                weight += 1  # "Yair Netanyahu" is not Benjamin Netanyahu; "Abbas Zaki" is not Abbas
        matched = [(i, j) for i, j in query_used.items()]
        query_coverage = sum(matches[i][name[j]].score for i, j in matched) / (100 * weight)
        name_coverage = sum(1 for j in counted if j in name_used) / len(counted)
        score = 100 * query_coverage * (0.8 + 0.2 * name_coverage)
        if former:
            return round(min(score, ASK - 1), 1)  # offered first, never listed or answered
        if kind != "person" and self._persons_title_and_name(name, words, query_used):
            return round(min(score, NEAREST), 1)  # the person's: the body named after him only offered
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
                       or sole is not None and sole.level == "vowels" and not sole.same_length
                       # An organisation's or place's words are often a language's own words, where
                       # two vowels or more added make another word: "Israeli Secret Service" is not
                       # the Israel Security Agency (secret and security share s, c, r, t); one is a
                       # spelling or an ending (Israeli, Gazze).
                       or kind != "person" and any(
                           matches[i][name[j]].level == "vowels"
                           and abs(len(words[i].text) - len(self._words[name[j]])) > 1 for i, j in query_used.items()))
        # A person's name with an -s or -es added is another name (Carlos, Roberts, Williams), or the
        # person's genitive or plural ("Trumps"): close enough to list, never to answer. It pairs as
        # such, so that it shadows no typo reading that would answer Carlo Rossi for "Carlos Rossi".
        # A word of three or four letters one edit from a name's word only lists (Kiryat Gta), but in a
        # long organisation's or place's name whose every other word is typed as it is, and nothing
        # else, the rest says which name it is: "عثة الولايات المتحدة إلى الأمم المتحدة" is the US
        # mission's بعثة (mission) with its first letter dropped.
        long_name_typo = (kind != "person" and len(name) >= LONG_NAME_WORDS and len(name_used) == len(name)
                          and len(query_used) == len(words) and sum(m.level == "short typo" for m in levels) == 1
                          and all(m.level in _AS_TYPED | {"short typo"} for m in levels))
        # A person's name with -s is another name or his genitive, so listed (`words._genitive_matches`),
        # but for a family name ending in a, o or u: German, Dutch and Scandinavian copy write its
        # genitive so (Netanjahus, Barneas), and an English family name of a given name and -s comes
        # after a consonant or e (Roberts, Williams, Jones, Hughes).
        lookalike = any(m.level == "lookalike" or (m.level == "short typo" and not long_name_typo) for m in levels) or (
            kind == "person" and any(matches[i][name[j]].level == "genitive" and not (
                j == distinctive[-1] and len(distinctive) >= 2 and _vowel_genitive(words[i].text, self._words[name[j]]))
                for i, j in matched))
        # A given name with -a after its last consonant is the woman's name (Mahmuda, Khalida, Jamila),
        # not a vowel variant, beside a family name that ends in the consonant the name's does: "Khalida
        # Mashal" is no Khaled Mashal. A Slavic case ends both (Mahmuda Abbasa, Jasera Arafata) and leaves
        # a family name ending in a vowel as it is ("Benjamina Netanjahu", Czech), which stays a variant.
        womans_name = kind == "person" and len(distinctive) >= 2 and any(
            j == distinctive[0] and matches[i][name[j]].level in {"vowels", "typo"}
            and _with_feminine_ending(words[i].text, self._words[name[j]]) for i, j in matched) and any(
            j == distinctive[-1] and words[i].text[-1:] == self._words[name[j]][-1:]
            and self._words[name[j]][-1:] not in _VOWEL_LETTERS for i, j in matched)
        # A typo is trusted beside a word that is the name's own, not beside one other near miss
        # ("Mustafa Kenar" is not Mostafa Qenei: a vowel and a letter apart).
        only_near = (len(levels) == 2 and any(m.level == "typo" for m in levels)  # three near words agree
                     and not any(m.level in {"same", "convention", "prefix", "proclitic", "skeleton"} for m in levels))
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
        # "bin X" says X is the father: the part after the query's first bin must be the name's
        # father's, not a grandfather's ("Mohammed bin Jassim Al Thani", son of Jassim, is not Mohammed
        # bin Abdulrahman bin Jassim Al Thani with his father left out).
        father_skipped = False
        if facts.filiation:
            for i in range(len(words) - 1):
                if words[i].text in normalise.FILIATION | AMBIGUOUS_FILIATION and i + 1 in query_used:
                    father_skipped = query_used[i + 1] != min(facts.filiation) + 1
                    break
        # A person's given and father's names are not interchangeable: "Cem Ahmet Kurt" is not Ahmet
        # Cem Kurt, nor "Hassan Majid Mansour" (Hassan son of Majid) Majid Hassan Mansour. The matched
        # parts keep the name's order, or list order (the family name first: HANIYEH, Ismail).
        # A name that ends with the father's name (Sheikh Mohammed bin Abdulrahman) has no family name
        # to put first: "Abdulrahman bin Mohammed" is his father's name first, another man.
        sequence = [query_used[i] for i in sorted(query_used) if query_used[i] in distinctive]
        if sequence and sequence[0] == distinctive[-1] and distinctive[-1] not in facts.fathers:
            sequence = sequence[1:]
        reordered = kind == "person" and sequence != sorted(sequence)
        # A middle part alone is a second given name or a father's name, borne by many: "Tayyip" is
        # not only Recep Tayyip Erdogan, "Рахман" not the Qatari prime minister. Listed, not answered.
        middle_alone = (kind == "person" and len(distinctive) >= 3 and bool(matched_distinctive)
                        and all(distinctive[0] < j < distinctive[-1] for j in matched_distinctive))
        # A kunya ("Abu Mazen": father of Mazen) without its Abu or Umm is a given name, and a common
        # one: "Mazen" is not Mahmoud Abbas, "Ammar" not Yasser Arafat. Listed, not answered.
        # A long full name (CHAIN_PARTS parts or more: given, father's, grandfather's and family names)
        # answers only (nearly) whole: every part, or all but one part between the first and the last.
        # Its parts are names many people bear in other combinations ("Mohammed Abdel Rahman" begins
        # Yasser Arafat's full name and is the Qatari prime minister's given and father's names; "al-Qudwa
        # al-Husseini" is a family), so a shorter form answers only as another of the entity's names.
        part_of_a_chain = kind == "person" and not facts.nearly_whole(name_used)
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
        # A Hebrew prefix taken off a word that leaves three letters leaves, as often as not, another word
        # of the language: מכאן and לכאן are "from here" and "to here", not KAN (כאן, "here"); מפתח (a key),
        # הפתח (the opening), בפתח (at the door) are not Fatah, העזה (daring) not Gaza, הקטר (the
        # locomotive) not Qatar. Listed; in, to, from (ב, ל, מ) before a place's whole name answer, as
        # Hebrew writes places every day (בעזה, לקטר), and so does any prefix before an acronym typed
        # with its gershayim (בצה"ל, in the IDF; לפת"ח, to Fatah). Beside other words of the name, the
        # rest says which it is ("לאבו עובידה", to Abu Ubaida).
        prefix_on_short_word = len(matched) == 1 and any(
            matches[i][name[j]].level == "prefix" and not words[i].acronym
            and _hebrew_stem(words[i].text) == self._words[name[j]]
            and len(self._words[name[j]]) < SURE_HEBREW_STEM
            and not (kind == "place" and words[i].text[0] in _LOCATIVE and rest_whole) for i, j in matched)
        # An Arabic given or family name of three or four letters is often another name with a
        # proclitic's letter before it (كريم is ك + ريم, كامل ك + امل, بسام ب + سام, وهبة و + هبة), so a
        # person's word that short, found after a proclitic, is listed; a longer one answers (لنتنياهو).
        proclitic_on_short_name = kind == "person" and any(
            matches[i][name[j]].level == "proclitic" and len(self._words[name[j]]) < SURE_PROCLITIC_STEM
            for i, j in matched)
        # Nor in another order of its own words in its own language: "جهاز الأمن العام" (the General
        # Security Service: Lebanon's and Jordan's too) is not the Shin Bet's "الجهاز العام للأمن". A
        # word of another language's between them may be (Agencia Central de Inteligencia).
        generic_reordered = facts.rest_generic and len(matched) > 1 and (
            [query_used[i] for i in sorted(query_used)] != sorted(query_used.values())
            and all(m.level in {"same", "proclitic", "prefix"} for m in levels))
        matched_parts = [j for j in name_used if j in distinctive]  # a type word typed too is more (حزب الله)
        # Beside words of another of the organisation's own names, a common name is that organisation's.
        only_common_name = (bool(common) and bool(matched_parts) and all(j in common for j in matched_parts)
                            and not own_words_beside)
        # A Hebrew family name with Ben (Ben-Yishai: son of Yishai) is the whole of it: the name after
        # Ben, alone, is a given name or another family's (Eli Yishai, the Shas leader). Listed.
        ben_left_out = kind == "person" and bool(matched_parts) and all(
            j > 0 and self._words[name[j - 1]] in AMBIGUOUS_FILIATION and j - 1 not in name_used for j in matched_parts)
        if (only_given_name or unsure_word or too_little_of_a_name or no_name_part or lookalike or only_near
                or reordered or kunya_without_abu or common_rest or only_common_name or article_on_person
                or prefix_on_short_word
                or proclitic_on_short_name or part_of_a_chain or ben_left_out
                or middle_alone or bin_left_out or father_skipped or womans_name or generic_reordered
                or _unsure_typo(levels, name_coverage)
                or self._other_given_or_family_name(words, matches, matched, name, distinctive, kind)):
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
        chain = _chain([self._words[w] for w in name], distinctive) if kind == "person" else ()
        facts = _RowFacts(
            name, kind, distinctive, frozenset(distinctive), types, rest,
            rest_is_a_name=not types or any(self._words[name[j]] not in DEMONYMS for j in rest),
            common_rest=bool(types) and len(rest) == 1 and name[rest[0]] in self._common,
            rest_generic=kind == "organization" and all(_generic(self._words[name[j]]) for j in rest),
            fathers=frozenset(fathers),
            filiation=frozenset(particles) if kind == "person" else frozenset(),
            chain=chain if len(chain) >= CHAIN_PARTS else ())
        if len(self._row_facts) >= ROW_FACTS_KEPT:
            self._row_facts.clear()
        self._row_facts[row] = facts
        return facts

    def _other_given_or_family_name(self, words: list[_QueryWord], matches: list[dict[int, _Match]],
                                    matched: list[tuple[int, int]], name: Sequence[int], distinctive: list[int],
                                    kind: str) -> bool:
        """Whether a person's given or family name of under SURE_TYPO_LENGTH letters is matched by a typo
        that changes its consonants and is no swap: one edit from such a name is another real name four
        times in ten or more (`bench/typo_neighbours.py`), and given and family names are who someone
        is: "David Barnes" is not David Barnea, "Saleh al-Amouri" not Saleh al-Arouri, "Walid Mashal"
        not Khaled Mashal (al-Walid is his son: Abu al-Walid, father of Walid). Listed. A swap or a change
        of vowels or of letters for one sound stays a typo ("Yasser Arafta", "Michael Walts"), and so do a
        given name's letters swapped ("Kahled"), Spanish j for kh (Jalil) and Hungarian sz for s (Iszmáil)."""
        if kind != "person" or len(distinctive) < 2:
            return False
        own = (distinctive[0], distinctive[-1])
        return any(j in own and matches[i][name[j]].level == "typo" and not matches[i][name[j]].swapped
                   and not (words[i].text[:1] == "j" and self._words[name[j]][:1] in {"k", "h"})  # Spanish Jalil
                   and words[i].text.replace("sz", "s") != self._words[name[j]]  # Hungarian sz: Iszmáil
                   and (j == distinctive[-1] or sorted(words[i].text) != sorted(self._words[name[j]]))  # Kahled
                   and len(self._words[name[j]]) < SURE_TYPO_LENGTH and words[i].text.isascii()
                   and words[i].script_skeleton != self._forms[name[j]][2] for i, j in matched)

    def _persons_title_and_name(self, name: Sequence[int], words: list[_QueryWord], query_used: dict[int, int]) -> bool:
        """Whether the query's words that an organisation's name holds are only a person's title and his
        names: a title before a family name points at the person, so "ehemaliger US-Präsident Trump"
        is not the body named after him ("Regierung von US-Präsident Donald Trump", the Trump
        administration), which its own words name ("Trump administration", "Regierung Trump")."""
        families = [name[j] for j in query_used.values() if name[j] in self._given_before]
        if not families:
            return False
        given = frozenset().union(*(self._given_before[w] for w in families))
        titled = False
        for i, j in query_used.items():
            if name[j] in self._given_before or name[j] in given:
                continue
            if words[i].text not in DESCRIPTOR_WORDS:
                return False
            titled = True
        return titled

    def _given_name_before(self, i: int, words: list[_QueryWord], name: Sequence[int], query_used: dict[int, int],
                           matches: list[dict[int, _Match]], kind: str, row: int) -> bool:
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
                      and bool(_demonym(words[k].text))):
                return False
        return True

    def _sponsor(self, i: int, words: list[_QueryWord]) -> bool:
        """Whether query word i says who backs the body, not which body it is: a country's name or demonym
        with "backed" after it or "pro" before it, "backed by" and the country, or those words themselves
        beside one ("Iran-backed Hezbollah", "pro-Iranian Hezbollah", "Hezbollah, backed by Iran")."""
        def country(k: int) -> bool:
            return 0 <= k < len(words) and bool(_demonym(words[k].text) or words[k].text in self._country_words)

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

    def _word_of_own_names(self, found: dict[int, _Match], row: int) -> bool:
        """Whether a query word is, as typed or in another language's spelling, a word of another of the
        entity's own names: an official long name is often one name with words of another ("İsrail Dış
        İstihbarat Servisi Mossad", the Mossad's "İsrail İstihbarat Servisi" with dış, foreign, of its
        "İsrail dış istihbarat teşkilatı"; "هيئة البث العام الإسرائيلي"). Only the entity's own words,
        so a place, a demonym or a body its names do not hold stays another entity's ("Egyptian Islamic
        Jihad", "Hamas Shura Council")."""
        entity_id = self._row_entity[row]
        return any(match.level in _AS_TYPED and any(self._row_entity[r] == entity_id for r in self._postings[word_id])
                   for word_id, match in found.items())

    def _place_of_own_names(self, found: dict[int, _Match], row: int) -> bool:
        """Whether a query word is, as typed, a one-word name of a place that the organisation's own names
        name in another spelling: Turkish Gazze, Arabic لغزة, beside the whole name of a force whose names say
        Gaza. Never a place its names do not name ("the Egyptian Board of Peace")."""
        places = self._entity_places.get(self._row_entity[row])
        return bool(places) and any(match.level in _AS_TYPED and self._place_of.get(word_id) in places
                                    for word_id, match in found.items())

    def _own_type(self, word: str, position: int, kind: str, row: int, leading: bool = False) -> bool:
        """A type word the entity's own names use (Hamas: Islamic Resistance Movement), or a state's
        leading one: a type word of something else ("Hamas TV", "Palestine Liberation Front") is
        another entity."""
        if kind == "place":
            # A state's leading type word ("Republic of Turkey"), or the kind of place its own names
            # say it is ("ville de Rafah": Rafah's names say مدينة, city).
            return _is_type_word(word, position, kind) or (
                TYPE_KINDS.get(word) in PLACE_KINDS and TYPE_KINDS[word] in self._entity_types.get(self._row_entity[row], ()))
        # Also a nationality the entity's own names give it: "المخابرات التركية" is the MIT's, so "جهاز
        # المخابرات العامة التركية" may add it; "Egyptian Islamic Jihad" is not Islamic Jihad, whose
        # names say Palestinian.
        # Or the country's name, as an organisation's own names give it ("de Turquía": the MIT's names say
        # Turkish), never as a word of its name: a country's name is no demonym (`words._compare`).
        kind_said = TYPE_KINDS.get(word) or _demonym(word) or self._country_words.get(word)
        own = self._entity_types.get(self._row_entity[row], ())
        # Any body of people is a group ("Hamas group", "the militant group Hamas"), and an organisation
        # before its name ("terör örgütü Hamas"); an outlet is neither. After a name, Organization is
        # often another body's name: the Islamic Jihad Organization is Hezbollah's, not Islamic Jihad.
        generic = kind_said == "group" or kind_said == "organisation" and leading
        return bool(kind_said) and (kind_said in own or generic and not BODY_KINDS.isdisjoint(own))


# The levels at which a word is the name's word as it is: the same, another language's spelling or
# kind of word, with a prefix, a proclitic or a case ending; not a typo, a vowel apart or a look-alike.
_AS_TYPED = frozenset({"same", "convention", "prefix", "proclitic", "genitive", "turkish case"})
# Hebrew's one-letter prepositions of place: in, to, from.
_LOCATIVE = frozenset("\u05d1\u05dc\u05de")


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
                           matches: list[dict[int, _Match]], query_length: int) -> bool:
    """Whether every Turkish case ending read without an apostrophe (`words._turkish_case_matches`)
    is on the last word of an organisation's name of two words or more, every word of the name and of
    the query paired, the others the same or another spelling of the name's word. True if none is read."""
    cased = [j for i, j in query_used.items() if matches[i][name[j]].level == "turkish case"]
    if not cased:
        return True
    return (kind == "organization" and len(name) >= 2 and cased == [len(name) - 1]
            and len(name_used) == len(name) and len(query_used) == query_length
            and all(matches[i][name[j]].level in {"same", "convention"} for i, j in query_used.items() if j != cased[0]))


def _vowel_genitive(word: str, name: str) -> bool:
    """Whether the word is a name ending in a, o or u with -s after it (Netanjahus of Netanjahu)."""
    return word.isascii() and word[-1:] == "s" and word[-2:-1] in {"a", "o", "u"} and name[-1:] in {"a", "o", "u"}


def _generic(word: str) -> bool:
    """Whether a name's word is generic (`GENERIC_WORDS`), also after an Arabic proclitic (للأمن, for security)."""
    return word in GENERIC_WORDS or any(stem in GENERIC_WORDS for stem in normalise.arabic_proclitic_stems(word))


def _with_feminine_ending(word: str, name: str) -> bool:
    """Whether the word, a vowel variant of the name, which ends in a consonant, ends in -a after a
    consonant where the name ends (Khalida for Khaled; Latin or Cyrillic)."""
    return (len(word) >= 3 and word[-1] in "aа" and word[-2] not in _VOWEL_LETTERS and name[-1:] not in _VOWEL_LETTERS
            and normalise.skeleton(word) == normalise.skeleton(name))


_VOWEL_LETTERS = "aeiouyаеиоуыэюяё"


def _former_holder(words: Sequence[_QueryWord]) -> bool:
    """Whether the query is "former" and one word, as `normalise.tokens` leaves "former President Trump",
    "eski Cumhurbaşkanı Herzog", "الرئيس السابق ترامب": a family name whose bearer held an office, the
    one who holds it now or one before him (Chaim Herzog, Isaac's father, was president too). Offered
    first among the nearest names, above an organisation named after the office and the name (the
    Trump administration, "Regierung von Präsident Donald Trump"), and never listed or answered."""
    return len(words) == 2 and words[0].text in FORMER_WORDS


def _unsure_typo(levels: list[_Match], name_coverage: float) -> bool:
    """Whether one word alone is read as a typo of only part of a name: one word with a typo is
    answered only when it is a whole name of the entity, or two of its letters are swapped (as good
    as the word itself, which may answer alone: "Netnayahu" is Netanyahu; "Netanyahou" too)."""
    return len(levels) == 1 and levels[0].level == "typo" and not levels[0].swapped and name_coverage < 1

"""The reasons that hold a name's score below an answer, so that the bot lists instead of answering.

Scoring (`scoring.Scoring._score_row`) pairs the query's words with one name's (`Pairing`) and scores
how well they cover each other; a score that would answer is then held at ANSWER - 1 if any check
here says a confident answer would be unsafe (`Holds._held`). Each check is one method that says what
it decides and why, in one of three lists: `EVERY_NAME` (any kind of name), `PERSON` (people's names)
and `BODY` (organisations' and places' names). A new rule is a new method, added to its list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from knowledge.names import normalise
from knowledge.names.matching.lexicon import AMBIGUOUS_FILIATION, KUNYA_WORDS, hebrew_stem
from knowledge.names.matching.tables import IndexTables
from knowledge.names.matching.thresholds import (CONSONANT_GENITIVE_STEM, LONG_NAME_WORDS, SURE_HEBREW_STEM,
                                                 SURE_PROCLITIC_STEM, SURE_TYPO_LENGTH, VOWELS)
from knowledge.names.matching.words import WordMatch, QueryWord

if TYPE_CHECKING:
    from knowledge.names.matching.scoring import RowFacts


@dataclass(slots=True)
class Pairing:
    """One name's words paired one to one with a query's (`Scoring._paired`), and what the score and
    the checks read of the pairs."""

    row: int
    facts: RowFacts
    words: list[QueryWord]
    matches: list[dict[int, WordMatch]]  # each query word's matches, an initial read for a given name included
    query_used: dict[int, int]  # query position → name position
    name_used: dict[int, int]  # name position → query position
    matched: list[tuple[int, int]]  # the pairs as (query position, name position), in the order they paired
    rest_whole: bool  # every word of the name's rest (`RowFacts.rest`) paired, and the rest is a name
    counted: list[int]  # the name's positions that must be typed, for the name's coverage
    former: bool  # "former President Trump" (`scoring._former_holder`)
    # Known once the query's words are weighed (`weighed`), for the checks:
    name_coverage: float = 0.0  # the share of `counted` paired
    own_words_beside: bool = False  # a word of another of the entity's own names beside the name
    levels: Sequence[WordMatch] = ()  # each pair's match, in `matched`'s order
    # The paired positions of the name's words that say who it is: not particles, not type words.
    matched_distinctive: Sequence[int] = ()
    # The paired positions of the name's words that are not particles (a type word typed too counts: حزب الله).
    matched_parts: Sequence[int] = ()

    def weighed(self, name_coverage: float, own_words_beside: bool) -> Pairing:
        """The pairing with what the checks read of it, once the score has the query's weight: made
        only for a score that would answer, the few a query has (`Holds._held`)."""
        name, distinctive, types = self.facts.name, self.facts.distinctive, self.facts.types
        self.name_coverage, self.own_words_beside = name_coverage, own_words_beside
        self.levels = [self.matches[i][name[j]] for i, j in self.matched]
        self.matched_distinctive = [j for j in self.name_used if j in distinctive and j not in types]
        self.matched_parts = [j for j in self.name_used if j in distinctive]
        return self


# The Arabic kunya's "father of" (أبو, and أبي, its genitive) and "mother of" (أم), as `normalise` folds them.
ARABIC_KUNYAS = frozenset({"\u0627\u0628\u0648", "\u0627\u0628\u064a", "\u0627\u0645"})


class Holds(IndexTables):
    """The checks, each `(self, pairing) -> bool`: True holds the score below an answer."""

    def _held(self, p: Pairing) -> bool:
        """Whether any check of every name, or of the name's kind, makes a confident answer unsafe."""
        for check in EVERY_NAME:
            if check(self, p):
                return True
        for check in PERSON if p.facts.kind == "person" else BODY:
            if check(self, p):
                return True
        return False

    # Every name

    def _no_name_part(self, p: Pairing) -> bool:
        """Whether the query pairs none of the name's own words (only particles or type words) and not
        its rest whole: "al", "Movement" say no one."""
        return not p.matched_distinctive and not p.rest_whole

    def _typo_of_a_short_word(self, p: Pairing) -> bool:
        """Whether the query is one word with a typo, shorter than SURE_TYPO_LENGTH: one word alone is
        answered on a typo only if it is long; otherwise the bot asks ("did you mean Egypt?")."""
        return len(p.words) == 1 and p.levels[0].level == "typo" and len(p.words[0].text) < SURE_TYPO_LENGTH

    def _vowels_of_a_lone_word(self, p: Pairing) -> bool:
        """Whether the query's one word of its own is a vowel apart from the name's and of another length:
        one word alone is answered on a vowel difference only if the lengths are equal (Haniye, Haniya).
        Particles count for nothing here: "Abu al-Abed" (Abed, Abd: Haniyeh's kunya) has one word of its
        own, a vowel apart from Abu Ubaida's, and is held to the rule for one word."""
        own = [i for i, word in enumerate(p.words) if word.text not in normalise.PARTICLES]
        if len(own) != 1 or own[0] not in p.query_used:
            return False
        sole = p.matches[own[0]][p.facts.name[p.query_used[own[0]]]]
        return sole.level == "vowels" and not sole.same_length

    def _lookalike(self, p: Pairing) -> bool:
        """Whether a word is only a look-alike of the name's, or a word of three or four letters one edit
        from it (Kiryat Gta), but in a long name that says which word it is (`_long_name_typo`)."""
        return (any(m.level == "lookalike" for m in p.levels)
                or any(m.level == "short typo" for m in p.levels) and not self._long_name_typo(p))

    def _long_name_typo(self, p: Pairing) -> bool:
        """Whether the name is a long organisation's or place's name (LONG_NAME_WORDS or more) typed whole,
        nothing else, every word as it is but one of three or four letters one edit off: the rest says
        which name it is: "عثة الولايات المتحدة إلى الأمم المتحدة" is the US mission's بعثة (mission) with
        its first letter dropped."""
        name = p.facts.name
        return (p.facts.kind != "person" and len(name) >= LONG_NAME_WORDS and len(p.name_used) == len(name)
                and len(p.query_used) == len(p.words) and sum(m.level == "short typo" for m in p.levels) == 1
                and all(m.level in AS_TYPED | {"short typo"} for m in p.levels))

    def _only_near(self, p: Pairing) -> bool:
        """Whether two words are both near misses, one a typo: a typo is trusted beside a word that is the
        name's own, not beside one other near miss ("Mustafa Kenar" is not Mostafa Qenei: a vowel and a
        letter apart). Three near words agree."""
        return (len(p.levels) == 2 and any(m.level == "typo" for m in p.levels)
                and not any(m.level in {"same", "convention", "prefix", "proclitic", "skeleton"} for m in p.levels))

    def _only_common_name(self, p: Pairing) -> bool:
        """Whether the query holds only words of the name that the desk lists as saying too little alone
        (common-names.toml: a ruling family, a clan, a common surname, a name that is also a word): it
        answers only beside another word of the name ("Al Thani" lists the Qatari prime minister,
        "Mohammed Al Thani" answers him), or beside words of another of the organisation's own names."""
        common = self._common_name_parts.get(p.row)
        return (bool(common) and bool(p.matched_parts) and all(j in common for j in p.matched_parts)
                and not p.own_words_beside)

    def _hebrew_prefix_on_short_word(self, p: Pairing) -> bool:
        """Whether the query is one word that is the name's after a Hebrew prefix, with under
        SURE_HEBREW_STEM letters left: that leaves, as often as not, another word of the language: מכאן
        and לכאן are "from here" and "to here", not KAN (כאן, "here"); מפתח (a key), הפתח (the opening),
        בפתח (at the door) are not Fatah, העזה (daring) not Gaza, הקטר (the locomotive) not Qatar. In, to,
        from (ב, ל, מ) before a place's whole name answer, as Hebrew writes places every day (בעזה, לקטר),
        and so does any prefix before an acronym typed with its gershayim (בצה"ל, in the IDF; לפת"ח, to
        Fatah). Beside other words of the name, the rest says which it is ("לאבו עובידה", to Abu Ubaida)."""
        name = p.facts.name
        return len(p.matched) == 1 and any(
            p.matches[i][name[j]].level == "prefix" and not p.words[i].acronym
            and hebrew_stem(p.words[i].text) == self._words[name[j]]
            and len(self._words[name[j]]) < SURE_HEBREW_STEM
            and not (p.facts.kind == "place" and p.words[i].text[0] in _LOCATIVE and p.rest_whole)
            for i, j in p.matched)

    def _typo_of_part_of_a_name(self, p: Pairing) -> bool:
        """Whether one word alone is read as a typo of only part of a name: one word with a typo is
        answered only when it is a whole name of the entity, or two of its letters are swapped (as good
        as the word itself, which may answer alone: "Netnayahu" is Netanyahu; "Netanyahou" too)."""
        levels = p.levels
        return len(levels) == 1 and levels[0].level == "typo" and not levels[0].swapped and p.name_coverage < 1

    def _letters_glued_on(self, p: Pairing) -> bool:
        """Whether the query's one word is read as a typo of a name's word that it holds whole, with two
        letters or more glued on before or after it: "Bloomberght" is Bloomberg HT typed as one word
        (another channel, Turkey's), not Bloomberg with a typo. A name's word with something joined to
        it is another word as often as not (a compound, a second name run on), and a typist adds one
        letter, not two at one end. An ending the languages give a name (Turkish cases, a German
        genitive) is read as such elsewhere, never as a typo."""
        if len(p.levels) != 1 or p.levels[0].level != "typo" or len(p.words) != 1:
            return False
        (i, j), = p.matched
        typed, name = p.words[i].text, self._words[p.facts.name[j]]
        return len(typed) - len(name) >= 2 and (typed.startswith(name) or typed.endswith(name))

    # People

    def _only_given_name(self, p: Pairing) -> bool:
        """Whether the query names only the person's given name, of a name with more: many bear it."""
        distinctive = p.facts.distinctive
        return len(distinctive) > 1 and p.matched_distinctive == [distinctive[0]]

    def _fathers_name_without_given_name(self, p: Pairing) -> bool:
        """Whether the query holds a part after bin/bint (the father's name) without the person's own
        given name: it may name the father ("Abd al-Rahman Al Thani" is not Mohammed bin Abdulrahman Al
        Thani), and alone it is never a family name. So is a part after ben where the person's names
        show that ben is filiation ("Cheikh Mohammed ben Abdulrahman"), not a Hebrew surname's (Ben-Yishai)."""
        return p.facts.distinctive[0] not in p.name_used and not p.facts.fathers.isdisjoint(p.name_used)

    def _bin_left_out(self, p: Pairing) -> bool:
        """Whether the given and father's names are typed without the bin between them, and without the
        family name: they read as a given name and a family name: "Mohammed Abdel Rahman" is many people's
        full name, not only Mohammed bin Abdulrahman (Al Thani)'s. With bin, or Al Thani, answered."""
        facts = p.facts
        return (bool(facts.filiation) and facts.filiation.isdisjoint(p.name_used)
                and all(j == facts.distinctive[0] or j in facts.fathers for j in p.name_used if j in facts.distinctive))

    def _father_skipped(self, p: Pairing) -> bool:
        """Whether the part after the query's first bin is not the name's father's: "bin X" says X is the
        father, so "Mohammed bin Jassim Al Thani" (son of Jassim) is not Mohammed bin Abdulrahman bin
        Jassim Al Thani with his father left out."""
        if not p.facts.filiation:
            return False
        for i in range(len(p.words) - 1):
            if p.words[i].text in normalise.FILIATION | AMBIGUOUS_FILIATION and i + 1 in p.query_used:
                return p.query_used[i + 1] != min(p.facts.filiation) + 1
        return False

    def _reordered(self, p: Pairing) -> bool:
        """Whether the matched parts are out of the name's order: a person's given and father's names are
        not interchangeable: "Cem Ahmet Kurt" is not Ahmet Cem Kurt, nor "Hassan Majid Mansour" (Hassan
        son of Majid) Majid Hassan Mansour. List order (the family name first: HANIYEH, Ismail) is the
        name's. A name that ends with the father's name (Sheikh Mohammed bin Abdulrahman) has no family
        name to put first: "Abdulrahman bin Mohammed" is his father's name first, another man."""
        distinctive = p.facts.distinctive
        sequence = [p.query_used[i] for i in sorted(p.query_used) if p.query_used[i] in distinctive]
        if sequence and sequence[0] == distinctive[-1] and distinctive[-1] not in p.facts.fathers:
            sequence = sequence[1:]
        return sequence != sorted(sequence)

    def _particle_apart(self, p: Pairing) -> bool:
        """Whether a particle of the name (Abu, Umm, bin, Ben) pairs with the query's but the word after
        it does not pair with the word after the name's: the particle binds the word after it, so "Mustafa
        Abu Ibrahim" (Mustafa, father of Ibrahim) is not Ibraheem Abu Mustafa, whose family name is Abu
        Mustafa. List order keeps the particle with its word ("Abu Mustafa, Ibraheem") or puts it last,
        as sanctions lists do ("MARZUK, Musa Abu")."""
        name = p.facts.name
        return any(self._words[name[j]] in normalise.PARTICLES and j + 1 < len(name) and i + 1 < len(p.words)
                   and p.query_used.get(i + 1) != j + 1 for i, j in p.matched)

    def _family_name_as_fathers(self, p: Pairing) -> bool:
        """Whether the query puts bin (son of) before the word that is the person's family name, where his
        name has none before it: "Khaled bin Mashal" is Khaled son of Mashal, not Khaled Mashal, whose
        father was Abd al-Rahim. A family name with bin in it (bin Laden) has the bin in the name too."""
        name, last = p.facts.name, p.facts.distinctive[-1]
        return (len(p.facts.distinctive) >= 2 and last in p.name_used and p.name_used[last] > 0
                and p.words[p.name_used[last] - 1].text in normalise.FILIATION | AMBIGUOUS_FILIATION
                and (p.name_used[last] - 1 not in p.query_used))

    def _middle_alone(self, p: Pairing) -> bool:
        """Whether the query holds only middle parts: a second given name or a father's name, borne by
        many: "Tayyip" is not only Recep Tayyip Erdogan, "Рахман" not the Qatari prime minister."""
        distinctive = p.facts.distinctive
        return (len(distinctive) >= 3 and bool(p.matched_distinctive)
                and all(distinctive[0] < j < distinctive[-1] for j in p.matched_distinctive))

    def _part_of_a_chain(self, p: Pairing) -> bool:
        """Whether a long full name (CHAIN_PARTS parts or more: given, father's, grandfather's and family
        names) is typed less than (nearly) whole: every part, or all but one part between the first and
        the last. Its parts are names many people bear in other combinations ("Mohammed Abdel Rahman"
        begins Yasser Arafat's full name and is the Qatari prime minister's given and father's names;
        "al-Qudwa al-Husseini" is a family), so a shorter form answers only as another of his names."""
        return not p.facts.nearly_whole(p.name_used)

    def _kunya_without_abu(self, p: Pairing) -> bool:
        """Whether a kunya ("Abu Mazen": father of Mazen) is typed without its Abu or Umm: that is a given
        name, and a common one: "Mazen" is not Mahmoud Abbas, "Ammar" not Yasser Arafat. So is a family
        name that is a kunya become the family's (Abu Mustafa, Abu Marzouk): Abu and the name are the
        whole of it, and the name after it, typed after a given name, is a father's: "Ibrahim Mustafa"
        (إبراهيم مصطفى) is Ibrahim son of Mustafa, not the photographer Ibraheem Abu Mustafa."""
        name = p.facts.name
        if len(name) >= 2 and self._words[name[0]] in KUNYA_WORDS and 0 not in p.name_used:
            return True
        # The word after a family name's Abu beside his given name; alone it is still his family name
        # typed short, as outlets do (Marzouk).
        return any(self._words[name[k]] in KUNYA_WORDS and k not in p.name_used and k + 1 in p.name_used
                   and any(j < k for j in p.name_used) for k in range(1, len(name) - 1))

    def _ben_left_out(self, p: Pairing) -> bool:
        """Whether a Hebrew family name with Ben (Ben-Yishai: son of Yishai) is typed without its Ben: Ben
        and the name are the whole of it; the name after Ben, alone, is a given name or another family's
        (Eli Yishai, the Shas leader)."""
        name = p.facts.name
        return bool(p.matched_parts) and all(
            j > 0 and self._words[name[j - 1]] in AMBIGUOUS_FILIATION and j - 1 not in p.name_used
            for j in p.matched_parts)

    def _genitive_of_person(self, p: Pairing) -> bool:
        """Whether a word is the name's with -s or -es: another name (Carlos, Roberts, Williams) or the
        person's genitive or plural ("Trumps"): close enough to list, never to answer
        (`words._genitive_matches`). But for a family name ending in a, o or u: German, Dutch and
        Scandinavian copy write its genitive so (Netanjahus, Barneas), and an English family name of a
        given name and -s comes after a consonant or e (Roberts, Williams, Jones, Hughes)."""
        name, distinctive = p.facts.name, p.facts.distinctive
        return any(p.matches[i][name[j]].level == "genitive" and not (
            j == distinctive[-1] and len(distinctive) >= 2 and (
                _vowel_genitive(p.words[i].text, self._words[name[j]])
                or len(p.matched_distinctive) >= 2 and self._consonant_genitive(p.words[i].text, name[j])))
            for i, j in p.matched)

    def _consonant_genitive(self, word: str, own: int) -> bool:
        """Whether the word is a family name of CONSONANT_GENITIVE_STEM letters or more ending in a
        consonant, with the German genitive -s after it ("Jassir Arafats", typed after another word of
        his name: alone, "Arafats" may be the family), and the name opens no one's
        name in the store: an English family name made of a given name and -s (Roberts, Edwards,
        Richards) is one family name in a hundred of six letters or more (`bench/typo_neighbours.py`'s
        lists), and the given name is who it is made of."""
        name = self._words[own]
        return (word.isascii() and word == name + "s" and len(name) >= CONSONANT_GENITIVE_STEM
                and name[-1] not in _VOWEL_LETTERS + "sxz"
                and not any(self._row_words[row][0] == own and len(self._row_words[row]) > 1
                            and self._kinds[self._row_entity[row]] == "person" for row in self._postings[own]))

    def _womans_name(self, p: Pairing) -> bool:
        """Whether the given name is the person's with a feminine ending, a woman's name (Mahmuda,
        Khalida, Jamila), not a spelling of his. Arabic writes it with ta marbuta (محمودة), Hebrew with a
        final he (מחמודה), Latin and Cyrillic script with -a or -ah (Mahmouda, Khalila; Халила). In Latin
        and Cyrillic script -a is also a Slavic case, which declines the family name too (Mahmuda Abbasa,
        Jasera Arafata; Polish declines a name in -a as well: Ismaila Haniji), so there it is a woman's
        name only beside a family name typed as no case writes it (`_undeclined`). Czech may leave a
        family name in -i or -u as it is ("Benjamina Netanjahu"), but Saliha is as often a woman's name
        ("Saliha al-Arouri"): listed."""
        name, distinctive = p.facts.name, p.facts.distinctive
        given = [(i, j) for i, j in p.matched if j == distinctive[0]]
        if len(distinctive) < 2 or not given:
            return False
        i, j = given[0]
        word, own, level = p.words[i].text, self._words[name[j]], p.matches[i][name[j]].level
        if level == "skeleton":
            # An Arabic or Hebrew word against a Latin name across scripts: the feminine letter after
            # the name's consonants, where the Latin name ends in a consonant (Mahmoud; not Osama or
            # Ubaida, whose ة writes their own -a, nor Haniyeh, which `parts` writes haniya).
            return word[-1:] in _FEMININE_LETTERS and own.isascii() and own[-1:] not in _VOWEL_LETTERS
        if level not in {"vowels", "typo"}:
            return False  # the name's own word, or a spelling of it (Osama, أسامة; Hamza, حمزة)
        if not word.isascii() and word[:-1] == own and word[-1:] in _FEMININE_LETTERS:
            return True  # محمودة (which `normalise` writes محموده) for محمود, מחמודה for מחמוד
        return _with_feminine_ending(word, own) and any(
            k == distinctive[-1] and _undeclined(p.words[m].text, self._words[name[k]]) for m, k in p.matched)

    def _hebrew_article_on_person(self, p: Pairing) -> bool:
        """Whether a word is the person's name after Hebrew's article ה: Hebrew puts it on words and
        organisations' names (המוסד), never on a person's name: החיה is "the animal", not al-Hayya (אל-חיה)."""
        name = p.facts.name
        return any(p.matches[i][name[j]].level == "prefix" and p.words[i].text[0] == "\u05d4"
                   and hebrew_stem(p.words[i].text) == self._words[name[j]] for i, j in p.matched)

    def _proclitic_on_short_name(self, p: Pairing) -> bool:
        """Whether a word is the person's name of under SURE_PROCLITIC_STEM letters after an Arabic
        proclitic: a name that short is often another name with a proclitic's letter before it (كريم is
        ك + ريم, كامل ك + امل, بسام ب + سام, وهبة و + هبة); a longer one answers (لنتنياهو). Not a kunya's
        أبو, أبي (its genitive, after a preposition) or أم before the rest of the name, typed too
        ("لأبي عبيدة", for Abu Ubaida): "father of" is a word, no short name, and the name follows it."""
        name = p.facts.name
        return any(p.matches[i][name[j]].level == "proclitic" and len(self._words[name[j]]) < SURE_PROCLITIC_STEM
                   and not (self._words[name[j]] in ARABIC_KUNYAS and j + 1 < len(name) and j + 1 in p.name_used)
                   for i, j in p.matched)

    def _other_given_or_family_name(self, p: Pairing) -> bool:
        """Whether a person's given or family name of under SURE_TYPO_LENGTH letters is matched by a typo
        that changes its consonants and is no swap: one edit from such a name is another real name four
        times in ten or more (`bench/typo_neighbours.py`), and given and family names are who someone
        is: "David Barnes" is not David Barnea, "Saleh al-Amouri" not Saleh al-Arouri, "Walid Mashal"
        not Khaled Mashal (al-Walid is his son: Abu al-Walid, father of Walid). A swap or a change of
        vowels or of letters for one sound stays a typo ("Yasser Arafta", "Michael Walts"), and so do a
        given name's letters swapped ("Kahled"), Spanish j for kh (Jalil) and Hungarian sz for s (Iszmáil)."""
        name, distinctive, words, matches = p.facts.name, p.facts.distinctive, p.words, p.matches
        if len(distinctive) < 2:
            return False
        own = (distinctive[0], distinctive[-1])
        return any(j in own and matches[i][name[j]].level == "typo" and not matches[i][name[j]].swapped
                   and not (words[i].text[:1] == "j" and self._words[name[j]][:1] in {"k", "h"})  # Spanish Jalil
                   and words[i].text.replace("sz", "s") != self._words[name[j]]  # Hungarian sz: Iszmáil
                   and (j == distinctive[-1] or sorted(words[i].text) != sorted(self._words[name[j]]))  # Kahled
                   and len(self._words[name[j]]) < SURE_TYPO_LENGTH and words[i].text.isascii()
                   and words[i].script_skeleton != self._forms[name[j]][2] for i, j in p.matched)

    # Organisations and places

    def _too_little_of_a_name(self, p: Pairing) -> bool:
        """Whether a word the name must have is left out: an organisation or place is answered only from
        one whole name of it (its own type words, particles and articles aside): "General Intelligence"
        is part of Egyptian General Intelligence and of any other country's, "Autoridad" part of many
        authorities' names."""
        return any(j not in p.name_used for j in p.counted)

    def _common_rest(self, p: Pairing) -> bool:
        """Whether the entry's type word is left out and the rest is one word other entities' names have
        too: the rest answers only if it is a name, not a common word. Two distinctive words or more are
        one ("Islamic Jihad" of its movement); one word only if no other entity's name has it: حزب الله
        without حزب is "God", also in رام الله."""
        return p.facts.common_rest and p.facts.types.isdisjoint(p.name_used)

    def _vowels_added(self, p: Pairing) -> bool:
        """Whether a word is the name's with two vowels or more added or dropped: an organisation's or
        place's words are often a language's own words, where that makes another word: "Israeli Secret
        Service" is not the Israel Security Agency (secret and security share s, c, r, t); one is a
        spelling or an ending (Israeli, Gazze)."""
        name = p.facts.name
        return any(p.matches[i][name[j]].level == "vowels" and abs(len(p.words[i].text) - len(self._words[name[j]])) > 1
                   for i, j in p.query_used.items())

    def _two_consonant_vowel_word(self, p: Pairing) -> bool:
        """Whether a word of the name is matched only as a vowel variant of two consonants (SHORT_VOWELS):
        an organisation's or place's words are often a language's own words, and short ones of two
        consonants meet across languages: Malay kota (city) has the consonants of qiṭāʿ (قطاع, strip, which
        `normalise` writes kita), so a Malay name of Gaza City ("Kota Ghazza") scored the Gaza Strip's
        Qiṭāʿ Ġazza 92. Two consonants are enough to list such a name, never to answer it (a name's
        spelling in another language, Turkish Gazze, answers as the desk's alias); a vowel variant of
        three consonants still answers (Rafeh, Rafah). People's names have their own checks (`words`)."""
        return any(m.level == "vowels" and m.score < VOWELS for m in p.levels)

    def _generic_reordered(self, p: Pairing) -> bool:
        """Whether a name of generic words only is typed in another order of its own words in its own
        language: "جهاز الأمن العام" (the General Security Service: Lebanon's and Jordan's too) is not the
        Shin Bet's "الجهاز العام للأمن". A word of another language's between them may be (Agencia Central
        de Inteligencia)."""
        return p.facts.rest_generic and len(p.matched) > 1 and (
            [p.query_used[i] for i in sorted(p.query_used)] != sorted(p.query_used.values())
            and all(m.level in {"same", "proclitic", "prefix"} for m in p.levels))


Check = Callable[[Holds, Pairing], bool]
EVERY_NAME: tuple[Check, ...] = (
    Holds._no_name_part, Holds._typo_of_a_short_word, Holds._vowels_of_a_lone_word, Holds._lookalike,
    Holds._only_near, Holds._only_common_name, Holds._hebrew_prefix_on_short_word, Holds._typo_of_part_of_a_name,
    Holds._letters_glued_on)
PERSON: tuple[Check, ...] = (
    Holds._only_given_name, Holds._fathers_name_without_given_name, Holds._bin_left_out, Holds._father_skipped,
    Holds._reordered, Holds._particle_apart, Holds._family_name_as_fathers, Holds._middle_alone,
    Holds._part_of_a_chain, Holds._kunya_without_abu, Holds._ben_left_out, Holds._genitive_of_person,
    Holds._womans_name, Holds._hebrew_article_on_person, Holds._proclitic_on_short_name,
    Holds._other_given_or_family_name)
BODY: tuple[Check, ...] = (
    Holds._too_little_of_a_name, Holds._common_rest, Holds._vowels_added, Holds._two_consonant_vowel_word,
    Holds._generic_reordered)

# The levels at which a word is the name's word as it is: the same, another language's spelling or
# kind of word, with a prefix, a proclitic or a case ending; not a typo, a vowel apart or a look-alike.
AS_TYPED = frozenset({"same", "convention", "prefix", "proclitic", "genitive", "turkish case"})
# Hebrew's one-letter prepositions of place: in, to, from.
_LOCATIVE = frozenset("\u05d1\u05dc\u05de")
_VOWEL_LETTERS = "aeiouyаеиоуыэюяё"
# The letters Arabic and Hebrew end a woman's name with: ta marbuta (as typed, and as `normalise` folds it,
# heh) and he.
_FEMININE_LETTERS = frozenset("\u0629\u0647\u05d4")


def _vowel_genitive(word: str, name: str) -> bool:
    """Whether the word is a name ending in a, o or u with -s after it (Netanjahus of Netanjahu)."""
    return word.isascii() and word[-1:] == "s" and word[-2:-1] in {"a", "o", "u"} and name[-1:] in {"a", "o", "u"}


def _with_feminine_ending(word: str, name: str) -> bool:
    """Whether the word, a vowel variant or a typo of the name, which ends in a consonant, ends in -a
    after a consonant where the name ends (Khalida for Khaled; Latin or Cyrillic: Халила for Халиль), or
    in Latin script in -e, as Turkish writes the Arabic feminine (Halide, Mahmude, Cemile)."""
    sounds = normalise.skeleton if word.isascii() else normalise.script_skeleton
    endings = "ae" if word.isascii() else "а"
    if word.isascii() and name[-1:] == "i" and word == name + "a":
        return True  # a name in -i with -a after it (Samia, Hania, Alia; Dimitria): no Slavic case writes so
    return (len(word) >= 3 and word[-1] in endings and word[-2] not in _VOWEL_LETTERS and name[-1:] not in _VOWEL_LETTERS
            and sounds(word) == sounds(name))


def _undeclined(word: str, name: str) -> bool:
    """Whether a family name is typed as no Slavic case writes it: ending in a consonant (Abbas, not the
    genitive Abbasa), in -a where the name ends in a vowel too (al-Hayya, аль-Хайя, which Polish and
    Russian decline: Hajji, Хайи), or in the name's own last vowel (al-Arouri, Netanjahu)."""
    return (word[-1:] not in _VOWEL_LETTERS or word[-1:] in "aая" and name[-1:] in _VOWEL_LETTERS
            or word[-1:] == name[-1:])

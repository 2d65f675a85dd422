"""How one query word matches the store's words: the same, another language's spelling, a
Hebrew prefix, a vowel difference, a typo, a German genitive, or a look-alike that is another name.

A query word is looked up, not compared with every word: its forms (as typed, folded, without a
glued article or a Hebrew prefix) and their one-letter deletions are keys of the index's SymSpell
table, and its consonant skeleton finds the vowel variants. Each word found is then compared
(`_compare`) and given a similarity and a level; the levels are what the safety rules in
`scoring.py` read ("typo", "lookalike" are never enough to answer alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from knowledge.names import normalise
from knowledge.names.matching.index import deletion_keys
from knowledge.names.matching.lexicon import (TURKISH_CASES, CASE_ENDINGS, CASE_VOWELS, GENERIC_WORDS,
                                              ORGANISATION_DESCRIPTORS, ORGANISATION_TYPES, OUTLET_STATUS_WORDS,
                                              SPY_WORDS, TYPE_KINDS, demonym_country, h_against_ayin, hebrew_stem,
                                              vowel_pattern, without_joined_article)
from knowledge.names.matching.tables import IndexTables
from knowledge.names.matching.thresholds import (CONVENTION, GENITIVE, LOOKALIKE, PREFIX, SAME, SHORT_VOWELS,
                                                 SURE_TYPO_LENGTH, SWAPPED, VOWELS)

# Hungarian case suffixes an organisation's or place's name takes (in, into, from, of, to, for), as `normalise`
# writes them (ö, ó as o); not those that assimilate to the name's last consonant (Izraellel, Hamasszal).
HUNGARIAN_CASES = ("ban", "ben", "ba", "be", "bol", "rol", "tol", "nak", "nek", "nal", "nel", "hoz", "hez", "ert")
# The endings German puts on an adjective (and on a noun in some cases) by case, gender, number and
# article: vereinigte, vereinigten, vereinigter, vereinigtes, vereinigtem. Longest first.
GERMAN_ENDINGS = ("em", "en", "er", "es", "e")

# What a word of the lexicons says, where it is one: the kind a type word says, secret or spy as an
# intelligence word, a generic adjective (national, security), a stance, an outlet's status. Two such
# words that say different things are two words of a language, never one name's spellings, however
# close their letters: secreto (secret) has the consonants of security, and "servicio secreto israelí"
# scored the Shin Bet (Israel Security Agency) 91.
_SENSES: dict[str, set[str]] = {}
for _sense, _words in (("spy", SPY_WORDS), ("stance", ORGANISATION_DESCRIPTORS), ("status", OUTLET_STATUS_WORDS),
                       ("generic", GENERIC_WORDS - ORGANISATION_TYPES - ORGANISATION_DESCRIPTORS - OUTLET_STATUS_WORDS)):
    for _word in _words:
        _SENSES.setdefault(_word, set()).add(_sense)
for _word, _kind in TYPE_KINDS.items():
    _SENSES.setdefault(_word, set()).add("type " + _kind)
SENSES = {word: frozenset(senses) for word, senses in _SENSES.items()}


# Hungarian writes s as sz, ch as cs, j as dzs and zh as zs (Hamász, Iszmáil, Dzsihád), where Polish sz is
# sh and the fold reads it so (Maszal): a word with one of them is also read the Hungarian way.
_HUNGARIAN = (("dzs", "j"), ("sz", "s"), ("cs", "ch"), ("zs", "zh"))


def hungarian_reading(word: str) -> str | None:
    """The word's folded form read as Hungarian spells (`_HUNGARIAN`), if that differs from `folded`."""
    if not (word.isascii() and word.isalpha()) or not any(written in word for written, _ in _HUNGARIAN):
        return None
    for written, sound in _HUNGARIAN:
        word = word.replace(written, sound)
    return normalise.folded(word)


def senses_apart(a: str, b: str) -> bool:
    """Whether two words are both words of the lexicons (`SENSES`) and say nothing in common."""
    first, second = SENSES.get(a), SENSES.get(b)
    return first is not None and second is not None and first.isdisjoint(second)


@dataclass
class QueryWord:
    """A query word in every form the look-ups use (`normalise.word_forms`)."""

    text: str
    folded: str
    skeleton: str
    script_skeleton: str
    group: int | None
    typed: str  # as typed, before the transliteration fold (`normalise.parts_as_typed`)
    acronym: bool = False  # a Hebrew word typed with gershayim (`normalise.hebrew_acronyms`)
    hungarian: str | None = None  # the folded form read as Hungarian spells (`hungarian_reading`)


@dataclass(frozen=True)
class WordMatch:
    """How one query word matches one name word."""

    score: float
    level: str  # "same", "convention", "prefix", "proclitic", "vowels", "typo", "lookalike"
    same_length: bool  # for a vowel difference: vowels swapped in place, none added or dropped
    swapped: bool = False  # a typo that is two neighbouring letters swapped in a long word


class WordMatching(IndexTables):
    """Each query word's matches among the store's words."""

    @staticmethod
    def _query_word(word: str, typed: str | None = None, acronym: bool = False) -> QueryWord:
        folded, skeleton, script_skeleton = normalise.word_forms(word)
        return QueryWord(word, folded, skeleton, script_skeleton, normalise.lookalike_group(word), typed or word,
                          acronym, hungarian_reading(word))

    def _word_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """The store's words this query word may be, each with how well it matches."""
        found: set[int] = set()
        for key in {word.text, word.folded, word.typed} | deletion_keys(word.text) | deletion_keys(word.folded) | deletion_keys(word.typed):
            found.update(self._deletes.get(key, ()))
        if word.hungarian:
            found.update(self._deletes.get(word.hungarian, ()))  # Hamász: Hamas
        unglued = without_joined_article(word.text)
        if unglued in self._word_id:
            found.add(self._word_id[unglued])
        if len(word.skeleton) >= 2:
            found.update(self._by_skeleton.get(word.skeleton, ()))
        if len(word.text) > 3 and word.text[0] in normalise.HEBREW_PREFIXES:
            found.update(self._deletes.get(word.text[1:], ()))
        said = demonym_country(word.text) or TYPE_KINDS.get(word.text)
        if said:
            found.update(self._saying.get(said, ()))  # israélien: Israeli; ville: city
        # A word that is a name by itself is that name, not another with a proclitic: لبنان is
        # Lebanon, whatever بنان may be; لحماس, a word of "المكتب السياسي لحماس", is also "for Hamas".
        whole_name = bool(self._exact_rows([word.text]))
        if not whole_name:
            for stem in normalise.arabic_proclitic_stems(word.text):
                found.update(self._deletes.get(stem, ()))  # بغزة: in Gaza
        # A name's word typed exactly is not a typo of another, nor is an office ("Governor Trump" is
        # no typo of governo, Italian for government: governo Trump, the Trump administration).
        known = word.text in self._word_id or word.text in normalise.OFFICES
        if word.text in self._word_id:
            found.update(self._spellings_of.get(self._word_id[word.text], ()))  # ترمب: also ترامب
        matches = {}
        for word_id in found:
            match = self._compare(word, word_id)
            if match is not None and not (known and match.level == "typo" or whole_name and match.level == "proclitic"):
                matches[word_id] = match
        # A typo of one spelling is as near the name's spellings that differ from it only in vowels
        # (Diafzan: Difazan, Defezan): matched a little lower, so that a namesake whose names spell it
        # another way is seen and the bot asks, rather than answering whichever spelling the typo hit.
        for word_id, match in [(w, m) for w, m in matches.items() if m.level == "typo"]:
            for variant in self._by_skeleton.get(self._forms[word_id][1], ()):
                if (variant not in matches and len(self._forms[word_id][1]) >= 3 and normalise.digraph_skeleton(
                        self._words[variant]) == normalise.digraph_skeleton(self._words[word_id])):
                    matches[variant] = WordMatch(round(match.score * VOWELS / 100, 1), "typo", False)
        if not whole_name:  # Hamas is a name, not Hama's genitive
            for word_id, match in (self._genitive_matches(word) | self._case_ending_matches(word)
                                   | self._turkish_case_matches(word) | self._german_adjective_matches(word)
                                   | self._arabic_gender_matches(word)).items():
                if word_id not in matches or matches[word_id].score < match.score:
                    matches[word_id] = match
        return matches

    def _genitive_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """A German genitive -s on a name of five letters or more (Israels, Katars, Europas), or Romanian's
        article -ul, -ului on one of four or more ending in a consonant (Egiptul, Israelului): the
        word without it, as typed or folded; also when the word is in a longer name as it is
        ("Israels Armee"), never when it is a name by itself. Only organisations' and places' names
        answer from it (`_score_row`); a person's is only listed: Carlos is not Carlo, nor Roberts Robert,
        and "Trumps" may be the Trumps or Trump's."""
        if not (word.text.isascii() and len(word.text) > 5):
            return {}
        found = {}
        # Also Romanian's definite article, joined to a noun ending in a consonant: -ul, and -ului in the
        # genitive and dative (Egiptul, Israelului, Mossadului: "în sudul Israelului", the south of Israel);
        # and Hungarian's case suffixes (Izraelben, in Israel; Gázában, Hamasnak), a final a or e long
        # before them (á, é, folded); and the West and South Slavic -u of a masculine noun ending in a
        # consonant, in the genitive, dative and locative (Czech, Slovak, Polish, Croatian: "Fatahu",
        # "Izraelu", "v Mossadu").
        for ending in ("s", "es", "ul", "ului", "u") + HUNGARIAN_CASES:  # Israels, des Friedensrates
            if not word.text.endswith(ending):
                continue
            stem = self._query_word(word.text[:-len(ending)])
            if (len(stem.text) < 5 and ending in {"s", "es"} or len(stem.text) < 4
                    or ending in {"ul", "ului", "u"} and stem.text[-1] in "aeiouy"):
                continue
            # The stem as a word is read at normalisation (its final -ah folded: Fatahu, Fatah, fata).
            read = normalise.parts(stem.text, titles=False)
            if len(read) == 1 and read[0] != stem.text:
                stem = self._query_word(read[0], typed=stem.text)
            candidates = {*self._deletes.get(stem.text, ()), *self._deletes.get(stem.folded, ())}
            if len(stem.skeleton) >= 3:
                candidates.update(self._by_skeleton.get(stem.skeleton, ()))
            for word_id in candidates:
                match = self._compare(stem, word_id)
                # The stem as a name's word, or a vowel changed in place: Europas is Europe's.
                if match is not None and (match.level in {"same", "convention"}
                                          or match.level == "vowels" and match.same_length):
                    found[word_id] = WordMatch(GENITIVE * match.score / 100, "genitive", True)
        return found

    def _case_ending_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """A name as Russian or Greek decline it (`CASE_ENDINGS`): Хамаса, Газе, Израиля; Γάζας: the
        name's word with the ending of the case the name was written in; also when the word is in a
        longer name as it is ("Армия обороны Израиля"), never when it is a name by itself. Matched as a
        genitive is, so only an organisation or a place answers from it (a person's is listed: Самира
        is Samira as well as Samir's genitive)."""
        if word.text.isascii():
            return {}
        found = {}
        for written, endings, after_consonant in CASE_ENDINGS:
            for ending in endings:
                stem = word.text[:-len(ending)]
                if (not word.text.endswith(ending) or len(stem) + len(written) < 4
                        or after_consonant and stem[-1:] in CASE_VOWELS):
                    continue
                word_id = self._word_id.get(stem + written)
                if word_id is not None:
                    found[word_id] = WordMatch(GENITIVE, "genitive", True)
        return found

    def _turkish_case_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """A Turkish case ending after the possessive, with no apostrophe, as Turkish writes it on a
        common noun ("Anadolu Ajansının", "İsrail ordusunun", "Hamas Siyasi Bürosunun"): the word
        without it, exactly a word that ends an organisation's name of two words or more. Only that
        name's last word, beside the rest of it typed whole, answers from it (`Scoring._score_row`)."""
        found = {}
        for case in TURKISH_CASES:
            stem = word.text[:-len(case)]
            word_id = self._word_id.get(stem) if word.text.endswith(case) and stem[-1:] in {"i", "u"} else None
            if word_id is not None and len(stem) >= 4 and any(
                    self._kinds[self._row_entity[r]] == "organization" and len(self._row_words[r]) >= 2
                    and self._row_words[r][-1] == word_id for r in self._postings[word_id]):
                found[word_id] = WordMatch(GENITIVE, "turkish case", True)
        return found

    def _german_adjective_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """A German adjective or noun of an organisation's or place's name in another of the endings its
        case, gender and article give it (`GERMAN_ENDINGS`): "die Vereinigten Staaten" and "der Vereinigten
        Staaten" are the Vereinigte Staaten, "Zivil-Militärisches" the "zivil-militärische". The stem as
        typed, of five letters or more, and only a word of the store's organisations' and places' names
        (`_thing_words`): a person's name is not declined so (Hassen is not Hasse). Matched as a genitive
        is, so a person's is at most listed."""
        if not (word.text.isascii() and word.text.isalpha()):
            return {}
        found = {}
        for ending in GERMAN_ENDINGS:
            stem = word.text[:-len(ending)]
            if not word.text.endswith(ending) or len(stem) < 5:
                continue
            for other in GERMAN_ENDINGS:
                word_id = self._word_id.get(stem + other)
                if other != ending and word_id is not None and self._words[word_id] in self._thing_words:
                    found[word_id] = WordMatch(GENITIVE, "genitive", True)
            break  # the longest ending only: Vereinigten is vereinigt-en, not vereinigte-n
        return found

    def _arabic_gender_matches(self, word: QueryWord) -> dict[int, WordMatch]:
        """An Arabic adjective of an organisation's or place's name in the other gender, its nisba -ي
        with or without the feminine ة (folded ه), as it agrees with the noun it follows: "دول الخليج
        العربية" (the Arab states, feminine plural) is "دول الخليج العربي" (of the Arab Gulf). Four letters
        or more, a word of the store's organisations' and places' names (`_thing_words`), never a
        demonym, whose feminine may be a country's name (Persian ترکیه, Turkey; التركي, Turkish). Matched
        as a genitive is, so a person's is at most listed."""
        text = word.text
        if len(text) < 4 or not normalise.is_arabic(text) or demonym_country(text):
            return {}
        other = text[:-1] if text.endswith("\u064a\u0647") else text + "\u0647" if text.endswith("\u064a") else None
        word_id = self._word_id.get(other) if other else None
        if word_id is None or self._words[word_id] not in self._thing_words or demonym_country(other):
            return {}
        return {word_id: WordMatch(GENITIVE, "genitive", True)}

    def _compare(self, word: QueryWord, word_id: int) -> WordMatch | None:
        name = self._words[word_id]
        folded, skeleton, _ = self._forms[word_id]
        if word.text == name:
            return WordMatch(SAME, "same", True)
        for glued, other in ((word.text, name), (name, word.text)):
            if without_joined_article(glued) == other:
                return WordMatch(SAME, "same", True)  # the article written joined to the name: Alhayya, אלחיה
        if name in normalise.arabic_proclitic_stems(word.text) or word.text in normalise.arabic_proclitic_stems(name, True):
            # بغزة: in Gaza; لحماس: for Hamas; وبالقاهرة: and in Cairo; only a whole word of a name
            # after the proclitics, and on a person's short name only listed (`Scoring._score_row`).
            # A name's own word is read so only before its article ("السياسي والأمني"): the ب of
            # بعثة (mission) is the word's, and عثة no word of it.
            return WordMatch(PREFIX, "proclitic", True)
        stem, name_stem = hebrew_stem(word.text), hebrew_stem(name)
        if (stem or name_stem) and name_stem in {stem, word.text} | ({name} if stem == name else set()) or stem == name:
            return WordMatch(PREFIX, "prefix", True)  # לנתניהו: to Netanyahu; במוסד: in the Mossad (המוסד)
        group = self._groups.get(word_id)
        if word.group is not None and group is not None and word.group != group:
            # Muhammad is not Mahmud, whatever the spelling: close enough to ask about, never to answer.
            return WordMatch(LOOKALIKE, "lookalike", False)
        if word_id in self._spellings_of.get(self._word_id.get(word.text, -1), ()):
            return WordMatch(CONVENTION, "convention", True)  # the desk writes one entity's name both ways
        if _short_initials(word_id, name, self._capitals) or _short_initials(
                self._word_id.get(word.text, -1), word.text, self._capitals):
            # Short initials are letters, not sounds: another letter, or two swapped, make other initials
            # (OIJ is no Turkish spelling of OIC, nor OJI of OCI). Near enough to list. Long initials
            # are read as a word is (centcon: CENTCOM with a typo).
            return _initials_near(word, name, folded)
        if word.folded == folded or normalise.same_name(word.text, name) or word.hungarian in {folded, name}:
            return WordMatch(CONVENTION, "convention", True)  # also Gamal for Jamal: one name (LOOKALIKES)
        if demonym_country(word.text) and demonym_country(word.text) == demonym_country(name) and name not in self._country_words:
            # Not a country's own name that is spelled as a demonym: Persian ترکیه (Turkey) is the
            # Arabic feminine تركية (Turkish), but "Turkish" and التركي are not Turkey.
            return WordMatch(CONVENTION, "convention", True)  # a nationality in either gender: التركي, التركية
        if TYPE_KINDS.get(word.text) and TYPE_KINDS.get(word.text) == TYPE_KINDS.get(name):
            # One kind of organisation or place in two languages: ville and city, hareketi and movement
            # ("ville de Gaza" is Gaza City). Kinds apart (city, strip) never meet.
            return WordMatch(CONVENTION, "convention", True)
        if senses_apart(word.text, name):
            return None  # secreto (secret) is no vowel variant of security, nor rada (council) a typo of radio
        if normalise.nisba_apart(word.text, name) and not (demonym_country(word.text) or demonym_country(name)):
            # Abbasi is not Abbas, nor Masri Masr: the nisba -i makes another name (a demonym aside:
            # the Israeli Security Agency is the Israel Security Agency).
            return WordMatch(LOOKALIKE, "lookalike", False)
        if _turkish_final_t(word.text, name) and self._only_things(word_id):
            # Turkish writes a final d as t (cihat, şehit, Bağdat): İslâmî Cihad is İslami Cihat. Only in
            # organisations' and places' names: Farhat and Farhad are two people's names.
            return WordMatch(CONVENTION, "convention", True)
        if _one_vowel_letter_apart(word.text, name) and self._only_things(word_id):
            # شباك for شاباك (Shabak, the Shin Bet): a foreign name's vowel written or left out, as a
            # Latin one's is; a vowel added or dropped, so one word alone still asks (الشباك is also
            # "the window"). Only in organisations' and places' names: محمد and محمود are two names.
            return WordMatch(VOWELS, "vowels", False)
        best = self._typo(word, word_id)
        # Vowels only: the same consonants in the same order. Letters swapped for letters in the same
        # places (Haniye, Haniya) may be a short word; vowels added or dropped need three consonants.
        in_place = vowel_pattern(word.text) == vowel_pattern(name)
        # Nor on a digraph folded on one side only (`normalise.digraph_skeleton`): Houhgo's h-h-g is
        # Hougho's with g and h swapped, not Huhoghai's h-h-gh with other vowels.
        vowels_only = (word.skeleton == skeleton and (word.group is None) == (group is None)
                       and normalise.digraph_skeleton(word.text) == normalise.digraph_skeleton(name)
                       and (in_place or len(word.text) != len(name))  # not a vowel transposed: Erodgan
                       and (len(skeleton) >= 3 or (len(skeleton) == 2 and in_place)))  # Yair is not Cairo
        # Initials are letters, not sounds: CENTCOM (folded "yentyom", Turkish c as j) is no vowel
        # variant of Turkish yönetimi (administration), whatever their skeletons.
        vowels_only = vowels_only and word_id not in self._capitals
        if vowels_only:  # a vowel difference, even when it is also within a typo's edits
            # Two consonants are little to go on (Hewa, Hiwa; Hani, Hana): enough to make two such
            # names a tie, never to answer one word alone.
            strong = len(skeleton) >= 3 or (in_place and len(name) >= 5)
            best = WordMatch(max(VOWELS if strong else SHORT_VOWELS, best.score if best else 0.0), "vowels",
                          in_place and strong)
        return best

    def _only_things(self, word_id: int) -> bool:
        """Whether a store's word is in organisations' and places' names only, none a person's."""
        return all(self._kinds[self._row_entity[r]] != "person" for r in self._postings[word_id])

    def _typo(self, word: QueryWord, word_id: int) -> WordMatch | None:
        """A typo: within `max_edits` on the `parts` form, the folded form or the forms as typed
        (Damerau: two neighbouring letters swapped are one edit), scored by `fuzz.ratio`."""
        name = self._words[word_id]
        pairs = {(word.text, name), (word.folded, self._forms[word_id][0]), (word.typed, name),
                 *((word.typed, form) for form in self._as_typed.get(word_id, ()))}
        score, any_swapped, onset = 0.0, False, False
        for typed, written in pairs:
            edits = max_edits(typed, written)
            distance = OSA.distance(typed, written, score_cutoff=edits + 1)
            if distance <= edits and h_against_ayin(typed, written):
                onset = True  # ح against ع: a look-alike, listed at most
            elif distance <= edits:
                # One edit that keeps the letters and the length moves two of them: a transposition.
                swapped = distance == 1 and len(typed) >= SURE_TYPO_LENGTH and sorted(typed) == sorted(written)
                score = max(score, SWAPPED if swapped else fuzz.ratio(typed, written))
                any_swapped |= swapped
        if not score and onset:
            return WordMatch(LOOKALIKE, "lookalike", False)
        return WordMatch(score, "typo", len(word.text) == len(name), any_swapped) if score else None


# The letters Arabic script writes a long vowel with, which its spellings of foreign names write or leave
# out (بلومبرغ, بلومبيرغ; دنمارك, دانمارك; شباك, شاباك).
_ARABIC_VOWEL_LETTERS = frozenset("\u0627\u0648\u064a")  # ا و ي


def _one_vowel_letter_apart(a: str, b: str) -> bool:
    """Whether two Arabic-script words are one with a vowel letter (`_ARABIC_VOWEL_LETTERS`) inside it
    written and one without, the shorter of four letters or more. Never the first or last letter, nor
    a ي before the final ه of ta marbuta: that makes a nisba, another word (دولة, state; دولية,
    international)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or len(a) < 4 or not normalise.is_arabic(b):
        return False
    for k in range(1, len(b) - 1):
        if b[k] in _ARABIC_VOWEL_LETTERS and b[:k] + b[k + 1:] == a:
            return not (b[k] == "\u064a" and k == len(b) - 2 and b[-1] == "\u0647")
    return False


def _turkish_final_t(a: str, b: str) -> bool:
    """Whether two Latin words of four letters or more are one but for a final d and t after a vowel."""
    return (len(a) == len(b) >= 4 and a.isascii() and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"d", "t"}
            and a[-2] in "aeiou")


def _short_initials(word_id: int, word: str, capitals: frozenset[int]) -> bool:
    """Whether a store's word is initials (written only in capitals) shorter than SURE_TYPO_LENGTH."""
    return word_id in capitals and len(word) < SURE_TYPO_LENGTH


def _initials_near(word: QueryWord, name: str, folded: str) -> WordMatch | None:
    """How a query word that is not a store's initials as typed matches them: a look-alike if it is
    the same once folded or one edit apart (two neighbouring letters swapped are one), never more."""
    if word.folded == folded or OSA.distance(word.text, name, score_cutoff=2) <= 1:
        return WordMatch(LOOKALIKE, "lookalike", False)
    return None


def max_edits(a: str, b: str) -> int:
    """Typos allowed between two words, by the shorter one's length: none up to four letters (abu,
    bin, hani), one up to eight, two beyond. Transposed letters count as one edit."""
    shorter = min(len(a), len(b))
    return 0 if shorter <= 4 else 1 if shorter <= 8 else 2

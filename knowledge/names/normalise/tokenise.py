"""A name as words and parts: `tokens` (normalised words, the article detached, leading titles
dropped), `parts` (the tokens folded by `fold_transliteration`, articles and stop words dropped, Abd
joined to the name it begins), `key`, and a query's texts and readings (`query_texts`,
`query_readings`): an English possessive, a quoted nickname or a Turkish case ending cut off.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from knowledge.names.normalise.arabic import arabic_title_length, arabic_tokens, arabic_spellings
from knowledge.names.normalise.case_endings import without_acronym_case, without_azerbaijani_case_ending, without_case_ending
from knowledge.names.normalise.hebrew import HEBREW_ACRONYM, HEBREW_PREFIXES, HEBREW_QUOTES, hebrew_title_length
from knowledge.names.normalise.latin import fold_transliteration
from knowledge.names.normalise.lexicon import ARTICLES, CLOSING_POSTPOSITIONS, STOPWORDS
from knowledge.names.normalise.scripts import (APOSTROPHES, HEBREW_FINALS, INVISIBLE, LATIN_FOLD, SEPARATORS,
                                               is_arabic)
from knowledge.names.normalise.titles import FORMER, latin_title_length

# French and Italian elision before a vowel: l'ONU, d'Israël, dell'ONU.
_ELISION = re.compile(r"(?<![^\s\-(\"«])(?:[ld]|dell|nell|all)['\u2019](?=[aeiouyhàâéèêëîïôûü])", re.IGNORECASE)

# An English possessive: Egypt's, Hamas’s.
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019\u02bc]s(?=$|[\s,.;:!?)])", re.IGNORECASE)
# An Arabic or Hebrew one-letter prefix (to, in, and, as; with the article) glued to a Latin-script name,
# often with a tatweel: لـCNN, بالـCIA, לCNN. Arabic letters are never part of a Latin word, so the
# prefix is only grammar.
_PREFIX_ON_LATIN = re.compile(
    "(?<![\u0600-\u06ff\u05d0-\u05ea])(?:(?=[\u0600-\u06ff])(?:[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644)?|\u0644\u0644)"
    "|[\u05d1\u05d4\u05d5\u05db\u05dc\u05de\u05e9]{1,2})\u0640*-?(?=[A-Za-z0-9])")


# The Arabic article assimilated to a sun letter, as Latin, Cyrillic and Hebrew script write it: ar-Rahman,
# as-Sisi, ash-Sharq, ad-Din; ар-Рахман, ас-Салам; א-סלאם. It is al- (аль-, אל-), and as optional. Only
# before the letter it copies, so no other word written with a hyphen is touched.
_ASSIMILATED_ARTICLE = re.compile(
    r"(?<![\w'\u2019])(?:[ae](?P<latin>sh|th|dh|[rstdzn])-(?=(?P=latin))|[аэ](?P<cyrillic>[рсшдтзн])-(?=(?P=cyrillic))"
    r"|\u05d0[-\u05be](?=[\u05d0-\u05ea]))", re.IGNORECASE)
_ARTICLE_IN = {"latin": "al-", "cyrillic": "аль-"}


def _assimilated_article(match: re.Match) -> str:
    return next((_ARTICLE_IN[script] for script in _ARTICLE_IN if match.group(script)), "\u05d0\u05dc-")


# An abbreviated title typed with its full stop and no space before the name ("Dr.Halil el-Hayye", as
# Yeni Şafak prints it): two words, not "drhalil".
_GLUED_TITLE = re.compile(r"(?<!\w)(dr|prof|gen|mr|mrs|ms|sen|gov)\.(?=[^\W\d_])", re.IGNORECASE)

# "b." and "bt." between two words of a name, in small letters, as scholarly and sanctions copy abbreviate
# bin and bint ("Mohammed b. Abdulrahman"): the particle, not a middle initial (a capital B. is one), nor
# "born" (b. 1949).
_ABBREVIATED_BIN = re.compile(r"(?<=[^\W\d_])\s+(b|bt)\.\s*(?=[^\W\d_])")


def _bin_written_out(match: re.Match) -> str:
    return " bin " if match.group(1) == "b" else " bint "


# "His (Her) Excellency" as Gulf and diplomatic copy abbreviates it before a name ("H.E. Sheikh Mohammed
# bin Abdulrahman Al Thani", "HE Sheikh ..."): an honorific, not two initials; in capitals, leading.
_EXCELLENCY = re.compile(r"^\s*(?:H\.\s?E\.|HE(?=\s+[^\W\d_a-z]))\s*")


def tokens(name: str, titles: bool = True) -> list[str]:
    """The name as a list of normalised words, articles detached but kept, leading titles dropped
    unless `titles` is False: "Egyptian General Intelligence" is an agency, not a general."""
    return list(name_tokens(name, titles))  # a list of its own: callers may change it


# A query's words are read by several rules of one resolve (readings, offices, honorifics, segments).
@lru_cache(maxsize=65536)
def name_tokens(name: str, titles: bool) -> tuple[str, ...]:
    text = _PREFIX_ON_LATIN.sub("", unicodedata.normalize("NFKC", INVISIBLE.sub("", name)))
    text = _EXCELLENCY.sub("", text)
    if is_arabic(text):
        words = arabic_tokens(text)
        return tuple(words[arabic_title_length(words):] if titles else words)
    text = _ASSIMILATED_ARTICLE.sub(_assimilated_article, text)
    text = _GLUED_TITLE.sub(r"\1. ", text)
    text = _ABBREVIATED_BIN.sub(_bin_written_out, text)
    text = _ELISION.sub("", HEBREW_QUOTES.sub("", text).translate(HEBREW_FINALS))
    text = text.translate(LATIN_FOLD).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = APOSTROPHES.sub("", text)
    words = [w for w in SEPARATORS.split(text) if w]
    if titles:
        lead = latin_title_length(words)
        # "Former" and a title before one word: the word is a family name that the office's holder
        # now may share with one before (Herzog, father and son), so "former" stays to say so and
        # the name is only offered, as Arabic السابق and Hebrew לשעבר leave it.
        former = [w for w in words[:lead] if w in FORMER][:1] if len(words) - lead == 1 else []
        words = former + words[lead:]
        words = words[hebrew_title_length(words):]
    if len(words) > 2:
        words = [w for w in words if len(w) > 1 or not w.isascii()]  # middle initials: William J. Burns
    # A Hebrew prefix written apart before a foreign word or a number (ה-CIA, ב-2023) is no word.
    words = [w for w in words if not (len(w) == 1 and w in HEBREW_PREFIXES)] or words
    if len(words) > 1 and words[-1] in CLOSING_POSTPOSITIONS:
        words = words[:-1]
    return tuple(part for word in words for part in _split_glued_abu(word))


# Two or three initials typed with their full stops and no space between them, before a name: "R.T.
# Erdoğan" (Recep Tayyip), "George H.W. Bush". So are acronyms written ("U.S. Central Command", "U.N."), so
# the initials apart are only another reading, for a person's name (`initials_apart`).
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})(?=\s*[^\W\d_]{2})")


def initials_apart(query: str) -> str | None:
    """The query with initials typed together written apart ("R.T. Erdoğan" as "R. T. Erdoğan"), or
    None where it has none."""
    apart = _GLUED_INITIALS.sub(lambda m: m.group(1).replace(".", ". "), query)
    return apart if apart != query else None


def _words_with_initials(name: str) -> list[str]:
    """The name's words as typed, initials kept (`tokens` drops them from a name of three words or more)."""
    text = _ABBREVIATED_BIN.sub(_bin_written_out, _EXCELLENCY.sub("", unicodedata.normalize("NFKC", name)))
    text = text.translate(LATIN_FOLD).casefold().replace(".", " ")
    return [w for w in SEPARATORS.split(APOSTROPHES.sub("", text)) if w]


def middle_initials(name: str) -> set[str]:
    """The initials standing for middle names, which `tokens` drops: {"j"} for William J. Burns."""
    words = _words_with_initials(name)
    if len(words) <= 2:
        return set()
    return {w for w in words[1:-1] if len(w) == 1 and w.isascii() and w.isalpha()}


def leading_initial(name: str) -> str | None:
    """The initial standing for the given name before middle initials or names, which `tokens` drops: "r"
    for R. T. Erdoğan; None where the name has none, or fewer than three words (an initial beside one
    word is read as the given name's: "K. Mesh'al")."""
    # With its full stop: a letter alone is as often a word ("o presidente turco Erdogan", Portuguese's the).
    typed = _LEADING_INITIAL.match(_EXCELLENCY.sub("", unicodedata.normalize("NFKC", name)))
    words = _words_with_initials(name)
    lead = words[0] if typed and len(words) > 2 else ""
    return lead if len(lead) == 1 and lead.isascii() and lead.isalpha() else None


_LEADING_INITIAL = re.compile(r"\s*[^\W\d_]\.")


def _split_glued_abu(word: str) -> list[str]:
    """Abumarzouk → abu marzouk: the kunya is often written joined to the name."""
    if word.startswith("abu") and len(word) >= 7 and word.isascii():
        return ["abu", word[3:]]
    return [word]


# Abd al-Rahman, Abdel Rahman, Abdul-Rahman, Abdulrahman and Abdurrahman are one name.
_ABD_WORDS = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul"})
# The article after Abd as a sun letter assimilates it: Abd ar-Rahman, Abd as-Salam, Abd an-Nasser.
_ASSIMILATED_ARTICLES = frozenset({"a", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es",
                                   "esh", "et", "ez", "ud", "un", "ur", "us", "ush", "ut", "uz"})
_ABD_PREFIX = re.compile(r"^abd(?:ul|el|al|ol|oul|ur|ar|er)?(?=[a-z]{3})")


# ABD in capitals before a word that is not: Turkish initials, Amerika Birleşik Devletleri (the United
# States: "ABD Merkez Komutanlığı", "ABD ve İsrail"), never the Arabic "abd" (servant of), which copy writes
# Abd, or in capitals before a name in capitals too ("ABD AL-RAHMAN, Mohammed", as sanctions lists print it).
_ABD_CAPITALS = re.compile(r"(?<![\w'’])ABD(?![^\W_])[\s,-]*([^\W\d_]*)")


def _abd_as_initials(name: str) -> bool:
    """Whether the name writes ABD in capitals before a word that is not (or before nothing, or a case
    ending after an apostrophe: "ABD'nin")."""
    return any(not after.isupper() for after in _ABD_CAPITALS.findall(name))


def _join_abd(words: list[str], initials: bool = False) -> list[str]:
    """Abd and the name it begins as one word (Abd al-Rahman, Abdel Rahman: "abdrahman"); not "abd" where
    the name writes ABD as initials (`_abd_as_initials`)."""
    joined: list[str] = []
    pending = ""
    for word in words:
        if pending:
            if word in ARTICLES or word in _ASSIMILATED_ARTICLES:
                continue
            joined.append("abd" + word)
            pending = ""
        elif word in _ABD_WORDS and not (initials and word == "abd"):
            pending = word
        else:
            joined.append(_ABD_PREFIX.sub("abd", word))
    if pending:
        joined.append(pending)  # "Abdul" alone is a given name, not the particle (nor ABD, the US in Turkish)
    return joined


@lru_cache(maxsize=65536)
def parts_as_typed(name: str, titles: bool = True) -> tuple[str, ...]:
    """`parts` before the transliteration fold, word for word: "daraghmeh" where `parts` has
    "daraghma". A typo is measured on these too, so that folding never turns one slip into two
    ("Daraghmhe" is one transposition from Daraghmeh, two edits from "daraghma")."""
    words = tokens(name, titles)
    if not is_arabic(name):
        words = _join_abd(words, initials=_abd_as_initials(name))
    kept = typed_initials(name) | _hyphened_tails(name)
    return tuple([w for w in words if w in kept or (w not in ARTICLES and w not in STOPWORDS)] or words)


# A function word joined by a hyphen after a name's word, ending the chain, is the name's last part, not
# grammar: Bar-On and Bar-El are Hebrew family names, not Bar ("Ronen Bar-On" had answered Ronen Bar). An
# article before the name it belongs to stays an article (al-Masri, Nasr-el-Din).
_HYPHENED_TAIL = re.compile(r"(?<=[^\W\d_]{2})[-‐‑]([^\W\d_]{2,})(?![\w\-‐‑])")


def _hyphened_tails(name: str) -> frozenset[str]:
    """The function words `name` writes last in a hyphened name, as `tokens` writes them ({"on"} for Bar-On)."""
    tails = (word.casefold() for word in _HYPHENED_TAIL.findall(unicodedata.normalize("NFKC", name)))
    return frozenset(word for word in tails if word in STOPWORDS or word in ARTICLES)


# A letter alone with its full stop, not inside an acronym (U.S., a.k.a.): an initial, even where the letter
# is also a word (Spanish y, Portuguese o, the article a, Russian и and в), so that "Y. Netanyahu" keeps the
# initial that tells him from Benjamin. Without the full stop such a letter stays a word ("Hamas y Fatah").
_TYPED_INITIAL = re.compile(r"(?<![\w.])([^\W\d_])\.(?![\w.])")


# A capital letter alone without its full stop, first before a capitalised word, last after a comma or
# typed alone (a segment after the comma), is an initial too ("Y Netanyahu", "Netanyahu, Y"): a
# sentence's "y" or "o" is not typed so before a name.
_BARE_INITIAL = re.compile(r"^\s*([^\W\d_])\s+(?=[^\W\d_]{2})|(?:,|^)\s*([^\W\d_])\s*$")


def typed_initials(name: str) -> frozenset[str]:
    """The letters `name` types as initials with their full stops, as `tokens` writes them: {"y"} for
    "Y. Netanyahu" and "Netanyahu, Y.", nothing for "U.S." or "Hamas y Fatah". A capital alone first or
    after a comma is one without its full stop ("Y Netanyahu"), where the next word is capitalised."""
    text = unicodedata.normalize("NFKC", name)
    bare = {letter for match in _BARE_INITIAL.finditer(text) for letter in match.groups()
            if letter and letter.isupper() and (match.group(2) or text[match.end()].isupper())}
    return frozenset(letter.casefold() for letter in [*_TYPED_INITIAL.findall(text), *bare])


def hebrew_acronyms(query: str) -> frozenset[str]:
    """The query's Hebrew words typed as acronyms, with gershayim (בצה"ל), as `parts` writes them: such a
    word is letters, not a word of the language, so a prefix before it is only grammar."""
    return frozenset(part for found in HEBREW_ACRONYM.findall(query) for part in parts(found, False))


def parts(name: str, titles: bool = True) -> list[str]:
    """The words that identify a name: normalised, articles removed, transliteration folded."""
    return [fold_transliteration(w) for w in parts_as_typed(name, titles)]


def key(name: str, titles: bool = True) -> str:
    """The exact-match key: the name's parts joined by spaces."""
    return " ".join(parts(name, titles))


def entity_parts(name: str, kind: str) -> list[str]:
    """`parts` of a name in the store: only a person's name can start with a title."""
    return parts(name, titles=kind == "person")


# A nickname in quotes between the words of a name (Benjamin "Bibi" Netanyahu, Yitzhak 'Bougie' Herzog,
# محمد "ياسر" عبد الرؤوف): what the person is called, not a father's or middle name. Only between two
# words, with a space either side, so no apostrophe inside a word (Mesh'al) and no quoted name is touched.
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"
_QUOTED_NICKNAME = re.compile(rf"(?<=\w)\s+[{_QUOTES}][^{_QUOTES}]{{1,40}}[{_QUOTES}]\s+(?=\w)")


# Persian's zero-width non-joiner (the half-space) between the parts of a compound or a name
# (شین‌بت, Shin Bet; پخش‌همگانی): typists write it, a space or nothing, so a query that has it is read
# both ways, the parts joined (as `tokens` drops it) and apart.
_ZWNJ = re.compile("\u200c+")


# German names a region of a place by a compound (Südisrael, Nordgaza, Ostjerusalem) and says it with
# the compass adjective too, declined ("im südlichen Israel", "des nördlichen Gazastreifens"): the
# adjective before a name is also read as the compound it makes. Only declined: the adverb "südlich
# Israels", "südlich von Israel" is south of Israel, outside it.
_GERMAN_COMPASS = re.compile(r"(?<![\w-])(nörd|süd|öst|west)liche[mnrs]?\s+(?=[^\W\d_])", re.IGNORECASE)


def query_texts(query: str, persian_as_arabic: bool = True) -> list[str]:
    """The query, and the query with a Turkish case ending (or an Azerbaijani one, written without the apostrophe), an English possessive or an acronym's case
    ending cut off, a German compass adjective as the compound it makes ("südlichen Israel": Südisrael),
    a nickname in quotes left out, a half-space read as a space, or, with
    `persian_as_arabic`, Persian's گ, چ and ژ written as Arabic writes them (for names in Arabic script:
    the consonants compared across scripts read گ as the g it is)."""
    texts = [query]
    compass = _GERMAN_COMPASS.sub(lambda m: {"nörd": "nord", "öst": "ost"}.get(m.group(1).casefold(), m.group(1)), query)
    for stripped in (without_case_ending(query), without_azerbaijani_case_ending(query), _POSSESSIVE.sub("", query), compass,
                     _QUOTED_NICKNAME.sub(" ", query), _ZWNJ.sub(" ", query), without_acronym_case(query),
                     *(arabic_spellings(query) if persian_as_arabic else ())):
        if stripped not in texts:
            texts.append(stripped)
    return texts


def query_readings(query: str, persian_as_arabic: bool = True) -> list[list[str]]:
    """The ways a typed name can be read, each as `parts`: with and without a leading title ("General"
    starts an agency's name but is a person's rank), and with a Turkish case ending after an apostrophe
    cut off ("Doha'ya" is Doha, "Isma'il" stays whole: "il" is no case ending), or an English
    possessive ("Egypt's"). The matcher keeps, for
    each entity, the reading that fits it best."""
    readings: list[list[str]] = []
    for text in query_texts(query, persian_as_arabic):
        for titles in (True, False):
            reading = parts(text, titles)
            if reading and reading not in readings:
                readings.append(reading)
    return readings

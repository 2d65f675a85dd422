"""Normalising names, once when the store is built and once per query.

Latin script: NFKC, Turkish dotless/dotted i handled before casefolding, diacritics folded, apostrophes
and dots dropped, hyphens split, honorific titles dropped, the article al/el made optional.
Arabic script is kept in Arabic script (transliterating unvocalised Arabic loses the vowels that tell
names apart) and folded the way Lucene's ArabicNormalizer does: alef and hamza forms, ta marbuta, alef
maksura, tatweel, short-vowel marks, and the Persian yeh and keheh.
"""

from __future__ import annotations

import re
import unicodedata

# Nationalities that go before a title ("Israeli President Isaac Herzog") and are dropped with it.
NATIONALITIES = frozenset(
    """
    israeli turkish egyptian qatari palestinian american us u.s iranian saudi emirati jordanian lebanese
    """.split()
)
# Titles and honorifics that say nothing about who someone is.
TITLES = frozenset(
    """
    mr mrs ms dr prof president prime minister pm sheikh shaikh sheik king emir amir prince
    ambassador general gen chairman director chief foreign the sir lord
    """.split()
)
ARTICLES = frozenset({"al", "el", "ul"})
# Words that name nothing on their own ("US Mission to the UN"): never matched, on either side.
STOPWORDS = frozenset({"the", "of", "to", "and", "for", "in", "on", "at", "a", "an"})

_LATIN_FOLD = str.maketrans({"ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss",
                             "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ħ": "h"})
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032.]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/,;:()\[\]\"\u201c\u201d«»!?&+]+")

_ARABIC_FOLD = str.maketrans(
    {
        "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # alef forms
        "\u0624": "\u0648",  # waw with hamza
        "\u0626": "\u064a",  # yeh with hamza
        "\u0629": "\u0647",  # ta marbuta -> heh
        "\u0649": "\u064a",  # alef maksura -> yeh
        "\u06cc": "\u064a",  # Persian yeh
        "\u06a9": "\u0643",  # keheh -> kaf
        "\u0640": None,  # tatweel
        "\u0621": None,  # lone hamza
    }
)
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_ARTICLE = "\u0627\u0644"  # ال


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def tokens(name: str, titles: bool = True) -> list[str]:
    """The name as a list of normalised words, articles detached but kept, leading titles dropped
    unless `titles` is False: "Egyptian General Intelligence" is an agency, not a general."""
    text = unicodedata.normalize("NFKC", name)
    if is_arabic(text):
        return _arabic_tokens(text)
    text = text.translate(_LATIN_FOLD).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    words = [w for w in _SEPARATORS.split(text) if w]
    # Titles only count at the start ("President Erdogan"); inside a name they are part of it. A
    # nationality goes with a title ("Israeli President"), not alone ("Egyptian Islamic Jihad").
    lead = 0
    while lead < len(words) - 1 and words[lead] in TITLES | NATIONALITIES:
        lead += 1
    if titles and any(word in TITLES for word in words[:lead]):
        words = words[lead:]
    if len(words) > 2:
        words = [w for w in words if len(w) > 1 or not w.isascii()]  # middle initials: William J. Burns
    return [part for word in words for part in _split_glued_abu(word)]


def _split_glued_abu(word: str) -> list[str]:
    """Abumarzouk → abu marzouk: the kunya is often written joined to the name."""
    if word.startswith("abu") and len(word) >= 7 and word.isascii():
        return ["abu", word[3:]]
    return [word]


_ARABIC_ABD = "\u0639\u0628\u062f"  # عبد, "servant of", written joined to the next word or apart


def _arabic_tokens(text: str) -> list[str]:
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    text = re.sub(f"(?<![\u0600-\u06ff]){_ARABIC_ABD}\\s+", _ARABIC_ABD, text)
    words = []
    for word in re.split(r"[\s\-\u060c\u061b.,]+", text):
        if not word:
            continue
        if word.startswith(_ARABIC_ARTICLE) and len(word) > 3:
            words.extend(["al", word[2:]])  # the article is optional, as in Latin script
        else:
            words.append(word)
    return words


_DOUBLED = re.compile(r"(.)\1+")
_LATIN_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"), ("ck", "k"), ("ph", "f"))
# Abd al-Rahman, Abdel Rahman, Abdul-Rahman, Abdulrahman and Abdurrahman are one name.
_ABD_WORDS = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul"})
_ABD_PREFIX = re.compile(r"^abd(?:ul|el|al|ol|oul|ur|ar|er)?(?=[a-z]{3})")


def fold_transliteration(word: str) -> str:
    """Fold the ways one Arabic, Hebrew or Turkish sound is written in Latin script.

    Haniyeh, Haniyya and Haniya become "haniya"; Hayyeh and al-Hayya "haya"; Marzouk, Marzook and
    Marzuq "marzuk". Only spelling conventions are folded; the letters that tell names apart stay.
    """
    if not word.isascii():
        return word
    for written, folded in _LATIN_SPELLINGS:
        word = word.replace(written, folded)
    if len(word) > 3 and word.endswith(("eh", "ah")):
        word = word[:-2] + "a"
    if len(word) > 3 and word.endswith("th"):
        word = word[:-1]  # Beth / Bet
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"  # Hany / Hani
    return _DOUBLED.sub(r"\1", word)


def _join_abd(words: list[str]) -> list[str]:
    joined: list[str] = []
    pending = False
    for word in words:
        if pending:
            if word in ARTICLES:
                continue
            joined.append("abd" + word)
            pending = False
        elif word in _ABD_WORDS:
            pending = True
        else:
            joined.append(_ABD_PREFIX.sub("abd", word))
    if pending:
        joined.append("abd")
    return joined


def parts(name: str, titles: bool = True) -> list[str]:
    """The words that identify a name: normalised, articles removed, transliteration folded."""
    words = tokens(name, titles)
    if not is_arabic(name):
        words = _join_abd(words)
    content = [w for w in words if w not in ARTICLES and w not in STOPWORDS] or words
    return [fold_transliteration(w) for w in content]


def key(name: str, titles: bool = True) -> str:
    """The exact-match key: the name's parts joined by spaces."""
    return " ".join(parts(name, titles))


def entity_parts(name: str, kind: str) -> list[str]:
    """`parts` of a name in the store: only a person's name can start with a title."""
    return parts(name, titles=kind == "person")

"""Scripts and the marks that are no letters: which script a text is in, the folds that make a
letter one form (Lucene's ArabicNormalizer's for Arabic; Turkish i, ł, ß and the sounding carons for Latin;
Hebrew's final forms), the characters dropped from every name and query before anything else, and the
separators and apostrophes between and inside words. The `latin_words` and `arabic_words` helpers write
a lexicon's words as `tokens` writes a name's.
"""

from __future__ import annotations

import re
import unicodedata

HEBREW_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})

# The carons of Czech, Slovak, Slovene, Croatian and Baltic outlets (Šin bet, Mašal, Alžír) and of the
# scholarly romanisations of Arabic (DIN 31635, ISO 233: ǧ for ج, ḫ for خ, ġ for غ, ṯ ث, ḏ ذ) write the
# consonant the wires write sh, zh, ch, j, kh, gh, th, dh, where NFKD would leave s, z, c, g, h, t, d.
_SOUNDING_MARKS = {"š": "sh", "Š": "sh", "ž": "zh", "Ž": "zh", "č": "ch", "Č": "ch",
                   "ǧ": "j", "Ǧ": "j", "ḫ": "kh", "Ḫ": "kh", "ẖ": "kh", "ġ": "gh", "Ġ": "gh",
                   "ṯ": "th", "Ṯ": "th", "ḏ": "dh", "Ḏ": "dh",
                   # Romanian ș is the sh that Turkish writes ş, and Romanian copy is often typed with
                   # that ş (Fîşia Gaza, Fâșia Gaza: the Gaza Strip).
                   "ș": "sh", "Ș": "sh"}
LATIN_FOLD = str.maketrans({"ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss",
                             "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ħ": "h", "ə": "e", "Ə": "e",
                             # Turkish ş is the sh of an Arabic name (Meşal, Mashal); a Turkish name
                             # typed without the cedilla is one letter away.
                             "ş": "sh", "Ş": "sh", **_SOUNDING_MARKS,
                             # Tajik (and Uzbek) Cyrillic letters for sounds Russian copy writes with its
                             # own letters: Ғазза, Газа (Gaza); Ҳамос, Хамас; Тоҷикистон, Таджикистан.
                             # ӣ and ӯ lose their macron as every diacritic does.
                             "ғ": "г", "Ғ": "г", "қ": "к", "Қ": "к", "ҳ": "х", "Ҳ": "х", "ҷ": "дж", "Ҷ": "дж",
                             "ў": "у", "Ў": "у"})


def latin_words(text: str) -> frozenset[str]:
    """Words of a lexicon as `tokens` normalises them: casefolded, Turkish letters and diacritics folded
    (Başbakan is "bashbakan", Präsident "prasident", ισραηλινός "ισραηλινοσ")."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(LATIN_FOLD).casefold())
    return frozenset("".join(ch for ch in text if not unicodedata.combining(ch)).split())


APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032.]")
# Quotes of every language's typography: German, Polish, Czech and Bulgarian open with the low „ and
# ‚ (Polish „Fatah”, Bulgarian „Фатах”), French and Swiss copy also quotes with ‹ ›.
SEPARATORS = re.compile(r"[\s\-\u05be\u2010-\u2015_/,;:()\[\]\"\u201a\u201c\u201d\u201e«»\u2039\u203a!?&+]+")
# The same in Arabic script, with its comma, semicolon and question mark; and the full stop.
ARABIC_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u060c\u061b\u061f_/.,;:()\[\]\"\u201c\u201d\u201e«»!?&+]+")

ARABIC_FOLD = str.maketrans(
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
        # Urdu and Persian letters for what Arabic writes with its own: heh goal, heh doachashmee and
        # the hamza and ta marbuta forms of heh goal (انقرہ, Urdu for أنقرة, Ankara); yeh barree (ے);
        # noon ghunna (ں); Urdu's retroflex t, d, r, which Arabic writes ت, د, ر (ٹرمپ, Trump); and
        # pe and ve for the p and v of foreign names, which Arabic writes ب and ف (ترامپ, ترامب).
        # Never گ, چ, ژ: Arabic writes g, ch and zh in several ways (غ ج ك ق; تش ش; ج ز).
        "\u06c1": "\u0647", "\u06be": "\u0647", "\u06c2": "\u0647", "\u06c3": "\u0647", "\u06c0": "\u0647",
        "\u06d2": "\u064a", "\u06d3": "\u064a", "\u06ba": "\u0646",
        "\u0679": "\u062a", "\u0688": "\u062f", "\u0691": "\u0631", "\u067e": "\u0628", "\u06a4": "\u0641",
        # Arabic-Indic and Persian digits are digits (كان ١١ is كان 11).
        **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06f0 + d): str(d) for d in range(10)},
    }
)
# Characters that shape or order text and are no letter: zero-width non-joiner and joiner (Persian
# writes می‌خواهد, آزادی‌بخش with one inside a word, and as often without), the bidirectional marks
# and isolates text pasted from Arabic and Hebrew pages carries, a byte-order mark, a soft hyphen.
# Dropped from every name and query before anything else, so that حماس\u200f is حماس.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")


def arabic_words(text: str, feminine: bool = False) -> frozenset[str]:
    """Arabic words as `tokens` folds them (رئيس is رييس, لواء لوا), and with `feminine` each also with
    the feminine ending, ta marbuta (الصحفية, the journalist; الفلسطينية)."""
    words = {ARABIC_MARKS.sub("", word).translate(ARABIC_FOLD) for word in text.split()}
    return frozenset(words | {word + "\u0647" for word in words if feminine and len(word) > 2})


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_ARTICLE = "\u0627\u0644"  # ال
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# A letter of a script other than Latin, Arabic and Hebrew: Greek and Cyrillic, and as well every other
# script `anyascii` romanises (Bengali, Devanagari and the other Indian scripts, Armenian, Georgian, Thai,
# kana, hangul, Han): a word character outside Latin's blocks, their IPA letters (ə) and the modifier
# letters of Latin transliterations (ʿ, ʾ in Qiṭāʿ), letterlike forms and ligatures (ﬁ); digits are no letters.
_OTHER_LETTER = re.compile(r"[^\W\d_\u0000-\u036f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\u2100-\u218f\ufb00-\ufb06\uff00-\uffef]")

Script = str  # "latin", "arabic", "hebrew" or "other" (any other script: compared through a skeleton)


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def script(text: str) -> Script:
    if is_arabic(text):
        return "arabic"
    if HEBREW_LETTER.search(text):
        return "hebrew"
    if _OTHER_LETTER.search(text):
        return "other"
    return "latin"


_SOUNDING_MARK = re.compile(f"[{''.join(_SOUNDING_MARKS)}]")


def typed_without_marks(name: str) -> str | None:
    """The name as it is typed without the carons and scholarly marks that LATIN_FOLD reads as sh, zh,
    ch, j, kh, gh, th, dh ("Grcka" for Grčka), or None when it has none: the store keeps both readings
    of such a name, since a journalist's keyboard often has no č."""
    if not _SOUNDING_MARK.search(name):
        return None
    return _SOUNDING_MARK.sub(lambda m: unicodedata.normalize("NFKD", m[0])[0], name)

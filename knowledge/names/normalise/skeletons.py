"""The coarser forms a word is compared by across scripts (`word_forms`): the `script_skeleton`,
consonants in broad classes that a Latin name and one in any other script share (Arabic, Hebrew, and
through `anyascii` Greek, Cyrillic, the Indian scripts and the rest), its `opening`, whether two names'
endings agree (a nisba, a final vowel), and whether a word of a script that writes its vowels is
`spelled_alike` a Latin one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from knowledge.names.normalise.latin import CONVENTIONS, DOUBLED, fold_transliteration, folded, skeleton
from knowledge.names.normalise.scripts import HEBREW_LETTER, is_arabic

# Consonant classes a Latin name shares with its Arabic, Hebrew, Greek or Cyrillic writing. Vowels and
# the letters that also write vowels (alef, waw, yeh; aleph, vav, yod, ayin) are dropped.
_ARABIC_CLASSES = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d", "ر": "r", "ز": "s",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "غ": "g", "ف": "b", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ا": None, "و": None, "ي": None, "ع": None, "ء": None,
    "ة": "h", "ى": None, "پ": "b", "چ": "j", "گ": "g", "ژ": "s", "ڤ": "b",
})
_HEBREW_CLASSES = str.maketrans({
    "א": None, "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": None, "ז": "s", "ח": "h", "ט": "t", "י": None,
    "כ": "k", "ל": "l", "מ": "m", "נ": "n", "ס": "s", "ע": None, "פ": "b", "צ": "s", "ק": "k", "ר": "r",
    "ש": "S", "ת": "t",
})
# ts and tz are the one sound Hebrew writes צ and Russian ц, and German and English z: Yitzhak, Ицхак,
# Herzog, Герцог.
_LATIN_CLASSES = (("sh", "S"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("tz", "s"), ("ts", "s"),
                  ("p", "b"), ("f", "b"), ("v", "b"), ("c", "k"), ("z", "s"))


_GREEK_Y = re.compile("γ(?=[εέιίϊΐηήυύ]|[αοε]ι)")
# Thai and Lao write some vowels before the consonant they follow (เดนมาร์ก, Denmark: เ is the e after ด).
_PREPOSED_VOWEL = re.compile("([\u0e40-\u0e44\u0ec0-\u0ec4])(.)")


@lru_cache(maxsize=65536)
def romanised(word: str) -> str:
    """A word of a script other than Latin, Arabic and Hebrew in Latin letters as `anyascii` writes them,
    with the conventions Greek and Russian write a foreign name's sounds by, and the Latin word's
    transliteration spellings folded: Μπέντζαμιν is "benjamin", ডেনমার্ক "denmark"."""
    # Greek writes d, b, g as ντ, μπ, γκ; Russian writes an Arabic w as в (Синвар, Sinwar), and z or tz
    # as ц (Герцог, Ицхак), read as z so that its ts never runs into a following kh.
    # Greek writes the j of a foreign name (English j, Arabic ج) τζ, after n ντζ: Μπέντζαμιν is
    # Benjamin, Τζον John; its ts is τσ (Χέρτσογκ).
    word = word.replace("ντζ", "nj").replace("τζ", "j")
    word = word.replace("ντ", "d").replace("μπ", "b").replace("γκ", "g").replace("в", "w").replace("ц", "з")
    # Greek γ before a front vowel is the y of a foreign name (Χανίγε, Haniyeh; Γιασέρ, Yasser;
    # Ταγίπ, Tayyip); a g before one Greek writes γκ (Γκιλάντ).
    word = _PREPOSED_VOWEL.sub(r"\2\1", _GREEK_Y.sub("ι", word))
    return DOUBLED.sub(r"\1", fold_transliteration(re.sub(r"['`]", "", anyascii(word).lower())))


@lru_cache(maxsize=65536)
def script_skeleton(word: str) -> str:
    """Consonant classes of a word in any script (empty if there are none): Khalil, Halil and خليل are
    "hll"; Netanyahu and נתניהו "ntnh"; ডেনমার্ক (Bengali) and Denmark "dnmrk". Letters a script leaves
    unwritten never count, nor a final heh or ta marbuta, which write a vowel (هنية, Haniya)."""
    if is_arabic(word) or HEBREW_LETTER.search(word):
        if len(word) > 2 and word[-1] in "هةה":
            word = word[:-1]
        return word.translate(_ARABIC_CLASSES if is_arabic(word) else _HEBREW_CLASSES)
    if not word.isascii():
        word = romanised(word)
    for written, common in CONVENTIONS[:-1] + _LATIN_CLASSES:
        word = word.replace(written, common)
    return re.sub(r"[aeiouyw'`]", "", word)


# A Latin c before e, i or y is s in English, French, Spanish and Portuguese (Greece, Francis), the s
# other scripts write for it (Bengali গ্রিস); elsewhere k.
_SOFT_C = re.compile("c(?=[eiy])")


# A Latin word without a vowel is initials, read letter by letter (CNN, BBC), which other scripts write
# by the letters' names (سي إن إن), never as a word with its consonants: كان is KAN, not CNN ("kn").
_LATIN_VOWEL = re.compile("[aeiouy]")


def latin_script_skeletons(word: str, key: str) -> tuple[str, ...]:
    """The keys a Latin word (in `parts` form; `key` its `script_skeleton`) is found by from other
    scripts: its skeleton, with an English ch also read as k (Michael: Hebrew מייקל, Greek Μάικλ), where
    other languages' is kh, and a soft c as s (Greece: Bengali গ্রিস); none for initials (CNN)."""
    if not _LATIN_VOWEL.search(word):
        return ()
    if "c" not in word:  # most words: nothing more to work out (the store reads these at start-up)
        return (key,) if key else ()
    spellings = [word.replace("ch", "k")] if "ch" in word else []
    if _SOFT_C.search(word):
        spellings.append(_SOFT_C.sub("s", word))
    return tuple(dict.fromkeys(k for k in (key, *map(script_skeleton, spellings)) if k))


# Hangul, kana and Han: their romanisation is of the name as the language adapts it.
_SYLLABARY_OR_HAN = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def spelled_alike(word: str, latin: str) -> bool:
    """Whether a word of a script that writes its vowels, romanised, is the Latin word (`parts` form)
    spelled as a Latin query spelled so would be read: the same `folded` word, or the same consonants
    and length, a vowel apart (পানামা is Panama, গায়ানা Guyana; সোমালিয়া, "somaliya", is not Somalia).
    Never Arabic or Hebrew, which leave vowels unwritten, nor Han, kana or hangul, whose romanisation
    is of the language's own adaptation of a name (丹麦, "danmai", デンマーク "tenmaku" for Denmark)."""
    if word.isascii() or is_arabic(word) or HEBREW_LETTER.search(word) or _SYLLABARY_OR_HAN.search(word):
        return False
    spelled = romanised(word)
    return folded(spelled) == folded(latin) or (len(spelled) == len(latin) and skeleton(spelled) == skeleton(latin))


# How a word opens, as the consonant skeletons leave out: with a vowel (Latin e i o u; Arabic ا, ع;
# Hebrew א), with a consonant, or with a letter that may be either: Arabic و ي, Hebrew ו י and ע
# (which also writes غ), Latin y, w, j, v, and Latin a, which may be the Arabic article assimilated to
# the next consonant (Asharq, al-Sharq: الشرق); Arabic اس before a consonant cluster (إسبانيا, Spain).
_VOWEL_OPENINGS = frozenset("eiouاعא")
_EITHER_OPENINGS = frozenset("aywjvويוע")


@lru_cache(maxsize=65536)
def opening(word: str) -> str:
    """"vowel", "consonant" or "either": how the word's first sound is written (`_VOWEL_OPENINGS`)."""
    if not word:
        return "either"
    if not word[0].isascii() and not is_arabic(word[0]) and not HEBREW_LETTER.search(word[0]):
        word = romanised(word) or word
    if word.startswith("\u0627\u0633") or word[0] in _EITHER_OPENINGS:
        return "either"
    return "vowel" if word[0] in _VOWEL_OPENINGS else "consonant"


def openings_agree(a: str, b: str) -> bool:
    """Whether two words of different scripts may open with the same sound: عباس is Abbas, not Paz or
    pays, whose consonant skeleton it shares ("bs")."""
    return "either" in (opening(a), opening(b)) or opening(a) == opening(b)


# A nisba, the -i that makes a name of a name or a place (Abbasi of Abbas, Masri of Masr, Husseini of
# Hussein), makes another name. Latin script writes it -i or -y (folded to i), Arabic ي, Hebrew י,
# Cyrillic и or й, Greek ι: letters the consonant skeletons leave out, so that عباسي would be Abbas.
_NISBA_ENDINGS = ("\u064a", "\u05d9", "и", "й", "ι", "ί")
_VOWEL_ENDINGS = frozenset("aeiouyh")  # h: a final heh or ta marbuta (Haniyeh)


def nisba_apart(a: str, b: str) -> bool:
    """Whether one Latin word (in `parts` form) is the other with a nisba -i added: Abbasi, Abbas."""
    short, long = sorted((a, b), key=len)
    return long.isascii() and len(short) >= 3 and long == short + "i" and short[-1] not in _VOWEL_ENDINGS


def endings_agree(word: str, latin: str) -> bool:
    """Whether a non-Latin word may end with the sound a Latin word ends with: عباسي, Аббаси and עבאסי
    (Abbasi, with a nisba) are not Abbas, whose skeleton ("bs") they share. For people's names: the
    words of organisations' and places' names end in other languages' adjectives and plurals
    (Исламский, Islamic)."""
    return not (word.endswith(_NISBA_ENDINGS) and latin.isascii() and latin[-1:] not in _VOWEL_ENDINGS)


def script_skeletons(word: str) -> tuple[str, ...]:
    """The word's `script_skeleton`, and for a Cyrillic word with г also those with a г read as h:
    Russian writes the h of Hebrew and Arabic names г (Нетаниягу; Герцог, whose last г is Herzog's g),
    as well as g (Гилад)."""
    if not 0 < word.count("г") <= 3:
        return (script_skeleton(word),)
    spellings = [""]
    for letter in word:
        spellings = [start + choice for start in spellings for choice in ({letter, "х"} if letter == "г" else {letter})]
    return tuple(dict.fromkeys(script_skeleton(spelling) for spelling in sorted(spellings)))


def word_forms(word: str) -> tuple[str, str, str]:
    """(folded, skeleton, script_skeleton) of a word already in `parts` form."""
    return folded(word), skeleton(word), script_skeleton(word)

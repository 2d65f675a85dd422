"""Latin folds and the other languages' conventions for writing an Arabic name: `fold_transliteration`
(a word's `parts` form: the ways one Arabic, Hebrew or Turkish sound is written in Latin script, so that
Haniyeh and Haniya are "haniya"), `folded` (where German, French, Turkish, Polish and Hungarian ways of
writing a name meet: dsch and j, sz and sh, Turkish c), and the `skeleton` without vowels and the
`digraph_skeleton` beside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.names.normalise.scripts import GREEK_OR_CYRILLIC

# Other languages' spellings of a particle: Turkish Ebu, French Abou (ou folds first), Ibn.
_PARTICLE_SPELLINGS = {"ebu": "abu", "ibn": "bin", "ibni": "bin", "umm": "um"}


DOUBLED = re.compile(r"(.)\1+")
_LATIN_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"), ("ck", "k"), ("ph", "f"))


@lru_cache(maxsize=65536)  # a query's words are folded several times over (each reading, typed forms)
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
    return _PARTICLE_SPELLINGS.get(word, DOUBLED.sub(r"\1", word))


# --- Coarser forms of one word, for the matcher -----------------------------------------------------

# Other languages' ways of writing the same Arabic sounds, folded to one (longest first): German dsch,
# tsch, sch; French and Turkish dj/c for j; kh written h (Turkish), ch (German, and Hebrew's het), x.
# Arabic غ is gh in English and French, g in Turkish and often in English too (Ghaza, Gazze, Gaza;
# Baghdad, Bağdat). Polish writes sh sz and ch cz (Chalid Maszal, Baszar); Hungarian sz is s, its s sh,
# so a Hungarian sz read as sh is one letter off either way (Abbász: abash or abasz, beside abas).
CONVENTIONS = (("sz", "sh"), ("cz", "ch"), ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"),
                ("kh", "h"), ("ch", "h"), ("gh", "g"), ("x", "h"), ("ey", "ay"), ("ei", "ai"), ("w", "v"))
_TURKISH_C = re.compile(r"c(?![hk])")  # Turkish c is j: Cihad, Cemal, Recep
_VOWELS = re.compile(r"[aeiouy]")


# Russian writes an English w before a vowel у (Уильям, Уолтц, Уиткофф), and Azerbaijani, Uzbek and
# Kazakh copy romanise that u ("Uilyam J. Burns", kommersant.az): a u opening a word before a, e, i or o
# and a consonant is a w. No Arabic or Hebrew name opens so (Uday, Umar, Ubaida, Uri: a consonant follows).
_OPENING_U_FOR_W = re.compile(r"^u(?=[aeio][^aeiouy])")


def _w_as_u(word: str) -> str:
    return _OPENING_U_FOR_W.sub("w", word) if len(word) >= 5 else word


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    """The word with other languages' conventions for Arabic sounds folded: Halil, Chalil and Khalil
    are "halil"; Cihad, Dschihad and Jihad "yihad"; Hanija and Haniya "haniya". Greek and Cyrillic words
    only lose a doubled letter, as Latin ones do (Моссад and Мосад, as Russian outlets write the Mossad,
    are one word); Arabic and Hebrew ones stay."""
    return _folded(word, "y")


def _folded(word: str, turkish_c: str) -> str:
    """`folded`, Turkish c written as `turkish_c`."""
    if not word.isascii() or not word.isalpha():
        return DOUBLED.sub(r"\1", word) if word.isalpha() and GREEK_OR_CYRILLIC.search(word) else word
    word = _w_as_u(word)
    for written, common in CONVENTIONS:
        word = word.replace(written, common)
    # j meets y: German and Spanish write y's sound j (Netanjahu, Jassir; Yihad for jihad).
    word = _TURKISH_C.sub(turkish_c, word.replace("j", "y"))
    if len(word) > 3 and word[-1] == "p" and word[-2] in "aeiou":
        word = word[:-1] + "b"  # Turkish writes an Arabic name's final b as p: Tayyip, Recep, Habip
    return DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The folded word without its vowels, a leading vowel kept as "a": Ubaida, Obeida and Ubeyde are
    "abd". Two words with one skeleton differ only in vowels."""
    # A c is a consonant in every language that writes one (Turkish j, Italian ch, Spanish s or k): folded
    # as y, it would leave the skeleton as a vowel does, and Ocalan would be "aln", a vowel apart from
    # ellenica (Greek, in Italian); Macedonia Modiin's "mdn". A y or j may write a vowel (Haniya, Hanija).
    word = _folded(word, "c")
    if not word.isascii() or not word:
        return word
    # A digraph is one consonant: Şeria (sheria) is not Sahra, whose s and h are two.
    word = word.replace("sh", "S").replace("th", "T").replace("dh", "D").replace("gh", "G")
    # A leading c is Turkish j as folded writes it (Cihad, Jihad: "yhd").
    lead = "a" if word[0] in "aeiou" else "y" if word[0] == "c" else word[0]
    return lead + _VOWELS.sub("", word[1:])


# A digraph `folded` writes as one letter by dropping its h: gh as g (Gazi for Ghazi). The other folds
# keep the h (kh and ch as h: Halil, Chalil for Khalil).
FOLDED_DIGRAPHS = re.compile(r"gh")


@lru_cache(maxsize=65536)
def digraph_skeleton(word: str) -> str:
    """The skeleton with gh kept apart from g. Two words whose skeletons agree but whose digraph
    skeletons do not rest on gh folded on one side only, where an h the fold dropped may stand
    elsewhere in the other word: Houhgo (h-h-g) is Hougho with g and h swapped, not Huhoghai
    (h-h-gh) with other vowels."""
    if not word.isascii():
        return skeleton(word)
    return skeleton(FOLDED_DIGRAPHS.sub("G", word))

"""Case endings: Turkish ones written after an apostrophe (`without_case_ending`: Hamas'ın is
Hamas), Azerbaijani ones written without (`without_azerbaijani_case_ending`: Qahirəyə is Qahirə), the endings Slavic, Baltic, Hungarian and Finnish copy put on a name (`case_ending_readings`;
a Russian-declined name in the nominative: `russian_case_readings`),
on an acronym after a hyphen or a colon (CIA-e, CIA:n), and a body's name in the genitive after an
office (`body_forms`).
"""

from __future__ import annotations

import re

from knowledge.names.normalise.latin import fold_transliteration
from knowledge.names.normalise.lexicon import PARTICLES

# Turkish case endings written after an apostrophe on a proper name: Doha'ya, Kahire'de, Hamas'ın,
# Konseyi'ni (the accusative after a vowel), Refah'taki (in Rafah: the locative and -ki). A proper name
# that ends a compound takes the compound's possessive -(s)I after the apostrophe, and the case after
# that with the buffer n (Lübnan Hizbullah'ı, Lebanon's Hezbollah; Lübnan Hizbullah'ının, of it): both
# are grammar, cut off with the apostrophe.
_TURKISH_CASE_AFTER_POSSESSIVE = r"(?:n[ıiuü]n|n[ae]|n[ıiuü]|nd[ae]n?|nd[ae]ki)"
_TURKISH_SUFFIX = re.compile(
    r"(?<=\w)['\u2019\u02bc](?:y?[aeıiuü]|n?[ıiuü]n|n[ıiuü]|n?[dt][ae]ki|[dt][ae]n?|y?l[ae]|n[ae]|nd[ae]n?|dir|dır|ki"
    rf"|s?[ıiuü]{_TURKISH_CASE_AFTER_POSSESSIVE})(?=$|[\s,.;:!?)])",
    re.IGNORECASE)


# The genitive a body's name takes after an office in Greek, Czech, Polish and Russian ("της
# Παλαιστινιακής Αρχής", "vůdce Hamásu", "глава Моссада"): read off every word of the body that has it.
_BODY_GENITIVES = ("σ", "u", "a", "y", "i", "ie", "а", "у", "ы", "и", "я", "е")


def body_forms(body: list[str]) -> list[list[str]]:
    """A body's name as typed after an office, and without the genitive ending its words share."""
    forms = [body]
    for ending in _BODY_GENITIVES:
        taking = [word.endswith(ending) and len(word) - len(ending) >= CASE_STEM_LENGTH for word in body]
        if any(taking):
            form = [word[: len(word) - len(ending)] if took else word for word, took in zip(body, taking)]
            if form not in forms:
                forms.append([fold_transliteration(word) for word in form])
    return forms


def without_case_ending(query: str) -> str:
    """The query with a Turkish case ending after an apostrophe cut off ("Doha'ya" → "Doha")."""
    return _TURKISH_SUFFIX.sub("", query)


# Azerbaijani writes a proper name's case ending with no apostrophe (Qahirəyə, to Cairo; "Qəzza
# zolağındakı", in the Gaza Strip, after the possessive of zolağı), and only Azerbaijani among the
# Latin-script languages writes ə: a query with ə is read with the dative, locative, ablative,
# genitive or -dakı off its last word (the possessive kept, as the name writes it), four letters at
# least left. Not the accusative -ı, -i, nor the dative -a, -ə after a consonant: names end so of their
# own (Bakı; Qahirə, Məkkə, where Arabic writes ta marbuta), and -iyə, -iya is a name's own end (Türkiyə,
# Suriya), so the dative -yə, -ya is read off only after another vowel.
_AZERBAIJANI_CASE = re.compile(
    r"(?<=\w{4})(?:(?<=[aəeoöuü])y[aə]|n?[dt][aə]k[ıi]|n?[dt][aə]n?|n[ıiuü]n)$", re.IGNORECASE)


def without_azerbaijani_case_ending(query: str) -> str:
    """The query with an Azerbaijani case ending cut off its last word, if it writes ə ("Qahirəyə" →
    "Qahirə"); otherwise as it is."""
    if "ə" not in query.casefold():
        return query
    words = query.rstrip().split(" ")
    words[-1] = _AZERBAIJANI_CASE.sub("", words[-1])
    return " ".join(words)


# A case ending on an acronym, after a hyphen as the South Slavic languages, Polish, Slovak and Hungarian
# write it (Vijeće sigurnosti UN-a, SAD-u, CIA-e, ONZ-tu, ENSZ-ben, CIA-t) or a colon as Finnish and Swedish
# do (CIA:n, FN:s): the acronym in capitals, the ending in small letters, four at most. Not Turkish -li
# (ABD'li, American: from the US), which makes another word, a nationality.
_ACRONYM_CASE = re.compile(r"(?<![\w\-:])([^\W\d_]{2,5})[\-:]([^\W\d_]{1,4})(?![\w\-:])")
_NO_CASE = frozenset({"li", "lı", "lu", "lü"})


def without_acronym_case(query: str) -> str:
    return _ACRONYM_CASE.sub(lambda m: m.group(1) if m.group(1).isupper() and m.group(2).islower()
                             and m.group(2) not in _NO_CASE else m.group(0), query)


# Case endings other languages put on a foreign person's name, in `parts` form (diacritics folded).
# Slavic and Baltic languages decline every word of a man's name alike: Czech "Netanjahuovi" (dative),
# "Netanjahuem", Slovak "Netanjahuom" (instrumental), Polish "Mahmudowi Abbasowi", Lithuanian
# "Mahmudas Abbasas" (the nominative they add), Russian "Дональдом Трампом", "Махмуду Аббасу". The
# ending is read off only where every word of the name has it (one case, agreeing), or, on one word,
# where it is of two letters or more. Never the genitive -a (Polish "Mahmuda Abbasa", Russian "Самира
# Хасана"): Arabic writes a woman's name so (Mahmuda, Samira, Jamila; Hamada is a family name as Hamad
# is), so "Jamila Hamada" may be a woman the store does not have, not Jamil Hamad's genitive.
AGREEING_CASE_ENDINGS = ("owi", "ovi", "em", "om", "as", "ui", "ому", "ові", "еві", "ом", "ем", "ём", "у", "ю")
LONE_CASE_ENDINGS = tuple(ending for ending in AGREEING_CASE_ENDINGS if len(ending) > 1 and ending != "as")
# Hungarian and Finnish put the case on the last word of a name only ("Benjámin Netanjahuval", with
# Netanyahu; "Netanjahunak", "Abbásszal", where -val takes the consonant before it; Finnish
# "Trumpille", "Netanjahulle"): read off the last word, the longest first. Only suffixes of three
# letters: names end in -n, -t, -in, -at, -et, -ra of their own (Mazen, Kalin, Arafat, Mehmet,
# Zahra), so the Finnish genitive -n and the Hungarian accusative -t are not read off.
LAST_WORD_SUFFIXES = tuple(sorted("""
    val vel nak nek nal nel rol rel tol tel hoz hez ban ben bol bel ert
    lle lla lta sta ssa ksi ille illa ilta ista issa
    """.split(), key=len, reverse=True))
_HUNGARIAN_DOUBLED = {"ssz": "sz", "zzs": "zs", "ccs": "cs", "ggy": "gy", "lly": "ly", "nny": "ny", "tty": "ty"}
CASE_STEM_LENGTH = 4  # the shortest word an ending is read off


def case_ending_readings(reading: list[str]) -> list[list[str]]:
    """A person's name, as `parts_as_typed` (before the fold, which undoubles letters), read without the
    case endings other languages put on it (AGREEING_CASE_ENDINGS on every word, LONE_CASE_ENDINGS on
    a lone one, LAST_WORD_SUFFIXES on the last), each in `parts` form: "mahmudowi abbasowi" is also
    "mahmud abas", "netanjahuovi" "netanjahu", "benjamin netanjahuval" "benjamin netanjahu". Which of
    them, if any, is a name only the store can say."""
    found: list[list[str]] = []
    if not reading or not all(word.isalpha() for word in reading):
        return found
    # An initial takes no ending ("D. Trumpas"), nor, for an ending of two letters, a word ending in a
    # vowel that lacks it: such foreign names are not declined ("Benjaminas Netanyahu", Lithuanian;
    # "Биньямином Нетаньяху", Russian).
    named = [word for word in reading if len(word) > 1]
    endings = AGREEING_CASE_ENDINGS if len(named) > 1 else LONE_CASE_ENDINGS
    if not any(word.endswith(endings) for word in reading):
        endings = ()  # most names: nothing to read off, found without a loop
    for ending in endings:
        takes = [word.endswith(ending) and len(word) - len(ending) >= CASE_STEM_LENGTH for word in reading]
        # Nor a particle (Czech "Mohammedem bin Abdulrahmanem Al Thani": bin is not declined).
        exempt = [len(word) == 1 or not taken and word in PARTICLES
                  or len(ending) > 1 and not taken and word[-1] in "aeiouyаеиоуыэюяё"
                  for word, taken in zip(reading, takes)]
        if any(takes) and all(taken or free for taken, free in zip(takes, exempt)):
            found.append([word[: len(word) - len(ending)] if taken else word for word, taken in zip(reading, takes)])
    found += russian_case_readings(reading)
    last = reading[-1]
    if last.isascii() and last.endswith(LAST_WORD_SUFFIXES + ("al", "el")):
        for suffix in LAST_WORD_SUFFIXES:
            if last.endswith(suffix) and len(last) - len(suffix) >= CASE_STEM_LENGTH and (len(reading) > 1 or len(suffix) > 1):
                found.append(reading[:-1] + [last[: len(last) - len(suffix)]])
        # Hungarian -val/-vel after a consonant: the v becomes that consonant (Abbásszal, Trumppal).
        if last.endswith(("al", "el")) and len(last) >= CASE_STEM_LENGTH + 4:
            stem = last[:-2]
            for doubled, single in _HUNGARIAN_DOUBLED.items():
                if stem.endswith(doubled):
                    found.append(reading[:-1] + [stem[: -len(doubled)] + single])
                    break
            else:
                if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                    found.append(reading[:-1] + [stem[:-1]])
    unique: list[list[str]] = []
    for candidate in found:
        candidate = [fold_transliteration(word) for word in candidate]
        if candidate not in unique:
            unique.append(candidate)
    return unique


# Russian's cases of a man's name ending in a consonant, each with its hard ending and the soft one it
# takes after ь or й (Камаль: Камалем; Сергей: Сергеем): the genitive (and accusative) -а, the dative
# -у, -ю, the instrumental -ом, -ем, -ём. One case on every word, hard or soft as each word's last letter
# has it: "Аббасом Камалем" (with Abbas Kamel, newsru.co.il), "Махмуда Аббаса". Not the soft genitive
# -я: Джамиля is Jamila, a woman, and "Джамиля Хамада" may be her, not Jamil Hamad.
_RUSSIAN_CASES = ((("а",), ()), (("у",), ("ю",)), (("ом",), ("ем",)))  # ё is е once `tokens` drops its marks
_RUSSIAN_VOWELS = "аеиоуыэюяё"
_RUSSIAN_UNDECLINED = "еиоуыэю"  # a foreign name ending so is not declined; one in -а or -я is (Хамада, Хамады)
# A lone word's genitive is read off only from this many letters left: short family names have a
# namesake with -a of their own (Хамад, Хамада; Аббас and Abbasa are listed anyway). One letter fewer
# where the stem ends in two consonants (Трампа, Уолтца, Бернса): a name in -a after a vowel and one
# consonant is a woman's or a family name of its own (Самира, Хамада), after two it is the genitive.
RUSSIAN_LONE_GENITIVE_STEM = 6
RUSSIAN_LONE_GENITIVE_CLUSTER_STEM = 5


def _lone_genitive_stem(stem: str) -> bool:
    """Whether a lone word's stem is long enough to read its -а as the genitive (RUSSIAN_LONE_GENITIVE_STEM)."""
    if len(stem) >= RUSSIAN_LONE_GENITIVE_STEM:
        return True
    return (len(stem) >= RUSSIAN_LONE_GENITIVE_CLUSTER_STEM
            and stem[-1] not in _RUSSIAN_VOWELS + "ьй" and stem[-2] not in _RUSSIAN_VOWELS + "ьй")


def russian_case_readings(reading: list[str]) -> list[list[str]]:
    """A Russian-declined man's name read in the nominative: every word of it (particles, which stay as
    they are, aside) in one case, each stem ending in a consonant, a soft ending's stem with ь or й put
    back as the store writes it (Камалем: камаль; Сергеем: сергеи, as `tokens` writes й).
    A foreign name ending in a vowel is not declined (Нетаньяху), so it is left as it is beside the
    instrumental and the dative, never beside the genitive: "Самира Ханийе" is a woman, Samira Haniyeh,
    since Russian declines no woman's family name ending in a consonant and a woman's given name ends in
    -а. A lone word's genitive is read only from RUSSIAN_LONE_GENITIVE_STEM letters ("Эрдогана")."""
    if not reading or any(word.isascii() or not word.isalpha() for word in reading):
        return []
    named = [i for i, word in enumerate(reading) if word not in PARTICLES]
    if not named:
        return []
    found = []
    for genitive, (hard, soft) in zip((True, False, False), _RUSSIAN_CASES):
        stems: list[list[str]] = []
        for i, word in enumerate(reading):
            # A hard ending after a consonant; a soft one after a consonant (the stem's ь dropped) or
            # after a vowel (its й dropped, which `tokens` writes и: Сергеем, "сергеи").
            ending = next((e for e in hard + soft if word.endswith(e) and len(word) - len(e) >= CASE_STEM_LENGTH - 1
                           and (e in soft or word[-len(e) - 1] not in _RUSSIAN_VOWELS)), None)
            if i not in named:
                stems.append([word])
            elif ending is None and not genitive and word[-1] in _RUSSIAN_UNDECLINED and len(named) > 1:
                stems.append([word])  # undeclined: Биньямином Нетаньяху
            elif ending is None:
                break
            elif ending in soft:
                stem = word[:-len(ending)]
                stems.append([stem + "и"] if stem[-1] in _RUSSIAN_VOWELS else [stem + "ь"])
            else:
                stems.append([word[:-len(ending)]])
        else:
            if all(stem == [word] for stem, word in zip(stems, reading)):
                continue
            if genitive and len(named) == 1 and not _lone_genitive_stem(stems[named[0]][0]):
                continue
            found.append([options[0] for options in stems])
    return found + _genitive_beside_a_family_name_in_a(reading, named)


def _genitive_beside_a_family_name_in_a(reading: list[str], named: list[int]) -> list[list[str]]:
    """A man's name in the genitive whose family name ends in -а or -я, which Russian declines as a
    feminine noun (Хания: Хании; аль-Хейя: аль-Хейи; Хамада: Хамады): the family name in -ы or -и,
    each given name in -а or, soft, -я. A woman's name declines the given name too (Самира Хамада:
    Самиры Хамады), so beside a family name in -ы or -и a given name in -я is the man's soft genitive
    ("Халиля аль-Хейи": Халиль аль-Хейя), not Jamila's nominative."""
    if len(named) < 2 or not reading[named[-1]].endswith(("ы", "и")) or len(reading[named[-1]]) < CASE_STEM_LENGTH:
        return []
    stems = list(reading)
    for i in named[:-1]:
        word = reading[i]
        if len(word) <= CASE_STEM_LENGTH or word[-2] in _RUSSIAN_VOWELS:
            return []
        if word.endswith("а"):
            stems[i] = word[:-1]
        elif word.endswith("я"):
            stems[i] = word[:-1] + "ь"
        else:
            return []
    family = reading[named[-1]][:-1]
    endings = ("а",) if reading[named[-1]].endswith("ы") else ("я", "а")
    return [stems[:named[-1]] + [family + ending] + stems[named[-1] + 1:] for ending in endings]

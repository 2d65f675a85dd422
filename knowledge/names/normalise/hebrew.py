"""Hebrew script: its one-letter prefixes, the gershayim of its acronyms, and the titles, qualifiers,
countries and nationalities Hebrew puts before a name (`hebrew_title_length`).
"""

from __future__ import annotations

import re

from knowledge.names.normalise.scripts import HEBREW_FINALS

# Hebrew titles (with or without a one-letter prefix: לנשיא, "to President"), final letters folded as in
# `tokens` and gershayim dropped: אלוף (major general), שייח', ד"ר, ח"כ (MK), תא"ל, רמטכ"ל, העיתונאי;
# בכיר, a senior (official), before the body he is of ("בכיר חמאס חליל אל-חיה", "הבכיר בחמאס").
HEBREW_TITLES = frozenset("""
    נשיא ראש הממשלה רהמ שר מר גב דר פרופ הרב רב אלוף תאל ראל סאל אלמ רמטכל חכ יור מנכל שגריר
    שייח שיח עיתונאי פרשן כתב גנרל בכיר
    """.translate(HEBREW_FINALS).split())
# Words Hebrew puts after an office and its complement, before the name: the incoming, the outgoing, the
# new, the elect ("ראש השב"כ הנכנס, רונן בר", ynet). Never לשעבר (former), which `tokens` keeps: the
# holder then may not be the holder now.
HEBREW_TITLE_QUALIFIERS = frozenset("הנכנס היוצא החדש הנבחר".translate(HEBREW_FINALS).split())
# Hebrew offices in the construct state (ראש המוסד, head of the Mossad; שר החוץ, foreign minister): a
# word with the article ה after one is its complement. Without the article it is not: "ראש לשכת
# נתניהו" is the head of Netanyahu's bureau.
HEBREW_CONSTRUCT_TITLES = frozenset("ראש שר נשיא יור מפקד".translate(HEBREW_FINALS).split())
# Countries a Hebrew office is of, written after it with no article (נשיא ארה"ב טראמפ, srugim.co.il;
# ראש ממשלת קטר): never ישראל, also a given name (Israel Katz).
HEBREW_COUNTRIES = frozenset('ארה"ב ארהב מצרים טורקיה קטר איראן ירדן לבנון סוריה'.replace('"', "").translate(HEBREW_FINALS).split())
HEBREW_NATIONALITIES = frozenset("""
    הטורקי האמריקאי האמריקני המצרי הקטרי הפלסטיני הישראלי האיראני הסעודי הירדני הלבנוני הרוסי
    """.translate(HEBREW_FINALS).split())
# Gershayim (צה"ל, שב״כ) and geresh (ג'ורג') inside a Hebrew word are part of it, not separators.
HEBREW_QUOTES = re.compile(r"(?<=[\u05d0-\u05ea])[\"\u05f4\u05f3'\u2019\u201d](?=[\u05d0-\u05ea]|$|\s)")
# One-letter prefixes of Hebrew words: in, the, and, as, to, from, that (בישראל, לנתניהו).
HEBREW_PREFIXES = frozenset("בהוכלמש")
# A Hebrew acronym: gershayim before its last letter (צה"ל, בצה״ל: in the IDF).
HEBREW_ACRONYM = re.compile(r"[\u05d0-\u05ea]+[\"\u05f4\u201d][\u05d0-\u05ea](?![\u05d0-\u05ea])")


def hebrew_title_length(words: list[str]) -> int:
    """How many of a Hebrew name's leading words are titles (with or without a one-letter prefix), the
    complement of an office (ראש המוסד) and a nationality after a title; the last word is kept."""
    lead = 0
    while lead < len(words) - 1:
        word = words[lead]
        base = word if word in HEBREW_TITLES else word[1:] if word[:1] in HEBREW_PREFIXES else ""
        if base in HEBREW_TITLES:
            lead += 1
            if (base in HEBREW_CONSTRUCT_TITLES and not word.startswith("ה" + base) and lead < len(words) - 1
                    and (words[lead][:1] == "ה" and len(words[lead]) > 2 or words[lead] in HEBREW_COUNTRIES)):
                lead += 1  # ראש המוסד: the head of the Mossad; נשיא ארה"ב, the US president
            elif base in HEBREW_CONSTRUCT_TITLES and lead < len(words) - 2 and words[lead].isascii():
                lead += 1  # ראש ה-CIA: a body in Latin letters, its article dropped (`tokens`), two words after
        elif lead and (word in HEBREW_NATIONALITIES or word in HEBREW_TITLE_QUALIFIERS):
            lead += 1
        else:
            break
    return lead

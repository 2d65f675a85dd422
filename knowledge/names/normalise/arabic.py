"""Arabic script: its words as `tokens` splits them (the article detached, عبد joined to the name it
begins), the proclitics written joined to a word (`arabic_proclitic_stems`), and the titles, offices,
nationalities and descriptions Arabic, Persian and Urdu put before a name (`arabic_title_length`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.names.normalise.scripts import (ARABIC_ARTICLE, ARABIC_FOLD, ARABIC_MARKS, ARABIC_SEPARATORS,
                                               INVISIBLE, arabic_words, is_arabic)

# Persian's letters for sounds Arabic has no letter for, each of which Arabic writes in several ways:
# گ (g) as غ, ج, ك or ق (غانتس, Gantz; أردوغان, Persian اردگان: Erdogan; جوجل and قوقل, Google); چ
# (ch) as تش, ش or ج (تشرشل, Churchill); ژ (zh) as ج or ز (جنيف, Persian ژنو: Geneva). Never folded to
# one of them: a query is read in each (`arabic_spellings`), and names read two ways are asked.
_PERSIAN_LETTERS_IN_ARABIC = {"\u06af": ("\u063a", "\u062c", "\u0643", "\u0642"),
                              "\u0686": ("\u062a\u0634", "\u0634", "\u062c"), "\u0698": ("\u062c", "\u0632")}

# Persian and Urdu titles, in their letters as `tokens` folds them (keheh is kaf, Persian yeh yeh, the
# zero-width non-joiner dropped: رئیس‌جمهور is رييسجمهور): the doctor (دکتر, ڈاکٹر), the president
# (رئیس‌جمهور; Urdu صدر, never before the article: صدر الدين, Sadr al-Din, is a given name), the prime
# minister (نخست‌وزیر; Urdu وزیراعظم), the ayatollah. Written as two words, رئیس جمهور and وزیر اعظم are
# a title and its complement (PERSIAN_AND_URDU_TITLE_WORDS), نخست وزیر a complement and its title.
PERSIAN_AND_URDU_TITLES = frozenset(
    ARABIC_MARKS.sub("", INVISIBLE.sub("", word)).translate(ARABIC_FOLD) for word in """
    دکتر ڈاکٹر رئیس‌جمهور رئیس‌جمهوری نخست‌وزیر وزیراعظم آیت‌الله
    آقای جناب سرلشکر سرتیپ سپهبد ارتشبد سرهنگ سرگرد
    """.split())
# Of those, Persian's honorific (آقای, Mr; جناب, his excellency) and army ranks (سرلشکر, major general;
# سرتیپ, brigadier general; سپهبد, lieutenant general; ارتشبد, general; سرهنگ, colonel; سرگرد, major):
# "سرلشکر عباس کامل", "آقای عباس کامل". Not سردار (commander), also a given name (Sardar Azmoun).
PERSIAN_GENERALS = frozenset(ARABIC_MARKS.sub("", word).translate(ARABIC_FOLD) for word in "سرلشکر سرتیپ سپهبد ارتشبد".split())
URDU_SADR = "\u0635\u062f\u0631"  # صدر, the president: a title only before a word without the article
PERSIAN_AND_URDU_TITLE_WORDS = frozenset({"\u062c\u0645\u0647\u0648\u0631", "\u0627\u0639\u0638\u0645"})  # جمهور, اعظم after
PERSIAN_TITLE_LEADS = frozenset({"\u0646\u062e\u0633\u062a"})  # نخست before وزیر
# The same in Arabic (folded as `tokens` folds them, after the article is split off):
# ranks, offices, honorifics and the occupations Arabic outlets put before a name (الصحفي, the journalist).
ARABIC_TITLES = arabic_words("""
    رئيس شيخ دكتور د لواء فريق عميد عقيد مشير جنرال وزير وزراء صحفي صحافي سفير مبعوث بروفيسور
    """, feminine=True) | PERSIAN_AND_URDU_TITLES
# Words that are titles only with the article (الأمير, the emir; الشهيد, the martyr): without it they
# are given names (Amir, Malak, Sayyid, Shahid), and "Amir Khalil al-Hayya" is Amir son of Khalil al-Hayya.
ARABIC_ARTICLE_TITLES = arabic_words("""
    أمير ملك سيد شهيد قائد قيادي زعيم كاتب محلل باحث مهندس أستاذ أسير مناضل حاج أخ مجاهد
    متحدث ناطق مختص خبير مراسل ناشط مسؤول مفاوض
    """, feminine=True)
# Offices in the construct state, "head of the X": without the article, the definite word after one
# is its complement (رئيس الموساد, head of the Mossad; وزير الخارجية, foreign minister), and the name
# follows. An indefinite one is not: "رئيس مكتب نتنياهو" is the head of Netanyahu's office, not him.
# Also a member (عضو المكتب السياسي, member of the political bureau) and a deputy (نائب رئيس, deputy head).
ARABIC_CONSTRUCT_TITLES = arabic_words("رئيس وزير قائد مدير عضو نائب")
# Nationalities after a title (الرئيس الفلسطيني, the Palestinian president), with the article, as folded.
ARABIC_NATIONALITIES = arabic_words("""
    فلسطيني تركي أمريكي أميركي إسرائيلي مصري قطري إيراني سعودي إماراتي أردني لبناني روسي
    """, feminine=True)


# Urdu writes a foreign name's final vowel a with heh goal (پانامہ, امریکہ, افریقہ), where Arabic and
# Persian write alef (پاناما, أمريكا) or, for a name with ta marbuta, ة (أنقرة, Urdu انقرہ, which the
# folds already meet): a word ending in it is also read with alef. Only Urdu writes heh goal, so an
# Arabic or Persian word's final ه (هنيه, Haniyeh) is never read so.
_URDU_FINAL_A = re.compile(r"\u06c1(?=$|[\s\u200c،,.;:!?)])")


# The kunya's أبو ("father of") in the genitive and the accusative, أبي and أبا, after a preposition
# or a verb ("لأبي مازن", for Abu Mazen; "عن أبي عبيدة"), perhaps with a proclitic: also read as أبو,
# as the desk writes it, where another word, the rest of the kunya, follows.
_KUNYA_CASE = re.compile("(?<![\\w])([\u0648\u0641]?[\u0628\u0644\u0643]?)[\u0627\u0623]\u0628[\u064a\u0627](?=\\s+\\S)")


def arabic_spellings(query: str) -> list[str]:
    """The query with Persian's گ, چ and ژ written each way Arabic writes them, every occurrence of a
    letter one way at a time (`_PERSIAN_LETTERS_IN_ARABIC`): رجب طیب اردگان is also رجب طیب اردغان;
    with Urdu's final heh goal as alef (`_URDU_FINAL_A`: پانامہ, پاناما), and the kunya's أبي, أبا as أبو
    (`_KUNYA_CASE`: لأبي مازن, لأبو مازن). None for a query without them."""
    spellings = [query]
    for letter, ways in _PERSIAN_LETTERS_IN_ARABIC.items():
        if letter in query:
            spellings = [spelling.replace(letter, way) for spelling in spellings for way in ways]
    if _URDU_FINAL_A.search(query):
        spellings += [_URDU_FINAL_A.sub("\u0627", spelling) for spelling in spellings]
    if _KUNYA_CASE.search(query):
        spellings += [_KUNYA_CASE.sub("\\1\u0623\u0628\u0648", spelling) for spelling in spellings]
    return [] if spellings == [query] else spellings


def office_after_proclitics(word: str) -> tuple[str, bool]:
    """An Arabic office with the one-letter words Arabic writes joined to it (و and, ف so, ب with, ل
    for, ك as; then the article): ومدير, برئيس الوزراء, والرئيس, للرئيس, as (office, whether the article
    was there); the word as it is, and False, if it is none. The rest is three letters or more (never
    والد, the father: د is Dr.)."""
    if word in ARABIC_TITLES or word in ARABIC_CONSTRUCT_TITLES or len(word) < 4:
        return word, False
    with_article = set(arabic_proclitic_stems(word, before_article=True))
    for stem in arabic_proclitic_stems(word):
        if stem in ARABIC_TITLES or stem in ARABIC_CONSTRUCT_TITLES or (stem in with_article and stem in ARABIC_ARTICLE_TITLES):
            return stem, stem in with_article
    return word, False


def arabic_title_length(words: list[str]) -> int:
    """How many of an Arabic name's leading words are titles, their articles, the complement of an
    office ("head of the Mossad") and a nationality after a title; at least the last word is kept."""
    lead, titled = 0, False
    while True:
        article = lead < len(words) and words[lead] == "al"
        word_at = lead + article
        if word_at >= len(words) - 1:
            break
        word = words[word_at]
        following = words[word_at + 1]
        if not article and not lead:
            word, article = office_after_proclitics(word)
        if (not article and word in ARABIC_CONSTRUCT_TITLES and word_at + 2 < len(words) - 1
                and following == "al"):
            lead, titled = word_at + 3, True  # رئيس الموساد: the title and its complement
        elif (not article and word in ARABIC_CONSTRUCT_TITLES and following in ARABIC_BODY_TYPES
              and _arabic_description_length(words, word_at + 1) >= 2):
            lead, titled = word_at + 1, True  # مدير مركز مسارات: the office of a body named by its kind
        elif word in ARABIC_TITLES or (article and word in ARABIC_ARTICLE_TITLES) or (
                not article and word == URDU_SADR and following != "al"):
            lead, titled = word_at + 1, True
        elif titled and (word in PERSIAN_AND_URDU_TITLE_WORDS or article and word in ARABIC_NATIONALITIES):
            lead = word_at + 1  # رئیس جمهور; الرئيس الفلسطيني
        elif not article and following != "al" and (word in PERSIAN_TITLE_LEADS and following in ARABIC_TITLES or (
                word in ARABIC_NATIONALITIES and (following in ARABIC_TITLES or following == URDU_SADR))):
            lead = word_at + 1  # نخست وزیر; Urdu puts the nationality first: فلسطینی صدر محمود عباس
        else:
            break
    return lead + _arabic_description_length(words, lead) if titled else 0


# A word with a proclitic and the article joined to it (والمختص, and the specialist; بالشأن, in the
# affair; للشؤون, for the affairs): in a description, never a name's first word.
_PROCLITIC_ARTICLE = re.compile("^(?:[\u0648\u0641]?[\u0628\u0643]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)(?=..)")
_ARABIC_IN = "\u0641\u064a"  # في, in: "القيادي في حماس", the leader in Hamas
_ARABIC_IN_NAME_OF = "\u0628\u0627\u0633\u0645"  # باسم, "in the name of": "المتحدث باسم حماس", Hamas's spokesman
_NISBA = ("\u064a", "\u064a\u0647")  # ي, ية as folded: السياسي, the political; الإسرائيلية
# The kinds of body Arabic names in the construct state before the body's own name, in a description:
# movement, party, brigades, companies, group, organisation, front, apparatus, army, council, ministry,
# agency, office, authority, channel, newspaper, network, centre, institute ("القيادي في حركة حماس",
# "الناطق باسم كتائب القسام", "مدير مركز مسارات للبحوث والدراسات"). No name opens so.
ARABIC_BODY_TYPES = arabic_words("حركة حزب كتائب سرايا جماعة منظمة جبهة جهاز جيش مجلس وزارة وكالة مكتب هيئة قناة صحيفة شبكة مركز معهد")


def _arabic_description_length(words: list[str], lead: int) -> int:
    """How many words after an Arabic title go on describing the person before the name: Arabic puts
    an occupation's adjectives and complements after it, each definite (the article, or a proclitic
    and the article), and "in" or "in the name of" a body ("المحلّل السياسي والمختص بالشأن الإسرائيلي
    محمد دراغمة", the political analyst and specialist in Israeli affairs; "القيادي في حماس خليل الحية";
    "المتحدث باسم حماس"). A name's first word has no article, so the description ends at the first
    word without one; two words of a name are left at least, or nothing is taken."""
    at, taken = lead, 0
    while at < len(words):
        word = words[at]
        if word == "al" and at + 1 < len(words) and words[at + 1].endswith(_NISBA) and len(words[at + 1]) >= 4:
            step = 2  # السياسي, الإسرائيلي: an adjective (nisba) with the article
        elif _PROCLITIC_ARTICLE.match(word):
            step = 1
        elif word in {_ARABIC_IN, _ARABIC_IN_NAME_OF} and at + 1 < len(words) and words[at + 1] in ARABIC_BODY_TYPES:
            step = 1  # in a body named by its kind and its name, read next: "في حركة حماس"
        elif word in {_ARABIC_IN, _ARABIC_IN_NAME_OF} and at + 1 < len(words):
            step = 3 if words[at + 1] == "al" else 2  # the body's one word, with its article if it has one
        elif word in ARABIC_BODY_TYPES and at + 1 < len(words):
            step = 3 if words[at + 1] == "al" else 2  # the kind of body and its name: حركة حماس, كتائب القسام
        else:
            break
        if sum(w != "al" for w in words[at + step:]) < 2:
            break
        at += step
        taken = at - lead
    return taken


# Quotes typed as apostrophes around an Arabic word: straight and curly single ones.
_ARABIC_TEXT_QUOTES = "'\u2018\u2019"
_ARABIC_ABD = "\u0639\u0628\u062f"  # عبد, "servant of", written joined to the next word or apart

# Arabic, Persian and Urdu copy writes a Latin acronym by its letters' names, a word each (سي إن إن,
# CNN; Urdu سی آئی اے, CIA; او آئی سی, OIC): read as typed, before the folds, which would make Urdu's
# A (اے) Arabic's آي. Only the names that say one letter: Arabic writes both A and I آي (سي آي إيه and
# سي إي آي, CIA), and E and I إي, أي or اي; B and the P it has no letter for بي.
_LETTER_NAMES = {name: letter for letter, names in {
    "a": "إيه اے", "b": "بی", "c": "سي سی", "d": "دي دی ڈی", "f": "إف اف ایف", "g": "جي جی",
    "h": "إتش اتش ایچ", "i": "آئی", "j": "جاي جے", "k": "كاي کے", "l": "إل ایل", "m": "إم ایم",
    "n": "إن ان این", "o": "أو او", "p": "پی", "q": "كيو کیو", "r": "آر", "s": "إس اس ایس", "t": "تي تی ٹی",
    "u": "يو یو", "v": "في وی", "w": "دبليو ڈبلیو", "x": "إكس ایکس", "y": "واي وائی", "z": "زد زی زیڈ",
}.items() for name in names.split()}


def _spelled_initials(text: str) -> str | None:
    """The acronym a text of two or more letters' names spells (`_LETTER_NAMES`), or None."""
    words = [w for w in ARABIC_SEPARATORS.split(ARABIC_MARKS.sub("", text)) if w]
    if len(words) < 2 or not all(w in _LETTER_NAMES for w in words):
        return None
    return "".join(_LETTER_NAMES[w] for w in words)


def arabic_tokens(text: str) -> list[str]:
    if initials := _spelled_initials(text):
        return [initials]
    text = ARABIC_MARKS.sub("", text).translate(ARABIC_FOLD)
    text = re.sub(f"(?<![\u0600-\u06ff]){_ARABIC_ABD}\\s+", _ARABIC_ABD, text)
    words = []
    # Arabic outlets quote and bracket names as Latin ones do: «حماس», "حماس", (حماس).
    for word in ARABIC_SEPARATORS.split(text):
        if not word.isascii():
            word = word.strip(_ARABIC_TEXT_QUOTES)  # 'أبو عمار': no Arabic word begins or ends with an apostrophe
        if not word:
            continue
        if word.isascii():
            words.append(word.casefold())  # a Latin name in an Arabic text: قناة CNN
        elif word.startswith(ARABIC_ARTICLE) and len(word) > 3:
            words.extend(["al", word[2:]])  # the article is optional, as in Latin script
        else:
            words.append(word)
    return words


# The one-letter words Arabic writes joined to the next: a conjunction, و (and) or ف (so), then a
# preposition, ب (in, at, by), ل (for, to) or ك (as), then the article; ل before the article is
# written لل (للقاهرة, for Cairo). Always on the first word of what they govern: بغزة, لحماس, وبالقاهرة.
_ARABIC_CONJUNCTIONS = ("", "\u0648", "\u0641")
_ARABIC_PREPOSITIONS = ("", "\u0628", "\u0644", "\u0643")
# The shortest word that may follow one (غزة, رفح): two letters after a proclitic are too often a
# word's own letters (بنت is no ب + نت).
ARABIC_STEM_LENGTH = 3


@lru_cache(maxsize=65536)
def arabic_proclitic_stems(word: str, before_article: bool = False) -> tuple[str, ...]:
    """The words an Arabic word (in `parts` form) may be with one-letter proclitics before it, each
    of ARABIC_STEM_LENGTH letters or more, the article dropped as `tokens` drops it: وحماس → حماس,
    بالقاهرة and للقاهرة → قاهره, ولبنان → لبنان and بنان. Which one it is, if any, only the store
    can say (a word of a name); a word that is itself a name's word is that word (لبنان, بيروت).
    With `before_article`, only the readings with the article after the proclitics (والأمني, للأخبار):
    a word's own first letters are seldom و, ف, ب, ل or ك and then the article too."""
    if not is_arabic(word):
        return ()
    stems: list[str] = []
    for conjunction in _ARABIC_CONJUNCTIONS:
        if not word.startswith(conjunction):
            continue
        after = word[len(conjunction):]
        readings = [after[len(p):] for p in _ARABIC_PREPOSITIONS if (conjunction or p) and after.startswith(p)]
        if after.startswith("\u0644\u0644"):
            readings.append(ARABIC_ARTICLE + after[2:])  # لل: ل and the article
        for rest in readings:
            if rest.startswith(ARABIC_ARTICLE):
                rest = rest[2:]
            elif before_article:
                continue
            if len(rest) >= ARABIC_STEM_LENGTH and rest not in stems:
                stems.append(rest)
    return tuple(stems)

"""What a query says besides a name: an office and the body it is of ("head of the Hamas political
bureau Ismail Haniyeh"), a name before an office, an office or the head of a body before one word, a
woman's honorific, a vocation (a rabbi, a cleric): each read for the rule of the matcher or the store
that asks for it.
"""

from __future__ import annotations

from knowledge.names.normalise.arabic import (ARABIC_CONSTRUCT_TITLES, ARABIC_TITLES, PERSIAN_GENERALS,
                                              PERSIAN_TITLE_LEADS, office_after_proclitics)
from knowledge.names.normalise.hebrew import HEBREW_PREFIXES, HEBREW_TITLES
from knowledge.names.normalise.lexicon import ARTICLES, DEMONYM_COUNTRY, STOPWORDS
from knowledge.names.normalise.scripts import arabic_words, is_arabic, latin_words
from knowledge.names.normalise.titles import ANY_TITLE, BODY_LINKS, TITLE_RUN
from knowledge.names.normalise.tokenise import parts, tokens


def office_and_body_splits(query: str) -> list[tuple[list[str], list[str]]]:
    """The ways a query may be an office, the body it is of and a name, as `parts`: (body, name) for
    each place the name may start after leading titles ("head of the Hamas political bureau Ismail
    Haniyeh", "رئيس المكتب السياسي لحركة حماس إسماعيل هنية", "ראש הלשכה המדינית של חמאס ..."). Whether
    the body is one, only the store can say; the name is two words or more (never "President Israel
    Katz" read as Katz)."""
    words = tokens(query, titles=False)
    offices = ANY_TITLE | ARABIC_TITLES | ARABIC_CONSTRUCT_TITLES | HEBREW_TITLES
    if words and is_arabic(words[0]):
        words[0] = office_after_proclitics(words[0])[0]  # ومدير: "and the director of"
    # A Hebrew office with a one-letter prefix counts as one (הבכיר, the senior).
    words = [word[1:] if word[1:] in HEBREW_TITLES and word[:1] in HEBREW_PREFIXES else word for word in words]
    lead = 0
    while lead < len(words) and (words[lead] in offices or words[lead] in TITLE_RUN or words[lead] in ARTICLES):
        lead += 1
    splits = []
    # The body may begin with a word that also goes with a title: a demonym ("της Παλαιστινιακής Αρχής",
    # of the Palestinian Authority).
    for start in range(1, lead + 1):
        if not any(word in offices for word in words[:start]):
            continue
        for end in range(start + 1, len(words) - 1):
            typed, name = words[start:end], parts(" ".join(words[end:]), False)
            # Hebrew may put the body after "in" (ב) rather than in the construct: "בכיר בחמאס", a senior in
            # Hamas; ב takes the place of the article ("במוסד", in the Mossad: המוסד).
            bodies = [typed] + [[stem, *typed[1:]] for stem in (typed[0][1:], "\u05d4" + typed[0][1:])] * _hebrew_in(typed[0])
            for body in (parts(" ".join(words), False) for words in bodies):
                if body and len(name) >= 2 and (body, name) not in splits:
                    splits.append((body, name))
    return splits


def _hebrew_in(word: str) -> bool:
    """Whether a Hebrew word opens with ב, in, before three letters or more."""
    return word[:1] == "\u05d1" and len(word) >= 4 and all("\u05d0" <= ch <= "\u05ea" for ch in word)


def name_before_an_office(query: str) -> list[str]:
    """The words before an office that follows a name in Arabic or Persian script, as `parts`, where
    the name has two words or more ("دافيد برنياع رئيس جهاز المخابرات الإسرائيلي", "رجب طیب اردوغان
    رئیس جمهور ترکیه": copy writes the office after the name with no comma); empty otherwise. Never
    a title word after the article (حسين الشيخ, Hussein al-Sheikh, is a name)."""
    if not is_arabic(query):
        return _latin_name_before_an_office(query)
    words = tokens(query, titles=False)
    offices = ARABIC_TITLES | ARABIC_CONSTRUCT_TITLES
    for at in range(2, len(words)):
        if words[at] in offices and words[at - 1] != "al":
            # Persian's prime minister written as two words: نخست وزیر (first minister), after the name too.
            at -= words[at - 1] in PERSIAN_TITLE_LEADS
            name = parts(" ".join(words[:at]), False)
            return name if len(name) >= 2 else []
    return []


def _latin_name_before_an_office(query: str) -> list[str]:
    """The words before an office and its nationality that close a Latin-script name of two words or
    more, as Hungarian copy writes them ("Recep Tayyip Erdogan török elnök", the Turkish president), as
    `parts`; empty otherwise."""
    words = tokens(query, titles=False)
    at = len(words)
    while at > 0 and (words[at - 1] in TITLE_RUN or words[at - 1] in DEMONYM_COUNTRY):
        at -= 1
    if at == len(words) or not any(word in ANY_TITLE for word in words[at:]):
        return []
    name = parts(" ".join(words[:at]), False)
    return name if len(name) >= 2 else []


# Offices, as English copy writes them before a family name: unlike an honorific (Mr, Dr, Sheikh), an
# office says which of a family's bearers is meant ("Ambassador Herzog" is Michael Herzog, Israel's
# ambassador in Washington, not President Isaac Herzog).
# Descriptions are in English, so an office in another language is read as the English word (an
# ambassador and a general in the languages the wires use; a president is one everywhere, so it needs
# no check and is left out).
_OFFICE_WORDS = {
    "ambassador": latin_words("""ambassador botschafter botschafterin ambassadeur ambassadrice embajador
                               embajadora ambasciatore ambasciatrice embaixador embaixadora büyükelçi
                               büyükelçisi посол πρέσβης""")
                  | arabic_words("سفير") | frozenset({"שגריר", "השגריר"}),
    # Also a general's ranks as Arabic and Hebrew print them: اللواء (major general), الفريق; אלוף,
    # תא"ל, רא"ל ("האלוף הרצוג" is Chaim Herzog, a major general before he was president).
    "general": latin_words("general gen général generale generał генерал στρατηγός") | arabic_words("جنرال لواء فريق")
               | PERSIAN_GENERALS
               | frozenset({"גנרל", "הגנרל", "אלופ", "האלופ", "תאל", "התאל", "ראל", "הראל"}),
}
# The English offices as the Indian languages print them before a name (`titles.INDIC_TITLES`): checked as
# the English words are ("राजदूत हर्ज़ोग", Ambassador Herzog, is Michael Herzog).
_INDIC_OFFICE_WORDS = {
    "ambassador": "राजदूत রাষ্ট্রদূত தூதர் അംബാസഡർ", "general": "जनरल জেনারেল ஜெனரல்",
    "president": "राष्ट्रपति রাষ্ট্রপতি প্রেসিডেন্ট ஜனாதிபதி அதிபர் പ്രസിഡന്റ് રાષ્ટ્રપતિ అధ్యక్షుడు ಅಧ್ಯಕ್ಷ",
    "minister": "प्रधानमंत्री मंत्री প্রধানমন্ত্রী মন্ত্রী பிரதமர் அமைச்சர் പ്രധാനമന്ത്രി മന്ത്രി વડાપ્રધાન પ્રધાનમંત્રી મંત્રી"
                " ప్రధాని ప్రధానమంత్రి ಪ್ರಧಾನಿ ಪ್ರಧಾನಮಂತ್ರಿ",
    "chairman": "अध्यक्ष", "director": "निदेशक পরিচালক இயக்குனர் ഡയറക്ടർ", "spokesman": "प्रवक्ता মুখপাত্র",
    "chief": "प्रमुख প্রধান தலைவர் തലവൻ વડા",
}
OFFICES = {word: office for office, words in _OFFICE_WORDS.items() for word in words} | {
    word: word for word in """president minister chairman director chief king prince envoy commander governor
                              secretary spokesman spokesperson""".split()} | {
    word: office for office, words in _INDIC_OFFICE_WORDS.items() for word in latin_words(words)}
# A president, a prime minister or a minister and a director as the wires' languages print them before a
# family name (Präsident, le président, Cumhurbaşkanı, prezydent, президент, πρόεδρος, الرئيس, הנשיא; Başbakan,
# Ministerpräsident, премьер-министр, πρωθυπουργός, رئيس الوزراء, ראש הממשלה), read as the English word.
# Only to choose among the people a family name lists (`KnowledgeStore.resolve`), never to hold back an
# answer: a description may call a president the leader he was ("The late Palestinian leader").
# The head of an Arabic construct (رئيس الوزراء) is not read: its complement says the office.
_SETTLING_OFFICE_WORDS = {
    "president": latin_words("""präsident präsidentin staatspräsident président présidente presidente presidenta
                              prezydent prezydenta prezident prezidentka prezidenta predsjednik elnök
                              cumhurbaşkanı президент президента πρόεδρος""")
                 | arabic_words("رئيس") | frozenset({"נשיא", "הנשיא"}),
    "minister": latin_words("""ministre ministro ministra premierminister premierministerin ministerpräsident
                             ministerpräsidentin premier premiér başbakan başbakanı bakan bakanı miniszterelnök
                             statsminister министр премьер πρωθυπουργός υπουργός""")
                | arabic_words("وزير وزراء") | frozenset({"הממשלה", "רהמ"}),
    "director": latin_words("directeur direktor direttore direktörü müdürü директор"),
}
SETTLING_OFFICES = OFFICES | {word: office for office, words in _SETTLING_OFFICE_WORDS.items() for word in words}
# A Hebrew office with the one-letter prefixes Hebrew glues on (לנשיא, to the president; והנשיא, and the
# president; שהשגריר): the same office.
SETTLING_OFFICES |= {prefix + word: office for word, office in list(SETTLING_OFFICES.items()) if "\u05d0" <= word[:1] <= "\u05ea"
                     for prefix in HEBREW_PREFIXES - {"ה"} if prefix + word not in SETTLING_OFFICES}


def offices_before_one_word(query: str, settling: bool = False) -> frozenset[str]:
    """The offices, as English words, typed before the one word a query keeps once its titles are
    dropped ("Ambassador Herzog", "السفير هرتسوغ": {"ambassador"}); empty when it keeps more or names
    no office. With `settling`, also the offices of SETTLING_OFFICES (the president, the minister in
    other languages: "الرئيس عباس" {"president"}, "رئيس الوزراء عباس" {"minister"})."""
    every = tokens(query, titles=False)
    if len(every) < 2 or len(tokens(query)) != 1:
        return frozenset()
    table = SETTLING_OFFICES if settling else OFFICES
    heads = {i for i, word in enumerate(every[:-3])  # رئيس الوزراء; never الرئيس, with its own article
             if word in ARABIC_CONSTRUCT_TITLES and every[i + 1] == "al" and (i == 0 or every[i - 1] != "al")}
    return frozenset(table[word] for i, word in enumerate(every[:-1]) if word in table and i not in heads)


# The head of a body, however copy words it ("Mossad chief", "Hamas leader", "Mossad-Chef", "head of the
# Mossad", "MIT Başkanı"): with the body's name before or after it, it settles which bearer of a family
# name is meant only for the one whose description holds a head's word and that body (`KnowledgeStore`).
HEAD_WORDS = latin_words("""
    head chief director leader chairman chairwoman chef leiter leiterin anführer führer direktor direktorin
    directeur dirigeant jefe líder director capo direttore dirigente chefe líder lider lideri başkanı başkan
    şefi leider voorzitter szef przywódca глава руководитель директор лидер председатель αρχηγός επικεφαλής
    """) | arabic_words("رئيس قائد زعيم مدير") | frozenset({"ראש"})


def head_of_body_before_one_word(query: str) -> list[str]:
    """The body's words, as `tokens`, where the query is a head's office with its body's name before or
    after it and one word left once titles are dropped ("Mossad chief Barnea", "head of the Mossad
    Barnea": ["mosad"]); empty when it names no head or no body."""
    every = tokens(query, titles=False)
    if len(every) < 3 or len(tokens(query)) != 1 or not any(word in HEAD_WORDS for word in every[:-1]):
        return []
    body = [word for word in every[:-1] if word not in HEAD_WORDS and word not in TITLE_RUN
            and word not in BODY_LINKS and word not in STOPWORDS and word not in ARTICLES]
    return body


def head_of_body_before_a_name(query: str) -> list[str]:
    """The ways the body may be written, as text, where the titles a query opens with are a head's
    office and a body's name ("head of the Mossad William Burns", "Hamas leader Mahmoud Abbas", "ראש
    המוסד ...": ["mossad"]; "Egyptian intelligence chief ...": ["egyptian intelligence", "intelligence"];
    "глава Моссада ...", the body in the genitive, as `office_and_body_splits` reads it) and a name of
    two words or more follows; empty otherwise (one word left is `head_of_body_before_one_word`'s)."""
    every, kept = tokens(query, titles=False), tokens(query)
    if len(kept) < 2 or len(every) <= len(kept) or not any(word in HEAD_WORDS for word in every[:-2]):
        return []
    found = []
    if every[-len(kept):] == kept:
        lead = [word for word in every[:-len(kept)] if word not in HEAD_WORDS and word not in BODY_LINKS
                and word not in STOPWORDS and word not in ARTICLES]
        found += [" ".join(lead), " ".join(word for word in lead if word not in TITLE_RUN)]
    if any(word in HEAD_WORDS for word in every[:1]):
        found += [" ".join(body) for body, _name in office_and_body_splits(query)]
    return [text for k, text in enumerate(found) if text and text not in found[:k]]


# Honorifics that say a woman, as `tokens` drops them (Mrs, Ms; Hebrew גב', Arabic السيدة): before a
# lone family name they name the wife, mother or daughter of the man the store may have under it
# ("Mrs Netanyahu" is Sara Netanyahu, "Mrs Herzog" Michal Herzog).
WOMENS_HONORIFICS = frozenset({"mrs", "ms", "גב", "הגב"}) | arabic_words("سيدة")


def womans_honorific_before_one_word(query: str) -> bool:
    """Whether a woman's honorific stands before the one word a query keeps once its titles are
    dropped ("Mrs Netanyahu", "السيدة نتنياهو")."""
    every = tokens(query, titles=False)
    return len(every) >= 2 and len(tokens(query)) == 1 and any(w in WOMENS_HONORIFICS for w in every[:-1])


# Titles that say what someone is, not only how to address him: a rabbi, a cleric. Typed with a name,
# they say which bearer of it is meant as an office does ("הרב יצחק הרצוג" is Rabbi Yitzhak HaLevi
# Herzog, the first chief rabbi, not President Isaac Herzog, his grandson): an answer stands only for a
# person the desk's knowledge gives that title (`vocations_unsupported`). As `tokens` writes them, in
# the languages the matcher reads titles in; each group read as one title. Not sheikh: Arabic copy
# gives it to royals, elders and movement leaders alike ("Sheikh Ismail Haniyeh"), an honorific that
# tells no bearer of an Arab name from another, and no other name has a sheikh namesake to fear.
_VOCATION_WORDS = {
    "rabbi": latin_words("""rabbi rabbis rav rabbiner oberrabbiner landesrabbiner rabbin rabbino rabino
                          раввин рав ραββίνος ραβίνος haham hakham""")
             | arabic_words("حاخام حاخامات") | frozenset("רב הרב לרב והרב הרהג הרבנ רבנ".split()),
    "cleric": latin_words("""cardinal kardinal cardenal cardinale cardeal bishop archbishop bischof erzbischof
                           évêque archevêque obispo arzobispo vescovo arcivescovo imam imamı ayatollah
                           ayatolá ajatollah ayetullah mufti müftü pope papst pape patriarch patriarche
                           patriarca reverend priest priester prêtre sacerdote кардинал епископ имам
                           аятолла муфтий патриарх""")
              | arabic_words("مفتي") | frozenset("הכומר האימאם האיאתוללה".split()),
}
VOCATIONS = {word: group for group, words in _VOCATION_WORDS.items() for word in words}


# Hebrew רב before a rank is its first half, not a rabbi: רב-אלוף (lieutenant general), רב-סרן (major).
_HEBREW_RANKS_AFTER_RAV = frozenset("אלופ סרנ סמל טוראי נגד".split())


def vocations_typed(query: str) -> frozenset[str]:
    """The vocation titles (rabbi, cleric) the query holds, wherever it holds them."""
    every = tokens(query, titles=False)
    return frozenset(VOCATIONS[word] for i, word in enumerate(every) if word in VOCATIONS
                     and not (word == "רב" and every[i + 1:i + 2] and every[i + 1] in _HEBREW_RANKS_AFTER_RAV))


def vocations_unsupported(query: str, known_as: list[str]) -> frozenset[str]:
    """The vocation titles typed in the query that none of `known_as` (a person's description and
    names, as the desk wrote them) holds in any language."""
    held = {VOCATIONS[word] for text in known_as for word in tokens(text, titles=False) if word in VOCATIONS}
    return vocations_typed(query) - held

"""The words of names that are no name: articles, stop words in the languages the desk reads,
Turkish postpositions, the particles of Arabic and Hebrew names and those of filiation, and the demonyms
and country genitives of other languages (each one word to the matcher: israélien, israelische and Israeli
say "Israel"), in Latin and in Arabic and Hebrew script.
"""

from __future__ import annotations

from knowledge.names.normalise.latin import fold_transliteration
from knowledge.names.normalise.scripts import HEBREW_FINALS, arabic_words, latin_words

ARTICLES = frozenset({"al", "el", "ul", "אל", "аль", "эль", "ал", "αλ", "ελ"})  # also al- as Hebrew, Russian and Greek write it
# Words that name nothing on their own ("US Mission to the UN"): never matched, on either side.
# Also French, Spanish, Italian, German and Portuguese ones: "Organisation de libération de la Palestine".
STOPWORDS = frozenset({"the", "of", "to", "and", "for", "in", "on", "at", "a", "an",
                       "de", "la", "le", "les", "des", "du", "pour", "et", "del", "las", "los", "para", "y",
                       "il", "gli", "della", "di", "dei", "degli", "delle", "per", "der", "die", "das", "und", "fur", "do", "da",
                       # Articles and article-prepositions of Portuguese (o Mossad, os, as, dos, ao, em),
                       # Italian (lo, nel, dal, alla; not sul, Portuguese for south: sul de Israel),
                       # German (den, dem, im, vom, zum, zur) and French (au, aux); Greek articles and
                       # prepositions (της Χαμάς, στη Γάζα) and Russian prepositions (в Газе), as
                       # `tokens` writes them (final ς is σ). "as" is also the Arabic article before s.
                       "o", "os", "as", "dos", "ao", "aos", "em", "lo", "nel", "nella", "dal", "dalla",
                       "alla", "allo", "dello", "den", "dem", "im", "vom", "zum", "zur", "au", "aux",
                       "ο", "η", "το", "οι", "τα", "του", "τησ", "των", "τον", "την", "τη", "τουσ", "τισ",
                       "στο", "στη", "στην", "στον", "στα", "στισ", "στουσ", "και",
                       "в", "во", "на", "и", "с", "со", "о", "об", "от", "из", "для", "по", "к", "у", "при",
                       # Romanian puts lui before a man's name for of and to ("moartea lui Haniyeh").
                       "lui",
                       # Dutch articles (het Israëlische leger, een), and the prepositions a mission is
                       # "to" a body with in French, Spanish, Italian and German ("mission auprès de
                       # l'ONU", "misión ante la ONU", "missione presso le Nazioni Unite", "Mission bei
                       # den Vereinten Nationen"), as `tokens` writes them (auprès is "aupres").
                       "het", "een", "aupres", "ante", "presso", "bei"})
# Turkish postpositions, after the name they go with ("Filistin Kurtuluş Örgütü ile", with the PLO; "Hamas
# için", for Hamas): dropped only closing a name. Between two names ile is "and": "Mehmet ile Ali" is two men.
# Also göre (according to: "Axios'a göre"), karşı (against) and tarafından (by: "İsrail ordusu tarafından").
CLOSING_POSTPOSITIONS = frozenset({"ile", "icin", "gore", "karshi", "tarafindan"})
# Particles of Arabic and Hebrew names (father of, son of, daughter of): part of a name, but they do not
# tell one person from another, so they never count as a distinctive part of it.
PARTICLES = frozenset({"abu", "bin", "bint", "ben", "bat", "um", "abi", "ould",
                       "ابو", "بن", "ابن", "بنت", "ام", "ال", "בנ", "בת", "бин", "ибн", "бинт", "бен",
                       "μπιν", "μπιντ", "ιμπν", "αμπου"})  # Greek: bin, bint, ibn, abu (Αμπού Ομπέιντα)
# The particles before a father's name: son of, daughter of. Not بن, which Arabic also writes for the Ben
# of a Hebrew family name (بن غفير, Ben-Gvir): matching.lexicon.AMBIGUOUS_FILIATION.
FILIATION = frozenset({"bin", "bint", "ابن", "بنت", "бин", "ибн", "бинт", "μπιν", "μπιντ", "ιμπν"})


# Demonyms as other languages write them, each with the country it says (gender, number and the
# commonest cases: French israélienne, German israelischen, Russian израильского, Greek ισραηλινού).
# One country's demonyms in any language are one word to the matcher: "le Mossad israélien" says what
# "the Israeli Mossad" says. Also a country's genitive as German and English write it before a noun
# (Israels Armee, Israel's army: "israels" once the apostrophe is dropped), which no name is. Adjectives
# and genitives only: a country's own name is never a demonym (Turkish writes
# the name itself before a noun, İsrail ordusu: see TITLE_QUALIFIERS), nor an adjective that is also
# one (Spanish, Italian and Portuguese Palestina, feminine of palestino).
DEMONYMS_BY_COUNTRY = {
    "israel": """israelian israeliană israelieni israëlische israëlisch israels israeli israelis israélien israélienne israéliens israéliennes israelisch israelische
        israelischen israelischer israelisches israelí israelíes israeliano israeliana israeliani israeliane
        israelense israelenses israelita israelitas israilli израильский израильская израильское
        израильского израильской израильские израильских израильскому израильским ισραηλινός ισραηλινή
        ισραηλινό ισραηλινού ισραηλινής ισραηλινοί ισραηλινών ισραηλινές""",
    "palestine": """palestiniană palestinieni palestijnse palestijns palästinas palestinian palestinians palestinien palestinienne palestiniens palestiniennes
        palästinensisch palästinensische palästinensischen palästinensischer palästinensisches palestino
        palestinos palestinas palestinese palestinesi palestinli палестинский палестинская
        палестинское палестинского палестинской палестинские палестинских παλαιστινιακός παλαιστινιακή
        παλαιστινιακό παλαιστινιακού παλαιστινιακής παλαιστίνιος παλαιστίνιοι""",
    "egypt": """egiptean egipteană egyptische egyptisch ägyptens egyptian egyptians égyptien égyptienne égyptiens égyptiennes ägyptisch ägyptische ägyptischen
        ägyptischer ägyptisches egipcio egipcia egipcios egipcias egiziano egiziana egiziani egiziane
        egípcio egípcia mısırlı египетский египетская египетское египетского египетской египетские
        αιγυπτιακός αιγυπτιακή αιγυπτιακό αιγυπτιακού αιγυπτιακής αιγύπτιος""",
    "turkey": """turkse turks turkish turc turque turcs turques türkisch türkische türkischen türkischer türkisches turco
        turca turcos turcas turchi turche türk турецкий турецкая турецкое турецкого турецкой турецкие
        τουρκικός τουρκική τουρκικό τουρκικού τουρκικής τούρκος""",
    "qatar": """qatarese qatarees katars qatars qatari qataris qatarien qatarienne katarisch katarische katarischen katarischer catarí qatarí
        catarí qatariota qatarioti catariano katarlı катарский катарская катарское катарского катарской
        κατάρος""",
    "united states": """americană amerikaanse amerikaans american americans us u.s américain américaine américains américaines amerikanisch
        amerikanische amerikanischen amerikanischer amerikanisches estadounidense estadounidenses americano
        americana americani americane statunitense statunitensi estadunidense amerikan американский
        американская американское американского американской американские αμερικανικός αμερικανική
        αμερικανικό αμερικανικού αμερικανικής αμερικανός""",
    "iran": """iraniană iraanse iraans irans iranian iranien iranienne iranisch iranische iranischen iranischer iraní iraniano iraniana
        iraniani iranlı иранский иранская иранское иранского иранской ιρανικός ιρανική ιρανικό ιρανικού""",
    "saudi arabia": """saudi saoudien saoudienne saudisch saudische saudischen saudí saudita sauditi suudi
        саудовский саудовская саудовское саудовского σαουδαραβικός σαουδάραβας""",
    "united arab emirates": """emirati émirien émirienne emiratisch emiratische emiratí emiratino emiratense
        эмиратский""",
    "jordan": """jordaniens jordanian jordanien jordanienne jordanisch jordanische jordano jordana giordano giordana
        jordaniano ürdünlü иорданский иорданская ιορδανικός""",
    "lebanon": """libanons lebanese libanais libanaise libanesisch libanesische libanés libanesa libanese libanesi
        lübnanlı ливанский ливанская ливанское ливанского λιβανικός λιβανέζος""",
}
# The genitives among them, which are the country's name, not an adjective: "Israels" alone is Israel.
COUNTRY_GENITIVES = latin_words("israels palästinas ägyptens katars qatars irans jordaniens libanons")
# A demonym in every form its language's adjectives take, from any one listed: German -isch (der
# libanesischen Hisbollah, der sunnitischen Hamas), Russian -ский (ливанской, ливанскую группировку),
# Greek -ικός (της λιβανικής). (The listed forms of the other languages are their forms.)
_ADJECTIVE_FORMS = (
    ("isch", ("isch", "ische", "ischen", "ischer", "isches", "ischem")),
    ("ск", ("ский", "ская", "ское", "ского", "ской", "ские", "ских", "скому", "ским", "ском", "скую", "скими")),
    ("ικ", ("ικός", "ική", "ικό", "ικού", "ικής", "ικοί", "ικών", "ικές", "ικά")),
)


def _with_adjective_forms(words: str) -> str:
    forms = set(words.split())
    for word in words.split():
        for marker, endings in _ADJECTIVE_FORMS:
            ending = next((e for e in sorted(endings, key=len, reverse=True) if word.endswith(e)), None)
            if ending is not None and marker in ending:
                forms.update(word[:len(word) - len(ending)] + other for other in endings)
    return " ".join(sorted(forms))


# Hungarian, which puts the nationality and the office after a name ("Recep Tayyip Erdogan török elnök").
_HUNGARIAN_DEMONYMS = {"israel": "izraeli", "palestine": "palesztin", "egypt": "egyiptomi", "turkey": "török",
                       "qatar": "katari", "united states": "amerikai", "iran": "iráni", "jordan": "jordániai",
                       "lebanon": "libanoni"}
DEMONYMS_BY_COUNTRY = {country: _with_adjective_forms(words) + " " + _HUNGARIAN_DEMONYMS.get(country, "")
                        for country, words in DEMONYMS_BY_COUNTRY.items()}
# The country each Arabic and Hebrew demonym says, as DEMONYM_COUNTRY names it: الإسرائيلي and הישראלי
# say Israel as "Israeli" and "israélien" do, so an entity whose own names say it in one script takes it
# in the others ("Israeli cabinet": المجلس الوزاري المصغر الإسرائيلي), and another country's stays another
# body's. The evidence of an entity's country is its own names only: never its facts or description.
# Arabic outlets call Israel's media and bodies "Hebrew" (العبري, العبرية: "هيئة البث العبرية", KAN; "القناة
# 12 العبرية"), as they call its press "الصحافة العبرية": in Arabic script, Israel's demonym too.
_DEMONYMS_IN_ARABIC_AND_HEBREW = {
    "israel": "إسرائيلي عبري הישראלי", "palestine": "فلسطيني הפלסטיני", "egypt": "مصري המצרי",
    "turkey": "تركي הטורקי", "qatar": "قطري הקטרי", "united states": "أمريكي أميركي האמריקאי האמריקני",
    "iran": "إيراني האיראני", "saudi arabia": "سعودي הסעודי", "united arab emirates": "إماراتي",
    "jordan": "أردني הירדני", "lebanon": "لبناني הלבנוני", "russia": "روسي הרוסי",
}
SCRIPT_DEMONYM_COUNTRY = {form: country for country, words in _DEMONYMS_IN_ARABIC_AND_HEBREW.items()
                          for word in words.split()
                          for form in (arabic_words(word, feminine=True) if "\u0600" <= word[0] <= "\u06ff"
                                       else {word.translate(HEBREW_FINALS)})}


# The countries DEMONYM_COUNTRY names, each as its English name.
DEMONYM_COUNTRIES = tuple(DEMONYMS_BY_COUNTRY)
# Each demonym (DEMONYMS_BY_COUNTRY) in `tokens` and in `parts` form, with the country it says.
DEMONYM_COUNTRY = {form: country for country, words in DEMONYMS_BY_COUNTRY.items()
                   for word in latin_words(words) for form in (word, fold_transliteration(word))}

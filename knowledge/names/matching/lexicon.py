"""Words that say what a name's word is rather than whose name it is, and telling them in a word.

Type words (movement, party, channel in the languages outlets print them), demonyms, the kunya's
Abu and Umm, the ambiguous "ben", generational suffixes, the letters that open an h sound or an
ayin; with the small tests on one word that use them (a Hebrew one-letter prefix, an Arabic article
written joined, a nationality in either gender). Both the index (`index.py`) and the scoring read them.
"""

from __future__ import annotations

import re
from typing import Sequence

from knowledge.names import normalise

# The words that open a kunya (father of, mother of), as normalised in each script.
KUNYA_WORDS = frozenset({"abu", "um", "ابو", "ام", "אבו", "абу", "αμπου"})

# Words that say what kind of organisation something is, not which one, by the kind they say, in the
# languages and scripts outlets print them (Persian and Urdu too: خبرگزاری, news agency; کانال, channel;
# سازمان and Arabic تنظيم, organisation; تحریک, movement; گروه, جماعت, group): "ХАМАС" with движение is the Hamas movement, as "Hamas
# movement" is. An outlet's general words (news, network, website) are one kind: "شبكة بلومبرغ" (Bloomberg
# network) is Bloomberg News. A broadcaster (channel, TV, radio) and a newspaper are two more, which
# contradict each other: "Al-Sharq newspaper" is not Asharq News, whose names say قناة (channel), but the
# Qatari daily الشرق (`scoring._own_type`). Demonyms and place names are never among them.
_TYPE_WORDS = {
    "movement": "movement mouvement movimiento movimento bewegung hareket hareketi beweging mișcarea mișcare"
                " miscarea miscare حركة جنبش حرکت"
                " تحریک תנועת תנועה движение κίνημα",
    "party": "party parti partei partido partito partij partisi partidul حزب מפלגת מפלגה партия κόμμα",
    "outlet": "news network website site شبكة الإخبارية أخبار أنباء موقع רשת חדשות אתר новости сайт ειδήσεις haber"
              " nachrichten سایت خبر"
              # The news of a news agency or site, as the wires' languages write it with the agency's
              # word ("agence de presse", "agenzia di stampa", "agência de notícias", "haber sitesi").
              " presse stampa noticias notícias notizie nouvelles sitesi organı berita",
    "broadcast": "channel tv television radio قناة إذاعة تلفزيون ערוץ канал телеканал κανάλι kanalı televizyonu"
                 " sender chaîne cadena canale emittente کانال تلویزیون رادیو چینل"
                 " broadcaster rundfunk rundfunkanstalt fernsehen fernsehsender radiosender emissora emisora"
                 " televisione televisão yayıncı yayıncısı телерадиокомпания вещатель τηλεόραση"
                 # Dutch and Spanish and Portuguese broadcasters.
                 " omroep zender canal",
    # A newspaper as each language calls one, a daily mostly ("the Israeli daily Yedioth Ahronoth", "le
    # quotidien israélien", "il quotidiano", "el diario", "o jornal", "die Tageszeitung", "het dagblad", "جريدة").
    "print": "newspaper صحيفة עיתון газета εφημερίδα gazetesi zeitung journal روزنامه"
             " daily quotidien quotidiano diario periódico jornal giornale tageszeitung tageblatt dagblad krant"
             " gazete جريدة יומון",
    "agency": "agency agence agencia agenzia agentur ajans ajansı وكالة סוכנות агентство πρακτορείο"
              " nachrichtenagentur presseagentur خبرگزاری ایجنسی persbureau nieuwsagentschap"
              " kantor agensi",  # Indonesian and Malay: "kantor berita Reuters", "agensi berita" (news agency)
    "organisation": "organization organisation organización organizzazione organização organisation örgütü"
                    " teşkilatı منظمة سازمان تنظيم ארגון организация οργάνωση"
                    # German writes the stance and the word as one ("die Terrororganisation Hamas").
                    " terrororganisation terrororganization organisatie terreurorganisatie",
    # A militia is a group of fighters, as copy calls a movement's ("Hamas militia", "die Terrormiliz").
    "group": "group groupe grupo gruppo gruppe grubu grup gruparea grupare جماعة گروه جماعت группировка группа ομάδα"
             " terrorgruppe terrorgruppierung gruppierung militia milice milicia milícia milizia miliz milis"
             " terrormiliz milizen ميليشيا groep terreurgroep militie",
    "front": "front جبهة фронт",
    "brigades": "brigades brigade brigaden brigadas brigate tugayları كتائب גדודי бригады ταξιαρχίες",
    "service": "service servisi dienst servicio servizio serviço جهاز سرویس שירות служба veiligheidsdienst"
               " services servizi servicios serviços"  # plural, as Italian always writes its "servizi segreti"
               " دستگاه",  # جهاز, دستگاه: apparatus (جهاز الموساد, دستگاه اطلاعات مصر)
    # Intelligence as the word for an intelligence service, in the Latin, Greek and Cyrillic languages
    # outlets print it ("US intelligence agency CIA", "Türk istihbaratı", "inteligência turca").
    "intelligence": "intelligence istihbarat istihbaratı renseignement renseignements inteligencia inteligência"
                    " intelligence geheimdienst nachrichtendienst разведка разведки πληροφοριών"
                    " kəşfiyyat kəşfiyyatı"  # Azerbaijani ("Milli Kəşfiyyat Təşkilatı", the MIT)
                    # Dutch (de Egyptische inlichtingendienst), German's foreign and domestic services
                    # (Auslandsgeheimdienst Mossad), Persian اطلاعات (سازمان اطلاعات مرکزی, the CIA).
                    " inlichtingendienst inlichtingendiensten auslandsgeheimdienst inlandsgeheimdienst اطلاعات",
    # Also هيئة as the desk's transliterations write it (Hayʾat al-Baṯṯ, Hay'at, Hayat: Hayat Tahrir
    # al-Sham), which is not al-Hayat (الحياة, life), the newspaper: only a type word, it names no body alone.
    "authority": "هيئة hayat",  # not "authority": Palestinian Authority's only word but a demonym
    "company": "company corporation شركة חברת תאגיד компания",
    "governorate": "governorate",
    # A government or an administration named after whom it serves, in the wires' languages ("Trump
    # administration", "Trump-Regierung", "governo Trump", "Trump yönetimi", "إدارة ترامب", "ממשל טראמפ",
    # "администрация Трампа", "κυβέρνησης Τραμπ"). Never "regime": "the Zionist regime" (رژیم صهیونیستی)
    # is what a state is called, not a body's name.
    "government": "government administration regierung gouvernement gobierno administración governo"
                  " amministrazione administração yönetimi yönetim hükümet hükümeti idaresi pemerintahan"
                  " administracja administrace regering إدارة حكومة دولت ממשל ממשלת правительство администрация"
                  " κυβέρνηση κυβέρνησης",  # not διοίκηση, also a command (Κεντρική Διοίκηση, CENTCOM)
    # A council, as its name says it in each language ("Security Council", "Güvenlik Konseyi" or "Kurulu",
    # "Conseil de sécurité", "Rada Bezpieczeństwa", "Vijeće sigurnosti", "مجلس الأمن", "شورای امنیت",
    # "מועצת הביטחון", "Совет Безопасности", "Συμβούλιο Ασφαλείας").
    "council": "council conseil consejo consiglio conselho konsey konseyi kurul kurulu rada rady radzie vijeće"
               " savet savjet dewan مجلس شورا شورای מועצת מועצה совет συμβούλιο συμβουλίου",
    # A cabinet, one word that most languages took from French and write their own way (Kabinett,
    # kabine, gabinete, gabinetto, kabinet, کابینه, кабинет): "israelische Kabinett" is the Israeli
    # cabinet. Not Arabic الكابينت nor Hebrew הקבינט, which alone are Israel's ("the cabinet" in Israeli
    # copy): through them "Kabinett" alone, any country's, would answer Israel's.
    "cabinet": "cabinet kabinett kabine kabinesi gabinete gabinetto kabinet kabineti کابینه кабинет",
    "ministry": "ministry ministère ministerio ministero ministério ministerium bakanlık bakanlığı"
                " министерство υπουργείο υπουργείου",
    # What kind of place a place is, said around its name in many languages ("ville de Rafah", "the
    # city of Rafah", "Refah kenti", "город Рафах"; "Gazze Şeridi"): free beside a whole name only for
    # a place whose own names say that kind (Rafah: مدينة رفح), so "ville de Gaza" is Gaza City, not
    # the Gaza Strip, whose names say strip.
    "city": "city town ville ciudad città cidade stadt şehri şehir kenti kent πόλη πόλης город города"
            " مدينة העיר עיר",
    # A strip in the wires' other languages: Bulgarian ивица (ивицата, with its postposed article),
    # Tajik навор (навори, with the izafet), Persian نوار and باریکه, Urdu پٹی, Hindi पट्टी, Azerbaijani
    # zolaq (zolağı), Polish strefa, Czech pásmo, Serbian and Croatian pojas, Hungarian övezet,
    # Indonesian and Malay jalur.
    "strip": "strip bande franja striscia faixa streifen şeridi λωρίδα сектор قطاع רצועת"
             " ивица ивицата навор навори نوار باریکه پٹی पट्टी zolaq zolağı strefa strefie strefy pásmo pásmu"
             " pojas pojasu pojasa övezet övezetben övezetet jalur",
}
# Russian declines a foreign name as its own nouns, and Greek a feminine one: (the name's last
# letters, the endings that replace them, whether the name ends in a consonant). Хамас: Хамаса, Хамасу,
# Хамасом, Хамасе; Израиль: Израиля, Израилю, Израилем; Газа: Газы, Газе, Газу, Газой; Сирия: Сирии;
# Γάζα: Γάζας; Ισλαμικός: Ισλαμικού. Names that end otherwise (Нетаньяху, Ισραήλ) do not decline.
# Russian declines an organisation's own words too: a neuter noun (движение: движения, движением) and
# adjectives in every case ("Исламского движения Сопротивления" is the Исламское движение сопротивления).
CASE_ENDINGS = (("", ("а", "у", "ом", "е"), True), ("ь", ("я", "ю", "ем", "е"), False),
                ("й", ("я", "ю", "ем", "е"), False), ("а", ("ы", "и", "е", "у", "ой", "ою"), False),
                ("я", ("и", "ю", "ей", "е"), False), ("", ("σ",), False), ("οσ", ("ου", "ο"), False),
                ("ие", ("ия", "ию", "ием", "ии"), False),
                ("ое", ("ого", "ому", "ым", "ом"), False), ("ый", ("ого", "ому", "ым", "ом"), False),
                ("ий", ("ого", "его", "ому", "ему", "им", "ем"), False), ("ая", ("ой", "ую", "ою"), False),
                ("яя", ("ей", "юю"), False), ("ые", ("ых", "ым", "ыми"), False), ("ие", ("их", "им", "ими"), False),
                # Greek's genitive plural, -ων for the nominative's -α, -η, -ες, -οι (Ηνωμένες Πολιτείες: των
                # Ηνωμένων Πολιτειών; Ηνωμένα Αραβικά Εμιράτα: Ηνωμένων Αραβικών Εμιράτων), and a neuter's -ου.
                ("α", ("ων",), False), ("η", ("ων",), False), ("εσ", ("ων",), False), ("οι", ("ων",), False),
                ("ο", ("ου",), False))
CASE_VOWELS = frozenset("аеёиоуыэюяьйαεηιουω")
# As `normalise` writes words: й and ё folded to и and е, as NFKD and dropping the marks do (Хезболлой is
# "хезболлои"), so the table is read in that form.
_CYRILLIC_MARKS = str.maketrans({"й": "и", "ё": "е"})
CASE_ENDINGS = tuple((written.translate(_CYRILLIC_MARKS), tuple(e.translate(_CYRILLIC_MARKS) for e in endings), after)
                     for written, endings, after in CASE_ENDINGS)


def declined(word: str) -> set[str]:
    """A Russian or Greek word in the cases `CASE_ENDINGS` gives it (организация: организации, ...)."""
    greek = "\u0370" <= word[:1] <= "\u03ff"
    forms = set()
    for written, endings, after_consonant in CASE_ENDINGS:
        stem = word[:len(word) - len(written)]
        if word.endswith(written) and len(word) >= 4 and not (after_consonant and word[-1:] in CASE_VOWELS):
            forms.update(stem + ending for ending in endings if ("\u0370" <= ending[0] <= "\u03ff") == greek)
    return forms


TYPE_KINDS = {normalise.key(word): kind for kind, words in _TYPE_WORDS.items() for word in words.split()}
# A type word declined is that type word: "движения ХАМАС" (of the Hamas movement), "террористической
# организации ХАМАС". Only Cyrillic ones: Latin, Arabic and Hebrew type words do not decline so.
TYPE_KINDS |= {form: kind for word, kind in list(TYPE_KINDS.items()) if "\u0400" <= word[:1] <= "\u04ff"
               for form in declined(word) if form not in TYPE_KINDS}
# Turkish puts a case ending after a type word's possessive ending, with no apostrophe, as it does not
# after a name ("Yedioth Ahronoth gazetesinin", of the newspaper Yedioth Ahronoth; "Hamas hareketine"):
# the genitive, dative, locative, ablative and accusative, as `normalise` writes them (ı as i, ü as u).
TURKISH_CASES = ("nin", "nun", "ne", "na", "nde", "nda", "nden", "ndan", "ni", "nu")
_TURKISH_TYPE_WORDS = """hareketi partisi kanali gazetesi televizyonu yayincisi ajansi orgutu teshkilati grubu
    tugaylari servisi istihbarati sitesi organi yonetimi hukumeti idaresi konseyi kurulu bakanligi kabinesi"""
TYPE_KINDS |= {word + case: TYPE_KINDS[word] for word in _TURKISH_TYPE_WORDS.split() for case in TURKISH_CASES
               if word in TYPE_KINDS and word + case not in TYPE_KINDS}
ORGANISATION_TYPES = frozenset(TYPE_KINDS)
# "Spy" and "secret" as copy puts them before or after an intelligence service's type word ("Israel's spy
# agency", "the secret service", "servizi segreti", "services secrets", "gizli servis"): an intelligence
# word there (`scoring._intelligence_service_word`), never alone ("Mossad spy" is one of its men).
SPY_WORDS = frozenset(normalise.key(word) for word in """spy spies secret secrets segreti segreto secretos secreto
    secreta secretas secrets gizli espionage espionnage espionaje spionage جاسوسی""".split())
# The type words a name of the store may be answered without: fewer, since leaving one out makes the
# rest of the name answer alone, and other languages name movements after a person ("mouvement
# Dahlan" is not Mohammed Dahlan). Any type word in a query beside a whole name only confirms it.
# Persian's like Arabic's: organisation (سازمان, as منظمة), movement (جنبش, as حركة), group (گروه, as
# جماعة), news agency (خبرگزاری, as وكالة); its network and front (شبکه, جبهه) are Arabic's once folded.
# "ملل متحد" is "سازمان ملل متحد", the United Nations.
NAME_TYPES = frozenset(normalise.key(w) for w in """
    movement party channel agency organization organisation group news network tv television radio
    newspaper company corporation governorate front service brigades brigade brigaden brigadas tugayları
    حركة حزب قناة وكالة منظمة جماعة جبهة شبكة كتائب
    سازمان جنبش گروه خبرگزاری
    תנועת תנועה מפלגת מפלגה ערוץ סוכנות ארגון
    """.split())
# Demonyms say whose an organisation is, not which one: a name whose rest is only a demonym
# ("Palestinian" of a "Palestinian party") is not answered from it with the type word left out.
# In any of the languages `normalise.DEMONYM_COUNTRY` lists (israélien, israelischen, израильский).
DEMONYMS = frozenset(normalise.fold_transliteration(w) for w in normalise.NATIONALITIES) | frozenset(normalise.DEMONYM_COUNTRY)
# Bodies of people (a movement, a party, a front, brigades, a militia): any of them is a group and an
# organisation, as copy calls them ("the militant group Hamas", "o grupo terrorista Hamas", "Likud
# group"), whatever kind of body its own names say; an outlet or an agency is not ("Bloomberg group").
BODY_KINDS = frozenset({"movement", "party", "front", "brigades", "group", "organisation"})
# Words that say what an organisation stands for or how it fights, never which one it is: what copy puts
# before or after a body's name ("the Islamist movement Hamas", "die radikalislamische Hamas", "el grupo
# terrorista Hamás", "ארגון הטרור חמאס"). Never a confession (Shiite, Sunni), a demonym or a place:
# those can tell two bodies of one name apart ("the Shiite Islamic Jihad" of 1980s Lebanon is not the
# Palestinian one), so they count only where the entity's own names have them.
_STANCES = """
    islamist islamists radical militant militants extremist fundamentalist terrorist jihadist hardline
    islamiste islamistes radicale radicaux militante extrémiste extrémistes fondamentaliste intégriste
    terroriste terroristes djihadiste jihadiste
    islamista islamistas radicales militantes extremista extremistas fundamentalista fundamentalistas
    integrista integristas terrorista terroristas yihadista estremista integralista fondamentalista
    jihadista
    islamistisch islamistische islamistischen islamistischer islamistisches radikal radikale radikalen
    radikaler radikalislamisch radikalislamische radikalislamischen radikalislamischer militanten
    extremistisch extremistische extremistischen fundamentalistische fundamentalistischen terroristisch
    terroristische terroristischen terroristischer dschihadistische dschihadistischen
    islamcı radikal militan terör cihatçı
    radicală radicala islamistă teroristă extremistă
    исламистская исламистское исламистского исламистской исламистский радикальная радикальное
    радикального радикальной радикальный террористическая террористической террористического
    террористическое экстремистская экстремистской
    ισλαμιστική ισλαμιστικής ισλαμιστικό ισλαμιστικού τρομοκρατική τρομοκρατικής τρομοκρατικό
    τρομοκρατικού εξτρεμιστική εξτρεμιστικής
    متطرفة متطرف إرهابية إرهابي
    טרור הטרור קיצוני הקיצוני קיצונית הקיצונית רדיקלי הרדיקלי
    """
ORGANISATION_DESCRIPTORS = frozenset(part for word in _STANCES.split() for part in normalise.parts(word, titles=False))
# Words that say who backs a body, beside that country's name or demonym ("Iran-backed Hezbollah",
# "pro-Iranian Hezbollah", "İran destekli Hizbullah", "Hezbollah, backed by Iran"): the country is its
# sponsor's, not the body's, so it says nothing of which body it is, unlike a demonym alone ("Egyptian
# Islamic Jihad" is another body; "Egyptian-backed Islamic Jihad" is not).
BACKED = frozenset(part for word in """backed supported sponsored funded aligned allied destekli soutenu soutenue
    respaldado respaldada apoyado apoyada apoiado apoiada sostenuto sostenuta unterstützte unterstützten""".split()
                   for part in normalise.parts(word, titles=False))
PRO = frozenset({"pro", "filo"})
# "Led" right after the family name of the person a body is named after ("the Trump-led administration",
# "die Trump-geführte Regierung", "Trump önderliğindeki yönetim"): it says whose the body is, as the
# body's own name does.
LED_WORDS = frozenset(part for word in """led geführte geführten geführt önderliğindeki liderliğindeki
    yönetimindeki""".split() for part in normalise.parts(word, titles=False))
# A body's delegation, as copy names the people a body sends to talks ("the Hamas delegation", "وفد
# حماس", "Hamas heyeti", "משלחת חמאס"): beside an organisation's whole name it is that body's, as its
# official or negotiator is (`normalise.OFFICES_AFTER_BODY`). Not a place's: "the Israeli delegation" is
# the state's, which the store may have as a body of its own (a government, a mission).
DELEGATION_WORDS = frozenset(part for word in """delegation delegations délégation delegación delegazione
    delegação delegasyon delegasyonu heyet heyeti heyetinin heyetiyle делегация делегации делегацию
    αντιπροσωπεία αντιπροσωπείας وفد משלחת המשלחת""".split() for part in normalise.parts(word, titles=False))
# Words that say an outlet or an agency is the public's or the state's, as copy puts them beside its name
# ("Israel's public broadcaster Kan", "la televisione pubblica israeliana Kan", "state-run Anadolu
# Agency", "İsrail kamu yayıncısı KAN"): only beside an outlet's or agency's name. Elsewhere they can
# name another body: Egypt's State Security is not its General Intelligence. So does international, for
# an outlet's or agency's reach ("Uluslararası haber ajansı Reuters", "l'agence internationale Reuters").
_OUTLET_STATUS = """
    international internationale internationalen internacional internazionale uluslararası международное
    международный международного دولية دولي الدولية الدولي בינלאומית הבינלאומית בינלאומי הבינלאומי
    public state run owned official government publique officielle pública público pubblica pubblico
    ufficiale oficial estatal statale öffentlich öffentliche öffentlichen öffentlich-rechtliche
    öffentlich-rechtlichen staatlich staatliche staatlichen offizielle kamu devlet resmi
    общественный общественного государственный государственного государственное δημόσια δημόσιο
    δημόσιας κρατική κρατικό رسمي رسمية حكومي حكومية רשמי הרשמי ציבורי הציבורי ממלכתי הממלכתי
    """
OUTLET_STATUS_WORDS = frozenset(part for word in _OUTLET_STATUS.split() for part in normalise.parts(word, titles=False))
# A broadcaster's and a newspaper's kinds (`_TYPE_WORDS`): each contradicts the other.
MEDIA_KINDS = frozenset({"broadcast", "print"})
OUTLET_KINDS = frozenset({"outlet", "agency"}) | MEDIA_KINDS
# Words many bodies' names share, saying what a body is or does, never which one: "National",
# "General", "Central", "Islamic", "Security", "International", "Resistance" in the languages outlets print them
# (Turkey's National Intelligence Organization, Nigeria's National Intelligence Agency; Egypt's,
# Lebanon's and Jordan's General Security; Hamas's Islamic Resistance Movement, Hezbollah's Islamic
# Resistance, the Islamic Resistance in Iraq). A name made only of these and type words is not one body's
# name but a description of many: it answers only as the desk wrote it (`GENERIC_WORDS`); so in the
# transliterations of Arabic the desk keeps (Jihaz al-Amn al-Ami: جهاز الأمن العام).
_GENERIC_ADJECTIVES = """
    national nationale nationalen nationaler nationales nacional nazionale milli ulusal
    национальный национальная национальное национального национальной εθνική εθνικής εθνικό
    وطني وطنية قومي قومية לאומי הלאומי הלאומית
    general generale générale général allgemeine allgemeinen genel общий общая общей γενική γενικής
    عام عامة כללי הכללי הכללית
    central centrale centrali zentral zentrale zentralen merkez merkezi центральный центральное
    центрального κεντρική κεντρικής مركزي مركزية מרכזי המרכזי
    international internationale internationalen internacional internazionale uluslararası
    международный международная международного διεθνής διεθνούς دولي دولية בינלאומי הבינלאומי
    islamic islamique islámico islámica islamico islamica islâmico islâmica islamisch islamische
    islamischen islamischer islami islâmi исламский исламское исламского исламская ισλαμικό ισλαμική
    ισλαμικής إسلامي إسلامية אסלאמי האסלאמי האסלאמית
    security sécurité seguridad sicurezza segurança sicherheit güvenlik безопасности ασφαλείας أمن
    ביטחון הביטחון
    supreme suprême supremo high higher joint federal special
    jihaz amn ami amm amma ammah watani wataniya mukhabarat istikhbarat muqawama muqawamah islamiya
    islamiyya islamiyah markazi
    resistance résistance resistencia resistenza resistência widerstand widerstands widerstandes direniş
    сопротивление сопротивления αντίσταση αντίστασης مقاومة התנגדות ההתנגדות
    """
GENERIC_WORDS = (frozenset(part for word in _GENERIC_ADJECTIVES.split() for part in normalise.parts(word, titles=False))
                 | ORGANISATION_TYPES | ORGANISATION_DESCRIPTORS | OUTLET_STATUS_WORDS)
# The kinds of place (`_TYPE_WORDS`) that a place's own names may give it.
PLACE_KINDS = frozenset({"city", "strip"})
# Words that open a state's formal name ("Republic of Turkey", "State of Qatar"), only when leading; in
# the wires' languages a republic, a kingdom and an emirate ("République de Corée du Sud", "Reino de
# Arabia Saudita", "جمهورية مصر العربية", "المملكة العربية السعودية", "Республика Корея"), which only
# sovereign states call themselves, and Arabic's state, دولة (دولة قطر), which a federal state is not
# (ولاية); not the Latin languages' state, also a federal one's ("Estado de México", "État de New York").
STATE_TYPES = frozenset({"republic", "state", "kingdom", "emirate", "governorate", "province"}) | frozenset(
    part for word in """république república repubblica republik republiek republika republica republiken
    royaume reino regno königreich koninkrijk kongeriket kungariket królestwo émirat emirato emirat
    جمهورية جمهوری مملكة المملكة إمارة دولة республика королевство δημοκρατία βασίλειο""".split()
    for part in normalise.parts(word, titles=False))
# The same words where Turkish puts them, after the state's name ("Kore Cumhuriyeti", "Katar Devleti",
# "Suudi Arabistan Krallığı"): never leading. Not Hungarian's, after an adjective ("Görög Köztársaság",
# the Greek Republic), which would leave a nationality for the name: Georgia was listed as Greece.
STATE_TYPES_AFTER = frozenset(part for word in "cumhuriyeti devleti krallığı emirliği".split()
                              for part in normalise.parts(word, titles=False))
# "Son of" as French writes بن (Mohammed ben Abdulrahman), and بن in Arabic, Hebrew and Russian script,
# but also the first word of Hebrew family names (Ben-Gvir, بن غفير): read as a father's name only in a
# person whose own names use an unambiguous bin, ibn or ابن somewhere (`build_index`: "patronymic").
AMBIGUOUS_FILIATION = frozenset({"ben", "بن", "בנ", "бен"})
# Words that describe a person beside the name without being any of it (`apposition.py`): titles, offices
# and their qualifiers, nationalities, articles and function words in the languages the lexicons hold,
# and the roles wire copy puts after a name in English ("Ismail Haniyeh, Hamas leader").
_ROLES = """
    leader chief head spokesman spokeswoman spokesperson negotiator official officials commander founder
    cofounder co-founder deputy member senior top political military politburo bureau wing armed adviser
    advisor envoy mediator secretary speaker late then current new acting interim veteran exiled
    born aged died
    """
# Words that say a body is part of another, in an apposition beside its name ("Qassam Brigades, Hamas'
# military wing", "the armed wing of Hamas", "la branche armée du Hamas", "الجناح العسكري لحماس",
# "Hamas'ın askeri kanadı"): descriptors, and what `apposition.Appositions._part_of_a_body` reads.
_PART_OF = """
    wing arm branch faction aile bras branche ala brazo rama braccio flügel arm kanadı kanadi qanadı
    جناح ذراع זרוע הזרוע крыло πτέρυγα
    """
PART_OF_WORDS = frozenset(part for word in _PART_OF.split() for part in normalise.parts(word, titles=False))
# Of those, the ones that say a nationality, which may also open an organisation's name (Egyptian intelligence).
NATIONALITY_WORDS = (normalise.NATIONALITIES | normalise.HEBREW_NATIONALITIES | normalise.ARABIC_NATIONALITIES
                     | frozenset(normalise.DEMONYM_COUNTRY))
DESCRIPTOR_WORDS = (normalise.TITLES | normalise.OTHER_LANGUAGE_TITLES | normalise.TITLE_QUALIFIERS
                    | normalise.OFFICES_AFTER_BODY | normalise.NATIONALITIES | normalise.STOPWORDS | normalise.ARTICLES
                    | normalise.HEBREW_TITLES | normalise.HEBREW_NATIONALITIES | normalise.ARABIC_TITLES
                    | normalise.ARABIC_ARTICLE_TITLES | normalise.ARABIC_NATIONALITIES | frozenset(normalise.DEMONYM_COUNTRY)
                    | frozenset(_ROLES.replace("-", " ").split()) | PART_OF_WORDS
                    # what the part is: armed, military, as other languages say it beside a wing
                    | frozenset(part for word in """armée armé armada armado armato militare militaire militar
                        bewaffnete bewaffneter militärische militärischer silahlı askeri عسكري مسلح צבאית הצבאית
                        военное вооружённое ένοπλη στρατιωτική""".split()
                                for part in normalise.parts(word, titles=False)))
# Words that are one part of a name with the word after them (`scoring._chain`): "servant of" written
# apart in Cyrillic and Hebrew script (Абдель Рахман, עבד אל-רחמן; `normalise` joins it in Latin script),
# and the family word Al as Hebrew writes آل (אאל ת'אני).
JOINS_NEXT = frozenset({"абд", "абдель", "абдул", "абдуль", "абдаль", "абдэль", "עבד", "עבדאל", "עבדל", "אאל"})
# "Former", as `normalise.tokens` keeps it before a family name alone after a title ("former President
# Trump": normalise.FORMER; Arabic السابق and Hebrew לשעבר stay as typed): the office's holder then,
# perhaps not now (Chaim Herzog, not Isaac), so the name is offered, never listed or answered (`scoring`).
FORMER_WORDS = normalise.FORMER | frozenset({"\u0633\u0627\u0628\u0642", "\u05dc\u05e9\u05e2\u05d1\u05e8"})  # سابق, לשעבר
# Generational suffixes name another person (Donald Trump Jr.): never a cheap extra word.
GENERATIONS = frozenset({"jr", "junior", "sr", "senior", "ii", "iii", "iv"})
# Leading letters that write an h sound (ح, خ, ه) and those that write ع or a vowel, in Latin, Greek,
# Cyrillic, Arabic and Hebrew script. Greek and Cyrillic cannot write ع, Latin often leaves it out, so
# two words a typo apart, one opening with each, are ح against ع: another name, never a typo (Χάμπας,
# Habbash, is not Αμπάς, Abbas; Hamad is not Ahmad). Spanish Jaled for Khaled stays a spelling.
H_ONSETS = frozenset("hχхحخهחה")
VOWEL_ONSETS = frozenset("aeiouαεηιουωаеёиоуыэюяعاأإآעא")
# A leading honorific abbreviated to one letter, which is also an initial: French M. is Monsieur ("M.
# Abbas") as well as a given name's initial ("M. Waltz"). The query is read both ways (`resolve`).
HONORIFIC_INITIAL = re.compile(r"^\s*M\.\s*(?=\w)")


def h_against_ayin(a: str, b: str) -> bool:
    """Whether one word opens with an h sound where the other opens with ع or a vowel (`H_ONSETS`)."""
    return bool(a and b) and ((a[0] in H_ONSETS and b[0] in VOWEL_ONSETS) or (b[0] in H_ONSETS and a[0] in VOWEL_ONSETS))


def hebrew_stem(word: str) -> str | None:
    """A Hebrew word without its one-letter prefix, if it has one and three letters remain."""
    if len(word) > 3 and word[0] in normalise.HEBREW_PREFIXES and "\u05d0" <= word[1] <= "\u05ea":
        return word[1:]
    return None


def without_joined_article(word: str) -> str | None:
    """The word without an Arabic name's article written joined to it (Alhayya; in Hebrew script
    אלחיה), if it has one and enough of a word remains."""
    if word[:2] in {"al", "el"} and len(word) > 5:
        return word[2:]
    if word[:2] == "\u05d0\u05dc" and len(word) > 4:
        return word[2:]
    return None


def vowel_pattern(word: str) -> str:
    return "".join("a" if letter in "aeiouy" else letter for letter in word)


def demonym_country(word: str) -> str | None:
    """The nationality a word says, in any of its forms (التركي, التركية), as "demonym <word>"; in
    Latin, Greek or Cyrillic script, as "demonym <country>", one for every language's word for it:
    israélien, israelische and Israeli are "demonym israel"."""
    if word in normalise.DEMONYM_COUNTRY:
        return "demonym " + normalise.DEMONYM_COUNTRY[word]
    if word in normalise.SCRIPT_DEMONYM_COUNTRY:  # الإسرائيلي, الإسرائيلية, הישראלי: Israel
        return "demonym " + normalise.SCRIPT_DEMONYM_COUNTRY[word]
    if word in DEMONYMS or word in normalise.HEBREW_NATIONALITIES:
        return "demonym " + word
    if word in normalise.ARABIC_NATIONALITIES:
        masculine = word[:-1] if word.endswith("\u0647") and word[:-1] in normalise.ARABIC_NATIONALITIES else word
        return "demonym " + masculine
    return None


def only_demonyms(query: str) -> bool:
    """Whether the query says only a nationality: "Turkish", "турецкий", "التركي", "הטורקי" (an
    adjective, never the country: the Arabic only with its article, since Persian ترکیه, Turkey, folds
    to the Arabic feminine تركية)."""
    words = normalise.tokens(query, titles=False)
    said = False
    for position, word in enumerate(words):
        if word in normalise.ARTICLES or word in normalise.STOPWORDS:
            continue
        arabic = normalise.is_arabic(word)
        if arabic and not (position and words[position - 1] == "al" and word in normalise.ARABIC_NATIONALITIES):
            return False
        # A genitive is the country's name (Israels), and so is an abbreviation (US, U.S.).
        if not arabic and (demonym_country(word) is None or word in normalise.COUNTRY_GENITIVES or len(word) <= 3):
            return False
        said = True
    return said


def name_parts_by_role(words: Sequence[str], kind: str) -> tuple[list[int], frozenset[int], list[int], bool]:
    """A name's positions by what its words do: the distinctive ones (all but particles; all, if every
    word is one), the type words' (`is_type_word`), the rest (distinctive, not type words), and
    whether the rest is a name (no type word, or some of the rest is not a demonym). The same for
    the index, which keeps an organisation's or place's rest (`build_index`), and for scoring."""
    distinctive = [j for j, w in enumerate(words) if w not in normalise.PARTICLES] or list(range(len(words)))
    types = frozenset(j for j, w in enumerate(words) if is_type_word(w, j, kind))
    rest = [j for j in distinctive if j not in types]
    return distinctive, types, rest, not types or any(words[j] not in DEMONYMS for j in rest)


def is_type_word(word: str, position: int, kind: str) -> bool:
    """An organisation's type word anywhere in its name; a state's only leading it, or after it where
    Turkish puts it (`STATE_TYPES_AFTER`)."""
    if kind == "organization":
        return word in NAME_TYPES or position > 0 and _for_news(word)
    return kind == "place" and (position == 0 and word in STATE_TYPES or position > 0 and word in STATE_TYPES_AFTER)


def _for_news(word: str) -> bool:
    """Whether an Arabic word is an outlet's or agency's type word after the proclitic ل, for: "for news"
    (للأنباء, للأخبار) closes an agency's or outlet's name as News does Bloomberg News' ("وكالة بلومبرج
    للأنباء", "وكالة رويترز للأنباء"), and says what it is, not which."""
    return word.startswith("\u0644") and any(TYPE_KINDS.get(stem) in OUTLET_KINDS
                                              for stem in normalise.arabic_proclitic_stems(word))

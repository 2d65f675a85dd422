"""Titles in Latin, Greek and Cyrillic script, and how many of a name's first words are a title
(`latin_title_length`): honorifics, offices as other languages print them, the nationalities and
qualifiers that go with one (former, a country's name), and the body an office is of, after it ("head of
the Mossad David Barnea") or before it ("Hamas leader Ismail Haniyeh"); and whether a word is a title in
any script (`is_title`).
"""

from __future__ import annotations

import re

from knowledge.names.normalise.arabic import ARABIC_ARTICLE_TITLES, ARABIC_TITLES
from knowledge.names.normalise.hebrew import HEBREW_TITLES
from knowledge.names.normalise.lexicon import DEMONYMS_BY_COUNTRY
from knowledge.names.normalise.scripts import latin_words

# Nationalities that go before a title ("Israeli President Isaac Herzog") and are dropped with it.
NATIONALITIES = frozenset(
    """
    israeli turkish egyptian qatari palestinian american us u.s iranian saudi emirati jordanian lebanese
    """.split()
)

# Titles and honorifics that say nothing about who someone is (sheikh also as French, German,
# Turkish, Spanish, Italian and Portuguese outlets print it: Cheikh, Scheich, Şeyh, jeque, sceicco, xeique;
# and as Russian and Greek print the commonest: президент, шейх, πρόεδρος). Never a word that is also a
# given name: Amir and Emir are (Amir Peretz), so "Amir Netanyahu" is not Benjamin Netanyahu.
TITLES = frozenset(
    """
    mr mrs ms dr prof president prime minister pm sheikh shaikh sheik king prince
    ambassador general gen chairman director chief foreign the sir lord
    cheikh scheich scheikh seyh sheyh jeque sceicco xeique
    президент премьер министр шейх генерал προεδρος πρωθυπουργος σειχης στρατηγος
    """.casefold().split()  # as `tokens` casefolds them: Greek final ς is σ
)


# TITLES as `tokens` writes them: NFKD drops the breve of й, so шейх is "шеих" there (it was never
# matched: "шейх Мухаммад бин Абд ар-Рахман Аль Тани", TASS, only listed him).
TITLES = latin_words(" ".join(TITLES) + " szejk šejk шейха")
# Offices and ranks as Turkish, German, French, Spanish, Italian, Portuguese, Russian and Greek outlets
# print them before a name (Cumhurbaşkanı Erdoğan, Ministerpräsident Netanjahu, le président Abbas,
# el primer ministro, Hamas lideri Halil el-Hayya, глава Моссада, ο πρωθυπουργός). Never a word that is
# also a given name: Primo (Primo Levi) and Devlet (Devlet Bahçeli) are only TITLE_QUALIFIERS.
OTHER_LANGUAGE_TITLES = latin_words("""
    head chief chairman director directeur direktor direttore dirigeant representative envoy secretary
    spokeswoman spokesperson negotiator adviser advisor official
    responsable négociateur dirigente negociador cargo funzionario negoziatore
    cumhurbaşkanı başbakan başbakanı bakan bakanı başkan başkanı lider lideri şefi sözcüsü komutanı
    büyükelçi büyükelçisi genelkurmay direktörü müdürü temsilcisi yardımcısı sekreteri
    präsident präsidenten präsidentin staatspräsident ministerpräsident ministerpräsidenten regierungschef
    regierungschefin kanzler bundeskanzler außenminister außenministerin premierminister ministerin chef
    chefin anführer sprecher sprecherin botschafter vizepräsident
    président premier ministre dirigeant leader porte-parole général ambassadeur
    presidente ministro ministra líder jefe canciller portavoz mandatario embajador
    prezydent prezydenta prezident prezidentka prezidenta predsjednik elnök miniszterelnök statsminister premiér
    premier capo portavoce generale ambasciatore chefe porta-voz embaixador
    глава лидер председатель руководитель представитель премьер-министр
    υπουργός αρχηγός ηγέτης επικεφαλής εκπρόσωπος σεΐχ
    üyesi sorumlusu führer
    voorzitter woordvoerder leider staatshoofd generaal minister-president
    ordförande talesperson ledare premiärminister utrikesminister
    președintele președinte liderul premierul prim-ministrul ministrul purtătorul
    vůdce vůdci předseda šéf ministr mluvčí przywódca przywódcy szef rzecznik przewodniczący
    президента президенту президентом премьер-министра премьер-министром главы главой лидера лидером
    председателя председателем министра министром посол посла директор директора директором
    presiden menteri pemimpin ketua kepala juru bicara
    negociator negociatorul negociatorului şef şeful șef șeful
    premierului președintelui liderului ministrului purtătorului şefului șefului
    photographer photojournalist journalist reporter correspondent cameraman
    fotograaf fotojournalist journalist verslaggever correspondent fotograf fotoreporter korrespondent
    photographe journaliste correspondant fotógrafo periodista corresponsal fotografo giornalista
    corrispondente fotoğrafçı fotoğrafçısı gazeteci muhabir muhabiri fotożurnalista dziennikarz novinář
    wartawan
    """.replace("-", " "))
# The same in the Indian languages' scripts outlets print a name in (Hindi and Marathi, Bengali, Tamil,
# Malayalam, Gujarati, Telugu, Kannada), as `tokens` writes them (a virama dropped): the prime minister,
# the president, a minister, a leader, a chief, a chairman, a director, a spokesman, an ambassador, a
# sheikh, a general, Hindi's Mr (श्री): "प्रधानमंत्री बेंजामिन नेतन्याहू", "হামাস প্রধান ইসমাইল হানিয়া".
INDIC_TITLES = latin_words("""
    प्रधानमंत्री राष्ट्रपति मंत्री नेता प्रमुख अध्यक्ष निदेशक प्रवक्ता राजदूत श्री शेख जनरल महासचिव
    প্রধানমন্ত্রী রাষ্ট্রপতি প্রেসিডেন্ট মন্ত্রী নেতা প্রধান শেখ পরিচালক মুখপাত্র
    பிரதமர் ஜனாதிபதி அதிபர் அமைச்சர் தலைவர் இயக்குனர் ஷேக்
    പ്രധാനമന്ത്രി പ്രസിഡന്റ് മന്ത്രി നേതാവ് തലവൻ ഡയറക്ടർ
    વડાપ્રધાન પ્રધાનમંત્રી રાષ્ટ્રપતિ પ્રમુખ નેતા મંત્રી વડા
    ప్రధాని ప్రధానమంత్రి అధ్యక్షుడు నాయకుడు ಪ್ರಧಾನಿ ಪ್ರಧಾನಮಂತ್ರಿ ಅಧ್ಯಕ್ಷ ನಾಯಕ
    """)
OTHER_LANGUAGE_TITLES |= INDIC_TITLES
# Words that go with such a title: the countries and nationalities, in the genitive too (Bengali
# ইসরায়েলের, Tamil இஸ்ரேலின், Israel's), Hindi's postpositions of "of" (इजरायल के प्रधानमंत्री) and the
# first word of a two-word office (प्रधान मंत्री, विदेश मंत्री, the foreign minister; उप, deputy).
INDIC_TITLE_QUALIFIERS = latin_words("""
    इजरायली इज़राइली इस्राइली इसराइली इज़रायली इजरायल इज़राइल इस्राइल इसराइल फिलिस्तीनी फ़िलिस्तीनी फिलिस्तीन
    मिस्र मिस्री कतर क़तर कतरी तुर्की अमेरिकी अमेरिका ईरानी के की का प्रधान विदेश उप
    ইসরায়েলি ইসরাইলি ইসরায়েল ইসরায়েলের ইসরাইলের ফিলিস্তিনি ফিলিস্তিনের মিশরীয় কাতারি তুর্কি মার্কিন ইরানি
    இஸ்ரேல் இஸ்ரேலிய இஸ்ரேலின் பாலஸ்தீன பாலஸ்தீனிய எகிப்து கத்தார் துருக்கி அமெரிக்க ஈரான்
    ഇസ്രായേൽ ഇസ്രയേൽ ഇസ്രായേലി പലസ്തീൻ ഈജിപ്ത് ഖത്തർ അമേരിക്കൻ
    ઇઝરાયલ ઇઝરાયેલ ઇઝરાયલી પેલેસ્ટાઇન
    """)
# "Former" before a title: the office is someone else's now. Before a family name alone the word is
# kept (see `latin_title_length`): "former President Herzog" is Chaim Herzog, not the president now.
# Also in Hindi (पूर्व), Bengali (প্রাক্তন, সাবেক) and Tamil (முன்னாள்).
FORMER = latin_words("eski former ex ancien ancienne ehemalige ehemaliger ehemaligen mantan पूर्व প্রাক্তন সাবেক முன்னாள்")
# Words that go with a title but are none alone: an article, "former", the first word of a two-word
# office (Devlet Başkanı, head of state; Dışişleri Bakanı, foreign minister; primo ministro), a
# nationality or, as Turkish writes it, the country's name (Filistin Devlet Başkanı Mahmud Abbas), or
# its genitive as German and English write it (Israels Regierungschef, Israel's Prime Minister); never
# a country's name that is also a given name (Israel Katz). Russian and Ukrainian put the country or
# state an office is of after it, in the genitive, with no word for "of": президент Палестины Махмуд
# Аббас, Председатель ПА (the Palestinian Authority) Махмуд Аббас, президентом США Дональдом Трампом.
TITLE_QUALIFIERS = FORMER | latin_words("""
    devlet dışişleri savunma genel daimi deputy vice acting permanent stellvertretende stellvertretender
    primo primer primeiro premier
    le la l el lo il o a der die den des dem the ο η του της τον την
    israil filistin mısır katar türkiye abd iran suudi bm palestina perdana
    major brigadier lieutenant new nuevo nueva nouveau nouvel nouvelle neue neuer neuen nuovo nuova novo yeni
    haut haute alto alta ranghohe ranghoher ranghohen üst düzey
    israels katars ägyptens irans jordaniens libanons amerikas palästinas türkei usa palästinenser
    pa pna anp olp plo wakil
    de het voormalig voormalige
    израиля палестины турции египта катара ирана сша па пна оон рф ізраїлю палестини туреччини
    """) | frozenset(latin_words(" ".join(DEMONYMS_BY_COUNTRY.values()))) | INDIC_TITLE_QUALIFIERS
# Offices that follow the body they head, in languages that put the complement first: "Hamas leader
# Ismail Haniyeh", "Hamas lideri Halil el-Hayya", "MIT Başkanı İbrahim Kalın", "Hamas-Chef"; an official,
# a negotiator, an adviser as the wires write one ("senior Hamas official Khalil al-Hayya", "US national
# security adviser Mike Waltz", "Hamas yetkilisi", "Hamas-Funktionär"; the Romance languages' before the
# body, with "of": "le haut responsable du Hamas", "el dirigente de Hamás", "il negoziatore di Hamas").
# Up to three words of the body before one, and a name after it; "Hamas-Chef" alone names no one and
# stays whole.
OFFICES_AFTER_BODY = latin_words("""
    leader chief head spokesman director lider lideri başkanı şefi sözcüsü komutanı chef anführer sprecher
    direktörü müdürü temsilcisi başkan yardımcısı üyesi sorumlusu leider voorzitter woordvoerder führer
    direktor direktorin chefin leiter leiterin sprecherin chairman chairwoman
    official negotiator adviser advisor commander member
    photographer photojournalist journalist reporter correspondent cameraman fotograaf fotograf
    fotoğrafçısı muhabiri
    yöneticisi yetkilisi müzakerecisi funktionär unterhändler chefunterhändler vertreter functionaris
    onderhandelaar
    प्रमुख नेता अध्यक्ष प्रवक्ता প্রধান নেতা মুখপাত্র தலைவர் നേതാവ് തലവൻ નેતા વડા
    """)
# Dutch, German and Swedish write the body and its office as one word before a name ("Hamasleider
# Khaled Meshaal", NOS; "Hamaschef", "Hamasledaren"): a word of three letters or more before one of these.
# German also joins the body or the people to a president, minister or chancellor ("Palästinenserpräsident
# Mahmud Abbas", taz; "Verteidigungsminister", "Bundeskanzler"), as `tokens` writes them (ä as a).
_COMPOUND_OFFICE = re.compile(r"\w{3,}(?:leider|voorzitter|woordvoerder|chef|chefin|fuhrer|sprecher|sprecherin|direktor"
                              r"|ledaren|ledare|prasident|prasidentin|minister|ministerin|kanzler|kanzlerin|botschafter)")
# Two offices of one person ("Başbakanı ve Dışişleri Bakanı", "Ministerpräsident und Außenminister").
_TITLE_CONJUNCTIONS = latin_words("and ve et und y e και и")
# The words that link a title to the body it is of, after it: "head of the Mossad David Barnea", "le
# chef du Hamas Ismaïl Haniyeh", "el jefe del Mosad", "der Chef des Mossad", "ο αρχηγός της Χαμάς".
BODY_LINKS = latin_words("of the de du des del della dello di dei degli der των της του")


ANY_TITLE = TITLES | OTHER_LANGUAGE_TITLES
TITLE_RUN = ANY_TITLE | NATIONALITIES | TITLE_QUALIFIERS


def latin_title_length(words: list[str]) -> int:
    """How many of a name's leading words are titles and the words that go with them; at least the
    last word is kept. Titles only count at the start ("President Erdogan"); inside a name they are
    part of it. A nationality, an article or "former" goes with a title ("der israelische
    Ministerpräsident"), never alone ("Egyptian Islamic Jihad"). An office after the body it heads
    takes that body with it ("Hamas lideri Halil el-Hayya"), and so does a title linked to the body
    after it ("Prime Minister of Qatar Mohammed bin Abdulrahman", "chef du Hamas Ismaïl Haniyeh"),
    when a name follows; never without the link ("President Mahmoud Abbas" keeps Mahmoud)."""
    lead, titled = 0, False
    # A body of up to three words before its office, or of five before a name of two words or more
    # ("Milli İstihbarat Teşkilatı (MİT) Başkanı İbrahim Kalın", "Hamas Siyasi Bürosu Müzakere Heyeti
    # Başkanı Halil Hayye": TRT Haber, sondakika.com).
    for position in range(1, min(6, len(words) - 1)):
        # Also an office joined to a word of its own after the body ("Hamas-Auslandschef Khaled
        # Maschaal": the head abroad), with a name of two words after it.
        compound = len(words) - position > 2 and bool(_COMPOUND_OFFICE.fullmatch(words[position]))
        if (words[position] in OFFICES_AFTER_BODY or compound) and (position < 4 or len(words) - position > 2):
            lead, titled = position + 1, True
            break
    while lead < len(words) - 1:
        word = words[lead]
        if len(words) - lead > 2 and _COMPOUND_OFFICE.fullmatch(word):
            lead, titled = lead + 1, True  # Hamasleider, Geheimdienstchef: the body and its office in one word
        elif word in TITLE_RUN or titled and (word in BODY_LINKS or word in _TITLE_CONJUNCTIONS):
            titled |= word in ANY_TITLE
            lead += 1
        elif titled and words[lead - 1] in BODY_LINKS:
            lead += 1  # the body's one word, a name after it: "of the Mossad"
        else:
            break
    return lead if titled else 0


def is_title(word: str) -> bool:
    """Whether a word in `parts` form is a title in any script `tokens` drops titles in (President,
    الرئيس, נשיא, президент), the Arabic ones that are titles only with the article included."""
    return word in TITLES or word in ARABIC_TITLES or word in ARABIC_ARTICLE_TITLES or word in HEBREW_TITLES

"""Titles before a person's name as Turkish, Dutch, Swedish, Romanian, Russian, Persian and Urdu outlets
print them, and an abbreviated title glued to the name. Made-up small stores (the real matcher over
rows) and the desk's real store."""

from knowledge.names import normalise
from tests.test_matching_safety import decision, matcher_of


def test_titles_in_more_languages_are_dropped():
    # Allowed: an office after the body it is of (Turkish üyesi, member; sorumlusu, the one in charge;
    # Dutch leider), a Dutch article and demonym before an office, a Russian office with the state it
    # is of after it in the genitive and no word for "of", Persian and Urdu offices in one word or two,
    # Urdu's nationality before the office, "Dr." glued to the name.
    for query, kept in (("Hamas Siyasi Büro Üyesi Halil el-Hayye", ["halil", "el", "hayye"]),
                        ("Hamas Gazze Sorumlusu Halil el-Hayye", ["halil", "el", "hayye"]),
                        ("Hamas-leider Ismail Haniyeh", ["ismail", "haniyeh"]),
                        ("Hamas-Führer Ismail Haniyeh", ["ismail", "haniyeh"]),
                        ("الأخ القائد الشهيد المجاهد إسماعيل هنية", ["اسماعيل", "هنيه"]),
                        ("De Palestijnse president Mahmoud Abbas", ["mahmoud", "abbas"]),
                        ("президент Палестины Махмуд Аббас", ["махмуд", "аббас"]),
                        ("Председатель ПА Махмуд Аббас", ["махмуд", "аббас"]),
                        ("президентом США Дональдом Трампом", ["дональдом", "трампом"]),
                        ("Dr.Halil el-Hayye", ["halil", "el", "hayye"]),
                        ("دکتر اسماعیل هنیه", ["اسماعيل", "هنيه"]), ("رئیس‌جمهور اردوغان", ["اردوغان"]),
                        ("رئیس جمهور اردوغان", ["اردوغان"]), ("نخست وزیر نتانیاهو", ["نتانياهو"]),
                        ("فلسطینی صدر محمود عباس", ["محمود", "عباس"])):
        assert normalise.tokens(query) == kept, query
    # Refused: Urdu صدر before the article is the given name Sadr al-Din; a nationality or a country's
    # genitive with no office is no title; a word glued to a full stop that is no title stays one word.
    for query, kept in (("صدر الدين عباس", ["صدر", "al", "دين", "عباس"]), ("فلسطینی محمود عباس", ["فلسطيني", "محمود", "عباس"]),
                        ("Палестины Махмуд", ["палестины", "махмуд"]), ("Palestijnse Hamas", ["palestijnse", "hamas"]),
                        ("Ahmad.Halil", ["ahmadhalil"]), ("مجاهد إسماعيل هنية", ["مجاهد", "اسماعيل", "هنيه"])):
        assert normalise.tokens(query) == kept, query


def test_a_title_dropped_in_another_language_finds_a_person_never_an_organisation():
    matcher = matcher_of(("hayya", "Khalil al-Hayya"), ("hayya", "Halil el-Hayye"), ("abbas", "Mahmoud Abbas"),
                         ("bureau", "Hamas Siyasi Büro", "organization"), ("pa", "ПА", "organization"))
    for query, entity in (("Hamas Siyasi Büro Üyesi Halil el-Hayye", "hayya"), ("Председатель ПА Махмуд Аббас", "abbas"),
                          ("Dr.Halil el-Hayye", "hayya")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # "Председатель ПА" names no one: the office's complement is the Palestinian Authority, not him.
    assert decision(matcher, "Председатель ПА")[:2] != ("found", "abbas")


def test_the_real_store_reads_these_titles(real_store):
    # Printed: internethaber.com, yenisafak.com (Turkish), welingelichtekringen.nl (Dutch), newsru.co.il,
    # mignews.org, dzen.ru (Russian), resalat-news.com (Persian), dw.com/ur (Urdu).
    for query, entity in (("Hamas Siyasi Büro Üyesi Halil el-Hayye", "khalil-al-hayya"),
                          ("Dr.Halil el-Hayye", "khalil-al-hayya"),
                          ("De Palestijnse president Mahmoud Abbas", "mahmoud-abbas"),
                          ("Hamas-leider Ismail Haniyeh", "ismail-haniyeh"),
                          ("Президент ПА Махмуд Аббас", "mahmoud-abbas"),
                          ("президентом США Дональдом Трампом", "donald-trump"),
                          ("دکتر اسماعیل هنیه", "ismail-haniyeh"), ("فلسطینی صدر محمود عباس", "mahmoud-abbas"),
                          # elaosboa.com prints the office with its body's whole name, then the name.
                          ("رئيس المكتب السياسي لحركة حماس إسماعيل هنية", "ismail-haniyeh"),
                          ("رئيس جهاز المخابرات العامة المصرية عباس كامل", "abbas-kamel")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # The martyr (شهید) is also the given name Shahid, so it is a title only with the article.
    assert real_store.resolve("شهید اسماعیل هنیه").decision != "found"


def test_an_office_with_the_whole_name_of_its_body_before_a_persons_name():
    matcher = matcher_of(("haniyeh", "Ismail Haniyeh"), ("haniyeh", "إسماعيل هنية"),
                         ("bureau", "Hamas Political Bureau", "organization"),
                         ("bureau", "المكتب السياسي لحركة حماس", "organization"),
                         ("israel", "Israel", "place"), ("katz", "Yosef Katz"), ("katz", "Katz"),
                         ("netanyahu", "Benjamin Netanyahu"), ("hamas", "Hamas", "organization"))
    # Allowed: the office, the body's whole name as the store has it, then the name, in any language.
    for query in ("head of the Hamas political bureau Ismail Haniyeh", "رئيس المكتب السياسي لحركة حماس إسماعيل هنية",
                  "chief of Hamas Political Bureau Ismail Haniyeh"):
        assert decision(matcher, query)[:2] == ("found", "haniyeh"), query
    # Refused: a body's name followed by one word ("President Israel Katz": Israel is his given name,
    # not the country), a name that is no one's ("head of Hamas Yair Netanyahu"), the office and body
    # alone, a body the store does not have whole ("head of the Hamas bureau Ismail" is no split).
    assert decision(matcher, "President Israel Katz")[:2] != ("found", "katz")
    assert decision(matcher, "head of Hamas Yair Netanyahu")[0] != "found"
    assert decision(matcher, "head of the Hamas political bureau")[:2] != ("found", "haniyeh")
    assert normalise.office_and_body_splits("Ismail Haniyeh Hamas leader") == []


def test_a_body_in_the_genitive_after_an_office_and_a_body_and_office_in_one_word():
    matcher = matcher_of(("haniyeh", "Ismail Haniyeh"), ("mashal", "Khaled Meshaal"), ("hamas", "Hamas", "organization"),
                         ("pa", "Παλαιστινιακή Αρχή", "organization"), ("abbas", "Μαχμούντ Αμπάς"),
                         ("mossad", "Mossad", "organization"), ("barnea", "David Barnea"))
    # Allowed: the body's name in the genitive after its office (Czech "vůdce Hamásu", seznamzpravy.cz;
    # Greek "της Παλαιστινιακής Αρχής", capital.gr; Polish "szef Mossadu"); the Dutch compound
    # "Hamasleider" (NOS).
    for query, entity in (("vůdce Hamásu Ismaíl Haníyeh", "haniyeh"), ("szef Mossadu David Barnea", "barnea"),
                          ("Ο πρόεδρος της Παλαιστινιακής Αρχής Μαχμούντ Αμπάς", "abbas"),
                          ("Hamasleider Khaled Meshaal", "mashal")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a word ending so inside a name is no office ("Michael Bouchef Smith" keeps Bouchef; a
    # compound before one word alone is no title), and a genitive body before one word is no split.
    assert normalise.tokens("Michael Bouchef Smith") == ["michael", "bouchef", "smith"]
    assert normalise.tokens("Hamasleider Meshaal") == ["hamasleider", "meshaal"]
    assert decision(matcher, "szef Mossadu Barnea")[:2] != ("found", "barnea")


def test_longer_bodies_before_their_office_and_german_offices_after_a_hyphen():
    # Allowed: a body of up to five words before its office when a name of two words follows (TRT
    # Haber, sondakika.com), German "CIA-Direktor", "Geheimdienstchef" after an article and demonym (ORF).
    for query, kept in (("Milli İstihbarat Teşkilatı (MİT) Başkanı İbrahim Kalın", ["ibrahim", "kalin"]),
                        ("Hamas Siyasi Bürosu Müzakere Heyeti Başkanı Halil Hayye", ["halil", "hayye"]),
                        ("CIA-Direktor William Burns", ["william", "burns"]),
                        ("dem ägyptischen Geheimdienstchef Abbas Kamel", ["abbas", "kamel"])):
        assert normalise.tokens(query) == kept, query
    # Refused: so long a body before one word (it may be the name's own words), a compound before one.
    assert normalise.tokens("Hamas Siyasi Bürosu Müzakere Heyeti Başkanı Hayye")[-2:] == ["bashkani", "hayye"]
    assert normalise.tokens("Geheimdienstchef Kamel") == ["geheimdienstchef", "kamel"]


def test_the_real_store_reads_a_bodys_acronym_after_its_name(real_store):
    # turkish.club: "Head of the National Intelligence Organization (MIT) İbrahim Kalın".
    resolution = real_store.resolve("Head of the National Intelligence Organization (MIT) İbrahim Kalın")
    assert (resolution.decision, resolution.entity) == ("found", "ibrahim-kalin")
    # The office and the body alone name the body, never its head.
    assert real_store.resolve("Head of the National Intelligence Organization (MIT)").entity != "ibrahim-kalin"


def test_arabic_offices_after_the_name_and_with_and_before_them(real_store):
    # Allowed: the office after the name with no comma (macario21.com: "دافيد برنياع رئيس جهاز المخابرات
    # الإسرائيلي (الموساد)"; resalat-news.com: "رجب طیب اردوغان رئیس جمهور ترکیه"), و ("and") on the
    # office, with or without its article (dostor.synceg.net: "ومدير وكالة الاستخبارات المركزية
    # الأمريكية، وليام بيرنز").
    for query, entity in (("دافيد برنياع رئيس جهاز المخابرات الإسرائيلي (الموساد)", "david-barnea"),
                          ("رجب طیب اردوغان رئیس جمهور ترکیه", "recep-tayyip-erdogan"),
                          ("ومدير وكالة الاستخبارات المركزية الأمريكية، وليام بيرنز", "william-burns"),
                          ("والرئيس محمود عباس", "mahmoud-abbas")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: و + the article + د is والد, the father ("والد محمود عباس" is not Mahmoud Abbas), and a
    # title word after the article is a name's (Hussein al-Sheikh); one word before an office is no name.
    assert real_store.resolve("والد محمود عباس").decision != "found"
    assert normalise.name_before_an_office("حسين الشيخ رئيس الوزراء") == ["حسين", "شيخ"]
    assert normalise.name_before_an_office("عباس رئيس جهاز المخابرات") == []


def test_arabic_proclitics_on_an_office_and_a_hebrew_office_of_a_country(real_store):
    # Allowed: the one-letter words Arabic joins to an office (برئيس الوزراء, "with the prime minister":
    # masress.com; للرئيس), and a Hebrew office with the country it is of and no article (נשיא ארה״ב
    # טראמפ: srugim.co.il).
    for query, entity in (("برئيس الوزراء الإسرائيلي بنيامين نتنياهو", "benjamin-netanyahu"),
                          ("للرئيس محمود عباس", "mahmoud-abbas"), ("נשיא ארה״ב טראמפ", "donald-trump")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: a given name that begins with such a letter is no office (وليد, Walid), nor ישראל after
    # an office (Israel Katz's given name).
    assert normalise.tokens("وليد محمود عباس") == ["وليد", "محمود", "عباس"]
    assert normalise.tokens("נשיא ישראל כץ")[0] == "ישראל"

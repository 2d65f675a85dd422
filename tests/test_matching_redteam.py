"""Wrong answers found by attacking the day's new matching rules and aliases with real names of this
story that the desk has no entry for: each query was answered with an entity it does not name. Each
case says who or what the query really names and where an outlet printed it. The desk's real store."""

import pytest

from knowledge.names import normalise


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


@pytest.mark.parametrize("query", [
    # Chaim Herzog, Israel's sixth president (1983-93), Isaac Herzog's father: "his father, Chaim
    # Herzog, Israel's sixth president" (JPost via carga.prensainternacional.mrecic.gov.ar); "the son
    # of a former president of Israel" (jpost.com/features/in-thespotlight/all-in-the-family).
    "former President Herzog", "former Israeli President Herzog", "ex-Präsident Herzog",
    "l'ancien président Herzog", "eski Cumhurbaşkanı Herzog", "ex-presidente Herzog",
])
def test_former_and_a_title_before_a_surname_alone_is_not_the_holder(real_store, query):
    # "Former" says the office is someone else's now: with only a family name after it, the one who
    # holds it now is offered, never answered (as Arabic السابق and Hebrew לשעבר already are).
    assert decision(real_store, query)[0] != "found", query
    assert "isaac-herzog" in decision(real_store, query)[2], query


def test_former_and_a_title_before_a_whole_name_still_answers(real_store):
    for query, entity in (("former Israeli President Isaac Herzog", "isaac-herzog"),
                          ("former CIA Director William Burns", "william-burns"),
                          ("eski Cumhurbaşkanı Recep Tayyip Erdoğan", "recep-tayyip-erdogan")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Without "former", a title before the family name answers as before.
    assert decision(real_store, "President Herzog")[:2] == ("found", "isaac-herzog")


@pytest.mark.parametrize("query", [
    # The Palestinian Authority's General Intelligence Service, headed by Majed Faraj: "برئاسة جهاز
    # المخابرات العامة اكبر الاجهزة الامنية الفلسطينية" (abed.1forum.biz/t479-topic); "رئيس المخابرات
    # العامة الفلسطينية" (marefa.org, ماجد فرج); "the head of General Intelligence Service (GIS)"
    # (ecfr.eu/special/mapping_palestinian_politics/majed_faraj); Jordan's is دائرة المخابرات العامة.
    "جهاز المخابرات العامة", "المخابرات العامة", "GIS", "al-Mukhabarat al-Amma",
])
def test_general_intelligence_without_a_country_is_not_only_egypts(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and "egyptian-intelligence" in outcome[2], query


def test_general_intelligence_with_egypt_still_answers(real_store):
    for query in ("المخابرات العامة المصرية", "جهاز المخابرات العامة المصرية", "Egyptian General Intelligence Service",
                  "EGIS"):
        assert decision(real_store, query)[:2] == ("found", "egyptian-intelligence"), query


@pytest.mark.parametrize("query", [
    # Nahum Barnea, Yedioth Ahronoth's senior columnist: "كبير المحللين السياسيين في صحيفة «يديعوت
    # أحرونوت»، ناحوم برنياع ... وكتب برنياع في مقاله" (misr2050.blogspot.com/2011_10_29_archive.html).
    # Hebrew outlets quote him as ברנע too: in Hebrew as in Latin script the name alone lists (with the
    # head of the Mossad's office before it, it answers: tests/test_matching_people_rules.py).
    "Barnea", "ברנע", "برنياع", "Μπαρνέα", "بارنيا",
    # Kamel al-Wazir, Egypt's transport minister: "Kamel al-Wazir (en arabe : كامل الوزير)"
    # (fr.wikipedia.org/wiki/Kamel_al-Wazir; Reuters via thestar.com.my, 2019-03-10); كامل is also
    # Arabic for "whole".
    "Kamel", "كامل", "Kamil", "Камель",
])
def test_a_family_name_that_others_in_the_story_carry_alone_only_lists(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and outcome[2], query


def test_those_family_names_with_the_given_name_still_answer(real_store):
    for query, entity in (("David Barnea", "david-barnea"), ("دافيد برنياع", "david-barnea"), ("Dedi Barnea", "david-barnea"),
                          ("דדי ברנע", "david-barnea"), ("ראש המוסד דוד ברנע", "david-barnea"),
                          ("Abbas Kamel", "abbas-kamel"), ("عباس كامل", "abbas-kamel")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    for query in ("Nahum Barnea", "كامل الوزير"):
        assert decision(real_store, query)[0] != "found", query


def test_a_kunya_alone_is_anyone_whose_son_bears_the_name(real_store):
    # "Abu Mustafa", father of Mustafa, is what many Gaza men are called: "Abu Mustafa criticized the
    # Israeli approach to evacuations" (news.ssbcrack.com/residents-in-gaza-express-fear-of-displacement-
    # amid-ongoing-conflict, a resident); it answered the Reuters photographer Ibraheem Abu Mustafa.
    for query in ("Abu Mustafa", "أبو مصطفى"):
        outcome = decision(real_store, query)
        assert outcome[0] != "found" and "ibraheem-abu-mustafa" in outcome[2], query
    for query in ("Ibraheem Abu Mustafa", "Ibrahim Abu Mustafa", "إبراهيم أبو مصطفى"):
        assert decision(real_store, query)[:2] == ("found", "ibraheem-abu-mustafa"), query


def test_a_given_and_a_fathers_name_swapped_around_bin_is_another_man(real_store):
    # "Abdulrahman bin Mohammed" is Abdulrahman, son of Mohammed: not the Qatari prime minister,
    # Mohammed, son of Abdulrahman ("his father, Sheikh Abdulrahman Al Thani, ambassador in Jordan":
    # alsaa.net/article/159258; full name Mohammed bin Abdulrahman bin Jassim Al-Thani, egypttoday.com,
    # 2017-07-21). The swap was read as list order because one alias ends with the father's name.
    for query in ("Abdulrahman bin Mohammed Al Thani", "Abdulrahman bin Mohammed", "Abdul Rahman bin Mohammed Al Thani"):
        assert decision(real_store, query)[0] != "found", query
    for query in ("Mohammed bin Abdulrahman", "Mohammed bin Abdulrahman Al Thani", "Al Thani, Mohammed bin Abdulrahman"):
        assert decision(real_store, query)[:2] == ("found", "mohammed-bin-abdulrahman-al-thani"), query


@pytest.mark.parametrize("query", [
    # Izz ad-Din al-Qassam (1882-1935), the preacher the Brigades are named after: "the Syrian-born
    # preacher Izz ad-Din al-Qassam, killed by British forces in 1935" (Al Jazeera English, "Who was
    # Izz ad-Din al-Qassam?"); the Brigades' name without its type word is his.
    "Izz ad-Din al-Qassam", "Izz al-Din al-Qassam", "عز الدين القسام", "Ezzedine al-Qassam", "İzzeddin el-Kassam",
])
def test_a_bodys_name_without_its_type_word_that_is_a_persons_name_only_lists(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and "al-qassam-brigades" in outcome[2], query


def test_the_body_named_after_him_still_answers_with_its_type_word(real_store):
    for query in ("Izz ad-Din al-Qassam Brigades", "كتائب عز الدين القسام", "Qassam Brigades", "al-Qassam Brigades",
                  "İzzeddin el-Kassam Tugayları", "Brigate Izz ad-Din al-Qassam"):
        assert decision(real_store, query)[:2] == ("found", "al-qassam-brigades"), query


def test_a_word_of_a_bodys_name_with_vowels_added_is_another_word(real_store):
    # "Mossad, Israel's secret service" (The Independent, 2013-02-14, "Mossad: the service that's really
    # secret"): "Israeli Secret Service" answered the Shin Bet through "Israel Security Agency", secret
    # and security differing only in vowels. Listed now; the Shin Bet's own names still answer.
    for query in ("Israeli Secret Service", "Israel Secret Agency", "Israel Secret Service"):
        assert decision(real_store, query)[0] != "found", query
    for query in ("Israel Security Agency", "Israeli Security Agency", "Shin Bet"):
        assert decision(real_store, query)[:2] == ("found", "shin-bet"), query


def test_names_that_differ_only_in_vowels_once_romanised_are_other_names(real_store):
    # صلاح (Salah) is not صالح (Saleh), هناء (Hana, a woman's name) not هاني (Hani): "Salah al-Arouri"
    # and "Hana al-Masri" answered Saleh al-Arouri and Hani al-Masri, and صلاح العاروري too, through
    # the consonants it shares with Salih. normalise.LOOKALIKES now lists them apart (Latin Salah
    # folds with Saleh and is an alias of his: only the Arabic is told apart).
    for query in ("صلاح العاروري", "Hana al-Masri"):
        assert decision(real_store, query)[0] != "found", query
    for query, entity in (("Saleh al-Arouri", "saleh-al-arouri"), ("Salih al-Aruri", "saleh-al-arouri"),
                          ("صالح العاروري", "saleh-al-arouri"), ("Hani al-Masri", "hani-al-masri"),
                          ("Hany el-Masry", "hani-al-masri"), ("هاني المصري", "hani-al-masri")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_grandfathers_name_that_is_not_his_is_another_man(real_store):
    # The Qatari prime minister is Mohammed bin Abdulrahman bin Jassim Al Thani (This is Beirut,
    # thisisbeirut.com.lb/world/239188); "bin Hamad" names another grandson of another line, so the
    # query is listed, not answered. His own chain, with either spelling of Jassim, answers.
    assert decision(real_store, "Mohammed bin Abdulrahman bin Hamad Al Thani")[0] != "found"
    for query in ("Mohammed bin Abdulrahman bin Jassim Al Thani", "Sheikh Mohammed bin Abdul Rahman bin Jassim al-Thani",
                  "Mohammed bin Abdulrahman bin Jassem Al Thani"):
        assert decision(real_store, query)[:2] == ("found", "mohammed-bin-abdulrahman-al-thani"), query


def test_an_office_before_a_lone_family_name_answers_only_its_holder(real_store):
    # "Ambassador Herzog" is Michael Herzog, Israel's ambassador in Washington ("Ambassador Herzog
    # said": israelnationalnews.com/news/379112), not President Isaac Herzog, whose description says
    # Israeli President: listed, not answered. Offices the description holds still answer; honorifics
    # say nothing of which bearer, so they answer as the name alone does.
    # The red team's other spellings of the ambassador: German, Arabic, Hebrew, Turkish, French, Spanish.
    for query in ("Ambassador Herzog", "General Herzog", "General Netanyahu", "Botschafter Herzog", "السفير هرتسوغ",
                  "השגריר הרצוג", "Büyükelçi Herzog", "l'ambassadeur Herzog", "embajador Herzog"):
        assert decision(real_store, query)[0] == "ambiguous", query
    # A president is one in every language; an ambassador's office in German and Arabic is Waltz's.
    for query, entity in (("Präsident Herzog", "isaac-herzog"), ("الرئيس هرتسوغ", "isaac-herzog"),
                          ("Botschafter Waltz", "michael-waltz"), ("السفير والتز", "michael-waltz")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    for query, entity in (("President Herzog", "isaac-herzog"), ("Israeli President Herzog", "isaac-herzog"),
                          ("Prime Minister Netanyahu", "benjamin-netanyahu"), ("Ambassador Waltz", "michael-waltz"),
                          ("Director Burns", "william-burns"), ("Mr Netanyahu", "benjamin-netanyahu")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_nisba_added_to_a_family_name_is_another_name(real_store):
    # A nisba, the -i that makes a name of a name (Abbasi of Abbas), is another family name: Hassan
    # Abbasi, the IRGC theorist ("حسن عباسي (Hassan Abbasi)": istifaga.com/?p=97859), Fereydoon
    # Abbasi-Davani, Iran's atomic energy chief ("فریدون عباسی دوانی": es.stringtranslate.com, Fereydoon
    # Abbasi). "Mahmoud Abbasi" answered Mahmoud Abbas as a vowel added, and in Arabic, Hebrew and
    # Russian script through the consonants عباسي shares with Abbas (its ي is no consonant).
    for query in ("Mahmoud Abbasi", "Mahmoud Abbasy", "محمود عباسي", "מחמוד עבאסי", "Махмуд Аббаси", "Abbasi",
                  "Hassan Abbasi", "حسن عباسي"):
        assert decision(real_store, query)[0] != "found", query
    # His own name in every script still answers, and a demonym is still the country's
    # ("Israeli Security Agency" is the Israel Security Agency: tested above).
    for query in ("Mahmoud Abbas", "Mahmud Abbas", "محمود عباس", "Махмуд Аббас", "Μαχμούντ Αμπάς"):
        assert decision(real_store, query)[:2] == ("found", "mahmoud-abbas"), query


@pytest.mark.parametrize("query", [
    # A nationality alone says whose something is, not which place: "Turkish" is a language, a people,
    # an adjective waiting for its noun. "Turkish" and "التركي" answered Turkey through its Persian name
    # ترکیه, which folds to the letters of the Arabic feminine تركية; "Jordanian", "American", "turca"
    # answered their countries as a vowel or a letter added.
    "Turkish", "التركي", "التركية", "турецкий", "הטורקי", "turca", "Türk", "Jordanian", "American",
])
def test_a_demonym_alone_is_not_the_country(real_store, query):
    assert decision(real_store, query)[0] != "found", query


def test_the_countrys_own_names_still_answer_beside_its_demonyms(real_store):
    for query, entity in (("Turkey", "turkey"), ("Türkiye", "turkey"), ("تركيا", "turkey"), ("ترکیه", "turkey"),
                          ("Republic of Turkey", "turkey"), ("Saudi", "saudi-arabia"), ("السعودية", "saudi-arabia"),
                          ("US", "united-states"), ("Israels", "israel"), ("Turkish intelligence", "mit"),
                          ("المخابرات التركية", "mit")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_descriptor_naming_another_body_is_not_the_persons(real_store):
    # A kunya is borne by many: Abu Obeida Youssef al-Annabi leads al-Qaeda in the Islamic Maghreb
    # ("Abu Obeida Yousef Al-Annabi ... succeeded to AbdelMalek Droukdel": thearabposts.com, identikit
    # of the new leader of AQIM; "أبو عبيدة يوسف العنابي": north-africa.com, US offers cash rewards).
    # "Abu Ubaida (Islamic Jihad)" answered Hamas's spokesman: the body beside the name was never
    # checked against whom the desk ties him to. Now only offered.
    for query in ("Abu Ubaida (Islamic Jihad)", "Abu Ubaida, Islamic Jihad spokesman", "أبو عبيدة (الجهاد الإسلامي)",
                  "Khalil al-Hayya (Hezbollah)", "Ronen Bar (Mossad)", "Abu Obeida Youssef al-Annabi",
                  "أبو عبيدة يوسف العنابي", "Abu Obeida (AQIM)"):
        assert decision(real_store, query)[0] != "found", query
    assert "abu-ubaida" in decision(real_store, "Abu Ubaida (Islamic Jihad)")[2]


def test_a_descriptor_naming_the_persons_own_body_still_answers(real_store):
    # His description names the Qassam Brigades; Hamas takes part in his event (the 2019 military show);
    # MIT's description names Ibrahim Kalin, whose own says only "Turkey's intelligence chief".
    for query, entity in (("Abu Ubaida (Hamas)", "abu-ubaida"), ("Abu Ubaida, Qassam Brigades spokesman", "abu-ubaida"),
                          ("أبو عبيدة (حماس)", "abu-ubaida"), ("Khalil al-Hayya (Hamas)", "khalil-al-hayya"),
                          ("Ronen Bar (Shin Bet)", "ronen-bar"), ("Ibrahim Kalin (MIT)", "ibrahim-kalin"),
                          ("Ismail Haniyeh, Hamas leader", "ismail-haniyeh"), ("Mahmoud Abbas (PLO)", "mahmoud-abbas"),
                          ("Milli İstihbarat Teşkilatı (MİT)", "mit")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_womans_honorific_before_a_mans_family_name_is_his_wife_or_daughter(real_store):
    # "Mrs. Netanyahu" is Sara Netanyahu, the prime minister's wife ("managed to placate Mrs. Netanyahu":
    # haaretz.com, The Sara Netanyahu Affair; "Ms. Netanyahu does not do a lot of public speaking":
    # jpost.com/Opinion/Sara-on-our-minds-542146; "تمنوا للسيدة نتنياهو الخير": zapping.co.il), "Mrs Herzog"
    # Michal Herzog, the president's wife, "Mrs Trump" Melania Trump: the honorific was dropped as Mr's
    # is, and the man answered. The store knows no one's sex, so a woman's honorific before a lone
    # family name only offers its bearer.
    for query in ("Mrs Netanyahu", "Mrs. Netanyahu", "Ms. Netanyahu", "السيدة نتنياهو", "גב' נתניהו", "Mrs Herzog",
                  "Mrs Trump"):
        assert decision(real_store, query)[0] == "ambiguous", query
    for query, entity in (("Mr Netanyahu", "benjamin-netanyahu"), ("السيد نتنياهو", "benjamin-netanyahu"),
                          ("Mr Trump", "donald-trump"), ("Dr Netanyahu", "benjamin-netanyahu")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_the_name_after_ben_in_a_hebrew_family_name_alone_is_another_name(real_store):
    # Eli Yishai, the former Shas leader and interior minister ("Eliyahu "Eli" Yishai (Hebrew: אֵלִי יִשַׁי)":
    # en.wikipedia.org/wiki/Eli_Yishai), is quoted by his family name alone ("Yishai: I Will Ask for the
    # Interior Ministry": israelnationalnews.com/news/191147); "Yishai" and "ישי" answered the journalist
    # Ron Ben-Yishai. Ben-Yishai is one family name, son of Yishai; without Ben it is listed.
    for query in ("Yishai", "ישי", "يشاي", "Eli Yishai", "אלי ישי"):
        assert decision(real_store, query)[0] != "found", query
    for query in ("Ben-Yishai", "בן ישי", "Ron Ben-Yishai", "רון בן ישי", "رون بن يشاي"):
        assert decision(real_store, query)[:2] == ("found", "ron-ben-yishai"), query


def test_an_office_typed_is_no_typo_of_another_languages_word(real_store):
    # "Governor Trump" answered the Trump administration through its Italian and Portuguese name
    # "governo Trump" (government), governor read as a typo of governo. An office is the office.
    for query in ("Governor Trump", "Trump governor"):
        assert decision(real_store, query)[0] != "found", query
    for query, entity in (("governo Trump", "trump-administration"), ("President Trump", "donald-trump")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_hebrew_spellings_of_the_stores_people_across_scripts(real_store):
    # Found while attacking the Hebrew rules: Hebrew outlets write Michael מייקל or מיכאל (English ch is k),
    # Kamel קאמל as well as כאמל, and glue the article to a family name (אלמסרי); each was no entry.
    for query, entity in (("מייקל וולץ", "michael-waltz"), ("מיכאל וולץ", "michael-waltz"), ("עבאס קאמל", "abbas-kamel"),
                          ("האני אלמסרי", "hani-al-masri"), ("Michael Waltz", "michael-waltz")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Still refused: Michal (מיכל), a woman's name, is not Michael; the glued article does not make a
    # common family name alone answer (al-Masri, "the Egyptian"), nor Kamel alone.
    for query in ("מיכל וולץ", "Michal Waltz", "אלמסרי", "קאמל"):
        assert decision(real_store, query)[0] != "found", query


def test_a_grandfathers_name_after_bin_is_read_as_the_fathers(real_store):
    # "bin Jassim" says Jassim is the father: "Mohammed bin Jassim Al Thani" answered the prime minister,
    # Mohammed bin Abdulrahman bin Jassim Al Thani, as his chain with the father left out. The Al Thanis
    # have many sons of a Jassim (Hamad bin Jassim Al Thani, a former prime minister, is one). Listed.
    for query in ("Mohammed bin Jassim Al Thani", "محمد بن جاسم آل ثاني"):
        assert decision(real_store, query)[0] != "found", query
    for query in ("Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman Al Thani",
                  "Mohammed bin Abdulrahman", "Cheikh Mohammed ben Abdulrahman", "محمد بن عبد الرحمن آل ثاني"):
        assert decision(real_store, query)[:2] == ("found", "mohammed-bin-abdulrahman-al-thani"), query


@pytest.mark.parametrize("query", [
    # Kuwait's emir since December 2023 is Sheikh Mishal al-Ahmad al-Jaber al-Sabah, "مشعل الأحمد الجابر
    # الصباح; also spelled Meshal, Mishaal or Meshaal" (simple.wikipedia.org/wiki/Mishal_Al-Ahmad_Al-Jaber_
    # Al-Sabah; "Sheikh Mishal Al-Sabah is named as Kuwait's new emir": thenews.com.pk/latest/1138890):
    # "Sheikh Mishal" and "الشيخ مشعل" answered the Hamas leader Khaled Mashal, whose family name is the
    # same Arabic word. common-names.toml now lists it.
    "Sheikh Mishal", "الشيخ مشعل", "مشعل", "Mishal", "Meshal", "Meshaal", "Mashal", "משעל", "Машаль",
])
def test_a_family_name_that_is_also_a_common_given_name_alone_only_lists(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and "khaled-mashal" in outcome[2], query


def test_that_family_name_with_the_given_name_still_answers(real_store):
    for query in ("Khaled Mashal", "Khaled Meshaal", "خالد مشعل", "חאלד משעל", "Халед Машаль", "K. Mesh'al"):
        assert decision(real_store, query)[:2] == ("found", "khaled-mashal"), query
    assert decision(real_store, "Mishal al-Ahmad al-Jaber al-Sabah")[0] != "found"


@pytest.mark.parametrize("query", [
    # Turkish for "the US administration" (ABD, Amerika and USA are the United States; yönetimi is
    # "administration"), and "the Israeli administration": no body's name, only a country and a generic
    # word. CENTCOM was answered at 90, its "CENTCOM" folded to "yentyom" (Turkish c as j) and so a
    # vowel variant of yönetimi.
    "ABD yönetimi", "Amerikan yönetimi", "USA yönetimi", "İsrail yönetimi", "yönetimi",
])
def test_a_country_and_a_generic_word_name_no_body(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found", query
    if query.startswith("ABD "):
        # ABD is a word of CENTCOM's Turkish name (ABD Merkez Komutanlığı) as of the US: offered among
        # the nearest names beside the US, never listed.
        assert outcome[0] == "not_found", query
    else:
        assert "us-central-command" not in outcome[2], query


def test_initials_are_no_vowel_variant_of_a_word(real_store):
    # A word the desk writes only in capitals is letters: matched as spelled or by a typo, not by vowels.
    assert "us-central-command" not in real_store.matcher.scores("yönetimi")
    for query in ("CENTCOM", "Centcom", "USCENTCOM", "centcon"):
        assert decision(real_store, query)[:2] == ("found", "us-central-command"), query


def test_the_bodies_named_with_the_generic_word_still_answer(real_store):
    for query, entity in (("Trump yönetimi", "trump-administration"), ("Filistin Yönetimi", "palestinian-authority"),
                          ("ABD Merkez Komutanlığı", "us-central-command"), ("ABD", "united-states")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entity", [
    # A Hebrew one-letter prefix taken off a word of four letters leaves three, and the word typed is
    # as often a word of the language: מכאן, לכאן (from here, to here) beside KAN (כאן, "here");
    # מפתח (a key, a developer), הפתח (the opening), בפתח (at the door), ופתח (and opened), לפתח (to
    # develop) beside Fatah (פתח); העזה (daring) beside Gaza; הקטר (the locomotive) beside Qatar.
    ("מכאן", "kan"), ("לכאן", "kan"), ("מפתח", "fatah"), ("הפתח", "fatah"), ("בפתח", "fatah"),
    ("ופתח", "fatah"), ("לפתח", "fatah"), ("העזה", "gaza-strip"), ("הקטר", "qatar"),
])
def test_a_hebrew_prefix_that_leaves_three_letters_only_lists(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and entity in outcome[2], query


def test_a_hebrew_prefix_before_a_longer_name_or_a_place_still_answers(real_store):
    for query, entity in (("כאן", "kan"), ("פתח", "fatah"), ("בחמאס", "hamas"), ("במוסד", "mossad"),
                          ("בישראל", "israel"), ("לנתניהו", "benjamin-netanyahu"),
                          # in, to, from before a place's whole name: Hebrew writes places so daily
                          # (בעזה, מעזה list the Gaza Strip and Gaza City, which bare Gaza is both).
                          ("בקהיר", "cairo"), ("מקהיר", "cairo"), ("לקטר", "qatar"), ("בקטר", "qatar"),
                          # any prefix before an acronym typed with its gershayim: letters, not a word.
                          ("בצה״ל", "idf"), ('לצה"ל', "idf"), ('בפת"ח', "fatah"), ('באש"ף', "plo"),
                          # beside other words of the name, which say which it is.
                          ("לאבו עובידה", "abu-ubaida")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Rabbi Yitzhak Isaac HaLevi Herzog, Israel's first chief rabbi, President Isaac Herzog's
    # grandfather: "הרב יצחק אייזיק הלוי הרצוג" (kikar.co.il/tags/isaac-herzog, Kikar HaShabbat,
    # 2025-08-20). The title said which Herzog; dropped as a courtesy, it had answered the president.
    "הרב יצחק אייזיק הלוי הרצוג", "הרב יצחק הרצוג", "הרב הרצוג", "Rabbi Yitzhak HaLevi Herzog",
    "Rabbi Isaac Herzog", "Chief Rabbi Herzog", "Oberrabbiner Jizchak Herzog", "le grand rabbin Isaac Herzog",
    "الحاخام إسحاق هرتسوغ", "раввин Ицхак Герцог",
    # The other titles that say what someone is, on a name no such person of the desk's bears.
    "Cardinal Isaac Herzog", "Kardinal Jitzchak Herzog", "Imam Mahmoud Abbas", "l'imam Mahmoud Abbas",
])
def test_a_vocation_the_desk_does_not_give_the_person_is_not_answered(real_store, query):
    # A rabbi or a cleric typed with a name says which bearer of it is meant: answered only
    # for a person whose description or names hold it, otherwise at most listed.
    assert decision(real_store, query)[0] != "found", query


def test_a_vocation_the_desk_gives_and_no_vocation_still_answer(real_store):
    for query, entity in (("President Isaac Herzog", "isaac-herzog"), ("Präsident Jitzchak Herzog", "isaac-herzog"),
                          ("הנשיא יצחק הרצוג", "isaac-herzog"), ("Isaac Herzog", "isaac-herzog"),
                          ("Yitzhak Herzog", "isaac-herzog"), ("רב-אלוף יצחק הרצוג", "isaac-herzog"),
                          # Sheikh is an honorific of Arab copy, not a vocation: it tells no Arab namesake apart.
                          ("Sheikh Ismail Haniyeh", "ismail-haniyeh"), ("الشيخ إسماعيل هنية", "ismail-haniyeh"),
                          ("Sheikh Mohammed bin Abdulrahman Al Thani", "mohammed-bin-abdulrahman-al-thani"),
                          ("شيخ محمد بن عبدالرحمن آل ثاني", "mohammed-bin-abdulrahman-al-thani"),
                          ("шейх Мухаммад бин Абд ар-Рахман Аль Тани", "mohammed-bin-abdulrahman-al-thani")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Chaim Herzog, Isaac Herzog's father, was a major general (אלוף) before he was president: "האלוף
    # חיים הרצוג" is how Hebrew copy names him; Arabic writes the rank اللواء. A general's rank in Hebrew
    # and Arabic before the lone family name had answered the president.
    "האלוף הרצוג", "אלוף הרצוג", 'תא"ל הרצוג', "اللواء هرتسوغ", "الفريق هرتسوغ",
])
def test_a_generals_rank_in_hebrew_or_arabic_before_a_surname_alone_is_not_the_president(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and "isaac-herzog" in outcome[2], query


def test_a_generals_rank_before_a_whole_name_and_a_presidents_title_still_answer(real_store):
    for query, entity in (("اللواء عباس كامل", "abbas-kamel"), ("Major General Abbas Kamel", "abbas-kamel"),
                          ("הנשיא הרצוג", "isaac-herzog"), ("الرئيس هرتسوغ", "isaac-herzog")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entities", [
    # A name of generic words names many countries' bodies: the National Intelligence Agency is Nigeria's
    # (South Africa's until 2009), the National Intelligence Service South Korea's; both had answered
    # Turkey's MIT (National Intelligence Organization, Turkey's National Intelligence Agency).
    ("National Intelligence Agency", ["mit"]), ("National Intelligence Service", ["mit"]),
    # Lebanon's General Security (الأمن العام) and Jordan's Public Security (جهاز الأمن العام) carry the
    # Shin Bet's generic words; جهاز الأمن العام had answered it through الجهاز العام للأمن, words reordered.
    ("General Security", ["shin-bet"]), ("جهاز الأمن العام", ["shin-bet"]),
    # The Islamic Resistance (المقاومة الإسلامية في لبنان) is Hezbollah's self-name as well as Hamas's
    # name without its type word (Islamic Resistance Movement, حركة المقاومة الإسلامية): it had answered Hamas.
    ("Islamic Resistance", ["hamas"]), ("المقاومة الإسلامية", ["hamas", "hezbollah"]),
])
def test_a_name_of_generic_words_typed_in_part_or_reordered_only_lists(real_store, query, entities):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and set(entities) <= set(outcome[2]), query


def test_a_name_of_generic_words_typed_whole_still_answers(real_store):
    for query, entity in (("National Intelligence Organization", "mit"), ("Milli Istihbarat Teskilati", "mit"),
                          ("Central Intelligence Agency", "cia"), ("Agencia Central de Inteligencia", "cia"),
                          ("Islamic Resistance Movement", "hamas"), ("حركة المقاومة الإسلامية", "hamas"),
                          ("Movimiento de Resistencia Islámica", "hamas"), ("İslami Direniş Hareketi", "hamas"),
                          ("il Movimento di resistenza islamico Hamas", "hamas"), ("Jihad Islamica", "islamic-jihad"),
                          ("General Security Service", "shin-bet"), ("الجهاز العام للأمن", "shin-bet"),
                          ("جهاز الأمن العام الإسرائيلي", "shin-bet")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_the_grandfathers_hebrew_name_without_his_title_is_no_entry(real_store):
    # The desk lists him as Hebrew copy prints him too ([[namesakes]], common-names.toml): the Latin
    # namesake "Yitzhak HaLevi Herzog" did not reach a Hebrew query.
    assert decision(real_store, "יצחק אייזיק הלוי הרצוג")[0] == "not_found"
    assert decision(real_store, "יצחק הרצוג")[:2] == ("found", "isaac-herzog")


def test_abd_in_capitals_before_a_word_that_is_not_is_turkish_initials(real_store):
    # ABD is Amerika Birleşik Devletleri, the United States, as Turkish writes it ("ABD Merkez
    # Kuvvetler Komutanlığı": Turkish copy of CENTCOM; "ABD merkezli Axios": US-based Axios). Read as the
    # Arabic "abd" (servant of), it was glued to the next word ("abdmerkez"), in the store's aliases as in
    # queries: "Merkez Kuvvetler Komutanlığı" (CENTCOM without the country) had no entry, its Merkez
    # being no word of the name. Capitals before a word that is not are initials; before a name in
    # capitals too (as sanctions lists print a family name) and written Abd, it is the Arabic word.
    assert normalise.parts("ABD Merkez Komutanlığı") == ["abd", "merkez", "komutanligi"]
    for name in ("ABD AL-RAHMAN, Mohammed", "Abd al-Rahman", "abd al-rahman", "Abdel Rahman", "Mohammed ABD AL RAHMAN"):
        assert "abdrahman" in normalise.parts(name), name
    outcome = decision(real_store, "Merkez Kuvvetler Komutanlığı")
    assert outcome[0] == "ambiguous" and outcome[2] == ["us-central-command"]
    for query, entity in (("ABD Merkez Kuvvetler Komutanlığı", "us-central-command"), ("ABD", "united-states"),
                          ("ABD Merkez Komutanlığı", "us-central-command"), ("ABD merkezli Axios", "axios"),
                          ("ABD Başkanı Trump", "donald-trump")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Still refused, as before: the Qatari prime minister's father's name without his own.
    assert decision(real_store, "Abd al-Rahman Al Thani")[0] != "found"


@pytest.mark.parametrize("query, entity", [
    # Abdullah Öcalan, the PKK's founder ("Türkiye'de terör örgütü olarak kabul edilen PKK'nın kurucusu":
    # nedemek.page/kavramlar/abdullah öcalan; "Leader du Parti des travailleurs du Kurdistan": initiales.org),
    # listed Greece through its Italian name "Repubblica ellenica": a c folded as Turkish j and then as y,
    # which the consonant skeleton drops as a vowel, left Ocalan's a-l-n, which is ellenica's. Macedonia
    # listed the Mossad through "Mōdī`īn" (its m-d-n). A c is a consonant in every language that writes
    # one: it stays in the skeleton.
    ("Ocalan", "greece"), ("Abdullah Ocalan", "greece"), ("Macedonia", "mossad"),
])
def test_a_c_is_a_consonant_not_a_vowel(real_store, query, entity):
    assert entity not in decision(real_store, query)[2], query
    assert normalise.skeleton("ocalan") != normalise.skeleton("ellenica")


def test_turkish_c_still_folds_with_j(real_store):
    assert normalise.skeleton("cihad") == normalise.skeleton("jihad") == normalise.skeleton("yihad")
    assert normalise.skeleton("recep") == normalise.skeleton("receb")
    for query, entity in (("İslami Cihat", "islamic-jihad"), ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
                          ("Receb Tayyib Erdogan", "recep-tayyip-erdogan"), ("Filistin İslami Cihad", "islamic-jihad"),
                          ("Isaac Herzog", "isaac-herzog"), ("Isac Herzog", "isaac-herzog"), ("Cezayir", "algeria")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entity", [
    # Mahmouda (محمودة, "the feminine passive participle of the Arabic verb 'Hamada' ... the feminine
    # counterpart to 'Mahmoud'": arabicnamemeanings.com/name/mahmoudah; "Mahmuda has predominantly been
    # recognized as a feminine name": namesaround.com/names-starting-with-m/mahmuda) is a woman's name:
    # "محمودة عباس" and "מחמודה עבאס" answered Mahmoud Abbas (95.5), ta marbuta and Hebrew's final he read
    # as a typo; "Khalila al-Hayya" answered Khalil al-Hayya (96.2), -a beside a family name ending in
    # -a, which the rule for Slavic cases had let pass (Polish and Russian decline such a name: Hajji, Хайи).
    ("محمودة عباس", "mahmoud-abbas"), ("מחמודה עבאס", "mahmoud-abbas"), ("Khalila al-Hayya", "khalil-al-hayya"),
    ("Khalilah al-Hayya", "khalil-al-hayya"), ("Халила аль-Хайя", "khalil-al-hayya"), ("خالدة مشعل", "khaled-mashal"),
    ("חאלדה משעל", "khaled-mashal"), ("ياسرة عرفات", "yasser-arafat"), ("Ismaila Haniyeh", "ismail-haniyeh"),
    ("Muhammada Daraghmeh", "mohammed-daraghmeh"), ("عباسة كامل", "abbas-kamel"),
])
def test_a_given_name_with_a_feminine_ending_is_a_womans_name_in_every_script(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] != "found" and entity in outcome[2], query


def test_names_that_end_so_of_their_own_and_slavic_cases_still_answer(real_store):
    # A name whose own spelling ends in ta marbuta, he or -a is the name (Hudhayfa, Haniyeh, Ubaida), and
    # a Slavic case on both words, or a family name in another vowel that Czech leaves, is a variant.
    for query, entity in (("حذيفة الكحلوت", "abu-ubaida"), ("Huthaifa al-Kahlout", "abu-ubaida"),
                          ("إسماعيل هنية", "ismail-haniyeh"), ("اسماعيل هنيه", "ismail-haniyeh"), ("أبو عبيدة", "abu-ubaida"),
                          ("Abu Ubaida", "abu-ubaida"), ("محمود عباس", "mahmoud-abbas"), ("מחמוד עבאס", "mahmoud-abbas"),
                          ("Khalil al-Hayya", "khalil-al-hayya"), ("Халиль аль-Хайя", "khalil-al-hayya"),
                          ("Jasera Arafata", "yasser-arafat"), ("Ismaila Haniji", "ismail-haniyeh"),
                          ("Исмаила Хании", "ismail-haniyeh")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Rabbi Yitzhak Isaac HaLevi Herzog, Israel's first chief rabbi, the president's grandfather
    # ("הרב יצחק אייזיק הלוי הרצוג": kikar.co.il/tags/isaac-herzog): "יצחק הלוי הרצוג" answered Isaac
    # Herzog at 97.6, the desk's namesakes holding every word of his Latin and of his longer Hebrew name
    # only. A word of a namesake's name that is none of the entity's own (HaLevi), in any script the
    # store writes the name in, names the namesake: no entry, the president offered.
    "יצחק הלוי הרצוג", "הרב יצחק הלוי הרצוג", "Isaac HaLevi Herzog", "إسحاق هاليفي هرتسوغ", "Ицхак Халеви Герцог",
    "Yitzhak HaLevi Herzog", "יצחק אייזיק הלוי הרצוג",
])
def test_a_namesakes_own_word_in_any_script_names_the_namesake(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] == "not_found" and "isaac-herzog" in outcome[2], query


def test_the_presidents_own_words_in_any_script_still_answer(real_store):
    # Isaac is his own name (אייזיק in the grandfather's Hebrew name is Isaac too): no mark.
    for query in ("יצחק הרצוג", "Isaac Herzog", "Isaak Herzog", "Yitzhak Herzog", "Ицхак Герцог", "إسحاق هرتسوغ",
                  "President Isaac Herzog", "Isaac Herzog, Israel's president", "Yitzhak Isaac Herzog"):
        assert decision(real_store, query)[:2] == ("found", "isaac-herzog"), query


def test_a_hebrew_word_the_persons_hebrew_names_write_after_the_arabic_article_alone_only_lists(real_store):
    # חיה is Hebrew for "animal" ('In Modern Hebrew, chaya (חיה) is the standard word for "animal"':
    # infinitelexicon.com/chayah) and Chaya a Hebrew woman's given name (Chaya Czernowin, the composer:
    # names.newkerala.com/meaning/chaya.html): alone it answered Khalil al-Hayya (90), whom Hebrew writes
    # חליל אל-חיה. Hebrew writes an Arabic family name with its article; the bare letters only list.
    for query in ("חיה", "עארורי"):
        outcome = decision(real_store, query)
        assert outcome[0] == "ambiguous" and len(outcome[2]) == 1, query
    for query, entity in (("אל-חיה", "khalil-al-hayya"), ("אלחיה", "khalil-al-hayya"), ("חליל אל-חיה", "khalil-al-hayya"),
                          ("חליל חיה", "khalil-al-hayya"), ("אל-עארורי", "saleh-al-arouri"), ("יצחק הרצוג", "isaac-herzog"),
                          ("הנייה", "ismail-haniyeh"), ("נתניהו", "benjamin-netanyahu")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Lebanon's Internal Security Forces are the ISF in English and the FSI (Forces de sécurité intérieure)
    # in French ("The Internal Security Forces – ISF ... or Forces de Sécurité Intérieure (FSI) in French":
    # en.wikipedia.org/wiki/Law_enforcement_in_Lebanon; "Le directeur général des Forces de sécurité
    # intérieure (FSI)": icibeyrouth.com/articles/228233): both answered the International Stabilization
    # Force, whose aliases they also are. common-names.toml lists them; the acronym the build made of the
    # force's name (ISF) no longer answers past them.
    "ISF", "FSI", "the ISF",
])
def test_an_acronym_another_body_carries_alone_only_lists(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous" and outcome[2] == ["international-stabilization-force"], query


def test_that_acronym_beside_the_forces_own_words_still_answers(real_store):
    for query in ("ISF Gaza", "FSI Gaza", "International Stabilization Force (ISF)", "International Stabilization Force",
                  "fuerza internacional de estabilización (FSI)"):
        assert decision(real_store, query)[:2] == ("found", "international-stabilization-force"), query
    for query, entity in (("OIC", "oic"), ("CMC", "civil-military-coordination-center"), ("PIJ", "islamic-jihad")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_the_islamic_resistance_alone_is_hamass_and_hezbollahs(real_store):
    # The Islamic Resistance in Lebanon is Hezbollah's armed wing, as Lebanon's National News Agency
    # prints its statements ('The "Islamic Resistance" in Lebanon ... the Islamic Resistance fighters':
    # libyannewswire.com/islamic-resistance-targets-enemys-al-abad-site): "Islamic Resistance" listed only
    # Hamas, whose name holds the words too, as if the desk knew no other. Both are listed now.
    for query in ("Islamic Resistance", "the Islamic Resistance", "المقاومة الإسلامية"):
        outcome = decision(real_store, query)
        assert outcome[0] == "ambiguous" and {"hamas", "hezbollah"} <= set(outcome[2]), query
    for query, entity in (("Islamic Resistance in Lebanon", "hezbollah"), ("Islamic Resistance Movement", "hamas"),
                          ("المقاومة الإسلامية في لبنان", "hezbollah"), ("حركة المقاومة الإسلامية", "hamas")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entity", [
    # Initials typed in capitals are letters: "GID" (the General Intelligence Directorate, Jordan's and
    # Egypt's) listed Hezbollah through "Party of God", gid a vowel apart from god.
    ("GID", "hezbollah"),
    # One word only near one word of a longer name is two steps from it: "Al Mayadeen" (the Lebanese
    # channel) listed the Mossad through its Hebrew name's Mōdī`īn, mayadin a vowel apart; "Georgia"
    # listed Greece through Hungarian "Görög Köztársaság" (görög, Greek).
    ("Al Mayadeen", "mossad"), ("Mayadeen", "mossad"), ("Georgia", "greece"),
])
def test_a_word_that_only_looks_like_part_of_a_name_is_not_listed(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] == "not_found", (query, outcome)


def test_names_and_their_spellings_still_answer_or_list(real_store):
    for query, entity in (("IRAN", "iran"), ("PIJ", "islamic-jihad"), ("CIA", "cia"),
                          ("Mosad", "mossad"), ("Hezbolah", "hezbollah"), ("Kassam", "al-qassam-brigades"),
                          ("Cezayir", "algeria"), ("Anadoulou", "anadolu-agency")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Bare Gaza, in capitals or spelt Gazza, is the Strip's name and the City's: both listed, not letters.
    for query in ("GAZA", "Gazza"):
        outcome = decision(real_store, query)
        assert outcome[0] == "ambiguous" and {"gaza-strip", "gaza-city"} <= set(outcome[2]), query
    # A spelling a vowel apart from a one-word name still lists it, as one of a family name does.
    for query, entity in (("Fatha", "fatah"), ("Mashaal", "khaled-mashal"), ("GIS", "egyptian-intelligence")):
        outcome = decision(real_store, query)
        assert outcome[0] == "ambiguous" and entity in outcome[2], query


@pytest.mark.parametrize("query, entity", [
    # A family name that is a kunya become the family's (Abu Mustafa, a Gaza family; Abu Marzouk) is
    # Abu and the name together: "Ibrahim Mustafa" (إبراهيم مصطفى), Ibrahim son of Mustafa, one of the
    # commonest Arab names, answered the Reuters photographer Ibraheem Abu Mustafa at 100, the given name
    # and the word after Abu read as his given and family names across his names.
    ("Ibrahim Mustafa", "ibraheem-abu-mustafa"), ("إبراهيم مصطفى", "ibraheem-abu-mustafa"),
    ("Moussa Marzouk", "moussa-abu-marzouk"), ("موسى مرزوق", "moussa-abu-marzouk"), ("מוסא מרזוק", "moussa-abu-marzouk"),
])
def test_a_family_name_with_abu_typed_without_it_only_lists(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous" and outcome[2] == [entity], query


def test_the_family_name_with_its_abu_still_answers(real_store):
    for query, entity in (("Ibraheem Abu Mustafa", "ibraheem-abu-mustafa"), ("Ibrahim Abu Mustafa", "ibraheem-abu-mustafa"),
                          ("إبراهيم أبو مصطفى", "ibraheem-abu-mustafa"), ("Moussa Abu Marzouk", "moussa-abu-marzouk"),
                          ("Abu Marzouk", "moussa-abu-marzouk"), ("ABU MARZOOK, Mousa Mohammed", "moussa-abu-marzouk"),
                          # the desk's own alias without Abu (Marzouk) and a name with no Abu in it
                          ("Marzouk", "moussa-abu-marzouk"), ("Huthaifa Kahlout", "abu-ubaida")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entity", [
    # Acronyms the build makes of a house name, which no outlet was seen printing: "USC" (of UN Security
    # Council) answered the Council, and USC is the University of Southern California; "UMU", "HPB", "DRB"
    # answered the US Mission, the Hamas Political Bureau, the Democratic Reform Bloc. Three letters only list.
    ("USC", "un-security-council"), ("UMU", "us-mission-to-the-un"), ("HPB", "hamas-political-bureau"),
    ("DRB", "democratic-reform-bloc"),
])
def test_a_made_up_acronym_of_three_letters_only_lists(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous" and outcome[2] == [entity], query


def test_longer_made_up_acronyms_and_printed_ones_still_answer(real_store):
    for query, entity in (("PCPRS", "palestinian-centre-for-policy-research"), ("IDKB", "al-qassam-brigades"),
                          ("UNSC", "un-security-council"), ("CMC", "civil-military-coordination-center"),
                          ("PLO", "plo"), ("CIA", "cia")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_an_outlets_name_that_begins_other_outlets_names_alone_only_lists(real_store):
    # Asharq (الشرق, "the East") is also Asharq Al-Awsat, the London-based Saudi daily ("Asharq Al-Awsat
    # (الشرق الأوسط ...) is an Arabic international newspaper headquartered in London":
    # en.wikipedia.org/wiki/Asharq_Al-Awsat): "Asharq" answered Asharq News. common-names.toml lists it.
    outcome = decision(real_store, "Asharq")
    assert outcome[0] == "ambiguous" and outcome[2] == ["asharq-news"]
    for query in ("Asharq News", "الشرق للأخبار"):
        assert decision(real_store, query)[:2] == ("found", "asharq-news"), query


def test_turkish_writes_the_feminine_with_e(real_store):
    # Turkish writes the Arabic feminine with -e: Halide (Khalida), the name of the novelist Halide Edib
    # Adıvar ("a novelist and pioneer in the emancipation of women in Turkey": britannica.com/print/article/
    # 179132). "Halide Meşal" answered Khaled Mashal (95.5), "Mahmude Abbas" Mahmoud Abbas (96.2).
    for query, entity in (("Halide Meşal", "khaled-mashal"), ("Mahmude Abbas", "mahmoud-abbas"),
                          ("Yasire Arafat", "yasser-arafat")):
        outcome = decision(real_store, query)
        assert outcome[0] == "ambiguous" and entity in outcome[2], query
    # The men's Turkish names, and names whose own Turkish spelling ends in -e (Ubeyde, Huzeyfe, Haniye).
    for query, entity in (("Halid Meşal", "khaled-mashal"), ("Halil el-Hayye", "khalil-al-hayya"),
                          ("İsmail Haniye", "ismail-haniyeh"), ("Ebu Ubeyde", "abu-ubaida"),
                          ("Hudeyfe el-Kahlut", "abu-ubaida"), ("Yaser Arafat", "yasser-arafat")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_given_name_in_i_with_a_added_is_a_womans_name(real_store):
    # Dimitria is a woman's name (as Samia, Hania, Alia are of Sami, Hani, Ali): "Dimitria Diliani"
    # answered Dimitri Diliani (96.7); no Slavic case writes -ia of a name in -i (Czech Dimitriho,
    # Polish Dimitriego). Listed; his own name answers.
    outcome = decision(real_store, "Dimitria Diliani")
    assert outcome[0] == "ambiguous" and outcome[2] == ["dimitri-diliani"]
    for query in ("Dimitri Diliani", "Diliani"):
        assert decision(real_store, query)[:2] == ("found", "dimitri-diliani"), query


# Session of 2026-12-02 (second): the doubtful answers last session's red team left.

@pytest.mark.parametrize("query", [
    # Al-Sharq (الشرق) is also Qatar's daily and other papers' name; Asharq News is a channel (its names
    # say قناة الشرق): a newspaper's word beside a channel's name is another outlet.
    "Al-Sharq newspaper", "صحيفة الشرق", "Asharq newspaper",
    # KAN is a broadcaster, Yedioth Ahronoth a daily (صحيفة يديعوت أحرونوت): each with the other's word.
    "Kan newspaper", "Yedioth TV", "Yediot Aharonot channel",
])
def test_a_newspapers_word_beside_a_broadcasters_name_or_the_reverse_is_no_answer(real_store, query):
    assert decision(real_store, query)[0] != "found", query


def test_an_outlets_own_medium_or_its_general_words_still_answer(real_store):
    for query, entity in (("Asharq News", "asharq-news"), ("قناة الشرق السعودية", "asharq-news"),
                          ("Yedioth newspaper", "yediot-aharonot"), ("el diario israelí Yedioth Ahronoth", "yediot-aharonot"),
                          ("Yediot Aharonot news", "yediot-aharonot"), ("Kan news", "kan"), ("Kan 11 channel", "kan"),
                          ("شبكة بلومبرغ", "bloomberg"),
                          # Names that say neither medium: either word only confirms them.
                          ("Bloomberg TV", "bloomberg"), ("Reuters TV", "reuters")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query, entity", [
    # Chaim Herzog, Isaac's father, was Israel's president 1983-1993 (en.wikipedia.org/wiki/Chaim_Herzog);
    # Herzog is German for duke, Герцог Russian's.
    ("Herzog", "isaac-herzog"), ("הרצוג", "isaac-herzog"), ("هرتسوغ", "isaac-herzog"), ("Герцог", "isaac-herzog"),
])
def test_a_family_name_others_bear_alone_only_lists(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous" and entity in outcome[2], query


def test_those_names_beside_another_word_or_an_office_he_holds_still_answer(real_store):
    for query, entity in (("Isaac Herzog", "isaac-herzog"), ("יצחק הרצוג", "isaac-herzog"), ("President Herzog", "isaac-herzog"),
                          ("הנשיא הרצוג", "isaac-herzog"), ("לנשיא הרצוג", "isaac-herzog"),
                          # A body's name that alone only lists, beside a person the desk ties to it.
                          ("Mohammed Daraghmeh (Asharq)", "mohammed-daraghmeh"),
                          ("Mohammed Daraghmeh, Asharq bureau chief", "mohammed-daraghmeh")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # An office he does not hold, or "former", still does not settle it (Michael Herzog, the ambassador;
    # Chaim Herzog, the general and former president); nor does Asharq beside a man the desk does not tie to it.
    for query in ("Ambassador Herzog", "האלוף הרצוג", "former President Herzog", "Ismail Haniyeh (Asharq)",
                  "Ismail Haniyeh, Asharq bureau chief"):
        assert decision(real_store, query)[0] != "found", query


@pytest.mark.parametrize("query, entity", [
    # William Burns was the CIA's director; David Barnea heads the Mossad. The Mossad takes part in
    # Burns's events (the hostage talks), which is no office.
    ("head of the Mossad William Burns", "william-burns"), ("Mossad chief William Burns", "william-burns"),
    ("ראש המוסד ויליאם ברנס", "william-burns"), ("رئيس الموساد وليام بيرنز", "william-burns"),
    ("William Burns, head of the Mossad", "william-burns"), ("CIA director David Barnea", "david-barnea"),
    # Mahmoud Abbas heads the PA and the PLO, never Hamas; Haniyeh led Hamas, not Hezbollah.
    ("Hamas leader Mahmoud Abbas", "mahmoud-abbas"), ("Hezbollah leader Ismail Haniyeh", "ismail-haniyeh"),
    ("Mossad chief Ronen Bar", "ronen-bar"),
    # The body with its nationality, and in the genitive Russian puts it in after the office.
    ("Egyptian intelligence chief Ibrahim Kalin", "ibrahim-kalin"), ("глава Моссада Уильям Бернс", "william-burns"),
    ("глава ЦРУ Давид Барнеа", "david-barnea"),
])
def test_the_head_of_a_body_the_person_does_not_head_asks(real_store, query, entity):
    outcome = decision(real_store, query)
    assert outcome[0] == "ambiguous" and entity in outcome[2], query


def test_the_head_of_the_body_the_desk_gives_the_person_still_answers(real_store):
    for query, entity in (("head of the Mossad David Barnea", "david-barnea"), ("Mossad-Chef David Barnea", "david-barnea"),
                          ("CIA director William Burns", "william-burns"), ("CIA-Direktor William Burns", "william-burns"),
                          ("PLO chairman Mahmoud Abbas", "mahmoud-abbas"), ("le chef du Hamas Ismaïl Haniyeh", "ismail-haniyeh"),
                          ("head of the Hamas political bureau Ismail Haniyeh", "ismail-haniyeh"),
                          ("MİT Başkanı İbrahim Kalın", "ibrahim-kalin"), ("Shin Bet chief Ronen Bar", "ronen-bar"),
                          ("David Barnea, head of the Mossad", "david-barnea"),
                          ("Egyptian intelligence chief Abbas Kamel", "abbas-kamel"), ("глава ЦРУ Уильям Бернс", "william-burns"),
                          ("глава Моссада Давид Барнеа", "david-barnea")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Qatar's, Saudi Arabia's and Palestine's (WAFA) news agencies, none of them the desk's: only the type
    # words of Anadolu's, Reuters' and Bloomberg's names paired, and they were listed, at 60.
    "Qatar News Agency", "وكالة الأنباء القطرية", "وكالة الأنباء السعودية", "Palestinian news agency",
    "Saudi Press Agency", "Egyptian news agency",
])
def test_type_words_beside_another_bodys_name_offer_no_body(real_store, query):
    outcome = decision(real_store, query)
    assert outcome[0] == "not_found" and not {"anadolu-agency", "reuters", "bloomberg"} & set(outcome[2]), query


def test_a_bodys_own_name_with_its_type_words_or_type_words_alone_still_answer_or_list(real_store):
    for query, entity in (("Reuters news agency", "reuters"), ("Anadolu Agency", "anadolu-agency"),
                          ("وكالة رويترز للأنباء", "reuters"), ("Bloomberg News", "bloomberg")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    outcome = decision(real_store, "news agency")
    assert outcome[0] == "ambiguous" and {"anadolu-agency", "reuters"} <= set(outcome[2])


def test_a_two_word_name_typed_family_name_first_answers_as_list_order(real_store):
    # Decided, not changed: "Kamel Abbas" is read as Abbas Kamel in list order. Outlets print it so for him
    # (كامل عباس, in two open batches of attested spellings, one a list), the desk has no one else of
    # those words, and holding it would list him anyway: the list's one name. A comma or capitals say the
    # order outright.
    for query, entity in (("Kamel Abbas", "abbas-kamel"), ("Kamel, Abbas", "abbas-kamel"), ("KAMEL Abbas", "abbas-kamel"),
                          ("HANIYEH, Ismail", "ismail-haniyeh"), ("Erdogan Recep Tayyip", "recep-tayyip-erdogan")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Its look-alike still asks (Kamal is another name).
    assert decision(real_store, "Kamal Abbas")[0] == "ambiguous"


def test_a_security_council_with_a_state_before_it_is_not_the_uns(real_store):
    # Decided, not changed: "Security Council" alone is the UN's, as wire copy's capitals say; a state's
    # own (Russia's, Iran's Supreme National Security Council, a National Security Council) never answers it.
    assert decision(real_store, "Security Council")[:2] == ("found", "un-security-council")
    for query in ("Russian Security Council", "National Security Council", "Supreme National Security Council",
                  "Iran's Security Council", "Israeli Security Council", "مجلس الأمن القومي"):
        assert decision(real_store, query)[0] != "found", query


@pytest.mark.parametrize("query", [
    # A capital alone without its full stop, before the family name or after it and a comma: an initial
    # that must fit, as "Y. Netanyahu" is ("Y Netanyahu" may be Yair Netanyahu, his son).
    "Y Netanyahu", "Netanyahu, Y", "Y Haniyeh", "A Erdogan",
])
def test_a_capital_alone_before_a_name_is_an_initial_that_must_fit(real_store, query):
    assert decision(real_store, query)[0] != "found", query


def test_a_capital_alone_that_fits_and_the_lowercase_word_still_answer(real_store):
    for query, entity in (("B Netanyahu", "benjamin-netanyahu"), ("Netanyahu, B", "benjamin-netanyahu"),
                          ("I Haniyeh", "ismail-haniyeh"), ("R Erdogan", "recep-tayyip-erdogan"),
                          ("y Netanyahu", "benjamin-netanyahu"), ("O presidente turco Erdogan", "recep-tayyip-erdogan")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    assert normalise.typed_initials("Hamas Y Fatah") == frozenset()


def test_a_places_look_alike_in_another_language_only_lists(real_store):
    # Guyane is French Guiana in French ("la Guyane, département français d'outre-mer"); French writes
    # the country Guyana. Listed, never answered as Guyana.
    outcome = decision(real_store, "Guyane")
    assert outcome[0] != "found" and outcome[2] == ["guyana"]


def test_the_place_in_every_script_still_answers_a_latin_only_group_saying_nothing_across_scripts(real_store):
    # The look-alike group is Latin only: a Bengali, Arabic or Russian spelling is in no group and still matches.
    for query in ("Guyana", "গায়ানা", "غيانا", "Гайана"):
        assert decision(real_store, query)[:2] == ("found", "guyana"), query
    # Where the desk has the name in Latin script only, it is found across scripts (the consonants).
    from knowledge.names.matching import NameMatcher, NameRow
    rows = [NameRow(e, s, "place", tuple(normalise.entity_parts(s, "place")), False, False)
            for e, s in (("guyana", "Guyana"), ("egypt", "Egypt"))]
    latin_only = NameMatcher(rows)
    for query in ("গায়ানা", "Гайана"):
        assert latin_only.resolve(query).entity == "guyana", query
    assert latin_only.resolve("Guyane").decision == "ambiguous"
    assert not normalise.told_apart_across_scripts(normalise.lookalike_group("guyana"))
    assert normalise.told_apart_across_scripts(normalise.lookalike_group("mahmud"))


# Al-Hayat (الحياة, "life") is a newspaper the desk has no entry for; it had listed KAN by Hayʾat (هيئة,
# authority) of "Hayʾat al-Baṯṯ al-Isrāʾīlī", a type word as the desk transliterates it.
@pytest.mark.parametrize("query", ["news", "agency", "movement", "party", "Brigades", "berita", "Islamic", "the Resistance", "قناة",
                                   "Al-Hayat"])
def test_one_type_or_generic_word_alone_offers_no_bodies(real_store, query):
    # A word that many bodies' names hold names none of them: the list was the first five by id (or
    # Beirut, a vowel from Indonesian berita, news), a list of strangers. No entry, nothing offered.
    assert decision(real_store, query) == ("not_found", None, []), query


def test_type_words_with_a_name_or_two_of_them_still_answer_or_list(real_store):
    for query, entity in (("Anadolu Agency", "anadolu-agency"), ("Islamic Resistance Movement", "hamas"),
                          ("National Intelligence Organization", "mit"), ("Al Ain News", "al-ain-news"), ("Mossad", "mossad"),
                          ("Hayat al-Bath al-Israili", "kan")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    outcome = decision(real_store, "news agency")
    assert outcome[0] == "ambiguous" and "reuters" in outcome[2]
    assert decision(real_store, "Resistance Movement")[2] == ["hamas"]


@pytest.mark.parametrize("query, unrelated", [
    # Two consonants across scripts: Тани, Τάνι ("tn") had listed Fatah, the OIC and the Palestinian
    # Authority by al-Watani and at-Taʿawun; Бар ("br") Hamas's political bureau (Büro) and the OIC.
    ("Тани", {"fatah", "oic", "palestinian-authority"}), ("Аль Тани", {"fatah", "oic", "palestinian-authority"}),
    ("Τάνι", {"fatah", "oic", "palestinian-authority"}), ("Бар", {"hamas-political-bureau", "oic"}),
])
def test_a_short_word_alone_across_scripts_lists_only_names_spelled_alike(real_store, query, unrelated):
    assert not unrelated & set(decision(real_store, query)[2]), query


def test_a_short_word_spelled_alike_or_beside_others_still_counts(real_store):
    assert "ronen-bar" in decision(real_store, "Бар")[2]
    assert decision(real_store, "Аль Тани")[2] == ["mohammed-bin-abdulrahman-al-thani"]
    for query, entity in (("Хания", "ismail-haniyeh"), ("Ισμαήλ Χανίγε", "ismail-haniyeh"),
                          ("Исмаила Ханийю", "ismail-haniyeh"), ("Мухаммед бен Абдеррахман Аль Тани", "mohammed-bin-abdulrahman-al-thani")):
        assert decision(real_store, query)[:2] == ("found", entity), query


@pytest.mark.parametrize("query", [
    # Roni Bar-On, Israel's finance minister 2007-09 ("Finance Minister Roni Bar-On", Haaretz): Bar-On
    # and Bar-El are family names of their own; "on" and "el" were dropped as function words and
    # "Ronen Bar-On" answered Ronen Bar, the Shin Bet's head.
    "Ronen Bar-On", "Ronen Bar-El", "Bar-On",
])
def test_a_function_word_hyphened_last_is_part_of_the_name(real_store, query):
    assert decision(real_store, query)[0] != "found", query
    assert normalise.parts("Ronen Bar-On") == ["ronen", "bar", "on"]


def test_an_article_hyphened_before_its_name_is_still_an_article(real_store):
    for query, entity in (("Ronen Bar", "ronen-bar"), ("Hani al-Masri", "hani-al-masri"), ("Hani el-Masri", "hani-al-masri"),
                          ("Saleh al-Aruri", "saleh-al-arouri"), ("Izz el-Deen al-Qassam Brigades", "al-qassam-brigades")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    assert normalise.parts("Nasr-el-Din") == ["nasr", "din"]


def test_a_type_word_beside_a_name_of_its_own_is_not_compared_by_consonants_across_scripts(real_store):
    # Al Jazeera's and Al-Manar's channels, which the desk has no entry for: قناة (channel) is "kn", as the
    # Latin KAN is, and both had offered KAN.
    for query in ("قناة الجزيرة", "قناة المنار"):
        assert decision(real_store, query) == ("not_found", None, []), query


def test_a_name_of_type_and_generic_words_only_is_still_compared_across_scripts(real_store):
    assert decision(real_store, "ראש שירות הביטחון הכללי")[:2] == ("found", "shin-bet")
    assert decision(real_store, "قناة كان")[:2] == ("found", "kan")


def test_an_office_settles_a_family_name_by_any_of_his_names_not_the_one_shown(real_store):
    # "الرئيس هرتسوغ" had asked once a curator's unrelated place aliases changed which of Isaac
    # Herzog's tied spellings scored (the one-word هيرتسوغ rather than إسحق هرتسوغ): the office now
    # reads every name of his of two words or more, so the order words' matches are found in does not decide.
    matcher = real_store.matcher
    herzog, abbas = normalise.parts("هرتسوغ")[0], normalise.parts("Abbas")[0]
    assert matcher.ends_a_name_of(herzog, "isaac-herzog", of_words=2)
    # Refused: a one-word alias is not a family name ("Chief Abbas" is not Abbas Kamel, whose "Abbas"
    # alone is his given name).
    assert matcher.ends_a_name_of(abbas, "abbas-kamel") and not matcher.ends_a_name_of(abbas, "abbas-kamel", of_words=2)
    assert real_store.resolve("Chief Abbas").decision == "ambiguous"
    assert (real_store.resolve("الرئيس هرتسوغ").decision, real_store.resolve("الرئيس هرتسوغ").entity) == ("found", "isaac-herzog")

"""How people's names are written: initials typed together, bin abbreviated "b.", a patronymic whose
particle one name writes ben and another bin, and a family name alone beside a body named after the
person. Small made-up stores (namesakes made up too), and the desk's real one; what each rule allows and
what it still refuses."""

from tests.test_matching import answer, matcher_of


def test_initials_typed_together_are_a_persons_initials():
    matcher = matcher_of(("kaya", "Hasan Tarik Kaya"), ("us", "U.S.", "organization"),
                         ("usc", "U.S. Central Command", "organization"))
    # Allowed: "H.T." is H. T., as "H. T. Kaya" already was (the middle initial fits Tarik).
    assert answer(matcher, "H. T. Kaya") == "kaya"
    assert answer(matcher, "H.T. Kaya") == "kaya"
    assert answer(matcher, "H.T.Kaya") == "kaya"
    # Refused: a middle initial that fits no middle name of his; and initials that are an acronym stay it.
    assert answer(matcher, "H.M. Kaya") is None
    assert answer(matcher, "U.S.") == "us"
    assert answer(matcher, "U.S. Central Command") == "usc"


def test_b_dot_between_two_names_is_bin():
    matcher = matcher_of(("saad", "Faisal bin Nasser Al Saad"), ("saad", "Faisal Al Saad"),
                         ("nasser", "Faisal Nasser", "person"))
    # Allowed: "b." abbreviates bin, as scholarly and sanctions copy write it; "bt." bint.
    assert answer(matcher, "Faisal bin Nasser") == "saad"
    assert answer(matcher, "Faisal b. Nasser") == "saad"
    assert answer(matcher, "Faisal b. Nasser Al Saad") == "saad"
    # Refused: a capital B. is an initial, and without bin "Faisal Nasser" is another man's whole name;
    # "b." before a family name still makes it a father's ("Faisal b. Saad" is Faisal son of Saad).
    assert answer(matcher, "Faisal B. Nasser") != "saad"
    assert answer(matcher, "Faisal b. Saad") is None


def test_a_particle_paired_is_no_reason_to_leave_a_name_out():
    # His Cyrillic names write the particle бен in one and бин in another (as the desk's do for Mohammed
    # bin Abdulrahman Al Thani): the name pairing the query's given, father's and family names says which
    # words are his, whatever the particle.
    matcher = matcher_of(("zaid", "Мухаммед бен Абдель Карим Аль Заиди"), ("zaid", "Мухаммед бин Абдулкарим Аль Заиди"),
                         ("zaid", "Мухаммед бин Абдулкарим бин Салех Аль Заиди"))
    # Allowed: бен typed where the whole name writes бин.
    assert answer(matcher, "Мухаммед бен Абдулкарим аль Заиди") == "zaid"
    assert answer(matcher, "Мухаммед бин Абдулкарим аль Заиди") == "zaid"
    # Refused: another father's name in his name's place is still an extra word where his names have Салех.
    assert answer(matcher, "Мухаммед бен Абдулкарим бин Хасан Аль Заиди") is None


def test_a_family_name_alone_is_the_person_not_the_body_named_after_him(real_store):
    # Allowed: Greek Τραμπ, which the desk's Greek names hold only as Ντόναλντ Τραμπ and κυβέρνησης
    # Τραμπ (the Trump administration), is the person, as Latin "Trump" is.
    for query in ("Τραμπ", "Trump", "Трамп"):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", "donald-trump"), query
    # Refused: the body by its own word beside the name is still the body, never the person; and the
    # person's genitive ("Trumps", Trump's) may be his body's: both listed.
    for query in ("κυβέρνησης Τραμπ", "Trump yönetimi", "Trump administration"):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", "trump-administration"), query
    resolution = real_store.resolve("Trumps")
    assert resolution.decision == "ambiguous"
    assert {"donald-trump", "trump-administration"} <= {c.entity for c in resolution.candidates}


def test_a_family_name_alone_beside_a_government_named_after_him_and_a_firm_named_so():
    named_after = matcher_of(("kemal", "Kemal Tabuku"), ("government", "Tabuku government", "organization"))
    firm = matcher_of(("kemal", "Kemal Tabuku"), ("firm", "Tabuku", "organization"))
    # Allowed: his family name alone is he, the government named after him only offered.
    assert answer(named_after, "Tabuku") == "kemal"
    assert answer(named_after, "Tabuku government") == "government"
    # Refused: a body whose own whole name is the word is named by it as much as he is.
    assert answer(firm, "Tabuku") != "kemal"


def test_a_hebrew_senior_of_a_body_before_a_name(real_store):
    # Allowed: בכיר (senior) is an office, the body after it in the construct or after ב (in), which
    # stands for the article too (במוסד: המוסד).
    for query, entity in (("בכיר חמאס חליל אל-חיה", "khalil-al-hayya"), ("הבכיר בחמאס חליל אל-חיה", "khalil-al-hayya"),
                          ("בכיר בחמאס חליל אל-חיה", "khalil-al-hayya"), ("בכיר במוסד דוד ברנע", "david-barnea")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: a body the desk does not know stays words of the name (no entry); the office and the body
    # alone name no one.
    assert real_store.resolve("בכיר בבנק לאומי חליל אל-חיה").decision == "not_found"
    assert real_store.resolve("בכיר בחמאס").entity is None


def test_an_arabic_description_in_a_body_named_by_its_kind(real_store):
    # Allowed: "in" or "in the name of" a body named by its kind and its name (حركة حماس, كتائب القسام),
    # and the place after the body (في الخارج, abroad).
    for query, entity in (("القيادي في حركة حماس خليل الحية", "khalil-al-hayya"),
                          ("الناطق باسم كتائب القسام أبو عبيدة", "abu-ubaida"),
                          ("المتحدث العسكري باسم كتائب القسام أبو عبيدة", "abu-ubaida"),
                          ("رئيس حركة حماس في الخارج خالد مشعل", "khaled-mashal"),
                          ("الصحفي في قناة الجزيرة محمد دراغمة", "mohammed-daraghmeh")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: one word left is no name (and الحية alone is "the snake"); the head of Netanyahu's office
    # is not Netanyahu.
    assert real_store.resolve("القيادي في حركة حماس الحية").decision == "not_found"
    assert real_store.resolve("رئيس مكتب نتنياهو").decision != "found"


def test_english_copys_official_negotiator_and_adviser_after_their_body(real_store):
    # Allowed: the office after the body it is of, with a qualifier before it, as wires print a name.
    for query, entity in (("senior Hamas official Khalil al-Hayya", "khalil-al-hayya"),
                          ("Hamas chief negotiator Khalil al-Hayya", "khalil-al-hayya"),
                          ("US national security adviser Mike Waltz", "michael-waltz"),
                          ("Hamas politburo member Moussa Abu Marzouk", "moussa-abu-marzouk")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: the office and its body alone name no one; a given name alone after them still asks; a
    # name the desk does not have stays no entry.
    assert real_store.resolve("Hamas official").entity is None
    assert real_store.resolve("Hamas official Khalil").decision == "ambiguous"
    assert real_store.resolve("Hamas official Osama Hamdan").decision == "not_found"


def test_the_given_names_initial_before_middle_ones_must_fit():
    matcher = matcher_of(("kaya", "Hasan Tarik Kaya"), ("kaya", "Hasan Kaya"))
    # Allowed: his given name's and middle name's initials; the French M. (Monsieur) is read as before.
    assert answer(matcher, "H. T. Kaya") == "kaya"
    # Refused: a first initial that is none of his given names' ("X. T. Kaya" had answered him).
    assert answer(matcher, "X. T. Kaya") is None
    assert answer(matcher, "X.T. Kaya") is None


def test_his_excellency_abbreviated_is_an_honorific():
    matcher = matcher_of(("saad", "Faisal bin Nasser Al Saad"), ("nasser", "Nasser Al Saad"), ("faisal", "Faisal Haddad"))
    # Allowed: H.E. (His Excellency) before the name, with its stops or as capitals.
    assert answer(matcher, "H.E. Sheikh Faisal bin Nasser Al Saad") == "saad"
    assert answer(matcher, "HE Sheikh Faisal bin Nasser Al Saad") == "saad"
    assert answer(matcher, "H.E. Nasser Al Saad") == "nasser"
    # Refused: it says nothing of who: a given name or a family name alone after it still asks; and
    # "He" in small letters is a word, not the honorific.
    for query in ("H.E. Faisal", "H.E. Saad", "He Faisal bin Nasser Al Saad"):
        assert matcher.resolve(query).decision == "ambiguous", query


def test_a_person_after_the_body_or_place_he_belongs_to_in_the_possessive(real_store):
    # Allowed: the body or place, one of the desk's names word for word, then his name of two words.
    for query, entity in (("Hamas's Khalil al-Hayya", "khalil-al-hayya"), ("Hamas’ Khalil al-Hayya", "khalil-al-hayya"),
                          ("Qatar's Sheikh Mohammed bin Abdulrahman Al Thani", "mohammed-bin-abdulrahman-al-thani")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: a given name alone after it; another name than his stays no entry.
    assert real_store.resolve("Hamas's Khalil").decision != "found"
    assert real_store.resolve("Hamas's Khalil Haddad").decision == "not_found"


def test_an_official_or_a_negotiator_of_a_body_in_the_wires_languages(real_store):
    # Allowed: the body and its official or negotiator before the name, as Turkish, German, French,
    # Spanish, Italian and Arabic copy print it ("high", "senior" before them too).
    for query in ("Hamas yetkilisi Halil el-Hayya", "Hamas'ın üst düzey yöneticisi Halil el-Hayya",
                  "der ranghohe Hamas-Funktionär Chalil al-Hajja", "Hamas-Unterhändler Chalil al-Hajja",
                  "le haut responsable du Hamas Khalil al-Hayya", "el dirigente de Hamás Jalil al Hayya",
                  "il negoziatore di Hamas Khalil al-Hayya", "المسؤول في حماس خليل الحية"):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", "khalil-al-hayya"), query
    # Refused: the office and the body alone name no one; a name the desk does not have is no entry.
    for query in ("Hamas yetkilisi", "responsable du Hamas", "Hamas-Funktionär Osama Hamdan"):
        assert real_store.resolve(query).entity is None, query
    assert real_store.resolve("le responsable du Hamas Osama Hamdan").decision == "not_found"


def test_a_letter_that_is_also_a_word_is_an_initial_with_its_full_stop(real_store):
    # Refused: Y., A., O. (Spanish and, the article, Portuguese the), Russian В. and О. (in, about) are
    # initials with their full stops, before or after a family name: not his whose given name starts
    # otherwise ("Y. Netanyahu" may be Yair; all had answered, the letter dropped as a word).
    for query in ("Y. Netanyahu", "A. Netanyahu", "O. Netanyahu", "A. Erdogan", "Y. Haniyeh",
                  "Netanyahu, Y.", "Haniyeh, Y.", "В. Хания", "О. Нетаньяху"):
        assert real_store.resolve(query).decision != "found", query
    # Allowed: the right initial; the letters as words in a sentence, without a full stop.
    for query, entity in (("B. Netanyahu", "benjamin-netanyahu"), ("I. Haniyeh", "ismail-haniyeh"),
                          ("Netanyahu, B.", "benjamin-netanyahu"), ("И. Хания", "ismail-haniyeh"),
                          ("Netanyahu, primer ministro y líder del Likud", "benjamin-netanyahu"),
                          ("o presidente turco Erdogan", "recep-tayyip-erdogan"),
                          ("Haniyeh, a Hamas leader", "ismail-haniyeh")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # French M. is still Monsieur too: Monsieur Netanyahu is him, as "Netanyahu" alone is.
    assert real_store.resolve("M. Netanyahu").entity == "benjamin-netanyahu"


def test_an_arabic_name_in_single_quotes(real_store):
    # Allowed: a kunya quoted with apostrophes, straight or curly, as with double quotes («», "").
    for query in ("'أبو عمار'", "‘أبو عمار’", "\"أبو عمار\""):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", "yasser-arafat"), query
    # Refused: the quotes make no name of a word alone (أبو, father of) nor of another man's kunya.
    assert real_store.resolve("'أبو'").decision != "found"
    assert real_store.resolve("'أبو خالد'").entity is None

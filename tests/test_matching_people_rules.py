"""Rules about people's names read from the words around them: a title points at the person, not at a
body named after him. On the desk's real store, with what each rule allows and what it still refuses."""


def decision(store, query):
    resolution = store.resolve(query)
    return resolution.decision, resolution.entity, [c.entity for c in resolution.candidates]


def test_former_and_a_title_before_a_family_name_offers_the_person_first(real_store):
    # Allowed: the person bearing the family name is the first name offered, above the body named
    # after him and his office ("Regierung von Präsident Donald Trump", the Trump administration),
    # in English, German, Turkish, Arabic and Hebrew.
    for query, person in (("former President Trump", "donald-trump"), ("ex-President Trump", "donald-trump"),
                          ("ehemaliger US-Präsident Trump", "donald-trump"), ("eski ABD Başkanı Trump", "donald-trump"),
                          ("الرئيس السابق ترامب", "donald-trump"), ("הנשיא לשעבר הרצוג", "isaac-herzog"),
                          ("former Prime Minister Netanyahu", "benjamin-netanyahu")):
        found, entity, offered = decision(real_store, query)
        assert (found, entity, offered[:1]) == ("not_found", None, [person]), query
    # Refused: an answer, or a list, since the holder then may be one before the holder now (Chaim
    # Herzog, Isaac's father, was president too); with the whole name, or without "former", answered.
    assert decision(real_store, "former President Herzog")[:2] == ("not_found", None)
    for query, entity in (("former Israeli President Isaac Herzog", "isaac-herzog"), ("President Trump", "donald-trump"),
                          ("US-Präsident Trump", "donald-trump")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_body_named_after_a_person_is_still_named_by_its_own_words(real_store):
    # Allowed: the administration by its own word beside the name and title ("administration",
    # Regierung, إدارة), as before.
    for query in ("Trump administration", "Regierung von Präsident Donald Trump", "إدارة الرئيس دونالد ترامب",
                  "administration of President Donald Trump", "Donald Trump administration"):
        assert decision(real_store, query)[:2] == ("found", "trump-administration"), query
    # Refused: the title and the name alone list or answer the body ("ehemaliger US-Präsident Trump"
    # had listed only the administration); they name the person.
    for query in ("ehemaliger US-Präsident Trump", "former President Trump"):
        scores = real_store.matcher.scores(query)
        assert scores["trump-administration"] < scores["donald-trump"], query


def test_a_name_beside_another_of_the_persons_names_that_alone_only_lists(real_store):
    # Allowed: the kunya in brackets after the name, as Arab outlets print it (أبو الوليد lists alone:
    # many men are Abu al-Walid), and a kunya that answers beside a family name two people share
    # (Abbas: Abbas Kamel too) or beside his family name, with no punctuation (Palinfo, Hamas's site).
    for query, entity in (("خالد مشعل (أبو الوليد)", "khaled-mashal"),
                          ('خالد عبد الرحيم إسماعيل عبد القادر مشعل "أبو الوليد"', "khaled-mashal"),
                          ("Abu Mazen Abbas", "mahmoud-abbas"), ("Abbas Abu Mazen", "mahmoud-abbas"),
                          ("Abbas (Abu Mazen)", "mahmoud-abbas"), ("أبو العبد هنية", "ismail-haniyeh"),
                          ("Abu Ammar Arafat", "yasser-arafat")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: two names of his that each only list (أبو الوليد, مشعل: Kuwait's emir is Mishal); a
    # name beside the kunya that is another person's (Kamel is Abbas Kamel's) or no one's; a kunya
    # that is no one's beside a name that lists; a given name alone beside it.
    for query in ("أبو الوليد مشعل", "Abu Mazen Kamel", "Abu Ali Abbas", "Mahmoud Abu Mazen", "Abu Mazen Abbasi"):
        assert decision(real_store, query)[0] != "found", query


def test_polish_sz_and_cz_are_sh_and_ch(real_store):
    from knowledge.names import normalise
    # Allowed: Polish spellings of an Arabic name (wprost.pl, pl.wikipedia: "Chalid Maszal"); Hungarian
    # sz, which is s, stays one letter from s, as it was before (Iszmáil Haníja, Mahmúd Abbász).
    assert normalise.folded("maszal") == normalise.folded("mashal")
    assert normalise.folded("baszar") == normalise.folded("bashar")
    for query, entity in (("Chalid Maszal", "khaled-mashal"), ("Iszmáil Haníja", "ismail-haniyeh"),
                          ("Mahmúd Abbász", "mahmoud-abbas")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: a plain s is no sh, and the family name alone still lists (Kuwait's emir is Mishal).
    assert normalise.folded("masal") != normalise.folded("mashal")
    assert decision(real_store, "Maszal")[0] != "found"


def test_indonesian_and_romanian_offices_and_romanian_lui(real_store):
    # Allowed: Indonesian "Presiden Palestina" (the state after the office), Romanian lui (of, to)
    # before a man's name, a Romanian chief negotiator "of Hamas" before the name.
    for query, entity in (("Presiden Palestina Mahmoud Abbas", "mahmoud-abbas"), ("lui Haniyeh", "ismail-haniyeh"),
                          ("Negociatorul-şef al Hamas, Khalil al-Hayya", "khalil-al-hayya"),
                          ("Menteri Benjamin Netanyahu", "benjamin-netanyahu")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: "mantan" (former) before an office and a family name alone is only offered; an office
    # alone before a lone shared name still asks.
    assert decision(real_store, "mantan Presiden Trump")[:2] == ("not_found", None)
    assert decision(real_store, "lui Abbas")[0] == "ambiguous"


def test_a_body_that_is_part_of_the_persons_body_ties_him_as_a_descriptor(real_store):
    # Allowed: the Hamas Political Bureau (its name holds Hamas's) beside Hamas's men, with the comma
    # outlets print after the office and body.
    for query, entity in (("رئيس المكتب السياسي لحركة حماس، إسماعيل هنية", "ismail-haniyeh"),
                          ("Ismail Haniyeh (Hamas political bureau)", "ismail-haniyeh"),
                          ("Khalil al-Hayya (Hamas political bureau)", "khalil-al-hayya")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: a body of which the person's is no part, as before (Abu Ubaida of Islamic Jihad; Ronen
    # Bar is the Shin Bet's, not the Mossad's), and Mahmoud Abbas beside Hamas's bureau.
    for query in ("Abu Ubaida (Islamic Jihad)", "Ronen Bar (Mossad)", "Mahmoud Abbas (Hamas Political Bureau)",
                  "Khalil al-Hayya (Hezbollah)"):
        assert decision(real_store, query)[0] == "ambiguous", query


def test_a_given_name_with_a_feminine_ending_beside_the_family_name_asks(real_store):
    # Refused: a woman's name (Khalida, Mahmuda, Yasira, Michaela) beside the man's family name as his
    # names end it: Khalida Mashal, Mahmuda Abbas are not the men ("Mahmuda Abbas" had answered).
    # Beside a family name in -i or -u typed as his (Czech may leave it undeclined), the -a is as often a
    # woman's name (Saliha, a common Turkish and Arab one): "Saliha al-Arouri" had answered; listed.
    for query in ("Khalida Mashal", "Halida Meşal", "Mahmuda Abbas", "Mahmouda Abbas", "Yasira Arafat",
                  "Michaela Waltz", "Saliha al-Arouri", "Saliha el-Aruri", "Benjamina Netanjahu"):
        assert decision(real_store, query)[0] == "ambiguous", query
    # Allowed: a Slavic case on both words (Polish genitive, wprost.pl, kresy.pl); the men's own names.
    for query, entity in (("Jasera Arafata", "yasser-arafat"), ("Ismaila Haniji", "ismail-haniyeh"),
                          ("Khalid Mashal", "khaled-mashal"),
                          ("Mahmud Abbas", "mahmoud-abbas")):
        assert decision(real_store, query)[:2] == ("found", entity), query


def test_a_genitive_s_on_a_family_name_ending_in_a_vowel(real_store):
    # Allowed: German copy's genitive of a family name ending in a, o or u (Spiegel, Zeit: "Netanjahus
    # Regierung"; "David Barneas"), with or without the given name.
    for query, entity in (("Netanjahus", "benjamin-netanyahu"), ("Benjamin Netanjahus", "benjamin-netanyahu"),
                          ("David Barneas", "david-barnea"), ("Abu Ubaidas", "abu-ubaida")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: -s after a consonant, which makes English family names of given names (Roberts,
    # Williams) and plurals ("die Trumps"); a name the desk lists as common stays listed (Nahum Barnea).
    for query in ("Trumps", "Donald Trumps", "Arafats", "Erdogans", "Barneas"):
        assert decision(real_store, query)[0] == "ambiguous", query


def test_a_genitive_s_on_a_long_family_name_ending_in_a_consonant_after_his_given_name(real_store):
    from tests.test_matching_safety import decision as small_decision, matcher_of
    # Allowed: German copy's genitive of a family name of six letters or more after his given name
    # ("Jassir Arafats", Die Zeit's spelling): one such name in a hundred is another with -s.
    for query, entity in (("Jassir Arafats", "yasser-arafat"), ("Recep Tayyip Erdogans", "recep-tayyip-erdogan")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: the family name alone ("Arafats" may be the family), one of five letters or fewer (Trump,
    # Kamel), and a name that opens someone's name: "Roberts" is made of Robert, a given name.
    for query in ("Arafats", "Donald Trumps", "Abbas Kamels"):
        assert decision(real_store, query)[0] == "ambiguous", query
    matcher = matcher_of(("laurent", "Michel Robert"), ("malley", "Robert Malley"))
    assert small_decision(matcher, "Michel Roberts")[0] != "found"
    assert small_decision(matcher_of(("laurent", "Michel Robert")), "Michel Roberts")[:2] == ("found", "laurent")


def test_ranks_new_offices_and_hungarian_offices_after_the_name(real_store):
    from knowledge.names import normalise
    # Allowed: a rank's first word (aawsat.com: "Major General Abbas Kamel"), "new" before an office
    # (israelnoticias.com), Hungarian's nationality and office after a whole name (hirek.oldal.info).
    for query, entity in (("Major General Abbas Kamel", "abbas-kamel"),
                          ("El nuevo director del Shin Bet, Ronen Bar", "ronen-bar"),
                          ("Recep Tayyip Erdogan török elnök", "recep-tayyip-erdogan"),
                          ("Benjamin Netanjahu izraeli miniszterelnök", "benjamin-netanyahu")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: a rank's word or "new" alone is kept as a word (Major Garrett, Nova); an office after one
    # word leaves a lone shared name, which is no entry, not an answer.
    assert normalise.parts("Major Garrett") == ["major", "garet"]
    assert normalise.name_before_an_office("Abbas török elnök") == []
    assert decision(real_store, "Abbas török elnök")[0] != "found"



def test_the_head_of_a_body_settles_a_family_name_the_desk_lists_as_common(real_store):
    # Allowed: the Mossad's head by his family name, which alone lists (Nahum Barnea, Yedioth's
    # columnist), as German, English, Hebrew and Arabic copy print the office; Hamas's leader Mishal
    # (Kuwait's emir Mishal heads no Hamas).
    for query, entity in (("Mossad chief Barnea", "david-barnea"), ("Mossad-Chef Barnea", "david-barnea"),
                          ("head of the Mossad Barnea", "david-barnea"), ("ראש המוסד ברנע", "david-barnea"),
                          ("رئيس الموساد برنياع", "david-barnea"), ("Hamas leader Mishal", "khaled-mashal")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: a head's word with no body, another body than the one his description names, a typo of
    # the family name, and a shared name whose bearers the body does not tell apart.
    for query in ("Director Barnea", "leader Mishal", "Kuwait leader Mishal", "Shin Bet chief Barnea",
                  "CIA director Barnea", "Mossad chief Barnes", "Hamas leader Abbas"):
        assert decision(real_store, query)[0] != "found", query


def test_a_short_given_name_with_a_changed_consonant_asks(real_store):
    # Refused: another given name one consonant from the person's (Walid is Khaled Mashal's son: Abu
    # al-Walid, father of Walid), with or without the kunya's Abu before it.
    for query in ("Walid Mashal", "Walid Meshaal", "Abu Walid Mashal"):
        assert decision(real_store, query)[0] == "ambiguous", query
    # Allowed: a swap, a vowel, a doubled letter, Turkish h and Spanish j for kh (Halil, Jalil).
    for query, entity in (("Ismial Haniyeh", "ismail-haniyeh"), ("Donlad Trump", "donald-trump"),
                          ("Yaser Arafat", "yasser-arafat"), ("Halil el-Hayya", "khalil-al-hayya"),
                          ("Jalil Al Haya", "khalil-al-hayya"), ("Khalid Mashal", "khaled-mashal")):
        assert decision(real_store, query)[:2] == ("found", entity), query

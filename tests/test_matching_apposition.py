"""A person's name with something beside it, as copy prints it: a descriptor after a comma or in
brackets, another of the person's names beside it (a kunya, with or without punctuation), a nickname in
quotes. Each answers only what the name alone answers; a word of someone's name beside it, two people,
or a kunya that is not the person's leave the query as it was. Small made-up stores and the real one."""

from tests.test_matching_safety import decision, matcher_of


def store():
    return matcher_of(("haniyeh", "Ismail Haniyeh"), ("haniyeh", "إسماعيل هنية"), ("haniyeh", "Abu al-Abed"),
                      ("abbas", "Mahmoud Abbas"), ("abbas", "محمود عباس"), ("abbas", "Abu Mazen"), ("abbas", "أبو مازن"),
                      ("kamel", "Abbas Kamel"), ("netanyahu", "Benjamin Netanyahu"), ("netanyahu", "Netanyahu"),
                      ("mashal", "Khaled Mashal"), ("kalin", "Ibrahim Kalin"),
                      ("hamas", "Hamas", "organization"), ("hamas", "حماس", "organization"),
                      ("mit", "MIT", "organization"), ("gis", "Egyptian General Intelligence", "organization"),
                      ("gis", "Egyptian intelligence", "organization"), ("gaza", "Gaza", "place"))


def test_a_name_with_a_descriptor_after_a_comma_or_in_brackets_answers_as_the_name_does():
    matcher = store()
    for query, entity in (("Ismail Haniyeh, Hamas leader", "haniyeh"), ("Ismail Haniyeh (Hamas)", "haniyeh"),
                          ("Ismail Haniyeh, the Hamas political bureau chief", "haniyeh"),
                          ("Benjamin Netanyahu, Israeli prime minister", "netanyahu"),
                          ("Ibrahim Kalin, head of MIT", "kalin"), ("Netanyahu, Israeli PM", "netanyahu"),
                          ("Mahmoud Abbas – Palestinian president", "abbas"),
                          ("Hamas leader, Ismail Haniyeh", "haniyeh"),  # a descriptor with a role may lead
                          ("Ismail Haniyeh (1962–2024)", "haniyeh"), ("Ismail Haniyeh, 61, Hamas leader", "haniyeh"),
                          ("Mahmoud Abbas (born 1935)", "abbas"),
                          ("إسماعيل هنية، حماس", "haniyeh")):
        assert decision(matcher, query)[:2] == ("found", entity), query


def test_what_is_not_a_descriptor_leaves_the_query_as_it_was():
    matcher = store()
    # Refused: a given name after the surname is list order, not a descriptor ("Netanyahu, Yair" is
    # Yair Netanyahu: no entry), nor is an unknown word ("Kamel, Ahmed"); two people are two people;
    # a descriptor never picks one of the names a name alone lists ("Abbas" is Abbas Kamel or Mahmoud
    # Abbas, whatever follows); an organisation named before a person may be what is asked about.
    for query in ("Netanyahu, Yair", "KAMEL, Ahmed", "Ismail Haniyeh, Khaled Mashal",
                  "Abbas, Egyptian intelligence chief", "Abbas (Palestinian president)", "Abbas (1935)",
                  "Hamas, Ismail Haniyeh",
                  "Ismail Haniyeh, Gaza, Hamas, leader"):  # more than three segments is a list
        assert decision(matcher, query)[0] != "found", query
    assert decision(matcher, "Netanyahu, Yair")[0] == "not_found"
    # A name that asks keeps asking with its descriptor, rather than ending at no entry.
    for query in ("Abbas, Egyptian intelligence chief", "Abbas (1935)"):
        assert decision(matcher, query)[0] == "ambiguous" and set(decision(matcher, query)[2]) == {"abbas", "kamel"}, query


def test_a_kunya_beside_the_name_answers_when_it_is_the_persons_own():
    matcher = store()
    for query, entity in (("Abu Mazen Mahmoud Abbas", "abbas"), ("Mahmoud Abbas Abu Mazen", "abbas"),
                          ("Mahmoud Abbas (Abu Mazen)", "abbas"), ('Mahmoud Abbas "Abu Mazen"', "abbas"),
                          ("محمود عباس أبو مازن", "abbas"), ("أبو مازن محمود عباس", "abbas"),
                          ("Abu al-Abed Ismail Haniyeh", "haniyeh"),
                          ("Abu Khalil Ibrahim Kalin", "kalin")):  # no kunya of his known: a cheap extra word
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a kunya that is none of the person's (a kunya is "father of" his eldest son: another
    # kunya may be another man of the same name), and a kunya beside another person's name.
    for query in ("Abu Ali Mahmoud Abbas", "Abu Mazen Ismail Haniyeh", "أبو علي محمود عباس"):
        assert decision(matcher, query)[0] != "found", query


def test_a_kunya_beside_a_name_that_lists_answers_only_where_that_name_is_his_own_word_for_word():
    # The desk lists Abbas alone as one of Mahmoud Abbas's names; no one is "Mahmoud" alone.
    matcher = matcher_of(("abbas", "Mahmoud Abbas"), ("abbas", "Abu Mazen"), ("abbas", "Abbas"),
                         ("kamel", "Abbas Kamel"), ("zahar", "Mahmoud Zahar"))
    # "Abbas" lists Abbas Kamel too, but is word for word Mahmoud Abbas's: with his kunya, his.
    for query in ("Abu Mazen Abbas", "Abbas Abu Mazen"):
        assert decision(matcher, query)[:2] == ("found", "abbas"), query
    # Refused: "Mahmoud" lists two men and is neither's name by itself, so the kunya does not pick one
    # of them (the reading ends at that segment, before the kunya is read); a kunya beside another
    # man's name.
    for query in ("Abu Mazen Mahmoud", "Mahmoud Abu Mazen", "Abu Mazen Kamel"):
        assert decision(matcher, query)[0] == "ambiguous", query


def test_a_nickname_in_quotes_inside_a_name_is_left_out():
    matcher = matcher_of(("arafat", "Yasser Arafat"), ("arafat", "محمد عبد الرؤوف عرفات القدوة الحسيني"),
                         ("barghouti", "Zaynab Mahmoud al-Barghouti"), ("barghouti", "Zaynab al-Barghouti"),
                         ("netanyahu", "Benjamin Netanyahu"))
    # Allowed: the nickname in any quotes, where a middle word would have been read as a father's
    # name (محمد "ياسر" عبد الرؤوف ... is Arafat's full name with the name he went by).
    for query, entity in (('محمد "ياسر" عبد الرؤوف عرفات القدوة الحسيني', "arafat"),
                          ("محمد «ياسر» عبد الرؤوف عرفات القدوة الحسيني", "arafat"),
                          ("Zaynab 'Umm Ali' al-Barghouti", "barghouti"), ('Benjamin “Bibi” Netanyahu', "netanyahu")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: without quotes the word is a middle name, and one that contradicts hers; quotes around
    # the whole name or a given name change nothing ("Yair" is not Benjamin).
    for query in ("Zaynab Nabeel al-Barghouti", 'Yair "Netanyahu"', '"Yair" Netanyahu'):
        assert decision(matcher, query)[0] != "found", query


def test_the_real_store_reads_appositions(real_store):
    for query, entity in (("Ismail Haniyeh, Hamas leader", "ismail-haniyeh"), ("Abu Mazen Mahmoud Abbas", "mahmoud-abbas"),
                          ("Mahmoud Abbas (Abu Mazen)", "mahmoud-abbas"), ("Abu Ammar Yasser Arafat", "yasser-arafat")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    for query in ("Netanyahu, Yair", "Abu Ali Mahmoud Abbas", "Ismail Haniyeh, Khaled Mashal"):
        assert real_store.resolve(query).decision != "found", query


def test_an_organisation_with_its_own_acronym_in_brackets_answers():
    # Copy introduces an acronym after the full name; each segment alone answers the same body.
    matcher = matcher_of(("mit", "Milli İstihbarat Teşkilatı", "organization"), ("mit", "MİT", "organization"),
                         ("hamas", "Hamas", "organization"), ("hamas", "Islamic Resistance Movement", "organization"),
                         ("pij", "Islamic Jihad", "organization"), ("gaza", "Gaza", "place"))
    for query, entity in (("Milli İstihbarat Teşkilatı (MİT)", "mit"), ("Islamic Resistance Movement (Hamas)", "hamas"),
                          ("Islamic Resistance Movement – Hamas", "hamas")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: two bodies, a body and a place, a segment that answers nothing; an organisation takes no
    # descriptor ("Hamas (militant group)" is what the name alone answers: here, nothing more).
    for query in ("Islamic Jihad (Hamas)", "Hamas (Gaza)", "Gaza (Hamas)", "Hamas (IRM)", "MİT (Turkish spies)"):
        assert decision(matcher, query)[0] != "found", query


def test_an_organisations_name_that_asks_is_settled_by_its_own_name_beside_it():
    # Copy puts a body's acronym beside a long name typed with a word more, or a short name that alone
    # asks: each says which body the other means.
    matcher = matcher_of(("centcom", "US Central Command", "organization"), ("centcom", "CENTCOM", "organization"),
                         ("isf", "International Stabilization Force", "organization"), ("isf", "ISF", "organization"),
                         ("isf", "International Stabilization Mission", "organization"),
                         ("hamas", "Hamas", "organization"), ("pij", "Islamic Jihad", "organization"),
                         ("hamas", "Islamic Resistance Movement", "organization"), ("gaza", "Gaza", "place"))
    for query, entity in (("US Army Central Command (CENTCOM)", "centcom"), ("International Stabilization (ISF)", "isf"),
                          ("Islamic Resistance (Hamas)", "hamas")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: the other segment's best candidate is another body, or it names nothing, or it holds the
    # answering name and more (a part or a council of the body: "Hamas Shura Council (Hamas)"), or the
    # answering segment is a place.
    for query in ("Islamic Jihad Movement (Hamas)", "Army Central (Hamas)", "Hamas Shura Council (Hamas)",
                  "Gaza Stabilization (Gaza)", "Shura Council (Hamas)"):
        assert decision(matcher, query)[0] != "found", query


def test_the_real_store_reads_an_acronym_in_brackets(real_store):
    for query, entity in (("Milli İstihbarat Teşkilatı (MİT)", "mit"),
                          ("ABD Merkez Kuvvetler Komutanlığı (CENTCOM)", "us-central-command"),
                          ("Palestinian Liberation Organization (PLO)", "plo"),
                          ("US Army Central Command (CENTCOM)", "us-central-command")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    assert real_store.resolve("Islamic Jihad (Hamas)").decision != "found"

"""Turkish case endings written without an apostrophe, as Turkish writes them on a common noun: on the
last word of an organisation's name of two words or more, after its possessive ending ("İsrail
ordusunun", "Hamas Siyasi Bürosunun"). Made-up small stores (the real matcher over rows) and the desk's
real store."""

from tests.test_matching_safety import decision, matcher_of


def bodies():
    return matcher_of(("army", "İsrail ordusu", "organization"), ("bureau", "Hamas Siyasi Bürosu", "organization"),
                      ("tabuku", "Tabuku", "organization"), ("merkez", "Merkez Tabuku", "organization"),
                      ("kemal", "Kemal Tabuku"), ("israel", "İsrail", "place"))


def test_a_case_ending_after_the_possessive_on_an_organisations_last_word_answers():
    matcher = bodies()
    # Allowed: the genitive, dative, ablative, locative and accusative, with the buffer n, on the last
    # word, the other words typed whole.
    for query, entity in (("İsrail ordusunun", "army"), ("İsrail ordusuna", "army"), ("İsrail ordusundan", "army"),
                          ("İsrail ordusunda", "army"), ("İsrail ordusunu", "army"), ("Hamas Siyasi Bürosunun", "bureau"),
                          ("Hamas Siyasi Bürosuna", "bureau"), ("Merkez Tabukunun", "merkez")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a one-word name with the ending (Tabuku's own name, though "Merkez Tabuku" ends in it);
    # a person's name; another ending or a longer word that starts with the name's last word; the
    # ending on a word that is not the name's last; another word beside the name typed with a typo.
    for query in ("Tabukunun", "Tabukuna", "Kemal Tabukunun", "İsrail ordusunuz", "İsrail ordusunlar",
                  "İsrail ordusunalar", "Hamas Siyasinin Bürosu", "Hamas Siyaso Bürosunun", "Ordusunun"):
        assert decision(matcher, query)[:2] not in {("found", "army"), ("found", "bureau"), ("found", "tabuku"),
                                                   ("found", "merkez"), ("found", "kemal")}, query
    # The names as written still answer themselves.
    assert decision(matcher, "Tabuku")[:2] == ("found", "tabuku")
    assert decision(matcher, "Kemal Tabuku")[:2] == ("found", "kemal")


def test_the_real_store_reads_turkish_case_endings_without_an_apostrophe(real_store):
    for query, entity in (("İsrail ordusunun", "idf"), ("İsrail ordusuna", "idf"),
                          ("Hamas Siyasi Bürosunun", "hamas-political-bureau"), ("Anadolu Ajansının", "anadolu-agency"),
                          ("Anadolu Ajansına", "anadolu-agency"), ("Kassam Tugaylarının", "al-qassam-brigades"),
                          ("Fetih Hareketinin", "fatah"), ("Mısır İstihbaratının", "egyptian-intelligence")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: an ending that is no case, and a name the desk does not have (no Egyptian army entry).
    for query in ("Anadolu Ajansınız", "İsrail ordusunuz", "Mısır ordusunun"):
        assert real_store.resolve(query).decision != "found", query

"""Turkish case endings written without an apostrophe, as Turkish writes them on a common noun: on the
last word of an organisation's name of two words or more, after its possessive ending ("İsrail
ordusunun", "Hamas Siyasi Bürosunun"), and Azerbaijani ones, which Azerbaijani writes on a proper name
too ("Qahirəyə"). Made-up small stores (the real matcher over rows) and the desk's real store."""

from knowledge.names import normalise
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


def test_azerbaijani_case_endings_are_read_off_a_query_that_writes_schwa():
    # Allowed: Azerbaijani writes a name's case with no apostrophe, and only Azerbaijani writes ə: the
    # dative -yə after a vowel, the locative and ablative, -dakı after a compound's possessive, the genitive.
    assert normalise.query_texts("Qahirəyə")[1:2] == ["Qahirə"]
    for typed, read in (("Qəzza zolağındakı", "Qəzza zolağı"), ("İsraildən", "İsrail"), ("Qəzzanın", "Qəzza"),
                        ("Türkiyəyə", "Türkiyə"), ("Qahirədə", "Qahirə")):
        assert read in normalise.query_texts(typed), typed
    # Refused: no ə, no Azerbaijani (Turkish writes the apostrophe: "Bakıya" is read as typed); the
    # accusative and the dative after a consonant, which names end in of their own (Bakı, Qahirə, Məkkə);
    # -iyə, -iya, a name's own end (Türkiyə, Suriya); a stem under four letters.
    for query in ("Bakıya", "Kahireye", "Qahirə", "Qahirəni", "Məkkə", "Türkiyə", "Suriyə", "Ərdə"):
        assert normalise.query_texts(query) == [query], query


def test_the_real_store_reads_azerbaijani_case_endings(real_store):
    # Printed: "Qahirəyə", "Qəzza zolağındakı" (sherg.az, Şərq).
    for query, entity in (("Qahirəyə", "cairo"), ("Qəzza zolağındakı", "gaza-strip"), ("İsraildən", "israel"),
                          ("Qahirədə", "cairo")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Refused: the dative after a consonant is not read off ("Qətərə" only lists Qatar), nor a case on a
    # query without ə; bare Qəzza, in a case, is still the Strip's and the City's name.
    for query in ("Qətərə", "Kahireye", "Qəzzanın"):
        assert real_store.resolve(query).decision != "found", query

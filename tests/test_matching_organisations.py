"""Rules for organisations' names as outlets print them in running text: an official long name that is one of
the entity's names with words of another, a short word with a typo in a long name. Each rule with what it
allows and what it still refuses. Small real stores (the real matcher over rows) and the desk's real store."""

from knowledge.names import normalise
from knowledge.names.matching import NameMatcher
from tests.test_matching_safety import decision, matcher_of, row


def org(entity, spelling):
    return entity, spelling, "organization"


def test_words_of_the_entitys_other_names_cost_little_beside_one_whole_name():
    names = [org("mossad", "Mossad"), org("mossad", "İsrail İstihbarat Servisi MOSSAD"),
             org("mossad", "İsrail dış istihbarat teşkilatı Mossad"),
             org("kan", "هيئة البث الإسرائيلية"), org("kan", "شركة البث العام الإسرائيلية"),
             org("hamas", "Hamas"), org("hamas", "Movimento di Resistenza Islamica"),
             org("gis", "General Intelligence Service"), org("shin-bet", "Shin Bet"),
             org("shin-bet", "General Security Service"),
             org("qassam", "Qassam Brigades"), org("qassam", "Izz ad-Din al-Qassam Brigades")]
    # The preacher the Brigades are named after, as common-names.toml lists him: alone, his name lists.
    matcher = NameMatcher([row(*n) for n in names],
                          common_names=[normalise.entity_parts("Izz ad-Din al-Qassam", "organization")])
    # Allowed: one whole name with words of another of the entity's names, as official and long names
    # are printed: dış (foreign) is in the Mossad's other Turkish name, العام (public) in KAN's other
    # Arabic one (Anadolu; arabica.cc), "Hamas" beside its Italian full name (ANSA, 2014-07-12).
    for query, entity in (("İsrail Dış İstihbarat Servisi Mossad", "mossad"), ("هيئة البث العام الإسرائيلي", "kan"),
                          ("il Movimento di resistenza islamico Hamas", "hamas"),
                          ("Shin Bet security service", "shin-bet")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a word no name of the entity has (a council of Hamas's, another country's service), or
    # another entity's word ("intelligence" is the GIS's, not Shin Bet's here): each costs as much
    # as a word of another name does.
    for query in ("Hamas Shura Council", "İsrail Askeri İstihbarat Servisi Mossad", "Shin Bet General Intelligence"):
        assert decision(matcher, query)[0] != "found", query
    # Refused: beside a name typed without its type word. "Izz ad-Din al-Qassam" is "Qassam (Brigades)"
    # with words of "Izz ad-Din al-Qassam Brigades", but without Brigades it is the preacher's name.
    assert decision(matcher, "Izz ad-Din al-Qassam")[:2] == ("ambiguous", None)
    assert decision(matcher, "Izz ad-Din al-Qassam Brigades")[:2] == ("found", "qassam")


def test_a_short_word_with_a_typo_answers_only_in_a_long_name_typed_otherwise_as_it_is():
    matcher = matcher_of(org("us-mission", "بعثة الولايات المتحدة إلى الأمم المتحدة"),
                         org("un", "الأمم المتحدة"), ("kiryat-gat", "Kiryat Gat", "place"))
    # Allowed: بعثة (mission) with its first letter dropped, every other word of the six typed as it is.
    assert decision(matcher, "عثة الولايات المتحدة إلى الأمم المتحدة")[:2] == ("found", "us-mission")
    # Refused: a short word one edit off in a name of two words ("Kiryat Gta" may be Kiryat Ata); the
    # same typo beside another word not typed as it is (a typo in المتحدة), or beside a word the name
    # does not have (قطر: Qatar's mission is another).
    for query in ("Kiryat Gta", "عثة الولايات المتحدة إلى الأمم المتحدا", "عثة قطر إلى الأمم المتحدة",
                  "عثة الولايات المتحدة إلى الأمم المتحدة قطر"):
        assert decision(matcher, query)[0] != "found", query


def test_the_real_store_answers_long_names_and_still_lists_their_parts(real_store):
    # Allowed: spellings printed by outlets (the attested set's original batch, and the dev list's).
    for query, entity in (("İsrail Dış İstihbarat Servisi Mossad", "mossad"),
                          ("هيئة البث العام الإسرائيلي", "kan"),
                          ("المجلس الوزاري المصغر للشؤون الأمنية والسياسية", "israeli-cabinet"),
                          ("عثة الولايات المتحدة إلى الأمم المتحدة", "us-mission-to-the-un"),
                          ("İç İstihbarat Teşkilatı Şin-Bet'ten", "shin-bet")):
        assert decision(real_store, query)[:2] == ("found", entity), query
    # Refused: part of a name (the IDF has a Central Command too), a body of the entity's that its
    # names do not hold, and the preacher the Brigades are named after.
    for query in ("Central Command", "Izz ad-Din al-Qassam", "Hamas Shura Council"):
        assert decision(real_store, query)[0] != "found", query


def test_a_bodys_stance_and_that_it_is_a_group_cost_little_beside_its_whole_name():
    matcher = matcher_of(org("hamas", "Hamas"), org("hamas", "Hamas movement"), org("hamas", "חמאס"),
                         org("pij", "Islamic Jihad"), org("pij", "Islamic Jihad Movement in Palestine"),
                         org("hezbollah", "Hezbollah"),
                         org("hezbollah", "Hezbollah party"), org("bloomberg", "Bloomberg News"),
                         org("fatah", "Fatah"), org("fatah", "Fatah movement"))
    # Allowed: what copy says a movement stands for and that it is a group, before or after its name,
    # in the languages outlets print it (dev list: telecinco.es, noticiasdealava.eus, oglobo.globo.com,
    # srf.ch, jcpa.org.il); and an organisation before the name ("terör örgütü Hamas").
    for query, entity in (("the militant group Hamas", "hamas"), ("Hamas group", "hamas"),
                          ("El movimiento islamista Hamás", "hamas"), ("el grupo terrorista Hamás", "hamas"),
                          ("die radikalislamische Hamas", "hamas"), ("ארגון הטרור חמאס", "hamas"),
                          ("terör örgütü Hamas", "hamas"), ("radical Islamic Jihad", "pij"),
                          ("Islamic Jihad group", "pij")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a confession, which may tell two bodies apart ("the Shiite Islamic Jihad" of 1980s
    # Lebanon); Organization after a name, often another body's name (the Islamic Jihad Organization is
    # Hezbollah's, on the US list); a group that is an outlet; a stance without a whole name; a wing.
    for query in ("Shiite Islamic Jihad", "Islamic Jihad Organization", "Bloomberg group", "Islamist group",
                  "militant wing of Hamas", "radical Fatah Hawks"):
        assert decision(matcher, query)[0] != "found", query


def test_an_outlets_kind_and_that_it_is_public_or_the_states_cost_little_beside_its_name():
    matcher = matcher_of(org("kan", "KAN"), org("kan", "Israeli Public Broadcasting Corporation"),
                         org("kan", "قناة كان"), org("anadolu", "Anadolu Agency"),
                         org("egis", "General Intelligence Service"), org("egis", "Egyptian General Intelligence"),
                         ("israel", "Israel", "place"), ("israel", "İsrail", "place"))
    # Allowed: what copy says an outlet or agency is (a broadcaster, Rundfunkanstalt, yayıncı) and whose
    # (public, state-run, official, kamu, pubblica), beside its whole name.
    for query, entity in (("Israel's public broadcaster Kan", "kan"), ("la televisione pubblica israeliana Kan", "kan"),
                          ("israelische Rundfunkanstalt Kan", "kan"), ("İsrail kamu yayıncısı KAN", "kan"),
                          ("state-run Anadolu Agency", "anadolu"), ("the official Anadolu Agency", "anadolu"),
                          # and its reach: "Uluslararası haber ajansı Reuters".
                          ("international Anadolu Agency", "anadolu"), ("Uluslararası Anadolu Agency", "anadolu")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: beside a body that is no outlet the words may name another body (Egypt's State Security
    # is not its General Intelligence); without the name they are no outlet's.
    for query in ("Egyptian State General Intelligence Service", "public broadcaster", "official Egyptian General Intelligence",
                  "International General Intelligence Service", "international broadcaster"):
        assert decision(matcher, query)[0] != "found", query


def test_a_bodys_delegation_beside_its_whole_name_is_that_body():
    matcher = matcher_of(org("hamas", "Hamas"), org("hamas", "حماس"), org("hamas", "חמאס"), org("shura", "Hamas Shura Council"),
                         org("mission", "US Mission to the UN"), ("israel", "Israel", "place"),
                         ("qatar", "Qatar", "place"), ("qatar", "قطر", "place"))
    # Allowed: the people a body sends to talks, named with its whole name, in the wires' languages.
    for query in ("Hamas delegation", "the Hamas delegation", "وفد حماس", "Hamas heyeti", "משלחת חמאס",
                  "délégation du Hamas", "Delegation der Hamas"):
        assert decision(matcher, query)[:2] == ("found", "hamas"), query
    # Refused: a state's delegation (a place's name is no body's), a delegation alone, or beside part of
    # a body's name; the word is no mission's.
    for query in ("Israel delegation", "Qatar delegation", "وفد قطر", "delegation", "Shura delegation",
                  "US delegation to the UN"):
        assert decision(matcher, query)[0] != "found", query


def test_a_country_that_backs_a_body_says_nothing_of_which_body_it_is():
    matcher = matcher_of(org("hezbollah", "Hezbollah"), org("pij", "Islamic Jihad"),
                         org("pij", "Palestinian Islamic Jihad"), ("iran", "Iran", "place"),
                         ("egypt", "Egypt", "place"))
    # Allowed: the sponsor's country or demonym with backed, pro, destekli, filo, "backed by", in copy's
    # usual forms ("Iran-backed Hezbollah", "le Hezbollah pro-iranien", "İran destekli Hizbullah").
    for query in ("Iran-backed Hezbollah", "pro-Iranian Hezbollah", "le Hezbollah pro-iranien",
                  "filo-iraniano Hezbollah", "Hezbollah, backed by Iran"):
        assert decision(matcher, query)[:2] == ("found", "hezbollah"), query
    # Refused: the demonym or country alone is whose body it is, and another country's is another body
    # (Egyptian Islamic Jihad); backed without a country says nothing.
    for query in ("Egyptian Islamic Jihad", "Iranian Hezbollah", "Iran Hezbollah", "backed Hezbollah", "pro Hezbollah"):
        assert decision(matcher, query)[0] != "found", query


def test_a_name_of_generic_words_answers_only_as_the_desk_wrote_it():
    matcher = matcher_of(org("mit", "MIT"), org("mit", "National Intelligence Organization"),
                         org("mit", "Turkish intelligence agency"), org("mit", "Milli İstihbarat Teşkilatı"),
                         org("shin-bet", "Shin Bet"), org("shin-bet", "General Security Service"),
                         org("shin-bet", "Israel Security Agency"), org("cia", "Central Intelligence Agency"),
                         org("hamas", "Hamas"), org("hamas", "Islamic Resistance Movement"),
                         org("hamas", "حركة المقاومة الإسلامية"),
                         ("turkey", "Turkey", "place"), ("israel", "Israel", "place"))
    # Allowed: such a name as the desk wrote it, with the article, the entity's own demonym or country;
    # and a name with a word of its own beside another type word (Israel's "Security Service").
    for query, entity in (("National Intelligence Organization", "mit"), ("the National Intelligence Organization", "mit"),
                          ("Turkish National Intelligence Organization", "mit"), ("Milli İstihbarat Teşkilatı", "mit"),
                          # Azerbaijani for intelligence, a type word of the same kind (original batch's misses)
                          ("Milli Kəşfiyyat Təşkilatı", "mit"),
                          ("General Security Service", "shin-bet"), ("Central Intelligence Agency", "cia"),
                          ("Israel Security Service", "shin-bet"), ("Islamic Resistance Movement", "hamas"),
                          ("حركة المقاومة الإسلامية", "hamas"), ("Islamic Resistance Movement (Hamas)", "hamas")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: another type word or descriptor beside a name made only of generic words describes many
    # bodies: Nigeria's National Intelligence Agency, Lebanon's General Security, any state's.
    for query in ("National Intelligence Agency", "National Intelligence Service", "General Security Agency",
                  "the General Security", "official General Security Service", "Central Intelligence Service",
                  "Islamic movement", "the agency",
                  # Hezbollah's armed wing is the Islamic Resistance (المقاومة الإسلامية), as is a group in Iraq.
                  "Islamic Resistance", "المقاومة الإسلامية", "Islamic Resistance Organization", "Kəşfiyyat Təşkilatı"):
        assert decision(matcher, query)[0] != "found", query


def test_type_words_in_more_of_the_wires_languages_cost_little_beside_a_whole_name():
    matcher = matcher_of(org("hamas", "Hamas"), org("hamas", "Hamas movement"), org("reuters", "Reuters"),
                         org("reuters", "Reuters news agency"), org("axios", "Axios"), org("axios", "Axios website"),
                         org("kan", "هيئة البث الإسرائيلية"), org("kan", "KAN"),
                         org("hezbollah", "Hezbollah"), org("hezbollah", "Hezbollah party"))
    # Allowed: a news agency's or site's words as French, Italian, Spanish, Portuguese and Turkish write
    # them ("agence de presse", "agenzia di stampa", "agencia de noticias", "agência de notícias",
    # "haber sitesi"); German's stance and type word in one (die Terrororganisation, die Terrormiliz), a
    # militia; Arabic's "Hebrew" (العبرية) for Israeli ("هيئة البث العبرية", KAN: original misses).
    for query, entity in (("l'agence de presse Reuters", "reuters"), ("agenzia di stampa Reuters", "reuters"),
                          ("agencia de noticias Reuters", "reuters"), ("agência de notícias Reuters", "reuters"),
                          ("Axios haber sitesi", "axios"), ("die Terrororganisation Hamas", "hamas"),
                          ("die Terrormiliz Hamas", "hamas"), ("Hamas militia", "hamas"),
                          ("die Terrormiliz Hezbollah", "hezbollah"), ("هيئة البث العبرية", "kan"),
                          # Turkish case endings after a type word's possessive (haberler.com: "Yedioth
                          # Ahronoth gazetesinin"); Romanian's type words and stances (ziarelive.ro:
                          # "mișcarea radicala „Hamas”").
                          ("Axios sitesinin", "axios"), ("Hamas hareketine", "hamas"), ("Reuters ajansından", "reuters"),
                          ("mișcarea radicala Hamas", "hamas"), ("gruparea teroristă Hamas", "hamas")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a type word of another kind (a movement is no news agency, an outlet no militia), the
    # type words alone, and "Hebrew" beside a body whose names say no Israel.
    for query in ("agence de presse Hamas", "Hamas haber sitesi", "Terrormiliz Reuters", "die Terrororganisation",
                  "agence de presse", "حماس العبرية", "العبرية", "Hamas sitesinin", "Reuters hareketine", "gazetesinin",
                  "mișcarea Reuters"):
        assert decision(matcher, query)[0] != "found", query


def test_an_acronym_of_the_initials_of_the_name_before_it_says_nothing_more():
    matcher = matcher_of(org("pa", "Autorità Palestinese"), org("pa", "Палестинская национальная администрация"),
                         org("plo", "Organizzazione per la Liberazione della Palestina"),
                         ("abbas", "Mahmoud Abbas"), org("pij", "Islamic Jihad"))
    # Allowed: the initials in brackets as copy introduces them (quotidiano.net: "l'Autorità palestinese
    # (Ap)"; "Organizzazione per la liberazione della Palestina (Olp)"), with or without the function
    # words, in any script (cyberleninka.ru: "Палестинской национальной администрации (ПНА)").
    for query, entity in (("l’Autorità palestinese (Ap)", "pa"), ("Autorità palestinese, AP", "pa"),
                          ("Organizzazione per la liberazione della Palestina (Olp)", "plo"),
                          ("Палестинской национальной администрации (ПНА)", "pa")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: letters that are not the name's initials, a person's initials (the rule is an
    # organisation's or place's), the initials beside part of a name, which only lists.
    for query in ("Autorità palestinese (XY)", "Autorità palestinese (PA)", "Mahmoud Abbas (MA)", "Autorità (A)",
                  "Palestinese (P)"):
        assert decision(matcher, query)[0] != "found", query


def test_a_common_name_beside_words_of_the_entitys_other_names_and_a_type_word_of_its_kind_answers():
    names = [org("kan", "قناة كان"), org("kan", "هيئة البث الإسرائيلية"), org("kan", "KAN"), org("cnn", "CNN"),
             org("qassam", "Qassam Brigades"), org("qassam", "Izz ad-Din al-Qassam Brigades")]
    # كان is also Arabic for "was", listed alone (common-names.toml); the preacher's name too.
    matcher = NameMatcher([row(*n) for n in names],
                          common_names=[normalise.entity_parts("كان", "organization"),
                                        normalise.entity_parts("Izz ad-Din al-Qassam", "organization")])
    # Allowed: the broadcasting authority (هيئة البث, of its other Arabic name) with كان, quoted or not
    # (sahafati.com: 'هيئة البث "كان"'): a type word of its own kind, and a word of another of its names.
    for query in ('هيئة البث "كان"', "هيئة البث كان"):
        assert decision(matcher, query)[:2] == ("found", "kan"), query
    # Refused: the common word with a word of its names but no type word ("the broadcast was"), alone,
    # and the preacher's name beside a type word of another kind.
    for query in ("البث كان", "كان", "Izz ad-Din al-Qassam movement", "Izz ad-Din al-Qassam"):
        assert decision(matcher, query)[0] != "found", query


def test_a_place_the_organisations_own_names_name_costs_little_in_any_of_its_spellings():
    matcher = matcher_of(org("isf", "Uluslararası İstikrar Gücü"), org("isf", "International Stabilization Force for Gaza"),
                         ("gaza", "Gaza", "place"), ("gaza", "Gazze", "place"), ("gaza", "غزة", "place"),
                         ("egypt", "Egypt", "place"), ("egypt", "Mısır", "place"))
    # Allowed: the place its names name (Gaza), in Turkish, beside its Turkish name (beyazgazete.com:
    # "Gazze Uluslararası İstikrar Gücü").
    assert decision(matcher, "Gazze Uluslararası İstikrar Gücü")[:2] == ("found", "isf")
    # Refused: a place its names do not name is another force's.
    assert decision(matcher, "Mısır Uluslararası İstikrar Gücü")[0] != "found"
    assert decision(matcher, "Egypt Uluslararası İstikrar Gücü")[0] != "found"

"""Long full names: a person's name of four parts or more (given, father's, grandfather's and family
names, a patronymic chain) answers only (nearly) whole, and a shorter form of it only as another of the
person's names. Small made-up stores, and the desk's real one."""

from tests.test_matching_safety import decision, matcher_of

CHAIN = "Omar Abdel Karim Saleh Haddad al-Tamimi"  # given, father's, grandfather's, family, clan


def chain_store(*others):
    return matcher_of(("haddad", "Rami Haddad"), ("haddad", CHAIN), ("haddad", "عمر عبد الكريم صالح حداد التميمي"),
                      ("haddad", "Омар Абд аль-Карим Салех Хаддад ат-Тамими"), *others)


def test_a_long_full_name_answers_whole_or_but_for_one_middle_part():
    matcher = chain_store()
    for query in (CHAIN, "Omar Abd al-Karim Saleh Haddad al-Tamimi", "Omar Abdel Karim Saleh Haddad at-Tamimi",
                  # one part between the first and the last left out: father's, grandfather's or family
                  "Omar Saleh Haddad al-Tamimi", "Omar Abdel Karim Haddad al-Tamimi", "Omar Abdelkarim Saleh al-Tamimi",
                  "عمر عبد الكريم حداد التميمي", "Омар Салех Хаддад ат-Тамими",
                  "AL-TAMIMI, Omar Abdel Karim Saleh Haddad",  # list order
                  "Rami Haddad", "Haddad"):  # another of his names answers as it always did
        assert decision(matcher, query)[:2] == ("found", "haddad"), query


def test_a_shorter_form_of_a_long_full_name_is_only_listed():
    matcher = chain_store()
    for query in ("Omar Abdel Karim",  # given and father's names: many people's whole name
                  "عمر عبد الكريم", "Омар Абд аль-Карим",
                  "Omar al-Tamimi", "Omar Haddad",  # given name and a family name
                  "Omar Abdel Karim al-Tamimi",  # two parts left out
                  "Haddad al-Tamimi", "Saleh Haddad al-Tamimi",  # the family, the grandfather's line
                  "Omar Abdel Karim Saleh Haddad",  # all but the last part: the clan is who he is
                  "Abdel Karim Saleh Haddad al-Tamimi",  # his father's own full name
                  "Omar Saleh Abdel Karim Haddad al-Tamimi"):  # father and grandfather swapped
        resolution = decision(matcher, query)
        assert resolution[0] != "found", query
    # A brother's full name shares all but the given name: not him, and not even close.
    assert decision(matcher, "Jamal Abdel Karim Saleh Haddad al-Tamimi")[0] != "found"


def test_a_shorter_form_that_is_another_persons_whole_name_answers_that_person():
    # "Omar Abdel Karim" begins the long name, and is all of another person's: it answers him.
    matcher = chain_store(("karim", "Omar Abdel Karim"), ("tamimi", "Omar al-Tamimi"))
    assert decision(matcher, "Omar Abdel Karim")[:2] == ("found", "karim")
    assert decision(matcher, "Omar al-Tamimi")[:2] == ("found", "tamimi")
    assert decision(matcher, CHAIN)[:2] == ("found", "haddad")


def test_a_name_of_three_parts_still_takes_a_short_form_and_extra_words():
    # The rule is for four parts or more: given, father's and family names answer as given and family.
    matcher = matcher_of(("erdogan", "Recep Tayyip Erdogan"), ("haniyeh", "Ismail Haniyeh"),
                         ("thani", "Мухаммад бин Абд ар-Рахман Аль Тани"),  # Абд ар-Рахман is one part
                         ("thani", "מוחמד בן עבד אל-רחמן אאל ת’אני"))  # so are עבד אל-רחמן and אאל ת'אני
    for query, entity in (("Recep Erdogan", "erdogan"), ("Ismail Abdel Salam Ahmed Haniyeh", "haniyeh"),
                          ("Мухаммад Аль Тани", "thani"), ("מוחמד אאל ת'אני", "thani")):
        assert decision(matcher, query)[:2] == ("found", entity), query


def test_the_real_store_answers_arafats_full_names_and_lists_their_parts(real_store):
    for query in ("Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini",
                  "محمد عبد الرحمن عبد الرؤوف عرفات القدوة الحسيني", "Muhammad Abd al-Rauf Arafat al-Qudwa al-Husayni"):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", "yasser-arafat"), query
    # Given and father's names begin his full name and are the Qatari prime minister's too; his
    # brother Gamal's full name differs only in the given and one middle name; the family is a family.
    for query in ("Mohammed Abdel Rahman", "محمد عبد الرحمن", "Mohammed Arafat", "al-Qudwa al-Husseini",
                  "Mohammed al-Husseini", "جمال عبد الرؤوف داوود عرفات القدوة الحسيني"):
        assert real_store.resolve(query).decision != "found", query

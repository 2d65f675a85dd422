"""Names in scripts other than Latin, Arabic and Hebrew: every script `anyascii` romanises (the Indian
scripts, Thai, Armenian, Georgian ...) is compared with the Latin names through the consonant skeleton,
as Greek and Cyrillic are; a one-word place's or organisation's name in a script that writes its vowels
answers when romanised it is the name. Each rule with what it allows and what it still refuses. Small
real stores (the real matcher over rows) and the desk's real store."""

from knowledge.names import normalise
from tests.test_matching_safety import decision, matcher_of


def test_every_script_anyascii_romanises_is_compared_across_scripts():
    # Allowed: Bengali, Devanagari, Thai, Armenian and Georgian are "other" scripts, compared by
    # consonants with the Latin names (Thai's vowel written before its consonant read after it).
    for word in ("ডেনমার্ক", "डेनमार्क", "เดนมาร์ก"):
        assert normalise.script(word) == "other", word
        assert normalise.script_skeleton(normalise.tokens(word)[0]) == normalise.script_skeleton("denmark"), word
    assert normalise.opening("เดนมาร์ก") == "consonant"
    assert normalise.script("Լիբանան") == normalise.script("ლიბანი") == "other"
    # Refused: Latin transliterations with modifier letters and ligatures stay Latin (Qiṭāʿ, ﬁ).
    for word in ("Qiṭāʿu Ġazzah", "ʻAbbās", "ﬁ", "Ǧamal", "Erdoğan"):
        assert normalise.script(word) == "latin", word


def test_a_soft_c_is_also_the_s_other_scripts_write():
    # Allowed: Greece is found from Bengali গ্রিস ("grs"); Michael's ch is also k.
    assert "grs" in normalise.latin_script_skeletons("grece", normalise.script_skeleton("grece"))
    assert normalise.script_skeleton("মাইকেল") in normalise.latin_script_skeletons(
        "michael", normalise.script_skeleton("michael"))
    # Refused: a c before a, o, u or a consonant is still k (Cairo is no "sr").
    assert normalise.latin_script_skeletons("cairo", normalise.script_skeleton("cairo")) == ("kr",)


def test_a_one_word_place_spelled_alike_in_a_script_that_writes_vowels_answers():
    matcher = matcher_of(("denmark", "Denmark", "place"), ("panama", "Panama", "place"),
                         ("somalia", "Somalia", "place"), ("guyana", "Guyana", "place"),
                         ("greece", "Greece", "place"), ("hamas", "Hamas", "organization"),
                         ("haniyeh", "Ismail Haniyeh"))
    # Allowed: romanised, the place's or body's own name, or a vowel apart at the same length, as one
    # Latin word would be answered (গায়ানা, "gayana": Guyana); in any script that writes its vowels.
    for query, entity in (("ডেনমার্ক", "denmark"), ("পানামা", "panama"), ("গায়ানা", "guyana"),
                          ("डेनमार्क", "denmark"), ("เดนมาร์ก", "denmark"), ("হামাস", "hamas"), ("Панама", "panama")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a longer or shorter romanisation is listed ("somaliya", "gris" for Greece); a person's
    # one word is a part of a name others may share, listed; Han and kana romanise the language's own
    # adaptation of a name (丹麦, danmai), never answered; an unrelated word answers nothing.
    assert decision(matcher, "সোমালিয়া") == ("ambiguous", None, ["somalia"])
    assert decision(matcher, "গ্রিস") == ("ambiguous", None, ["greece"])
    assert decision(matcher, "হানিয়া")[0] == "ambiguous"
    assert decision(matcher, "ハマス")[0] != "found"
    assert not normalise.spelled_alike("丹麦", "danmai")
    assert not normalise.spelled_alike("حماس", "hamas")
    assert decision(matcher, "লাতভিয়া") == ("not_found", None, [])
    assert decision(matcher, "ঢাকা")[0] != "found"


def test_the_real_store_answers_other_scripts_spelled_alike(real_store):
    for query, entity in (("ডেনমার্ক", "denmark"), ("পানামা", "panama"), ("গায়ানা", "guyana")):
        resolution = real_store.resolve(query)
        assert (resolution.decision, resolution.entity) == ("found", entity), query
    # Latvia and France are not in the store: no answer.
    for query in ("লাতভিয়া", "ফ্রান্স"):
        assert real_store.resolve(query).decision != "found", query


def test_latin_initials_are_not_compared_by_consonants_across_scripts():
    matcher = matcher_of(("cnn", "CNN", "organization"), ("cnn", "سي إن إن", "organization"),
                         ("kan", "Kan", "organization"), ("kan", "قناة كان", "organization"))
    # Allowed: CNN by its letters' names; a Latin word with vowels is still compared by consonants.
    assert decision(matcher, "سي إن إن")[:2] == ("found", "cnn")
    assert "kan" in decision(matcher, "كان")[2]
    # Refused: كان ("kn") is not CNN, whose Latin name is initials, read letter by letter.
    assert normalise.latin_script_skeletons("cnn", normalise.script_skeleton("cnn")) == ()
    assert "cnn" not in decision(matcher, "كان")[2]


def test_a_latin_acronym_written_by_its_letters_names_in_arabic_script():
    matcher = matcher_of(("oic", "OIC", "organization"), ("cia", "CIA", "organization"),
                         ("idf", "IDF", "organization"), ("fatah", "فتح", "organization"),
                         ("hamas", "حماس", "organization"))
    # Allowed: Urdu and Persian letters' names (او آئی سی, OIC; سی آئی اے, CIA; آئی ڈی ایف, IDF), and
    # Arabic's (سي إن إن), each name one letter.
    assert normalise.tokens("او آئی سی") == ["oic"]
    for query, entity in (("او آئی سی", "oic"), ("سی آئی اے", "cia"), ("آئی ڈی ایف", "idf")):
        assert decision(matcher, query)[:2] == ("found", entity), query
    # Refused: a name that says two letters (Arabic آي is A or I: سي آي إيه, سي إي آي, both CIA) leaves
    # the words as they are; so does a letter's name beside other words (او, "or": حماس او فتح).
    assert normalise.tokens("سي آي إيه") != ["cia"]
    assert normalise.tokens("حماس او فتح") == ["حماس", "او", "فتح"]
    assert decision(matcher, "حماس او فتح")[0] != "found"


def test_tajik_letters_are_the_russian_letters_for_their_sounds():
    matcher = matcher_of(("hamas", "Хамас", "organization"), ("qatar", "Катар", "place"), ("gaza", "Газа", "place"))
    # Allowed: Tajik ҳ, қ, ғ (and ӯ, ӣ without their macron) as Russian copy writes them.
    assert normalise.tokens("Ҳамос Қатар Ғазза Шӯрои") == ["хамос", "катар", "газза", "шурои"]
    assert decision(matcher, "Қатар")[:2] == ("found", "qatar")
    assert decision(matcher, "Ғазза")[:2] == ("found", "gaza")
    # Refused: a Tajik word for another place (Фаронса, France) answers nothing.
    assert decision(matcher, "Фаронса")[0] != "found"

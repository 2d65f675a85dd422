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

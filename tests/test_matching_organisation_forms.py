"""How organisations' and places' names are written in the wires' languages: words of a language that say
different things never meet by spelling, and Hungarian's digraphs. Each rule with what it allows and
what it still refuses. Small real stores (the real matcher over rows) and the desk's real store."""

from knowledge.names.matching.words import hungarian_reading, senses_apart
from tests.test_matching_safety import decision, matcher_of


def test_words_of_the_lexicons_that_say_different_things_never_meet(real_store):
    # Refused: secreto (secret, an intelligence word) has the consonants of security (a generic word),
    # rada (council) is a typo away from radio (an outlet): two words, not one word's spellings.
    assert senses_apart("secreto", "securiti") and senses_apart("rada", "radio")
    # "servicio secreto israelí" scored the Shin Bet, the Israel Security Agency, 91 on that vowel: a
    # description that fits the Mossad as well, listed with both at the score a description has.
    scores = real_store.matcher.scores("servicio secreto israelí")
    assert scores["shin-bet"] < 84 and scores["shin-bet"] <= scores["mossad"] + 1, scores
    outcome = decision(real_store, "servicio secreto israelí")
    assert outcome[0] == "ambiguous" and {"mossad", "shin-bet"} <= set(outcome[2])
    # Allowed: words that say the same thing still meet as before (segreto, segreti; a type word's plural:
    # Italian always writes its secret services "servizi segreti").
    assert not senses_apart("segreti", "secreto") and not senses_apart("servizi", "service")
    assert decision(real_store, "servizio segreto egiziano")[:2] == ("found", "egyptian-intelligence")
    outcome = decision(real_store, "servizi segreti israeliani")
    assert outcome[0] == "ambiguous" and {"mossad", "shin-bet"} <= set(outcome[2])


def test_hungarian_sz_cs_dzs_are_also_read_as_hungarian_writes_them(real_store):
    # Allowed: Hungarian s written sz, j written dzs (Hamász, Dzsihád; hu.wikipedia, index.hu), as a
    # spelling of the name (97), where Polish sz stays sh (Maszal).
    assert hungarian_reading("hamasz") == "hamas" and hungarian_reading("dzsihad") == "yihad"
    assert hungarian_reading("hamas") is None
    assert decision(real_store, "Hamász")[:2] == ("found", "hamas")
    matcher = matcher_of(("hamas", "Hamas", "organization"), ("mashal", "Khaled Mashal"))
    assert decision(matcher, "Hamász")[:2] == ("found", "hamas")
    assert decision(matcher, "Chalid Maszal")[:2] == ("found", "mashal")
    # Refused: either reading is still one name's only; a word that is neither stays a typo, listed.
    assert decision(matcher, "Hamászt")[0] != "found"
    assert decision(real_store, "Maszal")[0] != "found"  # Kuwait's emir is Mishal

"""Arabic-script names as Arabic, Persian and Urdu outlets print them: their letters and marks, and
the one-letter words Arabic writes joined to the next. Each rule with what it allows and what it still
refuses. Small real stores (the real matcher over rows) and the desk's real store."""

from knowledge.names import normalise
from tests.test_matching_safety import decision, matcher_of


def answer(matcher, query):
    resolution = matcher.resolve(query)
    return resolution.entity if resolution.decision == "found" else None


def test_persian_and_urdu_letters_for_what_arabic_writes_with_its_own():
    matcher = matcher_of(("ankara", "أنقرة", "place"), ("trump", "دونالد ترامب"), ("trump", "ترمب"),
                         ("kan", "كان 11", "organization"), ("gantz", "بيني غانتس"))
    # Allowed: Urdu heh goal and its ta marbuta form (انقرہ, انقرۃ), Urdu retroflex t and Persian pe for
    # a foreign name's t and p (ٹرمپ, ترامپ), Persian yeh and keheh, Arabic-Indic and Persian digits.
    for query, entity in (("انقرہ", "ankara"), ("انقرۃ", "ankara"), ("ٹرمپ", "trump"), ("ترامپ", "trump"),
                          ("دونالد ترامپ", "trump"), ("كان ١١", "kan"), ("کان ۱۱", "kan")):
        assert answer(matcher, query) == entity, query
    # Refused: a letter Arabic writes in more than one way is not folded to any one of them (Persian گ
    # for g: Arabic writes غ, ج, ك or ق), so گانتس alone is a word one letter from غانتس, only listed;
    # and another number is another channel.
    assert normalise.parts("گانتس") != normalise.parts("غانتس")
    assert decision(matcher, "گانتس") == ("ambiguous", None, ["gantz"])
    assert answer(matcher, "كان ١٢") is None


def test_marks_that_shape_or_order_text_are_no_letters():
    matcher = matcher_of(("hamas", "حماس", "organization"), ("plo", "سازمان آزادی‌بخش فلسطین", "organization"),
                         ("fatah", "فتح", "organization"))
    # Allowed: a zero-width non-joiner inside or after a word, right-to-left marks pasted with the
    # name, a Persian compound written with the non-joiner, joined or apart.
    for query, entity in (("حما\u200cس", "hamas"), ("\u200fحماس\u200f", "hamas"), ("\u2067حماس\u2069", "hamas"),
                          ("سازمان آزادی\u200cبخش فلسطین", "plo"), ("سازمان آزادیبخش فلسطین", "plo"),
                          ("سازمان آزادی بخش فلسطین", "plo")):
        assert answer(matcher, query) == entity, query
    # Refused: a space is still a space; two names with a mark between them are not one name.
    assert answer(matcher, "حماس فتح") is None
    assert answer(matcher, "حماس\u200fفتح") is None

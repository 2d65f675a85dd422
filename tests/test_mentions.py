"""`python -m knowledge mentions`: what a new article says about the store's entities, the names it
does not have, and its dates, over the desk's real knowledge and an invented wire report."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json

import pytest

from knowledge.__main__ import main
from knowledge.editing.mentions import dates_in, sentences
from knowledge.files.quotes import QuoteMatch, SourceText
from knowledge.schema import Citation
from tests.conftest import PROJECT_ROOT

ARTICLE = PROJECT_ROOT / "tests" / "data" / "wire_article_istanbul.txt"
TEXT = ARTICLE.read_text(encoding="utf-8")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["--root", str(PROJECT_ROOT), "mentions", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def found() -> dict:
    """The command's JSON, once for the module (capsys is per test: stdout is captured here)."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setenv("KNOWLEDGE_TODAY", "2026-11-21")  # as the per-test fixture does
        assert main(["--root", str(PROJECT_ROOT), "mentions", str(ARTICLE), "--published", "2026-11-19",
                     "--json"]) == 0
    return json.loads(out.getvalue())


def test_the_json_has_exactly_the_documented_fields(found):
    assert set(found) == {"source", "known", "new", "dates"}
    assert all(set(k) == {"id", "name", "spelling", "sentence"} for k in found["known"])
    assert all(set(n) == {"name", "kind", "sentences"} for n in found["new"])
    assert all(set(d) == {"text", "date", "precision", "basis", "sentence"} for d in found["dates"])
    assert found["source"] == str(ARTICLE)


def test_known_people_are_found_under_other_spellings(found):
    spellings = {(k["id"], k["spelling"]) for k in found["known"]}
    assert {("ismail-haniyeh", "Ismail Haniya"), ("ismail-haniyeh", "İsmail Haniye"),  # Turkish
            ("khalil-al-hayya", "Khalil al-Hayyah"), ("moussa-abu-marzouk", "Musa Ebu Merzuk"),  # Turkish
            ("ibrahim-kalin", "İbrahim Kalın"), ("istanbul", "ISTANBUL"), ("turkey", "Turkey"),
            ("cairo", "Cairo"), ("hamas", "Hamas")} <= spellings
    assert [k["name"] for k in found["known"] if k["id"] == "khalil-al-hayya"] == ["Khalil al-Hayya"]


def test_names_the_store_does_not_have_are_grouped_with_a_guess_at_the_kind(found):
    new = {n["name"]: n for n in found["new"]}
    assert set(new) == {"Example Wire", "Nadia Farouk", "Omar Darwish"}
    assert {name: n["kind"] for name, n in new.items()} == {
        "Example Wire": "organization", "Nadia Farouk": "person", "Omar Darwish": "person"}
    # "Darwish said …" later in the article is the same person, grouped under the full name.
    assert new["Omar Darwish"]["sentences"] == [
        "\"The talks focused on the second phase of the truce,\" said Omar Darwish, a Hamas official who attended "
        "the meeting.", "Darwish said the group would send its answer to the mediators in Cairo."]


def test_every_sentence_is_a_quote_check_accepts(found):
    source = SourceText(TEXT)
    quoted = [k["sentence"] for k in found["known"]] + [s for n in found["new"] for s in n["sentences"]] + [
        d["sentence"] for d in found["dates"]]
    for sentence in quoted:
        Citation(source="x", quote=sentence)  # three words at least, 600 characters at most
        assert source.find(sentence) == QuoteMatch.found, sentence


def test_dates_are_worked_out_from_the_publication_day_and_marked_as_estimates(found):
    assert [(d["text"], d["date"], d["precision"], d["basis"]) for d in found["dates"]] == [
        ("Nov 19", "2026-11-19", "day", "estimated"),
        ("on Wednesday", "2026-11-18", "day", "estimated"),  # published on Thursday 19 November 2026
        ("Last week", "2026-11-09", "week", "estimated"),  # the Monday of the week before
    ]


@pytest.mark.parametrize("sentence, expected", [
    ("The envoy arrived yesterday, officials said.", [("yesterday", "2026-11-19", "day", "estimated")]),
    ("Talks resumed earlier this month in Doha.", [("earlier this month", "2026-11", "month", "estimated")]),
    ("The offer was made last month, he said.", [("last month", "2026-10", "month", "estimated")]),
    ("The two met on 5 November, aides said.", [("on 5 November", "2026-11-05", "day", "estimated")]),
    ("They first met on 28 December, aides said.", [("on 28 December", "2025-12-28", "day", "estimated")]),
    ("The deal was signed on 5 November 2025 in Cairo.", [("on 5 November 2025", "2025-11-05", "day", "in_text")]),
    ("The group was founded in 1987, he said.", [("in 1987", "1987", "year", "in_text")]),
    ("He spoke on Friday and again last Friday.", [("on Friday", "2026-11-20", "day", "estimated"),
                                                   ("last Friday", "2026-11-13", "day", "estimated")]),
])
def test_relative_dates(sentence, expected):
    published = dt.date(2026, 11, 20)  # a Friday
    assert [(d.text, d.date, d.precision, d.basis) for d in dates_in(sentence, published)] == expected


def test_a_long_sentence_is_cut_at_a_clause_into_quotes_check_accepts():
    long = "The officials said, " + ", ".join(f"item number {n} of the long list" for n in range(40)) + "."
    pieces = sentences(long)
    assert len(pieces) > 1 and all(len(p) <= 600 and p in long for p in pieces)


def test_the_text_output_names_the_unsure_apart(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Egypt's intelligence chief Abbas Kamal met envoys in Cairo on Monday, officials said.\n",
                       encoding="utf-8")
    status, out, err = run(capsys, str(article), "--published", "2026-11-20")
    assert (status, err) == (0, "")
    assert "Not sure (1): the matcher would ask; if it is one of these, add the spelling as an alias\n" \
           "  “Abbas Kamal”: Abbas Kamel?\n" in out
    assert "  “on Monday” → 2026-11-16 (day; the desk's estimate: “on Monday” in an article published on Friday " \
           "2026-11-20)\n" in out


@pytest.mark.parametrize("argv, message", [
    (["no/such/article.txt"], "no/such/article.txt: no such file"),
    ([str(ARTICLE)], f"{ARTICLE} is not registered in sources.toml: register it with add-source, or give "
                     "--published YYYY-MM-DD"),
    ([str(ARTICLE), "--published", "20 Nov"], "--published '20 Nov' is not a date: write YYYY-MM-DD, e.g. 2025-11-06"),
])
def test_bad_input_is_one_line_and_a_failure(capsys, argv, message):
    assert run(capsys, *argv) == (1, "", f"python -m knowledge mentions: {message}\n")


def test_arabic_script_names_are_found_within_a_sentence(capsys, tmp_path):
    article = tmp_path / "ar.txt"
    article.write_text("وقال إسماعيل هنية إن الحركة مستعدة للتفاوض في القاهرة.\n", encoding="utf-8")
    status, out, _ = run(capsys, str(article), "--published", "2026-11-20", "--json")
    found = json.loads(out)
    assert [(k["id"], k["spelling"]) for k in found["known"]] == [("ismail-haniyeh", "إسماعيل هنية"),
                                                                ("cairo", "القاهرة")]
    assert found["new"] == []  # without capitals, other Arabic words are never offered as names

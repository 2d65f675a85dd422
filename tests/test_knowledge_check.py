"""`check`: every kind of problem an editor can make, reported with its file, line and a fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.editing.check import check
from tests.conftest import MINI as MINI_TREE

PERSON = "knowledge/data/people/ismail-haniyeh.toml"
EVENT = "knowledge/data/events/2023-12-20-kamel-meets-haniyeh.toml"


def problems(root: Path) -> list[str]:
    """Problems other than layout: these tests edit files by hand and care about one rule each."""
    return [str(p) for p in check(root, layout=False)[1]]


def edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_is_clean(mini_root):
    assert problems(mini_root) == []


def test_toml_syntax_error_names_the_line(mini_root):
    edit(mini_root, PERSON, 'name = "Haniyeh"', 'name = "Haniyeh')
    [problem] = problems(mini_root)
    assert problem.startswith(f"{PERSON}:7: TOML syntax: ")


def test_unknown_key_is_rejected_with_its_line(mini_root):
    edit(mini_root, PERSON, 'quote = "met Hamas leader', 'qoute = "met Hamas leader')
    assert problems(mini_root) == [
        f"{PERSON}:17: facts.0.citations.0.quote is required",
        f"{PERSON}:19: unknown key 'qoute': remove it or fix its spelling (see `python -m knowledge schema`)",
    ]


def test_missing_and_empty_text(mini_root):
    edit(mini_root, PERSON, 'description = "Hamas leader in December 2023 reporting."\n', "")
    edit(mini_root, PERSON, 'text = "Led Hamas\'s delegation."', 'text = "   "')
    assert problems(mini_root) == [
        f"{PERSON}:1: description is required",
        f"{PERSON}:21: facts.1.text is empty: write it",
    ]


def test_id_must_equal_file_name(mini_root):
    edit(mini_root, PERSON, 'id = "ismail-haniyeh"', 'id = "ismail-haniya"')
    assert problems(mini_root) == [
        f"{PERSON}:1: id 'ismail-haniya' differs from the file name: rename the file to ismail-haniya.toml "
        'or set id = "ismail-haniyeh"'
    ]


def test_kind_must_match_folder(mini_root):
    edit(mini_root, PERSON, 'kind = "person"', 'kind = "place"')
    assert problems(mini_root) == [
        f"{PERSON}:2: kind 'place' does not belong in people/: use kind = \"person\" or move the file"
    ]


def test_duplicate_ids_across_folders(mini_root):
    (mini_root / "knowledge/data/places/hamas.toml").write_text(
        (mini_root / "knowledge/data/organizations/hamas.toml").read_text().replace('"organization"', '"place"'))
    assert "knowledge/data/places/hamas.toml:1: id 'hamas' is already used by " \
           "knowledge/data/organizations/hamas.toml: ids must be unique" in problems(mini_root)


def test_unknown_references(mini_root):
    edit(mini_root, EVENT, 'entities = ["abbas-kamel"', 'entities = ["abbas-kamal"')
    edit(mini_root, EVENT, 'place = "cairo"', 'place = "hamas"')
    edit(mini_root, EVENT, 'source = "alpha"', 'source = "gamma"')
    assert problems(mini_root) == [
        f"{EVENT}:7: unknown entity 'abbas-kamal': add a file for it or fix the id",
        f"{EVENT}:8: 'hamas' is an organization, not a place: list it under entities",
        f"{EVENT}:12: unknown source 'gamma': use an id from sources.toml",
    ]


def test_a_changed_word_in_a_quote_fails_with_file_line_and_nearest_passage(mini_root):
    edit(mini_root, PERSON, "met Hamas leader Ismail Haniyeh in Cairo", "met Hamas chief Ismail Haniyeh in Cairo")
    assert problems(mini_root) == [
        f"{PERSON}:19: quote not found in alpha: copy the words exactly as the source prints them; "
        "the nearest passage reads: 'met Hamas leader Ismail Haniyeh in Cairo'"
    ]


def test_quote_from_page_debris_is_rejected(mini_root):
    edit(mini_root, PERSON, 'quote = "met Hamas leader Ismail Haniyeh in Cairo"', 'quote = "Show More"')
    edit(mini_root, "knowledge/data/sources.toml", 'debris = ["Show More"]',
         'debris = ["Show More", "The Palestinian Authority president, Mahmoud Abbas, is dragging his feet, sources say."]')
    assert problems(mini_root) == [
        f"{PERSON}:19: facts.0.citations.0.quote: quote has 2 word(s); quote at least 3 words so it stands alone",
        "knowledge/data/people/mahmoud-abbas.toml:20: the quote is page debris in alpha (see its debris list in "
        "sources.toml), not reporting: quote the article text",
    ]


def test_dates_in_the_future_and_end_before_start(mini_root, monkeypatch):
    monkeypatch.setenv("KNOWLEDGE_TODAY", "2025-01-01")
    edit(mini_root, EVENT, "date = 2023-12-20", "date = 2023-12-20\nend = 2023-12-19")
    assert problems(mini_root) == [
        f"{EVENT}:3: end 2023-12-19 is before the date 2023-12-20",
        "knowledge/data/events/2025-11-talks-in-cairo.toml:2: date 2025-11 is in the future",
        "knowledge/data/sources.toml:20: published date 2025-11-07 is in the future",
    ]


def test_invalid_dates(mini_root):
    edit(mini_root, EVENT, "date = 2023-12-20", 'date = "2023-13"')
    [problem] = problems(mini_root)
    assert problem == f"{EVENT}:2: date: month 13 does not exist in '2023-13'"


def test_alias_shared_without_declaring_it(mini_root):
    edit(mini_root, "knowledge/data/people/abbas-kamel.toml", 'shared = true', '')
    assert problems(mini_root) == [
        "knowledge/data/people/abbas-kamel.toml:7: alias 'Abbas' also names mahmoud-abbas: if both really go by "
        "it, add it as an alias with shared = true in every file that uses it; otherwise remove it"
    ]


def test_alias_seen_in_must_occur_in_that_source(mini_root):
    edit(mini_root, PERSON, 'seen_in = ["alpha", "beta"]', 'seen_in = ["alpha", "beta"]\n\n[[aliases]]\nname = "Haniya"\nseen_in = ["alpha"]')
    assert problems(mini_root) == [
        f"{PERSON}:12: alias 'Haniya' does not occur in alpha: remove the source from seen_in or fix the spelling"
    ]


def test_alias_must_say_where_it_comes_from(mini_root):
    edit(mini_root, PERSON, 'standard = "Standard Arabic spelling of Ismail Haniyeh"\n', "")
    assert problems(mini_root) == [
        f"{PERSON}:11: alias 'إسماعيل هنية' does not say where it comes from: add seen_in = [\"<source id>\"] "
        "if a seed prints it, attested = [\"https://... (what it is)\"] or [\"<publication>, <date>\"] for where "
        "it was published, or standard = \"<which transliteration, of what>\"; otherwise remove it"
    ]


@pytest.mark.parametrize("old, new, line, message", [
    # Cyrillic а (U+0430) in a Latin name, as a Russian keyboard types it: looks the same, matches nothing.
    ('name = "إسماعيل هنية"', 'name = "Ismail H\u0430niyeh"', 11,
     "alias 'Ismail Hаniyeh' mixes Cyrillic and Latin letters in the word 'Hаniyeh'"),
    ('name = "Ismail Haniyeh"', 'name = "Ismail Han\u0456yeh"', 3,
     "name 'Ismail Hanіyeh' mixes Cyrillic and Latin letters in the word 'Hanіyeh'"),
    ('name = "إسماعيل هنية"', 'name = "إسماعيل هنيo"', 11,
     "alias 'إسماعيل هنيo' mixes Arabic and Latin letters in the word 'هنيo'"),
])
def test_a_word_mixing_two_scripts_is_refused(mini_root, old, new, line, message):
    edit(mini_root, PERSON, old, new)
    assert problems(mini_root) == [f"{PERSON}:{line}: {message}: a letter typed on another keyboard? "
                                   "Retype it in one script"]


@pytest.mark.parametrize("name", ["Kan 11", "Кан-11", "Ṣalāḥ ad-Dīn", "Ισλαμική Τζιχάντ", "בית-חנון",
                                  "جنبش آزادی\u200cبخش", "Hamas-Führung", "ХАМАС/Hamas"])
def test_names_in_one_script_a_word_pass(mini_root, name):
    edit(mini_root, PERSON, 'name = "إسماعيل هنية"', f'name = "{name}"')
    assert problems(mini_root) == []


@pytest.mark.parametrize("attestation", [
    "https://ar.wikipedia.org/wiki/إسماعيل_هنية",
    "https://ar.wikipedia.org/wiki/x (Arabic Wikipedia)",
    "Al Jazeera, 2024-07-31",
    "Anadolu Agency, 2025-11",
])
def test_an_attestation_is_an_address_or_a_publication_and_date(mini_root, attestation):
    edit(mini_root, PERSON, 'standard = "Standard Arabic spelling of Ismail Haniyeh"',
         f'attested = ["{attestation}"]')
    assert problems(mini_root) == []


@pytest.mark.parametrize("attestation", ["Al Jazeera", "ar.wikipedia.org/wiki/x", "2024-07-31", "https://"])
def test_an_attestation_that_does_not_say_where_is_refused(mini_root, attestation):
    edit(mini_root, PERSON, 'standard = "Standard Arabic spelling of Ismail Haniyeh"',
         f'attested = ["{attestation}"]')
    [problem] = problems(mini_root)
    assert problem.startswith(f"{PERSON}:12: aliases.1.attested.0: {attestation!r} does not say where: give the address")


def test_unexpected_file(mini_root):
    (mini_root / "knowledge/data/people/notes.txt").write_text("todo")
    assert problems(mini_root) == [
        "knowledge/data/people/notes.txt:1: unexpected file: knowledge files are .toml files directly inside "
        "people/, organizations/, places/ or events/"
    ]


def test_every_problem_is_reported_at_once(mini_root):
    edit(mini_root, PERSON, "met Hamas leader Ismail", "met Hamas boss Ismail")
    edit(mini_root, EVENT, 'place = "cairo"', 'place = "kairo"')
    edit(mini_root, "knowledge/data/organizations/hamas.toml", 'kind = "organization"', 'kind = "org"')
    assert len(problems(mini_root)) == 3


@pytest.mark.parametrize("quote", [
    "Hamas's delegation - led by Ismail Haniyeh",  # straight apostrophe and hyphen for ’ and –
    "Hamas’s delegation –\n   led by Ismail Haniyeh",  # a line break inside the quote
    '"The talks were constructive," said one',  # straight double quotes for “ ”
])
def test_quote_differences_that_are_forgiven(mini_root, quote):
    edit(mini_root, "knowledge/data/organizations/hamas.toml", 'quote = "Hamas’s delegation – led by Ismail Haniyeh"',
         f"quote = '''{quote}'''")
    assert problems(mini_root) == []


@pytest.mark.parametrize("quote", [
    "Hamas’s delegation – led by Ismail Haniye",  # a word cut short
    "Hamas’s delegation – led by Ismail Hanijeh",  # one letter
    "hamas’s delegation – led by Ismail Haniyeh",  # case
    "Hamas’s delegation, led by Ismail Haniyeh",  # punctuation other than dashes
    "Hamas’s delegation – headed by Ismail Haniyeh",  # one word
])
def test_quote_differences_that_are_not(mini_root, quote):
    edit(mini_root, "knowledge/data/organizations/hamas.toml", 'quote = "Hamas’s delegation – led by Ismail Haniyeh"',
         f"quote = '''{quote}'''")
    [problem] = problems(mini_root)
    assert problem.startswith("knowledge/data/organizations/hamas.toml:15: quote not found in beta")


def test_check_command_exit_codes(mini_root):
    ok = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "check"],
                        capture_output=True, text=True)
    assert ok.returncode == 0
    assert ok.stdout == "ok: 2 sources, 3 people, 1 organizations, 1 places, 3 events, 6 facts, 9 citations\n"
    edit(mini_root, PERSON, "met Hamas leader Ismail", "met Hamas boss Ismail")
    failed = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "check"],
                            capture_output=True, text=True)
    assert failed.returncode == 1
    assert failed.stderr.splitlines()[-1] == "1 problem(s) found"
    assert failed.stderr.startswith(f"{PERSON}:19: quote not found in alpha")


def test_a_file_out_of_canonical_layout_is_reported_and_format_fixes_it(mini_root):
    edit(mini_root, PERSON, 'kind = "person"\nname = "Ismail Haniyeh"', 'name = "Ismail Haniyeh"\nkind = "person"')
    edit(mini_root, PERSON, 'seen_in = ["alpha", "beta"]', 'seen_in = [\n    "alpha",\n    "beta",\n]')
    assert [str(p) for p in check(mini_root)[1]] == [
        f"{PERSON}:2: not in the canonical layout (key order, spacing, arrays): run `python -m knowledge format` "
        "to rewrite it"
    ]
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "format"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, f"rewrote {PERSON}\n")
    assert check(mini_root)[1] == []
    assert (mini_root / PERSON).read_text(encoding="utf-8") == (MINI_TREE / PERSON).read_text(encoding="utf-8")


def test_the_desks_knowledge_passes_check():
    from tests.conftest import PROJECT_ROOT

    assert [str(p) for p in check(PROJECT_ROOT)[1]] == []


def test_changing_one_word_in_any_quote_fails_and_names_file_and_line(tmp_path):
    """For every knowledge file at once: alter one word of its first quote; check must name each."""
    import re
    import shutil

    from tests.conftest import PROJECT_ROOT

    root = tmp_path / "copy"
    shutil.copytree(PROJECT_ROOT / "knowledge" / "data", root / "knowledge" / "data")
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    expected = set()
    for path in sorted((root / "knowledge" / "data").glob("*/*.toml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for number, line in enumerate(lines, start=1):
            word = re.search(r'^quote = ".*?\b([A-Za-z]{4,})\b', line)
            if word:
                start, end = word.span(1)
                lines[number - 1] = line[:start] + word[1][::-1].capitalize() + "x" + line[end:]
                expected.add(f"{path.relative_to(root).as_posix()}:{number}")
                break
        path.write_text("".join(lines), encoding="utf-8")
    assert len(expected) > 100
    reported = {str(p).split(": quote not found")[0] for p in check(root)[1] if ": quote not found in " in str(p)}
    assert expected <= reported


# --- every layer at once: a schema error does not hide the file's other problems ------------------------

def test_a_file_with_an_unknown_key_still_has_its_quotes_references_and_dates_checked(mini_root, monkeypatch):
    monkeypatch.setenv("KNOWLEDGE_TODAY", "2025-01-01")
    edit(mini_root, EVENT, 'title = ', 'titel = "misspelt"\ntitle = ')
    edit(mini_root, EVENT, 'place = "cairo"', 'place = "kairo"')
    edit(mini_root, EVENT, "date = 2023-12-20", "date = 2023-12-20\nend = 2023-12-19")
    edit(mini_root, PERSON, 'kind = "person"', 'kind = "persn"')
    edit(mini_root, PERSON, "met Hamas leader Ismail", "met Hamas boss Ismail")
    assert problems(mini_root) == [
        f"{EVENT}:3: end 2023-12-19 is before the date 2023-12-20",
        f"{EVENT}:6: unknown key 'titel': remove it or fix its spelling (see `python -m knowledge schema`)",
        f"{EVENT}:10: unknown place 'kairo': add places/kairo.toml or fix the id",
        "knowledge/data/events/2025-11-talks-in-cairo.toml:2: date 2025-11 is in the future",
        f"{PERSON}:2: kind: Input should be 'person', 'organization' or 'place'",
        f"{PERSON}:19: quote not found in alpha: copy the words exactly as the source prints them; "
        "the nearest passage reads: 'met Hamas leader Ismail Haniyeh in Cairo'",
        "knowledge/data/sources.toml:20: published date 2025-11-07 is in the future",
    ]


def test_a_bad_citation_does_not_hide_the_next_one(mini_root):
    edit(mini_root, PERSON, 'source = "alpha"', 'source = 7')
    edit(mini_root, PERSON, "Hamas's delegation - led", "Hamas's team - led")
    found = problems(mini_root)
    assert f"{PERSON}:18: facts.0.citations.0.source: Input should be a valid string" in found
    assert any(p.startswith(f"{PERSON}:26: quote not found in beta") for p in found), found


def test_a_file_whose_id_is_taken_is_still_checked(mini_root):
    copy = mini_root / "knowledge/data/places/hamas.toml"
    copy.write_text((mini_root / "knowledge/data/organizations/hamas.toml").read_text(encoding="utf-8")
                    .replace('"organization"', '"place"').replace("led by Ismail Haniyeh", "led by Ismail Hanijeh"))
    found = problems(mini_root)
    assert "knowledge/data/places/hamas.toml:1: id 'hamas' is already used by " \
           "knowledge/data/organizations/hamas.toml: ids must be unique" in found
    assert any(p.startswith("knowledge/data/places/hamas.toml:15: quote not found in beta") for p in found), found


# --- TOML syntax: the line, and what to write instead ---------------------------------------------------

@pytest.mark.parametrize("old, new, line, message", [
    ("date = 2023-12-20", "date = 2023-12-32", 2,
     "TOML syntax: Expected newline or end of document after a statement: 2023-12-32 is not a date (December "
     "2023 has 31 days): write a real day, e.g. date = 2023-12-31, or the month in quotes, date = \"2023-12\""),
    ("date = 2023-12-20", "date = 2023-02-30", 2,
     "TOML syntax: Invalid date or datetime: 2023-02-30 is not a date (February "
     "2023 has 28 days): write a real day, e.g. date = 2023-02-28, or the month in quotes, date = \"2023-02\""),
    ("date = 2023-12-20", "date = 2023-12", 2,
     "TOML syntax: Expected newline or end of document after a statement: a month is written in quotes: "
     "date = \"2023-12\""),
    ('title = "Abbas Kamel meets', 'title = "Abbas Kamel "meets', 5,
     "TOML syntax: Expected newline or end of document after a statement: a \" inside the text ends it: "
     "write title = '''…''' around text that contains \", or type \\\" for each"),
    ('date_basis = "confirmed"', 'date_basis = "confirmed', 3,
     "TOML syntax: Illegal character '\\n': the text of date_basis has no closing \": end it with \" on this "
     "line, or write text over several lines between \"\"\" and \"\"\""),
    ('date_basis = "confirmed"', "date_basis = confirmed", 3,
     "TOML syntax: Invalid value: write text in quotes: date_basis = \"confirmed\""),
    ('"abbas-kamel", "ismail-haniyeh"', '"abbas-kamel" "ismail-haniyeh"', 7,
     'TOML syntax: Unclosed array: a [ is not closed, or two items have no comma between them: write a list as '
     '["a", "b"]'),
    ("[[citations]]", "[[citations]", 11,
     "TOML syntax: Expected ']]' at the end of an array declaration: a table's header has two brackets each "
     "side: [[facts]], [[facts.citations]], [[aliases]]"),
    ('date_basis = "confirmed"', 'date basis = "confirmed"', 3,
     "TOML syntax: Expected '=' after a key in a key/value pair: a key is one word: date_basis = ..."),
    ('title = "Abbas Kamel meets Ismail Haniyeh in Cairo"', 'title = “Abbas Kamel meets Ismail Haniyeh in Cairo”', 5,
     'TOML syntax: Invalid value: curly quotes do not start text in TOML: use straight ones, title = "Abbas '
     'Kamel meets Ismail Haniyeh in Cairo"'),
])
def test_toml_syntax_errors_say_what_to_write(mini_root, old, new, line, message):
    edit(mini_root, EVENT, old, new)
    assert problems(mini_root) == [f"{EVENT}:{line}: {message}"]


def test_a_second_fact_without_its_facts_line(mini_root):
    edit(mini_root, PERSON, '[[facts]]\ntext = "Led Hamas\'s delegation."', 'text = "Led Hamas\'s delegation."')
    assert problems(mini_root) == [
        f"{PERSON}:21: unknown key 'text' in a citation: if it starts another fact, write [[facts]] on the line "
        "above it",
    ]


def test_a_second_text_in_one_fact(mini_root):
    edit(mini_root, PERSON, '[[facts.citations]]\nsource = "alpha"', 'text = "Again."\n\n[[facts.citations]]\nsource = "alpha"', )
    [problem] = problems(mini_root)
    assert problem == (f"{PERSON}:17: TOML syntax: Cannot overwrite a value: text is already set in the [[facts]] "
                       "of line 14: to start another fact, write [[facts]] on the line above this one")


def test_citations_without_their_fact(mini_root):
    text = (mini_root / PERSON).read_text(encoding="utf-8")
    head = text[: text.index("[[facts]]")]
    citation = '[[facts.citations]]\nsource = "alpha"\nquote = "met Hamas leader Ismail Haniyeh in Cairo"\n'
    (mini_root / PERSON).write_text(head + citation, encoding="utf-8")
    assert problems(mini_root) == [
        f"{PERSON}:14: a [[facts]] line is missing: every [[facts.citations]] belongs to a fact that starts "
        "with [[facts]] and its text",
    ]


def test_an_unclosed_multiline_string(mini_root):
    edit(mini_root, EVENT, 'title = "', 'title = """')
    [problem] = problems(mini_root)
    assert problem == (f"{EVENT}:5: TOML syntax: Unterminated string: the \"\"\" text that starts here is never "
                       "closed: end it with \"\"\"")


# --- a full date written as text ------------------------------------------------------------------------

def test_a_day_in_quotes_is_reported_and_format_unquotes_it(mini_root):
    edit(mini_root, EVENT, "date = 2023-12-20", 'date = "2023-12-20"')
    edit(mini_root, "knowledge/data/sources.toml", "published = 2025-11-07", 'published = "2025-11-07"')
    assert problems(mini_root) == [
        f"{EVENT}:2: date = \"2023-12-20\" is a day written as text: write it without quotes, date = 2023-12-20 "
        "(`python -m knowledge format` does it)",
        "knowledge/data/sources.toml:20: published = \"2025-11-07\" is a day written as text: write it without "
        "quotes, published = 2025-11-07 (`python -m knowledge format` does it)",
    ]
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "format"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, f"rewrote knowledge/data/sources.toml\nrewrote {EVENT}\n", "")
    assert [str(p) for p in check(mini_root)[1]] == []


def test_format_says_when_nothing_needed_changing(mini_root):
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "format"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "nothing to change: all 9 files are in the canonical layout\n", "")


def test_format_leaves_a_file_with_a_syntax_error_and_says_so(mini_root):
    edit(mini_root, EVENT, "date = 2023-12-20", "date = 2023-12-32")
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "format"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout == "nothing to change: 8 files are in the canonical layout\n"
    assert done.stderr.startswith(f"{EVENT}:2: not rewritten, TOML syntax: Expected newline")


def test_no_broken_value_anywhere_stops_check(mini_root):
    """Every key of a person and an event file given a wrong value, or deleted: check reports, never crashes."""
    import shutil

    pristine = mini_root.parent / "pristine"
    shutil.copytree(mini_root, pristine)
    wrong = ['""', "7", "[{}]"]
    runs = 0
    for relative in (PERSON, EVENT):
        lines = (pristine / relative).read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            if " = " not in line:
                continue
            key = line.split(" = ")[0]
            for replacement in [None, *(f"{key} = {value}" for value in wrong)]:
                changed = lines[:index] + ([] if replacement is None else [replacement]) + lines[index + 1:]
                (mini_root / relative).write_text("\n".join(changed) + "\n", encoding="utf-8")
                check(mini_root)  # raises on a crash
                runs += 1
        (mini_root / relative).write_text((pristine / relative).read_text(encoding="utf-8"), encoding="utf-8")
    assert runs > 80


def test_a_broken_sources_file_is_one_problem_not_one_per_citation(mini_root):
    edit(mini_root, "knowledge/data/sources.toml", "published = 2023-12-20", "published = 2023-12-32")
    assert problems(mini_root) == [
        "knowledge/data/sources.toml:9: TOML syntax: Expected newline or end of document after a statement: "
        "2023-12-32 is not a date (December 2023 has 31 days): write a real day, e.g. published = 2023-12-31, "
        "or the month in quotes, published = \"2023-12\"",
    ]


def test_a_missing_seed_is_one_problem_not_one_per_citation(mini_root):
    (mini_root / "seeds" / "beta.txt").unlink()
    assert problems(mini_root) == [
        "knowledge/data/sources.toml:17: source file 'seeds/beta.txt' does not exist (paths are relative to the "
        "project root)",
    ]


def test_true_and_false_in_capitals(mini_root):
    edit(mini_root, "knowledge/data/people/abbas-kamel.toml", "shared = true", "shared = True")
    assert problems(mini_root) == [
        "knowledge/data/people/abbas-kamel.toml:9: TOML syntax: Invalid value: true and false are written in "
        "lower case: shared = true",
    ]


def test_a_rule_about_the_whole_record_does_not_hide_the_rest(mini_root):
    edit(mini_root, EVENT, 'date_basis = "confirmed"', 'date_basis = "confirmed"\ndate_window = true')
    edit(mini_root, EVENT, "Abbas Kamel met Hamas leader", "Abbas Kamel met Hamas chief")
    found = problems(mini_root)
    assert f"{EVENT}:1: date_window = true needs an end: the last day the event may have happened" in found
    assert any(p.startswith(f"{EVENT}:14: quote not found in alpha") for p in found), found

"""The editors' commands `new`, `add-source` and `stale`, run as an editor runs them: output and exit status."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from knowledge.__main__ import main
from knowledge.editing.check import check
from knowledge.files.canonical import canonical
from tests.conftest import PROJECT_ROOT

TEMPLATES = PROJECT_ROOT / "knowledge" / "templates"
ARTICLE = """CAIRO, Nov 20 (Example Wire) - Egyptian mediators met a Hamas delegation in Cairo on Thursday, \
two officials said, as talks on the next phase of the Gaza truce resumed.

The delegation was led by Khalil al-Hayya, the group's chief negotiator, the officials said.
"""


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    status = main(["--root", str(root), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def problems(root: Path) -> list[str]:
    return [str(p) for p in check(root)[1]]


def fill(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


# --- new ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [("entity.toml", "entity"), ("event.toml", "event")])
def test_the_templates_are_in_the_canonical_layout(name, kind):
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    assert canonical(text, kind) == text


def test_new_person_fails_check_naming_each_field_left_then_passes_once_filled(mini_root, capsys):
    assert run(capsys, mini_root, "new", "person", "Ahmad Example") == (
        0, "wrote knowledge/data/people/ahmad-example.toml: fill in what its comments ask, then run "
           "python -m knowledge check\n", "")
    path = mini_root / "knowledge/data/people/ahmad-example.toml"
    written = tomllib.loads(path.read_text(encoding="utf-8"))
    assert (written["id"], written["kind"], written["name"], str(written["reviewed"])) == (
        "ahmad-example", "person", "Ahmad Example", "2026-11-21")
    file = "knowledge/data/people/ahmad-example.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    line = {key: lines.index(f'{key} = ""') + 1 for key in ("description", "text", "source", "quote")}
    assert problems(mini_root) == [
        f"{file}:{line['description']}: description is empty: write it",
        f"{file}:{line['text']}: facts.0.text is empty: write it",
        f"{file}:{line['source']}: facts.0.citations.0.source is empty: write it",
        f"{file}:{line['quote']}: facts.0.citations.0.quote is empty: write it",
    ]
    fill(path, ('description = ""', 'description = "Egyptian official in December 2023 reporting."'),
         ('text = ""', 'text = "Attended the Cairo meeting, officials said."'),
         ('source = ""', 'source = "alpha"'), ('quote = ""', 'quote = "met Hamas leader Ismail Haniyeh in Cairo"'))
    assert problems(mini_root) == []


def test_new_event_is_dated_today_and_passes_once_filled(mini_root, capsys):
    status, out, _ = run(capsys, mini_root, "new", "event", "Kamel meets Haniyeh again")
    file = "knowledge/data/events/2026-11-21-kamel-meets-haniyeh-again.toml"
    assert (status, out) == (0, f"wrote {file}: fill in what its comments ask, then run python -m knowledge check\n")
    path = mini_root / file
    written = tomllib.loads(path.read_text(encoding="utf-8"))
    assert (str(written["date"]), written["title"], str(written["reviewed"])) == (
        "2026-11-21", "Kamel meets Haniyeh again", "2026-11-21")
    assert [p.split(": ", 1)[1] for p in problems(mini_root)] == [
        "date_basis is empty: write 'in_text', 'confirmed' or 'estimated'",
        "date_note is empty: write it",
        "summary is empty: write it",
        "citations.0.source is empty: write it",
        "citations.0.quote is empty: write it",
    ]
    fill(path, ('date = 2026-11-21', 'date = 2023-12-20'), ('date_basis = ""', 'date_basis = "in_text"'),
         ('date_note = ""', 'date_note = "The text says \\"on Wednesday\\"."'),
         ('summary = ""', 'summary = "Abbas Kamel met Ismail Haniyeh in Cairo, officials said."'),
         ('source = ""', 'source = "alpha"'),
         ('quote = ""', 'quote = "Abbas Kamel met Hamas leader Ismail Haniyeh in Cairo on Wednesday"'))
    assert problems(mini_root) == []


@pytest.mark.parametrize("kind, folder", [("organization", "organizations"), ("place", "places")])
def test_new_organization_and_place_go_in_their_folders(mini_root, capsys, kind, folder):
    assert run(capsys, mini_root, "new", kind, "Example Böard")[0] == 0
    written = tomllib.loads((mini_root / f"knowledge/data/{folder}/example-board.toml").read_text(encoding="utf-8"))
    assert written["kind"] == kind


@pytest.mark.parametrize("argv, status, message", [
    (["new", "person", "Ismail Haniyeh"], 1, "python -m knowledge new: knowledge/data/people/ismail-haniyeh.toml "
     "already exists: edit it, or choose another name"),
    (["new", "place", "Hamas"], 1, "python -m knowledge new: knowledge/data/organizations/hamas.toml already "
     "exists: edit it, or choose another name"),
    (["new", "robot", "R2"], 2, "python -m knowledge new: argument kind: invalid choice: 'robot' (choose from "
     "'person', 'organization', 'place', 'event')"),
    (["new", "person", "محمد"], 1, "python -m knowledge new: cannot make a file name from 'محمد': give the name in "
     "Latin letters (add other scripts as aliases)"),
    (["new", "person", "  "], 1, "python -m knowledge new: give the name in quotes, e.g. python -m knowledge new "
     "person \"...\""),
    (["new", "event", "x" * 101], 1, "python -m knowledge new: the title has 101 characters; an event title is at "
     "most 100"),
    (["new", "person"], 2, "python -m knowledge new: the following arguments are required: name"),
])
def test_new_refuses_bad_input_in_one_line(mini_root, capsys, argv, status, message):
    before = sorted(p.name for p in (mini_root / "knowledge/data").rglob("*.toml"))
    try:
        result = main(["--root", str(mini_root), *argv])
    except SystemExit as exit:  # argparse's usage errors
        result = exit.code
    out, err = capsys.readouterr()
    assert (result, out, err) == (status, "", message + "\n")
    assert sorted(p.name for p in (mini_root / "knowledge/data").rglob("*.toml")) == before


# --- add-source ---------------------------------------------------------------------------------------

@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "wire.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def test_add_source_copies_the_text_byte_for_byte_and_registers_its_hash(mini_root, capsys, article):
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    source_id = f"000_{digest[:16]}"
    status, out, err = run(capsys, mini_root, "add-source", str(article), "--outlet", "Example Wire",
                           "--published", "2026-11-20", "--headline", "Mediators meet Hamas in Cairo",
                           "--url", "https://example.org/wire/1", "--language-note", "English original.")
    assert (status, out, err) == (0, f"added seeds/{source_id}.txt as source {source_id} (SHA-256 {digest[:16]}…), "
                                     f"registered in knowledge/data/sources.toml: cite it as source = \"{source_id}\"\n", "")
    assert (mini_root / "seeds" / f"{source_id}.txt").read_bytes() == article.read_bytes()
    registered = tomllib.loads((mini_root / "knowledge/data/sources.toml").read_text(encoding="utf-8"))["sources"][-1]
    assert registered == {
        "id": source_id, "file": f"seeds/{source_id}.txt", "sha256": digest, "outlet": "Example Wire",
        "headline": "Mediators meet Hamas in Cairo", "published": __import__("datetime").date(2026, 11, 20),
        "published_basis": "confirmed", "published_note": "", "url": "https://example.org/wire/1",
        "language_note": "English original.", "notes": "", "debris": []}
    assert problems(mini_root) == []  # still canonical, hash verified


def test_add_source_numbers_after_the_existing_seeds_and_records_an_estimate(tmp_path, capsys, article):
    root = tmp_path / "desk"
    shutil.copytree(PROJECT_ROOT / "knowledge" / "data", root / "knowledge" / "data")
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    before = len(list((root / "seeds").iterdir()))
    status, out, _ = run(capsys, root, "add-source", str(article), "--outlet", "Example Wire",
                         "--published", "2026-11-20", "--estimated", "the wire's dateline; no copy seen")
    assert status == 0
    registered = tomllib.loads((root / "knowledge/data/sources.toml").read_text(encoding="utf-8"))["sources"][-1]
    assert registered["id"].startswith(f"{before:03d}_")
    assert (registered["published_basis"], registered["published_note"]) == (
        "estimated", "the wire's dateline; no copy seen")
    assert registered["language_note"] == "Not recorded."
    assert problems(root) == []  # a sixth article is a normal change: nothing pins the count


def test_add_source_refuses_a_duplicate(mini_root, capsys, article):
    arguments = ["add-source", str(article), "--outlet", "Example Wire", "--published", "2026-11-20"]
    assert run(capsys, mini_root, *arguments)[0] == 0
    copy = article.with_name("again.txt")
    copy.write_bytes(article.read_bytes())
    source_id = "000_" + hashlib.sha256(article.read_bytes()).hexdigest()[:16]
    assert run(capsys, mini_root, *arguments[:1], str(copy), *arguments[2:]) == (
        1, "", f"python -m knowledge add-source: {copy} is already registered as source {source_id} "
               f"(seeds/{source_id}.txt, the same SHA-256): nothing was added\n")
    assert len(list((mini_root / "seeds").iterdir())) == 3


@pytest.mark.parametrize("options, message", [
    (["--published", "2026-13-01"], "--published '2026-13-01' is not a date: write YYYY-MM-DD, e.g. 2025-11-06"),
    (["--published", "2026-12-01"], "--published 2026-12-01 is in the future"),
    (["--published", "2026-11-20", "--url", "example.org"], "--url: 'example.org' is not an address: start it "
     "with https://"),
    (["--published", "2026-11-20", "--language-note", " "], "--language-note: String should match pattern '\\S'"),
])
def test_add_source_refuses_bad_options_in_one_line(mini_root, capsys, article, options, message):
    sources = (mini_root / "knowledge/data/sources.toml").read_bytes()
    assert run(capsys, mini_root, "add-source", str(article), "--outlet", "Example Wire", *options) == (
        1, "", f"python -m knowledge add-source: {message}\n")
    assert (mini_root / "knowledge/data/sources.toml").read_bytes() == sources
    assert len(list((mini_root / "seeds").iterdir())) == 2


def test_add_source_of_a_missing_file(mini_root, tmp_path):
    missing = tmp_path / "nowhere.txt"
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "add-source", str(missing),
                           "--outlet", "X", "--published", "2026-11-20"], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (
        1, "", f"python -m knowledge add-source: {missing}: no such file\n")


def test_add_source_of_a_file_that_is_not_utf8(mini_root, capsys, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café au lait".encode("latin-1"))
    assert run(capsys, mini_root, "add-source", str(latin), "--outlet", "X", "--published", "2026-11-20") == (
        1, "", f"python -m knowledge add-source: {latin} is not UTF-8 text (invalid continuation byte at byte 3): "
               "save it as UTF-8 and try again\n")


# --- stale --------------------------------------------------------------------------------------------

def test_stale_lists_the_unreviewed_and_the_old_most_urgent_first(mini_root, capsys):
    for relative in ("knowledge/data/people/abbas-kamel.toml", "knowledge/data/organizations/hamas.toml",
                     "knowledge/data/people/mahmoud-abbas.toml", "knowledge/data/places/cairo.toml",
                     "knowledge/data/events/2007-split.toml", "knowledge/data/events/2025-11-talks-in-cairo.toml"):
        path = mini_root / relative
        text = path.read_text(encoding="utf-8")
        head, sep, rest = text.partition("\n\n[[")
        path.write_text(head + '\nreviewed = 2026-10-01\nreviewer = "RB"' + sep + rest, encoding="utf-8")
    assert problems(mini_root) == []
    status, out, err = run(capsys, mini_root, "stale", "--days", "400")
    assert (status, err) == (0, "")
    assert out == (
        "knowledge/data/events/2023-12-20-kamel-meets-haniyeh.toml: never reviewed; newest source 2023-12-20 "
        "(1067 days old)\n"
        "knowledge/data/people/ismail-haniyeh.toml: never reviewed; newest source 2025-11-07 (379 days old)\n"
        "knowledge/data/people/abbas-kamel.toml: reviewed 2026-10-01; newest source 2023-12-20 (1067 days old)\n"
        "knowledge/data/people/mahmoud-abbas.toml: reviewed 2026-10-01; newest source 2023-12-20 (1067 days old)\n"
        "knowledge/data/places/cairo.toml: reviewed 2026-10-01; newest source 2023-12-20 (1067 days old)\n"
        "5 of 8 records to review (never reviewed, or newest source older than 400 days)\n")


def test_stale_days_default_from_the_environment(mini_root, capsys, monkeypatch):
    monkeypatch.setenv("KNOWLEDGE_STALE_DAYS", "5000")
    status, out, _ = run(capsys, mini_root, "stale")
    assert out.splitlines()[-1] == "8 of 8 records to review (never reviewed, or newest source older than 5000 days)"


@pytest.mark.parametrize("argv, variable, status, message", [
    (["stale", "--days", "0"], None, 1, "python -m knowledge stale: --days 0: give a whole number of days, 1 or more"),
    (["stale", "--days", "soon"], None, 2, "python -m knowledge stale: argument --days: invalid int value: 'soon'"),
    (["stale"], "half a year", 1, "python -m knowledge stale: KNOWLEDGE_STALE_DAYS='half a year' is not a number of "
     "days: set it to a whole number, e.g. 180"),
])
def test_stale_refuses_bad_input_in_one_line(mini_root, capsys, monkeypatch, argv, variable, status, message):
    if variable is not None:
        monkeypatch.setenv("KNOWLEDGE_STALE_DAYS", variable)
    try:
        result = main(["--root", str(mini_root), *argv])
    except SystemExit as exit:
        result = exit.code
    assert (result, *capsys.readouterr()) == (status, "", message + "\n")


def test_reviewed_and_reviewer_reach_the_answer(mini_root, tmp_path):
    """The card can say "reviewed by the desk on …": the dates go through build and store to the Answer."""
    from handlers.who import who
    from knowledge.editing.build import build
    from knowledge.serving.store import KnowledgeStore

    for relative in ("knowledge/data/people/abbas-kamel.toml", "knowledge/data/events/2023-12-20-kamel-meets-haniyeh.toml"):
        path = mini_root / relative
        head, sep, rest = path.read_text(encoding="utf-8").partition("\n\n[[")
        path.write_text(head + '\nreviewed = 2026-10-01\nreviewer = "RB"' + sep + rest, encoding="utf-8")
    build(mini_root, tmp_path / "knowledge.json")
    store = KnowledgeStore.open(tmp_path / "knowledge.json")
    kamel = who("Abbas Kamel", store)
    assert (kamel.reviewed, kamel.reviewer) == ("2026-10-01", "RB")
    assert [(e.id, e.reviewed, e.reviewer) for e in kamel.events] == [
        ("2023-12-20-kamel-meets-haniyeh", "2026-10-01", "RB")]
    haniyeh = who("Ismail Haniyeh", store)
    assert (haniyeh.reviewed, haniyeh.reviewer) == (None, None)


@pytest.mark.parametrize("argv", [["format"], ["stale"], ["new", "person", "Samir Nassar"],
                                  ["add-source", "tests/data/wire_article.txt", "--outlet", "X", "--published", "2026-11-20"]])
def test_every_command_outside_a_project_says_so_in_one_line(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(PROJECT_ROOT)
    assert run(capsys, tmp_path, *argv) == (
        1, "", f"python -m knowledge {argv[0]}: no knowledge folder at {tmp_path}/knowledge/data: run this in the "
               "project, or pass --root\n")


def test_the_readmes_check_example_is_real_output(tmp_path, capsys):
    """README: 'A problem reads like this (here "first" in a quote was changed to "only")'.

    An event's file, whose lines do not move as a person's aliases grow."""
    import re

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r'A problem reads like this[^\n]*\n\n```\n\$ python -m knowledge check\n(.*?)```', readme, re.S)[1]
    root = tmp_path / "desk"
    shutil.copytree(PROJECT_ROOT / "knowledge" / "data", root / "knowledge" / "data")
    shutil.copytree(PROJECT_ROOT / "seeds", root / "seeds")
    fill(root / "knowledge/data/events/1979-egypt-israel-peace-treaty.toml",
         ('quote = "Egypt in 1979 became the first Arab nation', 'quote = "Egypt in 1979 became the only Arab nation'))
    assert run(capsys, root, "check") == (1, "", shown)


def test_a_reader_that_stops_early_gets_no_traceback():
    """`python -m knowledge schema --markdown | head`: the reader closes the pipe before anything is written."""
    with subprocess.Popen([sys.executable, "-m", "knowledge", "schema", "--markdown"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=PROJECT_ROOT) as process:
        process.stdout.close()
        stderr = process.stderr.read().decode()
    assert process.returncode == 1 and stderr == ""

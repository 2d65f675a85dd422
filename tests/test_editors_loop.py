"""The editors' loop end to end, as issue 9's "Done when" puts it: an article the project has never seen
(tests/data/wire_article_istanbul.txt, invented in the style of a wire report, naming known people under
other spellings, Turkish ones included, and two new people) goes from `add-source` through
`mentions --draft`; two drafts are completed, and the new event; `check` passes, the seed and knowledge
tests pass on the new tree, and `diff` shows the answers that changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from knowledge.__main__ import main
from tests.conftest import PROJECT_ROOT
from tests.test_diff import git

ARTICLE = PROJECT_ROOT / "tests" / "data" / "wire_article_istanbul.txt"


def project_copy(folder: Path) -> Path:
    """The project as a pull request would change it: code, tests, the desk's knowledge and seeds, in git."""
    for part in ("bot", "handlers", "knowledge", "tests", "seeds"):
        shutil.copytree(PROJECT_ROOT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "pyproject.toml", folder / "pyproject.toml")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "the desk's knowledge")
    return folder


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    status = main(["--root", str(root), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def fill(path: Path, *replacements: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, (path, old)
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


def test_from_a_new_article_to_a_passing_check_and_the_answers_diff(tmp_path, capsys):
    root = project_copy(tmp_path / "project")
    data = root / "knowledge" / "data"

    status, out, _ = run(capsys, root, "add-source", str(ARTICLE), "--outlet", "Example Wire",
                         "--published", "2026-11-19", "--headline", "Turkish spy chief meets Hamas team in Istanbul",
                         "--language-note", "English original.")
    assert status == 0
    source = out.split(" as source ")[1].split()[0]

    status, out, err = run(capsys, root, "mentions", str(ARTICLE), "--draft", str(data))
    assert status == 0
    assert f"source {source}, published 2026-11-19" in out  # read from sources.toml: the article is registered
    assert "  Ismail Haniyeh (ismail-haniyeh) as “İsmail Haniye”\n" in out
    assert "  Khalil al-Hayya (khalil-al-hayya) as “Khalil al-Hayyah”\n" in out
    drafted = sorted(line.split()[1].rstrip(":") for line in err.splitlines())
    assert drafted == ["knowledge/data/events/2026-11-09-last-week-hamas-said-the-late.toml",
                       "knowledge/data/events/2026-11-18-istanbul-nov-19-example-wire-turkeys.toml",
                       "knowledge/data/organizations/example-wire.toml",
                       "knowledge/data/people/nadia-farouk.toml",
                       "knowledge/data/people/omar-darwish.toml"]

    status, _, err = run(capsys, root, "check")
    assert status == 1  # the drafts fail until an editor completes them, each field named
    assert "knowledge/data/people/nadia-farouk.toml:9: description is empty: write it\n" in err

    # The editor completes the two people and the meeting, and deletes the drafts they do not want.
    fill(data / "people" / "nadia-farouk.toml",
         ('description = ""', 'description = "Turkish foreign ministry official in November 2026 reporting."'),
         ('text = ""', 'text = "Example Wire described her as a Turkish foreign ministry official."'))
    fill(data / "people" / "omar-darwish.toml",
         ('description = ""', 'description = "Hamas official in November 2026 reporting."'),
         ('text = ""', 'text = "Example Wire described him as a Hamas official who attended the Istanbul meeting."'))
    meeting = data / "events" / "2026-11-18-istanbul-nov-19-example-wire-turkeys.toml"
    fill(meeting,
         ('title = ""', 'title = "Turkey\'s intelligence chief Ibrahim Kalin meets a Hamas delegation in Istanbul"'),
         ('summary = ""', 'summary = "Turkey\'s intelligence chief met a Hamas delegation led by Khalil al-Hayya in '
                          'Istanbul, two officials briefed on the meeting said."'),
         # The wire itself is no entity of the meeting. (Bare "Gaza", in "the Gaza ceasefire", is drafted
         # as no entity: it is the Strip's name and Gaza City's, and the editor says which.)
         (', "example-wire"]', "]"))
    for unwanted in ("organizations/example-wire.toml", "events/2026-11-09-last-week-hamas-said-the-late.toml"):
        (data / unwanted).unlink()
    event = tomllib.loads(meeting.read_text(encoding="utf-8"))
    assert (event["date"].isoformat(), event["date_basis"]) == ("2026-11-18", "estimated")
    assert {"ibrahim-kalin", "khalil-al-hayya", "hamas", "istanbul"} <= set(event["entities"])

    status, out, _ = run(capsys, root, "format")  # the draft's one-line list of parties, one shorter, still fits
    assert status == 0 and out.startswith("nothing to change: "), out
    status, out, err = run(capsys, root, "check")
    assert (status, err) == (0, ""), err
    assert out.startswith("ok: 6 sources, ")

    # The tests a pull request runs on the desk's knowledge pass on the new tree: every seed matches
    # its recorded hash (a sixth article is no change to the tests), and check passes.
    tests = subprocess.run([sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", "tests/test_seeds.py",
                            "tests/test_knowledge_check.py::test_the_desks_knowledge_passes_check"],
                           cwd=root, capture_output=True, text=True)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert f"tests/test_seeds.py::test_seed_is_unchanged[{source}] PASSED" in tests.stdout

    status, out, err = run(capsys, root, "diff", "main")
    assert (status, err) == (0, "")
    assert "**Entities added:** Nadia Farouk (person, `nadia-farouk`); Omar Darwish (person, `omar-darwish`)\n" in out
    assert "| Nadia Farouk | no entry | Nadia Farouk |" in out
    for line in ("/who Ibrahim Kalin", "/timeline Ibrahim Kalin", "/who Khalil al-Hayya", "/timeline Istanbul",
                 "/who Nadia Farouk", "/who Omar Darwish"):
        assert f"### `{line}`" in out
    assert "+• 18 November 2026 (estimated) — Turkey's intelligence chief Ibrahim Kalin meets a Hamas delegation" in out

"""`python -m knowledge diff BASE [HEAD]`: every answer a change alters, before and after, from two
knowledge states built out of a real git repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import datetime as dt

from bot.preview import ask_text
from handlers import Freshness
from knowledge.__main__ import main
from knowledge.editing.states import open_state
from tests.conftest import MINI

ALIAS = '''
[[aliases]]
name = "Abbas Kamal"
standard = "Egyptian pronunciation of Kamel, as wires print it"
'''

# What the diff measures freshness with: KNOWLEDGE_TODAY as the tests fix it, the default 180 days.
FRESHNESS = Freshness(stale_days=180, today=dt.date(2026, 11, 21))


def git(repo: Path, *arguments: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=Desk", "-c", "user.email=desk@example.org",
                           "-c", "commit.gpgsign=false", *arguments],
                          check=True, capture_output=True, text=True).stdout


def make_repository(folder: Path, tree: Path = MINI) -> Path:
    """A git repository whose first commit is the given knowledge tree."""
    shutil.copytree(tree, folder)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "the desk's knowledge")
    return folder


def change_knowledge(repo: Path) -> None:
    """An editor adds a spelling to Abbas Kamel and retitles an event in Cairo."""
    person = repo / "knowledge" / "data" / "people" / "abbas-kamel.toml"
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("shared = true\n", "shared = true\n" + ALIAS, 1), encoding="utf-8")
    event = repo / "knowledge" / "data" / "events" / "2025-11-talks-in-cairo.toml"
    event.write_text(event.read_text(encoding="utf-8").replace(
        "Talks in Cairo described as constructive", "Cairo talks called constructive by a participant"),
        encoding="utf-8")


def diff(capsys, repo: Path, *revisions: str) -> tuple[int, str, str]:
    status = main(["--root", str(repo), "diff", *revisions])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def repo(tmp_path) -> Path:
    return make_repository(tmp_path / "desk")


def test_a_change_shows_every_answer_it_alters_before_and_after(capsys, repo):
    change_knowledge(repo)
    git(repo, "commit", "-q", "-am", "a spelling and a title")
    status, out, err = diff(capsys, repo, "HEAD~1", "HEAD")
    assert (status, err) == (0, "")
    assert out.startswith("## What readers will see differently: HEAD~1 → HEAD\n")
    assert "**Aliases added:**\n- “Abbas Kamal” on Abbas Kamel\n" in out
    assert "| Abbas Kamal | asks: Abbas Kamel | Abbas Kamel |" in out  # now answered, no longer asked
    before, after = open_state(MINI), open_state(repo)
    changed = [line[len("### `"):-1] for line in out.splitlines() if line.startswith("### `")]
    # The touched entity, every party and place of the touched event, and its topic: exactly those
    # whose answers read differently.
    assert changed == ["/who Abbas Kamel", "/who Cairo", "/timeline Cairo", "/who Hamas", "/timeline Hamas",
                       "/timeline mediation"]
    for line in changed:
        was, now = ask_text(line, before, FRESHNESS), ask_text(line, after, FRESHNESS)
        assert was != now
        assert f"Before (HEAD~1):\n\n```text\n{was}\n```\n\nAfter (HEAD):\n\n```text\n{now}\n```" in out
    assert "-  Person · as of 20 December 2023" in out and "+  Person · Also written: Abbas Kamal · as of" in out
    assert "+• November 2025 (estimated) — Cairo talks called constructive by a participant" in out
    # Asked, unchanged, and so not shown: Ismail Haniyeh takes no part in the retitled event.
    assert "/who Ismail Haniyeh" not in out


def test_without_head_it_compares_the_working_tree(capsys, repo):
    change_knowledge(repo)  # not committed
    status, out, _ = diff(capsys, repo, "main")
    assert status == 0 and out.startswith("## What readers will see differently: main → working tree\n")
    assert "### `/who Abbas Kamel`" in out


def test_entities_added_and_removed_are_listed(capsys, repo):
    (repo / "knowledge" / "data" / "people" / "mahmoud-abbas.toml").unlink()
    (repo / "knowledge" / "data" / "people" / "abbas-kamel.toml").write_text(
        (repo / "knowledge" / "data" / "people" / "abbas-kamel.toml").read_text(encoding="utf-8")
        .replace("shared = true\n", ""), encoding="utf-8")
    status, out, err = diff(capsys, repo, "HEAD")
    assert (status, err) == (0, "")
    assert "**Entities removed:** Mahmoud Abbas (person, `mahmoud-abbas`)\n" in out
    assert "| Abbas | asks: Abbas Kamel, Mahmoud Abbas | Abbas Kamel |" in out
    assert "| Mahmoud Abbas | Mahmoud Abbas | no entry |" in out
    assert "### `/who Mahmoud Abbas`" in out


def test_nothing_changed_says_so(capsys, repo):
    assert diff(capsys, repo, "HEAD") == (0, "## What readers will see differently: HEAD → working tree\n\n"
                                             "Nothing changed for readers: no /who or /timeline answer reads "
                                             "differently, and every name resolves as before.\n", "")


@pytest.mark.parametrize("revisions, message", [
    (["no-such-branch"], "'no-such-branch' is not a git revision here: give a branch, tag or commit that "
                         "`git log` shows"),
    (["HEAD", "HEAD~5"], "'HEAD~5' is not a git revision here: give a branch, tag or commit that `git log` shows"),
])
def test_a_revision_that_does_not_exist_is_one_line_and_a_failure(capsys, repo, revisions, message):
    assert diff(capsys, repo, *revisions) == (1, "", f"python -m knowledge diff: {message}\n")


def test_a_state_that_fails_check_is_one_line_and_a_failure(capsys, repo):
    event = repo / "knowledge" / "data" / "events" / "2007-split.toml"
    event.write_text(event.read_text(encoding="utf-8").replace('title = "A year', 'title = "" #'), encoding="utf-8")
    status, out, err = diff(capsys, repo, "HEAD")
    assert (status, out) == (1, "") and len(err.splitlines()) == 1
    assert err.startswith("python -m knowledge diff: the working tree's knowledge does not pass check (")

"""The pull-request workflow runs what the README says, and puts the answers' diff in the job summary."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import MINI
from tests.test_diff import change_knowledge, git
from tests.test_docs import readme_commands

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "knowledge.yml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    [job] = workflow()["jobs"].values()
    return job["steps"]


def summary_step() -> dict:
    [step] = [s for s in steps() if "GITHUB_STEP_SUMMARY" in s.get("run", "")]
    return step


def test_it_runs_on_every_pull_request():
    # YAML 1.1 reads the key `on` as true.
    triggers = workflow().get("on", workflow().get(True))
    assert set(triggers) == {"pull_request"} and not (triggers["pull_request"] or {}).get("paths")


def test_it_runs_exactly_the_readmes_test_command():
    assert [s["run"] for s in steps() if "run" in s and "pytest" in s["run"]] == [readme_commands()[1]]


def test_the_checkout_has_the_history_the_diff_needs():
    [checkout] = [s for s in steps() if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["fetch-depth"] == 0


def test_the_summary_is_the_diff_against_the_base_branch():
    step = summary_step()
    assert ".venv/bin/python" in readme_commands()[1]  # the environment the test step made
    assert step["env"] == {"BASE": "${{ github.base_ref }}"}
    assert step["run"] == '.venv/bin/python -m knowledge diff "origin/$BASE" >> "$GITHUB_STEP_SUMMARY"'
    assert step["if"] == "${{ !cancelled() }}"  # a failing test run still shows the reviewer the diff
    assert steps().index(step) > steps().index(next(s for s in steps() if "pytest" in s.get("run", "")))


def test_the_summary_steps_command_works_in_a_repository_with_two_commits(tmp_path):
    """The step exactly as the workflow writes it, run by bash in a clone whose origin has the base
    branch: a project checkout (this code, the small knowledge tree) with a second commit on top."""
    upstream = tmp_path / "upstream"
    for package in ("bot", "handlers", "knowledge"):
        shutil.copytree(ROOT / package, upstream / package, ignore=shutil.ignore_patterns("data", "__pycache__"))
    shutil.copytree(MINI / "knowledge" / "data", upstream / "knowledge" / "data")
    shutil.copytree(MINI / "seeds", upstream / "seeds")
    git(upstream, "init", "-q", "-b", "main")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "base")
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", str(upstream), str(checkout)], check=True)
    change_knowledge(checkout)
    git(checkout, "commit", "-q", "-am", "the pull request")
    python = checkout / ".venv" / "bin" / "python"  # the environment the test step made: this one
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")

    step = summary_step()
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, capture_output=True, text=True,
                          env={**os.environ, "BASE": "main", "GITHUB_STEP_SUMMARY": str(summary)})
    assert (done.returncode, done.stderr) == (0, "")
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("## What readers will see differently: origin/main → working tree\n")
    assert "### `/who Abbas Kamel`" in written and "+• November 2025 (estimated) — Cairo talks called" in written

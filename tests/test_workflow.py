"""The pull-request workflow runs what the README says, and puts the answers' diff in the job summary."""

from __future__ import annotations

from pathlib import Path

import yaml

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

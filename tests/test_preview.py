"""`python -m bot ask`: the local preview and its JSON, a public interface for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.preview import ask_json

CITATION_KEYS = {"source", "quote", "outlet", "headline", "published", "published_basis", "url"}


def run(args, build, stdin=None):
    env = {**os.environ, "KNOWLEDGE_BUILD": str(build)}
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], input=stdin, capture_output=True,
                          text=True, env=env)


def test_text_preview(mini_build):
    done = run(["/who haniyeh"], mini_build)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["Ismail Haniyeh", "=============="]
    assert "[1] Example Weekly, 7 November 2025 (date estimated), headline not known: " \
           "“Hamas’s delegation – led by Ismail Haniyeh”" in lines


def test_json_preview_fields(mini_build):
    done = run(["--json", "/who haniyeh"], mini_build)
    data = json.loads(done.stdout)
    assert data["command"] == "who" and data["query"] == "haniyeh" and data["status"] == "found"
    assert data["match"] == {"id": "ismail-haniyeh", "name": "Ismail Haniyeh", "kind": "person"}
    assert data["candidates"] == []
    assert set(data["facts"][0]) == {"text", "as_of", "citations"}
    assert set(data["facts"][0]["citations"][0]) == CITATION_KEYS
    assert set(data["events"][0]) >= {"date", "precision", "date_basis", "title", "citations"}
    assert set(data["slack"]) == {"response_type", "text", "blocks"}
    assert data["slack"]["response_type"] == "ephemeral"


def test_json_lines_from_stdin(mini_build):
    done = run(["--json", "-"], mini_build, stdin="/who Abbas\n\n/timeline Cairo since 2024\n/who nobody at all\n/what\n")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["command"], r["status"]) for r in rows] == [
        ("who", "ambiguous"), ("timeline", "found"), ("who", "not_found"), (None, "error")]
    assert [c["id"] for c in rows[0]["candidates"]] == ["abbas-kamel", "mahmoud-abbas"]
    assert [e["date"] for e in rows[1]["events"]] == ["2025-11"]
    assert rows[3]["message"].startswith("unknown command /what")


def test_missing_build_says_what_to_run(tmp_path):
    done = run(["/who x"], tmp_path / "none.json")
    assert done.returncode == 2
    assert "run `python -m knowledge build` first" in done.stderr


@pytest.mark.parametrize("line", ["/who Haniyeh", "/timeline Cairo", "/who Abbas", "/who nobody", "/who help"])
def test_every_status_has_a_slack_payload(mini_store, line):
    data = ask_json(line, mini_store)
    assert data["slack"]["text"]
    assert data["slack"]["blocks"]

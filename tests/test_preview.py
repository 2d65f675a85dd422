"""`python -m bot ask`: the local preview and its JSON, a public interface for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.preview import JSON_FIELDS, ask_json, ask_text
from bot.state import BUTTON_VALUE_LIMIT

CITATION_KEYS = {"source", "quote", "outlet", "headline", "published", "published_basis", "url", "derivation"}


def run(args, build, stdin=None):
    env = {**os.environ, "KNOWLEDGE_BUILD": str(build)}
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], input=stdin, capture_output=True,
                          text=True, env=env)


def test_text_preview(mini_build):
    done = run(["/who haniyeh"], mini_build)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["Ismail Haniyeh", "=============="]
    assert "> “Hamas’s delegation – led by Ismail Haniyeh” — Example Weekly, about 7 Nov 2025" in lines


def test_json_preview_fields(mini_build):
    done = run(["--json", "/who haniyeh"], mini_build)
    data = json.loads(done.stdout)
    assert data["command"] == "who" and data["query"] == "haniyeh" and data["status"] == "found"
    assert data["match"] == {"id": "ismail-haniyeh", "name": "Ismail Haniyeh", "kind": "person"}
    assert data["candidates"] == []
    assert set(data["facts"][0]) == {"text", "key", "as_of", "citations"}
    assert set(data["facts"][0]["citations"][0]) == CITATION_KEYS
    assert set(data["events"][0]) >= {"date", "precision", "date_basis", "title", "citations"}
    assert set(data["slack"]) == {"response_type", "text", "blocks"}
    assert data["slack"]["response_type"] == "ephemeral"


def test_json_lines_from_stdin(mini_build):
    done = run(["--json", "-"], mini_build, stdin="/who Abbas\n\n/timeline Cairo since 2024\n/who nobody at all\n/what\n")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    # Line n of the output answers line n of the input, the blank line included.
    assert [(r["command"], r["status"]) for r in rows] == [
        ("who", "ambiguous"), (None, "usage"), ("timeline", "found"), ("who", "not_found"), (None, "error")]
    assert [c["id"] for c in rows[0]["candidates"]] == ["abbas-kamel", "mahmoud-abbas"]
    assert [e["date"] for e in rows[2]["events"]] == ["2025-11"]
    assert rows[4]["message"].startswith("There is no command “/what”: the bot answers /who and /timeline.")
    assert all(set(row) == set(JSON_FIELDS) | {"slack"} for row in rows), "every row has every documented field"


def test_a_reader_that_stops_early_gets_no_traceback(mini_build):
    """`python -m bot ask … | head`: the reader closes the pipe before the answer is written."""
    env = {**os.environ, "KNOWLEDGE_BUILD": str(mini_build)}
    with subprocess.Popen([sys.executable, "-m", "bot", "ask", "/timeline Cairo"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env) as process:
        process.stdout.close()
        stderr = process.stderr.read().decode()
    assert process.returncode == 1 and stderr == ""


def test_missing_build_says_what_to_run(tmp_path):
    done = run(["/who x"], tmp_path / "none.json")
    assert done.returncode == 2
    assert "run `python -m knowledge build` first" in done.stderr


@pytest.mark.parametrize("line", ["/who Haniyeh", "/timeline Cairo", "/who Abbas", "/who nobody", "/who help"])
def test_every_status_has_a_slack_payload(mini_store, line):
    data = ask_json(line, mini_store)
    assert data["slack"]["text"]
    assert data["slack"]["blocks"]


def button_values(payload: dict) -> list[str]:
    return [element["value"] for block in payload["blocks"]
            for element in [block.get("accessory") or {}, *block.get("elements", [])] if "value" in element]


@pytest.mark.parametrize("text", ["x" * 3000, '"' * 1000, "\\" * 1000, "Abbas " + '"\\' * 700, "\u0001" * 500])
@pytest.mark.parametrize("command", ["/who", "/timeline"])
def test_no_input_crashes_the_preview_or_overflows_a_button(mini_store, command, text):
    data = ask_json(f"{command} {text}", mini_store)
    assert data["status"] in {"not_found", "ambiguous", "usage", "found"}
    values = button_values(data["slack"])
    assert all(len(value) <= BUTTON_VALUE_LIMIT for value in values)
    assert ask_text(f"{command} {text}", mini_store)


@pytest.mark.parametrize("line, status", [("", "usage"), ("   ", "usage"), ("Hamas", "error"), ("/what now", "error"),
                                          ("who Haniyeh", "found"), ("/WHO Haniyeh", "found")])
def test_unknown_commands_and_a_missing_slash_get_the_bots_usage(mini_store, line, status):
    data = ask_json(line, mini_store)
    assert set(data) == set(JSON_FIELDS) | {"slack"}
    assert data["status"] == status
    if status != "found":
        assert "/who <name>" in data["message"] and "/timeline <topic" in data["message"]
        assert "/who <name>" in ask_text(line, mini_store)


def test_ask_warns_when_the_build_is_older_than_the_knowledge(tmp_path, mini_build):
    from bot.preview import stale_build_warning

    root = tmp_path / "tree"
    (root / "knowledge" / "data").mkdir(parents=True)
    build = tmp_path / "knowledge.json"
    build.write_text("{}")
    edited = root / "knowledge" / "data" / "sources.toml"
    edited.write_text("")
    os.utime(build, (1_000_000, 1_000_000))
    warning = stale_build_warning(build, root)
    assert "older than knowledge/data/sources.toml" in warning and "`python -m knowledge build`" in warning
    os.utime(build, None)
    os.utime(edited, (1_000_000, 1_000_000))
    assert stale_build_warning(build, root) is None


def test_ask_prints_the_stale_warning_on_stderr(tmp_path, mini_build):
    import shutil

    old = tmp_path / "old.json"
    shutil.copy(mini_build, old)
    shutil.copy(mini_build.with_suffix(".sqlite"), old.with_suffix(".sqlite"))  # the build's serving index
    os.utime(old, (1_000_000, 1_000_000))  # older than any file in the working tree
    done = run(["/who haniyeh"], old)
    assert done.returncode == 0
    assert "warning: the knowledge build" in done.stderr and "python -m knowledge build" in done.stderr
    assert done.stdout.startswith("Ismail Haniyeh")

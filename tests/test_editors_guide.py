"""The editors' guide (knowledge/README.md) stays true: its field list is the schema's, its TOML
examples use only keys that exist, and its worked example, replayed command by command, prints what the
guide shows."""

from __future__ import annotations

import re
import shlex
import shutil
import tomllib
from pathlib import Path

from pydantic import ValidationError

from knowledge.__main__ import main
from knowledge.editing.dictionary import field_table
from knowledge.schema import CommonNamesFile, Entity, Event, SourcesFile
from tests.conftest import MINI, PROJECT_ROOT
from tests.test_diff import git

GUIDE_PATH = PROJECT_ROOT / "knowledge" / "README.md"
GUIDE = GUIDE_PATH.read_text(encoding="utf-8")
STEP = re.compile(r"(?:<!-- write: (?P<path>\S+) -->\n)?```(?P<lang>console|toml)\n(?P<body>.*?)```"
                  # Output that holds Markdown fences itself (diff's), in a four-backtick block after its command:
                  r"|<!-- output of: (?P<command>[^>]+?) -->\n````markdown\n(?P<output>.*?)````", re.S)


def test_the_readme_links_to_the_guide():
    assert "(knowledge/README.md)" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_guide_lists_every_field_of_the_schema_and_no_other():
    listed = re.search(r"<!-- fields: begin -->\n(.*)<!-- fields: end -->", GUIDE, re.S)[1]
    assert listed == field_table(), "run `python -m knowledge schema --markdown` and paste it into the guide"


def test_the_guides_toml_examples_use_only_keys_that_exist():
    blocks = [m["body"] for m in STEP.finditer(GUIDE) if m["lang"] == "toml"]
    assert blocks
    for block in blocks:
        data = tomllib.loads(block)
        model = (CommonNamesFile if "names" in data else SourcesFile if "sources" in data
                 else Event if "date" in data else Entity)
        try:
            model.model_validate(data)
        except ValidationError as error:
            unknown = [e["loc"] for e in error.errors() if e["type"] == "extra_forbidden"]
            assert unknown == [], f"the guide names keys the schema does not have: {unknown}"


def test_the_worked_example_prints_what_the_guide_shows(tmp_path, capsys, monkeypatch):
    root = tmp_path / "desk"
    shutil.copytree(MINI, root)
    git(root, "init", "-q", "-b", "main")  # diff compares the working tree with the last commit
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the desk's knowledge")
    monkeypatch.chdir(PROJECT_ROOT)  # the guide's paths (tests/data/...) are relative to the project
    replayed = 0
    for step in STEP.finditer(GUIDE):
        if step["command"]:
            steps = [(step["command"], step["output"])]
        elif step["path"]:
            (root / step["path"]).write_text(step["body"], encoding="utf-8")
            continue
        elif step["lang"] != "console":
            continue
        else:
            steps = _transcript(step["body"])
        for command, expected in steps:
            words = shlex.split(command)
            assert words[:3] == ["python", "-m", "knowledge"], command
            main(["--root", str(root), *words[3:]])
            out, err = capsys.readouterr()
            assert out + err == expected, f"the guide's output of `{command}` is out of date"
            replayed += 1
    assert replayed >= 6


def _transcript(body: str) -> list[tuple[str, str]]:
    """`$ command` lines, each with the output lines below it."""
    pairs: list[tuple[str, str]] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            pairs.append((line[2:].strip(), ""))
        else:
            command, output = pairs[-1]
            pairs[-1] = (command, output + line)
    return pairs

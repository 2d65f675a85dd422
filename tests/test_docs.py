"""The README and the CI script stay true to the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.preview import ask_json

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)[1]
    return [line for line in first_block.splitlines() if line.strip()]


def test_readme_opens_with_exactly_two_commands():
    assert README.index("```sh") < README.index("\n## ")
    run, test = readme_commands()
    assert run.endswith(".venv/bin/python -m bot")
    assert test.endswith(".venv/bin/python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))]
    assert commands == [readme_commands()[1]]


def test_every_json_field_is_documented(mini_store):
    data = ask_json("/timeline Cairo", mini_store)
    documented = set(re.findall(r"^\| `([a-z_]+)`", README, re.M)) | {"since", "until"}
    assert set(data) <= documented, f"undocumented: {sorted(set(data) - documented)}"
    citation = data["events"][0]["citations"][0]
    for key in citation:
        assert f"`{key}`" in README


def test_every_editor_command_is_documented():
    for command in ("check", "build", "schema", "format", "new", "add-source", "stale"):
        assert f"python -m knowledge {command}" in README


def test_every_setting_is_documented():
    import inspect

    from bot import settings

    variables = set(re.findall(r'env(?:\.get)?[\[(]"([A-Z_]+)"', inspect.getsource(settings)))
    assert variables >= {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "KNOWLEDGE_BUILD"}
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for variable in variables:
        assert f"| `{variable}` |" in README, f"{variable} is not in the README's settings table"
        assert f"\n{variable}=" in example, f"{variable} is not in .env.example"


def test_the_readme_ask_examples_are_real_output(real_store):
    """Every `$ KNOWLEDGE_TODAY=… python -m bot ask "…"` example shows what the preview prints (a
    trailing "…" line stands for the rest)."""
    import datetime as dt

    from bot.preview import ask_text
    from handlers import Freshness

    examples = re.findall(r'^\$ KNOWLEDGE_TODAY=(\S+) python -m bot ask "([^"]+)"\n(.*?)(?=\n\n\$ |\n```)',
                          README, re.M | re.S)
    assert len(examples) >= 4
    for today, command, shown in examples:
        printed = ask_text(command, real_store, Freshness(today=dt.date.fromisoformat(today))).splitlines()
        lines = shown.splitlines()
        if lines[-1] == "…":
            lines, printed = lines[:-1], printed[: len(lines) - 1]
        assert printed == lines, command

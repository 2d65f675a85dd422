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


def _matching_rules() -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of the README's "How names are matched" (its top-level bullets, before "Measured"),
    each with its example lines: (outcome, the rest of the line)."""
    start = README.index("## How names are matched\n")
    section = README[start:README.index("### Measured\n", start)]
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in section.splitlines():
        if line.startswith("- **"):
            rules.append((line, []))
        elif example := re.match(r"^  - (Answers|Asks|No entry): (.+)$", line):
            rules[-1][1].append((example[1], example[2]))
    return rules


def test_every_matching_rule_in_the_readme_shows_what_it_finds_and_what_it_still_refuses():
    rules = _matching_rules()
    assert len(rules) >= 30
    for rule, examples in rules:
        outcomes = {outcome for outcome, _ in examples}
        assert "Answers" in outcomes and outcomes & {"Asks", "No entry"}, rule


def test_the_readme_matching_examples_are_what_the_bot_does(real_store):
    """Answers: "query" (the entry answered); Asks: "query" (entries the question lists, among others
    perhaps); No entry: "query"."""
    checked = 0
    for _rule, examples in _matching_rules():
        for outcome, rest in examples:
            shown = re.findall(r'"([^"]+)"(?: \(([^)]*)\))?(?:, |$)', rest)
            assert shown and rest.startswith('"'), rest
            for query, names in shown:
                resolution = real_store.resolve(query)
                listed = [real_store.summary(c.entity).name for c in resolution.candidates]
                if outcome == "Answers":
                    assert resolution.decision == "found", (query, resolution.decision, listed)
                    assert real_store.summary(resolution.entity).name == names, (query, resolution.entity)
                elif outcome == "Asks":
                    assert resolution.decision == "ambiguous", (query, resolution.decision, listed)
                    assert set(names.split(", ")) <= set(listed), (query, listed)
                else:
                    assert resolution.decision == "not_found" and not names, (query, resolution.decision)
                checked += 1
    assert checked >= 100

"""The README's Reliability section stays true: the files it names exist, its figures are the code's,
and its lock command is the one that made requirements.lock."""

from __future__ import annotations

import re
from pathlib import Path

from bot import calls, wsgi
from tests.test_lock import REGENERATE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Reliability\n"):README.index("\n## ", README.index("## Reliability\n") + 1)]


def test_every_file_the_section_names_exists():
    named = set(re.findall(r"`((?:bot|knowledge|tests|bench)/[\w/]+\.py|requirements\.lock)`", SECTION))
    assert {"tests/test_hostile_input.py", "tests/test_slack_failing.py", "bot/calls.py"} <= named
    for path in named:
        assert (ROOT / path).is_file(), f"the README's Reliability section names {path}, which does not exist"


def test_the_section_states_the_codes_limits():
    assert wsgi.MAX_BODY == 1024 * 1024 and "over 1 MiB (`bot.wsgi.MAX_BODY`)" in SECTION
    assert f"{calls.TIMEOUT:g}-second timeouts" in SECTION and f"{calls.POOL_SIZE} threads" in SECTION
    assert f"(up to {calls.MAX_RETRY_AFTER} s)" in SECTION


def test_the_lock_command_is_the_one_that_made_the_lock():
    command = REGENERATE.removeprefix("regenerate it: ")
    assert command in SECTION
    assert command in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()[1]
    assert "pip install --require-hashes -r requirements.lock" in SECTION
    assert "pip-audit" in SECTION and "python bench/soak.py" in SECTION

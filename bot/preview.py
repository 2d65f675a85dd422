"""The local preview: one command in, the answer out as text or as the documented JSON.

It takes the Slack path's own steps (`bot.state.command_state`, then `rebuild`, then `render`), so a
line gives the same answer here as the same command in Slack, whatever it contains.
"""

from __future__ import annotations

from pathlib import Path

from bot.render import render
from bot.state import command_state, rebuild
from bot.terminal import payload_to_text
from handlers import COMMANDS, Freshness
from handlers.answers import Answer
from knowledge.serving.store import BUILD_COMMAND, KnowledgeStore

JSON_FIELDS = ("command", "query", "status", "match", "candidates", "facts", "facts_from", "facts_total", "events",
               "page", "since", "until", "message", "revision", "as_of", "stale", "reviewed", "reviewer")


def split_command(line: str) -> tuple[str, str]:
    """"/who Khalil al-Hayya" → ("who", "Khalil al-Hayya"). The slash may be left out, as in local mode;
    anything else comes back as typed, for the bot's answer to an unknown command."""
    words = line.strip().split(maxsplit=1)
    if not words:
        return "", ""
    first, text = words[0], words[1] if len(words) > 1 else ""
    name = first.lstrip("/").lower()
    return (name if name in COMMANDS else first), text


def ask(line: str, store: KnowledgeStore, freshness: Freshness | None = None) -> tuple[Answer, dict]:
    state = command_state(*split_command(line))
    result = rebuild(state, store, freshness)
    return result, render(result, button_value=state)


def ask_text(line: str, store: KnowledgeStore, freshness: Freshness | None = None) -> str:
    return payload_to_text(ask(line, store, freshness)[1])


def ask_json(line: str, store: KnowledgeStore, freshness: Freshness | None = None) -> dict:
    """Every documented field, for every line: an unknown command or a blank line included."""
    result, payload = ask(line, store, freshness)
    data = result.model_dump(mode="json", include=set(JSON_FIELDS))
    data["slack"] = payload
    return data


def stale_build_warning(build: Path, root: Path) -> str | None:
    """Why the build may not show the working tree's knowledge: a knowledge file or seed changed after
    the build was written. None when the build is newer than all of them."""
    inputs = [*(root / "knowledge" / "data").rglob("*.toml"), *(root / "seeds").glob("*.txt")]
    if not inputs or not build.is_file():
        return None
    newest = max(inputs, key=lambda path: path.stat().st_mtime)
    if newest.stat().st_mtime <= build.stat().st_mtime:
        return None
    return (f"the knowledge build {build} is older than {newest.relative_to(root)}: "
            f"run `{BUILD_COMMAND}` to answer from the working tree's knowledge")

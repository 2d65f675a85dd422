"""The local preview: one command in, the answer out as text or as the documented JSON."""

from __future__ import annotations

from bot.render import render
from bot.terminal import payload_to_text
from handlers import answer
from handlers.answers import Answer
from knowledge.serving.store import KnowledgeStore

JSON_FIELDS = ("command", "query", "status", "match", "candidates", "facts", "events", "page", "since",
               "until", "message", "revision")


def split_command(line: str) -> tuple[str, str]:
    """"/who Khalil al-Hayya" → ("who", "Khalil al-Hayya"). Unknown commands raise ValueError."""
    name, _, text = line.strip().partition(" ")
    name = name.lstrip("/").lower()
    if name not in {"who", "timeline"}:
        raise ValueError(f"unknown command {line.split()[0] if line.split() else '(empty)'}: "
                         "use /who or /timeline")
    return name, text.strip()


def ask(line: str, store: KnowledgeStore) -> tuple[Answer, dict]:
    command, text = split_command(line)
    result = answer(command, text, store)
    return result, render(result)


def ask_text(line: str, store: KnowledgeStore) -> str:
    return payload_to_text(ask(line, store)[1])


def ask_json(line: str, store: KnowledgeStore) -> dict:
    try:
        result, payload = ask(line, store)
    except ValueError as error:
        return {"command": None, "query": line, "status": "error", "message": str(error)}
    data = result.model_dump(mode="json", include=set(JSON_FIELDS))
    data["slack"] = payload
    return data

"""The slash commands as pure functions: (command text, knowledge store) → Answer. No Slack here."""

from __future__ import annotations

from collections.abc import MutableMapping

from handlers.answers import Answer
from handlers.freshness import Freshness
from handlers.parsing import plain_text
from handlers.timeline import timeline
from handlers.usage import unknown_command
from handlers.who import who
from knowledge.serving.store import KnowledgeStore

COMMANDS = {"who": who, "timeline": timeline}

__all__ = ["Answer", "COMMANDS", "Freshness", "answer"]


def answer(command: str, text: str, store: KnowledgeStore, page: int = 1, entity_id: str | None = None,
           facts_from: int = 0, freshness: Freshness | None = None,
           cards: MutableMapping[tuple, Answer] | None = None) -> Answer:
    """Answer `/command text`. `command` is "who" or "timeline" (with or without the slash).

    `entity_id` skips name matching: a user who picked one of the candidates gets that entity.
    `facts_from` is where More facts continues a /who card; `freshness` says when an answer whose
    newest source is old may be out of date (without it, none is marked); `cards` keeps /who cards
    once built (see `handlers.who.who`).
    """
    name = command.strip().lstrip("/").lower()
    query = plain_text(text)
    if name not in COMMANDS:
        return unknown_command(command, query, store)
    if name == "timeline":
        return timeline(query, store, page=page, entity_id=entity_id, freshness=freshness)
    return who(query, store, entity_id=entity_id, facts_from=facts_from, freshness=freshness, cards=cards)

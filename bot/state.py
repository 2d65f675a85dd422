"""What a button carries: the state that rebuilds its answer, as JSON that fits Slack's 2,000 characters.

Slack counts the characters of a button's value, and the value is JSON: a `"` or `\\` a user typed
costs two characters there, a control character six. So the cap is on the encoded size, here, in one
place: the Slack listeners and the preview (`python -m bot ask`) both start from `command_state`, so
they answer the same words, and every button's value is made by `encode`.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping

import handlers
from handlers.parsing import plain_text
from knowledge.serving.store import KnowledgeStore

BUTTON_VALUE_LIMIT = 2000  # Slack's limit on a button's value
# Room kept free for what a button adds to the command's state: a page, an entity id, a fact offset.
ADDED_STATE_ROOM = 300


def command_state(command: str, text: str) -> dict:
    """The state of a slash command as typed: its name and its words, Slack's markup reduced to labels,
    cut (at the end) so that any button built on it fits."""
    state = {"command": command.strip().lstrip("/").lower(), "text": plain_text(text)}
    return _fit_text(state, BUTTON_VALUE_LIMIT - ADDED_STATE_ROOM)


def encode(state: dict) -> str:
    """A button's value: the state as JSON, at most BUTTON_VALUE_LIMIT characters once encoded."""
    value = json.dumps(state, ensure_ascii=False)
    return value if len(value) <= BUTTON_VALUE_LIMIT else json.dumps(_fit_text(state, BUTTON_VALUE_LIMIT),
                                                                      ensure_ascii=False)


def decode(value: str) -> dict:
    return json.loads(value)


def rebuild(state: dict, store: KnowledgeStore, freshness: handlers.Freshness | None = None,
            cards: MutableMapping | None = None) -> handlers.Answer:
    """The answer a state describes, from the current knowledge (`cards`: see `handlers.answer`)."""
    options = {"page": int(state.get("page", 1)), "facts_from": int(state.get("facts", 0))}
    if state.get("entity"):
        options["entity_id"] = state["entity"]
    return handlers.answer(state["command"], state.get("text", ""), store, freshness=freshness, cards=cards,
                           **options)


def _size(state: dict) -> int:
    return len(json.dumps(state, ensure_ascii=False))


def _fit_text(state: dict, limit: int) -> dict:
    """`state` with its text cut to the longest prefix whose encoded state is within `limit`."""
    if _size(state) <= limit:
        return state
    text = str(state.get("text", ""))
    low, high = 0, len(text)  # the longest fitting prefix, by bisection: the encoded size grows with it
    while low < high:
        middle = (low + high + 1) // 2
        if _size({**state, "text": text[:middle]}) <= limit:
            low = middle
        else:
            high = middle - 1
    fitted = {**state, "text": text[:low].rstrip()}
    if _size(fitted) > limit:
        raise ValueError(f"a button's state does not fit in {limit} characters even without its text")
    return fitted

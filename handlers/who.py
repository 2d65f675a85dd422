"""/who <name>: who a person is, or what an organisation or place is, with every fact cited."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import MutableMapping

from handlers import citing
from handlers.answers import Answer
from handlers.freshness import Freshness
from handlers.parsing import is_help
from handlers.usage import usage
from knowledge.serving.store import KnowledgeStore

CARD_FACTS = 5  # facts a card shows at most; More facts shows the next ones


def who(text: str, store: KnowledgeStore, entity_id: str | None = None, facts_from: int = 0,
        freshness: Freshness | None = None, cards: MutableMapping[tuple, Answer] | None = None) -> Answer:
    """`cards`: where cards already built are kept (the bot's bounded cache): a name asked under
    another spelling, a candidate picked or a card shared gets the entry's card without building it."""
    if entity_id is None and is_help(text):
        return usage("who", text, store)
    resolution = store.resolve(text) if entity_id is None else store.pick(entity_id)
    if resolution.decision != "found":
        return not_sure("who", text, store, resolution)
    key = (store.revision, resolution.entity, facts_from)
    built = cards.get(key) if cards is not None else None
    if built is None:
        built = card(store, resolution.entity, facts_from)
        if cards is not None:
            cards[key] = built
    newest = dt.date.fromisoformat(built.as_of) if built.as_of else None
    return built.model_copy(update={"query": text, "stale": bool(newest and freshness and freshness.is_stale(newest))})


def card(store: KnowledgeStore, entity_id: str, facts_from: int = 0) -> Answer:
    """The entry's card, whoever asked and however: `query` empty, `stale` not worked out. The build
    worked it out (`knowledge.serving.cards`); only the facts it shows are read."""
    return card_answer(store.card(entity_id, facts_from, CARD_FACTS), store.revision)


def card_answer(text: str, revision: str) -> Answer:
    """A card's answer from its stored text (`knowledge.serving.cards.card_text`): parsed once, by the
    answer's model, with the fields no card holds put in front of it."""
    fields = json.dumps({"command": "who", "query": "", "status": "found", "revision": revision})
    return Answer.model_validate_json(f"{fields[:-1]},{text.lstrip()[1:]}")


def not_sure(command: str, text: str, store: KnowledgeStore, resolution, **limits) -> Answer:
    """No confident match: the name's candidates, and entries whose description or facts say what was
    typed ("Qatari prime minister"), all offered to pick from, never answered."""
    described = store.descriptions.search(text)
    by_name = [c.entity for c in resolution.candidates]
    picks = list(dict.fromkeys([*by_name, *described] if resolution.decision == "ambiguous"
                               else [*described, *by_name]))
    status = resolution.decision
    candidates = citing.candidates(store, picks, described=set(described) - set(by_name))
    if len(candidates) == 1:
        message = f"Did you mean {candidates[0].name}?"
        if status == "not_found":
            message = f"The desk has no entry for “{text}”. {message}"
    elif status == "ambiguous":
        message = f"More than one entry could be “{text}”. Which one do you mean?"
    else:
        message = f"The desk has no entry for “{text}”."
    return Answer(command=command, query=text, status=status, revision=store.revision,
                  candidates=candidates, message=message, **limits)

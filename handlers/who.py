"""/who <name>: who a person is, or what an organisation or place is, with every fact cited."""

from __future__ import annotations

from handlers import citing
from handlers.answers import Answer
from handlers.parsing import is_help
from handlers.usage import usage
from knowledge.serving.store import KnowledgeStore

LATEST_EVENTS = 3


def who(text: str, store: KnowledgeStore, entity_id: str | None = None) -> Answer:
    if entity_id is None and is_help(text):
        return usage("who", text, store)
    resolution = store.resolve(text) if entity_id is None else store.pick(entity_id)
    if resolution.decision != "found":
        return Answer(
            command="who", query=text, status=resolution.decision, revision=store.revision,
            candidates=citing.candidates(store, resolution.candidates),
            message=_not_sure(text, resolution.decision),
        )
    entity = store.entities[resolution.entity]
    facts = sorted((citing.fact(store, f) for f in entity.facts), key=lambda f: f.as_of, reverse=True)
    events = store.events_about(entity.id)
    latest = [citing.event(store, e) for e in reversed(events[-LATEST_EVENTS:])]
    return Answer(
        command="who", query=text, status="found", revision=store.revision,
        match=citing.entity_ref(store, entity.id),
        description=entity.description,
        aliases=[alias.name for alias in entity.aliases],
        facts=facts,
        events=latest,
        more_events=len(events) - len(latest),
    )


def _not_sure(text: str, decision: str) -> str:
    if decision == "ambiguous":
        return f"More than one entry could be “{text}”. Which one do you mean?"
    return f"The desk has no entry for “{text}”."

"""Turning the store's records into the answer's cited facts, events and candidates."""

from __future__ import annotations

import datetime as dt

from handlers import answers
from knowledge import schema
from knowledge.names.matching import Scored
from knowledge.serving import cards
from knowledge.serving.store import KnowledgeStore


def event(store: KnowledgeStore, event: schema.Event, subject: str | None = None) -> answers.Event:
    """`subject`: the entity whose timeline this is; an event there only because its place lies
    within the subject says which place (`via`)."""
    place = store.summary(event.place) if event.place else None
    return answers.Event.model_validate(cards.event(event, store.sources, place.name if place else None, subject))


def newest(store: KnowledgeStore, cited: list[list[schema.Citation]]) -> dt.date | None:
    """The newest publication date among groups of citations, or None when there are none."""
    dates = [store.as_of(group) for group in cited if group]
    return max(dates) if dates else None


def entity_ref(store: KnowledgeStore, entity_id: str) -> answers.EntityRef:
    summary = store.summary(entity_id)
    return answers.EntityRef(id=summary.id, name=summary.name, kind=summary.kind)


def candidates(store: KnowledgeStore, scored: tuple[Scored, ...] | list[str],
               described: set[str] = frozenset()) -> list[answers.Candidate]:
    """`described`: the ids offered because their description or facts say what was typed."""
    result = []
    for item in scored:
        summary = store.summary(item if isinstance(item, str) else item.entity)
        result.append(answers.Candidate(**summary._asdict(), found_by="description" if summary.id in described else "name"))
    return result

"""Turning the store's records into the answer's cited facts, events and candidates."""

from __future__ import annotations

import datetime as dt

from handlers import answers
from knowledge import schema
from knowledge.names.matching import Scored
from knowledge.serving.store import KnowledgeStore


def citations(store: KnowledgeStore, cited: list[schema.Citation]) -> list[answers.Citation]:
    result = []
    for citation in cited:
        source = store.sources[citation.source]
        result.append(answers.Citation(
            source=source.id,
            quote=citation.quote,
            outlet=source.outlet,
            headline=source.headline,
            published=source.published.isoformat(),
            published_basis=source.published_basis.value,
            url=source.url,
            derivation=source.derivation,
        ))
    return result


def fact(store: KnowledgeStore, fact: schema.Fact, as_of: dt.date | None = None) -> answers.Fact:
    """`as_of`: the fact's newest source date, where the caller has worked it out already."""
    as_of = as_of or store.as_of(fact.citations)
    return answers.Fact(text=fact.text, key=fact.key, as_of=as_of.isoformat(),
                        citations=citations(store, fact.citations))


def event(store: KnowledgeStore, event: schema.Event, subject: str | None = None) -> answers.Event:
    """`subject`: the entity whose timeline this is; an event there only because its place lies
    within the subject says which place (`via`)."""
    place = store.entities[event.place].name if event.place in store.entities else None
    via = None
    if subject and event.place and subject != event.place and subject not in event.entities:
        via = place
    return answers.Event(
        id=event.id,
        date=event.date.iso(),
        end=event.end.iso() if event.end else None,
        precision=event.date.precision.value,
        date_basis=event.date_basis.value,
        date_window=event.date_window,
        title=event.title,
        place=place,
        via=via,
        citations=citations(store, event.citations),
        reviewed=event.reviewed.isoformat() if event.reviewed else None,
        reviewer=event.reviewer,
    )


def newest(store: KnowledgeStore, cited: list[list[schema.Citation]]) -> dt.date | None:
    """The newest publication date among groups of citations, or None when there are none."""
    dates = [store.as_of(group) for group in cited if group]
    return max(dates) if dates else None


def entity_ref(store: KnowledgeStore, entity_id: str) -> answers.EntityRef:
    entity = store.entities[entity_id]
    return answers.EntityRef(id=entity.id, name=entity.name, kind=entity.kind)


def candidates(store: KnowledgeStore, scored: tuple[Scored, ...] | list[str],
               described: set[str] = frozenset()) -> list[answers.Candidate]:
    """`described`: the ids offered because their description or facts say what was typed."""
    result = []
    for item in scored:
        entity = store.entities[item if isinstance(item, str) else item.entity]
        result.append(answers.Candidate(id=entity.id, name=entity.name, kind=entity.kind,
                                        description=entity.description,
                                        found_by="description" if entity.id in described else "name"))
    return result

"""Turning the store's records into the answer's cited facts, events and candidates."""

from __future__ import annotations

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
        ))
    return result


def fact(store: KnowledgeStore, fact: schema.Fact) -> answers.Fact:
    return answers.Fact(text=fact.text, as_of=store.as_of(fact.citations).isoformat(),
                        citations=citations(store, fact.citations))


def event(store: KnowledgeStore, event: schema.Event) -> answers.Event:
    return answers.Event(
        id=event.id,
        date=event.date.iso(),
        end=event.end.iso() if event.end else None,
        precision=event.date.precision.value,
        date_basis=event.date_basis.value,
        title=event.title,
        citations=citations(store, event.citations),
    )


def entity_ref(store: KnowledgeStore, entity_id: str) -> answers.EntityRef:
    entity = store.entities[entity_id]
    return answers.EntityRef(id=entity.id, name=entity.name, kind=entity.kind)


def candidates(store: KnowledgeStore, scored: tuple[Scored, ...]) -> list[answers.Candidate]:
    result = []
    for item in scored:
        entity = store.entities[item.entity]
        result.append(answers.Candidate(id=entity.id, name=entity.name, kind=entity.kind,
                                        description=entity.description))
    return result

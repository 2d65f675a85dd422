"""/timeline <subject> [since DATE] [until DATE]: dated events about a topic, person, organisation or place."""

from __future__ import annotations

import math

from handlers import citing
from handlers.answers import Answer, Page
from handlers.parsing import FilterError, is_help, timeline_query
from handlers.usage import usage
from knowledge.schema import Event
from knowledge.serving.store import KnowledgeStore

PAGE_SIZE = 10


def timeline(text: str, store: KnowledgeStore, page: int = 1, entity_id: str | None = None) -> Answer:
    if is_help(text):
        return usage("timeline", text, store)
    try:
        query = timeline_query(text)
    except FilterError as error:
        return usage("timeline", text, store, problem=str(error))
    if not query.subject:
        return usage("timeline", text, store, problem="Say what the timeline is about.")
    limits = {"since": query.since.iso() if query.since else None,
              "until": query.until.iso() if query.until else None}

    if entity_id is not None:
        topic_events, resolution = [], store.pick(entity_id)
    else:
        topic_events, resolution = store.events_on_topic(query.subject), store.resolve(query.subject)
    match = None
    if resolution.decision == "found":
        match = citing.entity_ref(store, resolution.entity)
        events = _union(store.events_about(resolution.entity), topic_events)
    elif topic_events:
        events = topic_events
    else:
        return Answer(
            command="timeline", query=query.subject, status=resolution.decision, revision=store.revision,
            candidates=citing.candidates(store, resolution.candidates),
            message=(f"More than one entry could be “{query.subject}”. Which one do you mean?"
                     if resolution.decision == "ambiguous"
                     else f"The desk has no events about “{query.subject}”."),
            **limits,
        )

    events = [e for e in events if _within(e, query.since, query.until)]
    page = query.page or page
    pages = max(1, math.ceil(len(events) / PAGE_SIZE))
    number = min(max(page, 1), pages)
    shown = events[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    return Answer(
        command="timeline", query=query.subject, status="found", revision=store.revision,
        match=match, topic=None if match else query.subject,
        events=[citing.event(store, e) for e in shown],
        page=Page(number=number, pages=pages, size=PAGE_SIZE, total=len(events)),
        message="" if events else "No events in that period.",
        **limits,
    )


def _union(*groups: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for group in groups:
        for event in group:
            seen.setdefault(event.id, event)
    return sorted(seen.values(), key=lambda e: (e.date.first_day(), e.date.last_day(), e.id))


def _within(event: Event, since, until) -> bool:
    last = (event.end or event.date).last_day()
    if since is not None and last < since.first_day():
        return False
    if until is not None and event.date.first_day() > until.last_day():
        return False
    return True

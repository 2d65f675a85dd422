"""/timeline <subject> [since DATE] [until DATE]: dated events about a topic, person, organisation or
place; with only dates (`/timeline 2025`, `/timeline since 2025-11`), every event in that period."""

from __future__ import annotations

import math
from dataclasses import dataclass

from handlers import citing
from handlers.answers import Answer, EntityRef, Page
from handlers.freshness import Freshness
from handlers.parsing import FilterError, is_help, timeline_query
from handlers.usage import usage
from handlers.who import not_sure
from knowledge.schema import Event, PartialDate
from knowledge.serving.store import KnowledgeStore, chronological

PAGE_SIZE = 5  # a phone's screenful or two, each event with its pull quote


@dataclass(frozen=True)
class Selection:
    """Every event a /timeline command asks for, oldest first, before paging."""

    subject: str
    since: PartialDate | None
    until: PartialDate | None
    page: int | None
    match: EntityRef | None
    events: list[Event]


def select_events(text: str, store: KnowledgeStore, entity_id: str | None = None) -> Selection | Answer:
    """The events `/timeline text` lists (every page), or the Answer that says why there are none to list:
    usage help, a name not recognised, candidates to choose from. The TimelineJS export uses it too."""
    if is_help(text):
        return usage("timeline", text, store)
    try:
        query = timeline_query(text)
    except FilterError as error:
        return usage("timeline", text, store, problem=str(error))
    subject, since, until = query.subject, query.since, query.until
    period = _as_period(subject)
    if period is not None:  # `/timeline 2025`: the subject is a period, not a name
        subject, since, until = "", since or period, until or period
    if subject and not any(character.isalnum() for character in subject):
        return usage("timeline", text, store, problem=f"“{subject}” names nothing: say what the timeline is about.")
    if not subject and since is None and until is None:
        return usage("timeline", text, store, problem="Say what the timeline is about, or give dates.")

    match = None
    if not subject:
        events = list(store.events)
    else:
        if entity_id is not None:
            topic_events, resolution = [], store.pick(entity_id)
        else:
            topic_events, resolution = store.events_on_topic(subject), store.resolve(subject)
        if resolution.decision == "found":
            match = citing.entity_ref(store, resolution.entity)
            events = _union(store.events_about(resolution.entity), topic_events)
        elif topic_events:
            events = topic_events
        else:
            return not_sure("timeline", subject, store, resolution, **_limits(since, until))
    events = [e for e in events if _within(e, since, until)]
    return Selection(subject, since, until, query.page, match, events)


def timeline(text: str, store: KnowledgeStore, page: int = 1, entity_id: str | None = None,
             freshness: Freshness | None = None) -> Answer:
    selection = select_events(text, store, entity_id)
    if isinstance(selection, Answer):
        return selection
    subject, match, events = selection.subject, selection.match, selection.events
    pages = max(1, math.ceil(len(events) / PAGE_SIZE))
    number = min(max(selection.page or page, 1), pages)
    shown = events[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    newest = citing.newest(store, [e.citations for e in shown])
    return Answer(
        command="timeline", query=subject, status="found", revision=store.revision,
        match=match, topic=subject if subject and not match else None,
        events=[citing.event(store, e, match.id if match else None) for e in shown],
        page=Page(number=number, pages=pages, size=PAGE_SIZE, total=len(events)),
        message="" if events else "No events in that period.",
        as_of=newest.isoformat() if newest else None,
        stale=bool(newest and freshness and freshness.is_stale(newest)),
        **_limits(selection.since, selection.until),
    )


def _limits(since: PartialDate | None, until: PartialDate | None) -> dict:
    return {"since": since.iso() if since else None, "until": until.iso() if until else None}


def _as_period(subject: str) -> PartialDate | None:
    try:
        return PartialDate.parse(subject) if subject else None
    except ValueError:
        return None


def _union(*groups: list[Event]) -> list[Event]:
    seen: dict[str, Event] = {}
    for group in groups:
        for event in group:
            seen.setdefault(event.id, event)
    return sorted(seen.values(), key=chronological)


def _within(event: Event, since: PartialDate | None, until: PartialDate | None) -> bool:
    """An event overlaps the period: one known only to the month (or year) is in a period that
    shares any of its days, so `since 2025-11-05` keeps an event dated November 2025."""
    last = (event.end or event.date).last_day()
    if since is not None and last < since.first_day():
        return False
    if until is not None and event.date.first_day() > until.last_day():
        return False
    return True

"""/timeline <subject> [since DATE] [until DATE]: dated events about a topic, person, organisation or
place; with only dates (`/timeline 2025`, `/timeline since 2025-11`), every event in that period."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from handlers import citing
from handlers.answers import Answer, EntityRef, Page
from handlers.freshness import Freshness
from handlers.parsing import FilterError, is_help, timeline_query
from handlers.usage import usage
from handlers.who import not_sure
from knowledge.schema import Event, PartialDate
from knowledge.serving.store import EventRef, KnowledgeStore

PAGE_SIZE = 5  # a phone's screenful or two, each event with its pull quote
NO_EVENTS = "No events in that period."


@dataclass(frozen=True)
class Selection:
    """Every event a /timeline command asks for, oldest first, before paging: as references (`refs`),
    so that a page reads the records of the events it shows and no others (an entity with a long
    history would otherwise have every event's record read to show five)."""

    subject: str
    since: PartialDate | None
    until: PartialDate | None
    page: int | None
    match: EntityRef | None
    refs: list[EventRef]
    store: KnowledgeStore = field(compare=False, repr=False)
    # Why the timeline is of `match` when the name typed is also another's (`_enclosing_place`).
    note: str = ""

    @property
    def events(self) -> list[Event]:
        """Every event selected, read from the store (the TimelineJS export lists them all)."""
        return self.store.events_at(self.refs)


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

    match, note = None, ""
    if not subject:
        refs = store.event_refs()
    else:
        if entity_id is not None:
            topic_refs, resolution = [], store.pick(entity_id)
        else:
            topic_refs, resolution = store.event_refs_on_topic(subject), store.resolve(subject)
        enclosing = _enclosing_place(store, resolution)
        if resolution.decision == "found":
            match = citing.entity_ref(store, resolution.entity)
            refs = _union(store.event_refs_about(resolution.entity), topic_refs)
        elif enclosing is not None:
            place, within = enclosing
            match = citing.entity_ref(store, place)
            refs = _union(store.event_refs_about(place), topic_refs)
            note = _enclosing_note(subject, match.name, [store.summary(p).name for p in within])
        elif topic_refs:
            refs = topic_refs
        else:
            return not_sure("timeline", subject, store, resolution, **_limits(since, until))
    first = since.first_day().isoformat() if since else None
    last = until.last_day().isoformat() if until else None
    refs = [ref for ref in refs if _within(ref, first, last)]
    return Selection(subject, since, until, query.page, match, refs, store, note)


def timeline(text: str, store: KnowledgeStore, page: int = 1, entity_id: str | None = None,
             freshness: Freshness | None = None) -> Answer:
    selection = select_events(text, store, entity_id)
    if isinstance(selection, Answer):
        return selection
    subject, match, refs = selection.subject, selection.match, selection.refs
    pages = max(1, math.ceil(len(refs) / PAGE_SIZE))
    number = min(max(selection.page or page, 1), pages)
    shown = store.events_at(refs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE])
    newest = citing.newest(store, [e.citations for e in shown])
    return Answer(
        command="timeline", query=subject, status="found", revision=store.revision,
        match=match, topic=subject if subject and not match else None,
        events=[citing.event(store, e, match.id if match else None) for e in shown],
        page=Page(number=number, pages=pages, size=PAGE_SIZE, total=len(refs)),
        message=" ".join(m for m in (selection.note, "" if refs else NO_EVENTS) if m),
        as_of=newest.isoformat() if newest else None,
        stale=bool(newest and freshness and freshness.is_stale(newest)),
        **_limits(selection.since, selection.until),
    )


def _enclosing_place(store: KnowledgeStore, resolution) -> tuple[str, list[str]] | None:
    """Where the name is shared by places one of which holds the others (bare "Gaza": the Gaza Strip,
    and Gaza City within it), that place and the others. Its timeline holds theirs (`event_refs_about`
    takes in the places within), so it is the timeline asked for whichever was meant; a /who card,
    which would say what one of them is, still asks. Only the places the name fits best, all alike."""
    if resolution.decision != "ambiguous" or not resolution.candidates:
        return None
    best = resolution.candidates[0].score
    tied = [c.entity for c in resolution.candidates if c.score == best]
    for place in tied if len(tied) > 1 else ():
        within = [other for other in tied if other != place]
        if all(place in store.enclosing(other) for other in within):
            return place, within
    return None


def _enclosing_note(subject: str, place: str, within: list[str]) -> str:
    names = " and ".join(within)
    return (f"“{subject}” is the name of {place} and of {names}, which lies within it: this is {place}’s "
            f"timeline, which includes what happened in {names}.")


def _limits(since: PartialDate | None, until: PartialDate | None) -> dict:
    return {"since": since.iso() if since else None, "until": until.iso() if until else None}


def _as_period(subject: str) -> PartialDate | None:
    try:
        return PartialDate.parse(subject) if subject else None
    except ValueError:
        return None


def _union(*groups: list[EventRef]) -> list[EventRef]:
    """The events of every group, once each, oldest first (the build's date order)."""
    seen: dict[str, EventRef] = {}
    for group in groups:
        for ref in group:
            seen.setdefault(ref.id, ref)
    return sorted(seen.values(), key=lambda ref: ref.position)


def _within(ref: EventRef, first: str | None, last: str | None) -> bool:
    """An event overlaps the period from day `first` to day `last` (ISO, either open): one known only
    to the month (or year) is in a period that shares any of its days, so `since 2025-11-05` keeps an
    event dated November 2025."""
    if first is not None and ref.last_day < first:
        return False
    if last is not None and ref.first_day > last:
        return False
    return True

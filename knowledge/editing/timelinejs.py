"""`python -m knowledge timelinejs SUBJECT [since …] [until …]`: a timeline as Knight Lab TimelineJS JSON.

The events are those `/timeline SUBJECT` lists (handlers.timeline.select_events, every page), so the
graphics desk publishes what the bot says. The format is TimelineJS3's JSON data format
(https://timeline.knightlab.com/docs/json-format.html): `events` (slides with `start_date`,
`end_date`, `display_date`, `text`, `group`, `unique_id`) and a `title` slide. Dates are date objects
holding only the parts the desk knows (a year; a year and a month; a day), as numbers. Headlines and
texts are HTML, so everything from the knowledge is escaped; the only markup is ours.

What the bot lists (`Listing`) and how it words dates and sources (`Wording`) are passed in by the CLI,
so the export and the bot never list or describe one date two ways, and knowledge/ never imports the
layers above it (handlers/, bot/): events are read here as the answer's plain data (`cards.event`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

from knowledge import schema
from knowledge.editing.errors import EditorError
from knowledge.serving import cards
from knowledge.serving.store import KnowledgeStore

NO_PLACE = "Place not given"


@dataclass(frozen=True)
class Wording:
    """The bot's plain-text wording, of an event and a citation as the answer holds them (plain data,
    `cards.event`): an event's date with how it is known ("20 December 2023 (confirmed)"), and a
    quote's source label ("The National (Abu Dhabi), 20 Dec 2023")."""

    event_date: Callable[[dict], str]
    source_label: Callable[[dict], str]


@dataclass(frozen=True)
class Listing:
    """Every event `/timeline SUBJECT` lists, oldest first, all pages (handlers.timeline.select_events)."""

    subject: str  # as typed, once dates are read off; empty for a timeline of dates only
    since: schema.PartialDate | None
    until: schema.PartialDate | None
    match_id: str | None  # the entity the subject names, if it names one
    match_name: str | None
    events: list[schema.Event]


def timelinejs(listing: Listing, store: KnowledgeStore, wording: Wording) -> dict:
    """The TimelineJS document for what `/timeline` lists; EditorError when there is nothing to export."""
    if not listing.events:
        subject = listing.match_name or listing.subject or "any subject"
        raise EditorError(f"no events for “{subject}”{_period(listing.since, listing.until)}: nothing to export")
    events = [_event(store, event, listing.match_id) for event in listing.events]
    name = listing.match_name or listing.subject or "every event"
    dates = [store.as_of(event.citations) for event in listing.events if event.citations]
    newest = max(dates) if dates else None
    return {
        "title": {
            "text": {
                "headline": _escape(f"Timeline: {name}"),
                "text": _escape(f"{len(events)} event{'s' * (len(events) != 1)}"
                                    f"{_period(listing.since, listing.until)}, from the desk's verified "
                                    f"knowledge (revision {store.revision}); newest source {newest.isoformat()}. "
                                    "Dates marked confirmed or estimated were worked out by the desk."),
            },
        },
        "events": [_slide(event, wording) for event in events],
    }


def nothing_listed(text: str, status: str, message: str, candidates: list[str]) -> EditorError:
    """Why `/timeline text` lists no events, from the bot's answer: its status, its message (usage
    text) and the names of its candidates."""
    if status == "usage":
        problem = message.splitlines()[0] if message else "say what the timeline is about"
        return EditorError(f"{problem.rstrip('.')} (write a subject, e.g. timelinejs Rafah since 2025-08)")
    if candidates:
        return EditorError(f"“{text}” could be {', '.join(candidates)}: say which (nothing exported)")
    return EditorError(f"no entry and no topic for “{text}”: nothing to export")


def _event(store: KnowledgeStore, event: schema.Event, subject: str | None) -> dict:
    """The event as the bot's answer holds it (handlers.citing.event, as plain data)."""
    place = store.summary(event.place) if event.place else None
    return cards.event(event, store.sources, place.name if place else None, subject)


def _slide(event: dict, wording: Wording) -> dict:
    slide = {
        "unique_id": event["id"],
        "start_date": date_object(event["date"]),
        "display_date": wording.event_date(event),
        "text": {"headline": _escape(event["title"]), "text": _quotes(event, wording)},
        "group": event["place"] or NO_PLACE,
    }
    if event["end"]:
        slide["end_date"] = date_object(event["end"])
    return slide


def date_object(iso: str) -> dict:
    """"2007" → {year}; "2023-12" → {year, month}; "2025-11-05" → {year, month, day}: numbers, only
    the parts the desk knows."""
    return dict(zip(("year", "month", "day"), (int(part) for part in iso.split("-"))))


def _quotes(event: dict, wording: Wording) -> str:
    """Each quote as the source prints it, and whose words they are."""
    parts = [f"<p>In {_escape(event['place'])}.</p>"] if event["place"] else []
    for citation in event["citations"]:
        label = _escape(wording.source_label({**citation, "url": ""}))  # the link is the label's
        if citation["url"]:
            label = f'<a href="{html.escape(citation["url"])}">{label}</a>'
        parts.append(f"<blockquote>“{_escape(citation['quote'])}”</blockquote><p>— {label}</p>")
    return "".join(parts)


def _escape(text: str) -> str:
    """HTML text: &, < and > escaped (quotation marks need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def _period(since, until) -> str:
    return "".join(f" {word} {limit.iso()}" for word, limit in (("since", since), ("until", until)) if limit)


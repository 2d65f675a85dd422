"""`python -m knowledge timelinejs SUBJECT [since …] [until …]`: a timeline as Knight Lab TimelineJS JSON.

The events are those `/timeline SUBJECT` lists (handlers.timeline.select_events, every page), so the
graphics desk publishes what the bot says. The format is TimelineJS3's JSON data format
(https://timeline.knightlab.com/docs/json-format.html): `events` (slides with `start_date`,
`end_date`, `display_date`, `text`, `group`, `unique_id`) and a `title` slide. Dates are date objects
holding only the parts the desk knows (a year; a year and a month; a day), as numbers. Headlines and
texts are HTML, so everything from the knowledge is escaped; the only markup is ours.

How dates and sources read is the bot's own wording, passed in by the CLI (`Wording`), so the export
and the bot never describe one date two ways.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

from handlers import citing
from handlers.answers import Answer, Citation, Event
from handlers.timeline import select_events
from knowledge.editing.errors import EditorError
from knowledge.serving.store import KnowledgeStore

NO_PLACE = "Place not given"


@dataclass(frozen=True)
class Wording:
    """The bot's plain-text wording: an event's date with how it is known ("20 December 2023
    (confirmed)"), and a quote's source label ("The National (Abu Dhabi), 20 Dec 2023")."""

    event_date: Callable[[Event], str]
    source_label: Callable[[Citation], str]


def timelinejs(text: str, store: KnowledgeStore, wording: Wording) -> dict:
    """The TimelineJS document for `/timeline text`; EditorError when there is nothing to export."""
    selection = select_events(text, store)
    if isinstance(selection, Answer):
        raise EditorError(_why_nothing(text, selection))
    if not selection.events:
        subject = selection.match.name if selection.match else selection.subject or "any subject"
        raise EditorError(f"no events for “{subject}”{_period(selection.since, selection.until)}: nothing to export")
    subject_id = selection.match.id if selection.match else None
    events = [citing.event(store, event, subject_id) for event in selection.events]
    name = selection.match.name if selection.match else selection.subject or "every event"
    newest = citing.newest(store, [event.citations for event in selection.events])
    return {
        "title": {
            "text": {
                "headline": _escape(f"Timeline: {name}"),
                "text": _escape(f"{len(events)} event{'s' * (len(events) != 1)}"
                                    f"{_period(selection.since, selection.until)}, from the desk's verified "
                                    f"knowledge (revision {store.revision}); newest source {newest.isoformat()}. "
                                    "Dates marked confirmed or estimated were worked out by the desk."),
            },
        },
        "events": [_slide(event, wording) for event in events],
    }


def _slide(event: Event, wording: Wording) -> dict:
    slide = {
        "unique_id": event.id,
        "start_date": date_object(event.date),
        "display_date": wording.event_date(event),
        "text": {"headline": _escape(event.title), "text": _quotes(event, wording)},
        "group": event.place or NO_PLACE,
    }
    if event.end:
        slide["end_date"] = date_object(event.end)
    return slide


def date_object(iso: str) -> dict:
    """"2007" → {year}; "2023-12" → {year, month}; "2025-11-05" → {year, month, day}: numbers, only
    the parts the desk knows."""
    return dict(zip(("year", "month", "day"), (int(part) for part in iso.split("-"))))


def _quotes(event: Event, wording: Wording) -> str:
    """Each quote as the source prints it, and whose words they are."""
    parts = [f"<p>In {_escape(event.place)}.</p>"] if event.place else []
    for citation in event.citations:
        label = _escape(wording.source_label(citation.model_copy(update={"url": ""})))
        if citation.url:
            label = f'<a href="{html.escape(citation.url)}">{label}</a>'
        parts.append(f"<blockquote>“{_escape(citation.quote)}”</blockquote><p>— {label}</p>")
    return "".join(parts)


def _escape(text: str) -> str:
    """HTML text: &, < and > escaped (quotation marks need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def _period(since, until) -> str:
    return "".join(f" {word} {limit.iso()}" for word, limit in (("since", since), ("until", until)) if limit)


def _why_nothing(text: str, answer: Answer) -> str:
    if answer.status == "usage":
        problem = answer.message.splitlines()[0] if answer.message else "say what the timeline is about"
        return f"{problem.rstrip('.')} (write a subject, e.g. timelinejs Rafah since 2025-08)"
    if answer.candidates:
        names = ", ".join(candidate.name for candidate in answer.candidates)
        return f"“{text}” could be {names}: say which (nothing exported)"
    return f"no entry and no topic for “{text}”: nothing to export"

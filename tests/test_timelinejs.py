"""`python -m knowledge timelinejs`: the events /timeline lists, as Knight Lab TimelineJS JSON.

The structure is checked field by field against TimelineJS3's JSON format documentation,
https://timeline.knightlab.com/docs/json-format.html (source: NUKnightLab/TimelineJS3,
website/docs/json-format.njk): its tables "The TimelineJS JSON format consists of a single JSON object",
"Slide objects", "Date objects" and "Text objects" are transcribed below.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import handlers
from bot.render import event_date
from bot.terminal import mrkdwn_to_text
from knowledge.__main__ import main
from knowledge.editing.states import open_state
from tests.conftest import MINI, PROJECT_ROOT

# "The TimelineJS JSON format consists of a single JSON object with the following properties":
# events (required: a list of slide objects), title (a slide object), eras, scale.
TOP_LEVEL, TOP_REQUIRED = {"events", "title", "eras", "scale"}, {"events"}
# "Slide objects": start_date (required, except for title slides), end_date, text, media, group (any
# text), display_date (a string), background, autolink, unique_id (unique among all slides).
SLIDE = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
# "Date objects": year (required; a number), month (a number from 1-12), day (a number), hour, minute,
# second, millisecond, display_date, format.
DATE = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
# "Text objects": headline, text ("Any text. HTML markup is OK.").
TEXT = {"headline", "text"}


def export(capsys, root: Path, *subject: str) -> tuple[int, str, str]:
    status = main(["--root", str(root), "timelinejs", *subject])
    out, err = capsys.readouterr()
    return status, out, err


def timeline_ids(root: Path, subject: str) -> list[str]:
    """Every event `/timeline subject` lists, page after page, as the bot answers it."""
    store = open_state(root)
    ids, page = [], 1
    while True:
        answer = handlers.answer("timeline", subject, store, page=page)
        ids += [event.id for event in answer.events]
        if answer.page.number >= answer.page.pages:
            return ids
        page += 1


def check_date(date: dict, iso: str) -> None:
    assert set(date) <= DATE and "year" in date
    assert all(type(value) is int for value in date.values())  # "A number", for each part we write
    assert 1 <= date.get("month", 1) <= 12 and 1 <= date.get("day", 1) <= 31
    # At the event's precision: only the parts the desk knows.
    assert [date[part] for part in ("year", "month", "day") if part in date] == [int(p) for p in iso.split("-")]


@pytest.mark.parametrize("root, subject", [(MINI, "Hamas"), (MINI, "Cairo"), (PROJECT_ROOT, "Rafah"),
                                           (PROJECT_ROOT, "Hamas since 2025-08"), (PROJECT_ROOT, "2023-12")])
def test_the_document_follows_the_timelinejs_format_field_by_field(capsys, root, subject):
    status, out, err = export(capsys, root, *subject.split())
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert set(document) <= TOP_LEVEL and TOP_REQUIRED <= set(document)

    title = document["title"]
    assert set(title) <= SLIDE and "start_date" not in title  # a title slide needs no date
    assert set(title["text"]) == TEXT and title["text"]["headline"].startswith("Timeline: ")

    store = open_state(root)
    by_id = {event.id: event for event in store.events}
    slides = document["events"]
    assert [slide["unique_id"] for slide in slides] == timeline_ids(root, subject)  # the same events, in order
    for slide in slides:
        assert set(slide) <= SLIDE
        event = by_id[slide["unique_id"]]
        check_date(slide["start_date"], event.date.iso())
        if event.end:
            check_date(slide["end_date"], event.end.iso())
        else:
            assert "end_date" not in slide
        assert set(slide["text"]) == TEXT and all(isinstance(v, str) and v for v in slide["text"].values())
        assert isinstance(slide["group"], str) and slide["group"]
        assert isinstance(slide["display_date"], str)
        for citation in event.citations:  # the quoted words, as the source prints them, and whose they are
            outlet = store.sources[citation.source].outlet
            assert f"<blockquote>“{escaped(exact(store, citation))}”</blockquote><p>— " in slide["text"]["text"]
            assert escaped(outlet) in slide["text"]["text"]


def exact(store, citation) -> str:
    return next(c.quote for e in store.events for c in e.citations if c == citation)


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_dates_read_as_the_bot_reads_them(capsys):
    status, out, _ = export(capsys, MINI, "Hamas")
    store = open_state(MINI)
    answer = handlers.answer("timeline", "Hamas", store)
    expected = [mrkdwn_to_text(event_date(event)) for event in answer.events]
    assert [slide["display_date"] for slide in json.loads(out)["events"]] == expected
    assert expected == ["2007 (in text)", "20 December 2023 (confirmed)", "November 2025 (estimated)"]
    assert [slide["start_date"] for slide in json.loads(out)["events"]] == [
        {"year": 2007}, {"year": 2023, "month": 12, "day": 20}, {"year": 2025, "month": 11}]


def test_everything_from_the_knowledge_is_escaped_html(capsys, mini_root):
    event = mini_root / "knowledge" / "data" / "events" / "2025-11-talks-in-cairo.toml"
    event.write_text(event.read_text(encoding="utf-8").replace(
        'title = "Talks in Cairo described as constructive"', 'title = "Talks in Cairo <b>constructive</b> & calm"'),
        encoding="utf-8")
    status, out, _ = export(capsys, mini_root, "Cairo")
    [slide] = [s for s in json.loads(out)["events"] if s["unique_id"] == "2025-11-talks-in-cairo"]
    assert slide["text"]["headline"] == "Talks in Cairo &lt;b&gt;constructive&lt;/b&gt; &amp; calm"
    # The only markup is the export's own: paragraphs, block quotes and links to the sources.
    assert set(re.findall(r"</?([a-z]+)", slide["text"]["text"])) <= {"p", "blockquote", "a"}


def test_a_source_with_an_address_is_linked(capsys):
    status, out, _ = export(capsys, MINI, "Abbas Kamel")
    [slide] = json.loads(out)["events"]
    assert '<a href="https://example.com/alpha">The Example Times, 20 Dec 2023</a>' in slide["text"]["text"]
    assert slide["group"] == "Cairo"


@pytest.mark.parametrize("subject, message", [
    ("Hamas since 2026", "no events for “Hamas” since 2026: nothing to export"),
    ("nobody we know", "no entry and no topic for “nobody we know”: nothing to export"),
    ("abbas", "“abbas” could be Abbas Kamel, Mahmoud Abbas: say which (nothing exported)"),
])
def test_a_subject_with_no_events_is_one_line_and_a_failure(capsys, subject, message):
    assert export(capsys, MINI, *subject.split()) == (1, "", f"python -m knowledge timelinejs: {message}\n")

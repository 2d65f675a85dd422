"""The renderer: dates as precise as known, citations numbered, everything typed or written escaped."""

from __future__ import annotations

import pytest

from bot.render import date_range, escape, human_date, render
from handlers import answer


@pytest.mark.parametrize("iso, shown", [("2007", "2007"), ("2023-12", "December 2023"), ("2025-11-05", "5 November 2025")])
def test_dates_show_their_precision(iso, shown):
    assert human_date(iso) == shown


@pytest.mark.parametrize("start, end, shown", [
    ("2025-08-11", "2025-08-12", "11–12 August 2025"),
    ("2023-11-24", "2023-12-01", "24 November – 1 December 2023"),
    ("2023-12", "2024-01", "December 2023 – January 2024"),
])
def test_date_ranges(start, end, shown):
    assert date_range(start, end) == shown


def test_escape_only_slacks_control_characters():
    assert escape("<!channel> & Hamas’s \"x\" 'y'") == "&lt;!channel&gt; &amp; Hamas’s \"x\" 'y'"


def test_estimated_dates_say_so(mini_store):
    payload = render(answer("timeline", "Cairo", mini_store))
    text = "\n".join(b["text"]["text"] for b in payload["blocks"] if b["type"] == "section")
    assert "• *November 2025 (estimated)* — Talks in Cairo described as constructive [2]" in text
    assert "• *20 December 2023* — Abbas Kamel meets Ismail Haniyeh in Cairo [1]" in text
    assert "[2] Example Weekly, 7 November 2025 (date estimated), headline not known: " in text
    assert "[1] The Example Times, 20 December 2023, <https://example.com/alpha|Intelligence chiefs meet in Cairo>: " in text


def test_the_same_quote_keeps_one_number(mini_store):
    payload = render(answer("who", "Cairo", mini_store))
    sources = [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section" and "*Sources*" in b["text"]["text"]]
    [block] = sources
    assert block.count("\n[") == len(set(line.split("]")[0] for line in block.splitlines()[1:]))


@pytest.mark.parametrize("query", ["<!channel>", "&lt;!channel&gt;", "<!here> Haniyeh", "<https://evil.example|Haniyeh>", "Abbas <@U1>"])
def test_user_text_pings_nobody_and_links_nowhere(mini_store, query):
    for command in ("who", "timeline"):
        payload = render(answer(command, query, mini_store))
        shown = " ".join(shown_text(payload))  # button values travel back to the bot, never shown
        assert "<!" not in shown
        assert "evil.example" not in shown


def shown_text(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            elif key != "value":
                yield from shown_text(value)
    elif isinstance(node, list):
        for item in node:
            yield from shown_text(item)


def test_fallback_text_carries_the_gist_and_its_source(mini_store):
    payload = render(answer("who", "Haniyeh", mini_store))
    assert payload["text"] == ("Ismail Haniyeh: Hamas leader in December 2023 reporting. "
                               "(source: Example Weekly, 7 November 2025)")
    assert render(answer("who", "Abbas", mini_store))["text"] == "“Abbas” could be: Abbas Kamel, Mahmoud Abbas"


def test_facts_as_of_an_estimated_date_say_about(mini_store):
    payload = render(answer("who", "Haniyeh", mini_store))
    text = str(payload["blocks"])
    assert "_as of about 7 November 2025_" in text
    assert "_as of 20 December 2023_" in text


def test_next_page_keeps_the_date_limits(real_store):
    import json

    payload = render(answer("timeline", "Hamas since 2023", real_store))
    [next_page] = [e for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]
                   if e["action_id"] == "next_page"]
    assert json.loads(next_page["value"]) == {"command": "timeline", "text": "Hamas since 2023", "page": 2}
    hint = [b["elements"][0]["text"] for b in payload["blocks"] if b["type"] == "context"][-1]
    assert hint.endswith("type `/timeline Hamas since 2023 page 2`")
    second = answer("timeline", "Hamas since 2023 page 2", real_store)
    assert second.page.number == 2 and second.since == "2023"

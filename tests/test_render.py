"""The renderer: dates as precise as known, citations numbered, everything typed or written escaped."""

from __future__ import annotations

import pytest

from bot.render import date_range, escape, human_date, printed_in_quote, render
from handlers import answer
from handlers.answers import Citation, Event


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


@pytest.mark.parametrize("quote, printed", [
    ("Talks began on 5 November 2025 in Cairo.", True),
    ("Talks began on November 5, 2025 in Cairo.", True),
    ("Talks began on 15 November 2025 in Cairo.", False),  # another day
    ("Talks began on 5 Novembers ago, in 2025.", False),  # not the month as a word
    ("Talks in 2025 began on 25 November, or 5 November.", True),  # a later occurrence counts
    ("Talks began (5 November) in 2025.", True),
    ("Talks began on 5 November in Cairo.", False),  # no year: the quote does not date it
])
def test_a_day_counts_as_printed_only_beside_its_month_as_words_of_their_own(quote, printed):
    citation = Citation(source="s", quote=quote, outlet="Outlet", headline="", published="2025-11-06",
                        published_basis="in_text", url="")
    event = Event(id="e", date="2025-11-05", precision="day", date_basis="estimated", title="Talks",
                  citations=[citation])
    assert printed_in_quote(event) is printed


def test_escape_only_slacks_control_characters():
    assert escape("<!channel> & Hamas’s \"x\" 'y'") == "&lt;!channel&gt; &amp; Hamas’s \"x\" 'y'"


def section_text(payload: dict) -> str:
    return "\n".join(b["text"]["text"] for b in payload["blocks"] if b["type"] == "section")


def context_text(payload: dict) -> str:
    return "\n".join(e["text"] for b in payload["blocks"] if b["type"] == "context" for e in b["elements"])


def test_every_event_date_says_how_it_is_known_with_a_legend_once(mini_store):
    payload = render(answer("timeline", "Cairo", mini_store))
    text = section_text(payload)
    assert "• *November 2025 _(estimated)_* — Talks in Cairo described as constructive\n" in text
    assert "• *20 December 2023 _(confirmed)_* — Abbas Kamel meets Ismail Haniyeh in Cairo\n" in text
    legend = context_text(payload)
    assert legend.count("Dates:") == 1
    assert "_confirmed_ = worked out by the desk from other dated reports" in legend
    assert "_estimated_ = worked out by the desk, not confirmed" in legend


def test_every_quote_sits_with_a_short_label_and_each_source_is_described_once(mini_store):
    payload = render(answer("timeline", "Cairo", mini_store))
    text = section_text(payload)
    assert ("> “Egyptian intelligence chief Abbas Kamel met Hamas leader Ismail Haniyeh in Cairo on Wednesday, "
            "officials said.” — <https://example.com/alpha|The Example Times, 20 Dec 2023>") in text
    assert "— Example Weekly, about 7 Nov 2025" in text, "an estimated publication date says so"
    notes = context_text(payload)
    assert notes.count("The Example Times, 20 December 2023, <https://example.com/alpha|“Intelligence chiefs meet in Cairo”>") == 1
    assert notes.count("Example Weekly, 7 November 2025 (publication date estimated), headline not known") == 1


def test_a_quote_repeated_in_one_reply_is_shown_in_full_once(real_store):
    from bot.render import Sources
    from handlers.answers import Citation

    first = Citation(source="s", quote="one two three four five six seven eight nine ten eleven twelve",
                     outlet="O", headline="", published="2025-01-02", published_basis="confirmed", url="")
    part = first.model_copy(update={"quote": "three four five"})
    sources = Sources()
    [line] = sources.quotes([first, part])  # a part of another quote of the same fact is not repeated
    assert line == "> “one two three four five six seven eight nine ten eleven twelve” — O, 2 Jan 2025"
    [again] = sources.quotes([first])
    assert again == "> “one two three four five six seven eight… (quoted above)” — O, 2 Jan 2025"


def test_a_translated_source_says_so_beside_every_quote(real_store):
    payload = render(answer("timeline", "2023-12", real_store))
    labels = [line for line in section_text(payload).splitlines() if "SINDOnews" in line]
    assert labels and all("· machine translation" in line for line in labels)
    assert "Machine translation into English" in context_text(payload)


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


def test_next_page_keeps_the_date_limits(real_store):
    import json

    payload = render(answer("timeline", "Hamas since 2023", real_store))
    [next_page] = [e for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]
                   if e["action_id"] == "next_page"]
    assert json.loads(next_page["value"]) == {"command": "timeline", "text": "Hamas since 2023", "page": 2}
    hints = [b["elements"][0]["text"] for b in payload["blocks"] if b["type"] == "context"]
    assert any(h.endswith("type `/timeline Hamas since 2023 page 2`") for h in hints)
    second = answer("timeline", "Hamas since 2023 page 2", real_store)
    assert second.page.number == 2 and second.since == "2023"


def test_a_timeline_of_the_place_holding_another_says_whose_it_is(real_store):
    # "/timeline Gaza": the Gaza Strip's timeline, which holds Gaza City's events; the reply says so
    # under its summary. A timeline asked by its own name carries no such line, nor "No events" twice.
    def contexts(payload):
        return [e["text"] for b in payload["blocks"] if b["type"] == "context" for e in b["elements"]]
    gaza = contexts(render(answer("timeline", "Gaza", real_store)))
    assert any("Gaza City" in text and "Gaza Strip" in text for text in gaza)
    assert not any("Gaza City" in text for text in contexts(render(answer("timeline", "Gaza Strip", real_store))))
    empty = contexts(render(answer("timeline", "Gaza Strip since 2030", real_store)))
    assert sum("No events" in text for text in empty) == 1

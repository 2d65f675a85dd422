"""Issue 7: the /who card, whole timelines, honest dates, freshness and no dead ends, over the real
knowledge (the limits hold for every entity in the store) and through the bolt app Slack talks to."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from slack_sdk import WebClient

from bot.app import create_app
from bot.local import block_actions_body, buttons, slash_command_body
from bot.preview import ask
from bot.render import CARD_FACTS, date_window, escape, human_date, period_text, render
from bot.settings import Settings
from bot.standin import SlackStandIn
from bot.terminal import visible_length
from handlers import Answer, Freshness, answer
from handlers.who import card
from knowledge.serving import index as serving_index
from tests.slack_fixture import assert_valid, dispatch, sign  # noqa: F401
from tests.test_handlers import every_fact

WEEK_AFTER = Freshness(today=dt.date(2025, 11, 14))
YEAR_AFTER = Freshness(today=dt.date(2026, 11, 7))


@pytest.fixture
def real_app(real_build, real_store, tmp_path):
    with SlackStandIn() as slack:
        settings = Settings(bot_token="xoxb-test", signing_secret="test-signing-secret", knowledge_build=real_build,
                            reports_path=tmp_path / "reports.json", today=dt.date(2025, 11, 14))
        yield create_app(settings, real_store, client=WebClient(token="xoxb-test", base_url=slack.api_url),
                         strict_limits=True), slack


def slash(app_and_slack, name: str, text: str) -> dict:
    app, slack = app_and_slack
    body = slash_command_body(name, text, response_url=slack.response_url())
    response = dispatch(app, body, sign(body, secret="test-signing-secret"))
    assert response.status == 200, response.body
    return assert_valid(json.loads(response.body))


def click(app_and_slack, message: dict, action_id: str):
    app, slack = app_and_slack
    button = next(b for b in buttons(message) if b["action_id"] == action_id)
    body = block_actions_body(button, response_url=slack.response_url())
    assert dispatch(app, body, sign(body, secret="test-signing-secret")).status == 200
    received = slack.wait_for(1, timeout=10)  # a click's answer is posted after the acknowledgement
    return [assert_valid(r.body) for r in received if r.kind == "response"]


def test_every_card_in_the_store_is_short_with_its_quotes_beside_its_facts(real_store):
    sizes = {}
    for entity in real_store.entities.values():
        result = answer("who", entity.name, real_store, entity_id=entity.id)
        payload = render(result)
        sizes[entity.id] = visible_length(payload["blocks"])
        text = "\n".join(b["text"]["text"] for b in payload["blocks"] if b["type"] == "section")
        shown = [f for f in result.facts if f"• {escape(f.text)}\n>" in text]
        assert 1 <= len(shown) <= CARD_FACTS or not result.facts, entity.id
        for fact in shown:  # each shown fact has its quote and its source's label right after it
            after = text.split(f"• {escape(fact.text)}\n", 1)[1].split("\n• ")[0]
            for citation in fact.citations:
                assert escape(citation.outlet) in after, (entity.id, fact.text)
        ids = {b["action_id"] for b in buttons(payload)}
        if result.facts_total > len(shown):
            assert "more_facts" in ids, entity.id
        if result.events:
            assert "timeline" in ids, entity.id
    assert max(sizes.values()) <= 4000, max(sizes.items(), key=lambda kv: kv[1])
    assert sum(size > 3100 for size in sizes.values()) == 0, sorted(sizes.items(), key=lambda kv: -kv[1])[:5]


def test_a_card_is_its_builds_head_with_the_facts_of_its_page(real_build, real_store):
    """The handler's card is put together from the stored texts (`KnowledgeStore.card`): every field of
    the head the build wrote, and the facts of the page asked for, a page past the end showing the last."""
    db = serving_index.connect(serving_index.path_for(real_build))
    heads = db.execute("SELECT entity, head FROM cards").fetchall()
    assert len(heads) == len(real_store.entities)
    for entity_id, head in heads:
        facts = [json.loads(fact) for (fact,) in db.execute(
            "SELECT fact FROM card_facts WHERE entity = ? ORDER BY position", (entity_id,))]
        for facts_from in sorted({0, CARD_FACTS, 2 * CARD_FACTS, len(facts) + 3}):
            start = min(facts_from, max(len(facts) - 1, 0))
            expected = Answer.model_validate({"command": "who", "query": "", "status": "found",
                                              "revision": real_store.revision, **json.loads(head),
                                              "facts": facts[start:start + CARD_FACTS], "facts_from": start})
            assert card(real_store, entity_id, facts_from) == expected, (entity_id, facts_from)


def test_key_facts_lead_the_card(real_store):
    keyed = [e for e in real_store.entities.values() if any(f.key for f in e.facts)]
    assert keyed, "the desk marks some facts key"
    for entity in keyed:
        keys = [f.key for f in every_fact(real_store, entity)]
        assert len(keys) == len(entity.facts), entity.id
        assert keys == sorted(keys, reverse=True), entity.id


def test_also_written_is_a_handful_of_recognisable_spellings(real_store):
    result = answer("who", "Haniyeh", real_store)
    assert 1 <= len(result.aliases) <= 5
    assert "إسماعيل هنية" in result.aliases
    assert "Haniyeh" not in result.aliases, "a word of the house name is not another spelling"
    assert all(len(answer("who", e.name, real_store, entity_id=e.id).aliases) <= 5 for e in real_store.entities.values())


def test_more_facts_shows_the_next_ones_in_place_with_the_count_left(real_app):
    card = slash(real_app, "/who", "Hamas")
    more = next(b for b in buttons(card) if b["action_id"] == "more_facts")
    left = int(more["text"]["text"].split("(")[1].split()[0])
    [second] = click(real_app, card, "more_facts")
    assert second["replace_original"] is True
    again = next((b for b in buttons(second) if b["action_id"] == "more_facts"), None)
    shown = json.loads(more["value"])["facts"]
    assert again is None or int(again["text"]["text"].split("(")[1].split()[0]) < left
    assert f"({shown + 1}–" in json.dumps(second, ensure_ascii=False) or f"({shown + 1} of" in json.dumps(second)


def test_the_timeline_button_runs_that_entitys_timeline(real_app):
    card = slash(real_app, "/who", "Qatar")
    [timeline] = click(real_app, card, "timeline")
    assert timeline["replace_original"] is False, "the card stays; the timeline comes below it"
    assert timeline["blocks"][0]["text"]["text"] == "Timeline: Qatar"


@pytest.mark.parametrize("subject", ["Qatar", "Egypt", "Türkiye", "United States", "Israel"])
def test_the_countries_timelines_list_the_events_they_take_part_in(real_store, subject):
    result = answer("timeline", subject, real_store)
    assert result.status == "found" and result.page.total >= 3, (subject, result.page)
    entity = result.match.id
    parties = [e for e in real_store.events if entity in e.entities]
    assert result.page.total >= len(parties)


def test_a_countrys_timeline_includes_events_in_its_places_and_says_so(mini_root, tmp_path):
    from knowledge.editing.build import build
    from knowledge.serving.store import KnowledgeStore

    places = mini_root / "knowledge" / "data" / "places"
    (places / "egypt.toml").write_text('id = "egypt"\nkind = "place"\nname = "Egypt"\n'
                                       'description = "Country whose capital is Cairo."\n', encoding="utf-8")
    cairo = places / "cairo.toml"
    cairo.write_text(cairo.read_text(encoding="utf-8").replace(
        'description = "Capital of Egypt; venue of the talks."\n',
        'description = "Capital of Egypt; venue of the talks."\nwithin = "egypt"\n'), encoding="utf-8")
    build(mini_root, tmp_path / "knowledge.json")
    store = KnowledgeStore.open(tmp_path / "knowledge.json")
    result = answer("timeline", "Egypt", store)
    assert [e.id for e in result.events] == ["2023-12-20-kamel-meets-haniyeh", "2025-11-talks-in-cairo"]
    assert all(e.via == "Cairo" for e in result.events)
    assert "— Talks in Cairo described as constructive _(in Cairo)_" in json.dumps(render(result), ensure_ascii=False)
    assert all(e.via is None for e in answer("timeline", "Cairo", store).events), "Cairo's own events say nothing"


def test_a_year_or_a_date_range_alone_lists_every_event_in_it(real_store):
    year = answer("timeline", "2025", real_store)
    in_2025 = [e for e in real_store.events if e.date.year == 2025]
    assert year.status == "found" and year.page.total == len(in_2025) > 0
    assert (year.since, year.until) == ("2025", "2025")
    since = answer("timeline", "since 2025-11", real_store)
    assert since.page.total == sum(1 for e in real_store.events if (e.end or e.date).last_day() >= dt.date(2025, 11, 1))
    assert render(year)["blocks"][0]["text"]["text"] == "Timeline: every event"
    assert "in 2025" in json.dumps(render(year))


@pytest.mark.parametrize("text", ['"', "…", "-- !!"])
def test_a_subject_of_no_words_is_a_usage_reply(real_store, text):
    result = answer("timeline", text, real_store)
    assert result.status == "usage" and "names nothing" in result.message


def test_ranges_read_naturally():
    assert period_text("2025-11", "2025-11") == "in November 2025"
    assert period_text("2025-08", "2025-11") == "from August to November 2025"
    assert period_text("2025", None) == "since 2025"
    assert period_text(None, "2023-12") == "until December 2023"
    assert date_window("2025-08-11", "2025-08-12") == "11 or 12 August 2025"
    assert date_window("2023-12-10", "2023-12-16") == "some day between 10 and 16 December 2023"


def test_every_timeline_page_is_short_with_one_pull_quote_per_event_and_its_sources(real_store):
    subjects = [(e.name, e.id) for e in real_store.entities.values()]
    subjects += [(text, None) for text in ("2025", "2023", "ceasefire", "hostages", "Rafah tunnels")]
    sizes = {}
    for text, entity in subjects:
        result = answer("timeline", text, real_store, entity_id=entity)
        if result.status != "found" or not result.events:
            continue
        payload = render(result)
        sizes[text] = visible_length(payload["blocks"])
        shown = "\n".join(b["text"]["text"] for b in payload["blocks"] if b["type"] == "section")
        for event in result.events:
            line = shown.split(f" — {escape(event.title)}", 1)[1].split("\n• ")[0]
            assert line.count("> “") == 1, ("one pull quote", text, event.id)
            assert any(f"{escape(c.outlet)}, " in line and human_date(c.published, short=True) in line
                       for c in event.citations), ("the pull quote keeps its outlet and date", text, event.id)
            more = re.search(r"\+(\d+) more quotes?: All quotes", line)
            assert more is None or int(more[1]) < len(event.citations), (text, event.id)
        if any(len(e.citations) > 1 for e in result.events):
            assert "all_quotes" in {b["action_id"] for b in buttons(payload)}, text
    assert len(sizes) > 60
    assert max(sizes.values()) <= 3500, max(sizes.items(), key=lambda kv: kv[1])


def test_all_quotes_shows_the_page_with_every_quote_in_place(real_app, real_store):
    first = slash(real_app, "/timeline", "Hamas")
    [full] = click(real_app, first, "all_quotes")
    assert full["replace_original"] is True
    shown = "\n".join(b["text"]["text"] for b in full["blocks"] if b["type"] == "section")
    events = answer("timeline", "Hamas", real_store).events
    assert sum(len(e.citations) for e in events) > len(events), "the first page has events with several quotes"
    for event in events:
        for citation in event.citations:
            opening = " ".join(escape(citation.quote).split()[:5])
            assert opening in shown, (event.id, citation.quote)
    assert "all_quotes" not in {b["action_id"] for b in buttons(full)}
    following = next(b for b in buttons(full) if b["action_id"] == "next_page")
    assert json.loads(following["value"]) == {"command": "timeline", "text": "Hamas", "page": 2, "all_quotes": True}


def test_previous_page_beside_next_page(real_store):
    second = render(answer("timeline", "Hamas", real_store, page=2))
    ids = [b["action_id"] for b in buttons(second)]
    assert ids.index("previous_page") < ids.index("share")
    previous = next(b for b in buttons(second) if b["action_id"] == "previous_page")
    assert json.loads(previous["value"])["page"] == 1
    assert "previous_page" not in {b["action_id"] for b in buttons(render(answer("timeline", "Hamas", real_store)))}


def test_within_a_month_events_known_only_to_the_month_come_last_and_say_so(real_store):
    pages = every_page(real_store, "since 2025-11 until 2025-11")
    precisions = [e.precision for page in pages for e in page.events if e.precision != "year"]
    assert "day" in precisions and "month" in precisions
    assert precisions == sorted(precisions, key=lambda p: p == "month")
    assert "in November 2025" in json.dumps(render(pages[0]))
    mixed = [page for page in every_page(real_store, "2025")
             if any(e.precision == "month" and e.date in {d.date[:7] for d in page.events if d.precision == "day"}
                    for e in page.events)]
    assert mixed and all("listed after that month's dated events" in json.dumps(render(page)) for page in mixed)


def every_page(store, text: str) -> list:
    first = answer("timeline", text, store)
    return [first] + [answer("timeline", text, store, page=n) for n in range(2, first.page.pages + 1)]


def test_the_help_says_how_month_only_events_are_treated(real_store):
    message = answer("timeline", "help", real_store).message
    assert "known only to the month" in message and "since 2025-11-20" in message


def test_every_event_date_says_how_it_is_known(real_store):
    from bot.render import event_date, printed_in_quote

    shown = answer("timeline", "2025", real_store).events + answer("timeline", "until 2024", real_store).events
    for event in shown:
        text = event_date(event)
        assert printed_in_quote(event) or f"_({event.date_basis.replace('_', ' ')})_" in text, (event.id, text)


@pytest.mark.parametrize("freshness, stale", [(YEAR_AFTER, True), (WEEK_AFTER, False)])
def test_an_old_answer_says_it_may_be_out_of_date(real_store, freshness, stale):
    for line in ("/who Hamas", "/timeline Qatar"):
        result, payload = ask(line, real_store, freshness)
        assert result.stale is stale
        assert ("May be out of date" in payload["text"]) is stale, "the notification text says it too"
        assert ("May be out of date" in json.dumps(payload["blocks"])) is stale
        if stale:
            assert f"the newest source is from" in payload["text"] and result.as_of[:4] in payload["text"]


def test_freshness_through_the_bolt_app(real_app):
    payload = slash(real_app, "/who", "Hamas")  # the app's today is a week after the newest source
    assert "May be out of date" not in payload["text"]


def test_one_candidate_reads_did_you_mean_with_a_show_button(real_app):
    payload = slash(real_app, "/who", "Hniyeh")  # a vowel dropped from one word: asked, not answered
    assert payload["blocks"][0]["text"]["text"] == "Did you mean Ismail Haniyeh?"
    assert [b["text"]["text"] for b in buttons(payload) if b["action_id"].startswith("show_entity:")] == \
        ["Show Ismail Haniyeh"]


def test_no_entry_says_so_and_every_nearest_name_is_a_button(real_app):
    payload = slash(real_app, "/who", "Yair Netanyahu")
    assert payload["blocks"][0]["text"]["text"].startswith("The desk has no entry for “Yair Netanyahu”.")
    assert "show_entity:benjamin-netanyahu" in {b["action_id"] for b in buttons(payload)}


@pytest.mark.parametrize("query, expected", [
    ("Qatari prime minister", "mohammed-bin-abdulrahman-al-thani"),
    ("Turkish intelligence chief", "ibrahim-kalin"),
    ("Egyptian intelligence chief", "abbas-kamel"),
    ("Mossad chief", "david-barnea"),
])
def test_descriptions_and_roles_are_searchable_as_candidates_only(real_app, real_store, query, expected):
    result = answer("who", query, real_store)
    assert result.status != "found", "never a confident answer from a description"
    assert expected in [c.id for c in result.candidates]
    payload = slash(real_app, "/who", query)
    assert f"show_entity:{expected}" in {b["action_id"] for b in buttons(payload)}


def test_an_arrival_window_reads_as_a_window_not_a_visit(mini_root, tmp_path):
    from knowledge.editing.build import build
    from knowledge.serving.store import KnowledgeStore

    event = mini_root / "knowledge" / "data" / "events" / "2025-11-talks-in-cairo.toml"
    text = event.read_text(encoding="utf-8")
    event.write_text(text.replace('date = "2025-11"\n', "date = 2025-11-04\nend = 2025-11-05\ndate_window = true\n"),
                     encoding="utf-8")
    build(mini_root, tmp_path / "knowledge.json")
    store = KnowledgeStore.open(tmp_path / "knowledge.json")
    [shown] = [e for e in answer("timeline", "Cairo", store).events if e.id == "2025-11-talks-in-cairo"]
    assert shown.date_window and (shown.date, shown.end) == ("2025-11-04", "2025-11-05")
    line = json.dumps(render(answer("timeline", "Cairo", store)), ensure_ascii=False)
    assert "4 or 5 November 2025 _(estimated)_" in line and "4–5 November 2025" not in line


def test_a_window_needs_an_end(mini_root):
    from knowledge.editing.check import check

    event = mini_root / "knowledge" / "data" / "events" / "2025-11-talks-in-cairo.toml"
    event.write_text(event.read_text(encoding="utf-8").replace('date = "2025-11"\n', 'date = "2025-11"\ndate_window = true\n'),
                     encoding="utf-8")
    _, problems = check(mini_root)
    assert any("date_window = true needs an end" in str(p) for p in problems), problems

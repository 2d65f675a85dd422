"""Button clicks and the report form, against a stand-in for Slack on 127.0.0.1 (its Web API and the
response_url of each interaction), with signed requests dispatched through the real app."""

from __future__ import annotations

import json

from bot.local import block_actions_body, buttons, view_submission_body
from bot.reports import ReportStore
from tests.slack_fixture import (  # noqa: F401 (pytest fixtures)
    PAGE_SIZE,
    PAGES,
    ask,
    EDITORS,
    app,
    assert_valid,
    dispatch,
    fixture_build,
    settings,
    slack,
    slack_store,
)


def press(app, slack, message: dict, action_id: str, *, ephemeral: bool = True):
    button = next(b for b in buttons(message) if b["action_id"] == action_id or
                  (action_id.endswith(":") and b["action_id"].startswith(action_id)))
    response_url = slack.response_url()
    response = dispatch(app, block_actions_body(button, response_url=response_url, is_ephemeral=ephemeral))
    assert response.status == 200, response.body
    received = slack.take()
    for item in received:
        if item.kind == "response":
            assert item.path == response_url.removeprefix(slack.url), "posts go to this click's response_url"
            if not item.body.get("delete_original"):
                assert_valid(item.body)
    return received


def test_share_posts_in_channel_and_removes_the_private_preview(app, slack):
    preview = ask(app, slack, "hayya")
    posted, removed = press(app, slack, preview, "share")
    assert posted.kind == "response" and posted.body["response_type"] == "in_channel"
    assert posted.body["replace_original"] is False
    assert posted.body["blocks"][:-1] == preview["blocks"][:-1], "the same answer goes to the channel"
    assert "share" not in {b["action_id"] for b in buttons(posted.body)}, "no Share button on a shared answer"
    assert posted.body["unfurl_links"] is False
    assert removed.body == {"delete_original": True}


def test_a_candidate_button_shows_that_entity_in_place_of_the_list(app, slack):
    choices = ask(app, slack, "abbas")
    picks = [b for b in buttons(choices) if b["action_id"].startswith("show_entity:")]
    assert [b["text"]["text"] for b in picks] == ["Show Abbas Kamel", "Show Mahmoud Abbas"]
    dispatch_url = slack.response_url()
    response = dispatch(app, block_actions_body(picks[1], response_url=dispatch_url))
    assert response.status == 200
    [shown] = slack.take()
    assert shown.body["replace_original"] is True and shown.body["response_type"] == "ephemeral"
    assert shown.body["blocks"][0]["text"]["text"] == "Mahmoud Abbas"
    share = next(b for b in buttons(shown.body) if b["action_id"] == "share")
    assert json.loads(share["value"]) == {"command": "who", "text": "abbas", "entity": "mahmoud-abbas"}
    posted, _ = press(app, slack, shown.body, "share")
    assert posted.body["blocks"][0]["text"]["text"] == "Mahmoud Abbas", "sharing a pick shares that entity"


def test_next_page_replaces_the_private_timeline_with_the_next_page(app, slack):
    first = ask(app, slack, "example council", "/timeline")
    [second] = press(app, slack, first, "next_page")
    assert second.body["replace_original"] is True
    assert f"page 2 of {PAGES}" in json.dumps(second.body)
    assert f"Example Council meeting {PAGE_SIZE + 1} on point {PAGE_SIZE + 1}" in json.dumps(second.body)
    page = second
    for number in range(3, PAGES + 1):
        [page] = press(app, slack, page.body, "next_page")
        assert f"page {number} of {PAGES}" in json.dumps(page.body)
    assert "next_page" not in {b["action_id"] for b in buttons(page.body)}, "no Next on the last page"


def test_next_page_on_a_shared_timeline_answers_privately(app, slack):
    first = ask(app, slack, "example council", "/timeline")
    shared, _ = press(app, slack, first, "share")
    [mine] = press(app, slack, shared.body, "next_page", ephemeral=False)
    assert mine.body["replace_original"] is False, "one reader's click does not change the channel's copy"
    assert mine.body["response_type"] == "ephemeral"
    assert f"page 2 of {PAGES}" in json.dumps(mine.body)


def open_form(app, slack, message: dict) -> dict:
    [opened] = press(app, slack, message, "report")
    assert opened.kind == "api" and opened.name == "views.open"
    assert opened.headers.get("Authorization") == "Bearer xoxb-test"
    assert opened.body["trigger_id"].startswith("trigger.")
    view = opened.body["view"]
    assert_valid(view)
    return view


def submit(app, view: dict, text: str) -> dict:
    response = dispatch(app, view_submission_body(view, {"problem": text}))
    assert response.status == 200, response.body
    return json.loads(response.body) if response.body else {}


def test_a_report_is_stored_posted_to_the_editors_and_acknowledged(app, slack, settings):
    answer = ask(app, slack, "hayya")
    view = open_form(app, slack, answer)
    assert view["callback_id"] == "report_problem"
    reply = submit(app, view, "  The meeting was in Doha, not Cairo <!channel> & more  ")
    assert reply["response_action"] == "update"
    assert "stored your report and is passing it to the editors" in json.dumps(reply["view"])
    assert_valid(reply["view"])

    [report] = ReportStore(settings.reports_path).all()
    assert report.reporter.id == "ULOCAL" and report.reporter.name == "you" and report.reporter.team == "TLOCAL"
    assert report.command == "/who hayya" and report.channel == "CLOCAL"
    assert report.revision == app_revision(settings)
    assert report.text == "The meeting was in Doha, not Cairo <!channel> & more"
    assert "Khalil al-Hayya" in report.answer and "The Example Gazette" in report.answer
    assert report.reported_at.endswith("+00:00")
    assert report.id in json.dumps(reply["view"])

    [posted] = slack.take()
    assert posted.name == "chat.postMessage" and posted.body["channel"] == EDITORS
    assert_valid(posted.body)
    text = json.dumps(posted.body)
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp; more" in text
    assert "/who hayya" in text and report.id in text


def app_revision(settings) -> str:
    from knowledge.serving.store import KnowledgeStore

    return KnowledgeStore.open(settings.knowledge_build).revision


def test_an_empty_report_is_refused_in_the_form(app, slack, settings):
    view = open_form(app, slack, ask(app, slack, "hayya"))
    reply = submit(app, view, "   ")
    assert reply == {"response_action": "errors", "errors": {"problem": "Say what is wrong, in a few words."}}
    assert ReportStore(settings.reports_path).all() == []
    assert slack.take() == []


def test_a_report_about_a_pick_and_a_page_keeps_them(app, slack, settings):
    choices = ask(app, slack, "abbas")
    pick = next(b for b in buttons(choices) if b["action_id"] == "show_entity:abbas-kamel")
    dispatch(app, block_actions_body(pick, response_url=slack.response_url()))
    [shown] = slack.take()
    submit(app, open_form(app, slack, shown.body), "Wrong title")
    slack.take()  # the post to the editors
    [second] = press(app, slack, ask(app, slack, "example council", "/timeline"), "next_page")
    second = second.body
    submit(app, open_form(app, slack, second), "Missing a meeting")
    first, other = ReportStore(settings.reports_path).all()
    assert first.entity == "abbas-kamel" and "Abbas Kamel" in first.answer
    assert other.page == 2 and f"page 2 of {PAGES}" in other.answer


def test_without_an_editors_channel_the_report_is_only_stored(settings, slack_store, slack):
    import dataclasses

    from slack_sdk import WebClient

    from bot.app import create_app

    quiet = create_app(dataclasses.replace(settings, editors_channel=None), slack_store,
                       client=WebClient(token="xoxb-test", base_url=slack.api_url), strict_limits=True)
    reply = submit(quiet, open_form(quiet, slack, ask(quiet, slack, "hayya")), "Typo")
    assert "stored your report (reference" in json.dumps(reply["view"])
    assert slack.take() == [], "nothing posted"
    assert len(ReportStore(settings.reports_path).all()) == 1


def test_when_the_editors_channel_refuses_the_report_is_still_stored(app, slack, settings, caplog):
    slack.failures["chat.postMessage"] = "not_in_channel"
    reply = submit(app, open_form(app, slack, ask(app, slack, "hayya")), "Typo")
    assert "The desk has stored your report" in json.dumps(reply["view"])
    assert len(ReportStore(settings.reports_path).all()) == 1
    assert "not_in_channel" in caplog.text

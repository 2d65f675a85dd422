"""Slack failing: the stand-in answers 500, 429 with Retry-After, hangs, or refuses, for response_url,
views.open and chat.postMessage. What the user sees is asserted in each case, and no listener holds
its acknowledgement while Slack is slow (the ack returns while the stand-in still holds the call)."""

from __future__ import annotations

import dataclasses
import json
import logging
import time

import pytest
from slack_sdk import WebClient

from bot import listeners
from bot.app import create_app
from bot.calls import SlackCalls
from bot.local import block_actions_body, buttons, view_submission_body
from bot.reports import ReportStore
from bot.standin import Fault
from tests.slack_fixture import (  # noqa: F401 (pytest fixtures)
    ask,
    EDITORS,
    TEST_TIMEOUT,
    app,
    dispatch,
    fixture_build,
    settings,
    slack,
    slack_store,
)


def button(message: dict, action_id: str) -> dict:
    return next(b for b in buttons(message) if b["action_id"].startswith(action_id))


def click(app, slack, message: dict, action_id: str, *, response_url: str | None = None, **options):
    body = block_actions_body(button(message, action_id), response_url=response_url or slack.response_url())
    response = dispatch(app, body, **options)
    assert response.status == 200, response.body
    return response


def responses(received) -> list[dict]:
    return [r.body for r in received if r.kind == "response"]


def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


# --- acknowledging does not wait for Slack -------------------------------------------------------

@pytest.mark.parametrize("action_id, endpoint", [
    ("share", "response"), ("show_entity:", "response"), ("next_page", "response"), ("report", "views.open"),
])
def test_a_click_is_acknowledged_while_slack_still_hangs(app, slack, action_id, endpoint):
    message = ask(app, slack, "abbas" if action_id == "show_entity:" else "example council",
                  "/who" if action_id == "show_entity:" else "/timeline")
    slack.fail(endpoint, Fault.hang())
    response = click(app, slack, message, action_id, settle=False)
    assert response.status == 200 and not response.body
    wait_until(lambda: slack.hanging == 1)  # the call reached Slack after the ack and is still held
    slack.release()
    assert app.calls.settle()


def test_a_hanging_response_url_is_given_up_after_the_timeout(app, slack, caplog):
    choices = ask(app, slack, "abbas")
    slack.fail("response", Fault.hang())
    started = time.monotonic()
    click(app, slack, choices, "show_entity:")  # settles: the call gave up on its own
    assert time.monotonic() - started < 10 * TEST_TIMEOUT, "bounded by the timeout, not by Slack"
    assert slack.hanging == 1, "still held by the stand-in: the bot stopped waiting, Slack did not answer"
    assert "did not reach Slack" in caplog.text


# --- Share: the private answer goes only once the channel has it ---------------------------------

def test_share_failing_keeps_the_private_answer_and_says_so(app, slack, caplog):
    preview = ask(app, slack, "hayya")
    slack.fail("response", Fault.status(500, times=1))
    click(app, slack, preview, "share")
    posted, told = responses(slack.take())
    assert posted["response_type"] == "in_channel"  # answered 500: not retried, a retry could post twice
    assert told == {"response_type": "ephemeral", "replace_original": False, "text": listeners.SHARE_FAILED}
    assert "share failed" in caplog.text


def test_share_to_a_refusing_slack_removes_nothing(app, slack, caplog):
    preview = ask(app, slack, "hayya")
    click(app, slack, preview, "share", response_url=f"{slack.dead_url}/response/1")
    assert slack.take() == []
    assert "share failed" in caplog.text and "could not tell the user" in caplog.text


def test_share_after_a_rate_limit_is_retried_then_removes_the_preview(app, slack):
    preview = ask(app, slack, "hayya")
    slack.fail("response", Fault.status(429, retry_after=1, times=1))
    click(app, slack, preview, "share")
    limited, posted, removed = responses(slack.take())
    assert limited == posted and posted["response_type"] == "in_channel"
    assert removed == {"delete_original": True}


def test_replacing_a_message_is_retried_after_a_500(app, slack):
    choices = ask(app, slack, "abbas")
    slack.fail("response", Fault.status(500, times=1))
    click(app, slack, choices, "show_entity:")
    failed, shown = responses(slack.take())
    assert failed == shown and shown["replace_original"] is True
    assert shown["blocks"][0]["text"]["text"] == "Abbas Kamel"


# --- the report form -----------------------------------------------------------------------------

@pytest.mark.parametrize("fault, attempts", [
    (Fault.status(500), 3),  # safe to repeat (a trigger opens one form): tried three times
    (Fault.hang(), 1),       # timed out: given up (a timeout is not retried: Slack may have acted)
    (Fault.drop(), 2),       # connection closed without an answer
])
def test_when_the_form_cannot_open_the_user_is_told(app, slack, fault, attempts):
    answer = ask(app, slack, "hayya")
    slack.fail("views.open", fault)
    click(app, slack, answer, "report")
    received = slack.take()
    assert [r.name for r in received if r.kind == "api"] == ["views.open"] * attempts
    assert responses(received) == [{"response_type": "ephemeral", "replace_original": False,
                                    "text": listeners.FORM_FAILED}]


def test_the_form_opens_after_a_rate_limit(app, slack):
    slack.fail("views.open", Fault.status(429, retry_after=1, times=1))
    click(app, slack, ask(app, slack, "hayya"), "report")
    received = slack.take()
    assert [r.name for r in received] == ["views.open", "views.open"] and not responses(received)


def test_when_slack_refuses_the_form_the_user_is_told(settings, slack_store, slack):
    refusing = create_app(settings, slack_store, strict_limits=True,
                          client=WebClient(token="xoxb-test", base_url=f"{slack.dead_url}/api/"),
                          calls=SlackCalls(WebClient(token="xoxb-test", base_url=f"{slack.dead_url}/api/"),
                                           timeout=TEST_TIMEOUT))
    click(refusing, slack, ask(refusing, slack, "hayya"), "report")
    assert responses(slack.take()) == [{"response_type": "ephemeral", "replace_original": False,
                                        "text": listeners.FORM_FAILED}]


# --- reports: stored first, whatever the editors' channel does ----------------------------------

def report_view(answer: dict) -> dict:
    value = button(answer, "report")["value"]
    return listeners.report_form(json.loads(value), "CLOCAL")


def send_report(app, view: dict, text: str) -> dict:
    response = dispatch(app, view_submission_body(view, {"problem": text}))
    assert response.status == 200, response.body
    return json.loads(response.body)


@pytest.mark.parametrize("fault, posts", [
    (Fault.status(500), 1),  # not repeated: a retry could post the report twice
    (Fault.status(429, retry_after=1), 3),
    (Fault.hang(), 1),
    (Fault.drop(), 2),
])
def test_a_report_is_stored_and_said_to_be_whatever_the_editors_channel_does(app, slack, settings, caplog,
                                                                            fault, posts):
    slack.fail("chat.postMessage", fault)
    reply = send_report(app, report_view(ask(app, slack, "hayya")), "Wrong date")
    assert reply["response_action"] == "update"
    assert "The desk has stored your report" in json.dumps(reply["view"])
    [report] = ReportStore(settings.reports_path).all()
    assert report.id in json.dumps(reply["view"])
    assert [r.name for r in slack.take()] == ["chat.postMessage"] * posts
    assert f"report {report.id} stored but not posted to {EDITORS}" in caplog.text


def test_a_report_that_cannot_be_stored_is_said_not_to_be_and_logged_in_full(settings, slack_store, slack,
                                                                            tmp_path, caplog):
    (tmp_path / "not-a-folder").write_text("")
    broken = dataclasses.replace(settings, reports_path=tmp_path / "not-a-folder" / "reports.json")
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    app = create_app(broken, slack_store, client=client, strict_limits=True,
                     calls=SlackCalls(client, timeout=TEST_TIMEOUT))
    reply = send_report(app, report_view(ask(app, slack, "hayya")), "The meeting was in Doha")
    assert reply == {"response_action": "errors", "errors": {"problem": listeners.NOT_STORED}}
    assert slack.take() == [], "nothing posted to the editors about a report that is not stored"
    [record] = [r for r in caplog.records if "report NOT stored" in r.getMessage()]
    assert record.levelno == logging.ERROR
    assert "The meeting was in Doha" in record.getMessage() and "/who hayya" in record.getMessage()

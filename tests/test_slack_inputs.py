"""Signed but unusable values (an old button, a tampered one, a form cut short) get a short private
"expired" answer and a warning in the log, never a 500 or a traceback."""

from __future__ import annotations

import json

import pytest

from bot import listeners
from bot.local import block_actions_body, slash_command_body, view_submission_body
from bot.reports import ReportStore
from tests.slack_fixture import (  # noqa: F401 (pytest fixtures)
    app,
    assert_valid,
    dispatch,
    fixture_build,
    settings,
    slack,
    slack_store,
)

TAMPERED = [
    "abc",
    "",
    "[]",
    "null",
    '{"command": "who"',
    '{"text": "hayya"}',
    '{"command": "rm", "text": "hayya"}',
    '{"command": "timeline", "text": "example council", "page": "abc"}',
    '{"command": "timeline", "text": "example council", "page": 0}',
    '{"command": "timeline", "text": "example council", "page": 99999999999999999999}',
    '{"command": "who", "text": "abbas", "entity": "../../etc/passwd"}',
    '{"command": "who", "text": ["hayya"]}',
    '{"command": "who", "text": "hayya", "admin": true}',
    '{"command": "timeline", "text": "example council", "all_quotes": "yes"}',
]


@pytest.mark.parametrize("action_id", ["share", "show_entity:abbas-kamel", "next_page", "all_quotes", "report"])
@pytest.mark.parametrize("value", TAMPERED)
def test_a_tampered_button_value_gets_expired(app, slack, caplog, action_id, value):
    button = {"action_id": action_id, "text": {"type": "plain_text", "text": "x"}, "value": value}
    response = dispatch(app, block_actions_body(button, response_url=slack.response_url()))
    assert response.status == 200
    [told] = slack.take()
    assert told.body == {"response_type": "ephemeral", "replace_original": False, "text": listeners.EXPIRED_BUTTON}
    assert "expired button" in caplog.text


def test_a_click_without_a_usable_response_url_is_only_logged(app, slack, caplog):
    button = {"action_id": "share", "text": {"type": "plain_text", "text": "x"},
              "value": json.dumps({"command": "who", "text": "hayya"})}
    response = dispatch(app, block_actions_body(button, response_url="javascript:alert(1)"))
    assert response.status == 200 and slack.take() == []
    assert "click ignored" in caplog.text


def a_form(app, slack) -> dict:
    answer = json.loads(dispatch(app, slash_command_body("/who", "hayya", response_url=slack.response_url())).body)
    value = next(e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"] == "report")["value"]
    return listeners.report_form(json.loads(value), "CLOCAL")


@pytest.mark.parametrize("metadata", ["", "abc", "[]", '{"command": "who", "text": 5}', '{"command": "x", "text": ""}',
                                      '{"command": "who", "text": "hayya", "channel": "<!channel>"}'])
def test_a_form_with_tampered_metadata_gets_expired(app, slack, settings, caplog, metadata):
    view = {**a_form(app, slack), "private_metadata": metadata}
    response = dispatch(app, view_submission_body(view, {"problem": "Wrong"}))
    assert response.status == 200
    reply = json.loads(response.body)
    assert reply["response_action"] == "update" and listeners.EXPIRED_FORM in json.dumps(reply["view"])
    assert_valid(reply["view"])
    assert ReportStore(settings.reports_path).all() == []
    assert "expired report form" in caplog.text


def test_a_form_without_its_field_gets_expired(app, slack, caplog):
    response = dispatch(app, view_submission_body(a_form(app, slack), {"something-else": "Wrong"}))
    assert response.status == 200
    assert listeners.EXPIRED_FORM in response.body
    assert "expired report form" in caplog.text

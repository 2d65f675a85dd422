"""The bolt app, tested the way bolt tests itself: signed form-encoded requests through BoltRequest."""

from __future__ import annotations

import json
import socket
import time
from unittest.mock import Mock

import pytest
from slack_bolt import BoltRequest
from slack_bolt.context.ack import Ack

from bot.replies import Replies
from bot import listeners
from bot.app import create_app
from bot.local import slash_command_body
from bot.settings import Settings
from tests.slack_fixture import (  # noqa: F401 (pytest fixtures)
    PAGES,
    SOURCE_URL,
    app,
    assert_valid,
    dispatch,
    fixture_build,
    settings,
    sign,
    slack,
    slack_store,
)


def command(slack, text: str, name: str = "/who") -> str:
    return slash_command_body(name, text, response_url=slack.response_url())


def reply(app, slack, text: str, name: str = "/who") -> dict:
    response = dispatch(app, command(slack, text, name))
    assert response.status == 200, response.body
    return assert_valid(json.loads(response.body))


# --- the factory ---------------------------------------------------------------------------------

def test_the_factory_and_a_request_touch_no_network(settings, slack_store, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the app tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    app = create_app(settings, slack_store)  # a real token, Slack's real address: still no auth.test
    body = slash_command_body("/who", "hayya", response_url="http://127.0.0.1:9/unused")
    response = app.dispatch(BoltRequest(body=body, headers=sign(body)))
    assert response.status == 200
    assert "Khalil al-Hayya" in response.body


def test_without_a_signing_secret_no_http_request_is_accepted(settings, slack_store):
    app = create_app(Settings(knowledge_build=settings.knowledge_build, reports_path=settings.reports_path),
                     slack_store)
    body = slash_command_body("/who", "hayya", response_url="http://127.0.0.1:9/unused")
    assert app.dispatch(BoltRequest(body=body, headers=sign(body, secret="a-guess"))).status == 401


# --- signatures ----------------------------------------------------------------------------------

def test_a_signed_command_gets_a_private_answer_with_citations(app, slack):
    payload = reply(app, slack, "hayya")
    assert payload["response_type"] == "ephemeral"
    text = json.dumps(payload)
    assert "Khalil al-Hayya" in text and "*Sources*" in text and SOURCE_URL in text
    assert "The Example Gazette" in payload["text"], "the fallback line names its source"
    assert not slack.take(), "the answer travels in the ack: no second round trip"


def test_a_request_without_a_signature_is_refused(app, slack):
    body = command(slack, "hayya")
    headers = {"content-type": "application/x-www-form-urlencoded"}
    assert dispatch(app, body, headers).status == 401


def test_a_request_signed_with_another_secret_is_refused(app, slack):
    body = command(slack, "hayya")
    assert dispatch(app, body, sign(body, secret="not-the-secret")).status == 401


def test_a_tampered_body_is_refused(app, slack):
    body = command(slack, "hayya")
    headers = sign(body)
    assert dispatch(app, body.replace("hayya", "abbas"), headers).status == 401


def test_a_request_older_than_five_minutes_is_refused(app, slack):
    body = command(slack, "hayya")
    assert dispatch(app, body, sign(body, timestamp=int(time.time()) - 301)).status == 401
    assert dispatch(app, body, sign(body, timestamp=int(time.time()) - 60)).status == 200


def test_an_unknown_command_is_not_handled(app, slack):
    assert dispatch(app, command(slack, "hayya", name="/what")).status == 404


# --- every kind of answer keeps to the models and the limits --------------------------------------

@pytest.mark.parametrize("name, text, expected", [
    ("/who", "hayya", "Khalil al-Hayya"),
    ("/who", "Abbas", "Show Mahmoud Abbas"),
    ("/who", "nobody at all", "no entry"),
    ("/who", "help", "/who &lt;name&gt;"),
    ("/who", "", "/who &lt;name&gt;"),
    ("/timeline", "example council", f"page 1 of {PAGES}"),
    ("/timeline", "example council since 2025-06", "11 June 2025"),
    ("/timeline", "example council since yesterday", "is not a date"),
    ("/timeline", "talks", "Timeline: talks"),
    ("/who", "longwinded committee", "More facts"),
])
def test_every_answer_is_valid_block_kit(app, slack, name, text, expected):
    payload = reply(app, slack, text, name)
    assert expected in json.dumps(payload, ensure_ascii=False)
    assert payload["text"].strip()


def test_a_card_with_too_much_to_say_shows_what_fits_and_offers_more(app, slack):
    payload = reply(app, slack, "longwinded committee")
    assert payload["blocks"][-1]["type"] == "actions"
    more = [e for e in payload["blocks"][-1]["elements"] if e["action_id"] == "more_facts"]
    assert more and more[0]["text"]["text"] == "More facts (59 left)"
    assert json.loads(more[0]["value"]) == {"command": "who", "text": "longwinded committee", "facts": 1}


# --- escaping ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["<!channel>", "<!here>", "<!everyone>", "<!here|here>", "@here",
                                  "<!subteam^S123|editors>", "hayya <!channel>", "&lt;!channel&gt;",
                                  "rafah since &lt;!here&gt;"])
def test_a_broadcast_in_the_query_pings_nobody(app, slack, text):
    for name in ("/who", "/timeline"):
        payload = reply(app, slack, text, name)
        shown = rendered_text(payload)
        assert "<!" not in shown and "<@" not in shown, shown


def rendered_text(payload) -> str:
    """Everything Slack renders as message text: the fallback and every text object (not button values)."""
    if isinstance(payload, dict):
        own = [payload["text"]] if isinstance(payload.get("text"), str) else []
        return "\n".join(own + [rendered_text(v) for k, v in payload.items() if k != "value"])
    if isinstance(payload, list):
        return "\n".join(rendered_text(v) for v in payload)
    return ""


def test_what_editors_wrote_is_escaped(app, slack):
    payload = reply(app, slack, "example council")
    text = json.dumps(payload)
    assert "<!" not in text and "<budgets>" not in text
    assert "R&amp;D &lt;budgets&gt; are &lt;!channel&gt; news" in text


def test_links_are_only_those_the_bot_built(app, slack):
    payload = reply(app, slack, "<https://evil.example|hayya>")
    text = json.dumps(payload)
    assert "evil.example" not in text
    assert "<https://news.example.org/fixture-story|" in text


# --- the listeners are plain functions ------------------------------------------------------------

def test_the_command_listener_is_a_plain_function(slack_store):
    replies = Replies(fit_reply=lambda payload: payload)
    response = listeners.answer_command(ack=Ack(), command={"command": "/who", "text": "hayya"}, store=slack_store,
                                        replies=replies)
    # The reply kept as JSON is sent as it is: exactly what bolt's ack() would have sent.
    expected = Ack()(**replies.reply({"command": "who", "text": "hayya"}, slack_store), **listeners.NO_UNFURL)
    assert (response.status, response.body, response.headers) == (200, expected.body, expected.headers)
    reply = json.loads(response.body)
    assert reply["response_type"] == "ephemeral" and reply["unfurl_links"] is False
    share = [e for e in reply["blocks"][-1]["elements"] if e["action_id"] == "share"][0]
    assert json.loads(share["value"]) == {"command": "who", "text": "hayya"}


def test_the_buttons_remember_the_whole_command(app, slack):
    payload = reply(app, slack, "example council since 2025-02", "/timeline")
    nxt = [e for e in payload["blocks"][-1]["elements"] if e["action_id"] == "next_page"][0]
    assert json.loads(nxt["value"]) == {"command": "timeline", "text": "example council since 2025-02", "page": 2}





def test_every_answer_from_the_real_knowledge_is_valid_block_kit(real_store, settings, slack):
    """Each entity's /who and /timeline, from the desk's own data, through the strict app."""
    from slack_sdk import WebClient

    real = create_app(settings, real_store, client=WebClient(token="xoxb-test", base_url=slack.api_url),
                      strict_limits=True)
    for entity in real_store.entities.values():
        for name in ("/who", "/timeline"):
            payload = reply(real, slack, entity.name, name)
            assert "<!" not in rendered_text(payload)


def test_socket_mode_requests_need_no_signature_and_get_the_same_answer(app):
    """What bolt's Socket Mode adapter does with each envelope from Slack's WebSocket."""
    from urllib.parse import parse_qsl

    from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
    from slack_sdk.socket_mode.request import SocketModeRequest

    sent = []
    client = Mock(send_socket_mode_response=sent.append, logger=Mock(level=30))
    payload = dict(parse_qsl(slash_command_body("/who", "hayya", response_url="http://127.0.0.1:9/x")))
    request = SocketModeRequest(type="slash_commands", envelope_id="envelope-1", payload=payload)
    send_response(client, request, run_bolt_app(app, request), time.time())
    [response] = sent
    assert response.envelope_id == "envelope-1"
    assert_valid(response.payload)
    assert response.payload["response_type"] == "ephemeral" and "Khalil al-Hayya" in json.dumps(response.payload)


# --- any input, the same answer as the preview -----------------------------------------------------

@pytest.mark.parametrize("text", ["x" * 3000, '"' * 1000, "\\" * 1000, "hayya " + '"\\' * 700])
@pytest.mark.parametrize("name", ["/who", "/timeline"])
def test_long_and_quote_heavy_input_fits_every_button_and_matches_the_preview(app, slack, slack_store, settings,
                                                                              name, text):
    from bot.preview import ask
    from bot.state import BUTTON_VALUE_LIMIT

    payload = reply(app, slack, text, name)  # assert_valid: slack_sdk accepts every button value
    values = [e["value"] for b in payload["blocks"] for e in [b.get("accessory") or {}, *b.get("elements", [])]
              if "value" in e]
    assert all(len(v) <= BUTTON_VALUE_LIMIT for v in values)
    preview = ask(f"{name} {text}", slack_store, settings.freshness)[1]
    assert preview == {k: v for k, v in payload.items() if not k.startswith("unfurl_")}

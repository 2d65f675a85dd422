"""The gate before bolt, in the WSGI application gunicorn serves: size, then signature, then parsing."""

from __future__ import annotations

import io
import json
import time
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from bot.local import slash_command_body
from bot.reloading import LiveKnowledge
from bot.wsgi import EVENTS_PATH, MAX_BODY, RawBodyVerifier, wsgi_application
from tests.slack_fixture import (  # noqa: F401 (pytest fixtures)
    SECRET,
    app,
    fixture_build,
    settings,
    slack,
    slack_store,
)


@pytest.fixture
def web(app, slack_store):
    return wsgi_application(app, LiveKnowledge.fixed(slack_store), SECRET)


def signed(body: bytes, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    return {"HTTP_X_SLACK_REQUEST_TIMESTAMP": timestamp,
            "HTTP_X_SLACK_SIGNATURE": RawBodyVerifier(secret).generate_signature(timestamp=timestamp, body=body)}


def call(web, body: bytes, headers: dict, *, length: bool = True, content_type="application/x-www-form-urlencoded"):
    """(status, text, bytes read from the body)."""
    stream = io.BytesIO(body)
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": EVENTS_PATH, "CONTENT_TYPE": content_type,
               "wsgi.input": stream, **headers}
    if length:
        environ["CONTENT_LENGTH"] = str(len(body))
    setup_testing_defaults(environ)
    started = {}
    chunks = web(environ, lambda status, headers: started.update(status=status))
    return int(started["status"].split()[0]), b"".join(chunks).decode(), stream.tell()


def command(slack, text: str = "hayya") -> bytes:
    return slash_command_body("/who", text, response_url=slack.response_url()).encode()


def test_a_signed_command_passes_the_gate(web, slack):
    body = command(slack)
    status, text, _ = call(web, body, signed(body))
    assert status == 200 and "Khalil al-Hayya" in text


@pytest.mark.parametrize("text, channel", [("payload", "local"), ("hayya", "payload-desk"), ("payload= hayya", "local")])
def test_a_command_that_holds_the_word_payload_is_answered(web, slack, text, channel):
    """bolt reads a form with "payload" anywhere in it as a click and finds nothing in it (404):
    the text a journalist typed, or the channel they typed it in, must not silence the bot."""
    body = command(slack, text).replace(b"channel_name=local", f"channel_name={channel}".encode())
    status, answered, _ = call(web, body, signed(body))
    assert status == 200 and json.loads(answered)["response_type"] == "ephemeral", answered
    assert ("Khalil al-Hayya" if text == "hayya" else "no entry") in answered


def test_a_body_over_the_limit_is_refused_unread_when_its_length_says_so(web):
    body = b"x" * (MAX_BODY + 1)
    status, _, read = call(web, body, signed(body))
    assert (status, read) == (413, 0)


def test_a_body_over_the_limit_without_a_length_is_read_no_further_than_the_limit(web):
    body = b"x" * (MAX_BODY + 5000)
    status, _, read = call(web, body, signed(body), length=False)
    assert (status, read) == (413, MAX_BODY + 1)


@pytest.mark.parametrize("headers", [
    {},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "abc", "HTTP_X_SLACK_SIGNATURE": "v0=" + "0" * 64},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "1e9", "HTTP_X_SLACK_SIGNATURE": "v0=" + "0" * 64},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "-5", "HTTP_X_SLACK_SIGNATURE": "v0=" + "0" * 64},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "9" * 40, "HTTP_X_SLACK_SIGNATURE": "v0=" + "0" * 64},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "1700000000"},
    {"HTTP_X_SLACK_REQUEST_TIMESTAMP": "1700000000", "HTTP_X_SLACK_SIGNATURE": "v0=zz"},
])
def test_missing_or_non_numeric_timestamps_and_signatures_get_401(web, slack, headers):
    assert call(web, command(slack), headers)[0] == 401


def test_a_wrong_or_old_signature_gets_401(web, slack):
    body = command(slack)
    assert call(web, body, signed(body, secret="forged"))[0] == 401
    assert call(web, body, signed(body, timestamp=int(time.time()) - 301))[0] == 401
    assert call(web, body + b"&x=1", signed(body))[0] == 401


def test_a_non_numeric_content_length_gets_400(web, slack):
    body = command(slack)
    status, _, read = call(web, body, {**signed(body), "CONTENT_LENGTH": "12abc"}, length=False)
    assert (status, read) == (400, 0)


@pytest.mark.parametrize("body, content_type", [
    (b"payload=%ff%fe", "application/x-www-form-urlencoded"),   # not UTF-8 once decoded
    ("text=caf\u00e9".encode("latin-1"), "application/x-www-form-urlencoded"),  # raw bytes not UTF-8
    (b"\xff\xfe{}", "application/json"),
    (urlencode({"payload": "not json"}).encode(), "application/x-www-form-urlencoded"),
    (urlencode({"payload": "[1, 2]"}).encode(), "application/x-www-form-urlencoded"),
    (urlencode({"payload": "5"}).encode(), "application/x-www-form-urlencoded"),
    (b"[1, 2]", "application/json"),
    (b'"text"', "application/json"),
    (urlencode({"payload": json.dumps({"type": "block_actions"})}).encode(), "application/x-www-form-urlencoded"),
    (urlencode({"payload": json.dumps({"type": "block_actions", "actions": [{"action_id": "share"}],
                                       "team": 5})}).encode(), "application/x-www-form-urlencoded"),
    (urlencode({"payload": json.dumps({"type": "view_submission", "view": "x"})}).encode(),
     "application/x-www-form-urlencoded"),
])
def test_signed_but_unreadable_payloads_get_400(web, body, content_type):
    assert call(web, body, signed(body), content_type=content_type)[0] == 400
    assert call(web, body, signed(body, secret="forged"), content_type=content_type)[0] == 401, \
        "the signature is checked before anything is parsed"


def test_health_shows_the_revision_served(web, slack_store):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/healthz"}
    setup_testing_defaults(environ)
    started = {}
    text = b"".join(web(environ, lambda status, headers: started.update(status=status))).decode()
    assert started["status"] == "200 OK" and text == f"ok revision {slack_store.revision}\n"


@pytest.mark.parametrize("payload", [  # (slack_sdk's SocketModeRequest itself refuses a payload that is not an object)
    {"type": "block_actions"},
    {"type": "block_actions", "actions": [{"action_id": "share"}], "user": 5},
    {"type": "view_submission", "view": {"callback_id": "report_problem", "state": 1}},
    {"command": "/who", "text": ["hayya"]},
])
def test_socket_mode_acknowledges_and_drops_the_payloads_the_gate_refuses(app, payload, caplog):
    from unittest.mock import Mock

    from slack_sdk.socket_mode.request import SocketModeRequest

    from bot.socket_mode import CheckedSocketModeHandler

    sent = []
    client = Mock(send_socket_mode_response=sent.append, logger=Mock(level=30))
    handler = CheckedSocketModeHandler(app, "xapp-test")
    try:
        handler.handle(client, SocketModeRequest(type="interactive", envelope_id="e-1", payload=payload))
    finally:
        handler.close()  # its client's threads would keep the test run from ending
    [response] = sent
    assert response.envelope_id == "e-1" and response.payload is None
    assert "not handled" in caplog.text


def test_socket_mode_still_answers_a_good_payload(app, slack):
    from unittest.mock import Mock
    from urllib.parse import parse_qsl

    from slack_sdk.socket_mode.request import SocketModeRequest

    from bot.socket_mode import CheckedSocketModeHandler

    sent = []
    client = Mock(send_socket_mode_response=sent.append, logger=Mock(level=30))
    payload = dict(parse_qsl(command(slack).decode()))
    handler = CheckedSocketModeHandler(app, "xapp-test")
    try:
        handler.handle(client, SocketModeRequest(type="slash_commands", envelope_id="e-2", payload=payload))
    finally:
        handler.close()
    [response] = sent
    assert "Khalil al-Hayya" in json.dumps(response.payload)

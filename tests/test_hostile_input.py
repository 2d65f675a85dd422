"""Hostile input, property-based (hypothesis), through the same bolt app Slack talks to.

Slash-command text, button values and report forms are generated from random Unicode and from the
pieces people and attackers actually type: right-to-left marks, zero-width and combining characters,
NUL and control characters, 5,000-character texts, quotes and backslashes, Slack's broadcasts,
mentions, channel links and links, mrkdwn, emoji, Arabic and Hebrew. Every request must get a
valid reply within Slack's block limits (the app is strict: a reply over a limit raises), with no
exception anywhere (logged errors count), no markup from the user reaching Slack (the only `<…>` in
a reply are links to the desk's own sources), and no confident answer for a query naming nothing.

The runs are derandomized, so CI sees the same cases every time (about 3,000, in half a minute);
`HYPOTHESIS_PROFILE=explore python -m pytest tests/test_hostile_input.py` draws new ones.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from slack_sdk import WebClient

from bot import listeners
from bot.app import create_app
from bot.calls import SlackCalls
from bot.local import block_actions_body, buttons, slash_command_body, view_submission_body
from bot.render import MORE_FACTS, NEXT_PAGE, PREVIOUS_PAGE, REPORT, SHARE, SHOW_ENTITY, TIMELINE
from bot.settings import Settings
from bot.standin import SlackStandIn
from handlers.parsing import plain_text
from tests.slack_fixture import EDITORS, SECRET, TEST_TIMEOUT, assert_valid, build_fixture, dispatch

settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

MARKUP = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|hayya>", "<#C1|x>", "<#C1>",
          "<https://evil.example/|click here>", "<https://evil.example/>", "<mailto:a@b.example|mail>",
          "<!subteam^S1|@editors>", "<!date^1392734382^{date}|x>", "*bold*", "_italic_", "~strike~",
          "`code`", "```block```", "> quote", "&amp;", "&lt;!channel&gt;", "&", "<", ">", '"', "\\", "'",
          "@here", "@channel", ":smile:", "http://evil.example/x"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
             "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u061c", "\u00ad"]
COMBINING = ["\u0301", "\u0308", "\u0327", "\u064b", "\u0651", "\u05b7", "\u20dd"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\r", "\n", "\t", "\x0b", "\x0c", "\x85", "\u2028"]
EMOJI = ["😀", "👍🏽", "🇵🇸", "🇮🇱", "👨‍👩‍👧", "❤️", "🔥"]
SCRIPTS = ["حماس", "خليل الحية", "هنية", "عباس", "مصر", "שלום", "נתניהו", "חמאס", "İbrahim Kalın", "Erdoğan"]
NAMES = ["hayya", "al-Hayya", "abbas", "Abbas Kamel", "example council", "longwinded committee", "talks"]

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
PIECE = st.one_of(TEXT, st.sampled_from(MARKUP + INVISIBLE + COMBINING + CONTROL + EMOJI + SCRIPTS + NAMES))
LONG = st.builds(lambda piece, n: (piece * n)[:5000],
                 st.sampled_from(['"', "\\", "\x00", "a", "ح", "<!channel>", "\u200f", "👍🏽", "x "]),
                 st.integers(min_value=500, max_value=5000))
HOSTILE = st.one_of(st.lists(PIECE, max_size=25).map("".join), LONG)
# Text that names nothing: no letter or digit anywhere, once Slack's markup is reduced to its labels.
NOTHING = st.lists(st.one_of(
    st.sampled_from(["<!channel>", "<!here>", "<@U123>", "<#C1>", "&amp;", "*", "_", "~", "`", '"', "\\", "'",
                     ">", "&", "@", ":", "!", "?", "-", "—"] + INVISIBLE + COMBINING + CONTROL + EMOJI),
    st.text(st.characters(categories=["P", "S", "Z", "Cc", "Cf", "M"]), max_size=10),
), max_size=25).map("".join)

LINK = re.compile(r"<([^<>]*)>")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One app for the whole module (hypothesis runs many cases per test), its stand-in for Slack,
    and a record of every error logged while it runs."""
    folder = tmp_path_factory.mktemp("hostile")
    build_path, store = build_fixture(folder)
    errors = _ErrorRecorder()
    logging.getLogger().addHandler(errors)
    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        app = create_app(Settings(bot_token="xoxb-test", signing_secret=SECRET, knowledge_build=build_path,
                                  reports_path=folder / "reports.json", editors_channel=EDITORS),
                         store, client=client, strict_limits=True, calls=SlackCalls(client, timeout=TEST_TIMEOUT))
        yield app, slack, store, errors
        app.calls.close()
    logging.getLogger().removeHandler(errors)


class _ErrorRecorder(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[str]:
        taken, self.records = self.records, []
        return [r.getMessage() for r in taken]


def texts(payload) -> list[str]:
    """Every string Slack would render or notify with (not button values: Slack never shows those)."""
    if isinstance(payload, dict):
        return [t for key, value in payload.items() if key not in {"value", "private_metadata", "action_id",
                                                                   "block_id", "callback_id"}
                for t in texts(value)]
    if isinstance(payload, list):
        return [t for item in payload for t in texts(item)]
    return [payload] if isinstance(payload, str) else []


def assert_no_user_markup(payload: dict, store, allowed: tuple[str, ...] = ()) -> None:
    urls = tuple(source.url for source in store.sources.values() if source.url)
    for text in texts(payload):
        for inner in LINK.findall(text):
            assert inner.startswith(urls) or inner in allowed, f"markup reached Slack: <{inner}> in {text[:200]!r}"


def assert_clean(world, payload: dict, *, allowed: tuple[str, ...] = ()) -> None:
    _, _, store, errors = world
    assert_valid(payload)
    assert_no_user_markup(payload, store, allowed)
    assert errors.take() == []


def names_nothing(text: str) -> bool:
    words = unicodedata.normalize("NFKC", plain_text(text))
    return not any(character.isalnum() for character in words)


# --- slash commands ------------------------------------------------------------------------------

def command(world, name: str, text: str) -> dict:
    app, slack, _, _ = world
    response = dispatch(app, slash_command_body(name, text, response_url=slack.response_url()))
    assert response.status == 200, response.body
    assert slack.take() == [], "a slash command answers in its acknowledgement"
    return json.loads(response.body)


@settings(max_examples=1500)
@given(name=st.sampled_from(["/who", "/timeline"]), text=HOSTILE)
def test_any_command_text_gets_a_valid_clean_reply(world, name, text):
    assert_clean(world, command(world, name, text))


@settings(max_examples=500)
@given(name=st.sampled_from(["/who", "/timeline"]), text=NOTHING)
def test_a_query_naming_nothing_gets_no_confident_answer(world, name, text):
    if not names_nothing(text):
        return  # (NFKC can turn a symbol into letters: ™ is TM)
    reply = command(world, name, text)
    assert_clean(world, reply)
    assert SHARE not in {b["action_id"] for b in buttons(reply)}, f"an answer for {text!r}, which names nothing"


# --- buttons -------------------------------------------------------------------------------------

ACTIONS = [SHARE, f"{SHOW_ENTITY}:abbas-kamel", NEXT_PAGE, PREVIOUS_PAGE, MORE_FACTS, TIMELINE, REPORT]
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                           max_leaves=8)
STATES = st.fixed_dictionaries(
    {"command": st.sampled_from(["who", "timeline", "who ", "WHO", "/who", "x"])},
    optional={"text": HOSTILE, "page": st.one_of(st.integers(-3, 10**6), TEXT, st.none()),
              "entity": st.one_of(st.sampled_from(["abbas-kamel", "mahmoud-abbas", "example-council", "nobody"]),
                                  TEXT),
              "facts": st.one_of(st.integers(-3, 10**6), TEXT)})
VALUES = st.one_of(STATES.map(lambda s: json.dumps(s, ensure_ascii=False)),
                   JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)), HOSTILE)


@settings(max_examples=400)
@given(action_id=st.sampled_from(ACTIONS), value=VALUES, ephemeral=st.booleans())
def test_any_button_value_gets_a_valid_clean_answer_or_expired(world, action_id, value, ephemeral):
    app, slack, store, _ = world
    button = {"action_id": action_id, "text": {"type": "plain_text", "text": "x"}, "value": value}
    response = dispatch(app, block_actions_body(button, response_url=slack.response_url(), is_ephemeral=ephemeral))
    assert response.status == 200, response.body
    for received in slack.take():
        body = received.body
        if received.name == "views.open":
            body = body["view"] if isinstance(body["view"], dict) else json.loads(body["view"])
        elif body.get("delete_original"):
            continue
        assert_clean(world, body)
    assert world[3].take() == []


# --- the report form -----------------------------------------------------------------------------

METADATA = st.one_of(STATES.map(lambda s: {**s, "channel": "CLOCAL"}).map(lambda s: json.dumps(s, ensure_ascii=False)),
                     JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)), HOSTILE)


@settings(max_examples=300)
@given(metadata=METADATA, problem=HOSTILE)
def test_any_report_form_gets_a_valid_reply_and_a_clean_post(world, metadata, problem):
    app, slack, store, _ = world
    view = {**listeners.report_form({"command": "who", "text": "hayya"}, "CLOCAL"), "private_metadata": metadata}
    response = dispatch(app, view_submission_body(view, {"problem": problem}))
    assert response.status == 200, response.body
    reply = json.loads(response.body)
    if reply["response_action"] == "update":
        assert_clean(world, reply["view"])
    else:
        assert set(reply["errors"]) == {"problem"}
    for received in slack.take():
        assert received.name == "chat.postMessage"
        assert_clean(world, received.body, allowed=("@ULOCAL", "#CLOCAL"))


# --- anything at all, signed, in the envelope ---------------------------------------------------

ENVELOPES = st.fixed_dictionaries(
    {"type": st.sampled_from(["block_actions", "view_submission", "view_closed", "shortcut", "message_action",
                              "event_callback", "block_suggestion", "x"])},
    optional={key: JSON_VALUES for key in ("team", "user", "channel", "container", "enterprise", "actions",
                                           "view", "event", "authorizations", "response_url", "trigger_id")})


@settings(max_examples=300)
@given(envelope=ENVELOPES)
def test_any_signed_payload_gets_a_4xx_or_an_answer_never_a_500(world, envelope):
    from io import BytesIO
    from wsgiref.util import setup_testing_defaults

    from bot.reloading import LiveKnowledge
    from bot.wsgi import RawBodyVerifier, wsgi_application

    app, slack, store, errors = world
    web = wsgi_application(app, LiveKnowledge.fixed(store), SECRET)
    body = urlencode({"payload": json.dumps(envelope)}).encode()
    timestamp = str(int(__import__("time").time()))
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/slack/events", "CONTENT_LENGTH": str(len(body)),
               "CONTENT_TYPE": "application/x-www-form-urlencoded", "wsgi.input": BytesIO(body),
               "HTTP_X_SLACK_REQUEST_TIMESTAMP": timestamp,
               "HTTP_X_SLACK_SIGNATURE": RawBodyVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)}
    setup_testing_defaults(environ)
    status = {}
    b"".join(web(environ, lambda line, headers: status.update(code=int(line.split()[0]))))
    assert app.calls.settle()
    assert status["code"] < 500, envelope
    slack.take()
    assert errors.take() == []

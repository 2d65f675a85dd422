"""A tiny knowledge store for the Slack tests, made from scratch in a temporary folder.

Kept apart from the real data (which editors change): one invented source, a person with an alias,
two people who share the name "Abbas" (a declared ambiguity), an organisation with 23 events (several
pages of timeline), a description with Slack control characters, and an entity with so many long facts
that its answer must be cut to fit in 50 blocks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import time
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.models.blocks import Block
from slack_sdk.signature import SignatureVerifier

from bot import limits
from bot.app import create_app
from bot.calls import SlackCalls
from bot.reports import ReportStore
from bot.settings import Settings
from bot.standin import SlackStandIn
from handlers.timeline import PAGE_SIZE
from knowledge.editing.build import build
from knowledge.serving.store import KnowledgeStore

SOURCE_ID = "900_fixture"
SOURCE_URL = "https://news.example.org/fixture-story"
EVENTS = 23
PAGES = math.ceil(EVENTS / PAGE_SIZE)  # of the Example Council's timeline

SENTENCES = [
    "The head of the negotiating team, Khalil al-Hayya, met mediators in Cairo on Monday.",
    "President Mahmoud Abbas spoke in Ramallah about the committee.",
    "The intelligence chief Abbas Kamel hosted the delegation in Cairo.",
    "The Example Council said that R&D <budgets> would rise next year.",
] + [f"On day {n} of the talks the Example Council met in Gaza City to discuss point {n} of the plan."
     for n in range(1, EVENTS + 1)] + [
    f"Paragraph {n} of the long report says the Longwinded Committee reviewed clause {n} in detail."
    for n in range(1, 61)
]


def write_knowledge(root: Path) -> Path:
    """Write the fixture's knowledge/data and seeds under `root`; return `root`."""
    data = root / "knowledge" / "data"
    for folder in ("people", "organizations", "places", "events"):
        (data / folder).mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    seed = root / "seeds" / f"{SOURCE_ID}.txt"
    seed.write_text("\n\n".join(SENTENCES) + "\n", encoding="utf-8")
    (data / "sources.toml").write_text(f"""
[[sources]]
id = "{SOURCE_ID}"
file = "seeds/{SOURCE_ID}.txt"
sha256 = "{hashlib.sha256(seed.read_bytes()).hexdigest()}"
outlet = "The Example Gazette"
headline = "Talks & <tensions> in Cairo"
published = 2025-11-06
published_basis = "confirmed"
url = "{SOURCE_URL}"
language_note = "English original."
""", encoding="utf-8")

    _entity(data / "people" / "khalil-al-hayya.toml", "khalil-al-hayya", "person", "Khalil al-Hayya",
            "Hamas official; head of the negotiating team in the fixture.", ["Hayya", "al-Hayya"],
            [("Headed the negotiating team and met mediators in Cairo.", SENTENCES[0])])
    _entity(data / "people" / "mahmoud-abbas.toml", "mahmoud-abbas", "person", "Mahmoud Abbas",
            "Palestinian president in the fixture.", [], [("Spoke in Ramallah.", SENTENCES[1])],
            shared=["Abbas"])
    _entity(data / "people" / "abbas-kamel.toml", "abbas-kamel", "person", "Abbas Kamel",
            "Egyptian intelligence chief in the fixture.", [], [("Hosted the delegation in Cairo.", SENTENCES[2])],
            shared=["Abbas"])
    _entity(data / "organizations" / "example-council.toml", "example-council", "organization",
            "Example Council", "A council whose R&D <budgets> are <!channel> news.", [],
            [("Said R&D <budgets> would rise.", SENTENCES[3])])
    long_facts = [(f"Reviewed clause {n}: " + "a long, careful review of every word of the clause. " * 52,
                   SENTENCES[4 + EVENTS + n - 1]) for n in range(1, 61)]
    _entity(data / "organizations" / "longwinded-committee.toml", "longwinded-committee", "organization",
            "Longwinded Committee", "A committee with too much to say.", [], long_facts)
    start = dt.date(2025, 1, 1)
    for n in range(1, EVENTS + 1):
        day = start + dt.timedelta(days=7 * n)
        event_id = f"{day.isoformat()}-example-council-meeting-{n}"
        (data / "events" / f"{event_id}.toml").write_text(f"""
id = "{event_id}"
date = {day.isoformat()}
date_basis = "in_text"
date_note = "fixture"
title = "Example Council meeting {n} on point {n}"
summary = "The Example Council met to discuss point {n} of the plan."
entities = ["example-council"]
topics = ["talks"]

[[citations]]
source = "{SOURCE_ID}"
quote = {json.dumps(SENTENCES[3 + n])}
""", encoding="utf-8")
    return root


def _entity(path: Path, entity_id: str, kind: str, name: str, description: str, aliases: list[str],
            facts: list[tuple[str, str]], shared: list[str] = ()) -> None:
    lines = [f'id = "{entity_id}"', f'kind = "{kind}"', f"name = {json.dumps(name)}",
             f"description = {json.dumps(description)}"]
    for alias in aliases:
        lines += ["", "[[aliases]]", f"name = {json.dumps(alias)}", 'standard = "A spelling made up for the test"']
    for alias in shared:
        lines += ["", "[[aliases]]", f"name = {json.dumps(alias)}", 'standard = "A spelling made up for the test"',
                  "shared = true"]
    for text, quote in facts:
        lines += ["", "[[facts]]", f"text = {json.dumps(text)}", "", "[[facts.citations]]",
                  f'source = "{SOURCE_ID}"', f"quote = {json.dumps(quote)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_fixture(folder: Path) -> tuple[Path, KnowledgeStore]:
    """Write and build the fixture under `folder`: (the build file, the opened store)."""
    root = write_knowledge(folder / "root")
    target = folder / "build" / "knowledge.json"
    build(root, target)
    return target, KnowledgeStore.open(target)


# --- pytest fixtures and helpers shared by the tests/test_slack_*.py files ------------------------
# (imported by name into each test module; the lead's tests/conftest.py is not used here)

SECRET = "test-signing-secret"
EDITORS = "CEDITORS"


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory) -> tuple[Path, KnowledgeStore]:
    return build_fixture(tmp_path_factory.mktemp("slack-knowledge"))


@pytest.fixture
def slack_store(fixture_build) -> KnowledgeStore:
    return fixture_build[1]


@pytest.fixture
def slack():
    with SlackStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def settings(fixture_build, tmp_path) -> Settings:
    return Settings(bot_token="xoxb-test", signing_secret=SECRET, knowledge_build=fixture_build[0],
                    reports_path=tmp_path / "reports.json", editors_channel=EDITORS)


TEST_TIMEOUT = 0.5  # seconds an attempt at a call to Slack may take in tests (production: bot.calls.TIMEOUT)


@pytest.fixture
def app(settings, slack_store, slack) -> App:
    """The real app, strict about Slack's limits, talking to the stand-in instead of Slack."""
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    app = create_app(settings, slack_store, client=client, strict_limits=True,
                     calls=SlackCalls(client, timeout=TEST_TIMEOUT))
    yield app
    app.calls.close()


def sign(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers as Slack signs a request (as bolt's own scenario tests build them)."""
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body),
        "x-slack-request-timestamp": timestamp,
    }


def dispatch(app: App, body: str, headers: dict | None = None, *, settle: bool = True):
    """The request through the app, as Slack sends it; then (`settle`) wait for the calls to Slack the
    listener made after acknowledging, so that the stand-in has received them."""
    response = app.dispatch(BoltRequest(body=body, headers=sign(body) if headers is None else headers))
    if settle:
        assert app.calls.settle(timeout=60), "calls to Slack still running after a minute"
    return response


def ask(app, slack, text: str, name: str = "/who") -> dict:
    """A signed slash command through the app: its reply, checked against Slack's limits."""
    from bot.local import slash_command_body

    response = dispatch(app, slash_command_body(name, text, response_url=slack.response_url()))
    assert response.status == 200, response.body
    return assert_valid(json.loads(response.body))


def assert_valid(payload: dict) -> dict:
    """Every block parses as a slack_sdk model and the payload keeps to Slack's limits."""
    for block in payload.get("blocks", []):
        assert Block.parse(block) is not None, block
    limits.check(payload)
    return payload


def form(body: str) -> dict:
    return dict(parse_qsl(body))


def reports(settings: Settings) -> list:
    return ReportStore(settings.reports_path).all()

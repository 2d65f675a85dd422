"""New knowledge without a restart: a changed build is picked up, a broken one never replaces a good
one, and a reload under load loses no request (through the production server)."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from bot.local import slash_command_body
from bot.reloading import LiveKnowledge
from knowledge.editing.build import build
from knowledge.serving.store import KnowledgeStore
from tests.slack_fixture import SECRET, sign, write_knowledge
from tests.test_slack_server import free_port, post, start_web, stop

COUNCIL = "knowledge/data/organizations/example-council.toml"


def new_revision(root: Path, target: Path, n: int) -> str:
    """Change one description and build again over `target`: a new revision."""
    path = root / COUNCIL
    text = path.read_text(encoding="utf-8")
    start = text.index('description = "') + len('description = "')
    path.write_text(text[:start] + f"Revision {n}: " + text[start:], encoding="utf-8")
    return build(root, target)["revision"]


def write_broken(target: Path, content: str) -> None:
    """A broken file put in place the way a build is (renamed over it), so it is seen at once."""
    temporary = target.with_name(".broken.json")
    temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, target)


@pytest.fixture
def knowledge(tmp_path):
    root = write_knowledge(tmp_path / "root")
    target = tmp_path / "build" / "knowledge.json"
    build(root, target)
    return root, target


def test_a_changed_build_is_served_after_it_loads(knowledge):
    root, target = knowledge
    live = LiveKnowledge(target, KnowledgeStore.open(target), check_every=0)
    first = live.revision
    second = new_revision(root, target, 1)
    assert second != first
    live.check()  # loads in the background; meanwhile the old store is served
    deadline = time.monotonic() + 30
    while live.revision != second:
        assert time.monotonic() < deadline, "the new build was not picked up"
        time.sleep(0.01)
        live.check()
    assert "Revision 1:" in live.store.entities["example-council"].description


@pytest.mark.parametrize("content", ["", "{not json", json.dumps({"meta": {"1": {"format": 999}}}),
                                     json.dumps({"meta": {"1": {"format": 1, "revision": "x"}}})])
def test_a_broken_build_never_replaces_a_good_one(knowledge, caplog, content):
    root, target = knowledge
    live = LiveKnowledge(target, KnowledgeStore.open(target), check_every=0)
    good = live.revision
    write_broken(target, content)
    assert live.reload() is False
    assert live.revision == good
    [record] = [r for r in caplog.records if "not loaded" in r.getMessage()]
    assert record.levelno == logging.ERROR and f"still serving revision {good}" in record.getMessage()
    newer = new_revision(root, target, 2)
    assert live.reload() is True and live.revision == newer, "the next good build is served"


def test_a_missing_build_file_keeps_the_one_being_served(knowledge):
    _, target = knowledge
    live = LiveKnowledge(target, KnowledgeStore.open(target), check_every=0)
    good = live.revision
    target.unlink()
    assert live.reload() is False and live.revision == good


def health(base: str) -> str:
    with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
        return response.read().decode().split()[-1]


def test_a_reload_under_load_loses_no_request_and_healthz_shows_the_new_revision(knowledge, tmp_path):
    root, target = knowledge
    port = free_port()
    log = open(tmp_path / "server.log", "w")
    process = start_web({"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-test",
                         "KNOWLEDGE_BUILD": str(target), "REPORTS_PATH": str(tmp_path / "reports.json")}, port,
                        output=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                first = health(base)
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.1)
        results: list = []
        running = threading.Event()
        running.set()

        def load():
            while running.is_set():
                body = slash_command_body("/who", "example council", response_url="http://127.0.0.1:9/x")
                try:
                    status, text = post(f"{base}/slack/events", body, sign(body), timeout=60)
                except OSError as error:  # a refused or dropped connection is a lost request too
                    results.append(repr(error))
                    continue
                results.append(status if "Example Council" in text else -status)

        threads = [threading.Thread(target=load) for _ in range(4)]
        for thread in threads:
            thread.start()
        revisions = [first]
        for n in range(3):
            time.sleep(0.3)
            revisions.append(new_revision(root, target, n))
            time.sleep(0.3)
        deadline, in_a_row = time.monotonic() + 60, 0
        while in_a_row < 20:  # both workers, whichever answers
            in_a_row = in_a_row + 1 if health(base) == revisions[-1] else 0
            assert time.monotonic() < deadline, "the server did not pick up the last build"
            time.sleep(0.02)
        write_broken(target, "{not json")
        time.sleep(1.5)  # more than CHECK_EVERY: every worker has looked at the broken file
        for _ in range(10):
            assert health(base) == revisions[-1], "a broken build replaced a good one"
        running.clear()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        stop(process)
        log.close()
    output = (tmp_path / "server.log").read_text()
    assert results and set(results) == {200}, f"failed requests during reloads: {sorted(set(results))}"
    assert len(results) > 20
    assert "not loaded, still serving revision" in output
    assert "Traceback" not in output


def test_socket_mode_loads_a_new_build_on_sighup(knowledge, tmp_path, monkeypatch, caplog):
    """SIGHUP reloads at once, without waiting for a request to notice the file changed. What was
    loaded before the first request is left out of the collector's walks, as under gunicorn."""
    import gc
    import signal

    from slack_sdk import WebClient

    import bot.run as run_module
    import bot.socket_mode as socket_mode
    from bot.settings import Settings
    from urllib.parse import parse_qsl

    from slack_bolt import BoltRequest

    from bot.standin import SlackStandIn

    root, target = knowledge
    caplog.set_level(logging.INFO, logger="bot.reloading")
    seen = {}

    class Handler:  # stands in for the WebSocket to Slack: what arrives while the bot runs
        def __init__(self, app, app_token):
            self.app = app

        def start(self):
            seen["walked"] = len(gc.get_objects())  # what a full collection would walk (none frozen)
            revision = new_revision(root, target, 1)
            os.kill(os.getpid(), signal.SIGHUP)
            deadline = time.monotonic() + 30
            while f"now serving knowledge revision {revision}" not in caplog.text:
                assert time.monotonic() < deadline, "SIGHUP did not load the new build"
                time.sleep(0.01)
            seen["walked after"] = len(gc.get_objects())  # the new build frozen too, the old one freed
            body = slash_command_body("/who", "example council", response_url="http://127.0.0.1:9/x")
            # as Socket Mode hands it to bolt: a payload object, no signature
            seen["reply"] = self.app.dispatch(BoltRequest(body=dict(parse_qsl(body)), mode="socket_mode")).body
            raise KeyboardInterrupt

        def close(self):
            pass

    with SlackStandIn() as slack:
        monkeypatch.setattr(socket_mode, "CheckedSocketModeHandler", Handler)
        monkeypatch.setattr(run_module, "WebClient", lambda token: WebClient(token=token, base_url=slack.api_url))
        settings = Settings(bot_token="xoxb-test", app_token="xapp-test", knowledge_build=target,
                            reports_path=tmp_path / "reports.json")
        try:
            assert run_module.run(settings) == 0
        finally:
            gc.unfreeze()  # this test's process goes on to other tests
    assert seen["walked"] < 1000, seen["walked"]
    assert seen["walked after"] < 100, seen["walked after"]  # 330 or so when the new build is not frozen
    assert "Revision 1:" in seen["reply"]
    assert signal.getsignal(signal.SIGHUP) == signal.SIG_DFL, "the handler is removed when the bot stops"

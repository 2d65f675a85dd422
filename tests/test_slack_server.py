"""The production HTTP server, started as the Procfile's web line says, on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.local import block_actions_body, buttons, slash_command_body
from tests.slack_fixture import SECRET, SOURCE_URL, assert_valid, fixture_build, sign, slack  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line.strip() and not line.startswith("#"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_web(env_extra: dict[str, str], port: int, output=subprocess.PIPE) -> subprocess.Popen:
    """The Procfile's web line on 127.0.0.1:port. Its output goes to `output`: a pipe (read by `stop`)
    holds 64 KiB, so a test making hundreds of requests passes an open file instead."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GUNICORN"))}
    env.update(PORT=str(port), GUNICORN_CMD_ARGS=f"--bind 127.0.0.1:{port} --workers 2", **env_extra)
    # gunicorn as installed beside this Python (pip puts its script there)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return subprocess.Popen(["bash", "-c", f"exec {procfile()['web']}"], cwd=ROOT, env=env,
                            stdout=output, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def stop(process: subprocess.Popen) -> str:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
    return output


def post(url: str, body: str, headers: dict, timeout: float = 10) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def web(fixture_build, tmp_path_factory):
    port = free_port()
    process = start_web({"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-test",
                         "KNOWLEDGE_BUILD": str(fixture_build[0]),
                         "REPORTS_PATH": str(tmp_path_factory.mktemp("web") / "reports.json")}, port)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                assert response.status == 200
                break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start:\n{stop(process)}")
            time.sleep(0.1)
    yield base
    stop(process)


def test_the_procfile_names_gunicorn_a_worker_and_a_release():
    lines = procfile()
    assert lines["web"].startswith("gunicorn ") and "'bot.wsgi:create_wsgi_app()'" in lines["web"]
    assert lines["worker"] == "python -m bot run"
    assert lines["release"] == "python -m knowledge build --strict"


def test_a_signed_slash_command_gets_an_answer_with_citations(web, slack):
    body = slash_command_body("/who", "hayya", response_url=slack.response_url())
    status, text = post(f"{web}/slack/events", body, sign(body))
    assert status == 200, text
    payload = assert_valid(json.loads(text))
    assert payload["response_type"] == "ephemeral"
    assert "Khalil al-Hayya" in text and SOURCE_URL in text and "*Sources*" in text


def test_forged_requests_get_401(web, slack):
    body = slash_command_body("/who", "hayya", response_url=slack.response_url())
    assert post(f"{web}/slack/events", body, sign(body, secret="forged"))[0] == 401
    assert post(f"{web}/slack/events", body, {"content-type": "application/x-www-form-urlencoded"})[0] == 401
    assert post(f"{web}/slack/events", body, sign(body, timestamp=int(time.time()) - 600))[0] == 401
    assert post(f"{web}/slack/events", body.replace("hayya", "abbas"), sign(body))[0] == 401


def test_a_button_click_through_the_server_posts_to_the_response_url(web, slack):
    body = slash_command_body("/who", "hayya", response_url=slack.response_url())
    preview = json.loads(post(f"{web}/slack/events", body, sign(body))[1])
    share = next(b for b in buttons(preview) if b["action_id"] == "share")
    click = block_actions_body(share, response_url=slack.response_url())
    assert post(f"{web}/slack/events", click, sign(click))[0] == 200
    posted, removed = slack.wait_for(2)
    assert posted.body["response_type"] == "in_channel" and removed.body["delete_original"] is True


def test_what_the_server_loaded_is_left_out_of_the_collectors_walks(fixture_build):
    """Loaded before the first request (and, under --preload, before the fork) and kept for the life of
    the process: a full collection walks only what requests made since, not the knowledge's objects."""
    script = ("import gc, sys; from bot.wsgi import create_wsgi_app; create_wsgi_app(); "
              "print(gc.get_freeze_count(), len(gc.get_objects()))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-test", KNOWLEDGE_BUILD=str(fixture_build[0]))
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    frozen, walked = map(int, done.stdout.split())
    assert frozen > 10_000 and walked < 100, (frozen, walked)


def test_the_server_refuses_to_start_without_a_knowledge_build(tmp_path):
    process = start_web({"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-test",
                         "KNOWLEDGE_BUILD": str(tmp_path / "missing.json")}, free_port())
    try:
        process.wait(timeout=30)
    finally:
        output = stop(process)
    assert process.returncode != 0
    assert "refuses to start" in output and "python -m knowledge build" in output


def test_the_server_refuses_to_start_without_a_signing_secret(fixture_build):
    process = start_web({"SLACK_BOT_TOKEN": "xoxb-test", "KNOWLEDGE_BUILD": str(fixture_build[0])}, free_port())
    try:
        process.wait(timeout=30)
    finally:
        output = stop(process)
    assert process.returncode != 0 and "SLACK_SIGNING_SECRET" in output


def post_bytes(url: str, body: bytes, headers: dict) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_garbage_gets_a_4xx_from_the_server_never_a_500(web):
    from bot.wsgi import MAX_BODY, RawBodyVerifier

    def signed(body: bytes) -> dict:
        timestamp = str(int(time.time()))
        return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": timestamp,
                "x-slack-signature": RawBodyVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)}

    url = f"{web}/slack/events"
    assert post_bytes(url, b"text=x", {"x-slack-request-timestamp": "abc", "x-slack-signature": "v0=1"}) == 401
    assert post_bytes(url, b"text=caf\xe9", signed(b"text=caf\xe9")) == 400
    assert post_bytes(url, b"payload=%5B1%5D", signed(b"payload=%5B1%5D")) == 400
    assert post_bytes(url, b"payload=nope", signed(b"payload=nope")) == 400
    big = b"x" * (MAX_BODY + 1)
    assert status_before_body(url, len(big), signed(big)) == 413


def status_before_body(url: str, length: int, headers: dict) -> int:
    """The status for a request announcing `length` bytes, read before any of them is sent: the server
    refuses an oversized body unread, so sending it would race the server closing the connection."""
    import http.client
    import urllib.parse

    address = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.putrequest("POST", address.path)
        for name, value in {**headers, "content-length": str(length)}.items():
            connection.putheader(name, value)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def test_a_burst_of_clicks_on_a_hanging_slack_does_not_hold_up_a_slash_command(web, slack):
    """Eight threads serve the two workers: 16 clicks whose response_url hangs must not take them.
    The /who must complete while the stand-in still holds the clicks' calls (not after a release)."""
    import threading

    from bot.standin import Fault

    body = slash_command_body("/who", "hayya", response_url=slack.response_url())
    preview = json.loads(post(f"{web}/slack/events", body, sign(body))[1])
    share = next(b for b in buttons(preview) if b["action_id"] == "share")
    slack.fail("response", Fault.hang())
    statuses = []

    def click():
        body = block_actions_body(share, response_url=slack.response_url())
        statuses.append(post(f"{web}/slack/events", body, sign(body), timeout=30)[0])

    clicks = [threading.Thread(target=click) for _ in range(16)]
    for thread in clicks:
        thread.start()
    for thread in clicks:
        thread.join(timeout=60)
    assert statuses == [200] * 16, "every click acknowledged while Slack hangs"
    deadline = time.monotonic() + 30
    while slack.hanging < 8:  # the calls reached Slack after the acks, and are held there
        assert time.monotonic() < deadline, f"only {slack.hanging} calls reached the stand-in"
        time.sleep(0.01)
    body = slash_command_body("/who", "abbas", response_url=slack.response_url())
    status, text = post(f"{web}/slack/events", body, sign(body), timeout=10)  # normally milliseconds
    assert status == 200 and "Abbas Kamel" in text
    assert slack.hanging >= 8, "the /who was answered while the clicks' calls were still held"
    slack.heal()

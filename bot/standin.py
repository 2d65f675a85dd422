"""A stand-in for Slack on 127.0.0.1: its Web API and the `response_url`s of interactions.

Local mode points the bot's Web API client and every `response_url` here, so that nothing leaves the
machine and the terminal can show what Slack would have shown; the tests use it the same way (as
bolt's own tests use their `mock_web_api_server`). It records every request it receives.

    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-local", base_url=slack.api_url)
        ... slack.response_url() ...
        slack.take()   # the requests received since the last take()

It can also misbehave, as Slack sometimes does, for one Web API method or for every `response_url`
("response"): `slack.fail("response", Fault.hang())` holds each such request unanswered until
`slack.release()` (or `stop()`); `Fault.status(500)` answers an HTTP error; `Fault.status(429,
retry_after=1)` a rate limit with `Retry-After`; `Fault.drop()` closes the connection without an
answer; `Fault.slow(0.5)` answers after a delay. `dead_url` is an address where nothing listens
(connection refused).
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl


@dataclass
class Received:
    """One request the stand-in received: `kind` is "api" or "response"."""

    kind: str
    path: str
    name: str  # the Web API method (views.open), or the response_url's number
    headers: dict[str, str]
    body: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Fault:
    """How the stand-in misbehaves for one endpoint (see the module's docstring)."""

    kind: str  # "hang", "status", "drop" or "slow"
    status_code: int = 200
    retry_after: int | None = None
    delay: float = 0.0
    times: int | None = None  # misbehave for this many requests, then answer normally

    @classmethod
    def hang(cls) -> "Fault":
        return cls("hang")

    @classmethod
    def status(cls, code: int, *, retry_after: int | None = None, times: int | None = None) -> "Fault":
        return cls("status", status_code=code, retry_after=retry_after, times=times)

    @classmethod
    def drop(cls) -> "Fault":
        return cls("drop")

    @classmethod
    def slow(cls, seconds: float) -> "Fault":
        return cls("slow", delay=seconds)


HANG_AT_MOST = 60.0  # a hanging request is answered after this long even if never released


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a dropped connection is the point, not news
        pass


class SlackStandIn:
    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.received: list[Received] = []
        self.failures: dict[str, str] = {}  # Web API method → the error it answers with
        self.faults: dict[str, Fault] = {}  # Web API method, or "response" → how it misbehaves
        self.hanging = 0  # requests held unanswered right now
        self._released = threading.Event()
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # quiet: the terminal shows what matters
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                kind, _, name = self.path.lstrip("/").partition("/")
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    body = json.loads(raw) if raw else {}
                else:
                    body = dict(parse_qsl(raw))
                stand_in._record(Received(kind, self.path, name, dict(self.headers), body))
                fault = stand_in._fault(name if kind == "api" else kind)
                if fault is not None and not self._misbehave(fault):
                    return
                if kind == "api":
                    self._send(stand_in._api_answer(name, body), "application/json")
                elif kind == "response":
                    self._send("ok", "text/plain")
                else:
                    self.send_error(404)

            def _misbehave(self, fault: Fault) -> bool:
                """Act out the fault; True if the request should then be answered normally."""
                if fault.kind == "slow":
                    time.sleep(fault.delay)
                    return True
                if fault.kind == "hang":
                    with stand_in._lock:
                        stand_in.hanging += 1
                    try:
                        stand_in._released.wait(HANG_AT_MOST)
                    finally:
                        with stand_in._lock:
                            stand_in.hanging -= 1
                    return True
                if fault.kind == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return False
                data = json.dumps({"ok": False, "error": f"http_{fault.status_code}"}).encode()
                self.send_response(fault.status_code)
                if fault.retry_after is not None:
                    self.send_header("Retry-After", str(fault.retry_after))
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return False

            def _send(self, body, content_type: str):
                data = (json.dumps(body) if not isinstance(body, str) else body).encode()
                self.send_response(200)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = _QuietServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """For WebClient(base_url=...): it must end with a slash."""
        return f"{self.url}/api/"

    @property
    def dead_url(self) -> str:
        """An address on 127.0.0.1 where nothing listens: connecting to it is refused."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def fail(self, endpoint: str, fault: Fault) -> None:
        """Misbehave for `endpoint`: a Web API method ("views.open") or "response" (every response_url)."""
        with self._lock:
            self.faults[endpoint] = fault
            self._served[endpoint] = 0
        self._released.clear()

    def heal(self) -> None:
        """Answer normally again, and release every hanging request."""
        with self._lock:
            self.faults.clear()
        self.release()

    def release(self) -> None:
        """Answer the requests held by a hang (and any that arrive while released)."""
        self._released.set()

    def response_url(self) -> str:
        """A fresh response_url, as Slack gives one with every command and click."""
        return f"{self.url}/response/{next(self._numbers)}"

    def start(self) -> "SlackStandIn":
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="slack-stand-in", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> "SlackStandIn":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def take(self) -> list[Received]:
        with self._lock:
            taken, self.received = self.received, []
        return taken

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """Take the requests received so far once there are at least `count` (or the timeout passed):
        for calls the bot makes after acknowledging, from another process."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.received) >= count:
                    break
            time.sleep(0.01)
        return self.take()

    def _fault(self, endpoint: str) -> Fault | None:
        with self._lock:
            fault = self.faults.get(endpoint)
            if fault is None:
                return None
            self._served[endpoint] = self._served.get(endpoint, 0) + 1
            if fault.times is not None and self._served[endpoint] > fault.times:
                return None
            return fault

    def _record(self, received: Received) -> None:
        with self._lock:
            self.received.append(received)

    def _api_answer(self, method: str, body: dict) -> dict:
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        if method == "auth.test":
            return {"ok": True, "url": "https://local.example/", "team": "Local", "user": "newsdesk",
                    "team_id": "TLOCAL", "user_id": "UBOT", "bot_id": "BBOT"}
        if method == "views.open":
            view = body.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            return {"ok": True, "view": {**(view or {}), "id": "VLOCAL"}}
        if method == "chat.postMessage":
            return {"ok": True, "channel": body.get("channel"), "ts": "1700000000.000100",
                    "message": {"text": body.get("text", "")}}
        return {"ok": True}

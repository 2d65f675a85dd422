"""A stand-in for Slack on 127.0.0.1: its Web API and the `response_url`s of interactions.

Local mode points the bot's Web API client and every `response_url` here, so that nothing leaves the
machine and the terminal can show what Slack would have shown; the tests use it the same way (as
bolt's own tests use their `mock_web_api_server`). It records every request it receives.

    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-local", base_url=slack.api_url)
        ... slack.response_url() ...
        slack.take()   # the requests received since the last take()
"""

from __future__ import annotations

import itertools
import json
import threading
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


class SlackStandIn:
    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.received: list[Received] = []
        self.failures: dict[str, str] = {}  # Web API method → the error it answers with
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
                if kind == "api":
                    self._send(stand_in._api_answer(name, body), "application/json")
                elif kind == "response":
                    self._send("ok", "text/plain")
                else:
                    self.send_error(404)

            def _send(self, body, content_type: str):
                data = (json.dumps(body) if not isinstance(body, str) else body).encode()
                self.send_response(200)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer((host, port), Handler)
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

    def response_url(self) -> str:
        """A fresh response_url, as Slack gives one with every command and click."""
        return f"{self.url}/response/{next(self._numbers)}"

    def start(self) -> "SlackStandIn":
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="slack-stand-in", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
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

"""In-process requests: signed slash commands dispatched through the real bolt app, no network.

The floor is an ack-only command (`/ack`, which answers "ok") registered on the same app, so it pays
everything /who pays (signature check, bolt's parsing, the middleware) except the answer itself.
Requests are interleaved (who, ack, timeline, ack, ...) so that a noisy neighbour slows both alike.
The app is made ready to serve as the production paths make theirs (`bot.app.ready_to_serve`, after
the store is open and the app built), so a collection costs here what it costs there.
"""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

from slack_bolt import BoltRequest

from bot.local import signed_headers, slash_command_body

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-signing-secret"
TIMELINE_SUBJECTS = ["Rafah", "Hamas", "ceasefire", "Erdogan", "Gaza", "Haniyeh since 2025", "Egypt",
                     "hostages", "Netanyahu until 2024", "Turkey"]


def who_texts() -> list[str]:
    """Every query of the seed store's evaluation set: what journalists type, found or not."""
    queries = tomllib.loads((ROOT / "tests" / "data" / "name_queries.toml").read_text(encoding="utf-8"))
    return [q["query"] for group in queries.values() for q in group]


def app_with_floor(store, reports_path: Path):
    from bot.app import create_app, ready_to_serve
    from bot.settings import Settings

    settings = Settings(bot_token="xoxb-bench", signing_secret=SECRET, reports_path=reports_path)
    app = create_app(settings, store)
    app.command("/ack")(lambda ack: ack(text="ok"))
    ready_to_serve()
    return app


def _request(command: str, text: str) -> BoltRequest:
    body = slash_command_body(command, text, response_url="http://127.0.0.1:9/unused")
    return BoltRequest(body=body, headers=signed_headers(SECRET, body))


def _timed(app, command: str, text: str) -> float:
    request = _request(command, text)  # signing is the client's work, not timed
    started = time.perf_counter()
    response = app.dispatch(request)
    spent = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"{command} {text!r} answered {response.status}: {response.body[:200]}")
    return spent


def first_of_each_entry(store, texts: list[str], spent: list[float]) -> list[float]:
    """The times of the texts that were the first to ask for their entry (and of those that found
    none): the bot keeps each entry's card, so another spelling of a name asked before costs less.
    Resolved after the timing, so that nothing is warmed for it."""
    seen: set[str] = set()
    firsts = []
    for text, seconds in zip(texts, spent):
        resolution = store.resolve(text)
        if resolution.decision != "found" or resolution.entity not in seen:
            firsts.append(seconds)
        if resolution.decision == "found":
            seen.add(resolution.entity)
    return firsts


def measure(store, reports_path: Path, rounds: int = 5) -> dict[str, list[float]]:
    """Seconds per request: /who and /timeline seen for the first time (no reply cached; /who also
    the subset that asked for an entry first), the same texts again (what the reply cache serves),
    and the ack-only floor measured between them."""
    app = app_with_floor(store, reports_path)
    for _ in range(50):  # warm-up: imports, bolt's lazy set-up
        _timed(app, "/ack", "")
    times: dict[str, list[float]] = {"who_first": [], "who_again": [], "timeline_first": [], "timeline_again": [],
                                     "ack": []}
    texts = who_texts()

    def interleaved(key: str, command: str, items: list[str]) -> None:
        for item in items:
            times[key].append(_timed(app, command, item))
            times["ack"].append(_timed(app, "/ack", item))

    interleaved("who_first", "/who", texts)
    times["who_entry_first"] = first_of_each_entry(store, texts, times["who_first"])
    interleaved("timeline_first", "/timeline", TIMELINE_SUBJECTS)
    for _ in range(rounds):
        interleaved("who_again", "/who", texts)
        interleaved("timeline_again", "/timeline", TIMELINE_SUBJECTS)
    return times

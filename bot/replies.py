"""Rendered replies, cached per knowledge revision.

The store is read-only, so the same question (a button's state: command, text, page, entity, facts)
asked of the same revision on the same day gets the same reply: it is built once (answered,
rendered, checked against Slack's limits) and served from here until the revision changes (a new
build, or the day: answers say when their sources grew stale). The cache is bounded: the least
recently asked replies go first, so memory stays flat however many different names are asked.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from typing import Callable

from bot.render import render
from bot.state import rebuild

CACHED_REPLIES = 2048  # a few kilobytes each: a few megabytes at most


class Replies:
    def __init__(self, fit_reply: Callable[[dict], dict], size: int = CACHED_REPLIES):
        self._fit_reply = fit_reply
        self._size = size
        self._cached: OrderedDict[tuple, dict] = OrderedDict()
        self._lock = threading.Lock()

    def reply(self, state: dict, store, freshness=None, *, shared: bool = False) -> dict:
        """The reply to `state` from `store`: the Slack message payload, fitted to Slack's limits.
        The payload is shared between callers: they read it (or copy it), never change it."""
        today = freshness.today if freshness is not None and freshness.today else dt.date.today()
        key = (store.revision, today, freshness, shared, json.dumps(state, sort_keys=True, ensure_ascii=False))
        with self._lock:
            cached = self._cached.get(key)
            if cached is not None:
                self._cached.move_to_end(key)
                return cached
        payload = self._fit_reply(render(rebuild(state, store, freshness), shared=shared, button_value=state))
        with self._lock:
            self._cached[key] = payload
            while len(self._cached) > self._size:
                self._cached.popitem(last=False)
        return payload

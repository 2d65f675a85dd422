"""Rendered replies, cached per knowledge revision.

The store is read-only, so the same question (a button's state: command, text, page, entity, facts)
asked of the same revision on the same day gets the same reply: it is built once (answered,
rendered, checked against Slack's limits) and served from here until the revision changes (a new
build, or the day: answers say when their sources grew stale). The cache is bounded: the least
recently asked replies go first, so memory stays flat however many different names are asked.

A /who card is also kept by entry (its answer, and its blocks once laid out): the same person asked
under another spelling, picked from a list of candidates or shared in a channel is a new question
with the same card, and only its buttons (which carry what was typed) are built for it.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator, MutableMapping
from typing import Callable

from bot.render import render
from bot.state import rebuild

CACHED_REPLIES = 2048  # a few kilobytes each: a few megabytes at most
CACHED_CARDS = 1024  # /who cards by entry, facts page and revision: answers and laid-out blocks alike


class Recent(MutableMapping):
    """A bounded mapping shared by threads: past `size` entries, the least recently used goes first."""

    def __init__(self, size: int):
        self._size = size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def __getitem__(self, key: Hashable) -> object:
        with self._lock:
            value = self._items[key]
            self._items.move_to_end(key)
            return value

    def __setitem__(self, key: Hashable, value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def __delitem__(self, key: Hashable) -> None:
        with self._lock:
            del self._items[key]

    def __iter__(self) -> Iterator[Hashable]:
        with self._lock:
            return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)


class Replies:
    def __init__(self, fit_reply: Callable[[dict], dict], size: int = CACHED_REPLIES, cards: int = CACHED_CARDS):
        self._fit_reply = fit_reply
        self._cached = Recent(size)
        self._cards = Recent(cards)
        self._layouts = Recent(cards)

    def reply(self, state: dict, store, freshness=None, *, shared: bool = False) -> dict:
        """The reply to `state` from `store`: the Slack message payload, fitted to Slack's limits.
        The payload is shared between callers: they read it (or copy it), never change it."""
        today = freshness.today if freshness is not None and freshness.today else dt.date.today()
        key = (store.revision, today, freshness, shared, json.dumps(state, sort_keys=True, ensure_ascii=False))
        cached = self._cached.get(key)
        if cached is not None:
            return cached
        answer = rebuild(state, store, freshness, cards=self._cards)
        payload = self._fit_reply(render(answer, shared=shared, button_value=state, layouts=self._layouts))
        self._cached[key] = payload
        return payload

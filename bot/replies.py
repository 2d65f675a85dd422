"""Rendered replies, cached per knowledge revision.

The store is read-only, so the same question (a button's state: command, text, page, entity, facts)
asked of the same revision on the same day gets the same reply: it is built once (answered,
rendered, checked against Slack's limits) and served from here until the revision changes (a new
build, or the day: answers say when their sources grew stale). The cache is bounded: the least
recently asked replies go first, so memory stays flat however many different names are asked.

Replies are kept as the JSON text they are sent as (`Rendered`), not as dicts: a slash command's
acknowledgement is that text, without encoding it again, and strings are nothing for the garbage
collector to walk (thousands of cached dicts were, in whichever request set a collection off).

A /who card is also kept by entry, and its blocks once laid out and checked, as JSON text: the same
person asked under another spelling, picked from a list of candidates or shared in a channel is a
new question with the same card, and only its buttons (which carry what was typed) are built and
checked for it. Page one of a large card comes laid out and checked from the build (`build_layouts`, which the
editors' CLI hands to `knowledge build`), when it was this renderer that laid it out: a new build
empties every cache, and laying out a large card cost more than the rest of its first answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator, MutableMapping
from functools import cache
from pathlib import Path
from typing import Callable, NamedTuple

from bot import limits, render
from bot.state import rebuild
from handlers.who import CARD_FACTS, card_answer
from knowledge.serving.cards import Layouts, card_text

CACHED_REPLIES = 2048  # a few kilobytes each: a few megabytes at most
CACHED_CARDS = 1024  # /who cards by entry, facts page and revision: answers and laid-out blocks alike
# Cards whose text (head and first page of facts) is shorter, a fact or two, are laid out in tens of
# microseconds when first asked: not worth a row of the build each (a million small entries would
# double the index).
LAID_OUT_AT_BUILD = 1500
# What a card's blocks are made by: a change to any of these lays cards out differently.
RENDERER = ("bot.render", "bot.blockkit", "bot.terminal", "bot.limits", "bot.replies", "handlers.answers",
            "handlers.who")


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


class Rendered(NamedTuple):
    """A reply as the JSON it is sent as: its response type, its fallback text (JSON) and its blocks
    (a JSON array)."""

    response_type: str
    text: str
    blocks: str

    @classmethod
    def of(cls, payload: dict) -> "Rendered":
        return cls(payload["response_type"], json.dumps(payload["text"]), json.dumps(payload["blocks"]))

    def payload(self) -> dict:
        """The message payload, a new dict each time (the caller may add to it)."""
        return {"response_type": self.response_type, "text": json.loads(self.text), "blocks": json.loads(self.blocks)}

    def ack_body(self, *, unfurl_links: bool | None = None, unfurl_media: bool | None = None) -> str:
        """The body bolt's `ack(**payload, unfurl_links=…, unfurl_media=…)` sends, byte for byte
        (its keys in its order, `json.dumps`' spacing), without encoding the blocks again."""
        body = f'{{"text": {self.text}, "response_type": {json.dumps(self.response_type)}'
        for key, flag in (("unfurl_links", unfurl_links), ("unfurl_media", unfurl_media)):
            if flag is not None:
                body += f', "{key}": {json.dumps(flag)}'
        return body + (f', "blocks": {self.blocks}}}' if self.blocks != "[]" else "}")


class LaidOut(NamedTuple):
    """A /who card's blocks without its buttons, checked, as JSON (the array's items, no brackets),
    and how many facts they show."""

    blocks: str
    count: int


class Replies:
    def __init__(self, fit_reply: Callable[[dict], dict], size: int = CACHED_REPLIES, cards: int = CACHED_CARDS):
        """`fit_reply`: the limits check (`bot.limits.enforce`): the payload itself if it fits, a copy
        cut to fit otherwise (or it raises)."""
        self._fit_reply = fit_reply
        self._cached = Recent(size)
        self._cards = Recent(cards)
        self._layouts = Recent(cards)

    def reply(self, state: dict, store, freshness=None, *, shared: bool = False) -> dict:
        """The reply to `state` from `store`: the Slack message payload, fitted to Slack's limits."""
        return self.rendered(state, store, freshness, shared=shared).payload()

    def rendered(self, state: dict, store, freshness=None, *, shared: bool = False) -> Rendered:
        """The reply to `state` from `store` as the JSON it is sent as."""
        today = freshness.today if freshness is not None and freshness.today else dt.date.today()
        key = (store.revision, today, freshness, shared, json.dumps(state, sort_keys=True, ensure_ascii=False))
        cached = self._cached.get(key)
        if cached is not None:
            return cached
        answer = rebuild(state, store, freshness, cards=self._cards)
        if render.is_card(answer):
            built = self._card(answer, state, shared, store)
        else:
            built = Rendered.of(self._fit_reply(render.render(answer, shared=shared, button_value=state)))
        self._cached[key] = built
        return built

    def _card(self, answer, state: dict, shared: bool, store) -> Rendered:
        """A /who card: laid out and checked once per entry (or by the build, as production checks a
        reply), then only its buttons per question."""
        key = render.card_key(answer)
        laid_out = self._layouts.get(key)
        if laid_out is None and answer.facts_from == 0 and store.layouts == renderer_stamp():
            built = store.card_layout(answer.match.id, answer.stale)
            if built is not None:
                laid_out = self._layouts[key] = LaidOut(*built)
        if laid_out is not None:
            actions = render.card_actions(answer, state, laid_out.count, shared)
            payload = render.message(answer, [actions], shared)  # the card's blocks were checked when laid out
            if self._fit_reply(payload) is payload:
                return Rendered(payload["response_type"], json.dumps(payload["text"]),
                                f"[{laid_out.blocks}, {json.dumps(actions)}]")
        blocks, count = render.card_layout(answer)
        content = render.fit_blocks(list(blocks))
        payload = render.message(answer, [*content, render.card_actions(answer, state, count, shared)], shared)
        fitted = self._fit_reply(payload)
        if fitted is payload:
            self._layouts[key] = LaidOut(", ".join(json.dumps(block) for block in content), count)
        return Rendered.of(fitted)


@cache
def renderer_stamp() -> str:
    """Which renderer lays out cards: a hash of the code that makes a card's blocks (`RENDERER`)."""
    digest = hashlib.sha256()
    for name in RENDERER:
        digest.update(name.encode() + b"\0" + Path(sys.modules[name].__file__).read_bytes())
    return digest.hexdigest()[:16]


def build_layouts() -> Layouts:
    """This renderer, for `knowledge build`: page one of each large card laid out, fresh and stale,
    checked against Slack's limits as production checks a reply (one that breaks them is left to be
    laid out, and cut, when asked)."""
    return Layouts(renderer_stamp(), _lay_out)


def _lay_out(head: str, facts: list[str]) -> list[tuple[bool, str, int]]:
    text = card_text(head, facts[:CARD_FACTS], 0)
    if len(text) < LAID_OUT_AT_BUILD:
        return []
    card = card_answer(text, revision="")  # the revision is in no block
    laid_out = []
    for stale in (False, True) if card.as_of else (False,):
        answer = card.model_copy(update={"stale": stale})
        blocks, count = render.card_layout(answer)
        content = render.fit_blocks(list(blocks))
        if not limits.quick_problems({"text": render.fallback_text(answer), "blocks": content}):
            laid_out.append((stale, ", ".join(json.dumps(block) for block in content), count))
    return laid_out

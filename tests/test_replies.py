"""Replies are built once: Block Kit JSON straight from the renderer, checked once, cached per revision."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from slack_bolt.context.ack import Ack

from bot import limits
from bot.listeners import NO_UNFURL
from bot.render import render
from bot.replies import Recent, Replies, renderer_stamp
from bot.state import rebuild
from handlers import Freshness
from knowledge.editing.build import build
from knowledge.serving.cards import Layouts
from knowledge.serving.store import KnowledgeStore
from tests.conftest import PROJECT_ROOT


class Counting:
    """The limits check the app uses, counting the payloads it is given (and keeping them)."""

    def __init__(self) -> None:
        self.checked = 0
        self.payloads: list[dict] = []

    def __call__(self, payload: dict) -> dict:
        self.checked += 1
        self.payloads.append(payload)
        return limits.enforce(payload, strict=True)


def test_the_same_question_of_the_same_revision_is_answered_once(mini_store):
    fit = Counting()
    replies = Replies(fit)
    first = replies.reply({"command": "who", "text": "haniyeh"}, mini_store)
    again = replies.reply({"text": "haniyeh", "command": "who"}, mini_store)
    assert again == first and fit.checked == 1
    again["blocks"].clear()  # each caller gets its own copy to add to
    assert replies.reply({"command": "who", "text": "haniyeh"}, mini_store) == first
    assert replies.reply({"command": "who", "text": "haniyeh"}, mini_store, shared=True) != first
    replies.reply({"command": "who", "text": "haniyeh", "page": 2}, mini_store)
    assert fit.checked == 3
    assert first == limits.enforce(render(rebuild({"command": "who", "text": "haniyeh"}, mini_store),
                                          button_value={"command": "who", "text": "haniyeh"}), strict=True)


def test_a_new_revision_is_answered_afresh(mini_root, tmp_path, mini_store):
    path = mini_root / "knowledge/data/people/ismail-haniyeh.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Hamas leader in December 2023 reporting.",
                                                             "Leader of Hamas in December 2023 reporting."),
                    encoding="utf-8")
    build(mini_root, tmp_path / "knowledge.json")
    changed = KnowledgeStore.open(tmp_path / "knowledge.json")
    assert changed.revision != mini_store.revision
    fit = Counting()
    replies = Replies(fit)
    state = {"command": "who", "text": "haniyeh"}
    before, after = replies.reply(state, mini_store), replies.reply(state, changed)
    assert fit.checked == 2
    assert "Leader of Hamas" in json.dumps(after) and "Leader of Hamas" not in json.dumps(before)


def test_the_cache_is_bounded(mini_store):
    fit = Counting()
    replies = Replies(fit, size=2)
    names = ["haniyeh", "abbas", "kamel"]
    for name in names:
        replies.reply({"command": "who", "text": name}, mini_store)
    replies.reply({"command": "who", "text": "kamel"}, mini_store)  # still cached
    assert fit.checked == 3
    replies.reply({"command": "who", "text": "haniyeh"}, mini_store)  # the oldest went first
    assert fit.checked == 4


def test_every_reply_is_valid_block_kit_by_the_quick_check_and_by_slack_sdk(real_store):
    """Production checks the JSON alone; here every /who card, every list of candidates and every
    timeline of the real knowledge passes that check and slack_sdk's models alike."""
    states = [{"command": "who", "text": "x", "entity": entity} for entity in real_store.entities]
    states += [{"command": "timeline", "text": real_store.entities[entity].name} for entity in real_store.entities]
    states += [{"command": "who", "text": text} for text in ("abbas", "hamas", "nobody we know", "<!channel>")]
    for state in states:
        payload = render(rebuild(state, real_store), button_value=state)
        assert limits.quick_problems(payload) == [], state
        assert limits.problems(payload) == [], state


@pytest.fixture(scope="module")
def plain_store(tmp_path_factory) -> KnowledgeStore:
    """The desk's knowledge built without the bot's renderer (`build` alone): no card laid out."""
    target = tmp_path_factory.mktemp("plain-build") / "knowledge.json"
    build(PROJECT_ROOT, target)
    return KnowledgeStore.open(target)


@pytest.mark.parametrize("laid_out_by_build", [True, False])
def test_an_entry_asked_under_another_spelling_gets_its_card_without_laying_it_out_again(real_store, plain_store,
                                                                                        laid_out_by_build):
    store = real_store if laid_out_by_build else plain_store
    assert (store.card_layout("hamas", stale=False) is not None) is laid_out_by_build
    fit = Counting()
    replies = Replies(fit)
    cards = [replies.reply({"command": "who", "text": text}, store) for text in ("Hamas", "HAMAS", "حماس")]
    picked = replies.reply({"command": "who", "text": "Hamas", "entity": "hamas"}, store)
    for card, text in zip([*cards, picked], ("Hamas", "HAMAS", "حماس", "Hamas")):
        state = {"command": "who", "text": text, **({"entity": "hamas"} if card is picked else {})}
        assert card == limits.enforce(render(rebuild(state, store), button_value=state), strict=True), \
            "the same reply as one built from nothing"
        more = next(b for b in card["blocks"][-1]["elements"] if b["action_id"] == "more_facts")
        assert json.loads(more["value"])["text"] == text, "the buttons carry what this journalist typed"
    checked = [[block["type"] for block in payload["blocks"]] for payload in fit.payloads]
    if laid_out_by_build:
        assert checked == [["actions"]] * 4, "laid out and checked by the build: each question checks its buttons"
    else:
        assert len(checked[0]) == len(cards[0]["blocks"]) and checked[1:] == [["actions"]] * 3, \
            "the card's blocks were laid out and checked once; later questions check only their buttons"


def test_a_card_kept_by_entry_still_says_when_its_sources_are_old(real_store):
    replies = Replies(Counting())
    week_after, year_after = (Freshness(today=dt.date(2025, 11, 14)), Freshness(today=dt.date(2026, 11, 7)))
    fresh = replies.reply({"command": "who", "text": "Hamas"}, real_store, week_after)
    old = replies.reply({"command": "who", "text": "HAMAS"}, real_store, year_after)
    assert "May be out of date" not in json.dumps(fresh) and "May be out of date" in json.dumps(old)
    state = {"command": "who", "text": "HAMAS"}
    assert old == limits.enforce(render(rebuild(state, real_store, year_after), button_value=state), strict=True)


def test_recent_keeps_the_most_recently_used():
    recent = Recent(2)
    recent["a"], recent["b"] = 1, 2
    assert recent["a"] == 1  # used: "b" is now the least recent
    recent["c"] = 3
    assert dict(recent) == {"a": 1, "c": 3}


def test_every_reply_sent_from_the_cache_is_byte_for_byte_what_bolt_would_send_of_one_built_afresh(real_store):
    """The acknowledgement is the cached JSON text, spliced (a card laid out once, its buttons per
    question): for every entry asked by its name, by its other spellings (the card kept), picked,
    shared and on its second page of facts, and for lists, timelines and help, the body is the one
    bolt's ack() makes of the reply rendered from nothing."""
    states = []
    for entity in real_store.entities:
        record = real_store.entities[entity]
        states += [{"command": "who", "text": name} for name in [record.name, *(a.name for a in record.aliases)]]
        states += [{"command": "who", "text": record.name, "entity": entity},
                   {"command": "who", "text": record.name, "entity": entity, "facts": 5},
                   {"command": "timeline", "text": record.name}]
    states += [{"command": "who", "text": text} for text in ("abbas", "nobody we know", "<!channel>", "", "help")]
    assert any(real_store.card_layout(entity, stale=True) for entity in real_store.entities), \
        "the build laid out the large cards (the bot's own renderer: they are used)"
    assert real_store.layouts == renderer_stamp()
    replies = Replies(lambda payload: limits.enforce(payload, strict=True))
    for freshness in (None, Freshness(today=dt.date(2026, 11, 21))):  # fresh; stale
        for state in states:
            for shared in (False, True):
                sent = replies.rendered(state, real_store, freshness, shared=shared).ack_body(**NO_UNFURL)
                afresh = render(rebuild(state, real_store, freshness), shared=shared, button_value=state)
                assert sent == Ack()(**limits.enforce(afresh, strict=True), **NO_UNFURL).body, (freshness, state)
                assert replies.reply(state, real_store, freshness, shared=shared) == afresh, (freshness, state)


def test_cards_laid_out_by_the_build_are_used_only_if_this_renderer_laid_them_out(tmp_path, real_store):
    """A build made with another version of the renderer (a deploy without a new build) would show
    that renderer's cards: they are laid out again instead. (A marker stands in for the blocks.)"""
    def marked(head: str, facts: list[str]) -> list[tuple[bool, str, int]]:
        return [(False, json.dumps({"type": "section", "text": {"type": "mrkdwn", "text": "laid out at build"}}), 1)]

    state = {"command": "who", "text": "Hamas"}
    for stamp, used in ((renderer_stamp(), True), ("another renderer", False)):
        target = tmp_path / stamp / "knowledge.json"
        build(PROJECT_ROOT, target, layouts=Layouts(stamp, marked))
        store = KnowledgeStore.open(target)
        reply = Replies(lambda payload: limits.enforce(payload, strict=True)).reply(state, store)
        assert ("laid out at build" in json.dumps(reply)) is used
        if not used:
            assert reply == render(rebuild(state, real_store), button_value=state)

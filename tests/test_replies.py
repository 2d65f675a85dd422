"""Replies are built once: Block Kit JSON straight from the renderer, checked once, cached per revision."""

from __future__ import annotations

import datetime as dt
import json

from bot import limits
from bot.render import render
from bot.replies import Recent, Replies
from bot.state import rebuild
from handlers import Freshness
from knowledge.editing.build import build
from knowledge.serving.store import KnowledgeStore


class Counting:
    """The limits check the app uses, counting the replies it is given."""

    def __init__(self) -> None:
        self.checked = 0

    def __call__(self, payload: dict) -> dict:
        self.checked += 1
        return limits.enforce(payload, strict=True)


def test_the_same_question_of_the_same_revision_is_answered_once(mini_store):
    fit = Counting()
    replies = Replies(fit)
    first = replies.reply({"command": "who", "text": "haniyeh"}, mini_store)
    again = replies.reply({"text": "haniyeh", "command": "who"}, mini_store)
    assert again is first and fit.checked == 1
    assert replies.reply({"command": "who", "text": "haniyeh"}, mini_store, shared=True) != first
    assert replies.reply({"command": "who", "text": "haniyeh", "page": 2}, mini_store) is not first
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


def test_an_entry_asked_under_another_spelling_gets_its_card_without_laying_it_out_again(real_store):
    replies = Replies(Counting())
    cards = [replies.reply({"command": "who", "text": text}, real_store) for text in ("Hamas", "HAMAS", "حماس")]
    picked = replies.reply({"command": "who", "text": "Hamas", "entity": "hamas"}, real_store)
    for card, text in zip([*cards, picked], ("Hamas", "HAMAS", "حماس", "Hamas")):
        state = {"command": "who", "text": text, **({"entity": "hamas"} if card is picked else {})}
        assert card == limits.enforce(render(rebuild(state, real_store), button_value=state), strict=True), \
            "the same reply as one built from nothing"
        more = next(b for b in card["blocks"][-1]["elements"] if b["action_id"] == "more_facts")
        assert json.loads(more["value"])["text"] == text, "the buttons carry what this journalist typed"
    assert all(a is b for card in cards[1:] + [picked] for a, b in zip(card["blocks"][:-1], cards[0]["blocks"][:-1])), \
        "the card's blocks were laid out once"


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

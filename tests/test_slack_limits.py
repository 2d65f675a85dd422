"""bot.limits: what slack_sdk's block models leave to Slack, checked; and cut to fit in production."""

from __future__ import annotations

import pytest

from bot import limits


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def message(*blocks: dict, text: str = "An answer (source: The Example Gazette)") -> dict:
    return {"text": text, "blocks": list(blocks)}


BUTTONS = {"type": "actions", "elements": [
    {"type": "button", "action_id": "report", "text": {"type": "plain_text", "text": "Report a problem"}}]}


def test_a_good_message_has_no_problems():
    assert limits.problems(message(section("fine"), {"type": "divider"}, BUTTONS)) == []


@pytest.mark.parametrize("payload, problem", [
    (message(*[section("x")] * 51), "51 blocks"),
    (message(section("x" * 3001)), "3000 characters"),
    (message(section("")), "section text is 0 characters"),
    (message(section("   ")), "empty text"),
    (message({"type": "section", "fields": [{"type": "mrkdwn", "text": "y" * 2001}]}), "field 0 is 2001"),
    (message({"type": "section"}), "text or fields"),
    (message({"type": "no_such_block"}), "does not know block type"),
    (message({"type": "divider", "colour": "red"}), "drops or changes"),
    (message({"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}), "rejects"),
    (message(section("x"), text=""), "fallback text is empty"),
    ({"type": "modal", "title": {"type": "plain_text", "text": "A title far longer than Slack allows"},
      "blocks": [section("x")]}, "rejects the view"),
])
def test_each_limit_is_caught(payload, problem):
    found = limits.problems(payload)
    assert any(problem in p for p in found), found
    with pytest.raises(limits.LimitError):
        limits.enforce(payload, strict=True)


def test_in_production_a_bad_reply_is_cut_to_fit_and_keeps_its_buttons(caplog):
    payload = message(*[section(f"part {n}") for n in range(70)], section("z" * 5000), section(""),
                      {"type": "no_such_block"}, BUTTONS)
    fitted = limits.enforce(payload, strict=False)
    assert limits.problems(fitted) == []
    assert len(fitted["blocks"]) == 50
    assert fitted["blocks"][-1] == BUTTONS
    assert fitted["blocks"][-2]["elements"][0]["text"] == "…and 25 more parts of this answer not shown."
    assert "cut to fit" in caplog.text


def test_a_long_section_is_clipped_not_dropped():
    fitted = limits.cut(message(section("w" * 3500)))
    assert len(fitted["blocks"][0]["text"]["text"]) == 3000
    assert fitted["blocks"][0]["text"]["text"].endswith("…")
    assert limits.problems(fitted) == []


BUTTON = {"type": "button", "action_id": "report", "text": {"type": "plain_text", "text": "Report a problem"}}


@pytest.mark.parametrize("payload, problem", [
    (message(*[section("x")] * 51), "51 blocks"),
    (message(section("x" * 3001)), "3001 characters"),
    (message(section("")), "section text is 0 characters"),
    (message(section("   ")), "empty text"),
    (message({"type": "section"}), "text or fields"),
    (message({"type": "no_such_block"}), "not a block this bot builds"),
    (message({"type": "divider", "colour": "red"}), "unknown key 'colour'"),
    (message({"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}), "header text"),
    (message({"type": "actions", "elements": [{**BUTTON, "text": {"type": "plain_text", "text": "b" * 76}}]}),
     "button text"),
    (message({"type": "actions", "elements": [{**BUTTON, "value": "v" * 2001}]}), "value is over"),
    (message({"type": "actions", "elements": []}), "1–25 elements"),
    (message(section("x"), text=""), "fallback text is empty"),
])
def test_the_quick_check_production_runs_catches_each_limit(payload, problem):
    """Production checks a reply's JSON without slack_sdk's models; it still catches every limit."""
    found = limits.quick_problems(payload)
    assert any(problem in p for p in found), found
    assert limits.problems(limits.enforce(payload, strict=False)) == [], "cut to fit, by the models too"


@pytest.mark.parametrize("block, where", [
    ({"type": "actions", "elements": [BUTTON, {**BUTTON, "text": {"type": "plain_text", "text": " "}}]},
     "elements[1].text"),
    ({"type": "section", "text": {"type": "mrkdwn", "text": "fine"},
      "accessory": {**BUTTON, "text": {"type": "plain_text", "text": ""}}}, "accessory.text"),
    ({"type": "context", "elements": [{"type": "mrkdwn", "text": "a"}, {"type": "mrkdwn", "text": "\n"}]}, "elements[1]"),
])
def test_an_empty_text_is_found_where_it_is(block, where):
    """The quick check looks for empty texts without working out paths, then says where each one is."""
    found = limits.quick_problems(message(block))
    assert any(p.endswith(f"empty text at {where}") for p in found), found
    assert limits.quick_problems(message(section("fine"), BUTTONS)) == []

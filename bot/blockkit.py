"""Block Kit blocks as the plain JSON Slack reads, built once.

The renderer used to build slack_sdk's block models and turn them into JSON, and `bot.limits` then
parsed that JSON back into models to validate it: two thirds of a reply's cost. These builders make
the JSON directly, with the same keys the models write; `bot.limits` checks the limits on what was
built, and the tests check every reply against slack_sdk's models as well.
"""

from __future__ import annotations

Block = dict  # one block, as JSON


def mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def plain(text: str) -> dict:
    return {"type": "plain_text", "text": text}


def section(text: str, accessory: dict | None = None) -> Block:
    block = {"type": "section", "text": mrkdwn(text)}
    if accessory is not None:
        block["accessory"] = accessory
    return block


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text)}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text)]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    element = {"type": "button", "text": plain(text), "action_id": action_id, "value": value}
    if style is not None:
        element["style"] = style
    return element


def actions(elements: list[dict]) -> Block:
    return {"type": "actions", "elements": elements}

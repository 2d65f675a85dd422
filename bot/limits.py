"""What Slack rejects that slack_sdk's block models do not: a checker, and a clean cut for production.

`problems(payload)` lists everything wrong with a message payload (`text` + `blocks`) or a modal view:
blocks the models cannot parse (`Block.parse` returns None, or warns about keys it drops), the
models' own validators, and the limits they leave to Slack: at most 50 blocks in a message, section
text 1–3,000 characters, section fields up to 2,000 characters each, no empty text anywhere.

`enforce(payload, strict=...)` is what the app calls before every reply: in tests (strict) a payload
with problems raises `LimitError`, because it is a bug in the renderer; in production it is cut to
fit, with "and N more" where blocks were dropped, so that Slack never rejects an answer.

Production checks a message with `quick_problems`: the same limits, read off the JSON as built,
without parsing it back into slack_sdk's models (that parse cost more than building the reply). The
tests run strict, with the models too, so a block the quick check would pass but Slack would refuse
fails a test rather than reaching a reader.
"""

from __future__ import annotations

import copy
import logging
import warnings

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MAX_BLOCKS = 50  # in a message; slack_sdk enforces 100 for views only
MAX_VIEW_BLOCKS = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
FALLBACK_TEXT = 3000  # what we allow for the top-level notification text (Slack truncates at 40,000)

logger = logging.getLogger(__name__)


class LimitError(ValueError):
    """A payload the bot built breaks one of Slack's limits."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def problems(payload: dict) -> list[str]:
    """Every way `payload` (a message, or a modal view with "type": "modal") would fail in Slack."""
    if payload.get("type") in {"modal", "home"}:
        return _view_problems(payload)
    return _fallback_problems(payload) + _blocks_problems(payload.get("blocks") or [], MAX_BLOCKS, "a message")


# What the renderer builds, and the limits Slack sets on each (the models check these in tests).
BLOCK_KEYS = {"section": {"type", "text", "fields", "accessory", "block_id"}, "header": {"type", "text", "block_id"},
              "context": {"type", "elements", "block_id"}, "actions": {"type", "elements", "block_id"},
              "divider": {"type", "block_id"}}
HEADER_TEXT, BUTTON_TEXT, ACTION_ID, BUTTON_VALUE = 150, 75, 255, 2000
CONTEXT_ELEMENTS, ACTIONS_ELEMENTS = 10, 25


def quick_problems(payload: dict) -> list[str]:
    """The limits of a message, checked on its JSON alone: what production runs before each reply."""
    if payload.get("type") in {"modal", "home"}:
        return _view_problems(payload)
    found = _fallback_problems(payload)
    blocks = payload.get("blocks") or []
    if len(blocks) > MAX_BLOCKS:
        found.append(f"blocks: {len(blocks)} blocks (at most {MAX_BLOCKS} in a message)")
    for index, block in enumerate(blocks):
        found += [f"blocks[{index}] ({block.get('type', '?')}): {p}" for p in _quick_block_problems(block)]
    return found


def _quick_block_problems(block: dict) -> list[str]:
    kind = block.get("type")
    if kind not in BLOCK_KEYS:
        return [f"not a block this bot builds: {kind!r}"]
    found = [f"unknown key {key!r}" for key in block if key not in BLOCK_KEYS[kind]]
    if kind == "section":
        found += _section_limits(block)
        if "accessory" in block:
            found += _button_problems(block["accessory"])
    elif kind == "header" and len((block.get("text") or {}).get("text", "")) > HEADER_TEXT:
        found.append(f"header text is over {HEADER_TEXT} characters")
    elif kind == "context" and not 1 <= len(block.get("elements") or []) <= CONTEXT_ELEMENTS:
        found.append(f"a context holds 1–{CONTEXT_ELEMENTS} elements")
    elif kind == "actions":
        elements = block.get("elements") or []
        if not 1 <= len(elements) <= ACTIONS_ELEMENTS:
            found.append(f"an actions block holds 1–{ACTIONS_ELEMENTS} elements")
        for element in elements:
            found += _button_problems(element)
    return found + [f"empty text at {where}" for where in _empty_texts(block)]


def _button_problems(element: dict) -> list[str]:
    if element.get("type") != "button":
        return [f"not an element this bot builds: {element.get('type')!r}"]
    found = []
    if len((element.get("text") or {}).get("text", "")) > BUTTON_TEXT:
        found.append(f"button text is over {BUTTON_TEXT} characters")
    if not 1 <= len(element.get("action_id") or "") <= ACTION_ID:
        found.append(f"a button's action_id is 1–{ACTION_ID} characters")
    if len(element.get("value") or "") > BUTTON_VALUE:
        found.append(f"a button's value is over {BUTTON_VALUE} characters")
    return found


def _fallback_problems(payload: dict) -> list[str]:
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["text: the fallback text is empty (notifications show only this)"]
    if len(text) > FALLBACK_TEXT:
        return [f"text: the fallback text is {len(text)} characters (at most {FALLBACK_TEXT})"]
    return []


def _section_limits(block: dict) -> list[str]:
    found = []
    text = (block.get("text") or {}).get("text")
    fields = block.get("fields") or []
    if text is None and not fields:
        found.append("a section needs text or fields")
    if text is not None and not 1 <= len(text) <= SECTION_TEXT:
        found.append(f"section text is {len(text)} characters (1–{SECTION_TEXT})")
    for number, field in enumerate(fields):
        if len(field.get("text", "")) > FIELD_TEXT:
            found.append(f"field {number} is {len(field['text'])} characters (at most {FIELD_TEXT})")
    return found


def _blocks_problems(blocks: list[dict], most: int, where: str) -> list[str]:
    found = [f"blocks: {len(blocks)} blocks (at most {most} in {where})"] if len(blocks) > most else []
    for index, block in enumerate(blocks):
        found += [f"blocks[{index}] ({block.get('type', '?')}): {p}" for p in block_problems(block)]
    return found


def block_problems(block: dict) -> list[str]:
    found: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            parsed = Block.parse(copy.deepcopy(block))
            if parsed is None:
                return [f"slack_sdk does not know block type {block.get('type')!r}"]
            rebuilt = parsed.to_dict()  # runs the models' validators
        except (SlackObjectFormationError, TypeError, ValueError, KeyError) as error:
            return [f"slack_sdk rejects it: {error}"]
    found += [f"slack_sdk: {w.message}" for w in caught]
    if rebuilt != block:
        found.append("slack_sdk drops or changes part of it (unknown keys?)")
    if block.get("type") == "section":
        found += _section_limits(block)
    found += [f"empty text at {where}" for where in _empty_texts(block)]
    return found


def _empty_texts(value, where: str = "") -> list[str]:
    """Every text object whose text is empty or only whitespace. Only dicts and lists are walked into
    (a reply is mostly strings, and this runs on every reply); where each one is, is worked out only
    when there is one (the paths cost more than the walk)."""
    if not _has_empty_text(value):
        return []
    return _empty_text_paths(value, where)


def _has_empty_text(value) -> bool:
    if isinstance(value, dict):
        if value.get("type") in _TEXT_TYPES and not str(value.get("text", "")).strip():
            return True
        values = value.values()
    elif isinstance(value, list):
        values = value
    else:
        return False
    for inner in values:
        if isinstance(inner, (dict, list)) and _has_empty_text(inner):
            return True
    return False


_TEXT_TYPES = frozenset({"mrkdwn", "plain_text"})


def _empty_text_paths(value, where: str = "") -> list[str]:
    empty = []
    if isinstance(value, dict):
        if value.get("type") in _TEXT_TYPES and not str(value.get("text", "")).strip():
            empty.append(where or "text")
        for key, inner in value.items():
            if isinstance(inner, (dict, list)):
                empty += _empty_text_paths(inner, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                empty += _empty_text_paths(item, f"{where}[{index}]")
    return empty


def _view_problems(payload: dict) -> list[str]:
    found: list[str] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            View(**copy.deepcopy(payload)).to_dict()
        found += [f"slack_sdk: {w.message}" for w in caught]
    except (SlackObjectFormationError, TypeError, ValueError) as error:
        found.append(f"slack_sdk rejects the view: {error}")
    return found + _blocks_problems(payload.get("blocks") or [], MAX_VIEW_BLOCKS, "a view")


def check(payload: dict) -> dict:
    """Raise LimitError if the payload breaks a limit; return it unchanged otherwise."""
    found = problems(payload)
    if found:
        raise LimitError(found)
    return payload


def enforce(payload: dict, *, strict: bool) -> dict:
    """The payload, or (not strict) a copy cut to fit Slack's limits. Strict raises LimitError instead,
    and checks with slack_sdk's models too; production checks the JSON alone (`quick_problems`)."""
    found = problems(payload) if strict else quick_problems(payload)
    if not found:
        return payload
    if strict:
        raise LimitError(found)
    logger.error("reply broke Slack's limits and was cut to fit (a renderer bug): %s", "; ".join(found))
    return cut(payload)


def cut(payload: dict) -> dict:
    """A copy of a message payload that fits: long texts clipped, bad blocks dropped, "and N more"."""
    fitted = copy.deepcopy(payload)
    text = str(fitted.get("text") or "").strip() or "The desk's answer"
    fitted["text"] = _clip(text, FALLBACK_TEXT)
    blocks = []
    dropped = 0
    for block in fitted.get("blocks") or []:
        block = _clip_block(block)
        if block is None or block_problems(block):
            dropped += 1
            continue
        blocks.append(block)
    # Keep the buttons (the last actions block) and room for the note.
    actions = blocks.pop() if blocks and blocks[-1].get("type") == "actions" else None
    room = MAX_BLOCKS - (actions is not None)
    if dropped or len(blocks) > room:
        keep = room - 1
        dropped += max(0, len(blocks) - keep)
        blocks = blocks[:keep]
        blocks.append({"type": "context", "elements": [{
            "type": "mrkdwn", "text": f"…and {dropped} more part{'s' * (dropped != 1)} of this answer not shown."}]})
    if actions is not None:
        blocks.append(actions)
    fitted["blocks"] = blocks
    return fitted


def _clip_block(block: dict) -> dict | None:
    if block.get("type") != "section":
        return block
    text = block.get("text")
    if text is not None:
        if not str(text.get("text", "")).strip():
            if not block.get("fields"):
                return None
            block.pop("text")
        else:
            text["text"] = _clip(text["text"], SECTION_TEXT)
    fields = [f for f in block.get("fields") or [] if str(f.get("text", "")).strip()]
    for field in fields:
        field["text"] = _clip(field["text"], FIELD_TEXT)
    if "fields" in block:
        if fields:
            block["fields"] = fields
        else:
            block.pop("fields")
            if "text" not in block:
                return None
    return block


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

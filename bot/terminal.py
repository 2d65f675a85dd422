"""Showing a Slack reply in a terminal: the same payload Slack would get, read as plain text."""

from __future__ import annotations

import re

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
# The mark first, then what may not stand before it: a pattern that starts with its literal is found
# by a fast scan (a card measures every line it might show), instead of trying the look-behind everywhere.
_BOLD = re.compile(r"\*(?<![\w*]\*)([^*\n]+)\*(?![\w*])")
_ITALIC = re.compile(r"_(?<![\w_]_)([^_\n]+)_(?![\w_])")


def mrkdwn_to_text(text: str) -> str:
    # Each pass only where its mark is there at all (a card measures every line it might show).
    if "<" in text:
        text = _LINK.sub(lambda m: f"{m[2]} ({m[1]})", text)
    if "*" in text:
        text = _BOLD.sub(r"\1", text)
    if "_" in text:
        text = _ITALIC.sub(r"\1", text)
    if ":" in text:
        text = text.replace(":warning:", "⚠")  # the one emoji code the renderer uses, as Slack shows it
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text


def payload_to_text(payload: dict) -> str:
    lines: list[str] = []
    for block in payload.get("blocks", []):
        kind = block["type"]
        if kind == "header":
            title = block["text"]["text"]
            lines += [title, "=" * len(title)]
        elif kind == "section":
            lines.append(mrkdwn_to_text(block["text"]["text"]))
            accessory = block.get("accessory")
            if accessory and accessory.get("type") == "button":
                lines.append(f"  [{accessory['text']['text']}]")
        elif kind == "context":
            lines.append("  " + " ".join(mrkdwn_to_text(e.get("text", "")) for e in block["elements"]))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "actions":
            lines.append(" ".join(f"[{e['text']['text']}]" for e in block["elements"] if e["type"] == "button"))
    if not lines:
        lines.append(mrkdwn_to_text(payload.get("text", "")))
    return "\n".join(lines)


def visible_length(blocks: list) -> int:
    """About how many characters a reader sees: the text of the blocks (block models or dicts), links as
    their labels only, formatting marks left out."""
    payload = {"blocks": [b if isinstance(b, dict) else b.to_dict() for b in blocks]}
    return len(_LINK_ADDRESS.sub("", payload_to_text(payload)))


def text_length(mrkdwn: str) -> int:
    """`visible_length` of one section holding this text. Lines are measured alone (no link or mark
    spans two), so the length of blocks is the sum of their lengths and the newlines between them."""
    text = mrkdwn_to_text(mrkdwn)
    return len(_LINK_ADDRESS.sub("", text) if " (http" in text else text)


_LINK_ADDRESS = re.compile(r" \(https?://[^)\s]+\)")

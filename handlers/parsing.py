"""Turning the text after a slash command into plain words and options."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.schema import PartialDate

# Slack escapes mentions and links: <@U123|name>, <#C123|news>, <!here>, <https://x|label>, <https://x>.
_SLACK_MARKUP = re.compile(r"<([^<>]*)>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&"}
_FILTER = re.compile(r"\b(since|until|from|to)\s+(\S+)", re.IGNORECASE)
_PAGE = re.compile(r"\bpage\s+(\d{1,4})\s*$", re.IGNORECASE)
HELP_WORDS = {"help", "?", "-h", "--help"}


def plain_text(text: str) -> str:
    """The words a user meant, with Slack's mention and link markup reduced to their labels."""

    def label(match: re.Match) -> str:
        inner = match[1]
        if "|" in inner:
            return inner.split("|", 1)[1]
        if inner.startswith(("@", "#", "!")):
            return ""  # an unlabelled mention or broadcast names nobody we know
        return inner

    text = _SLACK_MARKUP.sub(label, text)
    for escaped, character in _ENTITIES.items():
        text = text.replace(escaped, character)
    return " ".join(text.split())


def is_help(text: str) -> bool:
    return not text or text.casefold() in HELP_WORDS


class FilterError(ValueError):
    """A `since` or `until` the user wrote that is not a date."""


@dataclass(frozen=True)
class TimelineQuery:
    subject: str
    since: PartialDate | None = None
    until: PartialDate | None = None
    page: int | None = None


def timeline_query(text: str) -> TimelineQuery:
    """`Rafah since 2025-08 until 2025-11 page 2` → subject, date limits (2025, 2025-08, 2025-08-11), page."""
    page_match = _PAGE.search(text)
    page = int(page_match[1]) if page_match else None
    text = _PAGE.sub("", text)
    limits: dict[str, PartialDate] = {}
    for match in _FILTER.finditer(text):
        word = {"from": "since", "to": "until"}.get(match[1].lower(), match[1].lower())
        try:
            limits[word] = PartialDate.parse(match[2])
        except ValueError:
            if match[1].lower() in {"since", "until"}:
                raise FilterError(f"“{match[2]}” is not a date: write it as 2025, 2025-08 or 2025-08-11") from None
            continue  # "from" and "to" are also ordinary words ("Hamas to Cairo")
    subject = _FILTER.sub(lambda m: "" if m[1].lower() in {"since", "until"} or _is_date(m[2]) else m[0], text)
    since, until = limits.get("since"), limits.get("until")
    if since and until and until.last_day() < since.first_day():
        raise FilterError(f"“until {until.iso()}” is before “since {since.iso()}”")
    return TimelineQuery(" ".join(subject.split()), since, until, page)


def _is_date(word: str) -> bool:
    try:
        PartialDate.parse(word)
    except ValueError:
        return False
    return True

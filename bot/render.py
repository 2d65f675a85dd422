"""The one renderer: an Answer becomes the Slack message that carries it.

Built with slack_sdk's block models; `bot.limits` checks what the models do not enforce. Everything an
editor wrote or a user typed is escaped, so nothing from the knowledge or the query can ping a channel
or smuggle in a link: the only links are the source URLs the renderer builds itself.
"""

from __future__ import annotations

import json

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import state as button_state
from handlers.answers import Answer, Citation, Event, Fact

SECTION_LIMIT = 3000
MAX_BLOCKS = 50
SHARE, REPORT, SHOW_ENTITY, NEXT_PAGE = "share", "report", "show_entity", "next_page"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def escape(text: str) -> str:
    """Slack's three control characters, and nothing else (over-escaping shows as &#39;)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def human_date(iso: str) -> str:
    """2007 → 2007; 2023-12 → December 2023; 2025-11-05 → 5 November 2025."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"


def date_range(start: str, end: str) -> str:
    """11–12 August 2025; 24 November – 1 December 2023; December 2023 – January 2024."""
    first, last = human_date(start).split(" "), human_date(end).split(" ")
    if len(first) == len(last) == 3 and first[1:] == last[1:]:
        return f"{first[0]}–{last[0]} {' '.join(last[1:])}"
    if len(first) == len(last) and len(first) > 1 and first[-1] == last[-1]:
        return f"{' '.join(first[:-1])} – {' '.join(last)}"
    return f"{' '.join(first)} – {' '.join(last)}"


def event_date(event: Event) -> str:
    text = date_range(event.date, event.end) if event.end else human_date(event.date)
    return f"{text} (estimated)" if event.date_basis == "estimated" else text


class Citations:
    """Numbers citations in order of first use; the same source and quote keep one number."""

    def __init__(self) -> None:
        self.numbered: dict[tuple[str, str], int] = {}
        self.citations: list[Citation] = []

    def refs(self, citations: list[Citation]) -> str:
        numbers = []
        for citation in citations:
            key = (citation.source, citation.quote)
            if key not in self.numbered:
                self.citations.append(citation)
                self.numbered[key] = len(self.citations)
            numbers.append(self.numbered[key])
        return "".join(f"[{n}]" for n in sorted(set(numbers)))

    def lines(self) -> list[str]:
        return [f"[{n}] {source_line(c)}" for n, c in enumerate(self.citations, start=1)]


def source_line(citation: Citation) -> str:
    published = human_date(citation.published)
    if citation.published_basis == "estimated":
        published += " (date estimated)"
    # The only links in a reply are built here, from the addresses in sources.toml.
    if citation.headline and citation.url:
        title = f"<{citation.url}|{escape(citation.headline)}>"
    elif citation.headline:
        title = escape(citation.headline)
    elif citation.url:
        title = f"headline not known, <{citation.url}|link>"
    else:
        title = "headline not known"
    return f"{escape(citation.outlet)}, {published}, {title}: “{escape(citation.quote)}”"


def render(answer: Answer, *, shared: bool = False, button_value: dict | None = None) -> dict:
    """The Slack reply: `response_type`, fallback `text` and `blocks`.

    `shared` renders the copy posted to a channel (no Share button); `button_value` is the state the
    buttons carry so that a click can rebuild this answer.
    """
    value = button_state.encode(button_value or {"command": answer.command, "text": query_text(answer)})
    cites = Citations()
    if answer.status == "found" and answer.command == "who":
        blocks = _who(answer, cites)
    elif answer.status == "found":
        blocks = _timeline(answer, cites)
    elif answer.status == "ambiguous":
        blocks = _candidates(answer, value)
    elif answer.status == "not_found":
        blocks = _not_found(answer)
    else:
        blocks = [SectionBlock(text=MarkdownTextObject(text=_clip(escape(answer.message), SECTION_LIMIT)))]
    if cites.citations:
        blocks.append(DividerBlock())
        blocks += _sections("*Sources*", cites.lines())
    blocks = _fit(blocks)
    if answer.status not in {"usage", "error"}:
        blocks.append(_actions(answer, value, shared))
    return {
        "response_type": "in_channel" if shared else "ephemeral",
        "text": fallback_text(answer),
        "blocks": [block.to_dict() for block in blocks],
    }


def query_text(answer: Answer) -> str:
    """The command text that asks this question again, date limits included."""
    limits = [f"{word} {value}" for word, value in (("since", answer.since), ("until", answer.until)) if value]
    return " ".join([answer.query, *limits])


def fallback_text(answer: Answer) -> str:
    """One line for notifications and screen readers: the gist and its source."""
    if answer.status in {"usage", "error"}:
        return f"How to use /{answer.command}" if answer.command else "How to use /who and /timeline"
    if answer.status == "ambiguous":
        names = ", ".join(escape(c.name) for c in answer.candidates)
        return f"“{escape(answer.query)}” could be: {names}"
    if answer.status == "not_found":
        return f"No entry for “{escape(answer.query)}”"
    first = (answer.facts[0].citations[0] if answer.facts
             else answer.events[0].citations[0] if answer.events else None)
    source = f" (source: {escape(first.outlet)}, {human_date(first.published)})" if first else ""
    if answer.command == "who":
        return f"{escape(answer.match.name)}: {escape(answer.description)}{source}"
    subject = answer.match.name if answer.match else answer.topic
    total = answer.page.total if answer.page else 0
    return f"Timeline of {escape(subject)}: {total} event{'s' * (total != 1)}{source}"


def _who(answer: Answer, cites: Citations) -> list[Block]:
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=answer.match.name[:150]))]
    context = [f"{answer.match.kind.capitalize()}"]
    if answer.aliases:
        context.append("Also written: " + ", ".join(escape(a) for a in answer.aliases))
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=_clip(" · ".join(context), 2000))]))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=escape(answer.description))))
    if answer.facts:
        lines = [f"• {escape(f.text)} {cites.refs(f.citations)} _as of {_as_of(f)}_" for f in answer.facts]
        blocks += _sections("*What the sources say*", lines)
    if answer.events:
        lines = [f"• {event_date(e)} — {escape(e.title)} {cites.refs(e.citations)}" for e in answer.events]
        more = f"{answer.more_events} more, all" if answer.more_events else "All"
        lines.append(f"{more} in date order: `/timeline {escape(answer.match.name)}`")
        blocks += _sections("*Latest events*", lines)
    return blocks


def _as_of(fact: Fact) -> str:
    """The fact's date, "about" when the newest source's publication date is estimated."""
    estimated = all(c.published_basis == "estimated" for c in fact.citations if c.published == fact.as_of)
    return f"about {human_date(fact.as_of)}" if estimated else human_date(fact.as_of)


def _timeline(answer: Answer, cites: Citations) -> list[Block]:
    subject = answer.match.name if answer.match else answer.topic
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=f"Timeline: {subject}"[:150]))]
    page = answer.page
    period = []
    if answer.since:
        period.append(f"since {human_date(answer.since)}")
    if answer.until:
        period.append(f"until {human_date(answer.until)}")
    if page.total:
        summary = " ".join([f"{page.total} event{'s' * (page.total != 1)}", *period]) + ", oldest first"
        if page.pages > 1:
            summary += f" · page {page.number} of {page.pages}"
    else:
        summary = " ".join(["No events", *period]) + "."
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=escape(summary))]))
    lines = [f"• *{event_date(e)}* — {escape(e.title)} {cites.refs(e.citations)}" for e in answer.events]
    if lines:
        blocks += _sections("", lines)
    if page.number < page.pages:
        remaining = page.total - (page.number - 1) * page.size - len(answer.events)
        command = f"/timeline {query_text(answer)}"
        blocks.append(ContextBlock(elements=[MarkdownTextObject(
            text=f"{remaining} more: press Next page, or type `{escape(command)} page {page.number + 1}`")]))
    return blocks


def _candidates(answer: Answer, value: str) -> list[Block]:
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=escape(answer.message)))]
    state = json.loads(value)
    for candidate in answer.candidates:
        blocks.append(SectionBlock(
            text=MarkdownTextObject(text=_clip(f"*{escape(candidate.name)}* ({candidate.kind}): "
                                               f"{escape(candidate.description)}", SECTION_LIMIT)),
            accessory=ButtonElement(text=PlainTextObject(text=_clip(f"Show {candidate.name}", 75)),
                                    action_id=f"{SHOW_ENTITY}:{candidate.id}"[:255],
                                    value=button_state.encode({**state, "entity": candidate.id})),
        ))
    return blocks


def _not_found(answer: Answer) -> list[Block]:
    text = escape(answer.message)
    if answer.candidates:
        text += " Nearest names in the desk's knowledge: " + ", ".join(
            f"*{escape(c.name)}* ({escape(c.description.rstrip('.'))})" for c in answer.candidates) + "."
    text += " If the desk should know this, press Report a problem."
    return [SectionBlock(text=MarkdownTextObject(text=_clip(text, SECTION_LIMIT)))]


def _actions(answer: Answer, value: str, shared: bool) -> ActionsBlock:
    buttons = []
    if answer.status == "found" and answer.page and answer.page.number < answer.page.pages:
        state = {**json.loads(value), "page": answer.page.number + 1}
        buttons.append(ButtonElement(text=PlainTextObject(text="Next page"), action_id=NEXT_PAGE,
                                     value=button_state.encode(state)))
    if answer.status == "found" and not shared:
        buttons.append(ButtonElement(text=PlainTextObject(text="Share in channel"), action_id=SHARE,
                                     value=value, style="primary"))
    buttons.append(ButtonElement(text=PlainTextObject(text="Report a problem"), action_id=REPORT, value=value))
    return ActionsBlock(elements=buttons)


def _sections(title: str, lines: list[str]) -> list[Block]:
    """Lines packed into as few sections as fit Slack's 3,000-character limit, a title on the first."""
    blocks: list[Block] = []
    current = title
    for line in lines:
        line = _clip(line, SECTION_LIMIT - len(title) - 1)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > SECTION_LIMIT:
            blocks.append(SectionBlock(text=MarkdownTextObject(text=current)))
            candidate = line
        current = candidate
    if current:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=current)))
    return blocks


def _fit(blocks: list[Block]) -> list[Block]:
    """At most MAX_BLOCKS - 2 content blocks (room for a note and the buttons), cut with "and N more"."""
    room = MAX_BLOCKS - 2
    if len(blocks) <= room:
        return blocks
    cut = len(blocks) - (room - 1)
    return blocks[: room - 1] + [ContextBlock(elements=[MarkdownTextObject(
        text=f"…and {cut} more block{'s' * (cut != 1)} of this answer not shown: Slack allows {MAX_BLOCKS} per message.")])]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

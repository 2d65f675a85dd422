"""The one renderer: an Answer becomes the Slack message that carries it.

Built as Block Kit JSON, once (`bot.blockkit`); `bot.limits` checks Slack's limits on what was built. Everything an
editor wrote or a user typed is escaped, so nothing from the knowledge or the query can ping a channel
or smuggle in a link: the only links are the source URLs the renderer builds itself.

Every statement shown keeps its evidence beside it, the way a reader sees a pull quote: the source's
own words, then a short label (outlet, date, how the date is known, link). Each source document is
described once per reply (headline, translation history), at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot import state as button_state
from bot.blockkit import Block, actions, button, context, header, section
from bot.terminal import text_length, visible_length
from handlers.answers import Answer, Citation, Event, Fact
from handlers.timeline import NO_EVENTS
from handlers.who import CARD_FACTS

SECTION_LIMIT = 3000
MAX_BLOCKS = 50
SHARE, REPORT, SHOW_ENTITY, NEXT_PAGE = "share", "report", "show_entity", "next_page"
PREVIOUS_PAGE, MORE_FACTS, TIMELINE, ALL_QUOTES = "previous_page", "more_facts", "timeline", "all_quotes"
CARD_BUDGET = 2900  # visible characters of a /who card before its buttons: about 3,000 in all
BRIEF_QUOTE_WORDS = 16  # a card's event quotes: their opening words (in full on the timeline)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
BASIS_MARK = {"in_text": "in text", "confirmed": "confirmed", "estimated": "estimated"}
BASIS_LEGEND = {
    "in_text": "_in text_ = the source prints the date",
    "confirmed": "_confirmed_ = worked out by the desk from other dated reports",
    "estimated": "_estimated_ = worked out by the desk, not confirmed",
}


def escape(text: str) -> str:
    """Slack's three control characters, and nothing else (over-escaping shows as &#39;)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=4096)  # a reply shows a few dozen dates, most of them several times
def human_date(iso: str, short: bool = False) -> str:
    """2007 → 2007; 2023-12 → December 2023; 2025-11-05 → 5 November 2025 (short: 5 Nov 2025)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1][:3] if short else MONTHS[parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{parts[2]} {month} {parts[0]}"


def date_range(start: str, end: str) -> str:
    """11–12 August 2025; 24 November – 1 December 2023; December 2023 – January 2024."""
    first, last = human_date(start).split(" "), human_date(end).split(" ")
    if len(first) == len(last) == 3 and first[1:] == last[1:]:
        return f"{first[0]}–{last[0]} {' '.join(last[1:])}"
    if len(first) == len(last) and len(first) > 1 and first[-1] == last[-1]:
        return f"{' '.join(first[:-1])} – {' '.join(last)}"
    return f"{' '.join(first)} – {' '.join(last)}"


def date_window(start: str, end: str) -> str:
    """When a one-off event happened, known only to a window: 11 or 12 August 2025; some day between
    10 and 16 December 2023. Never a span that reads as its length."""
    first, last = human_date(start).split(" "), human_date(end).split(" ")
    if len(first) == len(last) == 3 and first[1:] == last[1:]:
        days = "or" if int(last[0]) - int(first[0]) == 1 else "and"
        lead = "" if days == "or" else "some day between "
        return f"{lead}{first[0]} {days} {' '.join(last)}"
    return f"some time between {' '.join(first)} and {' '.join(last)}"


def period_text(since: str | None, until: str | None) -> str:
    """in November 2025; from August to November 2025; since 2025; until December 2023."""
    if since and until:
        if since == until:
            return f"in {human_date(since)}"
        first, last = human_date(since).split(" "), human_date(until).split(" ")
        if len(first) == len(last) > 1 and first[-1] == last[-1]:
            return f"from {' '.join(first[:-1])} to {' '.join(last)}"
        return f"from {' '.join(first)} to {' '.join(last)}"
    if since:
        return f"since {human_date(since)}"
    if until:
        return f"until {human_date(until)}"
    return ""


def event_date(event: Event) -> str:
    """The date as precisely as it is known, with how it is known unless the quoted words print it."""
    if event.end and event.date_window:
        text = date_window(event.date, event.end)
    elif event.end:
        text = date_range(event.date, event.end)
    else:
        text = human_date(event.date)
    return text if printed_in_quote(event) else f"{text} _({BASIS_MARK[event.date_basis]})_"


def printed_in_quote(event: Event) -> bool:
    """Whether a quoted passage prints the event's date (its year; its month; its day beside the month)."""
    parts = [int(p) for p in event.date.split("-")]
    for citation in event.citations:
        quote = citation.quote
        if str(parts[0]) not in quote:
            continue
        if len(parts) == 1:
            return True
        month = MONTHS[parts[1] - 1]
        if len(parts) == 2 and month in quote:
            return True
        if len(parts) == 3 and (_printed(f"{parts[2]} {month}", quote) or _printed(f"{month} {parts[2]}", quote)):
            return True
    return False


def _printed(words: str, quote: str) -> bool:
    """Whether the quote has these words as words of its own (`\\bwords\\b`; `words` start and end
    with a letter or digit). Not a regular expression: one per date would be compiled afresh."""
    start = quote.find(words)
    while start != -1:
        end = start + len(words)
        if not _word_character(quote, start - 1) and not _word_character(quote, end):
            return True
        start = quote.find(words, start + 1)
    return False


def _word_character(text: str, at: int) -> bool:
    """What `\\w` matches, at a position of `text` (none outside it)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _dates_notes(events: list[Event]) -> list[str]:
    """What the date markers of these events mean, and how those known only to the month are ordered."""
    notes = [_basis_legend(events)]
    dated_months = {e.date[:7] for e in events if e.precision == "day"}
    if any(e.precision == "month" and e.date in dated_months for e in events):
        notes.append("An event known only to the month is listed after that month's dated events.")
    return notes


def _basis_legend(events: list[Event]) -> str:
    used = [basis for basis in BASIS_LEGEND if any(e.date_basis == basis and not printed_in_quote(e) for e in events)]
    return "Dates: " + "; ".join(BASIS_LEGEND[b] for b in used) + "." if used else ""


class Sources:
    """The sources of one reply, in order of first use: each is described once, at the end.

    A card is laid out more than once (fewer facts until it fits), from copies; the copies share what
    does not depend on the layout (each statement's quotes grouped, each label, each event's date, each
    source's description, the notes on the dates), worked out once."""

    def __init__(self, worked_out: dict | None = None) -> None:
        self.used: dict[str, Citation] = {}
        self.quoted: set[str] = set()  # quotes already shown in full in this reply
        # Keyed by id(): the answer being rendered holds every object keyed, so no id is reused meanwhile.
        self._worked_out = {} if worked_out is None else worked_out

    def copy(self) -> "Sources":
        copied = Sources(self._worked_out)
        copied.used, copied.quoted = dict(self.used), set(self.quoted)
        return copied

    def worked_out(self, key: tuple, make: Callable[[], object]):
        """`make()`, once per reply: `key` names what it works out (and of what)."""
        found = self._worked_out.get(key)
        if found is None:
            found = self._worked_out[key] = make()
        return found

    def label(self, citation: Citation) -> str:
        """The short label beside a quote: outlet, date and how it is known, linked where the address is known."""
        self.used.setdefault(citation.source, citation)
        return self.worked_out(("label", id(citation)), lambda: _label(citation))

    def quotes(self, citations: list[Citation], brief: bool = False) -> list[str]:
        """Each distinct quote once, as a pull quote with its label(s). A quote that is a copy or a part of
        another quote of the same statement is not repeated; its source joins that quote's labels.
        `brief` (the card's events, whose full quotes are on the timeline): the first quote's opening words."""
        groups = self.groups(citations)
        lines = []
        for words, cited in groups[:1] if brief else groups:
            quoted = words in self.quoted
            shown, line = self.worked_out(("quote", id(cited), brief, quoted), lambda: self._quote(words, cited, brief, quoted))
            if not quoted:
                self.quoted.add(shown)
            for citation in cited:
                self.used.setdefault(citation.source, citation)
            lines.append(line)
        return lines

    def _quote(self, words: str, cited: list[Citation], brief: bool, quoted: bool) -> tuple[str, str]:
        """What a quote shows (its opening only, pointing back, if it was shown in full already), and its line."""
        if quoted:
            shown = _opening(words) + " (quoted above)"
        else:
            shown = _opening(words, BRIEF_QUOTE_WORDS) if brief else words
        return shown, f"> “{escape(shown)}” — " + "; ".join(self.label(c) for c in cited)

    def groups(self, citations: list[Citation]) -> list[tuple[str, list[Citation]]]:
        """The statement's distinct quotes, each with the citations that print it (`_quote_groups`)."""
        return self.worked_out(("groups", id(citations)), lambda: _quote_groups(citations))

    def description(self) -> str:
        """Every source used, described once: outlet, publication date and how it is known, headline, history."""
        lines = [self.worked_out(("described", source), lambda: _described(citation))
                 for source, citation in self.used.items()]
        return "*Sources* · " + " · ".join(lines) if lines else ""


def _label(citation: Citation) -> str:
    published = human_date(citation.published, short=True)
    if citation.published_basis == "estimated":
        published = f"about {published}"  # the Sources note says the desk estimated it
    text = f"{escape(citation.outlet)}, {published}"
    label = f"<{citation.url}|{text}>" if citation.url else text
    if citation.derivation:
        label += f" · {derivation_mark(citation.derivation)}"
    return label


def _described(citation: Citation) -> str:
    """One source in the Sources note (a reply describes each source by the first citation of it)."""
    published = human_date(citation.published)
    published += " (publication date estimated)" if citation.published_basis == "estimated" else ""
    headline = f"“{escape(citation.headline)}”" if citation.headline else "headline not known"
    if citation.url:
        headline = f"<{citation.url}|{headline}>"
    line = f"{escape(citation.outlet)}, {published}, {headline}"
    if citation.derivation:
        line += f". {escape(citation.derivation.rstrip('.'))}"
    return line + "."


def _quote_groups(citations: list[Citation]) -> list[tuple[str, list[Citation]]]:
    """The distinct quotes of one statement (whitespace as one space), each with the citations that
    print it, in the order they are cited; a quote within a longer one joins the longer one's group."""
    if len(citations) == 1:  # most statements
        return [(" ".join(citations[0].quote.split()), [citations[0]])]
    groups: list[tuple[str, list[Citation]]] = []
    for citation in sorted(citations, key=lambda c: -len(c.quote)):
        words = " ".join(citation.quote.split())
        holder = next((g for g in groups if words in g[0]), None)
        if holder is None:
            groups.append((words, [citation]))
        elif all(c.source != citation.source for c in holder[1]):
            holder[1].append(citation)
    order = {c.quote: n for n, c in enumerate(citations)}
    groups.sort(key=lambda g: min(order[c.quote] for c in g[1]))
    return groups


def _opening(words: str, count: int = 8) -> str:
    """The first words of a quote already shown in full, to point back to it."""
    split = words.split()
    return words if len(split) <= count + 2 else " ".join(split[:count]) + "…"


def derivation_mark(derivation: str) -> str:
    """A few words for a quote's label saying the text is not the outlet's original."""
    text = derivation.casefold()
    kind = ("machine translation" if "machine translation" in text else "translation" if "translat" in text
            else "rewrite" if "rewr" in text else "not the original")
    return f"probably a {kind}" if text.startswith("probably") else kind


def render(answer: Answer, *, shared: bool = False, button_value: dict | None = None) -> dict:
    """The Slack reply: `response_type`, fallback `text` and `blocks`.

    `shared` renders the copy posted to a channel (no Share button); `button_value` is the state the
    buttons carry so that a click can rebuild this answer. A /who card is put together from its two
    parts, which the bot's reply cache (`bot.replies`) keeps apart: the card laid out
    (`card_layout`), the same whoever asked, and its buttons (`card_actions`), which carry what was typed.
    """
    state = button_value or {"command": answer.command, "text": query_text(answer)}
    if is_card(answer):
        blocks, count = card_layout(answer)
        return message(answer, [*fit_blocks(list(blocks)), card_actions(answer, state, count, shared)], shared)
    if answer.status == "found":
        blocks, buttons = _timeline(answer, state)
    elif answer.status in {"ambiguous", "not_found"}:
        blocks, buttons = _candidates(answer, state), []
    else:
        blocks, buttons = [section(_clip(escape(answer.message), SECTION_LIMIT))], []
    blocks = fit_blocks(blocks)
    if answer.status not in {"usage", "error"}:
        blocks.append(_actions(answer, state, buttons, shared))
    return message(answer, blocks, shared)


def message(answer: Answer, blocks: list[Block], shared: bool) -> dict:
    """The message payload carrying `blocks`, with the answer's fallback text."""
    return {"response_type": "in_channel" if shared else "ephemeral", "text": fallback_text(answer), "blocks": blocks}


def query_text(answer: Answer) -> str:
    """The command text that asks this question again, date limits included."""
    limits = [f"{word} {value}" for word, value in (("since", answer.since), ("until", answer.until)) if value]
    return " ".join([answer.query, *limits])


def stale_note(answer: Answer) -> str:
    return (f"May be out of date: the newest source is from {human_date(answer.as_of)}."
            if answer.stale and answer.as_of else "")


def fallback_text(answer: Answer) -> str:
    """One line for notifications and screen readers: the gist and its source."""
    if answer.status in {"usage", "error"}:
        return f"How to use /{answer.command}" if answer.command else "How to use /who and /timeline"
    if answer.status in {"ambiguous", "not_found"}:
        if len(answer.candidates) == 1 or not answer.candidates:
            return _clip(escape(answer.message), 300)
        names = ", ".join(escape(c.name) for c in answer.candidates)
        lead = "could be:" if answer.status == "ambiguous" else "has no entry; nearest:"
        return f"“{_clip(escape(answer.query), 200)}” {lead} {names}"
    first = (answer.facts[0].citations[0] if answer.facts
             else answer.events[0].citations[0] if answer.events else None)
    source = f" (source: {escape(first.outlet)}, {human_date(first.published)})" if first else ""
    stale = f" {stale_note(answer)}" if answer.stale else ""
    if answer.command == "who":
        return f"{escape(answer.match.name)}: {escape(answer.description)}{source}{stale}"
    total = answer.page.total if answer.page else 0
    return f"{_timeline_title(answer)}: {total} event{'s' * (total != 1)}{source}{stale}"


# --- /who: the card ------------------------------------------------------------------------------

def is_card(answer: Answer) -> bool:
    return answer.status == "found" and answer.command == "who"


def card_key(answer: Answer) -> tuple:
    """What a card's layout depends on: the same for every spelling, pick or share of the entry."""
    return answer.revision, answer.match.id, answer.facts_from, answer.stale


def card_actions(answer: Answer, state: dict, count: int, shared: bool) -> Block:
    """A card's buttons, `count` facts shown: they carry what was typed, so they are built per question."""
    buttons = []
    left = answer.facts_total - answer.facts_from - count
    if left > 0:
        buttons.append(_button(f"More facts ({left} left)", MORE_FACTS, {**state, "facts": answer.facts_from + count}))
    if answer.events:
        buttons.append(_button("Timeline", TIMELINE, {"command": "timeline", "text": answer.match.name,
                                                     "entity": answer.match.id}))
    return _actions(answer, state, buttons, shared)


def card_layout(answer: Answer) -> tuple[tuple[Block, ...], int]:
    """The card's blocks and how many facts they show: as many of the next CARD_FACTS facts as keep it
    within CARD_BUDGET (at least one).

    Each part is built once and measured once: the facts come first and in order, so the card with
    fewer facts is the same card cut short, and only what follows them (the latest events, whose
    quotes may point back to a fact's, and the notes on the sources used) is built again per count."""
    most = min(CARD_FACTS, len(answer.facts))
    head = _card_head(answer)
    sources = Sources()
    after = [sources.copy()]  # after[n]: the sources once the first n facts are shown
    lines = []
    for fact in answer.facts[:most]:
        lines.append(_fact(fact, sources))
        after.append(sources.copy())
    head_length = visible_length(head)
    line_lengths = [text_length(line) for line in lines]
    lengths: dict[str, int] = {}  # the tail's blocks, most of them alike from one count to the next

    def measured(block: Block) -> int:
        text = block["text"]["text"] if block["type"] == "section" else block["elements"][0]["text"]
        key = f"{block['type']}:{text}"
        if key not in lengths:
            lengths[key] = visible_length([block])
        return lengths[key]

    count = most
    while True:
        title = _facts_title(answer, count)
        length = head_length
        if count:
            room = SECTION_LIMIT - len(title) - 1  # what `_sections` clips a line to (almost never needed)
            length += 1 + text_length(title) + sum(
                1 + (line_lengths[n] if len(lines[n]) <= room else text_length(_clip(lines[n], room)))
                for n in range(count))
        if count > 1 and length > CARD_BUDGET:  # too long before the events and notes are added
            count -= 1
            continue
        tail = _card_tail(answer, after[count])
        length += sum(1 + measured(block) for block in tail)
        if count <= 1 or length <= CARD_BUDGET:
            break
        count -= 1
    return (*head, *(_sections(title, lines[:count]) if count else []), *tail), count


def _card_head(answer: Answer) -> list[Block]:
    """The name, what kind of entry and how it is written, how fresh, and the description."""
    blocks: list[Block] = [header(answer.match.name[:150])]
    context_parts = [answer.match.kind.capitalize()]
    if answer.aliases:
        context_parts.append("Also written: " + ", ".join(escape(a) for a in answer.aliases))
    if answer.as_of:
        context_parts.append(f"as of {human_date(answer.as_of)} (newest source)")
    if answer.reviewed:
        by = f" ({escape(answer.reviewer)})" if answer.reviewer else ""
        context_parts.append(f"reviewed by the desk on {human_date(answer.reviewed)}{by}")
    blocks.append(context(_clip(" · ".join(context_parts), 2000)))
    if answer.stale:
        blocks.append(section(f":warning: *{stale_note(answer)}*"))
    blocks.append(section(_clip(escape(answer.description), SECTION_LIMIT)))
    return blocks


def _facts_title(answer: Answer, count: int) -> str:
    shown = answer.facts[:count]
    first, total = answer.facts_from + 1, answer.facts_total
    title = ("*Key facts*" if answer.facts_from == 0 and any(f.key for f in shown) else "*What the sources say*")
    if answer.facts_from or count < total:
        title += f" ({first}–{first + len(shown) - 1} of {total})" if len(shown) > 1 else f" ({first} of {total})"
    return title


def _card_tail(answer: Answer, sources: Sources) -> list[Block]:
    """The latest events and the notes, after the facts whose sources `sources` has seen (left unchanged)."""
    sources = sources.copy()
    blocks: list[Block] = []
    if answer.events:
        lines = [_event_line(e, sources, brief=True) for e in answer.events]
        more = f" ({answer.more_events} more on the timeline)" if answer.more_events else ""
        blocks += _sections(f"*Latest events*{more}", lines)
    return blocks + _notes(answer.events, sources)


def _fact(fact: Fact, sources: Sources) -> str:
    """The fact, then its quotes: each label's date is the date the fact was true as of."""
    return "\n".join([f"• {escape(fact.text)}", *sources.quotes(fact.citations)])


def _event_line(event: Event, sources: Sources, brief: bool = False) -> str:
    date = sources.worked_out(("date", id(event)), lambda: event_date(event))
    where = f" _(in {escape(event.via)})_" if event.via else ""
    head = f"• {date} — {escape(event.title)}{where}" if brief else f"• *{date}* — {escape(event.title)}{where}"
    return "\n".join([head, *sources.quotes(event.citations, brief=brief)])


def _notes(events: list[Event], sources: Sources) -> list[Block]:
    """Once per reply: what the date markers mean, and each source described."""
    notes = [*sources.worked_out(("dates", id(events)), lambda: _dates_notes(events)), sources.description()]
    text = "\n".join(n for n in notes if n)
    return [context(_clip(text, 3000))] if text else []


# --- /timeline -----------------------------------------------------------------------------------

def _timeline_title(answer: Answer) -> str:
    if answer.match:
        return f"Timeline: {answer.match.name}"
    if answer.topic:
        return f"Timeline: {answer.topic}"
    return "Timeline: every event"


def _timeline(answer: Answer, state: dict) -> tuple[list[Block], list[dict]]:
    """A page of events, each with its pull quote: the first quote, with every source that prints it
    (its outlets and dates). All quotes shows the page with every quote of every event."""
    sources = Sources()
    blocks: list[Block] = [header(_clip(_timeline_title(answer), 150))]
    page = answer.page
    period = period_text(answer.since, answer.until)
    if page.total:
        summary = " ".join([f"{page.total} event{'s' * (page.total != 1)}", period]).strip() + ", oldest first"
        if page.pages > 1:
            summary += f" · page {page.number} of {page.pages}"
    else:
        summary = " ".join(["No events", period]).strip() + "."
    if answer.as_of:
        summary += f" · newest source {human_date(answer.as_of)}"
    blocks.append(context(escape(summary)))
    if answer.message and answer.message != NO_EVENTS:  # whose timeline this is, where the name is another's too
        blocks.append(context(_clip(escape(answer.message), SECTION_LIMIT)))
    if answer.stale:
        blocks.append(section(f":warning: *{stale_note(answer)}*"))
    every_quote = bool(state.get("all_quotes"))
    events, lines = answer.events, []
    if not every_quote:
        pulled = [_pull_quote_only(e, sources) for e in answer.events]
        events = [event for event, _ in pulled]
        lines = [_event_line(event, sources) + _more_quotes(more) for event, more in pulled]
    else:
        lines = [_event_line(e, sources) for e in events]
    if lines:
        blocks += _sections("", lines)
    buttons = []
    # The page travels in the state, not in the words: "page 2" typed must not outweigh Previous page.
    paging = {**state, "text": query_text(answer)}
    if page.number > 1:
        buttons.append(_button("Previous page", PREVIOUS_PAGE, {**paging, "page": page.number - 1}))
    if page.number < page.pages:
        buttons.append(_button("Next page", NEXT_PAGE, {**paging, "page": page.number + 1}))
        remaining = page.total - (page.number - 1) * page.size - len(answer.events)
        command = f"/timeline {query_text(answer)}".rstrip()
        blocks.append(context(f"{remaining} more: press Next page, or type `{escape(command)} page {page.number + 1}`"))
    if not every_quote and any(len(e.citations) < len(full.citations) for e, full in zip(events, answer.events)):
        buttons.append(_button("All quotes", ALL_QUOTES, {**paging, "page": page.number, "all_quotes": True}))
    blocks += _notes(events, sources)
    return blocks, buttons


def _pull_quote_only(event: Event, sources: Sources) -> tuple[Event, int]:
    """The event as its pull quote shows it (the citations of its first quote; its date's marker and
    the notes go by what is shown), and how many other quotes it has."""
    groups = sources.groups(event.citations)
    if len(groups) == 1:
        return event, 0
    return event.model_copy(update={"citations": groups[0][1]}), len(groups) - 1


def _more_quotes(count: int) -> str:
    return f"\n_+{count} more quote{'s' * (count != 1)}: All quotes_" if count else ""


# --- not sure: candidates to pick ----------------------------------------------------------------

def _candidates(answer: Answer, state: dict) -> list[Block]:
    """Every candidate is a button showing that entity: for a name that fits several, a near name, or
    an entry whose description or facts say what was typed. Never a dead end."""
    text = escape(answer.message)
    if answer.status == "not_found" and len(answer.candidates) > 1:
        described = any(c.found_by == "description" for c in answer.candidates)
        text += (" These entries' descriptions or facts say so, or their names are near:" if described
                 else " The nearest names in the desk's knowledge:")
    blocks: list[Block] = [section(_clip(text, SECTION_LIMIT))]
    for candidate in answer.candidates:
        blocks.append(section(
            _clip(f"*{escape(candidate.name)}* ({candidate.kind}): {escape(candidate.description)}", SECTION_LIMIT),
            accessory=_button(_clip(f"Show {candidate.name}", 75), f"{SHOW_ENTITY}:{candidate.id}"[:255],
                              {**state, "entity": candidate.id}),
        ))
    if answer.status == "not_found":
        blocks.append(context("If the desk should know this, press Report a problem."))
    return blocks


# --- shared pieces -------------------------------------------------------------------------------

def _button(text: str, action_id: str, value: dict, style: str | None = None) -> dict:
    return button(text, action_id, button_state.encode(value), style)


def _actions(answer: Answer, state: dict, buttons: list[dict], shared: bool) -> Block:
    buttons = list(buttons)
    value = button_state.encode(state)  # both carry the question as it was asked: encoded once
    if answer.status == "found" and not shared:
        buttons.append(button("Share in channel", SHARE, value, "primary"))
    buttons.append(button("Report a problem", REPORT, value))
    return actions(buttons)


def _sections(title: str, lines: list[str]) -> list[Block]:
    """Lines packed into as few sections as fit Slack's 3,000-character limit, a title on the first."""
    blocks: list[Block] = []
    current = title
    for line in lines:
        line = _clip(line, SECTION_LIMIT - len(title) - 1)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > SECTION_LIMIT:
            blocks.append(section(current))
            candidate = line
        current = candidate
    if current:
        blocks.append(section(current))
    return blocks


def fit_blocks(blocks: list[Block]) -> list[Block]:
    """At most MAX_BLOCKS - 2 content blocks (room for a note and the buttons), cut with "and N more"."""
    room = MAX_BLOCKS - 2
    if len(blocks) <= room:
        return blocks
    cut = len(blocks) - (room - 1)
    return blocks[: room - 1] + [context(
        f"…and {cut} more block{'s' * (cut != 1)} of this answer not shown: Slack allows {MAX_BLOCKS} per message.")]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

"""What a /who card shows of an entry, worked out once by `build` and kept in the serving index.

A card used to be put together per request from the entry's full record (every alias and fact,
validated as a model), each cited source's record and each shown event's, and the record of each
event's place: most of a first answer's cost, for a result that depends only on the knowledge. The
build works it out here instead, as plain JSON whose keys are the answer's own fields
(`handlers.answers`): a card's head (who it is, how else it is written, its latest events, how fresh)
and its facts in card order, each with its citations' sources spelled out; and its summary, what a
list of candidates shows. The handler turns the head and the few facts it shows into its answer;
nothing else of the entry is read for it.

The same conversions, from the store's records, give a /timeline its events (`handlers.citing`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from knowledge import schema
from knowledge.names import normalise

LATEST_EVENTS = 3  # a card's latest events; the rest are on the timeline
ALSO_WRITTEN = 5  # a handful of spellings a reader would recognise, not every transliteration

Wording = Callable[[schema.Citation], str]  # a citation's quote as the source prints it


class Layouts(NamedTuple):
    """How the bot lays out a card, handed to `build` by whoever runs it (the CLI wires in the bot's
    renderer: `bot.replies.build_layouts`), so that page one of a large card is laid out once, at
    build time, and not on its first question after every build. `lay_out(head, facts)` takes a card's
    stored texts (its head, its facts in card order) and gives (stale, blocks, facts shown) for each
    way its first page is shown, or nothing where a card is quick to lay out at answer time; `stamp`
    says which renderer did it (the bot uses the layouts only if it is its own)."""

    stamp: str
    lay_out: Callable[[str, list[str]], list[tuple[bool, str, int]]]


def card_text(head: str, facts: list[str], start: int) -> str:
    """A card as one JSON object of the answer's fields, put together from the stored texts (its head,
    the facts it shows, from `start`) without parsing them."""
    return f'{{"facts":[{",".join(facts)}],"facts_from":{start},{head.lstrip()[1:]}'


def _as_typed(citation: schema.Citation) -> str:
    return citation.quote


def citation(cited: schema.Citation, sources: Mapping[str, schema.Source], wording: Wording = _as_typed) -> dict:
    source = sources[cited.source]
    return {"source": source.id, "quote": wording(cited), "outlet": source.outlet, "headline": source.headline,
            "published": source.published.isoformat(), "published_basis": source.published_basis.value,
            "url": source.url, "derivation": source.derivation}


def as_of(cited: list[schema.Citation], sources: Mapping[str, schema.Source]) -> str:
    """The date a statement was true as of (ISO): the newest publication date among its sources."""
    return max(sources[c.source].published for c in cited).isoformat()


def event(record: schema.Event, sources: Mapping[str, schema.Source], place: str | None,
          subject: str | None = None, wording: Wording = _as_typed) -> dict:
    """`place`: the house name of the event's place. `subject`: the entity whose timeline or card
    this is; an event there only because its place lies within the subject says which place (`via`)."""
    via = None
    if subject and record.place and subject != record.place and subject not in record.entities:
        via = place
    return {
        "id": record.id,
        "date": record.date.iso(),
        "end": record.end.iso() if record.end else None,
        "precision": record.date.precision.value,
        "date_basis": record.date_basis.value,
        "date_window": record.date_window,
        "title": record.title,
        "place": place,
        "via": via,
        "citations": [citation(c, sources, wording) for c in record.citations],
        "reviewed": record.reviewed.isoformat() if record.reviewed else None,
        "reviewer": record.reviewer,
    }


def facts(entity: schema.Entity, sources: Mapping[str, schema.Source], wording: Wording = _as_typed) -> list[dict]:
    """Every fact in card order: key facts lead, then the newest; the editors' order among equals."""
    dated = sorted(((as_of(f.citations, sources), f) for f in entity.facts), key=lambda pair: pair[0], reverse=True)
    dated.sort(key=lambda pair: not pair[1].key)
    return [{"text": f.text, "key": f.key, "as_of": newest, "citations": [citation(c, sources, wording) for c in f.citations]}
            for newest, f in dated]


def summary(entity: schema.Entity) -> dict:
    """What a list of candidates shows of an entry, and what names it elsewhere (an event's place)."""
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "description": entity.description}


def head(entity: schema.Entity, facts_in_order: list[dict], latest: list[dict], total_events: int,
         events_newest: str | None) -> dict:
    """Everything on the card but its facts: `latest`, its newest events (newest first, as `event`
    gives them); `events_newest`, the newest source date among all of its events."""
    newest = max([f["as_of"] for f in facts_in_order] + ([events_newest] if events_newest else []), default=None)
    return {
        "match": {"id": entity.id, "name": entity.name, "kind": entity.kind},
        "description": entity.description,
        "aliases": also_written(entity),
        "facts_total": len(facts_in_order),
        "events": latest,
        "more_events": total_events - len(latest),
        "as_of": newest,
        "reviewed": entity.reviewed.isoformat() if entity.reviewed else None,
        "reviewer": entity.reviewer,
    }


def also_written(entity: schema.Entity) -> list[str]:
    """The spellings the sources print (`seen_in`), then the first Arabic-script name, then the
    editors' first others if that leaves fewer than three; none that only repeats words already shown
    (Haniyeh beside Ismail Haniyeh) or differs from one only in case. Accents count: İbrahim Kalın
    is how Turkish outlets print Ibrahim Kalin."""
    attested = [a.name for a in entity.aliases if a.seen_in]
    arabic = [a.name for a in entity.aliases if normalise.is_arabic(a.name)][:1]
    others = [a.name for a in entity.aliases if not a.seen_in and a.name not in arabic]
    shown: list[str] = []
    seen_words = [set(entity.name.casefold().split())]
    seen_spellings = {entity.name.casefold()}
    for group, fill in ((attested, False), (arabic, False), (others, True)):
        for name in group:
            if len(shown) >= ALSO_WRITTEN or (fill and len(shown) >= 3):
                break
            words = set(name.casefold().split())
            if name.casefold() in seen_spellings or any(words <= known for known in seen_words):
                continue
            shown.append(name)
            seen_spellings.add(name.casefold())
            seen_words.append(words)
    return shown

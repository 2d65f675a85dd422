"""/who <name>: who a person is, or what an organisation or place is, with every fact cited."""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping

from handlers import citing
from handlers.answers import Answer
from handlers.freshness import Freshness
from handlers.parsing import is_help
from handlers.usage import usage
from knowledge.names import normalise
from knowledge.schema import Entity
from knowledge.serving.store import KnowledgeStore

LATEST_EVENTS = 3
CARD_FACTS = 5  # facts a card shows at most; More facts shows the next ones
ALSO_WRITTEN = 5  # a handful of spellings a reader would recognise, not every transliteration


def who(text: str, store: KnowledgeStore, entity_id: str | None = None, facts_from: int = 0,
        freshness: Freshness | None = None, cards: MutableMapping[tuple, Answer] | None = None) -> Answer:
    """`cards`: where cards already built are kept (the bot's bounded cache): a name asked under
    another spelling, a candidate picked or a card shared gets the entry's card without building it."""
    if entity_id is None and is_help(text):
        return usage("who", text, store)
    resolution = store.resolve(text) if entity_id is None else store.pick(entity_id)
    if resolution.decision != "found":
        return not_sure("who", text, store, resolution)
    key = (store.revision, resolution.entity, facts_from)
    built = cards.get(key) if cards is not None else None
    if built is None:
        built = card(store, resolution.entity, facts_from)
        if cards is not None:
            cards[key] = built
    newest = dt.date.fromisoformat(built.as_of) if built.as_of else None
    return built.model_copy(update={"query": text, "stale": bool(newest and freshness and freshness.is_stale(newest))})


def card(store: KnowledgeStore, entity_id: str, facts_from: int = 0) -> Answer:
    """The entry's card, whoever asked and however: `query` empty, `stale` not worked out."""
    entity = store.entities[entity_id]
    # Key facts lead, then the newest; a stable sort keeps the editors' order among equals. Only the
    # card's share is turned into the answer's facts: an entry may have hundreds.
    dated = sorted(((store.as_of(f.citations), f) for f in entity.facts), key=lambda pair: pair[0], reverse=True)
    dated.sort(key=lambda pair: not pair[1].key)
    start = min(max(facts_from, 0), max(len(dated) - 1, 0))
    facts = [citing.fact(store, f, as_of) for as_of, f in dated[start : start + CARD_FACTS]]
    # Only the events the card shows are read; their count and newest source date come from the index.
    latest = [citing.event(store, e, entity.id) for e in store.latest_events(entity.id, LATEST_EVENTS)]
    total_events, events_newest = store.events_summary(entity.id)
    newest = max([as_of for as_of, _ in dated] + ([events_newest] if events_newest else []), default=None)
    return Answer(
        command="who", query="", status="found", revision=store.revision,
        match=citing.entity_ref(store, entity.id),
        description=entity.description,
        aliases=also_written(entity),
        facts=facts,
        facts_from=start,
        facts_total=len(dated),
        events=latest,
        more_events=total_events - len(latest),
        as_of=newest.isoformat() if newest else None,
        reviewed=entity.reviewed.isoformat() if entity.reviewed else None,
        reviewer=entity.reviewer,
    )


def also_written(entity: Entity) -> list[str]:
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


def not_sure(command: str, text: str, store: KnowledgeStore, resolution, **limits) -> Answer:
    """No confident match: the name's candidates, and entries whose description or facts say what was
    typed ("Qatari prime minister"), all offered to pick from, never answered."""
    described = store.descriptions.search(text)
    by_name = [c.entity for c in resolution.candidates]
    picks = list(dict.fromkeys([*by_name, *described] if resolution.decision == "ambiguous"
                               else [*described, *by_name]))
    status = resolution.decision
    candidates = citing.candidates(store, picks, described=set(described) - set(by_name))
    if len(candidates) == 1:
        message = f"Did you mean {candidates[0].name}?"
        if status == "not_found":
            message = f"The desk has no entry for “{text}”. {message}"
    elif status == "ambiguous":
        message = f"More than one entry could be “{text}”. Which one do you mean?"
    else:
        message = f"The desk has no entry for “{text}”."
    return Answer(command=command, query=text, status=status, revision=store.revision,
                  candidates=candidates, message=message, **limits)

"""The read-only knowledge store the bot answers from, opened from a build file.

Opening reads the whole build into memory once; nothing is written back, so any number of processes
can serve from the same file.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from pydantic import ValidationError
from tinydb import TinyDB

from knowledge.names import normalise
from knowledge.serving.describing import DescriptionIndex
from knowledge.names.matching import NameMatcher, Resolution
from knowledge.schema import Citation, Entity, Event, Source

BUILD_COMMAND = "python -m knowledge build"
# The layout of the build file; build writes it, the store refuses any other.
FORMAT_VERSION = 2


def chronological(event: Event) -> tuple:
    """Oldest first; within a month, events known only to the month come after those known to the day
    (and within a year, those known only to the year after the rest)."""
    date = event.date
    return (date.year, date.month or 13, date.day or 32, (event.end or date).last_day(), event.id)


class StoreUnavailable(Exception):
    """There is no usable build: the message says what to run."""


class KnowledgeStore:
    def __init__(self, meta: dict, sources: list[Source], entities: list[Entity], events: list[Event],
                 matcher: NameMatcher):
        self.revision: str = meta["revision"]
        self.built_at: str = meta["built_at"]
        self.counts: dict[str, int] = meta["counts"]
        self.sources = {source.id: source for source in sources}
        self.entities = {entity.id: entity for entity in entities}
        self.events = sorted(events, key=chronological)
        self.matcher = matcher
        self.descriptions = DescriptionIndex(entities)
        # Topic words normalised once here, not on every /timeline request.
        self._topic_words = [(event, [frozenset(normalise.parts(topic)) for topic in event.topics]) for event in self.events]
        # Every place a place lies in, nearest first (Rafah: gaza-strip, palestinian-territories), so
        # that a country's timeline holds the events located in its cities.
        self._enclosing = {entity.id: self._walk_within(entity.id) for entity in entities}
        self._events_by_entity: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            located = [event.place, *self._enclosing.get(event.place, ())] if event.place else []
            for entity_id in dict.fromkeys([*event.entities, *located]):
                self._events_by_entity[entity_id].append(event)

    @classmethod
    def open(cls, path: Path) -> "KnowledgeStore":
        if not path.is_file():
            raise StoreUnavailable(f"no knowledge build at {path}: run `{BUILD_COMMAND}` first")
        try:
            with TinyDB(path, access_mode="r", encoding="utf-8") as db:
                meta = db.table("meta").all()
                if len(meta) != 1 or meta[0].get("format") != FORMAT_VERSION:
                    raise StoreUnavailable(f"the knowledge build at {path} is from another version of the bot: "
                                           f"run `{BUILD_COMMAND}` again")
                return cls(
                    meta[0],
                    [Source.model_validate(row) for row in db.table("sources").all()],
                    [Entity.model_validate(row) for row in db.table("entities").all()],
                    [Event.model_validate(row) for row in db.table("events").all()],
                    # Built by `build`; read as it is, without checking row by row.
                    NameMatcher.from_index(db.table("matcher").all()[0]),
                )
        except (ValueError, KeyError, TypeError, IndexError, ValidationError) as error:
            # ValueError covers broken JSON: a half-copied or hand-edited build.
            raise StoreUnavailable(f"the knowledge build at {path} is unreadable ({error.__class__.__name__}): "
                                   f"run `{BUILD_COMMAND}` again") from error

    def resolve(self, query: str) -> Resolution:
        """Which entity a typed name means, or the candidates when that is not certain."""
        return self.matcher.resolve(query)

    def pick(self, entity_id: str) -> Resolution:
        """The entity with this id, chosen by the user from a list; not found if it no longer exists."""
        if entity_id in self.entities:
            return Resolution("found", entity=entity_id)
        return Resolution("not_found")

    def events_on_topic(self, subject: str) -> list[Event]:
        """Events tagged with a topic that has every word of the subject ("rafah" finds "rafah tunnels")."""
        wanted = set(normalise.parts(subject))
        return [event for event, topics in self._topic_words if any(wanted <= words for words in topics)]

    def events_about(self, entity_id: str) -> list[Event]:
        """Events the entity takes part in, or that happened at the place or in a place within it,
        oldest first."""
        return list(self._events_by_entity.get(entity_id, []))

    def enclosing(self, place_id: str) -> tuple[str, ...]:
        """The places `place_id` lies in, nearest first (`within`, followed to the top)."""
        return self._enclosing.get(place_id, ())

    def _walk_within(self, entity_id: str) -> tuple[str, ...]:
        chain: list[str] = []
        current = self.entities[entity_id].within
        while current and current in self.entities and current not in chain and current != entity_id:
            chain.append(current)  # check refuses loops; the guard only keeps a bad build from hanging
            current = self.entities[current].within
        return tuple(chain)

    def as_of(self, citations: list[Citation]) -> dt.date:
        """The date a statement was true as of: the newest publication date among its sources."""
        return max(self.sources[c.source].published for c in citations)

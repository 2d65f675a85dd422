"""The read-only knowledge store the bot answers from, opened from a build.

Opening reads the build's serving index (`knowledge/serving/index.py`, written by `build` beside the
TinyDB file): the matcher's precomputed index and the index of descriptions, in compact tables that
the --preload fork shares, nothing else. Entities, events and sources stay in the index file until an
answer asks for one, and the few in use are kept in a bounded cache. Records
were checked when they were built, so they are not validated again row by row when the store opens.
Nothing is written back, so any number of processes can serve from the same files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Callable, Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError
from tinydb import TinyDB

from knowledge.names import normalise, packing
from knowledge.names.matching import ANSWER, NameMatcher, Resolution
from knowledge.schema import Citation, Entity, Event, Source
from knowledge.serving import index
from knowledge.serving.cards import card_text
from knowledge.serving.describing import DescriptionIndex

BUILD_COMMAND = "python -m knowledge build"
# The layout of the build and its index; build writes it, the store refuses any other.
FORMAT_VERSION = 10
# Records kept as models once an answer has used them (each table): enough for the names asked
# about in a busy news day, bounded so that a million-name store stays small.
CACHED_RECORDS = 4096

Record = TypeVar("Record", bound=BaseModel)


def chronological(event: Event) -> tuple:
    """Oldest first; within a month, events known only to the month come after those known to the day
    (and within a year, those known only to the year after the rest)."""
    date = event.date
    return (date.year, date.month or 13, date.day or 32, (event.end or date).last_day(), event.id)


class Summary(NamedTuple):
    """What a list of candidates shows of an entity, and what names it elsewhere."""

    id: str
    name: str
    kind: str
    description: str


class EventRef(NamedTuple):
    """What a timeline needs of an event to page and filter it: its id, its place in date order and
    the days it spans (ISO, `index.SCHEMA`); its record is read only if it is shown."""

    id: str
    position: int
    first_day: str
    last_day: str


class StoreUnavailable(Exception):
    """There is no usable build: the message says what to run."""


class _Index:
    """One connection to the index file, opened with the store and shared by its threads.

    The store is bound to the file it opened: a new build renamed over it later is a new file, which
    this connection does not see (a store reads one build from start to end). A SQLite connection must
    not cross a fork (gunicorn's --preload opens the store before it forks its workers), so a forked
    process opens its own, and refuses to go on if the file is by then another build."""

    def __init__(self, path: Path):
        self.path = path
        self.revision: str | None = None
        self._lock = threading.Lock()
        self._db, self._pid = index.connect(path), os.getpid()

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        with self._lock:
            if self._pid != os.getpid():
                self._reconnect()
            return self._db.execute(sql, parameters).fetchall()

    def _reconnect(self) -> None:
        db = index.connect(self.path)
        found = db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        if found is None or json.loads(found[0]) != self.revision:
            raise StoreUnavailable(f"the knowledge build at {self.path} changed while the bot was starting: "
                                   "start it again")
        self._db, self._pid = db, os.getpid()


class Records(Mapping, Generic[Record]):
    """A read-only mapping id → model over one table of the index, read and built on first use.

    Not even the ids are held: a million entities' ids would be tens of megabytes in every worker,
    and a look-up by key in the index costs microseconds (the records used are cached, and so are
    ids asked for that are not there)."""

    def __init__(self, db: _Index, table: str, model: type[Record]):
        self._sql = f"SELECT record FROM {table} WHERE id = ?"
        self._table = table
        self._db = db
        self._model = model
        self._load: Callable[[str], Record | None] = lru_cache(maxsize=CACHED_RECORDS)(self._read)
        self._size: int | None = None

    def _read(self, key: str) -> Record | None:
        found = self._db.query(self._sql, (key,))
        return self._model.model_validate_json(found[0][0]) if found else None

    def __getitem__(self, key: str) -> Record:
        record = self._load(key) if isinstance(key, str) else None
        if record is None:
            raise KeyError(key)
        return record

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._load(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self._db.query(f"SELECT id FROM {self._table} ORDER BY id"))

    def __len__(self) -> int:
        if self._size is None:
            [(self._size,)] = self._db.query(f"SELECT count(*) FROM {self._table}")
        return self._size


class KnowledgeStore:
    def __init__(self, db: _Index, meta: dict, matcher: NameMatcher, descriptions: DescriptionIndex):
        self.revision: str = meta["revision"]
        self.built_at: str = meta["built_at"]
        self.counts: dict[str, int] = meta["counts"]
        # The renderer that laid out the build's large cards (`card_layout`), or None.
        self.layouts: str | None = meta.get("layouts")
        self.matcher = matcher
        self._db = db
        db.revision = self.revision
        self.sources: Records[Source] = Records(db, "sources", Source)
        self.entities: Records[Entity] = Records(db, "entities", Entity)
        self._events: Records[Event] = Records(db, "events", Event)
        self._summaries = lru_cache(maxsize=CACHED_RECORDS)(self._read_summary)
        # A body's wholes are the same for every request on this revision: resolved once per body.
        self._wholes = lru_cache(maxsize=CACHED_RECORDS)(self._bodies_it_is_part_of)
        # Every place a place lies in, nearest first (Rafah: gaza-strip, palestinian-territories),
        # worked out at build time.
        self._enclosing = {place: tuple(json.loads(chain)) for place, chain in db.query("SELECT * FROM enclosing")}
        # Entries by the words of their descriptions and facts (a fallback when no name matches).
        self.descriptions = descriptions

    @classmethod
    def open(cls, path: Path) -> "KnowledgeStore":
        if not path.is_file():
            raise StoreUnavailable(f"no knowledge build at {path}: run `{BUILD_COMMAND}` first")
        serving = index.path_for(path)
        if not serving.is_file():
            raise StoreUnavailable(_why_unusable(path) or f"the knowledge build at {path} has no serving index "
                                   f"beside it ({serving.name}): run `{BUILD_COMMAND}` again")
        db = _Index(serving)
        try:
            meta = {key: json.loads(value) for key, value in db.query("SELECT key, value FROM meta")}
            if meta.get("format") != FORMAT_VERSION:
                raise StoreUnavailable(f"the knowledge build at {path} is from another version of the bot: "
                                       f"run `{BUILD_COMMAND}` again")
            if meta.get("build_size") != path.stat().st_size:
                raise StoreUnavailable(f"the serving index {serving} does not belong to the build at {path} "
                                       f"(they were copied apart?): run `{BUILD_COMMAND}` again")
            # Built by `build`; read as it is, without checking row by row. Read here, before gunicorn's
            # --preload forks its workers, so that they share it.
            packed: dict[str, dict[str, bytes]] = {}
            for name, data in db.query("SELECT name, data FROM packed"):
                table, _, part = name.partition(".")
                packed.setdefault(table, {})[part] = data
            return cls(db, meta, NameMatcher.from_index(packing.unpack(packed["matcher"])),
                       DescriptionIndex.from_parts(packed["described"]))
        except (sqlite3.Error, ValueError, KeyError, TypeError, IndexError) as error:
            raise StoreUnavailable(f"the knowledge build at {path} is unreadable ({error.__class__.__name__}): "
                                   f"run `{BUILD_COMMAND}` again") from error

    @property
    def events(self) -> list[Event]:
        """Every event, oldest first (for tools and tests: answers use event_refs)."""
        return self.events_at(self.event_refs())

    def event_refs(self) -> list[EventRef]:
        """Every event, oldest first, without reading its record."""
        return [EventRef(*row) for row in self._db.query(
            "SELECT id, position, first_day, last_day FROM events ORDER BY position")]

    def resolve(self, query: str) -> Resolution:
        """Which entity a typed name means, or the candidates when that is not certain. An office typed
        before a lone family name ("Ambassador Herzog") answers only a person whose description holds
        that office ("Israeli President"): otherwise it is listed, since the office may be another
        bearer's of the name (the matcher drops titles, and knows no descriptions). So is a person
        with an organisation beside his name that the desk does not tie him to (`_tied`)."""
        known: dict[str, Resolution] = {}  # the query's segments, resolved once for both questions below
        resolution = self.matcher.resolve(query, known)
        if resolution.decision == "found" and (offices := normalise.offices_before_one_word(query)):
            summary = self.summary(resolution.entity)
            if summary is not None and summary.kind == "person" and \
                    not offices & set(normalise.tokens(summary.description, titles=False)):
                return Resolution("ambiguous", candidates=resolution.candidates)
        elif resolution.decision == "ambiguous" and (offices := normalise.offices_before_one_word(query, settling=True)):
            resolution = self._settled_by_office(query, offices, resolution)
        if resolution.decision == "ambiguous" and (body := normalise.head_of_body_before_one_word(query)):
            return self._settled_as_head(query, body, resolution)
        if resolution.decision == "found" and self.summary(resolution.entity).kind == "organization" and \
                (parts_of := self.matcher.bodies_described(query, known) - {resolution.entity}) and \
                not all(self._part_of(resolution.entity, whole) for whole in parts_of):
            # "Islamic Jihad, Hezbollah's external wing": another body's part may bear the name.
            return Resolution("ambiguous", candidates=resolution.candidates)
        if resolution.decision == "found" and (bodies := self.matcher.bodies_described(query, known)) and \
                self.summary(resolution.entity).kind == "person":
            if not all(self._tied(resolution.entity, body) for body in bodies):
                return Resolution("ambiguous", candidates=resolution.candidates)
            if not normalise.HEAD_WORDS.isdisjoint(normalise.tokens(query, titles=False)) and \
                    not all(self._may_head(resolution.entity, body) for body in bodies):
                # "William Burns, head of the Mossad": a head's office beside the name, as before it.
                return Resolution("ambiguous", candidates=resolution.candidates)
        if resolution.decision == "found" and self.summary(resolution.entity).kind == "person" and \
                self._heads_another_body(query, resolution.entity):
            # "head of the Mossad William Burns": the CIA's director heads no Mossad; a namesake may.
            return Resolution("ambiguous", candidates=resolution.candidates)
        if resolution.decision == "found" and normalise.vocations_typed(query) and \
                self.summary(resolution.entity).kind == "person" and self._vocation_unsupported(query, resolution.entity):
            # "הרב יצחק הרצוג": a rabbi of the president's name is his grandfather, not him.
            return Resolution("ambiguous", candidates=resolution.candidates)
        return resolution

    def _heads_another_body(self, query: str, person: str) -> bool:
        """Whether the query's titles make the person the head of one of the store's organisations
        that the desk does not give him: "head of the Mossad William Burns", "Hamas leader Mahmoud
        Abbas". His description or the body's names the other (Mossad: "headed by David Barnea"), or
        the body takes part in his events and his description heads nothing ("CIA director" does: the
        Mossad sat at his talks, but another man heads it). A body the store does not have, or that the
        words do not name alone, says nothing either way."""
        for body in normalise.head_of_body_before_a_name(query):
            named = self.matcher.resolve(body)
            if named.decision == "found" and self.summary(named.entity).kind == "organization":
                return not self._may_head(person, named.entity)
        return False

    def _may_head(self, person: str, body: str) -> bool:
        """Whether the desk lets the person be the head of the body typed with his name (`_heads_another_body`)."""
        if any(self._names_in(person, b) or self._names_in(b, person) for b in (body, *self._wholes(body))):
            return True
        heads = not normalise.HEAD_WORDS.isdisjoint(normalise.tokens(self.entities[person].description, titles=False))
        return not heads and self._tied(person, body)

    def _vocation_unsupported(self, query: str, person: str) -> bool:
        """Whether the query gives the person a vocation title (a rabbi, a cleric) that neither his
        description nor any of his names as the desk wrote them holds: another bearer of the name may
        be the one meant."""
        entity = self.entities[person]
        known_as = [entity.description, entity.name, *(alias.name for alias in entity.aliases)]
        return bool(normalise.vocations_unsupported(query, known_as))

    def _tied(self, person: str, body: str) -> bool:
        """Whether the desk ties a person to the organisation a descriptor beside his name gives him
        ("Abu Ubaida (Islamic Jihad)"): either's description names the other, or the body takes part
        in one of his events. Another body's man may bear the name (a kunya, a family name), so
        otherwise the person is only offered."""
        return (self._tied_directly(person, body)
                or any(self._tied_directly(person, whole) for whole in self._wholes(body)))

    def _part_of(self, body: str, whole: str) -> bool:
        """Whether the desk ties an organisation to another that an apposition says it is part of ("Qassam
        Brigades, Hamas' military wing"): the whole's name is in the part's house name (Hamas Political
        Bureau), or either's description names the other, or the whole takes part in the part's events."""
        return whole in self._wholes(body) or self._tied_directly(body, whole)

    def _tied_directly(self, person: str, body: str) -> bool:
        return (self._names_in(person, body) or self._names_in(body, person)
                or any(body in event.entities for event in self.events_about(person)))

    def _bodies_it_is_part_of(self, body: str) -> frozenset[str]:
        """The organisations whose name the body's house name holds word for word, as a part's name
        holds its whole's ("Hamas Political Bureau": Hamas): a man of the whole is a man of its part's
        too as far as a descriptor goes, so "إسماعيل هنية (المكتب السياسي لحركة حماس)" is Hamas's Haniyeh."""
        words = self.entities[body].name.split()
        wholes = set()
        for length in range(1, len(words)):
            for start in range(len(words) - length + 1):
                found = self.matcher.resolve(" ".join(words[start:start + length]))
                if found.decision == "found" and found.entity != body and self.summary(found.entity).kind == "organization":
                    wholes.add(found.entity)
        return frozenset(wholes)

    def _names_in(self, described: str, named: str) -> bool:
        """Whether one entity's description holds one of another's names, word for word."""
        text = normalise.parts(self.entities[described].description, titles=False)
        entity = self.entities[named]
        for name in (entity.name, *(alias.name for alias in entity.aliases)):
            wanted = normalise.parts(name, titles=False)
            if wanted and any(text[k:k + len(wanted)] == wanted for k in range(len(text))):
                return True
        return False

    def _settled_by_office(self, query: str, offices: frozenset[str], resolution: Resolution) -> Resolution:
        """Among the people a lone family name lists, the one whose description holds every office typed
        before it ("President Abbas", "الرئيس عباس": Mahmoud Abbas, not Abbas Kamel, the intelligence
        chief): answered when he is the only listed entity holding any of them, the word is his family
        name (the last word of one of his names, and of his name where the spelling is that one word: a
        one-word alias may be a given name, and "Chief Abbas" is not Abbas Kamel) and he scores as high
        as any, ANSWER at least."""
        word = normalise.parts(query)
        best = max(c.score for c in resolution.candidates)
        holders, settles = [], False
        for candidate in resolution.candidates:
            summary = self.summary(candidate.entity)
            if summary is None or summary.kind != "person":
                continue
            held = offices & set(normalise.tokens(summary.description, titles=False))
            if not held:
                continue
            holders.append(candidate)
            spelling = normalise.parts(candidate.spelling, titles=False)
            # The family name, by the name's own last word in another script (עבאס, "bs", is Abbas's).
            family_name = normalise.parts(summary.name)[-1:]
            family = spelling[-1:] == word and (len(spelling) > 1 or family_name == word or (
                family_name and normalise.script_skeleton(family_name[0]) == normalise.script_skeleton(word[0])))
            # Or the last word of any other name of his of two words or more: names may tie, and which
            # one scored follows the order words' matches were found in, which any alias elsewhere changes.
            family = family or len(word) == 1 and self.matcher.ends_a_name_of(word[0], candidate.entity, of_words=2)
            # As the head of a body does (`_settled_as_head`), an office he holds settles a family name the
            # desk lists as saying too little alone (common-names.toml): "President Herzog" is the
            # president, not his father Chaim, whom only "former President Herzog" names.
            sure = candidate.score >= max(ANSWER, best) or candidate.score >= max(ANSWER - 1, best) and len(word) == 1 \
                and self.matcher.common_part_of(word[0], candidate.entity)
            settles = held == offices and family and sure
        if len(holders) == 1 and settles:
            return Resolution("found", entity=holders[0].entity, candidates=(holders[0],))
        return resolution

    def _settled_as_head(self, query: str, body: list[str], resolution: Resolution) -> Resolution:
        """Among the people a lone family name lists, the one whose description holds a head's word and
        a name of the body typed with it, in any script ("Mossad chief Barnea", "ראש המוסד ברנע", "Mossad-Chef Barnea": David Barnea,
        "Head of Israel's Mossad"), answered when he is the only one, the word is one of his names' last
        word, and he scores ANSWER, or one less where the desk lists the word as saying too little alone
        (common-names.toml: Nahum Barnea, the columnist, heads no Mossad). The body is required: "the
        leader Mishal" may be Kuwait's emir."""
        named = self.matcher.resolve(" ".join(body))
        if named.decision != "found" or self.summary(named.entity).kind == "person":
            return resolution
        word = normalise.parts(query)
        holders = []
        for candidate in resolution.candidates:
            summary = self.summary(candidate.entity)
            if summary is None or summary.kind != "person" or not self._names_in(candidate.entity, named.entity):
                continue
            if not normalise.HEAD_WORDS.isdisjoint(normalise.tokens(summary.description, titles=False)):
                holders.append(candidate)
        if len(holders) != 1:
            return resolution
        held = holders[0]
        # Any of his names, not only the spelling that scored: two of them may tie, and which one is
        # shown then follows the order of the rows, which any alias added elsewhere changes.
        if len(word) != 1 or not self.matcher.ends_a_name_of(word[0], held.entity):
            return resolution
        sure = held.score >= ANSWER or held.score >= ANSWER - 1 and self.matcher.common_part_of(word[0], held.entity)
        return Resolution("found", entity=held.entity, candidates=(held,)) if sure else resolution

    def pick(self, entity_id: str) -> Resolution:
        """The entity with this id, chosen by the user from a list; not found if it no longer exists."""
        if self.summary(entity_id) is not None:
            return Resolution("found", entity=entity_id)
        return Resolution("not_found")

    def events_on_topic(self, subject: str) -> list[Event]:
        """Events tagged with a topic that has every word of the subject ("rafah" finds "rafah tunnels"),
        oldest first."""
        return self.events_at(self.event_refs_on_topic(subject))

    def event_refs_on_topic(self, subject: str) -> list[EventRef]:
        """`events_on_topic`, without reading the records."""
        wanted = sorted(set(normalise.parts(subject)))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = self._db.query(
            f"SELECT e.id, e.position, e.first_day, e.last_day FROM topic_words t JOIN events e ON e.id = t.event "
            f"WHERE t.word IN ({marks}) GROUP BY t.event, t.topic HAVING count(*) = ? ORDER BY min(e.position)",
            (*wanted, len(wanted)))
        return [EventRef(*row) for row in dict.fromkeys(rows)]

    def events_about(self, entity_id: str) -> list[Event]:
        """Events the entity takes part in, or that happened at the place or in a place within it,
        oldest first."""
        return self.events_at(self.event_refs_about(entity_id))

    def event_refs_about(self, entity_id: str) -> list[EventRef]:
        """`events_about`, without reading the records."""
        return [EventRef(*row) for row in self._db.query(
            "SELECT e.id, e.position, e.first_day, e.last_day FROM entity_events x JOIN events e ON e.id = x.event "
            "WHERE x.entity = ? ORDER BY x.position", (entity_id,))]

    def events_at(self, refs: list[EventRef]) -> list[Event]:
        """The records of these events, in the same order."""
        return [self._events[ref.id] for ref in refs]

    def summary(self, entity_id: str) -> Summary | None:
        """The entity's id, name, kind and description (`knowledge.serving.cards.summary`), without
        reading its record; None if there is no such entity."""
        return self._summaries(entity_id) if isinstance(entity_id, str) else None

    def _read_summary(self, entity_id: str) -> Summary | None:
        found = self._db.query("SELECT summary FROM cards WHERE entity = ?", (entity_id,))
        return Summary(**json.loads(found[0][0])) if found else None

    def card(self, entity_id: str, facts_from: int, count: int) -> str | None:
        """The entity's /who card as the build worked it out (`knowledge.serving.cards`), with `count`
        of its facts from `facts_from` (past the last, the last one): a JSON object of the answer's
        fields, as text, put together from the stored texts without parsing them (the handler's
        model reads the text once). None if there is no such entity."""
        found = self._db.query("SELECT head, json_extract(head, '$.facts_total') FROM cards WHERE entity = ?",
                               (entity_id,))
        if not found:
            return None
        head, total = found[0]
        start = min(max(facts_from, 0), max(total - 1, 0))
        rows = self._db.query("SELECT fact FROM card_facts WHERE entity = ? AND position >= ? ORDER BY position "
                              "LIMIT ?", (entity_id, start, count))
        return card_text(head, [fact for (fact,) in rows], start)

    def card_layout(self, entity_id: str, stale: bool) -> tuple[str, int] | None:
        """Page one of the entity's card as the renderer named by `layouts` laid it out at build time
        (its blocks as JSON, how many facts they show), fresh or stale; None where it did not."""
        if self.layouts is None:
            return None
        found = self._db.query("SELECT blocks, count FROM card_layouts WHERE entity = ? AND stale = ?",
                               (entity_id, int(stale)))
        return found[0] if found else None

    def enclosing(self, place_id: str) -> tuple[str, ...]:
        """The places `place_id` lies in, nearest first (`within`, followed to the top)."""
        return self._enclosing.get(place_id, ())

    def as_of(self, citations: list[Citation]) -> dt.date:
        """The date a statement was true as of: the newest publication date among its sources."""
        return max(self.sources[c.source].published for c in citations)

    def spellings(self) -> Iterator[tuple[str, str]]:
        """(entity id, spelling) for every name and alias: what a brute-force matcher would scan."""
        yield from self._db.query(
            "SELECT id, json_extract(record, '$.name') FROM entities UNION ALL "
            "SELECT e.id, json_extract(a.value, '$.name') FROM entities e, json_each(e.record, '$.aliases') a")


def _why_unusable(path: Path) -> str | None:
    """Why a build without its index cannot be served, read from the TinyDB file itself (slow, and
    only on this error path): broken, or from another version."""
    try:
        with TinyDB(path, access_mode="r", encoding="utf-8") as db:
            meta = db.table("meta").all()
    except (ValueError, OSError) as error:
        return f"the knowledge build at {path} is unreadable ({error.__class__.__name__}): run `{BUILD_COMMAND}` again"
    if len(meta) != 1 or meta[0].get("format") != FORMAT_VERSION:
        return f"the knowledge build at {path} is from another version of the bot: run `{BUILD_COMMAND}` again"
    return None

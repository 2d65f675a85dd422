"""The serving index: a read-only SQLite file written beside the TinyDB build, which the store opens.

The TinyDB file (`knowledge.json`) stays the build of record; `build` derives this index from the
same records in the same run (`knowledge.sqlite` beside it). Why SQLite: it is in Python's standard
library and among the best-kept storage engines there are; it reads a row by its key without loading
the rest, so a store of a million names opens in the time it takes to read the matcher's index (compact
tables stored as blobs), and an entity's full record is read only when an answer needs it. Its pages live in the operating system's
page cache, shared by every process that opens the file (gunicorn's workers, several bots on one
machine) instead of being copied into each one's heap. A home-made format would need all of that
written and tested; JSON (TinyDB's) must be parsed whole before the first answer.

Records are stored as the JSON the TinyDB build holds, checked by `build`; the store trusts them once
the format and the revision check out, and turns only the records an answer uses into models. A /who
card is read from its own precomputed form (`knowledge.serving.cards`), not from the records.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from knowledge.names import packing
from knowledge.schema import PartialDate
from knowledge.serving.describing import DescriptionIndex

SUFFIX = ".sqlite"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entities (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
-- position: the event's place in date order (oldest first), worked out once at build time; first_day,
-- last_day (YYYY-MM-DD): the days it spans as far as its date is known (2025-11: 2025-11-01 to 2025-11-30),
-- so that a timeline pages and filters by date without reading the records it does not show
CREATE TABLE events (id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE, first_day TEXT NOT NULL,
                     last_day TEXT NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
-- the events an entity takes part in or a place saw, in date order
CREATE TABLE entity_events (entity TEXT NOT NULL, position INTEGER NOT NULL, event TEXT NOT NULL,
                            PRIMARY KEY (entity, position)) WITHOUT ROWID;
-- each entity's /who card as knowledge.serving.cards works it out: its summary (JSON: what a list of
-- candidates shows), its head (JSON), and its facts in card order (JSON each), so that a card reads the
-- facts it shows and nothing else
CREATE TABLE cards (entity TEXT PRIMARY KEY, summary TEXT NOT NULL, head TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE card_facts (entity TEXT NOT NULL, position INTEGER NOT NULL, fact TEXT NOT NULL,
                         PRIMARY KEY (entity, position)) WITHOUT ROWID;
-- page one of a large card laid out by the bot's renderer at build time (knowledge.serving.cards.Layouts),
-- fresh and stale: its blocks as JSON and how many facts they show; meta "layouts" names the renderer
CREATE TABLE card_layouts (entity TEXT NOT NULL, stale INTEGER NOT NULL, blocks TEXT NOT NULL,
                           count INTEGER NOT NULL, PRIMARY KEY (entity, stale)) WITHOUT ROWID;
-- each topic of each event as its normalised words, for "every word of the subject in one topic"
CREATE TABLE topic_words (word TEXT NOT NULL, event TEXT NOT NULL, topic INTEGER NOT NULL,
                          PRIMARY KEY (word, event, topic)) WITHOUT ROWID;
-- each place's enclosing places, nearest first (a JSON list)
CREATE TABLE enclosing (place TEXT PRIMARY KEY, chain TEXT NOT NULL) WITHOUT ROWID;
-- compact tables read whole when the store opens, each a blob (knowledge.names.compact): the matcher's
-- index ("matcher.*", knowledge.names.packing) and the index of descriptions' and facts' words
-- ("described.*", knowledge.serving.describing)
CREATE TABLE packed (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


def path_for(build: Path) -> Path:
    """build/knowledge.json → build/knowledge.sqlite"""
    return build.with_suffix(SUFFIX)


def write(path: Path, meta: dict, sources: list[dict], entities: Iterable[dict],
          events_in_order: list[dict], entity_events: dict[str, list[str]],
          topic_words: Iterable[tuple[str, str, int]], enclosing: dict[str, list[str]],
          described: list[tuple[str, bool, str]], matcher: dict,
          cards: Iterable[tuple[str, dict, dict, list[dict]]], lay_out: Callable[[str, list[str]], list] | None = None) -> None:
    """Write the index to `path` (a temporary name: the caller renames it into place). `cards`:
    (entity id, its summary, its card's head, its facts in card order), as `knowledge.serving.cards`
    makes them; `lay_out`: `knowledge.serving.cards.Layouts.lay_out`, if the build has one."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        dumps = _dumps
        db.executemany("INSERT INTO meta VALUES (?, ?)", [(k, dumps(v)) for k, v in meta.items()])
        db.executemany("INSERT INTO sources VALUES (?, ?)", ((s["id"], dumps(s)) for s in sources))
        db.executemany("INSERT INTO entities VALUES (?, ?)", ((e["id"], dumps(e)) for e in entities))
        position = {event["id"]: n for n, event in enumerate(events_in_order)}
        db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                       ((e["id"], position[e["id"]], *_days(e), dumps(e)) for e in events_in_order))
        db.executemany("INSERT INTO entity_events VALUES (?, ?, ?)",
                       ((entity, position[event], event) for entity, events in entity_events.items()
                        for event in events))
        for entity, summary, head, facts in cards:
            head_text, fact_texts = dumps(head), [dumps(fact) for fact in facts]
            db.execute("INSERT INTO cards VALUES (?, ?, ?)", (entity, dumps(summary), head_text))
            db.executemany("INSERT INTO card_facts VALUES (?, ?, ?)",
                           ((entity, n, fact) for n, fact in enumerate(fact_texts)))
            if lay_out is not None:
                db.executemany("INSERT INTO card_layouts VALUES (?, ?, ?, ?)",
                               ((entity, stale, blocks, count)
                                for stale, blocks, count in lay_out(head_text, fact_texts)))
        db.executemany("INSERT OR IGNORE INTO topic_words VALUES (?, ?, ?)", topic_words)
        db.executemany("INSERT INTO enclosing VALUES (?, ?)", ((p, dumps(c)) for p, c in enclosing.items()))
        packed = {**{f"matcher.{name}": data for name, data in packing.pack(matcher).items()},
                  **{f"described.{name}": data for name, data in DescriptionIndex.from_rows(described).parts().items()}}
        db.executemany("INSERT INTO packed VALUES (?, ?)", packed.items())
        db.commit()
    finally:
        db.close()
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _days(event: dict) -> tuple[str, str]:
    """The first and last day an event (as the build holds it) may have happened on, ISO."""
    start = PartialDate.parse(event["date"])
    end = PartialDate.parse(event["end"]) if event.get("end") else start
    return start.first_day().isoformat(), end.last_day().isoformat()


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection. `immutable`: nothing writes the file once built (a new build is a new
    file renamed over it), so SQLite takes no locks; mmap lets reads come straight from the page cache."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    db.execute("PRAGMA mmap_size = 1073741824")
    return db

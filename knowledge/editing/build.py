"""Compiling checked knowledge into the TinyDB file the bot serves from.

Nothing unchecked is built: `build` runs `check` first and refuses on any problem (the canonical
layout aside, unless `layout=True`: it changes no answer, and `python -m knowledge check` reports it;
`build --strict`, the release line, refuses on it too, so one run checks and builds). The file is written
to a temporary name beside the target, flushed to disk and renamed over it, so a reader (the bot
reloads a build that changes) never sees half a build; the temporary file goes on any failure. It is
stamped with a revision (a hash of every input file) and a time (`built_at`), so that two builds
of the same files are the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path

from tinydb.storages import JSONStorage

from knowledge.names import normalise
from knowledge.names.matching import NameRow, build_index, with_words_matched
from knowledge.editing.check import check, collector_paused
from knowledge.editing.common_names import common_name_parts, namesake_parts
from knowledge.editing.errors import EditorError
from knowledge.files.loading import Knowledge, Problem
from knowledge.serving import index
from knowledge.serving import cards, describing
from knowledge.serving.store import FORMAT_VERSION, chronological

DEFAULT_BUILD = Path("build") / "knowledge.json"


class BuildRefused(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in the knowledge files")
        self.problems = problems


def revision(knowledge: Knowledge) -> str:
    """A hash of every input file's path and bytes: the same inputs always give the same revision."""
    digest = hashlib.sha256()
    for path in sorted(knowledge.input_files):
        digest.update(path.relative_to(knowledge.root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def built_at(knowledge: Knowledge) -> dt.datetime:
    """The time a build is stamped with: SOURCE_DATE_EPOCH when set (reproducible-builds.org: a release
    line sets it, from the commit's time for one), else the newest input file's modification time. Not
    the clock: two builds of the same files are the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise EditorError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970 (as `date +%s` prints), not {epoch!r}")
        seconds = int(epoch)
    else:
        seconds = max((int(path.stat().st_mtime) for path in knowledge.input_files), default=0)
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)


@collector_paused()
def build(root: Path, target: Path, now: dt.datetime | None = None, *, layout: bool = False,
          layouts: cards.Layouts | None = None) -> dict:
    """Check the knowledge under `root` and write it to `target`. Returns the build's metadata.
    `layout=True` refuses on every problem `check` reports, the canonical layout included.
    `layouts`: the bot's renderer, to lay out large cards once here (`knowledge.serving.cards.Layouts`;
    the CLI passes it); without it the bot lays out every card when first asked."""
    knowledge, problems = check(root, layout=layout)
    if problems:
        raise BuildRefused(problems)
    meta = {
        "format": FORMAT_VERSION,
        "revision": revision(knowledge),
        "built_at": (now or built_at(knowledge)).isoformat(timespec="seconds"),
        "counts": counts(knowledge),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    sources = [_dump(l.record, knowledge) for l in knowledge.sources.values()]
    entities = [_dump(l.record, knowledge) for l in knowledge.entities.values()]
    events = [_dump(l.record, knowledge) for l in knowledge.events.values()]
    matcher = with_words_matched(build_index(name_rows(knowledge), common_name_parts(knowledge), namesake_parts(knowledge)))
    temporaries = []
    try:
        temporary = _temporary(target, ".json", temporaries)
        _write_tinydb(temporary, meta, sources, entities, events)
        _make_durable_and_readable(temporary)
        # The serving index, derived from the same records; renamed into place first, so that a bot
        # that sees the new build finds its index already there.
        serving = _temporary(target, index.SUFFIX, temporaries)
        _write_index(serving, {**meta, "build_size": Path(temporary).stat().st_size,
                               "layouts": layouts.stamp if layouts else None}, knowledge, sources,
                     entities, events, matcher, layouts.lay_out if layouts else None)
        _make_durable_and_readable(serving)
        _replace_both(serving, temporary, target, temporaries)
    except BaseException:
        for path in temporaries:
            Path(path).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return meta


def _write_tinydb(path: str, meta: dict, sources: list[dict], entities: list[dict],
                  events: list[dict]) -> None:
    """The TinyDB file a `TinyDB(path)` whose tables were filled by `insert`/`insert_multiple`
    would hold (documents numbered from 1), written by TinyDB's own storage in one write: through a
    `TinyDB` every insert reads and rewrites the whole file. The records only: the matcher's index is
    derived from them and lives in the serving index, which is all the bot reads."""
    tables = {"meta": [meta], "sources": sources, "entities": entities, "events": events}
    storage = JSONStorage(path, encoding="utf-8", ensure_ascii=False, sort_keys=True)
    try:
        storage.write({name: {str(number): document for number, document in enumerate(documents, 1)}
                       for name, documents in tables.items()})
    finally:
        storage.close()


def _replace_both(serving: str, temporary: str, target: Path, temporaries: list[str]) -> None:
    """The index into place, then the build; should the build's rename fail, the old index goes
    back, so the old build is still served."""
    served = index.path_for(target)
    backup = _temporary(target, ".old", temporaries)
    Path(backup).unlink()
    kept = served.is_file()
    if kept:
        os.link(served, backup)
    os.replace(serving, served)
    try:
        os.replace(temporary, target)
    except BaseException:
        if kept:
            os.replace(backup, served)
        else:
            served.unlink(missing_ok=True)
        raise
    Path(backup).unlink(missing_ok=True)


def _temporary(target: Path, suffix: str, made: list[str]) -> str:
    handle, temporary = tempfile.mkstemp(prefix=".knowledge-", suffix=suffix, dir=target.parent)
    os.close(handle)
    made.append(temporary)
    return temporary


def _write_index(path: str, meta: dict, knowledge: Knowledge, sources: list[dict], entities: list[dict],
                 events: list[dict], matcher: dict, lay_out=None) -> None:
    """What the store needs worked out here once: events in date order, the places each place lies
    in, each entity's events (a place's include those in the places within it), the topics' and
    descriptions' normalised words; the matcher's index as `build_index` made it."""
    records = {l.record.id: l.record for l in knowledge.events.values()}
    in_order = sorted(events, key=lambda e: chronological(records[e["id"]]))
    places = {l.record.id: l.record for l in knowledge.entities.values()}
    enclosing = {place: _enclosing(place, places) for place, record in places.items() if record.within}
    by_entity: dict[str, list[str]] = {}
    for event in in_order:
        record = records[event["id"]]
        located = [record.place, *enclosing.get(record.place, ())] if record.place else []
        for entity_id in dict.fromkeys([*record.entities, *located]):
            by_entity.setdefault(entity_id, []).append(record.id)
    topic_words = [(word, record.id, number) for record in records.values()
                   for number, topic in enumerate(record.topics) for word in dict.fromkeys(normalise.parts(topic))]
    index.write(Path(path), meta, sources, entities, in_order, by_entity, topic_words, enclosing,
                describing.texts(list(places.values())), matcher, _cards(knowledge, places, records, by_entity),
                lay_out)


def _cards(knowledge: Knowledge, entities: dict, events: dict, by_entity: dict[str, list[str]]):
    """Each entity's card (`knowledge.serving.cards`): its summary, its head and its facts in card
    order, quoted as the sources print them."""
    sources = {l.record.id: l.record for l in knowledge.sources.values()}

    def wording(citation) -> str:
        return knowledge.source_texts[citation.source].exact(citation.quote)

    names = {entity_id: entity.name for entity_id, entity in entities.items()}
    newest = {}  # each event's newest source date
    for entity_id, entity in entities.items():
        about = by_entity.get(entity_id, [])
        for event_id in about:
            if event_id not in newest:
                newest[event_id] = cards.as_of(events[event_id].citations, sources)
        latest = [cards.event(events[e], sources, names.get(events[e].place), entity_id, wording)
                  for e in about[::-1][:cards.LATEST_EVENTS]]
        facts = cards.facts(entity, sources, wording)
        head = cards.head(entity, facts, latest, len(about), max(map(newest.get, about), default=None))
        yield entity_id, cards.summary(entity), head, facts


def _enclosing(place: str, entities: dict) -> list[str]:
    """The places `place` lies in, nearest first (check refuses loops; the guard keeps a bad tree
    from hanging the build)."""
    chain: list[str] = []
    current = entities[place].within
    while current and current in entities and current not in chain and current != place:
        chain.append(current)
        current = entities[current].within
    return chain


def _make_durable_and_readable(path: str) -> None:
    """On disk before the rename (a power cut leaves the old build or the whole new one), and with
    the mode any new file gets under the umask: mkstemp's 0600 would hide the build from a bot
    running as another user of the group."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())
    umask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _fsync_folder(folder: Path) -> None:
    """The rename itself survives a power cut."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _dump(record, knowledge: Knowledge) -> dict:
    data = record.model_dump(mode="json")
    for field in ("date", "end"):
        if field in data and data[field] is not None:
            data[field] = getattr(record, field).iso()
    # Each quote in the source's own wording (its curly quotes and dashes), so the bot shows readers
    # exactly what the source printed, whatever the editor typed.
    for citation in _citations(data):
        citation["quote"] = knowledge.source_texts[citation["source"]].exact(citation["quote"])
    return data


def _citations(data: dict) -> list[dict]:
    """The citations of a dumped record: an event's, and those of an entity's facts."""
    return [*data.get("citations", ()), *(c for fact in data.get("facts", ()) for c in fact["citations"])]


def name_rows(knowledge: Knowledge) -> list[NameRow]:
    """Every name and alias, normalised once here so that queries only normalise themselves."""
    rows = []
    for located in knowledge.entities.values():
        entity = located.record
        spellings = [(entity.name, False)] + [(alias.name, alias.shared) for alias in entity.aliases]
        for spelling, shared in spellings:
            parts = knowledge.entity_parts(spelling, entity.kind)
            rows.append(NameRow(entity.id, spelling, entity.kind, parts, normalise.is_arabic(spelling), shared))
            plain = normalise.typed_without_marks(spelling)
            if plain is not None and (plain_parts := knowledge.entity_parts(plain, entity.kind)) != parts:
                rows.append(NameRow(entity.id, spelling, entity.kind, plain_parts, False, shared))
    return rows


def counts(knowledge: Knowledge) -> dict[str, int]:
    entities = [l.record for l in knowledge.entities.values()]
    events = [l.record for l in knowledge.events.values()]
    facts = [fact for entity in entities for fact in entity.facts]
    return {
        "sources": len(knowledge.sources),
        "people": sum(e.kind == "person" for e in entities),
        "organizations": sum(e.kind == "organization" for e in entities),
        "places": sum(e.kind == "place" for e in entities),
        "events": len(events),
        "facts": len(facts),
        "citations": sum(len(f.citations) for f in facts) + sum(len(e.citations) for e in events),
    }

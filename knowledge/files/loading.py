"""Reading the editors' files: TOML syntax and schema, with every problem located by file and line."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from knowledge.files.locate import find_line, line_map
from knowledge.files.quotes import SourceText
from knowledge.files.salvage import salvage
from knowledge.files.syntax import syntax_problem
from knowledge.names import normalise
from knowledge.schema import (ENTITY_FOLDERS, EVENT_FOLDER, Alias, Citation, CommonNamesFile, Entity, Event, Fact,
                              Source, SourcesFile, takes_a_day)

SOURCES_FILE = "sources.toml"
# Names that on their own only list candidates (schema.CommonName); the file is optional.
COMMON_NAMES_FILE = "common-names.toml"
QUOTED_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The arrays of tables in each kind of file, and the model of their items.
TABLES = {Entity: {"aliases": Alias, "facts": Fact}, Fact: {"citations": Citation}, Event: {"citations": Citation},
          SourcesFile: {"sources": Source}}


@dataclass(frozen=True, order=True)
class Problem:
    """Something an editor must fix, said as `path:line: message`."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Located:
    """A parsed record with the file it came from and the line of each of its values."""

    record: Entity | Event | Source
    file: str
    # Each value's line (locate.line_map); None until a problem asks for one, then worked out from
    # `text`: a file with no problem never needs its lines.
    lines: dict | None
    text: str = ""
    # Paths whose value had a schema error and holds a stand-in (see files/salvage.py): checks skip them.
    repaired: frozenset = frozenset()
    # The file's TOML as tomllib read it, so the layout check renders it without parsing it again.
    data: dict | None = None

    def line(self, *path: str | int) -> int:
        if self.lines is None:
            self.lines = line_map(self.text)
        return find_line(self.lines, tuple(path))

    def valid(self, *path: str | int) -> bool:
        """False when the value at `path`, or a part of it, had a schema error (already reported)."""
        return not self.repaired or not any(path[: len(bad)] == bad or bad[: len(path)] == path
                                            for bad in self.repaired)


@dataclass
class Knowledge:
    """Everything read from a data folder, before or after checking."""

    root: Path
    sources: dict[str, Located] = field(default_factory=dict)
    source_texts: dict[str, SourceText] = field(default_factory=dict)
    entities: dict[str, Located] = field(default_factory=dict)
    events: dict[str, Located] = field(default_factory=dict)
    # Every entity and event file that could be read, including those whose id is taken or broken:
    # their quotes, dates and references are checked all the same.
    records: list[Located] = field(default_factory=list)
    input_files: list[Path] = field(default_factory=list)
    # Ids of files that failed to load: references to them are not reported again as unknown.
    unreadable_ids: set[str] = field(default_factory=set)
    sources_file: Located | None = None
    # Sources whose text could not be read (sources.toml broken, a file missing): their problem is
    # reported once, and citations of them are not reported again as unknown.
    sources_unreadable: bool = False
    unreadable_sources: set[str] = field(default_factory=set)
    # Each name's normalised parts by (name, kind): check's shared-alias rule and the build's matcher
    # rows both need every name's, worked out once.
    name_parts: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # common-names.toml, when there is one and it could be read.
    common_names: Located | None = None

    def entity_parts(self, name: str, kind: str) -> tuple[str, ...]:
        """normalise.entity_parts(name, kind), remembered."""
        found = self.name_parts.get((name, kind))
        if found is None:
            found = self.name_parts[name, kind] = tuple(normalise.entity_parts(name, kind))
        return found

    def unknown_source(self, source_id: str) -> bool:
        """True when `source_id` names no source at all (not one whose file could not be read)."""
        return not self.sources_unreadable and source_id not in self.unreadable_sources \
            and source_id not in self.source_texts


def data_dir(root: Path) -> Path:
    return root / "knowledge" / "data"


def load(root: Path) -> tuple[Knowledge, list[Problem]]:
    """Read every file under `root/knowledge/data` and the sources they cite."""
    knowledge = Knowledge(root=root)
    problems: list[Problem] = []
    folder = data_dir(root)
    if not folder.is_dir():
        return knowledge, [Problem(_display(folder, root), 1, "the knowledge folder does not exist")]

    _load_sources(knowledge, folder / SOURCES_FILE, problems)
    common_names = folder / COMMON_NAMES_FILE
    if common_names.is_file():
        knowledge.input_files.append(common_names)
        knowledge.common_names = _parse(common_names, root, CommonNamesFile, problems)
    for path in sorted(folder.rglob("*")):
        if (path.is_dir() or path.name == SOURCES_FILE or path.name.startswith(".")
                or path == common_names):
            continue
        relative = path.relative_to(folder)
        parent = relative.parts[0] if len(relative.parts) == 2 else None
        if path.suffix != ".toml" or (parent not in ENTITY_FOLDERS and parent != EVENT_FOLDER):
            folders = [f"{name}/" for name in (*ENTITY_FOLDERS, EVENT_FOLDER)]
            problems.append(Problem(_display(path, root), 1, "unexpected file: knowledge files are .toml files "
                                    f"directly inside {', '.join(folders[:-1])} or {folders[-1]}"))
            continue
        knowledge.input_files.append(path)
        model = Event if parent == EVENT_FOLDER else Entity
        located = _parse(path, root, model, problems)
        if located is None:
            knowledge.unreadable_ids.add(path.stem)
            continue
        knowledge.records.append(located)
        record = located.record
        table = knowledge.events if model is Event else knowledge.entities
        if not located.valid("id"):
            knowledge.unreadable_ids.add(path.stem)
            continue
        if record.id != path.stem:
            knowledge.unreadable_ids.add(path.stem)
            problems.append(Problem(located.file, located.line("id"),
                                    f"id {record.id!r} differs from the file name: rename the file to "
                                    f"{record.id}.toml or set id = \"{path.stem}\""))
        if model is Entity and located.valid("kind") and record.kind != ENTITY_FOLDERS[parent]:
            problems.append(Problem(located.file, located.line("kind"),
                                    f"kind {record.kind!r} does not belong in {parent}/: "
                                    f"use kind = \"{ENTITY_FOLDERS[parent]}\" or move the file"))
        clash = knowledge.entities.get(record.id) or knowledge.events.get(record.id)
        if clash is not None:
            problems.append(Problem(located.file, located.line("id"),
                                    f"id {record.id!r} is already used by {clash.file}: ids must be unique"))
            continue
        table[record.id] = located
    return knowledge, problems


def _load_sources(knowledge: Knowledge, path: Path, problems: list[Problem]) -> None:
    if not path.is_file():
        problems.append(Problem(_display(path, knowledge.root), 1, "sources.toml is missing"))
        knowledge.sources_unreadable = True
        return
    knowledge.input_files.append(path)
    located = _parse(path, knowledge.root, SourcesFile, problems)
    if located is None:
        knowledge.sources_unreadable = True
        return
    knowledge.sources_file = located
    located.line()  # works out located.lines
    by_source: dict[int, dict] = defaultdict(dict)
    for path, line in located.lines.items():
        if len(path) > 1 and path[0] == "sources":
            by_source[path[1]][path[2:]] = line
    for index, source in enumerate(located.record.sources):
        item = Located(source, located.file, by_source[index] | {(): located.line("sources", index)},
                       repaired=frozenset(p[2:] for p in located.repaired if p[:2] == ("sources", index)))
        if not (item.valid("id") and item.valid("file")):
            if item.valid("id"):
                knowledge.unreadable_sources.add(source.id)
            continue
        if source.id in knowledge.sources:
            problems.append(Problem(item.file, item.line("id"), f"source id {source.id!r} appears twice"))
            continue
        text_path = knowledge.root / source.file
        if not text_path.is_file():
            problems.append(Problem(item.file, item.line("file"),
                                    f"source file {source.file!r} does not exist (paths are relative to the project root)"))
            knowledge.unreadable_sources.add(source.id)
            continue
        if text_path.stem != source.id:
            problems.append(Problem(item.file, item.line("id"),
                                    f"source id {source.id!r} must be the file name without .txt ({text_path.stem!r})"))
        knowledge.input_files.append(text_path)
        raw = text_path.read_bytes()
        if (digest := hashlib.sha256(raw).hexdigest()) != source.sha256 and item.valid("sha256"):
            problems.append(Problem(item.file, item.line("sha256"),
                                    f"{source.file} has changed since it was registered (its SHA-256 is now "
                                    f"{digest}): sources are never edited; restore it with `git checkout -- "
                                    f"{source.file}`, or add the new text with `python -m knowledge add-source`"))
        text = SourceText(raw.decode("utf-8", errors="replace"), tuple(source.debris))
        for passage in text.debris_missing():
            problems.append(Problem(item.file, item.line("debris"),
                                    f"debris passage {passage!r} does not occur in {source.file}"))
        knowledge.sources[source.id] = item
        knowledge.source_texts[source.id] = text


def _parse(path: Path, root: Path, model: type, problems: list[Problem]) -> Located | None:
    """The record in a file; every TOML and schema problem in it is added to `problems`. A record with
    schema errors is still returned, repaired (see files/salvage.py), so that the rest is checked."""
    display = _display(path, root)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(display, 1, f"not UTF-8 text ({error.reason} at byte {error.start})"))
        return None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        problems.append(Problem(display, *syntax_problem(raw, error)))
        return None
    located = Located(None, display, None, raw, data=data)
    problems += [Problem(display, located.line(*location), message)
                 for location, message in _quoted_days(model, data)]
    record, errors, repaired = salvage(model, data)
    for item in errors:
        location = tuple(item["loc"])
        problems.append(Problem(display, located.line(*location), _schema_message(location, item)))
    if record is None:
        return None
    located.record, located.repaired = record, repaired
    return located


def _quoted_days(model: type[BaseModel], data, path: tuple = ()) -> list[tuple[tuple, str]]:
    """A full date written as a string ("2025-11-05"): TOML has dates, and `format` writes them so."""
    found = []
    if not isinstance(data, dict):
        return found
    for key, value in data.items():
        if isinstance(value, str) and takes_a_day(model, key) and QUOTED_DAY.match(value):
            found.append((path + (key,), f"{key} = \"{value}\" is a day written as text: write it without "
                                         f"quotes, {key} = {value} (`python -m knowledge format` does it)"))
        elif isinstance(value, list) and key in TABLES.get(model, {}):
            for index, item in enumerate(value):
                found += _quoted_days(TABLES[model][key], item, path + (key, index))
    return found


def _schema_message(location: tuple, item: dict) -> str:
    where = ".".join(str(part) for part in location) or "file"
    kind = item["type"]
    name = location[-1] if location else ""
    if kind == "extra_forbidden" and name == "text" and "citations" in location:
        return ("unknown key 'text' in a citation: if it starts another fact, write [[facts]] on the line "
                "above it")
    if kind == "extra_forbidden":
        return f"unknown key {name!r}: remove it or fix its spelling (see `python -m knowledge schema`)"
    if kind == "missing":
        return f"{where} is required"
    if kind == "list_type" and isinstance(item.get("input"), dict):
        if name == "facts":
            return ("a [[facts]] line is missing: every [[facts.citations]] belongs to a fact that starts with "
                    "[[facts]] and its text")
        return f"{where} must be a list of [[{where}]] tables: write [[{where}]] at the start of each"
    if kind == "string_pattern_mismatch" and name == "id":
        return f"{where}: use lower-case words joined by hyphens, e.g. \"khalil-al-hayya\""
    if kind in {"enum", "literal_error"} and item.get("input") == "":
        return f"{where} is empty: write {item['ctx']['expected']}"
    if kind in {"string_too_short", "string_pattern_mismatch"} and item.get("input") is not None \
            and not str(item["input"]).strip():
        return f"{where} is empty: write it"
    message = item["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if location else message


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()

"""`python -m knowledge diff BASE [HEAD]`: what readers will see differently after a change, as Markdown.

Both knowledge states are built as the bot would serve them: BASE (and HEAD, when given) from a git
revision's files, extracted with `git archive` into a temporary folder; without HEAD, the working tree.
Then every /who and /timeline answer the change could alter is asked of both, and each that reads
differently is printed: its changed lines (a unified diff), then before and after in full: for every entity and event the change touches (its file, or a
source it cites), every entity taking part in a touched event or holding its place (and the places
those lie within), and every topic of a touched event. Entities and aliases added or removed are
listed, and every name and alias of either state is resolved in both, so a name that now means someone
else (or now needs asking) is shown.

How an answer reads is passed in (`Ask`): the CLI gives the bot's own plain-text view, the one
`python -m bot ask` prints, so the diff shows what readers will read, not a second rendering of it.
"""

from __future__ import annotations

import difflib
import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from knowledge.editing.errors import EditorError
from knowledge.names.matching import Resolution
from knowledge.serving.store import KnowledgeStore

Ask = Callable[[str, KnowledgeStore], str]  # "/who Khalil al-Hayya", store -> the answer as readers see it
DATA_DIR, SEEDS = "knowledge/data", "seeds"


def extract_revision(root: Path, revision: str, into: Path) -> Path:
    """The knowledge files and seeds of `revision` (of the git repository holding `root`), written under
    `into`, laid out as a project folder. EditorError for a revision git does not know."""
    commit = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}",
                  failure=f"{revision!r} is not a git revision here: give a branch, tag or commit that "
                          "`git log` shows")
    prefix = _git(root, "rev-parse", "--show-prefix").strip()  # the project may be a folder of the repository
    tree = f"{commit.strip()}:{prefix}"
    archive = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", tree, DATA_DIR, SEEDS],
                             capture_output=True)
    if archive.returncode != 0:
        raise EditorError(f"{revision} has no {DATA_DIR} and {SEEDS} to compare: "
                          f"{_first_line(archive.stderr)}")
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _git(root: Path, *arguments: str, failure: str | None = None) -> str:
    try:
        done = subprocess.run(["git", "-C", str(root), *arguments], capture_output=True, text=True)
    except FileNotFoundError:
        raise EditorError("git is not installed: diff compares git revisions") from None
    if done.returncode != 0:
        raise EditorError(failure or f"git {arguments[0]} failed in {root}: {_first_line(done.stderr)}")
    return done.stdout


def _first_line(error: bytes | str) -> str:
    text = error.decode("utf-8", "replace") if isinstance(error, bytes) else error
    return next((line.strip() for line in text.splitlines() if line.strip()), "no message")


@dataclass
class Changes:
    """What differs between two states, by id."""

    sources: set[str]
    entities: set[str]
    events: set[str]


def changes(before: KnowledgeStore, after: KnowledgeStore) -> Changes:
    sources = _differing(before.sources, after.sources)
    entities = _differing(before.entities, after.entities) | _citing(before, after, sources, "entities")
    events = _differing(_by_id(before.events), _by_id(after.events)) | _citing(before, after, sources, "events")
    return Changes(sources, entities, events)


def _by_id(events) -> dict:
    return {event.id: event for event in events}


def _differing(old: dict, new: dict) -> set[str]:
    return {key for key in old.keys() | new.keys()
            if key not in old or key not in new or old[key].model_dump() != new[key].model_dump()}


def _citing(before: KnowledgeStore, after: KnowledgeStore, sources: set[str], table: str) -> set[str]:
    """Records citing a source whose description changed: every citation of it reads differently."""
    found = set()
    for store in (before, after):
        records = store.entities.values() if table == "entities" else store.events
        for record in records:
            cited = [c for fact in getattr(record, "facts", []) for c in fact.citations] + list(
                getattr(record, "citations", []))
            if any(citation.source in sources for citation in cited):
                found.add(record.id)
    return found


def questions(before: KnowledgeStore, after: KnowledgeStore, changed: Changes) -> list[str]:
    """Every /who and /timeline command whose answer the change could alter, in a stable order."""
    entities = set(changed.entities)
    topics: set[str] = set()
    for store in (before, after):
        events = _by_id(store.events)
        for event_id in changed.events:
            event = events.get(event_id)
            if event is None:
                continue
            entities.update(event.entities)
            if event.place:
                entities.update([event.place, *store.enclosing(event.place)])
            topics.update(event.topics)
        for entity_id in changed.entities:  # a place that moved: the places it lies in list its events
            if entity_id in store.entities:
                entities.update(store.enclosing(entity_id))
    names = {entity_id: _house_name(entity_id, before, after) for entity_id in entities}
    lines = []
    for entity_id in sorted(entities, key=lambda e: (names[e].casefold(), e)):
        lines += [f"/who {names[entity_id]}", f"/timeline {names[entity_id]}"]
    lines += [f"/timeline {topic}" for topic in sorted(topics) if topic.casefold() not in
              {name.casefold() for name in names.values()}]
    return lines


def _house_name(entity_id: str, before: KnowledgeStore, after: KnowledgeStore) -> str:
    entity = after.entities.get(entity_id) or before.entities.get(entity_id)
    return entity.name if entity else entity_id


def describe(resolution: Resolution, store: KnowledgeStore) -> str:
    """What a reader typing the name gets: the entry, the candidates asked about, or no entry."""
    if resolution.decision == "found":
        return store.entities[resolution.entity].name
    if resolution.decision == "ambiguous":
        return "asks: " + ", ".join(store.entities[c.entity].name for c in resolution.candidates)
    return "no entry"


def spellings(store: KnowledgeStore) -> dict[str, set[str]]:
    """Every name and alias, with the ids of the entities that carry it."""
    carried: dict[str, set[str]] = {}
    for entity in store.entities.values():
        for name in [entity.name, *(alias.name for alias in entity.aliases)]:
            carried.setdefault(name, set()).add(entity.id)
    return carried


def answers_diff(before: KnowledgeStore, after: KnowledgeStore, ask: Ask, base: str, head: str) -> str:
    """The Markdown a reviewer reads: what changed for readers, or that nothing did."""
    changed = changes(before, after)
    out = [f"## What readers will see differently: {base} → {head}", ""]
    body: list[str] = []

    added = sorted(after.entities.keys() - before.entities.keys())
    removed = sorted(before.entities.keys() - after.entities.keys())
    for title, ids, store in (("Entities added", added, after), ("Entities removed", removed, before)):
        if ids:
            body += [f"**{title}:** " + "; ".join(f"{store.entities[i].name} ({store.entities[i].kind}, `{i}`)"
                                                for i in ids), ""]
    old_names, new_names = spellings(before), spellings(after)
    for title, first, second, store in (("Aliases added", new_names, old_names, after),
                                        ("Aliases removed", old_names, new_names, before)):
        lines = [f"- “{name}” on {', '.join(store.entities[i].name for i in sorted(ids - second.get(name, set())))}"
                 for name, ids in sorted(first.items()) if ids - second.get(name, set())
                 and any(store.entities[i].name != name for i in ids - second.get(name, set()))]
        if lines:
            body += [f"**{title}:**", *lines, ""]

    moved = []
    for name in sorted(old_names.keys() | new_names.keys(), key=str.casefold):
        was, now = describe(before.resolve(name), before), describe(after.resolve(name), after)
        if was != now:
            moved.append(f"| {_cell(name)} | {_cell(was)} | {_cell(now)} |")
    if moved:
        body += ["**Names that resolve differently** (`/who NAME`):", "", "| name | before | after |",
                 "|---|---|---|", *moved, ""]

    for line in questions(before, after, changed):
        was, now = ask(line, before), ask(line, after)
        if was != now:
            changed_lines = difflib.unified_diff(was.splitlines(), now.splitlines(), base, head, lineterm="", n=1)
            body += [f"### `{line}`", "", *_fenced("\n".join(changed_lines), "diff"), "",
                     "<details><summary>Before and after, in full</summary>", "", f"Before ({base}):", "",
                     *_fenced(was), "", f"After ({head}):", "", *_fenced(now), "", "</details>", ""]

    if not body:
        body = ["Nothing changed for readers: no /who or /timeline answer reads differently, and every name "
                "resolves as before.", ""]
    return "\n".join(out + body).rstrip() + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _fenced(text: str, language: str = "text") -> list[str]:
    fence = "```"
    while fence in text:
        fence += "`"
    return [fence + language, text, fence]

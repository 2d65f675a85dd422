"""The editors' gate: every rule the knowledge must meet before it is built.

`check(root)` returns the loaded knowledge and every problem found, sorted by file and line, so that an
editor sees all of them in one run rather than one per run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from knowledge.editing.common_names import check_common_names, check_namesakes
from knowledge.files.canonical import leading_comments, render
from knowledge.files.loading import Knowledge, Located, Problem, load
from knowledge.files.quotes import QuoteMatch, closest_passage
from knowledge.schema import Citation, Event

TODAY_VARIABLE = "KNOWLEDGE_TODAY"


def today() -> dt.date:
    """Today's date, or the one fixed by KNOWLEDGE_TODAY (YYYY-MM-DD) so date rules are repeatable."""
    fixed = os.environ.get(TODAY_VARIABLE)
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()


@contextlib.contextmanager
def collector_paused():
    """The cyclic garbage collector off while knowledge is read, checked and built, then back as it
    was: all that is made lives to the end, so the collector's passes over the young objects find
    nothing to free (they took a third of a 10,000-file build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@collector_paused()
def check(root: Path, *, layout: bool = True) -> tuple[Knowledge, list[Problem]]:
    """`layout=False` leaves out the canonical-layout rule: a file's layout never changes an answer,
    so `build` does not refuse over it; `python -m knowledge check` and the tests do."""
    knowledge, problems = load(root)
    # Every file that could be read, even one with schema errors (its bad values were reported and are
    # skipped) or a taken id: one run shows an editor everything.
    for located in knowledge.records:
        problems += (_check_event if isinstance(located.record, Event) else _check_entity)(knowledge, located)
        if located.valid("reviewed") and located.record.reviewed is not None and located.record.reviewed > today():
            problems.append(Problem(located.file, located.line("reviewed"),
                                    f"reviewed date {located.record.reviewed} is in the future"))
    for located in knowledge.sources.values():
        if located.valid("published") and located.record.published > today():
            problems.append(Problem(located.file, located.line("published"),
                                    f"published date {located.record.published} is in the future"))
    problems += _check_shared_aliases(knowledge)
    problems += _check_within(knowledge)
    problems += _check_reader_wording(knowledge)
    problems += _check_alias_provenance(knowledge)
    problems += check_common_names(knowledge)
    problems += check_namesakes(knowledge)
    if layout:
        problems += _check_layout(knowledge)
    return knowledge, sorted(set(problems))


def _check_layout(knowledge: Knowledge) -> list[Problem]:
    """Files in the canonical layout, so that a pull request's diff shows only real changes."""
    files = [(l, "event" if isinstance(l.record, Event) else "entity") for l in knowledge.records]
    if knowledge.sources_file is not None:
        files.append((knowledge.sources_file, "sources"))
    if knowledge.common_names is not None:
        files.append((knowledge.common_names, "names"))
    problems = []
    for located, kind in files:
        wanted = render(located.data, kind, leading_comments(located.text))  # canonical(), parsed once
        if wanted != located.text:
            line = next((n for n, (a, b) in enumerate(zip(located.text.splitlines(), wanted.splitlines()), 1)
                         if a != b), min(len(located.text.splitlines()), len(wanted.splitlines())) + 1)
            problems.append(Problem(located.file, line, "not in the canonical layout (key order, spacing, "
                                    "arrays): run `python -m knowledge format` to rewrite it"))
    return problems


def _check_citations(knowledge: Knowledge, located: Located, citations: list[Citation], *path) -> list[Problem]:
    problems = []
    for index, citation in enumerate(citations):
        if not located.valid(*path, "citations", index):
            continue
        text = knowledge.source_texts.get(citation.source)
        if text is None and not knowledge.unknown_source(citation.source):
            continue  # the source's own problem is reported in sources.toml
        if text is None:
            problems.append(Problem(located.file, located.line(*path, "citations", index, "source"),
                                    f"unknown source {citation.source!r}: use an id from sources.toml"))
            continue
        match = text.find(citation.quote)
        line = located.line(*path, "citations", index, "quote") if match != QuoteMatch.found else 0
        if match == QuoteMatch.only_in_debris:
            problems.append(Problem(located.file, line,
                                    f"the quote is page debris in {citation.source} (see its debris list in "
                                    "sources.toml), not reporting: quote the article text"))
        elif match == QuoteMatch.absent:
            nearest = closest_passage(text.text, citation.quote)
            hint = f"; the nearest passage reads: {nearest!r}" if nearest else ""
            problems.append(Problem(located.file, line,
                                    f"quote not found in {citation.source}: copy the words exactly as the "
                                    f"source prints them{hint}"))
    return problems


def _check_entity(knowledge: Knowledge, located: Located) -> list[Problem]:
    entity = located.record
    problems = []
    if located.valid("name"):
        problems += _mixed_scripts(located, "name", entity.name, located.line("name"))
    seen = {entity.name}
    for index, alias in enumerate(entity.aliases):
        if not located.valid("aliases", index):
            continue
        problems += _mixed_scripts(located, "alias", alias.name, located.line("aliases", index, "name"))
        if alias.name in seen:
            problems.append(Problem(located.file, located.line("aliases", index, "name"),
                                    f"alias {alias.name!r} is listed twice (or repeats the name): remove it"))
        seen.add(alias.name)
        for source_id in alias.seen_in:
            text = knowledge.source_texts.get(source_id)
            if text is None and not knowledge.unknown_source(source_id):
                continue
            if text is None:
                problems.append(Problem(located.file, located.line("aliases", index, "seen_in"),
                                        f"unknown source {source_id!r} in seen_in"))
            elif not text.contains_words(alias.name):
                problems.append(Problem(located.file, located.line("aliases", index, "seen_in"),
                                        f"alias {alias.name!r} does not occur in {source_id}: remove the source "
                                        "from seen_in or fix the spelling"))
    for index, fact in enumerate(entity.facts):
        problems += _check_citations(knowledge, located, fact.citations, "facts", index)
    return problems


# The scripts names in the store are written in. A word with letters from two of them is a letter typed
# on another keyboard (Cyrillic а for Latin a, Latin o in an Arabic word): it looks right on screen, but no
# journalist's query will ever match it, and it can match another word's folding instead.
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW")
_WORD_BREAKS = re.compile(r"[\s\-\u05be\u2010-\u2015/]+")


def _mixed_scripts(located: Located, what: str, text: str, line: int) -> list[Problem]:
    for word in _WORD_BREAKS.split(text):
        scripts = {script for letter in word if letter.isalpha()
                   for script in _SCRIPTS if unicodedata.name(letter, "").startswith(script)}
        if len(scripts) > 1:
            named = " and ".join(sorted(script.title() for script in scripts))
            return [Problem(located.file, line, f"{what} {text!r} mixes {named} letters in the word {word!r}: "
                                                "a letter typed on another keyboard? Retype it in one script")]
    return []


def _check_event(knowledge: Knowledge, located: Located) -> list[Problem]:
    event = located.record
    problems = _check_citations(knowledge, located, event.citations)
    if located.valid("date") and event.date.first_day() > today():
        problems.append(Problem(located.file, located.line("date"), f"date {event.date.iso()} is in the future"))
    if event.end is not None and located.valid("end") and located.valid("date"):
        if event.end.first_day() < event.date.first_day():
            problems.append(Problem(located.file, located.line("end"),
                                    f"end {event.end.iso()} is before the date {event.date.iso()}"))
        elif event.end.first_day() > today():
            problems.append(Problem(located.file, located.line("end"), f"end {event.end.iso()} is in the future"))
    for index, entity_id in enumerate(event.entities):
        if located.valid("entities", index) and entity_id not in knowledge.entities and entity_id not in knowledge.unreadable_ids:
            problems.append(Problem(located.file, located.line("entities", index),
                                    f"unknown entity {entity_id!r}: add a file for it or fix the id"))
    if event.place is not None and event.place not in knowledge.unreadable_ids:
        place = knowledge.entities.get(event.place)
        if place is None:
            problems.append(Problem(located.file, located.line("place"),
                                    f"unknown place {event.place!r}: add places/{event.place}.toml or fix the id"))
        elif place.record.kind != "place":
            problems.append(Problem(located.file, located.line("place"),
                                    f"{event.place!r} is {'an' if place.record.kind[0] in 'aeiou' else 'a'} {place.record.kind}, "
                                    "not a place: list it under entities"))
    if located.valid("entities") and len(set(event.entities)) != len(event.entities):
        problems.append(Problem(located.file, located.line("entities"), "an entity is listed twice"))
    return problems


def _check_shared_aliases(knowledge: Knowledge) -> list[Problem]:
    """A name that leads to two entities must be a decision both files declare (shared = true)."""
    holders: dict[str, list[tuple[Located, str, int | None, bool]]] = defaultdict(list)
    for located in knowledge.entities.values():
        entity = located.record
        if located.valid("name"):
            holders[" ".join(knowledge.entity_parts(entity.name, entity.kind))].append((located, entity.name, None, False))
        for index, alias in enumerate(entity.aliases):
            if not located.valid("aliases", index):
                continue
            key = " ".join(knowledge.entity_parts(alias.name, entity.kind))
            holders[key].append((located, alias.name, index, alias.shared))
    problems = []
    for entries in holders.values():
        owners = {located.record.id for located, *_ in entries}
        if len(owners) < 2:
            continue
        for located, spelling, index, shared in entries:
            if shared:
                continue
            others = sorted(owners - {located.record.id})
            line = located.line("name") if index is None else located.line("aliases", index, "name")
            what = "name" if index is None else "alias"
            problems.append(Problem(located.file, line,
                                    f"{what} {spelling!r} also names {', '.join(others)}: if both really go by "
                                    "it, add it as an alias with shared = true in every file that uses it; "
                                    "otherwise remove it"))
    return problems


def _a(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _check_within(knowledge: Knowledge) -> list[Problem]:
    """`within` links a place to a larger place; a chain of them must end, so it never loops."""
    problems = []
    for located in knowledge.entities.values():
        entity = located.record
        if entity.within is None:
            continue
        if entity.kind != "place":
            problems.append(Problem(located.file, located.line("within"), f"only places have within, and "
                                    f"{entity.id!r} is {_a(entity.kind)}: remove it"))
            continue
        if entity.within in knowledge.unreadable_ids:
            continue
        outer = knowledge.entities.get(entity.within)
        if outer is None:
            problems.append(Problem(located.file, located.line("within"), f"unknown place {entity.within!r} in "
                                    f"within: add places/{entity.within}.toml or fix the id"))
        elif outer.record.kind != "place":
            problems.append(Problem(located.file, located.line("within"), f"within names {entity.within!r}, "
                                    f"which is {_a(outer.record.kind)}, not a place"))
        else:
            chain = [entity.id]
            while chain[-1] in knowledge.entities and knowledge.entities[chain[-1]].record.within is not None:
                chain.append(knowledge.entities[chain[-1]].record.within)
                if chain[-1] == entity.id:
                    problems.append(Problem(located.file, located.line("within"), "within goes round in a circle ("
                                            + " within ".join(chain) + "): a place cannot lie in itself"))
                    break
                if chain.count(chain[-1]) > 1:
                    break  # a loop further up: reported at the places that form it
    return problems


# "seed", "seeds", "Seed 003": the desk's word for its source files, which readers never see.
SEED_WORD = re.compile(r"\bseed", re.IGNORECASE)
READER_TEXT = {
    "entity": ("name", "description", ("aliases", "name"), ("facts", "text")),
    "event": ("title", "summary", "date_note"),
    "source": ("outlet", "headline", "published_note", "language_note", "derivation"),
}


def _check_reader_wording(knowledge: Knowledge) -> list[Problem]:
    """Text the bot shows speaks to readers, who do not know the desk's files: no "as the seeds say"."""
    problems = []
    groups = [(knowledge.entities, "entity"), (knowledge.events, "event"), (knowledge.sources, "source")]
    for table, kind in groups:
        for located in table.values():
            for field in READER_TEXT[kind]:
                for path, text in _texts(located.record, field):
                    if SEED_WORD.search(text):
                        problems.append(Problem(
                            located.file, located.line(*path),
                            f"{'.'.join(map(str, path))} says {SEED_WORD.search(text)[0]!r}: readers see this "
                            "text and do not know what the desk's seeds are; name the outlet or the report "
                            "(\"in The National's reporting\"), or move desk remarks to notes"))
    return problems


def _texts(record, field) -> list[tuple[tuple, str]]:
    if isinstance(field, str):
        value = getattr(record, field)
        return [((field,), value)] if value else []
    items, inner = field
    return [((items, index, inner), getattr(item, inner)) for index, item in enumerate(getattr(record, items))]
def _check_alias_provenance(knowledge: Knowledge) -> list[Problem]:
    """Every alias says where the spelling comes from, so an editor can tell a printed name from a guess."""
    problems = []
    for located in knowledge.entities.values():
        for index, alias in enumerate(located.record.aliases):
            if not alias.has_provenance:
                problems.append(Problem(
                    located.file, located.line("aliases", index, "name"),
                    f"alias {alias.name!r} does not say where it comes from: add seen_in = [\"<source id>\"] if "
                    "a seed prints it, attested = [\"https://... (what it is)\"] or [\"<publication>, <date>\"] "
                    "for where it was published, or standard = \"<which transliteration, of what>\"; "
                    "otherwise remove it"))
    return problems

"""common-names.toml: names that on their own only list candidates (schema.CommonName).

Code cannot know that Al Thani is Qatar's ruling family, al-Kahlout a large Gaza clan or الحية also
"the snake"; the desk says so here, with why and, where it can, where another bearer was printed. The
build turns the spellings into the name positions the matcher must not answer from alone
(`matching.build_index`); `check` holds the file to the rules below.
"""

from __future__ import annotations

from knowledge.files.loading import Knowledge, Problem
from knowledge.names import normalise
from knowledge.names.matching import covered_by


def spelling_parts(spelling: str) -> tuple[str, ...]:
    """A listed spelling as the matcher reads names (`parts`; no title is dropped)."""
    return tuple(normalise.parts(spelling, titles=False))


def common_name_parts(knowledge: Knowledge) -> list[tuple[str, ...]]:
    """Every listed spelling in `parts` form, for the build."""
    located = knowledge.common_names
    if located is None:
        return []
    return [parts for index, name in enumerate(located.record.names) if located.valid("names", index)
            for spelling in name.spellings if (parts := spelling_parts(spelling))]


def namesake_parts(knowledge: Knowledge) -> list[tuple[str, ...]]:
    """Every namesake's name in `parts` form, for the build."""
    located = knowledge.common_names
    if located is None:
        return []
    return [parts for index, namesake in enumerate(located.record.namesakes) if located.valid("namesakes", index)
            if (parts := spelling_parts(namesake.name))]


def check_namesakes(knowledge: Knowledge) -> list[Problem]:
    """Each namesake's name holds every word of some entity's name or alias of two words or more (or it
    changes no answer) and is no entity's name (or it would hide that entity)."""
    located = knowledge.common_names
    if located is None:
        return []
    names = {knowledge.entity_parts(spelling, l.record.kind): l.record.id for l in knowledge.entities.values()
             for spelling in [l.record.name, *(alias.name for alias in l.record.aliases)]}
    problems = []
    for index, namesake in enumerate(located.record.namesakes):
        if not located.valid("namesakes", index):
            continue
        line = located.line("namesakes", index, "name")
        parts_of_namesake = spelling_parts(namesake.name)
        words = set(parts_of_namesake)
        if parts_of_namesake in names:
            problems.append(Problem(located.file, line, f"namesake {namesake.name!r} is a name of "
                                    f"{names[parts_of_namesake]}: remove one of them"))
        elif not any(len(parts) >= 2 and set(parts) <= words for parts in names):
            problems.append(Problem(located.file, line, f"namesake {namesake.name!r} holds no entity's whole name "
                                    "of two words or more, so it changes no answer: remove it"))
    return problems


def check_common_names(knowledge: Knowledge) -> list[Problem]:
    """Each spelling is whole words of some entity's name and listed once; `seen_in` names known sources
    that print one of `others`; `seen_in` and `attested` say where others were printed, so they need
    `others`."""
    located = knowledge.common_names
    if located is None:
        return []
    firsts = {parts[0] for entry in located.record.names for s in entry.spellings if (parts := spelling_parts(s))}
    names: dict[str, list[tuple[str, ...]]] = {}  # the names holding each spelling's first word: one pass
    for l in knowledge.entities.values():
        for spelling in [l.record.name, *(alias.name for alias in l.record.aliases)]:
            parts = knowledge.entity_parts(spelling, l.record.kind)
            for word in firsts.intersection(parts):
                names.setdefault(word, []).append(parts)
    problems = []
    listed: dict[tuple[str, ...], int] = {}
    for index, entry in enumerate(located.record.names):
        if not located.valid("names", index):
            continue
        for number, spelling in enumerate(entry.spellings):
            line = located.line("names", index, "spellings", number)
            parts = spelling_parts(spelling)
            if not parts:
                problems.append(Problem(located.file, line, f"spelling {spelling!r} has no word that names "
                                        "anything (only articles or function words): remove it"))
            elif parts in listed:
                problems.append(Problem(located.file, line, f"spelling {spelling!r} is listed already, at line "
                                        f"{listed[parts]}: remove one"))
            elif not any(covered_by(name, [parts]) for name in names.get(parts[0], ())):
                problems.append(Problem(located.file, line, f"spelling {spelling!r} is not whole words of any "
                                        "entity's name or alias, so it changes no answer: write it as the "
                                        "name or alias does (\"Al Thani\" for \"Mohammed bin Abdulrahman Al "
                                        "Thani\"), or remove it"))
            listed.setdefault(parts, line)
        if (entry.seen_in or entry.attested) and not entry.others:
            problems.append(Problem(located.file, located.line("names", index, "seen_in" if entry.seen_in else "attested"),
                                    "seen_in and attested say where others who carry the name were printed: "
                                    "list them in others = [\"<name as printed>\"]"))
            continue
        for source_id in entry.seen_in:
            text = knowledge.source_texts.get(source_id)
            if text is None and not knowledge.unknown_source(source_id):
                continue  # the source's own problem is reported in sources.toml
            if text is None:
                problems.append(Problem(located.file, located.line("names", index, "seen_in"),
                                        f"unknown source {source_id!r} in seen_in"))
            elif not any(text.contains_words(other) for other in entry.others):
                problems.append(Problem(located.file, located.line("names", index, "seen_in"),
                                        f"{source_id} prints none of others ({', '.join(map(repr, entry.others))}): "
                                        "remove it from seen_in or write the name as it prints it"))
    return problems

"""`python -m knowledge format`: rewrite the knowledge files in the canonical layout (files/canonical.py)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.files.canonical import canonical
from knowledge.editing.errors import knowledge_folder
from knowledge.files.loading import COMMON_NAMES_FILE, SOURCES_FILE
from knowledge.files.syntax import syntax_problem
from knowledge.schema import EVENT_FOLDER


@dataclass
class Formatted:
    rewritten: list[str] = field(default_factory=list)
    unchanged: int = 0
    # Files with a TOML syntax error, as `path:line: message`: left as they are.
    unreadable: list[str] = field(default_factory=list)


def format_files(root: Path) -> Formatted:
    """Rewrite every readable knowledge file that is not in the canonical layout."""
    folder = knowledge_folder(root)
    done = Formatted()
    for path in sorted(folder.glob("*.toml")) + sorted(folder.glob("*/*.toml")):
        kind = "sources" if path.name == SOURCES_FILE and path.parent == folder else \
            "names" if path.name == COMMON_NAMES_FILE and path.parent == folder else \
            "event" if path.parent.name == EVENT_FOLDER else "entity"
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(root).as_posix()
        try:
            wanted = canonical(text, kind)
        except tomllib.TOMLDecodeError as error:
            line, message = syntax_problem(text, error)
            done.unreadable.append(f"{relative}:{line}: not rewritten, {message}")
            continue
        if wanted == text:
            done.unchanged += 1
        else:
            path.write_text(wanted, encoding="utf-8")
            done.rewritten.append(relative)
    return done

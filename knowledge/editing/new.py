"""`python -m knowledge new KIND "Name or title"`: a new entity or event file from its template.

The file gets its id and file name from the name (an event's also from today's date), the kind, and
today's date where one belongs; everything else is left empty, so `check` names each field still to
fill in until the editor has done what the template's comments ask.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from pathlib import Path

from knowledge.editing.errors import EditorError, knowledge_folder
from knowledge.files.canonical import leading_comments, render
from knowledge.schema import ENTITY_FOLDERS, EVENT_FOLDER, Event

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FOLDERS = {kind: folder for folder, kind in ENTITY_FOLDERS.items()} | {"event": EVENT_FOLDER}
KINDS = tuple(FOLDERS)
TITLE_LIMIT = Event.model_fields["title"].metadata[0].max_length
ID_WORDS = 8  # an event's id keeps the first words of its title: a file name, not a headline


def make_id(name: str) -> str:
    """"Khalil al-Hayya" -> "khalil-al-hayya"; "İbrahim Kalın" -> "ibrahim-kalin"."""
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_only.replace("'", "").replace("’", "").lower()))


def new_record(root: Path, kind: str, name: str, today: dt.date) -> Path:
    """Write the new file; return its path. Refuses to overwrite anything."""
    if kind not in FOLDERS:
        raise EditorError(f"unknown kind {kind!r}: write one of {', '.join(KINDS)}")
    name = " ".join(name.split())
    what = "title" if kind == "event" else "name"
    if not name:
        raise EditorError(f"give the {what} in quotes, e.g. python -m knowledge new {kind} \"...\"")
    if kind == "event" and len(name) > TITLE_LIMIT:
        raise EditorError(f"the title has {len(name)} characters; an event title is at most {TITLE_LIMIT}")
    words = make_id(name).split("-")
    if words == [""]:
        raise EditorError(f"cannot make a file name from {name!r}: give the {what} in Latin letters "
                          "(add other scripts as aliases)")
    record_id = f"{today.isoformat()}-{'-'.join(words[:ID_WORDS])}" if kind == "event" else "-".join(words)
    folder = knowledge_folder(root)
    taken = sorted(folder.glob(f"*/{record_id}.toml"))
    if taken:
        raise EditorError(f"{taken[0].relative_to(root).as_posix()} already exists: edit it, or choose another "
                          f"{what}")
    template = (TEMPLATES / ("event.toml" if kind == "event" else "entity.toml")).read_text(encoding="utf-8")
    data = tomllib.loads(template)
    data.update(id=record_id, reviewed=today)
    if kind == "event":
        data.update(title=name, date=today)
    else:
        data.update(kind=kind, name=name)
    target = folder / FOLDERS[kind] / f"{record_id}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as out:  # "x": never overwrite, even in a race
        out.write(render(data, "event" if kind == "event" else "entity", leading_comments(template)))
    return target

"""`python -m knowledge add-source PATH ...`: a new source text in seeds/, registered in sources.toml.

The text is copied byte for byte and registered with its SHA-256, which check and the seed tests verify
from then on. The file is named like the first five, `NNN_<16 hex>.txt`: the next number, then the first
16 hex digits of the text's SHA-256 (the first five names' hex digits predate this and are not derived
from their text; their recorded SHA-256 is what protects them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from knowledge.editing.errors import EditorError, knowledge_folder
from knowledge.files.canonical import leading_comments, render
from knowledge.files.loading import SOURCES_FILE
from knowledge.files.syntax import syntax_problem
from knowledge.schema import Source

SEEDS = "seeds"
NUMBERED = re.compile(r"^(\d{3})_")
NOT_RECORDED = "Not recorded."
# The command-line option behind each field, to name it in an error.
OPTIONS = {"outlet": "--outlet", "headline": "--headline", "url": "--url", "language_note": "--language-note",
           "published_note": "--estimated"}


def parse_day(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise EditorError(f"{option} {value!r} is not a date: write YYYY-MM-DD, e.g. 2025-11-06") from None


def add_source(root: Path, text_path: Path, *, outlet: str, published: dt.date, today: dt.date,
               estimated: str | None = None, headline: str = "", url: str = "",
               language_note: str | None = None) -> Source:
    if not text_path.is_file():
        raise EditorError(f"{text_path}: no such file")
    raw = text_path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise EditorError(f"{text_path} is not UTF-8 text ({error.reason} at byte {error.start}): save it as "
                          "UTF-8 and try again") from None
    if not raw.strip():
        raise EditorError(f"{text_path} is empty")
    if published > today:
        raise EditorError(f"--published {published} is in the future")
    digest = hashlib.sha256(raw).hexdigest()
    registry = knowledge_folder(root) / SOURCES_FILE
    if not registry.is_file():
        raise EditorError(f"no {SOURCES_FILE} at {registry}: run this in the project, or pass --root")
    registry_text = registry.read_text(encoding="utf-8")
    shown = registry.relative_to(root).as_posix()
    try:
        data = tomllib.loads(registry_text)
    except tomllib.TOMLDecodeError as error:
        line, message = syntax_problem(registry_text, error)
        raise EditorError(f"{shown}:{line}: fix this first: {message}") from None
    _refuse_duplicate(root, data.get("sources", []), digest, text_path)

    seeds = root / SEEDS
    numbers = [int(m[1]) for p in seeds.glob("*.txt") if (m := NUMBERED.match(p.name))]
    source_id = f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}"
    entry = {"id": source_id, "file": f"{SEEDS}/{source_id}.txt", "sha256": digest, "outlet": outlet,
             "headline": headline, "published": published,
             "published_basis": "estimated" if estimated is not None else "confirmed",
             "published_note": estimated or "", "url": url, "language_note": language_note or NOT_RECORDED,
             "notes": "", "debris": []}
    try:
        source = Source.model_validate(entry)
    except ValidationError as error:
        first = error.errors()[0]
        option = OPTIONS.get(str(first["loc"][0]), str(first["loc"][0]))
        raise EditorError(f"{option}: {first['msg'].removeprefix('Value error, ')}") from None

    seeds.mkdir(exist_ok=True)
    target = root / entry["file"]
    with open(target, "xb") as out:
        out.write(raw)
    try:
        data.setdefault("sources", []).append(entry)
        registry.write_text(render(data, "sources", leading_comments(registry_text)), encoding="utf-8")
    except BaseException:
        target.unlink()
        raise
    return source


def _refuse_duplicate(root: Path, registered: list[dict], digest: str, text_path: Path) -> None:
    for entry in registered:
        if entry.get("sha256") == digest:
            raise EditorError(f"{text_path} is already registered as source {entry.get('id')} ({entry.get('file')}, "
                              "the same SHA-256): nothing was added")
    for seed in sorted((root / SEEDS).glob("*.txt")):
        if hashlib.sha256(seed.read_bytes()).hexdigest() == digest:
            raise EditorError(f"{text_path} has the same bytes as {SEEDS}/{seed.name}, which sources.toml does not "
                              "register: register that file instead; nothing was added")

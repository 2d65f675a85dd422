"""The synthetic trees and their builds, cached under bench/.cache/ (git-ignored).

A tree is generated once per set of parameters (the 1M-alias tree takes minutes to write); its build
is redone whenever the code that builds or reads it changes (a hash of knowledge/**/*.py), so a
cached build is never one the current code would not write.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

from bench import synth

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
TODAY = "2026-11-21"  # KNOWLEDGE_TODAY for every synthetic tree: dates are checked against it


def code_hash() -> str:
    """A hash of the code whose change changes what `build` writes: the editors' tools, file loading,
    names, the schema, the serving index's writer, the format version the store accepts, and the
    renderer that lays out large cards."""
    from bot.replies import renderer_stamp
    from knowledge.serving.store import FORMAT_VERSION

    digest = hashlib.sha256(f"format {FORMAT_VERSION} renderer {renderer_stamp()}".encode())
    paths = [*(ROOT / "knowledge").glob("editing/*.py"), *(ROOT / "knowledge").glob("files/*.py"),
             *(ROOT / "knowledge").glob("names/**/*.py"), ROOT / "knowledge" / "schema.py",
             ROOT / "knowledge" / "serving" / "index.py", ROOT / "knowledge" / "serving" / "describing.py"]
    for path in sorted(paths):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def tree(name: str, **params) -> tuple[Path, dict]:
    """The tree `name` generated with `params` (synth.generate's), generated now if not cached."""
    folder = CACHE / name
    stamp = folder / "generated.json"
    wanted = {"params": params, "generator": _generator_hash()}
    if stamp.is_file():
        recorded = json.loads(stamp.read_text())
        if {k: recorded[k] for k in wanted} == wanted:
            return folder, recorded["summary"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    summary = synth.generate(folder, **params)
    stamp.write_text(json.dumps({**wanted, "summary": summary}))
    return folder, summary


def build(folder: Path) -> tuple[Path, float | None]:
    """The tree's build, and how long building took (None when the cached build was current)."""
    from bot.replies import build_layouts
    from knowledge.editing.build import build as build_knowledge

    target = folder / "build" / "knowledge.json"
    stamp = folder / "build" / "built-by.txt"
    code = code_hash()
    if target.is_file() and stamp.is_file() and stamp.read_text() == code:
        return target, None
    started = time.perf_counter()
    build_knowledge(folder, target, layouts=build_layouts())
    took = time.perf_counter() - started
    stamp.write_text(code)
    return target, took


def _generator_hash() -> str:
    digest = hashlib.sha256()
    for name in ("synth.py", "names.py"):
        digest.update((ROOT / "bench" / name).read_bytes())
    return digest.hexdigest()[:16]

"""`build`: only checked knowledge is built, atomically, stamped with its revision; the store opens it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.editing.build import BuildRefused, build
from knowledge.serving.store import KnowledgeStore, StoreUnavailable


def test_build_is_stamped_and_repeatable(mini_root, tmp_path):
    first = build(mini_root, tmp_path / "a.json", now=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
    second = build(mini_root, tmp_path / "b.json")
    assert first["revision"] == second["revision"]
    assert first["built_at"] == "2026-01-02T00:00:00+00:00"
    assert first["counts"] == {"sources": 2, "people": 3, "organizations": 1, "places": 1, "events": 3,
                               "facts": 6, "citations": 9}


def test_revision_changes_with_any_input(mini_root, tmp_path):
    before = build(mini_root, tmp_path / "a.json")["revision"]
    path = mini_root / "knowledge/data/places/cairo.toml"
    path.write_text(path.read_text().replace("venue of the talks", "where the talks were held"))
    assert build(mini_root, tmp_path / "a.json")["revision"] != before


def test_nothing_unchecked_is_built_and_the_old_build_survives(mini_root, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "knowledge.json"
    build(mini_root, target)
    good = target.read_bytes()
    path = mini_root / "knowledge/data/places/cairo.toml"
    path.write_text(path.read_text().replace("met Hamas leader", "met the Hamas leader"))
    with pytest.raises(BuildRefused) as refused:
        build(mini_root, target)
    assert [p.file for p in refused.value.problems] == ["knowledge/data/places/cairo.toml"]
    assert target.read_bytes() == good
    assert sorted(p.name for p in target.parent.iterdir()) == ["knowledge.json", "knowledge.sqlite"], \
        "a temporary file was left behind"


def test_store_opens_a_build(mini_build):
    store = KnowledgeStore.open(mini_build)
    assert set(store.entities) == {"abbas-kamel", "mahmoud-abbas", "ismail-haniyeh", "hamas", "cairo"}
    assert [e.date.iso() for e in store.events] == ["2007", "2023-12-20", "2025-11"]
    assert store.revision and store.built_at


def test_store_refuses_a_missing_or_broken_build(tmp_path):
    with pytest.raises(StoreUnavailable, match=r"no knowledge build at .*: run `python -m knowledge build` first"):
        KnowledgeStore.open(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"meta": {"1": ')
    with pytest.raises(StoreUnavailable, match="unreadable"):
        KnowledgeStore.open(broken)
    other_version = tmp_path / "old.json"
    other_version.write_text(json.dumps({"meta": {"1": {"format": 0}}}))
    with pytest.raises(StoreUnavailable, match="another version"):
        KnowledgeStore.open(other_version)


def test_build_command(mini_root, tmp_path):
    target = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-m", "knowledge", "--root", str(mini_root), "build", "--output", str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"built {target} revision ")
    assert target.is_file()


def test_real_knowledge_meets_the_minimums(real_store):
    counts = real_store.counts
    assert counts["people"] >= 24
    assert counts["organizations"] >= 30
    assert counts["places"] >= 25
    assert counts["events"] >= 35
    assert counts["facts"] >= counts["people"] + counts["organizations"] + counts["places"]


def test_a_build_is_readable_as_the_umask_allows_and_on_disk_before_the_rename(mini_root, tmp_path, monkeypatch):
    import os

    synced, renamed = [], []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd)))
    monkeypatch.setattr(os, "replace", lambda a, b: (renamed.append((str(a), len(synced))), real_replace(a, b)))
    old = os.umask(0o027)
    try:
        build(mini_root, tmp_path / "group.json")
    finally:
        os.umask(old)
    assert (tmp_path / "group.json").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "group.sqlite").stat().st_mode & 0o777 == 0o640, "its serving index too"
    assert len(renamed) == 2, "the build and its serving index"
    for temporary, synced_before in renamed:
        assert temporary in synced[:synced_before], "each new file is fsynced before it replaces the old one"
    os.umask(0o022)
    try:
        build(mini_root, tmp_path / "world.json")
    finally:
        os.umask(old)
    assert (tmp_path / "world.json").stat().st_mode & 0o777 == 0o644


def test_a_failed_build_leaves_no_temporary_file(mini_root, tmp_path):
    (tmp_path / "out" / "knowledge.json").mkdir(parents=True)  # the rename cannot replace a folder
    with pytest.raises(OSError):
        build(mini_root, tmp_path / "out" / "knowledge.json")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["knowledge.json"]


def test_an_open_store_keeps_serving_its_build_when_a_new_one_replaces_it(mini_root, tmp_path):
    """Records are read when an answer needs them, from the build the store opened, not from a newer
    build renamed over it meanwhile (the bot rebuilt by an editor's local session, say)."""
    target = tmp_path / "knowledge.json"
    build(mini_root, target)
    store = KnowledgeStore.open(target)
    path = mini_root / "knowledge/data/people/ismail-haniyeh.toml"
    path.write_text(path.read_text().replace("Hamas leader in December", "Leader of Hamas in December"))
    build(mini_root, target)
    assert store.entities["ismail-haniyeh"].description.startswith("Hamas leader")
    assert KnowledgeStore.open(target).entities["ismail-haniyeh"].description.startswith("Leader of Hamas")


def test_a_forked_process_reads_the_store_opened_before_the_fork(mini_build):
    """gunicorn --preload opens the store, then forks its workers: each reads through its own connection."""
    import os

    store = KnowledgeStore.open(mini_build)
    child = os.fork()
    if child == 0:  # the worker: answer from the store, report by exit status
        ok = store.entities["mahmoud-abbas"].name == "Mahmoud Abbas" and store.events_about("hamas")
        os._exit(0 if ok else 1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_serving_index_copied_apart_from_its_build_is_refused(mini_root, tmp_path):
    import shutil

    build(mini_root, tmp_path / "a" / "knowledge.json")
    path = mini_root / "knowledge/data/people/ismail-haniyeh.toml"
    path.write_text(path.read_text().replace("Hamas leader in December", "Leader of Hamas in December"))
    build(mini_root, tmp_path / "b" / "knowledge.json")
    shutil.copy(tmp_path / "b" / "knowledge.sqlite", tmp_path / "a" / "knowledge.sqlite")
    with pytest.raises(StoreUnavailable, match="does not belong to the build"):
        KnowledgeStore.open(tmp_path / "a" / "knowledge.json")
    (tmp_path / "a" / "knowledge.sqlite").unlink()
    with pytest.raises(StoreUnavailable, match="no serving index"):
        KnowledgeStore.open(tmp_path / "a" / "knowledge.json")


def _knowledge_command(root, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "knowledge", "--root", str(root), *args], capture_output=True,
                          text=True)


def test_the_release_line_refuses_all_that_check_refuses_in_one_run_and_writes_nothing(mini_root, tmp_path):
    """`build --strict`, the Procfile's release line, reports what `check` reports (the layout too),
    exactly as check says it; plain `build` does not refuse over the layout alone."""
    release = shlex.split(dict(line.split(": ", 1) for line in
                               (Path(__file__).parent.parent / "Procfile").read_text().splitlines())["release"])
    assert release[:3] == ["python", "-m", "knowledge"] and "&&" not in release
    person = mini_root / "knowledge/data/people/ismail-haniyeh.toml"
    laid_out = person.read_text()
    person.write_text(laid_out.replace('kind = "person"\nname = "Ismail Haniyeh"',
                                       'name = "Ismail Haniyeh"\nkind = "person"'))
    cairo = mini_root / "knowledge/data/places/cairo.toml"
    cairo.write_text(cairo.read_text().replace("met Hamas leader", "met the Hamas leader"))
    target = tmp_path / "out" / "knowledge.json"
    target.parent.mkdir()

    checked = _knowledge_command(mini_root, "check")
    refused = _knowledge_command(mini_root, *release[3:], "--output", str(target))
    assert checked.returncode == refused.returncode == 1
    assert "not in the canonical layout" in checked.stderr and "quote not found" in checked.stderr
    assert refused.stderr == checked.stderr + "nothing was built\n"
    assert list(target.parent.iterdir()) == []

    cairo.write_text(cairo.read_text().replace("met the Hamas leader", "met Hamas leader"))
    refused = _knowledge_command(mini_root, *release[3:], "--output", str(target))
    assert refused.returncode == 1 and "not in the canonical layout" in refused.stderr
    assert list(target.parent.iterdir()) == []
    assert _knowledge_command(mini_root, "build", "--output", str(target)).returncode == 0

    person.write_text(laid_out)
    built = _knowledge_command(mini_root, *release[3:], "--output", str(target))
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith(f"built {target} revision ")


def test_the_build_is_a_tinydb_file_with_its_documents_numbered_from_one(mini_root, tmp_path):
    from tinydb import TinyDB

    meta = build(mini_root, tmp_path / "knowledge.json")
    with TinyDB(tmp_path / "knowledge.json", access_mode="r") as db:
        # The records of the build; the matcher's index is derived, and kept in the serving index only.
        assert db.tables() == {"meta", "sources", "entities", "events"}
        assert db.table("meta").get(doc_id=1) == meta
        entities = db.table("entities")
        assert [document.doc_id for document in entities.all()] == list(range(1, len(entities) + 1))
        assert {document["id"] for document in entities} == {"abbas-kamel", "mahmoud-abbas", "ismail-haniyeh",
                                                             "hamas", "cairo"}
        assert len(db.table("events")) == 3 and len(db.table("sources")) == 2


def _build_in_a_process(root: Path, target: Path, hash_seed: str, **env) -> subprocess.CompletedProcess:
    """`python -m knowledge build` in a fresh process, with its own string hashes (PYTHONHASHSEED)."""
    clean = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run([sys.executable, "-m", "knowledge", "--root", str(root), "build", "--output", str(target)],
                          capture_output=True, text=True, env={**clean, "PYTHONHASHSEED": hash_seed, **env})


@pytest.mark.parametrize("tree", ["mini", "real"])
def test_two_builds_of_the_same_files_are_the_same_bytes(tree, mini_root, tmp_path):
    # Each in its own process, with other string hashes: no set's order may reach the files.
    root = mini_root if tree == "mini" else Path(__file__).resolve().parent.parent
    for name, seed in (("a", "1"), ("b", "2")):
        (tmp_path / name).mkdir()
        done = _build_in_a_process(root, tmp_path / name / "knowledge.json", seed)
        assert done.returncode == 0, done.stderr
    for built in ("knowledge.json", "knowledge.sqlite"):
        assert (tmp_path / "a" / built).read_bytes() == (tmp_path / "b" / built).read_bytes(), built


def test_a_build_is_stamped_with_its_newest_input_files_time(mini_root, tmp_path):
    for path in mini_root.rglob("*"):
        os.utime(path, (1764547200, 1764547200))  # 2025-12-01
    os.utime(mini_root / "seeds" / "beta.txt", (1764590400, 1764590400))  # 12:00 that day
    done = _build_in_a_process(mini_root, tmp_path / "knowledge.json", "1")
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "knowledge.json").read_text())["meta"]["1"]["built_at"] == "2025-12-01T12:00:00+00:00"


def test_source_date_epoch_stamps_the_build(mini_root, tmp_path):
    done = _build_in_a_process(mini_root, tmp_path / "knowledge.json", "3", SOURCE_DATE_EPOCH="1767225600")
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "knowledge.json").read_text())["meta"]["1"]["built_at"] == "2026-01-01T00:00:00+00:00"
    done = _build_in_a_process(mini_root, tmp_path / "other.json", "3", SOURCE_DATE_EPOCH="yesterday")
    assert done.returncode == 1
    assert "SOURCE_DATE_EPOCH must be whole seconds since 1970" in done.stderr
    assert not (tmp_path / "other.json").exists()

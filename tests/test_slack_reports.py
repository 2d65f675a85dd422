"""The report stores: durable, and safe when several processes add reports at once.

Each test of the guarantees runs against both backends: the TinyDB file (the default) and a real
PostgreSQL server (REPORTS_URL), started by the tests themselves (tests/postgres.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.reports import Report, Reporter, ReportStore, open_reports

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["tinydb", "postgresql"])
def where(request, tmp_path) -> str:
    """Where the reports go: a TinyDB file's path, or a postgresql:// URL of an empty database."""
    if request.param == "tinydb":
        return str(tmp_path / "var" / "reports.json")
    return request.getfixturevalue("postgres_url")


def a_report(n: int = 0, text: str = "Wrong date") -> Report:
    return Report(reporter=Reporter(id=f"U{n}", name="ed", team="T1"), channel="C1", command="/who hayya",
                  revision="abc123", answer="Khalil al-Hayya …", text=text)


def test_a_report_survives_reopening(where):
    added = open_reports(where).add(a_report(text="Ünïcode & <b> stays as written"))
    [again] = open_reports(where).all()
    assert again == added


def test_the_tinydb_file_holds_the_text_as_written_and_no_temporary_file(tmp_path):
    path = tmp_path / "var" / "reports.json"
    ReportStore(path).add(a_report(text="Ünïcode & <b> stays as written"))
    assert json.loads(path.read_text(encoding="utf-8"))["reports"]["1"]["text"] == "Ünïcode & <b> stays as written"
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == [], "no temporary files left"


def test_no_reports_yet(where):
    assert open_reports(where).all() == []


def test_reports_are_listed_in_the_order_they_were_stored(where):
    store = open_reports(where)
    for n in range(5):
        store.add(a_report(n, f"report {n}"))
    assert [r.text for r in open_reports(where).all()] == [f"report {n}" for n in range(5)]


WRITER = """
import sys
from pathlib import Path
from bot.reports import Report, Reporter, open_reports
store = open_reports(sys.argv[1])
for n in range(int(sys.argv[3])):
    store.add(Report(reporter=Reporter(id=sys.argv[2]), command="/who x", revision="r", answer="a", text=str(n)))
"""


def test_several_processes_writing_at_once_lose_nothing(where):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, where, f"U{w}", "25"], cwd=ROOT)
               for w in range(4)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    reports = open_reports(where).all()
    assert len(reports) == 100
    assert len({r.id for r in reports}) == 100
    for writer in range(4):
        assert sorted(int(r.text) for r in reports if r.reporter.id == f"U{writer}") == list(range(25))



def without_root_powers(command: list[str]) -> list[str]:
    """Root ignores file modes; tests that need a read-only file drop the capabilities that let it."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]


LISTER = """
import sys
from pathlib import Path
from bot.reports import ReportStore
print(" ".join(r.text for r in ReportStore(Path(sys.argv[1])).all()))
"""


def test_reports_can_be_listed_from_a_read_only_file_and_folder(tmp_path):
    folder = tmp_path / "backup"
    store = ReportStore(folder / "reports.json")
    store.add(a_report(1, "first")), store.add(a_report(2, "second"))
    (folder / "reports.json.lock").unlink()
    (folder / "reports.json").chmod(0o444)
    folder.chmod(0o555)
    try:
        listed = subprocess.run(without_root_powers([sys.executable, "-c", LISTER, str(folder / "reports.json")]),
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.split() == ["first", "second"]
        assert sorted(p.name for p in folder.iterdir()) == ["reports.json"], "listing wrote nothing"
    finally:
        folder.chmod(0o755)

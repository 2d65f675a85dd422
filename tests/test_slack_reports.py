"""The report store: durable, and safe when several processes add reports at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.reports import Report, Reporter, ReportStore

ROOT = Path(__file__).resolve().parent.parent


def a_report(n: int = 0, text: str = "Wrong date") -> Report:
    return Report(reporter=Reporter(id=f"U{n}", name="ed", team="T1"), channel="C1", command="/who hayya",
                  revision="abc123", answer="Khalil al-Hayya …", text=text)


def test_a_report_survives_reopening(tmp_path):
    path = tmp_path / "var" / "reports.json"
    added = ReportStore(path).add(a_report(text="Ünïcode & <b> stays as written"))
    [again] = ReportStore(path).all()
    assert again == added
    assert json.loads(path.read_text(encoding="utf-8"))["reports"]["1"]["text"] == "Ünïcode & <b> stays as written"
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == [], "no temporary files left"


def test_no_reports_yet(tmp_path):
    assert ReportStore(tmp_path / "reports.json").all() == []


WRITER = """
import sys
from pathlib import Path
from bot.reports import Report, Reporter, ReportStore
store = ReportStore(Path(sys.argv[1]))
for n in range(int(sys.argv[3])):
    store.add(Report(reporter=Reporter(id=sys.argv[2]), command="/who x", revision="r", answer="a", text=str(n)))
"""


def test_several_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "reports.json"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"U{w}", "25"], cwd=ROOT)
               for w in range(4)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    reports = ReportStore(path).all()
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

"""Problem reports from "Report a problem": the bot's only writable state, kept in one TinyDB file.

Several web processes (gunicorn workers, or a web process beside the Socket Mode worker) may add
reports at the same moment. TinyDB itself reads the whole file, changes it in memory and writes it
back, so two writers could each drop the other's report. Two things prevent that:

* every read-modify-write happens under an exclusive `fcntl.flock` on a lock file beside the data
  (`reports.json.lock`), and the database is opened afresh inside the lock, so a writer always
  starts from what the previous writer wrote;
* each write goes to a temporary file in the same folder, is flushed to disk (`fsync`) and renamed
  over the data file, so a crash mid-write leaves the previous, complete file, never half a file.

This protects processes on one machine (one disk). Machines that do not share a disk each keep their
own file: point REPORTS_PATH at shared persistent storage, or rely on the copy posted to the
editors' channel (EDITORS_CHANNEL).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, ConfigDict, Field
from tinydb import TinyDB
from tinydb.storages import Storage


class Reporter(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Slack user id.")
    name: str = Field(default="", description="Slack user name, where Slack sent it.")
    team: str = Field(default="", description="Slack workspace id.")


class Report(BaseModel):
    """One report: who, when, about which answer, and what they say is wrong."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    reported_at: str = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    reporter: Reporter
    channel: str = Field(default="", description="Channel id the answer was shown in.")
    command: str = Field(description="The command as typed, e.g. /who hayya.")
    page: int | None = None
    entity: str | None = Field(default=None, description="The entity picked from a list, if any.")
    revision: str = Field(description="The knowledge build the answer came from.")
    answer: str = Field(description="The answer as the user saw it, as plain text.")
    text: str = Field(description="What the reporter says is wrong.")
    posted_to: str = Field(default="", description="Editors' channel the report was posted to, if any.")


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads the file on every read and replaces it atomically on every write."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return json.loads(text) if text.strip() else None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=1, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)  # the rename itself survives a power cut
        finally:
            os.close(folder)


class ReportStore:
    """Adds and lists reports in one TinyDB file, safely from several processes on one machine."""

    TABLE = "reports"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    @contextlib.contextmanager
    def _locked(self, exclusive: bool) -> Iterator[TinyDB]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            try:
                with TinyDB(self.path, storage=AtomicJSONStorage) as db:
                    yield db
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def add(self, report: Report) -> Report:
        with self._locked(exclusive=True) as db:
            db.table(self.TABLE).insert(report.model_dump(mode="json"))
        return report

    def all(self) -> list[Report]:
        """Every report, oldest first. Reads only: no lock is needed, because a writer replaces the
        file in one rename, so this works on a read-only file or folder (a desk's backup copy)."""
        data = AtomicJSONStorage(self.path).read() or {}
        rows = data.get(self.TABLE, {})
        return [Report.model_validate(rows[key]) for key in sorted(rows, key=int)]


def open_reports(where: str | Path):
    """The report store at `where`: a postgresql:// URL (REPORTS_URL), or a TinyDB file's path."""
    if str(where).startswith(("postgresql://", "postgres://")):
        from bot.reports_postgres import PostgresReportStore  # psycopg only where it is used

        return PostgresReportStore(str(where))
    return ReportStore(Path(where))

"""Problem reports in PostgreSQL (REPORTS_URL=postgresql://…), for bots on several machines.

The TinyDB file (`bot.reports.ReportStore`) is the default and serves any number of processes on one
machine. Machines that share no disk share a PostgreSQL database instead; the guarantees are the same:

* nothing acknowledged is lost: `add` returns only after the INSERT is committed (the server's
  default `synchronous_commit = on`, so it is on the server's disk), and the form thanks the reporter
  only after `add` returned;
* concurrent writers lose nothing: each report is one INSERT of its own row, which PostgreSQL orders
  with any number of other connections; no read-modify-write, so no lock of ours is needed.

One short connection per report (reports are rare: a pool would hold connections open for nothing),
opened after gunicorn forks, never shared across a fork. The table is created on first use.
"""

from __future__ import annotations

import json
import threading

import psycopg
from psycopg.types.json import Jsonb

from bot.reports import Report

TABLE = "newsdesk_reports"
# Serialises the first CREATE TABLE between processes: concurrent IF NOT EXISTS can still collide.
CREATE_LOCK = 0x6E657773  # "news"
CONNECT_TIMEOUT = 5  # seconds; a report that cannot be stored is told plainly, not left hanging


class PostgresReportStore:
    """Adds and lists reports in one PostgreSQL table, safely from any number of processes and machines."""

    def __init__(self, url: str):
        self.url = url
        self._ready = False
        self._lock = threading.Lock()

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)

    def _ensure_table(self, connection: psycopg.Connection) -> None:
        with self._lock:
            if self._ready:
                return
            with connection.transaction():
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (CREATE_LOCK,))
                connection.execute(f"""
                    CREATE TABLE IF NOT EXISTS {TABLE} (
                        seq bigserial PRIMARY KEY,
                        id text NOT NULL UNIQUE,
                        reported_at text NOT NULL,
                        report jsonb NOT NULL
                    )""")
            self._ready = True

    def add(self, report: Report) -> Report:
        with self._connect() as connection:
            self._ensure_table(connection)
            connection.execute(f"INSERT INTO {TABLE} (id, reported_at, report) VALUES (%s, %s, %s)",
                               (report.id, report.reported_at, Jsonb(report.model_dump(mode="json"))))
        return report

    def all(self) -> list[Report]:
        """Every report, oldest first (in the order they were stored)."""
        with self._connect() as connection:
            exists = connection.execute("SELECT to_regclass(%s)", (TABLE,)).fetchone()[0]
            if exists is None:
                return []
            rows = connection.execute(f"SELECT report FROM {TABLE} ORDER BY seq").fetchall()
        return [Report.model_validate(row[0] if isinstance(row[0], dict) else json.loads(row[0])) for row in rows]

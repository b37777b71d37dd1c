"""Suite-wide isolation: no test touches the real user folders, and Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_server import PgServer, running_server

_SANDBOX = Path(tempfile.mkdtemp(prefix="facturas-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FACTURAS_DATA_DIR"] = str(_SANDBOX / "data")  # never the user's real data folder
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")  # QSettings go here, not to ~/.config
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "share")
os.environ.pop("FACTURAS_TODAY", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throw-away PostgreSQL cluster, one per session and xdist worker (tests/pg_server.py)."""
    with running_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, migrated database on that cluster, dropped afterwards: its connection URL."""
    name = pg_server.database()
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """The storage contract (#22): a test taking this runs once on the data folder's SQLite file
    (None: build_services' default) and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))

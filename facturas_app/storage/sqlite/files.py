"""The database file itself: its name, the schema scripts and the cheap checks (stdlib only).

Kept apart from database.py so the start-up fast path (landing.py) can use it without SQLAlchemy.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from facturas_app.domain.errors import CorruptDatabase

DB_FILENAME = "facturas.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"


def migration_scripts() -> list[tuple[int, str]]:
    folder = resources.files("facturas_app.storage.sqlite.migrations")
    scripts = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            scripts.append((int(item.name.split("_", 1)[0]), item.read_text("utf-8")))
    return sorted(scripts)


@functools.cache
def latest_schema_version() -> int:
    return migration_scripts()[-1][0]


def check_file_is_database(path: Path) -> None:
    """Refuse an empty, truncated or foreign file before SQLite touches it (and never modify it)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if size == 0 or not header.startswith(SQLITE_MAGIC):
        raise CorruptDatabase("not_a_database", path=str(path))
    page_size = int.from_bytes(header[16:18], "big") or 65536
    if size % page_size != 0:
        raise CorruptDatabase("truncated_database", path=str(path))


def header_schema_version(path: Path) -> int:
    """PRAGMA user_version as the file's header holds it (bytes 60-63), read without SQLite, so a
    file from a newer Facturas is recognised before any connection could change it."""
    with path.open("rb") as handle:
        header = handle.read(100)
    return int.from_bytes(header[60:64], "big", signed=True) if len(header) == 100 else 0

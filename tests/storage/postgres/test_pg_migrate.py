"""The office store's migrations (#22): each runs once, even when two clients start together
(an advisory lock); a second run does nothing; a database of a newer Facturas is refused."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import psycopg
import pytest

from facturas_app.domain.errors import Conflict
from facturas_app.storage.postgres.migrate import latest_schema_version, migrate, migration_scripts
from tests.pg_server import PgServer
from tests.storage.postgres.pg_helpers import migrate_when_told


@pytest.fixture
def empty_url(pg_server: PgServer) -> Iterator[str]:
    """A database with nothing in it (a copy of template0): what `createdb` gives an office."""
    name = pg_server.database("template0")
    yield pg_server.url(name)
    pg_server.drop(name)


def test_two_clients_starting_together_run_each_migration_once(empty_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(2)
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        runs = [pool.submit(migrate_when_told, empty_url, barrier) for _ in range(2)]
        applied = sorted((run.result(timeout=120) for run in runs), key=len)
    versions = [version for version, _path in migration_scripts()]
    assert applied == [[], versions]
    with psycopg.connect(empty_url) as conn:
        rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [version for (version,) in rows] == versions


def test_a_second_run_does_nothing(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert migrate(conn) == []
        latest = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    assert latest == (latest_schema_version(),)


def test_a_database_of_a_newer_facturas_is_refused_and_left_alone(pg_url: str) -> None:
    newer = latest_schema_version() + 1
    with psycopg.connect(pg_url) as conn:
        with conn.transaction():
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, 'future')", (newer,))
        with pytest.raises(Conflict) as refused:
            migrate(conn)
        assert refused.value.code == "database_too_new"
        assert refused.value.params == {"version": newer, "latest": latest_schema_version()}
        rows = conn.execute("SELECT count(*) FROM schema_migrations").fetchone()
    assert rows == (len(migration_scripts()) + 1,)


def test_the_schema_has_every_guard_trigger(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        names = {name for (name,) in conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    ported = {name for name in names if not name.endswith("_no_truncate")}
    assert len(ported) == 40 and len(names - ported) == 13
    assert {"tr_invoices_issued_immutable", "tr_taxes_delete_locked", "tr_verifactu_records_chain"} <= ported

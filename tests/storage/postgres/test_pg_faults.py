"""Faults of the office store (#22) on a real server: a server that goes away in the middle of a
transaction (nothing of it saved, a clear message, the app usable again when the server is back),
a database of a newer Facturas, a database that does not exist — never a traceback, never
"restore a backup"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, StorageError
from facturas_app.domain.parties import Client
from facturas_app.messages import error_text
from tests.cli.cli_helpers import run_cli
from tests.fakes import FixedClock
from tests.pg_server import PgServer, running_server

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A cluster of this test's own: it is stopped and started again."""
    with running_server() as server:
        yield server


def _open(url: str) -> Services:
    return build_services(Path("/nonexistent-office"), clock=FixedClock(TODAY), database_url=url)


def test_a_server_gone_mid_transaction_saves_nothing_and_the_app_goes_on(own_server: PgServer) -> None:
    url = own_server.url(own_server.database())
    services = _open(url)
    services.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501"))

    with pytest.raises(StorageError) as lost, services.store.write() as tx:
        ebro = Client(id="ebro", name="Distribuciones Ebro S.A.", tax_id="B12345674")
        tx.add_client(ebro, dt.datetime.now(dt.UTC))
        own_server.stop(mode="fast")
    own_server.start()

    assert lost.value.code in ("server_connection_lost", "server_unreachable")
    words = error_text(lost.value, "es")
    assert "no se ha guardado nada" in words or "no se ha cambiado nada" in words
    assert "copia" not in words  # never "restore a backup": nothing is damaged
    assert [c.id for c in services.clients.list()] == ["sol"]  # the pool reconnects by itself
    services.clients.add(Client(id="ebro", name="Distribuciones Ebro S.A.", tax_id="B12345674"))
    assert [c.id for c in services.clients.list()] == ["ebro", "sol"]
    services.close()


def test_a_database_of_a_newer_facturas_is_refused_untouched(pg_url: str, tmp_path: Path) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future')")
    with pytest.raises(Conflict) as refused:
        _open(pg_url)
    assert refused.value.code == "office_database_too_new" and refused.value.params["version"] == 9999
    done = run_cli(tmp_path, "--database", pg_url, "client", "list", "--json")
    assert done.returncode == 2 and "versión más nueva" in done.stderr and "Traceback" not in done.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 9999


def test_a_database_that_does_not_exist_is_named(pg_server: PgServer, tmp_path: Path) -> None:
    done = run_cli(tmp_path, "--database", pg_server.url("no_such_books"), "client", "list", "--json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "no tiene la base de datos" in done.stderr and "no_such_books" in done.stderr

"""Rows and processes for the office store's schema tests: plain SQL on a real server, as the
store will write it (a draft first, then numbered and issued in one transaction)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
DAY = dt.date(2026, 3, 2)


def add_client(conn: psycopg.Connection[Any], client_id: str = "c1") -> str:
    conn.execute(
        "INSERT INTO clients (id, name, created_at) VALUES (%s, 'Ñandú Álvarez, S.L.', %s)"
        " ON CONFLICT DO NOTHING",
        (client_id, NOW),
    )
    return client_id


def add_draft(conn: psycopg.Connection[Any], client_id: str = "c1") -> str:
    """A draft invoice with one line and one tax row: 100,00 € + 21 % VAT."""
    invoice_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO invoices (id, client_id, client_name, issue_date, due_date, base_cents, vat_cents,"
        " total_cents, amount_due_cents, created_at) VALUES (%s, %s, 'Ñandú', %s, %s, 10000, 2100,"
        " 12100, 12100, %s)",
        (invoice_id, client_id, DAY, DAY + dt.timedelta(days=30), NOW),
    )
    conn.execute(
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, vat_rate,"
        " net_cents) VALUES (%s, 1, 'Diseño', '1', '100', '21', 10000)",
        (invoice_id,),
    )
    conn.execute(
        "INSERT INTO invoice_taxes (invoice_id, position, vat_rate, surcharge_rate, base_cents,"
        " vat_cents, surcharge_cents) VALUES (%s, 1, '21', '0', 10000, 2100, 0)",
        (invoice_id,),
    )
    return invoice_id


def issue(conn: psycopg.Connection[Any], invoice_id: str, series: str = "F") -> str:
    """Take the series' next number and issue the draft with it (the caller's transaction)."""
    year, seq, number = conn.execute("SELECT * FROM next_number(%s, %s)", (series, DAY)).fetchone()
    conn.execute(
        "UPDATE invoices SET status = 'issued', series = %s, year = %s, seq = %s, number = %s,"
        " issued_at = %s WHERE id = %s",
        (series, year, seq, number, NOW, invoice_id),
    )
    return str(number)


def add_record(conn: psycopg.Connection[Any], invoice_id: str, number: str) -> str:
    """The invoice's first VERI*FACTU billing record (the start of the issuer's chain)."""
    record_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO verifactu_records (id, seq, issuer_nif, chain_seq, record_type, invoice_id,"
        " number, issue_date, generated_at, huella, payload) VALUES (%s, 1, 'B12345678', 1, 'alta',"
        " %s, %s, %s, %s, %s, '{}')",
        (record_id, invoice_id, number, DAY, NOW, "A" * 64),
    )
    return record_id


def issue_many(url: str, count: int, barrier: Any, fail_every: int) -> list[str]:
    """A process issuing `count` invoices, one transaction each; every `fail_every`-th rolls back
    after taking its number (on purpose). Returns the numbers it committed."""
    committed: list[str] = []
    with psycopg.connect(url) as conn:
        with conn.transaction():
            add_client(conn)
        barrier.wait()
        for i in range(count):
            number = _issue_one(conn, roll_back=i % fail_every == fail_every - 1)
            if number:
                committed.append(number)
    return committed


class _RollBack(Exception):
    pass


def _issue_one(conn: psycopg.Connection[Any], roll_back: bool) -> str | None:
    try:
        with conn.transaction():
            number = issue(conn, add_draft(conn))
            if roll_back:
                raise _RollBack
    except _RollBack:
        return None
    return number


def migrate_when_told(url: str, barrier: Any) -> list[int]:
    """A client starting up: waits for the others, then runs the migrations."""
    from facturas_app.storage.postgres.migrate import migrate

    with psycopg.connect(url) as conn:
        barrier.wait()
        return migrate(conn)

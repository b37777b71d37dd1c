"""The office store's guards (#22), on a real PostgreSQL server: an issued invoice, its lines, its
tax rows and its billing records refuse every UPDATE and DELETE (and TRUNCATE), while a draft
stays editable and an issued invoice's allowed state changes still go through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors

from tests.storage.postgres.pg_helpers import NOW, add_client, add_draft, add_record, issue

REFUSED = {
    "invoice update": "UPDATE invoices SET notes = 'otra cosa' WHERE id = %(invoice)s",
    "invoice total": "UPDATE invoices SET total_cents = 1 WHERE id = %(invoice)s",
    "invoice back to draft": "UPDATE invoices SET status = 'draft', number = NULL WHERE id = %(invoice)s",
    "invoice delete": "DELETE FROM invoices WHERE id = %(invoice)s",
    "line update": "UPDATE invoice_lines SET unit_price = '1' WHERE invoice_id = %(invoice)s",
    "line delete": "DELETE FROM invoice_lines WHERE invoice_id = %(invoice)s",
    "line insert": "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price,"
    " vat_rate, net_cents) VALUES (%(invoice)s, 2, 'x', '1', '1', '21', 100)",
    "line moved in": "UPDATE invoice_lines SET invoice_id = %(invoice)s WHERE invoice_id = %(draft)s",
    "tax row update": "UPDATE invoice_taxes SET vat_cents = 0 WHERE invoice_id = %(invoice)s",
    "tax row delete": "DELETE FROM invoice_taxes WHERE invoice_id = %(invoice)s",
    "record update": "UPDATE verifactu_records SET huella = repeat('B', 64) WHERE id = %(record)s",
    "record delete": "DELETE FROM verifactu_records WHERE id = %(record)s",
    "paid without payment": "UPDATE invoices SET paid_cents = 12100, status = 'paid' WHERE id = %(invoice)s",
    "counter back": "UPDATE series_counters SET last_seq = 0",
    "truncate lines": "TRUNCATE invoice_lines",
    "truncate records": "TRUNCATE verifactu_records CASCADE",
}


@pytest.fixture
def books(pg_url: str) -> Iterator[tuple[psycopg.Connection[Any], dict[str, str]]]:
    """An issued invoice with its line, tax row and billing record, and a draft beside it."""
    with psycopg.connect(pg_url) as conn:
        with conn.transaction():
            add_client(conn)
            invoice = add_draft(conn)
            number = issue(conn, invoice)
            ids = {"invoice": invoice, "record": add_record(conn, invoice, number), "draft": add_draft(conn)}
        yield conn, ids


@pytest.mark.parametrize("statement", sorted(REFUSED))
def test_issued_invoices_and_their_rows_refuse_changes(books: Any, statement: str) -> None:
    conn, ids = books
    with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
        conn.execute(REFUSED[statement], ids)
    assert conn.execute("SELECT count(*) FROM invoice_lines").fetchone() == (2,)
    assert conn.execute("SELECT notes, total_cents FROM invoices WHERE id = %(invoice)s", ids).fetchone() == (
        "",
        12100,
    )


def test_a_draft_is_editable_and_deletable(books: Any) -> None:
    conn, ids = books
    with conn.transaction():
        conn.execute("UPDATE invoice_lines SET unit_price = '5' WHERE invoice_id = %(draft)s", ids)
        conn.execute("UPDATE invoices SET notes = 'borrador' WHERE id = %(draft)s", ids)
        conn.execute("DELETE FROM invoices WHERE id = %(draft)s", ids)
    assert conn.execute("SELECT count(*) FROM invoices").fetchone() == (1,)


def test_an_issued_invoice_is_paid_through_a_payment_and_cancelled_with_a_reason(books: Any) -> None:
    conn, ids = books
    invoice = ids["invoice"]
    with conn.transaction():
        conn.execute(
            "INSERT INTO payments (id, invoice_id, amount_cents, paid_on, created_at)"
            " VALUES ('p1', %(invoice)s, 12100, '2026-03-03', %(now)s)",
            {**ids, "now": NOW},
        )
        conn.execute("UPDATE invoices SET paid_cents = 12100, status = 'paid' WHERE id = %(invoice)s", ids)
    with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
        cancel_without_reason = "UPDATE invoices SET status = 'cancelled', cancelled_at = now() WHERE id = %s"
        conn.execute(cancel_without_reason, [invoice])
    with conn.transaction():
        conn.execute(
            "UPDATE invoices SET status = 'cancelled', cancelled_at = now(), cancel_reason = 'error'"
            " WHERE id = %(invoice)s",
            ids,
        )
    assert conn.execute("SELECT status FROM invoices WHERE id = %s", [invoice]).fetchone() == ("cancelled",)


def test_an_invoice_is_never_inserted_issued(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn, conn.transaction():
        add_client(conn)
    with psycopg.connect(pg_url) as conn, pytest.raises(errors.IntegrityConstraintViolation):
        conn.execute(
            "INSERT INTO invoices (id, status, series, year, seq, number, client_id, issue_date, due_date,"
            " created_at) VALUES ('x', 'issued', 'F', 2026, 1, 'F-2026-0001', 'c1', %s, %s, %s)",
            (NOW.date(), NOW.date(), NOW),
        )


def test_an_issue_must_take_the_counters_number(books: Any) -> None:
    conn, ids = books
    with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
        conn.execute(
            "UPDATE invoices SET status = 'issued', series = 'F', year = 2026, seq = 7,"
            " number = 'F-2026-0007', issued_at = now() WHERE id = %(draft)s",
            ids,
        )


def test_a_billing_record_must_continue_its_chain(books: Any) -> None:
    conn, _ids = books
    row = "('r2', 2, 'B12345678', 2, 'anulacion', NULL, 'F-2026-0001', '2026-03-02', now(), %s, %s, '{}')"
    insert = "INSERT INTO verifactu_records (id, seq, issuer_nif, chain_seq, record_type, invoice_id,"
    insert += " number, issue_date, generated_at, huella, previous_huella, payload) VALUES " + row
    with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
        conn.execute(insert, ("C" * 64, "not the previous huella"))
    with conn.transaction():
        conn.execute(insert, ("C" * 64, "A" * 64))
    assert conn.execute("SELECT count(*) FROM verifactu_records").fetchone() == (2,)

"""Every SQL door into issued books, tried one by one on a real database the app wrote (issue #17).

The books hold an issued invoice with a payment standing, a sent one with a removed payment, a
cancelled one, a draft with lines, their billing records and the timeline's events. Each door is
one raw statement through plain sqlite3 (foreign keys off, as in any sqlite3 session): it must be
refused by a trigger and leave the file's whole dump as it was. What the app itself does after
issue (payments, sending, cancelling, rectifying, the AEAT's answers, sample data) still works.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services
from facturas_app.domain.invoice import Status
from facturas_app.services.demo import DemoService
from facturas_app.storage.api import VerifactuSubmission
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.services.verifactu.helpers import NOW, TODAY, add_client, issue, line, open_services

D = Decimal
LINE_COLUMNS = "invoice_id, position, description, quantity, unit_price, vat_rate, net_cents"
RECORD_COLUMNS = (
    "id, seq, issuer_nif, chain_seq, record_type, invoice_id, number, issue_date, generated_at, "
    "huella, previous_huella, payload"
)
NEXT_SEQ = "(SELECT max(seq) + 1 FROM verifactu_records)"
NEXT_CHAIN = "(SELECT max(chain_seq) + 1 FROM verifactu_records)"
LAST_HUELLA = "(SELECT huella FROM verifactu_records ORDER BY chain_seq DESC LIMIT 1)"

# (name, statement): the named parameters are the fixture's ids (Books.params).
DOORS: list[tuple[str, str]] = [
    # -- the issued invoice's own row
    ("total", "UPDATE invoices SET total_cents = 1 WHERE id = :paid"),
    ("client snapshot", "UPDATE invoices SET client_snapshot = '{}' WHERE id = :paid"),
    ("issuer snapshot", "UPDATE invoices SET issuer_snapshot = '{}' WHERE id = :paid"),
    ("client name", "UPDATE invoices SET client_name = 'Otro S.L.' WHERE id = :paid"),
    ("client tax id", "UPDATE invoices SET client_tax_id = 'B00000000' WHERE id = :paid"),
    ("template", "UPDATE invoices SET template = 'moderna' WHERE id = :paid"),
    ("issued_at", "UPDATE invoices SET issued_at = '2020-01-01T00:00:00' WHERE id = :paid"),
    ("created_at", "UPDATE invoices SET created_at = '2020-01-01T00:00:00' WHERE id = :paid"),
    ("search text", "UPDATE invoices SET search_text = 'nada' WHERE id = :paid"),
    ("id", "UPDATE invoices SET id = 'otro' WHERE id = :paid"),
    ("back to draft", "UPDATE invoices SET status = 'draft', number = NULL WHERE id = :paid"),
    (
        "paid without payment",
        "UPDATE invoices SET paid_cents = total_cents, status = 'paid' WHERE id = :paid",
    ),
    ("sent_at rewritten", "UPDATE invoices SET sent_at = '2020-01-01T00:00:00' WHERE id = :sent"),
    ("cancel without reason", "UPDATE invoices SET status = 'cancelled' WHERE id = :sent"),
    ("cancel reason rewritten", "UPDATE invoices SET cancel_reason = 'otra' WHERE id = :cancelled"),
    ("cancelled_at erased", "UPDATE invoices SET cancelled_at = NULL WHERE id = :cancelled"),
    ("uncancel", "UPDATE invoices SET status = 'issued' WHERE id = :cancelled"),
    ("delete", "DELETE FROM invoices WHERE id = :paid"),
    # -- an invoice that appears issued without being issued
    (
        "insert issued",
        "INSERT INTO invoices (id, status, series, year, seq, number, client_id, issue_date, due_date,"
        " total_cents, created_at, issued_at) VALUES ('falsa', 'issued', 'F', 2026, 99, 'F-2026-0099',"
        " :client, '2026-11-26', '2026-12-26', 100, '2026-11-26T10:00:00', '2026-11-26T10:00:00')",
    ),
    (
        "replace issued by a draft",
        "INSERT OR REPLACE INTO invoices (id, client_id, issue_date, due_date, created_at)"
        " VALUES (:paid, :client, '2026-11-26', '2026-12-26', '2026-11-26T10:00:00')",
    ),
    (
        "number a draft out of series",
        "UPDATE invoices SET status = 'issued', series = 'F', year = 2026, seq = 999,"
        " number = 'F-2026-0999', issued_at = '2026-11-26T10:00:00' WHERE id = :draft",
    ),
    (
        "number a draft over an issued one",
        "UPDATE OR REPLACE invoices SET status = 'issued', series = 'F', year = 2026,"
        " seq = (SELECT last_seq FROM series_counters WHERE series = 'F' AND year = 2026),"
        " number = (SELECT number FROM invoices WHERE seq = (SELECT last_seq FROM series_counters"
        " WHERE series = 'F' AND year = 2026) AND series = 'F'), issued_at = '2026-11-26T10:00:00'"
        " WHERE id = :draft",
    ),
    ("draft takes an issued id", "UPDATE OR REPLACE invoices SET id = :paid WHERE id = :draft"),
    # -- lines and tax rows
    (
        "add a line",
        f"INSERT INTO invoice_lines ({LINE_COLUMNS}) VALUES (:paid, 99, 'extra', '1', '1', '21', 100)",
    ),
    (
        "replace a line",
        f"INSERT OR REPLACE INTO invoice_lines ({LINE_COLUMNS})"
        " VALUES (:paid, 1, 'otra', '1', '1', '21', 100)",
    ),
    ("edit a line", "UPDATE invoice_lines SET quantity = '1' WHERE invoice_id = :paid"),
    ("delete a line", "DELETE FROM invoice_lines WHERE invoice_id = :paid"),
    (
        "move a draft's line in",
        "UPDATE invoice_lines SET invoice_id = :paid, position = 99 WHERE invoice_id = :draft",
    ),
    (
        "move a line out",
        "UPDATE invoice_lines SET invoice_id = :draft, position = 99 WHERE invoice_id = :paid",
    ),
    ("edit a tax row", "UPDATE invoice_taxes SET vat_cents = 0 WHERE invoice_id = :paid"),
    ("delete a tax row", "DELETE FROM invoice_taxes WHERE invoice_id = :paid"),
    (
        "move a draft's tax row in",
        "UPDATE invoice_taxes SET invoice_id = :paid, position = 99 WHERE invoice_id = :draft",
    ),
    # -- payments
    ("payment amount", "UPDATE payments SET amount_cents = 1 WHERE id = :payment"),
    ("payment date", "UPDATE payments SET paid_on = '2020-01-01' WHERE id = :payment"),
    ("payment moved", "UPDATE payments SET invoice_id = :sent WHERE id = :payment"),
    ("payment deleted", "DELETE FROM payments WHERE id = :payment"),
    ("payment unremoved", "UPDATE payments SET removed_at = NULL WHERE id = :removed"),
    ("removal reason rewritten", "UPDATE payments SET removed_reason = 'otra' WHERE id = :removed"),
    (
        "payment on a draft",
        "INSERT INTO payments (id, invoice_id, amount_cents, paid_on, created_at)"
        " VALUES ('p-falso', :draft, 100, '2026-11-26', '2026-11-26T10:00:00')",
    ),
    (
        "payment on a cancelled invoice",
        "INSERT INTO payments (id, invoice_id, amount_cents, paid_on, created_at)"
        " VALUES ('p-falso', :cancelled, 100, '2026-11-26', '2026-11-26T10:00:00')",
    ),
    (
        "payment replaced",
        "INSERT OR REPLACE INTO payments (id, invoice_id, amount_cents, paid_on, created_at)"
        " VALUES (:payment, :paid, 1, '2026-11-26', '2026-11-26T10:00:00')",
    ),
    # -- billing records and their sending state
    ("record payload", "UPDATE verifactu_records SET payload = '{}' WHERE id = :record"),
    ("record deleted", "DELETE FROM verifactu_records WHERE id = :record"),
    (
        "record replaced at the chain's end",
        f"INSERT OR REPLACE INTO verifactu_records ({RECORD_COLUMNS}) SELECT id, {NEXT_SEQ}, issuer_nif,"
        f" {NEXT_CHAIN}, record_type, invoice_id, number, issue_date, generated_at, huella, {LAST_HUELLA},"
        " payload FROM verifactu_records WHERE id = :record",
    ),
    (
        "record for an invoice never issued",
        f"INSERT INTO verifactu_records ({RECORD_COLUMNS}) SELECT 'falso', {NEXT_SEQ}, issuer_nif,"
        f" {NEXT_CHAIN}, 'alta', :draft, 'F-2026-0099', '2026-11-26', generated_at, :huella,"
        f" {LAST_HUELLA}, payload FROM verifactu_records WHERE id = :record",
    ),
    ("submission deleted", "DELETE FROM verifactu_submissions WHERE record_id = :record"),
    ("submission moved", "UPDATE verifactu_submissions SET record_id = 'otro' WHERE record_id = :record"),
    # -- numbering, parties, history
    ("counter back", "UPDATE series_counters SET last_seq = last_seq - 1"),
    ("counter deleted", "DELETE FROM series_counters"),
    (
        "counter replaced",
        "INSERT OR REPLACE INTO series_counters (series, year, last_seq, last_date)"
        " VALUES ('F', 2026, 0, '2026-01-01')",
    ),
    ("client of issued invoices deleted", "DELETE FROM clients WHERE id = :client"),
    ("event rewritten", "UPDATE events SET summary = 'nada'"),
    ("event deleted", "DELETE FROM events"),
    ("bulk grant on real books", "INSERT INTO bulk_load_grant (id, reason) VALUES (1, 'a mano')"),
]


@dataclass
class Books:
    data_dir: Path
    params: dict[str, str]

    @property
    def db(self) -> Path:
        return self.data_dir / DB_FILENAME


def _make_books(data_dir: Path) -> dict[str, str]:
    services = open_services(data_dir)
    try:
        client = add_client(services)
        paid = issue(services, client)
        sent = issue(services, client, [line("40.00")])
        cancelled = issue(services, client, [line("10.00")])
        payment = services.payments.add(paid.id, D("50.00"))
        removed = services.payments.add(sent.id, D("5.00"))
        services.payments.remove(removed.id, "duplicado")
        services.invoices.mark_sent(sent.id)
        services.invoices.cancel(str(cancelled.number), "error de cliente")
        payload = {"client_id": client, "lines": [line("1.00")]}
        draft = services.invoices.create_draft_from_payload(payload).invoice
    finally:
        services.close()
    with sqlite3.connect(data_dir / DB_FILENAME) as raw:
        record_id = raw.execute(
            "SELECT id FROM verifactu_records WHERE invoice_id = ? ORDER BY seq LIMIT 1", (paid.id,)
        ).fetchone()[0]
    ids = {"paid": paid.id, "sent": sent.id, "cancelled": cancelled.id, "draft": draft.id}
    return {**ids, "client": client, "payment": payment.id, "removed": removed.id, "record": record_id}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Books:
    data_dir = tmp_path_factory.mktemp("books") / "data"
    params = _make_books(data_dir)
    return Books(data_dir, {**params, "huella": "A" * 64})


@pytest.fixture
def books(template: Books, tmp_path: Path) -> Books:
    copy = tmp_path / "data"
    shutil.copytree(template.data_dir, copy)
    return Books(copy, template.params)


def dump(db: Path) -> list[str]:
    """The whole file as SQL, schema and every row (FTS shadow tables included)."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def try_door(db: Path, sql: str, params: dict[str, str]) -> str | None:
    """The refusal's message, or None when the statement went through (and was committed)."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(sql, params)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def test_there_are_enough_doors() -> None:
    assert len(DOORS) >= 34
    assert len({name for name, _ in DOORS}) == len(DOORS)


@pytest.mark.parametrize("sql", [sql for _, sql in DOORS], ids=[name for name, _ in DOORS])
def test_door_is_shut(books: Books, sql: str) -> None:
    before = dump(books.db)
    refusal = try_door(books.db, sql, books.params)
    assert refusal is not None, "the statement went through"
    # A trigger's own words, not a missing table or a constraint that happens to be there.
    assert any(word in refusal for word in ("immutable", "final", "append-only", "forward", "cannot",
                                            "only", "belong", "describe", "bulk load")), refusal  # fmt: skip
    assert dump(books.db) == before


# ----- what the app does after issue still works ---------------------------------------------------
@pytest.fixture
def services(books: Books) -> Iterator[Services]:
    s = open_services(books.data_dir)
    yield s
    s.close()


def test_payments_are_recorded_and_removed(services: Services, books: Books) -> None:
    added = services.payments.add(books.params["paid"], D("10.00"))
    assert services.invoices.get(books.params["paid"]).paid == D("60.00")
    services.payments.remove(added.id, "error")
    services.payments.remove(books.params["payment"], "error")
    invoice = services.invoices.get(books.params["paid"])
    assert invoice.paid == D(0) and invoice.status is Status.ISSUED
    rest = invoice.outstanding
    services.payments.add(invoice.id, rest)
    assert services.invoices.get(invoice.id).status is Status.PAID


def test_sending_and_cancelling(services: Services, books: Books) -> None:
    services.invoices.mark_sent(books.params["paid"])
    services.invoices.mark_sent(books.params["paid"])  # twice: the first sent_at stays
    assert services.invoices.get(books.params["paid"]).status is Status.PARTIALLY_PAID
    sent = services.invoices.get(books.params["sent"])
    cancelled = services.invoices.cancel(str(sent.number), "duplicada")
    assert cancelled.status is Status.CANCELLED
    assert services.invoices.get(sent.id).cancel_reason == "duplicada"


def test_rectifying_and_issuing_anew(services: Services, books: Books) -> None:
    sent = services.invoices.get(books.params["sent"])
    draft = services.invoices.rectify(str(sent.number), {"lines": [line("30.00")]}, "Precio", "R1").invoice
    rectifying = services.invoices.issue(draft.id)
    assert rectifying.number is not None and rectifying.rectifies_id == sent.id
    issued = services.invoices.issue(books.params["draft"])
    assert issued.number == "F-2026-0004"


def test_the_aeat_answer_is_stored(services: Services, books: Books) -> None:
    record_id = books.params["record"]
    answer = VerifactuSubmission(
        record_id, "accepted", "Correcto", csv="A-CSV", attempts=1, last_attempt_at=NOW
    )
    with services.store.write() as tx:
        tx.save_verifactu_submission(answer)
    with services.store.read() as tx:
        (row,) = [r for r in tx.list_verifactu_records(invoice_id=books.params["paid"]) if r.id == record_id]
    assert row.submission is not None and (row.submission.state, row.submission.csv) == ("accepted", "A-CSV")


def test_sample_data_loads_into_empty_books(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    try:
        result = DemoService(services.store, FixedClock(TODAY, NOW)).generate(60)
    finally:
        services.close()
    with sqlite3.connect(tmp_path / "data" / DB_FILENAME) as raw:
        ((total, issued, paid),) = raw.execute(
            "SELECT count(*), count(number), sum(status = 'paid') FROM invoices"
        ).fetchall()
        assert raw.execute("SELECT count(*) FROM bulk_load_grant").fetchone()[0] == 0  # never committed
    assert (total, result.billing_records) == (60, issued) and issued > 50 and paid > 0
    # ... and the grant is refused now that the books hold issued invoices.
    refusal = try_door(tmp_path / "data" / DB_FILENAME, DOORS[-1][1], {})
    assert refusal is not None and "bulk load" in refusal

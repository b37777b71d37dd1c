"""The SQLite store on a real temp file: exact round-trips and an issued invoice locked by the DATABASE."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import CorruptDatabase
from facturas_app.domain.invoice import Invoice, Status
from facturas_app.domain.parties import Business, Client, Product
from tests.fakes import FixedClock

D = Decimal
TODAY = dt.date(2026, 11, 26)
DB = "facturas.sqlite3"

BUSINESS = Business(
    name="Laura Gómez Ruiz",
    trade_name="Gómez Consultoría",
    tax_id="12345678Z",
    address="Calle Mayor 1",
    postal_code="28001",
    city="Madrid",
    email="facturas@example.com",
    iban="ES9121000418450200051332",
    default_irpf_rate=D(15),
    default_vat_rate=D(10),
    default_payment_methods=("transfer", "bizum"),
    thank_you="¡Gracias!",
)
CLIENT = Client(
    id="c-1",
    name="Inmobiliaria Sol S.A.",
    tax_id="A58818501",
    address="Av. del Puerto 22",
    postal_code="46021",
    city="Valencia",
    email="admin@sol.example; conta@sol.example",
    payment_terms_days=45,
    language="en",
    notes="VIP",
    reminders_paused=True,
)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = build_services(tmp_path, clock=FixedClock(TODAY))
    s.business.save(BUSINESS)
    s.clients.add(CLIENT)
    yield s
    s.close()


def draft_payload(**extra: object) -> dict[str, object]:
    lines = [
        {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"},
        {
            "description": "Traducción",
            "quantity": "1234.5",
            "unit_price": "0.095123",
            "vat_rate": "21",
            "discount_percent": "12.5",
        },
        {
            "description": "Libro",
            "quantity": "2",
            "unit_price": "32.90",
            "vat_rate": "4",
            "surcharge_rate": "0.5",
        },
        {"description": "Exento", "quantity": "1", "unit_price": "100", "vat_rate": "0", "exemption": "E1"},
    ]
    return {"client_id": CLIENT.id, "lines": lines, "irpf_rate": "15", "notes": "Notas ñ €", **extra}


def test_business_client_product_round_trip(services: Services) -> None:
    assert services.business.get() == BUSINESS
    assert services.clients.get(CLIENT.id) == CLIENT
    product = Product(
        id="p-1",
        name="Traducción",
        unit_price=D("0.123456"),
        vat_rate=D(21),
        unit="palabra",
        code="TR",
        surcharge_rate=D("5.2"),
    )
    services.products.save(product)
    assert services.products.get("p-1") == product
    assert services.products.get("p-1").unit_price == D("0.123456")


def test_draft_round_trip_keeps_every_digit(services: Services) -> None:
    saved = services.invoices.create_draft_from_payload(draft_payload()).invoice
    loaded = services.invoices.get(saved.id)
    assert loaded.lines == saved.lines
    assert loaded.lines[1].unit_price == D("0.095123")
    assert loaded.totals == saved.totals
    assert loaded.notes == "Notas ñ €"
    assert (loaded.issue_date, loaded.due_date) == (TODAY, TODAY + dt.timedelta(days=45))


def test_issued_invoice_round_trip_and_stored_cents(services: Services, tmp_path: Path) -> None:
    draft = services.invoices.create_draft_from_payload(draft_payload()).invoice
    issued = services.invoices.issue(draft.id)
    loaded = services.invoices.get("F-2026-0001")
    assert loaded.id == draft.id and loaded.status is Status.ISSUED
    assert loaded.totals == draft.totals
    assert loaded.client_snapshot["tax_id"] == CLIENT.tax_id
    assert loaded.issuer_snapshot["tax_id"] == BUSINESS.tax_id
    with sqlite3.connect(tmp_path / DB) as raw:
        row = raw.execute(
            "SELECT base_cents, vat_cents, surcharge_cents, irpf_cents, total_cents, amount_due_cents "
            "FROM invoices WHERE id = ?",
            (issued.id,),
        ).fetchone()
        groups = raw.execute(
            "SELECT vat_rate, surcharge_rate, base_cents, vat_cents, surcharge_cents FROM "
            "invoice_taxes WHERE invoice_id = ? ORDER BY position",
            (issued.id,),
        ).fetchall()
        prices = [
            r[0]
            for r in raw.execute(
                "SELECT unit_price FROM invoice_lines WHERE invoice_id = ? ORDER BY position", (issued.id,)
            )
        ]
    t = draft.totals
    assert row == tuple(int(x * 100) for x in (t.base, t.vat, t.surcharge, t.irpf, t.total, t.amount_due))
    assert len(groups) == len(t.groups)
    assert sum(g[2] for g in groups) == row[0]
    assert prices == ["85.5", "0.095123", "32.9", "100"]  # decimal text, never a float


@pytest.mark.parametrize("price", ["0.000001", "999999.999999", "0.1", "1234567.89"])
def test_six_decimal_prices_survive_exactly(services: Services, price: str) -> None:
    payload = {
        "client_id": CLIENT.id,
        "lines": [{"description": "x", "quantity": "0.333333", "unit_price": price, "vat_rate": "21"}],
    }
    saved = services.invoices.create_draft_from_payload(payload).invoice
    loaded = services.invoices.get(saved.id)
    assert loaded.lines[0].unit_price == D(price) and loaded.lines[0].quantity == D("0.333333")
    assert loaded.totals == saved.totals


# ----- the database refuses changes to an issued invoice -----------------------------------------
@pytest.fixture
def issued_invoice(services: Services) -> Invoice:
    draft = services.invoices.create_draft_from_payload(draft_payload()).invoice
    return services.invoices.issue(draft.id)


TAMPERING = [
    "UPDATE invoices SET total_cents = total_cents + 1 WHERE id = :id",
    "UPDATE invoices SET amount_due_cents = 0 WHERE id = :id",
    "UPDATE invoices SET issue_date = '2026-01-01' WHERE id = :id",
    "UPDATE invoices SET number = 'F-2026-0999' WHERE id = :id",
    "UPDATE invoices SET irpf_rate = '7' WHERE id = :id",
    "UPDATE invoices SET status = 'draft' WHERE id = :id",
    "DELETE FROM invoices WHERE id = :id",
    "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, vat_rate, "
    "net_cents) "
    "VALUES (:id, 99, 'extra', '1', '1', '21', 100)",
    "UPDATE invoice_lines SET unit_price = '1' WHERE invoice_id = :id",
    "UPDATE invoice_lines SET net_cents = 0 WHERE invoice_id = :id",
    "DELETE FROM invoice_lines WHERE invoice_id = :id",
    "UPDATE invoice_taxes SET vat_cents = 0 WHERE invoice_id = :id",
    "DELETE FROM invoice_taxes WHERE invoice_id = :id",
]


def dump(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        rows: list[tuple[object, ...]] = []
        for table in ("invoices", "invoice_lines", "invoice_taxes", "series_counters"):
            rows.extend((table, *r) for r in raw.execute(f"SELECT * FROM {table} ORDER BY 1, 2"))
        return rows


@pytest.mark.parametrize("sql", TAMPERING)
def test_raw_sql_cannot_change_an_issued_invoice(issued_invoice: Invoice, tmp_path: Path, sql: str) -> None:
    before = dump(tmp_path / DB)
    raw = sqlite3.connect(tmp_path / DB)
    try:
        with pytest.raises(sqlite3.DatabaseError, match=r"immutable|cannot be deleted"):
            raw.execute(sql, {"id": issued_invoice.id})
            raw.commit()
    finally:
        raw.close()
    assert dump(tmp_path / DB) == before


def test_changing_the_client_of_an_issued_invoice_is_refused(
    issued_invoice: Invoice, services: Services, tmp_path: Path
) -> None:
    services.clients.add(Client(id="c-2", name="Otro", tax_id="12345678Z"))
    with sqlite3.connect(tmp_path / DB) as raw, pytest.raises(sqlite3.IntegrityError, match="immutable"):
        raw.execute("UPDATE invoices SET client_id = 'c-2' WHERE id = ?", (issued_invoice.id,))


def test_immutable_error_type_is_integrity_error(issued_invoice: Invoice, tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DB) as raw, pytest.raises(sqlite3.IntegrityError, match="immutable"):
        raw.execute("UPDATE invoices SET total_cents = 1 WHERE id = ?", (issued_invoice.id,))


def test_payment_and_sending_state_may_change_on_an_issued_invoice(
    issued_invoice: Invoice, services: Services, tmp_path: Path
) -> None:
    services.invoices.mark_sent(issued_invoice.id)
    services.payments.add(issued_invoice.id, D("100.00"))
    assert services.invoices.get(issued_invoice.id).status is Status.PARTIALLY_PAID
    with sqlite3.connect(tmp_path / DB) as raw:  # raw too: only the locked columns are locked
        # ... and what was paid follows the payments that stand (migration 0015): remove it first.
        raw.execute(
            "UPDATE payments SET removed_at = '2026-11-27T10:00:00' WHERE invoice_id = ?",
            (issued_invoice.id,),
        )
        raw.execute("UPDATE invoices SET paid_cents = 0, status = 'sent' WHERE id = ?", (issued_invoice.id,))
    assert services.invoices.get(issued_invoice.id).status is Status.SENT


def test_a_cancelled_invoice_cannot_come_back(
    issued_invoice: Invoice, services: Services, tmp_path: Path
) -> None:
    services.invoices.cancel(issued_invoice.id, "error de cliente")
    with sqlite3.connect(tmp_path / DB) as raw, pytest.raises(sqlite3.IntegrityError, match="immutable"):
        raw.execute("UPDATE invoices SET status = 'issued' WHERE id = ?", (issued_invoice.id,))


def test_drafts_stay_editable(services: Services, tmp_path: Path) -> None:
    draft = services.invoices.create_draft_from_payload(draft_payload()).invoice
    with sqlite3.connect(tmp_path / DB) as raw:
        raw.execute("UPDATE invoice_lines SET description = 'editado' WHERE invoice_id = ?", (draft.id,))
        raw.execute("UPDATE invoices SET notes = 'editado' WHERE id = ?", (draft.id,))
    assert services.invoices.get(draft.id).notes == "editado"
    services.invoices.delete_draft(draft.id)


# ----- opening a file that is not a Facturas database --------------------------------------------
def _real_db_bytes(tmp_path: Path) -> bytes:
    source = tmp_path / "source"
    s = build_services(source, clock=FixedClock(TODAY))
    s.business.save(BUSINESS)
    s.clients.add(CLIENT)
    s.close()
    with sqlite3.connect(source / DB) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (source / DB).read_bytes()


def _corrupt(tmp_path: Path) -> bytes:
    data = bytearray(_real_db_bytes(tmp_path))
    page = int.from_bytes(data[16:18], "big")
    # Garble the second page (a b-tree page) but keep the header and the size intact.
    data[page : page + 64] = b"\xa5" * 64
    return bytes(data)


@pytest.mark.parametrize("kind", ["empty", "text", "truncated", "corrupt"])
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, kind: str) -> None:
    contents = {
        "empty": lambda: b"",
        "text": lambda: b"nombre;importe\nLaura;12,50\n" * 50,
        "truncated": lambda: _real_db_bytes(tmp_path)[:5000],
        "corrupt": lambda: _corrupt(tmp_path),
    }[kind]()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB).write_bytes(contents)
    with pytest.raises(CorruptDatabase):
        build_services(data_dir, clock=FixedClock(TODAY))
    assert (data_dir / DB).read_bytes() == contents


# ----- property: whatever the lines, the stored invoice is the computed invoice, to the cent --------
@st.composite
def random_lines(draw: st.DrawFn) -> list[dict[str, str]]:
    pairs = [("21", "0"), ("21", "5.2"), ("10", "1.4"), ("4", "0"), ("0", "0")]
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        vat, surcharge = draw(st.sampled_from(pairs))
        quantity = draw(st.decimals(min_value=D("0.001"), max_value=D("999"), places=3))
        price = draw(st.decimals(min_value=D("0"), max_value=D("99999"), places=6))
        lines.append(
            {
                "description": "x",
                "quantity": str(quantity),
                "unit_price": str(price),
                "vat_rate": vat,
                "surcharge_rate": surcharge,
                "discount_percent": draw(st.sampled_from(["0", "7.5"])),
            }
        )
    return lines


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=random_lines(), irpf=st.sampled_from(["0", "7", "15"]))
def test_stored_invoices_never_lose_a_cent(
    services: Services, tmp_path: Path, lines: list[dict[str, str]], irpf: str
) -> None:
    saved = services.invoices.create_draft_from_payload(
        {"client_id": CLIENT.id, "lines": lines, "irpf_rate": irpf}
    ).invoice
    issued = services.invoices.issue(saved.id)
    loaded = services.invoices.get(issued.number or "")
    assert loaded.lines == saved.lines and loaded.totals == saved.totals
    row = next(r for r in services.invoices.list(services.invoices.query()) if r.id == saved.id)
    assert (row.total, row.amount_due) == (saved.totals.total, saved.totals.amount_due)

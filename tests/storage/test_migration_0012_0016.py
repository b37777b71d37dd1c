"""Migrations 0012 and 0016 on books written by an older app, with raw SQL as that app left them.

0012 (rectification that settles the debt): a database at 0011 with substitutions (of a paid
invoice, of the original twice, of a substitution, one cancelled) and an ordinary invoice. After
opening it, every rectifying invoice is a substitution and each invoice owes what the app's own
rule (domain/settlement.settle) says, in the stored columns and in the invoice list.
0016 (the waiting index): a database at the last version below 16 with billing records in every
sending state; the copy of the generation time is the record's, and the dashboard's warning counts
the records waiting over an hour from it. Both schemas end identical to a fresh one's."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.invoice import RectificationMethod, Status
from facturas_app.domain.settlement import settle
from facturas_app.services.settlement import family
from facturas_app.services.verifactu.status import Attention
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from tests.fakes import FixedClock

D = Decimal
NOON = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


class Old(NamedTuple):
    """An invoice as the app before 0012 stored it: one line of `price` at 21 % VAT."""

    id: str
    number: str
    issue_date: str
    price: str
    total_cents: int
    paid_cents: int
    status: str
    rectifies: str | None = None


# 423.23 → 512.11 and 330.58 → 400.00 are the issue's example; 247.93 → 300.00.
INVOICES = [
    Old("o1", "F-2026-0001", "2026-03-02", "423.23", 51211, 51211, "paid"),
    Old("s1", "R-2026-0001", "2026-04-01", "330.58", 40000, 0, "sent", "o1"),
    Old("c1", "R-2026-0002", "2026-04-15", "247.93", 30000, 0, "cancelled", "o1"),
    Old("o2", "F-2026-0002", "2026-03-03", "1000.00", 121000, 30000, "partially_paid"),
    Old("s2a", "R-2026-0003", "2026-04-02", "900.00", 108900, 20000, "partially_paid", "o2"),
    Old("s2b", "R-2026-0004", "2026-04-20", "800.00", 96800, 0, "issued", "s2a"),  # replaces s2a
    Old("o3", "F-2026-0003", "2026-03-04", "1000.00", 121000, 121000, "paid"),
    Old("s3a", "R-2026-0005", "2026-04-03", "900.00", 108900, 0, "issued", "o3"),
    Old("s3b", "R-2026-0006", "2026-04-21", "800.00", 96800, 0, "issued", "o3"),  # o3 again
    Old("u", "F-2026-0004", "2026-03-05", "100.00", 12100, 0, "issued"),
]
# id, invoice, cents, removed (a removed payment is not in paid_cents)
PAYMENTS = [
    ("p1", "o1", 30000, False),
    ("p2", "o1", 21211, False),
    ("p3", "o1", 5000, True),
    ("p4", "o2", 30000, False),
    ("p5", "s2a", 20000, False),
    ("p6", "o3", 121000, False),
]
# What each family owes by the rule, worked by hand: the replaced versions owe 0 and their
# payments count on the current version (the latest substitution, followed down).
OWED = {
    "o1": {"o1": D("0.00"), "s1": D("-112.11"), "c1": D("0.00")},  # 400.00 - 512.11
    "o2": {"o2": D("0.00"), "s2a": D("0.00"), "s2b": D("468.00")},  # 968.00 - 300.00 - 200.00
    "o3": {"o3": D("0.00"), "s3a": D("0.00"), "s3b": D("-242.00")},  # 968.00 - 1,210.00
    "u": {"u": D("121.00")},
}
# The current versions' statuses by the rule (domain/invoice.status_for_debt); the others keep theirs.
STATUSES = {
    "o1": {"o1": "paid", "s1": "paid", "c1": "cancelled"},  # 512.11 received towards 400.00
    "o2": {"o2": "partially_paid", "s2a": "partially_paid", "s2b": "partially_paid"},  # 500 of 968
    "o3": {"o3": "paid", "s3a": "issued", "s3b": "paid"},  # 1,210.00 received towards 968.00
    "u": {"u": "issued"},
}
# 0012's SQL backfill got two things wrong (a substitution of a substitution settled against its
# parent: s2a owed 589.00 and s2b 768.00 instead of 0.00 and 468.00; and no status recomputed):
# services.settlement.resettle_once, run when the app opens the books, puts every family right.


def _run_migrations(raw: sqlite3.Connection, below: int) -> None:
    versions = [v for v, _ in database.migration_scripts() if v < below]
    for version, script in database.migration_scripts():
        if version < below:
            for statement in database.split_statements(script):
                raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {max(versions)}")


def _insert_invoice(raw: sqlite3.Connection, old: Old) -> None:
    # The line first: 0001's trigger refuses lines for an invoice already issued.
    raw.execute(
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, vat_rate,"
        " net_cents) VALUES (?, 0, 'Consultoría', '1', ?, '21', ?)",
        (old.id, old.price, int(D(old.price) * 100)),
    )
    series, year, seq = old.number.split("-")
    stamp = f"{old.issue_date}T09:00:00.000000+00:00"
    raw.execute(
        "INSERT INTO invoices (id, kind, status, series, year, seq, number, client_id, client_name,"
        " client_snapshot, issue_date, due_date, base_cents, vat_cents, total_cents, amount_due_cents,"
        " paid_cents, rectifies_id, rectification_kind, rectification_reason, created_at, issued_at,"
        " sent_at, cancelled_at, cancel_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'c1', 'Cliente', '{\"name\": \"Cliente\"}', ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            old.id,
            "invoice" if old.rectifies is None else "rectifying",
            old.status,
            series,
            int(year),
            int(seq),
            old.number,
            old.issue_date,
            "2026-12-31",  # not yet due on the test clocks
            int(D(old.price) * 100),
            old.total_cents - int(D(old.price) * 100),
            old.total_cents,
            old.total_cents,
            old.paid_cents,
            old.rectifies,
            None if old.rectifies is None else "R1",
            "" if old.rectifies is None else "Precio corregido",
            stamp,
            stamp,
            stamp if old.status == "sent" else None,
            stamp if old.status == "cancelled" else None,
            "Emitida por error" if old.status == "cancelled" else "",
        ),
    )


def _database_at_0011(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        _run_migrations(raw, below=12)
        raw.execute("INSERT INTO clients (id, name, created_at) VALUES ('c1', 'Cliente', '2026-01-01')")
        for old in INVOICES:
            _insert_invoice(raw, old)
        for payment_id, invoice_id, cents, removed in PAYMENTS:
            raw.execute(
                "INSERT INTO payments (id, invoice_id, amount_cents, paid_on, created_at, removed_at,"
                " removed_reason) VALUES (?, ?, ?, '2026-03-20', '2026-03-20', ?, ?)",
                (
                    payment_id,
                    invoice_id,
                    cents,
                    "2026-03-21" if removed else None,
                    "Duplicado" if removed else "",
                ),
            )
    finally:
        raw.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as raw:
        return sorted(
            raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        )


def _open(data: Path, first: int, now: dt.datetime = NOON) -> Services:
    services = build_services(data, clock=FixedClock(now.date(), now_utc=now))
    later = [version for version, _script in database.migration_scripts() if version >= first]
    assert services.store.applied_migrations == later  # type: ignore[attr-defined]
    return services


@pytest.fixture
def rectified(tmp_path: Path) -> Iterator[Services]:
    data = tmp_path / "old"
    data.mkdir()
    _database_at_0011(data / DB_FILENAME)
    services = _open(data, first=12)
    yield services
    services.close()


def test_every_rectifying_invoice_so_far_was_a_substitution(rectified: Services) -> None:
    found = {old.id: rectified.invoices.get(old.id).rectification_method for old in INVOICES}
    substitution = RectificationMethod.SUBSTITUTION
    assert found == {old.id: None if old.rectifies is None else substitution for old in INVOICES}


def _settled(services: Services, root_id: str) -> dict[str, Decimal]:
    with services.store.read() as tx:
        root, members = family(tx, root_id)
    return {item.invoice_id: item.debt_change for item in settle(root, members)}


def _stored(services: Services, ids: list[str]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each invoice's stored debt change and what it owes, as the invoice and as the list shows it."""
    listed = {row.id: row.outstanding for row in services.invoices.list(services.invoices.query())}
    got = {i: services.invoices.get(i) for i in ids}
    assert {i: listed[i] for i in ids} == {i: invoice.outstanding for i, invoice in got.items()}
    return {i: (invoice.debt_change, invoice.outstanding) for i, invoice in got.items()}


@pytest.mark.parametrize("root", ["o1", "o2", "o3", "u"])
def test_each_invoice_owes_what_the_rule_says(rectified: Services, root: str) -> None:
    stored = _stored(rectified, list(OWED[root]))
    assert {i: owed for i, (_change, owed) in stored.items()} == OWED[root]
    assert {i: change for i, (change, _owed) in stored.items()} == _settled(rectified, root)


@pytest.mark.parametrize("root", ["o1", "o2", "o3", "u"])
def test_each_current_version_has_the_status_the_rule_gives(rectified: Services, root: str) -> None:
    with rectified.store.read() as tx:
        top, members = family(tx, root)
    ruled = {s.invoice_id: s.status for s in settle(top, members) if s.status is not None}
    stored = {i: rectified.invoices.get(i).status for i in STATUSES[root]}
    assert {i: stored[i] for i in ruled} == ruled
    assert stored == {i: Status(s) for i, s in STATUSES[root].items()}


def test_the_families_are_resettled_once_and_fresh_books_are_not_written(
    rectified: Services, tmp_path: Path
) -> None:
    from facturas_app.services.settlement import RESETTLED_SETTING, resettle_once

    with rectified.store.read() as tx:
        assert tx.get_setting(RESETTLED_SETTING, False) is True  # done when the books were opened
    assert resettle_once(rectified.store) == 0  # and not again
    fresh = build_services(tmp_path / "fresh", clock=FixedClock(dt.date(2026, 6, 1)))
    try:
        with fresh.store.read() as tx:  # nothing to settle: no write at open
            assert tx.get_setting(RESETTLED_SETTING, None) is None
    finally:
        fresh.close()


def test_a_migrated_schema_is_the_fresh_schema(rectified: Services, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_services(fresh, clock=FixedClock(NOON.date())).close()
    assert _schema(tmp_path / "old" / DB_FILENAME) == _schema(fresh / DB_FILENAME)


# ----- 0016 ---------------------------------------------------------------------------------------
# state, generated at (UTC, as repo_verifactu writes it); the warning counts pending and in doubt
# generated before now - 1 h (11:00 at noon: exactly 11:00 is not before it).
RECORDS = [
    ("pending", "2026-06-01T09:00:00.000000+00:00"),
    ("pending", "2026-05-28T17:45:12.123456+00:00"),
    ("pending", "2026-06-01T11:00:00.000000+00:00"),
    ("pending", "2026-06-01T11:30:00.000000+00:00"),
    ("in_doubt", "2026-06-01T10:59:59.999999+00:00"),
    ("accepted", "2026-06-01T08:00:00.000000+00:00"),
    ("accepted_with_errors", "2026-06-01T08:30:00.000000+00:00"),
    ("rejected", "2026-06-01T08:45:00.000000+00:00"),
]


def _database_below_0016(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        _run_migrations(raw, below=16)
        previous = ""
        for seq, (state, generated_at) in enumerate(RECORDS, start=1):
            huella = f"{seq:064X}"
            # No invoice named: 0015 lets such a record in (it describes none), chain rules apply.
            raw.execute(
                "INSERT INTO verifactu_records (id, seq, issuer_nif, chain_seq, record_type, number,"
                " issue_date, generated_at, huella, previous_huella, payload)"
                " VALUES (?, ?, 'B12345674', ?, 'alta', ?, '2026-05-28', ?, ?, ?, '{}')",
                (f"r{seq}", seq, seq, f"F-2026-{seq:04d}", generated_at, huella, previous),
            )
            raw.execute(
                "INSERT INTO verifactu_submissions (record_id, state) VALUES (?, ?)", (f"r{seq}", state)
            )
            previous = huella
    finally:
        raw.close()


@pytest.fixture
def waiting(tmp_path: Path) -> Path:
    data = tmp_path / "old"
    data.mkdir()
    _database_below_0016(data / DB_FILENAME)
    _open(data, first=16).close()
    return data


def test_each_submission_carries_its_records_generation_time(waiting: Path) -> None:
    with sqlite3.connect(waiting / DB_FILENAME) as raw:
        rows = raw.execute(
            "SELECT s.record_id, s.state, s.generated_at, r.generated_at FROM verifactu_submissions s"
            " JOIN verifactu_records r ON r.id = s.record_id ORDER BY r.seq"
        ).fetchall()
    assert [(state, copy) for _, state, copy, _ in rows] == RECORDS
    assert all(copy == original for _, _, copy, original in rows)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (NOON, Attention(rejected=1, pending_over_an_hour=3)),
        (NOON + dt.timedelta(microseconds=1), Attention(rejected=1, pending_over_an_hour=4)),
        (NOON + dt.timedelta(minutes=31), Attention(rejected=1, pending_over_an_hour=5)),
        (dt.datetime(2026, 5, 28, 18, 46, tzinfo=dt.UTC), Attention(rejected=1, pending_over_an_hour=1)),
    ],
)
def test_the_warning_counts_what_waits_over_an_hour(
    waiting: Path, now: dt.datetime, expected: Attention
) -> None:
    services = build_services(waiting, clock=FixedClock(now.date(), now_utc=now))
    try:
        assert services.verifactu.attention() == expected
    finally:
        services.close()


def test_a_schema_migrated_to_0016_is_the_fresh_schema(waiting: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_services(fresh, clock=FixedClock(NOON.date())).close()
    assert _schema(waiting / DB_FILENAME) == _schema(fresh / DB_FILENAME)

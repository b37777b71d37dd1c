"""Remittances on a real SQLite file: the pain.008.001.02 file is valid for sepaxml's own check
and, independently, for lxml against the ISO schema sepaxml ships; its count, sum, mandates and
sequence types are the invoices'; an invoice is remitted once unless its debit was returned."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sepaxml.validation import try_valid_xml

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.output_files import OutputPolicy, OutputRefused
from tests.services.sepa.sepa_helpers import (
    BUSINESS,
    IBANS,
    add_mandates,
    open_services,
    seed,
    transactions,
    xsd,
)

MONDAY = dt.date(2026, 11, 30)


def _count(data_dir: Path, sql: str) -> int:
    with sqlite3.connect(data_dir / "facturas.sqlite3") as raw:
        return int(raw.execute(sql).fetchone()[0])


def test_a_remittance_of_1000_debits_is_valid_and_adds_up(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        seeded = seed(services, clients=250, per_client=4)
        add_mandates(services, seeded.client_ids)
        used = seeded.client_ids[:100]  # these mandates collected before: RCUR now
        with services.store.write() as tx:
            for client_id in used:
                tx.save_mandate(
                    replace(tx.get_mandate(client_id), first_collection=dt.date(2026, 10, 1)),
                    services.clock.now(),
                )  # type: ignore[arg-type]
        result = services.sepa.create(MONDAY, tmp_path / "remesa.xml")
    finally:
        services.close()
    tree = etree.parse(str(tmp_path / "remesa.xml"))
    assert xsd().validate(tree), xsd().error_log
    try_valid_xml((tmp_path / "remesa.xml").read_bytes(), "pain.008.001.02")  # sepaxml's own (xmlschema)
    rows = transactions(tree)
    total = sum(seeded.amounts.values(), Decimal(0))
    assert len(rows) == result.remittance.count == 1000 and result.excluded == []
    assert sum(Decimal(r["amount"]) for r in rows) == total == result.remittance.total
    header = tree.find(".//{*}GrpHdr")
    assert header.findtext("{*}NbOfTxs") == "1000" and Decimal(header.findtext("{*}CtrlSum")) == total  # type: ignore[union-attr]
    assert {r["e2e"]: Decimal(r["amount"]) for r in rows} == seeded.amounts  # each invoice once, its amount
    by_mandate = Counter(r["mandate"] for r in rows)
    assert by_mandate == {f"MND-{i:05d}": 4 for i in range(250)}
    seq = {r["mandate"]: r["seq"] for r in rows}
    assert {m for m, s in seq.items() if s == "RCUR"} == {f"MND-{i:05d}" for i in range(100)}
    assert Counter(r["seq"] for r in rows) == {"RCUR": 400, "FRST": 600}
    assert {r["date"] for r in rows} == {"2026-11-30"} and {r["signed"] for r in rows} == {"2026-01-15"}
    assert {r["iban"] for r in rows} == set(IBANS)
    assert _count(tmp_path, "SELECT count(*) FROM sepa_remittance_items") == 1000
    assert _count(tmp_path, "SELECT count(*) FROM sepa_mandates WHERE first_collection IS NULL") == 0


def test_excluded_invoices_say_why_and_an_invoice_is_remitted_once(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        seeded = seed(services, clients=3, per_client=2)
        add_mandates(services, seeded.client_ids[:1])
        services.sepa.save_mandate(seeded.client_ids[1], IBANS[1], "MND-B2B", dt.date(2026, 1, 15), "B2B")
        first = services.sepa.create(MONDAY, tmp_path / "uno.xml")
        assert first.remittance.count == 2
        reasons = sorted((e.number, e.reason) for e in first.excluded)
        assert reasons == [
            ("F-2026-0002", "sepa_other_scheme"), ("F-2026-0003", "sepa_no_mandate"),
            ("F-2026-0005", "sepa_other_scheme"), ("F-2026-0006", "sepa_no_mandate"),
        ]  # fmt: skip
        b2b = services.sepa.create(MONDAY, tmp_path / "b2b.xml", scheme="B2B")
        assert b2b.remittance.count == 2 and b2b.remittance.scheme == "B2B"
        assert etree.parse(str(tmp_path / "b2b.xml")).findtext(".//{*}LclInstrm/{*}Cd") == "B2B"
        again = services.sepa.plan(MONDAY)
        assert again.included == [] and len(again.excluded) == 2  # the remitted four are in no plan
        with pytest.raises(ValidationFailed) as caught:
            services.sepa.create(MONDAY, tmp_path / "dos.xml")
        assert caught.value.problems[0].code == "sepa_nothing_to_remit"
        assert not (tmp_path / "dos.xml").exists()
        assert [r.count for r in services.sepa.list_remittances()] == [2, 2]
    finally:
        services.close()


def test_a_returned_debit_frees_its_invoice_and_a_returned_first_makes_frst_again(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        seeded = seed(services, clients=1, per_client=2)
        add_mandates(services, seeded.client_ids)
        first = services.sepa.create(MONDAY, tmp_path / "uno.xml")
        items = services.sepa.remittance_items(first.remittance.id)
        assert [i.sequence_type for i in items] == ["FRST", "FRST"]
        invoice_ids = [i.invoice_id for i in items]
        services.sepa.mark_returned(invoice_ids[0], "AM04 fondos insuficientes")
        assert services.sepa.get_mandate(seeded.client_ids[0]).sequence_type == "RCUR"  # type: ignore[union-attr]
        services.sepa.mark_returned(invoice_ids[1], "MD01 sin mandato")
        assert services.sepa.get_mandate(seeded.client_ids[0]).sequence_type == "FRST"  # type: ignore[union-attr]
        returned = services.sepa.remittance_items(first.remittance.id)
        assert [(i.return_reason, i.returned_at is not None) for i in returned] == [
            ("AM04 fondos insuficientes", True), ("MD01 sin mandato", True)
        ]  # fmt: skip
        second = services.sepa.create(dt.date(2026, 12, 1), tmp_path / "dos.xml")
        assert second.remittance.count == 2
        assert {r["seq"] for r in transactions(etree.parse(str(tmp_path / "dos.xml")))} == {"FRST"}
        with pytest.raises(Exception, match="sepa_debit_not_found"):
            services.sepa.mark_returned("no-such-invoice", "x")
    finally:
        services.close()


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2026, 11, 27), "sepa_collection_too_soon"),
        (dt.date(2026, 12, 26), "sepa_collection_not_business_day"),
    ],
)
def test_a_bad_collection_date_writes_and_records_nothing(tmp_path: Path, day: dt.date, code: str) -> None:
    services = open_services(tmp_path)
    try:
        add_mandates(services, seed(services, clients=1, per_client=1).client_ids)
        with pytest.raises(ValidationFailed) as caught:
            services.sepa.create(day, tmp_path / "r.xml")
        assert caught.value.problems[0].code == code
    finally:
        services.close()
    assert not (tmp_path / "r.xml").exists()
    assert _count(tmp_path, "SELECT count(*) FROM sepa_remittances") == 0


def test_a_creditor_without_identifier_or_a_refused_file_records_nothing(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        add_mandates(services, seed(services, clients=1, per_client=1).client_ids)
        (tmp_path / "existe.xml").write_text("mio")
        with pytest.raises(OutputRefused):
            services.sepa.create(MONDAY, tmp_path / "existe.xml", OutputPolicy(overwrite=False))
        assert (tmp_path / "existe.xml").read_text() == "mio"
        services.business.save(replace(BUSINESS, sepa_creditor_id=""))
        with pytest.raises(ValidationFailed) as caught:
            services.sepa.create(MONDAY, tmp_path / "r.xml")
        assert caught.value.problems[0].code == "sepa_creditor_id_missing"
    finally:
        services.close()
    assert _count(tmp_path, "SELECT count(*) FROM sepa_remittance_items") == 0


def test_the_database_refuses_an_invoice_in_two_live_remittances(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        add_mandates(services, seed(services, clients=1, per_client=1).client_ids)
        services.sepa.create(MONDAY, tmp_path / "r.xml")
    finally:
        services.close()
    copy = (
        "INSERT INTO sepa_remittances SELECT 'x', 'm2', 'f', collection_date, scheme, 1, 1, created_at "
        "FROM sepa_remittances"
    )
    again = (
        "INSERT INTO sepa_remittance_items (remittance_id, invoice_id, client_id, mandate_id, sequence_type, "
        "amount_cents, end_to_end_id) SELECT 'x', invoice_id, client_id, mandate_id, 'RCUR', 1, 'e' "
        "FROM sepa_remittance_items"
    )
    with sqlite3.connect(tmp_path / "facturas.sqlite3") as raw:
        raw.execute(copy)
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            raw.execute(again)

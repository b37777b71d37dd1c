"""VERI*FACTU wired into invoicing: records written in the issuing/cancelling transaction, chains
across series, verify, export (XSD), mode, QR URL and the send queue against a local server."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.bootstrap import Services
from facturas_app.domain import verifactu as vf
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.invoice import Status
from facturas_app.services.verifactu.payload import Software, StoredRecord, decode, encode
from facturas_app.services.verifactu.soap import VerifactuClient
from facturas_app.services.verifactu.xml import NS_SF, validate_document
from facturas_app.storage.api import VerifactuRow
from tests.services.verifactu.helpers import (
    CLIENT_FR,
    NOW,
    add_client,
    issue,
    line,
    open_services,
    raw,
    rectify,
)
from tests.services.verifactu.scripted_aeat import FAULT, FakeAeat, ok
from tests.services.verifactu.scripted_aeat import aeat as aeat

D = Decimal
CUSTOMER = vf.Recipient("Cliente SL", nif="A58818501")
NS = {"sf": NS_SF}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path)
    yield services
    services.close()


def alta_of(services: Services, invoice_id: str) -> vf.AltaRecord:
    rows = [r for r in services.verifactu.rows(invoice_id=invoice_id) if r.record_type == "alta"]
    assert len(rows) == 1
    record = decode(rows[0].payload).record
    assert isinstance(record, vf.AltaRecord)
    return record


def test_issuing_writes_one_complete_alta_in_the_same_transaction(services: Services) -> None:
    client = add_client(services)
    invoice = issue(services, client, [line(), line("10.00", "1", "10")], irpf_rate="15")
    record = alta_of(services, invoice.id)
    assert (record.issuer_nif, record.number, record.issue_date) == (
        "12345678Z",
        "F-2026-0001",
        invoice.issue_date,
    )
    assert (record.invoice_type, record.issuer_name) == ("F1", "Laura Gómez Ruiz")
    assert record.recipients == (vf.Recipient("Inmobiliaria Sol S.A.", nif="A58818501"),)
    # CuotaTotal = VAT + surcharge; ImporteTotal = bases + CuotaTotal (IRPF not subtracted).
    assert (record.cuota_total, record.importe_total) == (D("54.87"), D("321.37"))
    assert record.cuota_total == invoice.totals.tax_total and record.importe_total == invoice.totals.total
    groups = sorted((g.operation, g.rate, g.base, g.tax) for g in record.breakdown)
    assert groups == [("S1", D("10"), D("10.00"), D("1.00")), ("S1", D("21"), D("256.50"), D("53.87"))]
    assert record.generation_time == "2026-11-26T11:15:30+01:00"  # the clock's now() in Madrid
    assert record.previous is None and record.huella == vf.record_hash(record)
    row = services.verifactu.rows(invoice_id=invoice.id)[0]
    assert (row.seq, row.chain_seq, row.submission and row.submission.state) == (1, 1, "pending")


def test_a_failing_hook_rolls_back_number_and_record(services: Services) -> None:
    client = add_client(services)

    def explode(*_args: object) -> None:
        raise RuntimeError("disk full")

    services.invoices.issue_hooks.append(explode)
    draft = services.invoices.create_draft_from_payload({"client_id": client, "lines": [line()]}).invoice
    with pytest.raises(RuntimeError):
        services.invoices.issue(draft.id)
    assert services.invoices.get(draft.id).status is Status.DRAFT
    assert services.verifactu.rows() == []
    services.invoices.issue_hooks.remove(explode)
    assert services.invoices.issue(draft.id).number == "F-2026-0001"  # the number was not consumed
    assert len(services.verifactu.rows()) == 1


def test_an_invoice_verifactu_refuses_is_not_numbered(services: Services) -> None:
    client = services.clients.add_payload({"name": "Juan Particular", "country": "ES"}).id
    draft = services.invoices.create_draft_from_payload({"client_id": client, "lines": [line()]}).invoice
    with pytest.raises(ValidationFailed) as caught:
        services.invoices.issue(draft.id)
    assert caught.value.problems[0].code == "verifactu_recipient_tax_id_required"
    assert services.invoices.get(draft.id).number is None and services.verifactu.rows() == []
    simplified = issue(services, client, kind="simplified")  # F2 carries no recipient
    assert alta_of(services, simplified.id).invoice_type == "F2"
    assert alta_of(services, simplified.id).recipients == ()


def test_chain_across_series_with_rectifications_and_cancellations(services: Services) -> None:
    es, fr = add_client(services), add_client(services, CLIENT_FR)
    first = issue(services, es)
    foreign = issue(services, fr, [line(vat="0", exemption="E5")])
    r1 = rectify(services, first.number or "", "R1")
    simplified = issue(services, es, kind="simplified")
    r5 = rectify(services, simplified.number or "", "R5")
    services.invoices.cancel(foreign.number or "", "emitida por error")
    rows = services.verifactu.rows()
    assert [(r.record_type, r.number) for r in rows] == [
        ("alta", "F-2026-0001"), ("alta", "F-2026-0002"), ("alta", "R-2026-0001"),
        ("alta", "F-2026-0003"), ("alta", "R-2026-0002"), ("anulacion", "F-2026-0002"),
    ]  # fmt: skip
    assert [r.chain_seq for r in rows] == [1, 2, 3, 4, 5, 6]
    assert all(b.previous_huella == a.huella for a, b in itertools.pairwise(rows))
    rec = alta_of(services, r1.id)
    assert (rec.invoice_type, rec.rectification_kind) == ("R1", "S")
    assert rec.rectified == (vf.InvoiceRef("12345678Z", "F-2026-0001", first.issue_date),)
    assert rec.rectification_amounts == vf.RectificationAmounts(D("256.50"), D("53.87"), None)
    assert (alta_of(services, r5.id).invoice_type, alta_of(services, r5.id).recipients) == ("R5", ())
    fr_alta = alta_of(services, foreign.id)
    assert fr_alta.recipients[0].foreign_id == vf.ForeignId("02", "FR40303265045", "FR")
    assert [g.operation for g in fr_alta.breakdown] == ["E5"]
    result = services.verifactu.verify()
    assert result.intact and result.count == 6
    cancelled = services.verifactu.rows()[-1]
    assert isinstance(decode(cancelled.payload).record, vf.AnulacionRecord)


def test_every_exported_document_is_schema_valid(services: Services, tmp_path: Path) -> None:
    es, fr = add_client(services), add_client(services, CLIENT_FR)
    first = issue(services, es, [line(), line("40", "1", "10", surcharge_rate="1.4")])
    issue(services, fr, [line(vat="0", exemption="S2")])
    rectify(services, first.number or "", "R2")
    services.invoices.cancel(first.number or "", "duplicada")
    paths = services.verifactu.export(tmp_path / "out.xml")
    assert paths == [tmp_path / "out.xml"]
    xml = paths[0].read_bytes()
    assert validate_document(xml) == []
    doc = etree.fromstring(xml)
    assert (
        len(doc.findall(".//sf:RegistroAlta", NS)) == 3
        and len(doc.findall(".//sf:RegistroAnulacion", NS)) == 1
    )
    numbers = [n.text for n in doc.xpath("//sf:IDFactura/*[2]", namespaces=NS)]
    assert numbers == ["F-2026-0001", "F-2026-0002", "R-2026-0001", "F-2026-0001"]  # oldest first


def bulk_records(services: Services, count: int) -> None:
    """`count` chained altas appended in one transaction (the bulk path: no invoices behind them)."""
    software = Software("Laura Gómez Ruiz", "12345678Z", "inst1", "Facturas", "FA", "0.1.0")
    group = (vf.BreakdownDetail("S1", base=D("100.00"), rate=D("21"), tax=D("21.00")),)
    previous: vf.ChainRecord | None = None
    with services.store.write() as tx:
        for n in range(1, count + 1):
            record = vf.build_alta(
                issuer_nif="12345678Z", issuer_name="Laura Gómez Ruiz", number=f"B-2026-{n:05d}",
                issue_date=dt.date(2026, 11, 2), invoice_type="F1", description="Servicios", breakdown=group,
                cuota_total=D("21.00"), importe_total=D("121.00"), previous=previous,
                generated_at=NOW + dt.timedelta(seconds=n), recipients=(CUSTOMER,),
            )  # fmt: skip
            tx.append_verifactu_record(VerifactuRow(
                id=f"bulk-{n}", issuer_nif=record.issuer_nif, record_type="alta", invoice_id=None,
                number=record.number, issue_date=record.issue_date, generated_at=record.generated_at,
                huella=record.huella, previous_huella=previous.huella if previous else "",
                payload=encode(StoredRecord(record, software, "Laura Gómez Ruiz")),
            ))  # fmt: skip
            previous = record


def test_export_of_more_than_1000_records_splits_into_numbered_files(
    services: Services, tmp_path: Path
) -> None:
    bulk_records(services, 1001)
    paths = services.verifactu.export(tmp_path / "export")
    assert [p.name for p in paths] == ["verifactu-0001.xml", "verifactu-0002.xml"]
    counts = [len(etree.parse(str(p)).findall(".//sf:RegistroAlta", NS)) for p in paths]
    assert counts == [1000, 1]
    assert all(validate_document(p.read_bytes()) == [] for p in paths)
    last = etree.parse(str(paths[1])).find(".//sf:RegistroAnterior/sf:NumSerieFactura", NS)
    assert last is not None and last.text == "B-2026-01000"  # the chain continues across files
    result = services.verifactu.verify()
    assert result.count == 1001 and result.broken == []  # the hash chain holds across both files
    # these bulk records have no invoices behind them, and verify says so for each one
    assert {(d.field, d.number) for d in result.differences} == {
        ("invoice", f"B-2026-{n:05d}") for n in range(1, 1002)
    }


def test_tampering_with_a_stored_payload_is_detected(services: Services, tmp_path: Path) -> None:
    client = add_client(services)
    for _ in range(3):
        issue(services, client)
    with raw(tmp_path) as conn:
        conn.execute("DROP TRIGGER tr_verifactu_records_no_update")
        conn.execute(
            "UPDATE verifactu_records SET payload = json_set(payload, '$.importe_total', '9.99') "
            "WHERE seq = 2"
        )
    result = services.verifactu.verify()
    assert not result.intact
    assert (result.broken[0].seq, result.broken[0].number, result.broken[0].reason) == (
        2,
        "F-2026-0002",
        "hash_mismatch",
    )


def test_rewriting_a_record_with_a_fresh_hash_breaks_the_next_link(
    services: Services, tmp_path: Path
) -> None:
    client = add_client(services)
    for _ in range(3):
        issue(services, client)
    row = services.verifactu.rows()[1]
    record = decode(row.payload)
    assert isinstance(record.record, vf.AltaRecord)
    forged = vf.build_alta(**{**{f: getattr(record.record, f) for f in (
        "issuer_nif", "issuer_name", "number", "issue_date", "invoice_type", "description", "recipients",
        "previous", "generated_at")}, "breakdown": (vf.BreakdownDetail("S1", D("1.00"), D("21"), D("0.21")),),
        "cuota_total": D("0.21"), "importe_total": D("1.21")})  # fmt: skip
    with raw(tmp_path) as conn:
        conn.execute("DROP TRIGGER tr_verifactu_records_no_update")
        conn.execute(
            "UPDATE verifactu_records SET payload = ?, huella = ? WHERE seq = 2",
            (encode(StoredRecord(forged, record.software, record.taxpayer_name)), forged.huella),
        )
    broken = services.verifactu.verify().broken
    assert [(b.seq, b.reason) for b in broken] == [(3, "link_broken")]


def test_mode_off_for_a_foreign_business_and_for_other_regimes(tmp_path: Path) -> None:
    foreign = open_services(tmp_path / "fr", country="FR")
    issue(foreign, add_client(foreign, CLIENT_FR), [line(vat="20")])
    assert foreign.verifactu.rows() == [] and foreign.verifactu.status()["enabled"] is False
    foreign.close()
    spanish = open_services(tmp_path / "es")
    client = add_client(spanish)
    spanish.verifactu.set_mode("sii")
    issue(spanish, client)
    assert spanish.verifactu.rows() == []
    spanish.verifactu.set_mode("auto")
    invoice = issue(spanish, client)
    assert [r.number for r in spanish.verifactu.rows()] == [invoice.number]
    with pytest.raises(ValidationFailed):
        spanish.verifactu.set_mode("maybe")
    spanish.close()


def test_qr_url_matches_the_record_and_follows_the_test_setting(services: Services) -> None:
    invoice = issue(services, add_client(services))
    url = services.verifactu.qr_url_for(invoice)
    assert url == ("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR"
                   "?nif=12345678Z&numserie=F-2026-0001&fecha=26-11-2026&importe=310.37")  # fmt: skip
    services.verifactu.set_test_environment(True)
    assert (services.verifactu.qr_url_for(invoice) or "").startswith("https://prewww2.aeat.es/")
    # Once a chain exists VERI*FACTU cannot be switched off (verifactu_rules; tests/domain's table
    # tests show "off" before the first record and invoices without a QR then).
    with pytest.raises(ValidationFailed) as refused:
        services.verifactu.set_mode("off")
    assert [p.code for p in refused.value.problems] == ["verifactu_mode_off_after_records"]


# --- the send queue against the local server -----------------------------------------------------


def states(services: Services) -> list[tuple[str, str, str, int | None]]:
    return [(r.number, r.submission.state, r.submission.aeat_status, r.submission.error_code)
            for r in services.verifactu.rows() if r.submission]  # fmt: skip


def test_send_marks_accepted_accepted_with_errors_and_rejected(services: Services, aeat: FakeAeat) -> None:
    client = add_client(services)
    for _ in range(3):
        issue(services, client)
    aeat.script = [
        ok({"F-2026-0002": ("AceptadoConErrores", 2004), "F-2026-0003": ("Incorrecto", 1100)}, wait=90)
    ]
    report = services.verifactu.send(VerifactuClient(endpoint=aeat.url, timeout=5), sleep=pytest.fail)
    assert len(report.delivered) == 2 and len(report.rejected) == 1
    assert states(services) == [
        ("F-2026-0001", "accepted", "Correcto", None),
        ("F-2026-0002", "accepted_with_errors", "AceptadoConErrores", 2004),
        ("F-2026-0003", "rejected", "Incorrecto", 1100),
    ]
    assert services.verifactu.status()["pending"] == 0
    # Nothing pending: a second send posts nothing.
    services.verifactu.send(VerifactuClient(endpoint=aeat.url, timeout=5), sleep=pytest.fail)
    assert len(aeat.requests) == 1


def test_send_honours_the_wait_time_between_sends(tmp_path: Path, aeat: FakeAeat) -> None:
    services = open_services(tmp_path)
    client = add_client(services)
    issue(services, client)
    aeat.script = [ok(wait=90)]
    sleeps: list[float] = []
    services.verifactu.send(VerifactuClient(endpoint=aeat.url, timeout=5), sleep=sleeps.append)
    assert sleeps == []  # the first send may go at once
    issue(services, client)
    services.close()
    later = open_services(tmp_path, now=NOW + dt.timedelta(seconds=30))  # the wait survives a restart
    later.verifactu.send(VerifactuClient(endpoint=aeat.url, timeout=5), sleep=sleeps.append)
    assert sleeps == [60.0]  # 90 s asked by AEAT, 30 s already passed
    assert [r.submission.state for r in later.verifactu.rows() if r.submission] == ["accepted", "accepted"]
    later.close()


def test_a_fault_leaves_records_pending(services: Services, aeat: FakeAeat) -> None:
    issue(services, add_client(services))
    aeat.script = [lambda request: (500, FAULT)]
    report = services.verifactu.send(VerifactuClient(endpoint=aeat.url, timeout=5), sleep=pytest.fail)
    assert report.error is not None and len(report.remaining) == 1
    assert states(services) == [("F-2026-0001", "pending", "", None)]

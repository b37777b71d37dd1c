"""VERI*FACTU in the app: the mode setting, the billing record written in the same transaction as
the invoice number (issue) or the cancellation, and export / verify / status / send / the QR URL.

The pure parts (hash, validation, XML, SOAP) live in domain/verifactu.py, verifactu_xml.py and
verifactu_soap.py; lxml-based modules are imported inside functions so the GUI starts fast.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturas_app import __version__
from facturas_app.domain import verifactu as vf
from facturas_app.domain.errors import FacturasError, Problem, ValidationFailed
from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice, Kind
from facturas_app.domain.parties import Business
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.payload import (
    PayloadError,
    Software,
    StoredRecord,
    decode,
    encode,
    record_type,
)
from facturas_app.storage.api import Store, Transaction, VerifactuRow, VerifactuSubmission

if TYPE_CHECKING:
    from facturas_app.services.verifactu.soap import SendReport, VerifactuClient

MODES = ("auto", "on", "off", "sii", "basque", "navarra")  # the last three: other regimes, off
SETTING_MODE = "verifactu.mode"
SETTING_TEST_ENV = "verifactu.test_environment"
SETTING_INSTALLATION = "verifactu.installation_number"
SETTING_PRODUCER_NAME = "verifactu.producer_name"
SETTING_PRODUCER_NIF = "verifactu.producer_nif"
SETTING_LAST_SENT = "verifactu.send.last_sent_at"
SETTING_WAIT = "verifactu.send.wait_seconds"
SETTING_LATE_AFTER = "verifactu.send.late_after_seconds"
SETTING_LAST_FAILED = "verifactu.send.last_failed_at"
# AEAT treats a record that arrives more than 240 s after its FechaHoraHusoGenRegistro as late
# (answer 2004, "accepted with errors") unless the document says Incidencia=S: a record that waited
# longer than this since its generation (or was pending when a send failed) goes with Incidencia=S.
LATE_AFTER_SECONDS = 240
TIME_ZONE = "Europe/Madrid"
FILE_PATTERN = "verifactu-{:04d}.xml"


class VerifactuExportError(FacturasError):
    code = "verifactu_export_failed"


@dataclass(frozen=True)
class BrokenRecord:
    seq: int
    number: str
    record_type: str
    reason: str  # payload_unreadable | columns_mismatch | hash_mismatch | link_broken | chain_gap


@dataclass(frozen=True)
class VerifyResult:
    count: int
    broken: list[BrokenRecord] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.broken


@dataclass(frozen=True)
class Loaded:
    row: VerifactuRow
    stored: StoredRecord


# --- pure helpers: from an issued invoice to the record's fields ---------------------------------


def spanish_nif(tax_id: str) -> str:
    compact = normalize_tax_id(tax_id)
    return compact[2:] if compact.startswith("ES") and len(compact) == 11 else compact


def invoice_type_of(invoice: Invoice) -> str:
    if invoice.kind is Kind.RECTIFYING:
        return invoice.rectification_kind or "R1"
    return "F2" if invoice.kind is Kind.SIMPLIFIED else "F1"


def recipient_of(snapshot: dict[str, Any]) -> vf.Recipient:
    """IDDestinatario from the client snapshot: NIF for Spain, IDOtro with the country otherwise."""
    name = str(snapshot.get("name", "")).strip()[:120]
    country = str(snapshot.get("country") or "ES").upper()
    tax_id = normalize_tax_id(str(snapshot.get("tax_id", "")))
    if country == "ES":
        return vf.Recipient(name, nif=spanish_nif(tax_id))
    if country in EU_COUNTRIES:
        prefix = "EL" if country == "GR" else country
        value = tax_id if tax_id.startswith(prefix) else prefix + tax_id
        return vf.Recipient(name, foreign_id=vf.ForeignId("02", value[:20], country))  # 02: NIF-IVA
    return vf.Recipient(name, foreign_id=vf.ForeignId("04", tax_id[:20], country))  # 04: official id


def description_of(invoice: Invoice) -> str:
    seen: list[str] = []
    for line in invoice.lines:
        text = " ".join(line.description.split())
        if text and text not in seen:
            seen.append(text)
    joined = "; ".join(seen) or "Factura"
    return joined if len(joined) <= 500 else joined[:497] + "..."


def _recipients(invoice: Invoice, invoice_type: str) -> tuple[vf.Recipient, ...]:
    return () if invoice_type in vf.NO_RECIPIENT_TYPES else (recipient_of(invoice.client_snapshot),)


def _recipient_problems(invoice: Invoice, invoice_type: str) -> list[Problem]:
    if invoice_type in vf.NO_RECIPIENT_TYPES:
        return []
    if not str(invoice.client_snapshot.get("tax_id", "")).strip():
        return [Problem("client.tax_id", "verifactu_recipient_tax_id_required")]
    return []


# --- the service ---------------------------------------------------------------------------------


class VerifactuService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # ----- settings -----------------------------------------------------------------------------
    def mode(self) -> str:
        with self.store.read() as tx:
            return str(tx.get_setting(SETTING_MODE, "auto"))

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValidationFailed(
                [Problem("mode", "verifactu_invalid_mode", {"value": mode, "allowed": ", ".join(MODES)})]
            )
        with self.store.write() as tx:
            tx.set_setting(SETTING_MODE, mode)

    def test_environment(self) -> bool:
        with self.store.read() as tx:
            return bool(tx.get_setting(SETTING_TEST_ENV, False))

    def set_test_environment(self, on: bool) -> None:
        with self.store.write() as tx:
            tx.set_setting(SETTING_TEST_ENV, bool(on))

    @staticmethod
    def _enabled(tx: Transaction, business: Business | None) -> bool:
        mode = tx.get_setting(SETTING_MODE, "auto")
        if mode == "on":
            return True
        return mode == "auto" and business is not None and business.country.upper() == "ES"

    def enabled(self) -> bool:
        with self.store.read() as tx:
            return self._enabled(tx, tx.get_business())

    def _software(self, tx: Transaction, business: Business) -> Software:
        installation = tx.get_setting(SETTING_INSTALLATION)
        if not installation:
            installation = new_id().replace("-", "")[:20]
            tx.set_setting(SETTING_INSTALLATION, installation)
        return Software(
            producer_name=str(tx.get_setting(SETTING_PRODUCER_NAME, "") or business.name)[:120],
            producer_nif=str(tx.get_setting(SETTING_PRODUCER_NIF, "") or spanish_nif(business.tax_id)),
            installation_number=str(installation), system_name="Facturas", system_id="FA",
            version=__version__,
        )  # fmt: skip

    # ----- hooks (inside the issuing / cancelling transaction) ----------------------------------
    def on_issued(self, tx: Transaction, invoice: Invoice, business: Business, now: dt.datetime) -> None:
        """Write the RegistroAlta of a just-numbered invoice. Raising here rolls the number back."""
        if not self._enabled(tx, business):
            return
        issuer_nif = spanish_nif(business.tax_id)
        invoice_type = invoice_type_of(invoice)
        problems = vf.validate_numserie(invoice.number or "") + _recipient_problems(invoice, invoice_type)
        if problems:
            raise ValidationFailed(problems)
        totals = invoice.totals
        record = vf.build_alta(
            issuer_nif=issuer_nif, issuer_name=business.name[:120], number=invoice.number or "",
            issue_date=invoice.issue_date, invoice_type=invoice_type, description=description_of(invoice),
            breakdown=vf.breakdown_from_totals(totals.groups), cuota_total=totals.tax_total,
            importe_total=totals.total, previous=self._previous(tx, issuer_nif), generated_at=now,
            recipients=_recipients(invoice, invoice_type),
            operation_date=invoice.operation_date if invoice.operation_date != invoice.issue_date else None,
            time_zone=TIME_ZONE, **self._rectification(tx, invoice, issuer_nif),
        )  # fmt: skip
        self._append(tx, record, invoice.id, business)

    def on_cancelled(
        self, tx: Transaction, invoice: Invoice, business: Business | None, now: dt.datetime
    ) -> None:
        """Write the RegistroAnulacion of a cancelled invoice that has an alta in the chain."""
        if business is None or not self._enabled(tx, business):
            return
        rows = tx.list_verifactu_records(invoice_id=invoice.id)
        if not rows or rows[-1].record_type != "alta":
            return  # never recorded (mode was off) or already cancelled
        alta = rows[-1]
        cancelled = vf.InvoiceRef(alta.issuer_nif, alta.number, alta.issue_date)
        record = vf.build_anulacion(
            cancelled=cancelled,
            previous=self._previous(tx, alta.issuer_nif),
            generated_at=now,
            time_zone=TIME_ZONE,
        )
        self._append(tx, record, invoice.id, business)

    @staticmethod
    def _previous(tx: Transaction, issuer_nif: str) -> vf.ChainLink | None:
        last = tx.last_verifactu_record(issuer_nif)
        return (
            None if last is None else vf.ChainLink(last.issuer_nif, last.number, last.issue_date, last.huella)
        )

    @staticmethod
    def _rectification(tx: Transaction, invoice: Invoice, issuer_nif: str) -> dict[str, Any]:
        if invoice.kind is not Kind.RECTIFYING:
            return {}
        original = tx.get_invoice(invoice.rectifies_id or "")
        if original is None or original.number is None:
            raise ValidationFailed([Problem("rectifies_id", "verifactu_rectified_not_found")])
        original_nif = spanish_nif(str(original.issuer_snapshot.get("tax_id") or issuer_nif))
        t = original.totals
        return {
            "rectification_kind": "S",
            "rectified": (vf.InvoiceRef(original_nif, original.number, original.issue_date),),
            "rectification_amounts": vf.RectificationAmounts(
                t.base, t.vat, t.surcharge if t.surcharge else None
            ),
        }

    def _append(
        self, tx: Transaction, record: vf.ChainRecord, invoice_id: str, business: Business
    ) -> VerifactuRow:
        stored = StoredRecord(record, self._software(tx, business), business.name[:120])
        row = VerifactuRow(
            id=new_id(), issuer_nif=record.issuer_nif, record_type=record_type(record), invoice_id=invoice_id,
            number=record.number, issue_date=record.issue_date, generated_at=record.generated_at,
            huella=record.huella, previous_huella=record.previous.huella if record.previous else "",
            payload=encode(stored),
        )  # fmt: skip
        return tx.append_verifactu_record(row)

    # ----- reading ------------------------------------------------------------------------------
    def rows(self, invoice_id: str | None = None, state: str | None = None) -> list[VerifactuRow]:
        with self.store.read() as tx:
            return tx.list_verifactu_records(invoice_id=invoice_id, state=state)

    def records_of(self, invoice_id: str) -> list[VerifactuRow]:
        """For the GUI: the records of one invoice (hash, previous hash, time, send state)."""
        return self.rows(invoice_id=invoice_id)

    def qr_url_for(self, invoice: Invoice) -> str | None:
        """The QR content for the invoice's alta; None when the invoice has no record."""
        with self.store.read() as tx:
            rows = [r for r in tx.list_verifactu_records(invoice_id=invoice.id) if r.record_type == "alta"]
            test_env = bool(tx.get_setting(SETTING_TEST_ENV, False))
        if not rows:
            return None
        record = decode(rows[0].payload).record
        assert isinstance(record, vf.AltaRecord)
        return vf.qr_url(record.issuer_nif, record.number, record.issue_date, record.importe_total, test_env)

    def status(self) -> dict[str, Any]:
        with self.store.read() as tx:
            business = tx.get_business()
            counts = tx.count_verifactu_records()
            mode = str(tx.get_setting(SETTING_MODE, "auto"))
            enabled = self._enabled(tx, business)
            test_env = bool(tx.get_setting(SETTING_TEST_ENV, False))
            last = tx.last_verifactu_record(spanish_nif(business.tax_id)) if business else None
        return {
            "mode": mode, "enabled": enabled, "test_environment": test_env,
            "records": counts.get("alta", 0) + counts.get("anulacion", 0),
            "altas": counts.get("alta", 0), "anulaciones": counts.get("anulacion", 0),
            "pending": counts.get("pending", 0), "accepted": counts.get("accepted", 0),
            "rejected": counts.get("rejected", 0),
            "last_huella": last.huella if last else None,
            "last_number": last.number if last else None,
        }  # fmt: skip

    # ----- verify -------------------------------------------------------------------------------
    def verify(self) -> VerifyResult:
        """Recompute every hash and link from the stored payloads, chain by chain."""
        rows = self.rows()
        broken: list[BrokenRecord] = []
        for _nif, chain in itertools.groupby(
            sorted(rows, key=lambda r: (r.issuer_nif, r.chain_seq)), key=lambda r: r.issuer_nif
        ):
            broken += _verify_chain(list(chain))
        return VerifyResult(len(rows), sorted(broken, key=lambda b: b.seq))

    # ----- export -------------------------------------------------------------------------------
    def documents(self) -> list[bytes]:
        """Every record, oldest first, as RegFactuSistemaFacturacion documents of ≤ 1,000 records,
        each validated against SuministroLR.xsd before it is handed out."""
        from facturas_app.services.verifactu.xml import build_document, split_batches, validate_document

        documents = []
        for taxpayer, software, records in self._batches(split_batches):
            xml = build_document(records, taxpayer, software)
            errors = validate_document(xml)
            if errors:
                raise VerifactuExportError(detail=errors[0], first=records[0].number)
            documents.append(xml)
        return documents

    def _batches(
        self, split: Callable[[Sequence[Any]], list[list[Any]]]
    ) -> list[tuple[Any, Any, list[vf.ChainRecord]]]:
        from facturas_app.services.verifactu.xml import SoftwareInfo, Taxpayer

        loaded = [Loaded(row, _decode_or_fail(row)) for row in self.rows()]
        result = []
        # One document per issuer and software version: both are stated once per document.
        for (nif, software), group in itertools.groupby(
            loaded, key=lambda x: (x.row.issuer_nif, x.stored.software)
        ):
            items = list(group)
            for batch in split(items):
                taxpayer = Taxpayer(batch[-1].stored.taxpayer_name, nif)
                info = SoftwareInfo(**software.__dict__)
                result.append((taxpayer, info, [item.stored.record for item in batch]))
        return result

    def export(self, target: Path) -> list[Path]:
        """One FILE for ≤ 1,000 records (inside `target` when it is a folder), else numbered files
        of ≤ 1,000 in the folder `target`."""
        documents = self.documents()
        if not documents:
            return []
        if len(documents) == 1 and not target.is_dir():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(documents[0])
            return [target]
        target.mkdir(parents=True, exist_ok=True)
        paths = []
        for index, xml in enumerate(documents, start=1):
            path = target / FILE_PATTERN.format(index)
            path.write_bytes(xml)
            paths.append(path)
        return paths

    # ----- send ---------------------------------------------------------------------------------
    def send(self, client: VerifactuClient, sleep: Callable[[float], None] = time.sleep) -> SendReport:
        """Send pending records in chain order through SendPolicy/send_pending and store each
        record's answer. The network call happens outside any database transaction."""
        from facturas_app.services.verifactu.soap import SendPolicy, SendReport, send_pending

        loaded = [Loaded(row, _decode_or_fail(row)) for row in self.rows(state="pending")]
        policy = self._load_policy(SendPolicy)
        by_record = {id(item.stored.record): item for item in loaded}
        late = self._late_rule(by_record)
        policy.group_key = late  # late and on-time records never share a document
        total = SendReport()
        for _nif, group in itertools.groupby(loaded, key=lambda x: x.row.issuer_nif):
            items = list(group)

            def submit(batch: Sequence[vf.ChainRecord], items: list[Loaded] = items) -> Any:
                taxpayer, software = _header(by_record[id(batch[0])], items)
                return client.submit(batch, taxpayer, software, incident=late(batch[0]))

            report = send_pending(
                [i.stored.record for i in items], submit=submit, policy=policy, clock=self.clock, sleep=sleep
            )
            total.delivered += report.delivered
            total.rejected += report.rejected
            total.remaining += report.remaining
            total.results += report.results
            total.error = total.error or report.error
            if report.error:
                total.remaining += [i.stored.record for i in loaded[loaded.index(items[-1]) + 1 :]]
                break
        self._save_send(total, by_record, policy)
        return total

    def _late_rule(self, by_record: dict[int, Loaded]) -> Callable[[vf.ChainRecord], bool]:
        """Whether a pending record goes late (Incidencia=S), judged once, at the start of a send."""
        with self.store.read() as tx:
            window = int(tx.get_setting(SETTING_LATE_AFTER, LATE_AFTER_SECONDS))
            failed = tx.get_setting(SETTING_LAST_FAILED)
        now = self.clock.now()
        last_failed = dt.datetime.fromisoformat(failed) if failed else None

        def late(record: vf.ChainRecord) -> bool:
            row = by_record[id(record)].row
            if row.submission is not None and row.submission.attempts > 0:
                return True
            if last_failed is not None and record.generated_at <= last_failed:
                return True
            return (now - record.generated_at).total_seconds() > window

        return late

    def _load_policy(self, policy_type: Any) -> Any:
        with self.store.read() as tx:
            last = tx.get_setting(SETTING_LAST_SENT)
            wait = tx.get_setting(SETTING_WAIT)
        policy = policy_type()
        if last:
            policy.last_sent_at = dt.datetime.fromisoformat(last)
        if wait is not None:
            policy.wait_seconds = int(wait)
        return policy

    def _save_send(self, report: SendReport, by_record: dict[int, Loaded], policy: Any) -> None:
        now = self.clock.now()
        csv_by_key = {line.key: result.csv or "" for result in report.results for line in result.lines}
        from facturas_app.services.verifactu.soap import record_key

        with self.store.write() as tx:
            for outcome, pairs in (("accepted", report.delivered), ("rejected", report.rejected)):
                for record, line in pairs:
                    row = by_record[id(record)].row
                    previous = row.submission or VerifactuSubmission(row.id)
                    tx.save_verifactu_submission(replace(
                        previous, state=outcome, aeat_status=line.status, error_code=line.error_code,
                        error_description=line.error_description, csv=csv_by_key.get(record_key(record), ""),
                        attempts=previous.attempts + 1, last_attempt_at=now,
                    ))  # fmt: skip
            if policy.last_sent_at is not None:
                tx.set_setting(SETTING_LAST_SENT, policy.last_sent_at.isoformat())
            if report.error is not None:
                tx.set_setting(SETTING_LAST_FAILED, now.isoformat())
            tx.set_setting(SETTING_WAIT, policy.wait_seconds)


def _header(first: Loaded, items: list[Loaded]) -> tuple[Any, Any]:
    from facturas_app.services.verifactu.xml import SoftwareInfo, Taxpayer

    return Taxpayer(items[-1].stored.taxpayer_name, first.row.issuer_nif), SoftwareInfo(
        **first.stored.software.__dict__
    )


def _decode_or_fail(row: VerifactuRow) -> StoredRecord:
    try:
        return decode(row.payload)
    except PayloadError as exc:
        raise VerifactuExportError(detail=str(exc), first=row.number) from exc


def _verify_chain(rows: list[VerifactuRow]) -> list[BrokenRecord]:
    """Broken records of one issuer's chain (rows in chain order)."""
    broken: list[BrokenRecord] = []
    previous: vf.ChainRecord | None = None
    for position, row in enumerate(rows, start=1):
        reason = _row_problem(row, position, previous)
        if reason:
            broken.append(BrokenRecord(row.seq, row.number, row.record_type, reason))
        try:
            previous = decode(row.payload).record
        except PayloadError:
            previous = None
    return broken


def _row_problem(row: VerifactuRow, position: int, previous: vf.ChainRecord | None) -> str:
    if row.chain_seq != position:
        return "chain_gap"
    try:
        record = decode(row.payload).record
    except PayloadError:
        return "payload_unreadable"
    columns = (row.issuer_nif, row.number, row.issue_date, row.huella, row.record_type,
               row.previous_huella)  # fmt: skip
    from_payload = (record.issuer_nif, record.number, record.issue_date, record.huella, record_type(record),
                    record.previous.huella if record.previous else "")  # fmt: skip
    if columns != from_payload:
        return "columns_mismatch"
    if vf.record_hash(record) != record.huella:
        return "hash_mismatch"
    expected_link = None if position == 1 or previous is None else previous.link
    if record.previous != expected_link or (position > 1 and previous is None):
        return "link_broken"
    return ""

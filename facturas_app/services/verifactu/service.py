"""VERI*FACTU in the app: the mode setting, the billing record written in the same transaction as
the invoice number (issue) or the cancellation, and export / verify / status / send / the QR URL.

The pure parts (hash, validation) live in domain/verifactu.py; records.py builds a record from an
invoice, sending.py sends them, chain_check.py verifies; lxml-based modules (xml.py, soap.py) are
imported inside functions so the GUI starts fast.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturas_app.domain import verifactu as vf
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice
from facturas_app.domain.parties import Business
from facturas_app.domain.verifactu_rules import mode_problems
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, check_all, write_bytes
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.chain_check import BrokenRecord, VerifyResult, verify_rows
from facturas_app.services.verifactu.corrections import cancellation_flags, resubmit_in
from facturas_app.services.verifactu.payload import decode
from facturas_app.services.verifactu.record_match import differences, numbered_invoice_facts
from facturas_app.services.verifactu.records import alta_for, anulacion_for, append_record, spanish_nif
from facturas_app.services.verifactu.resolve import VerifactuExportError, load
from facturas_app.services.verifactu.settings import (
    FILE_PATTERN,
    MODES,
    SETTING_MODE,
    SETTING_TEST_ENV,
)
from facturas_app.services.verifactu.status import PENDING_WARNING_AFTER, Attention, items_of, state_counts
from facturas_app.services.verifactu.submission import where
from facturas_app.storage.api import Store, Transaction, VerifactuRow

if TYPE_CHECKING:
    from facturas_app.services.verifactu.soap import SendReport, VerifactuClient

__all__ = ["BrokenRecord", "VerifactuService", "VerifyResult", "spanish_nif"]


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
            # "off" once a chain exists would leave the next invoices without records (verifactu_rules)
            counts = tx.count_verifactu_records()
            problems = mode_problems(mode, counts.get("alta", 0) + counts.get("anulacion", 0) > 0)
            if problems:
                raise ValidationFailed(problems)
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

    # ----- hooks (inside the issuing / cancelling transaction) ----------------------------------
    def on_issued(self, tx: Transaction, invoice: Invoice, business: Business, now: dt.datetime) -> None:
        """Write the RegistroAlta of a just-numbered invoice. Raising here rolls the number back."""
        if self._enabled(tx, business):
            append_record(tx, alta_for(tx, invoice, business, now), invoice.id, business)

    def on_cancelled(
        self, tx: Transaction, invoice: Invoice, business: Business | None, now: dt.datetime
    ) -> None:
        """Write the RegistroAnulacion of a cancelled invoice that has an alta in the chain."""
        if business is None or not self._enabled(tx, business):
            return
        rows = tx.list_verifactu_records(invoice_id=invoice.id)
        if not rows or rows[-1].record_type != "alta":
            return  # never recorded (mode was off) or already cancelled
        altas = [row for row in rows if row.record_type == "alta"]
        flags = cancellation_flags(tx, altas[-1])
        append_record(tx, anulacion_for(tx, rows[-1], now, **flags), invoice.id, business)

    def resubmit(self, number: str) -> VerifactuRow:
        """Chain the subsanación (or the corrected anulación) of invoice `number`; it is sent
        like any pending record."""
        with self.store.write() as tx:
            return resubmit_in(tx, number, self.clock.now())

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

    def attention(self) -> Attention:
        """Rejected records and records pending for over an hour (the dashboard's warning)."""
        with self.store.read() as tx:
            return Attention(*tx.verifactu_attention(self.clock.now() - PENDING_WARNING_AFTER))

    def status(self, with_items: bool = True) -> dict[str, Any]:
        with self.store.read() as tx:
            business = tx.get_business()
            counts = tx.count_verifactu_records()
            mode = str(tx.get_setting(SETTING_MODE, "auto"))
            enabled = self._enabled(tx, business)
            test_env = bool(tx.get_setting(SETTING_TEST_ENV, False))
            last = tx.last_verifactu_record(spanish_nif(business.tax_id)) if business else None
            place = where(tx)
            items = items_of(tx.list_verifactu_records()) if with_items else []
            _, stale = tx.verifactu_attention(self.clock.now() - PENDING_WARNING_AFTER)
        return {
            "mode": mode, "enabled": enabled, "test_environment": test_env,
            "records": counts.get("alta", 0) + counts.get("anulacion", 0),
            "altas": counts.get("alta", 0), "anulaciones": counts.get("anulacion", 0),
            **state_counts(counts), "pending_over_an_hour": stale,
            "last_huella": last.huella if last else None,
            "last_number": last.number if last else None,
            **place, "items": items,
        }  # fmt: skip

    # ----- verify -------------------------------------------------------------------------------
    def verify(self) -> VerifyResult:
        """Recompute every hash and link from the stored payloads, chain by chain, and hold each
        record against the invoice it describes (a falsified total keeps a valid chain)."""
        with self.store.read() as tx:
            rows = tx.list_verifactu_records()
            facts = numbered_invoice_facts(tx, self.clock.today())
        chain = verify_rows(rows)
        return replace(chain, differences=differences(rows, facts))

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

        loaded = load(self.rows())
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

    def export(self, target: Path, policy: OutputPolicy = ALLOW_OVERWRITE) -> list[Path]:
        """One FILE for ≤ 1,000 records (inside `target` when it is a folder), else numbered files
        of ≤ 1,000 in the folder `target`. Every file is checked before the first is written and
        written whole or not at all (output_files)."""
        documents = self.documents()
        if not documents:
            return []
        if len(documents) == 1 and not target.is_dir():
            write_bytes(target, documents[0], policy)
            return [target]
        policy.make_folder(target)
        paths = [target / FILE_PATTERN.format(index) for index in range(1, len(documents) + 1)]
        check_all(paths, policy)
        for path, xml in zip(paths, documents, strict=True):
            write_bytes(path, xml, policy)
        return paths

    # ----- send ---------------------------------------------------------------------------------
    def send(self, client: VerifactuClient, sleep: Callable[[float], None] = time.sleep) -> SendReport:
        from facturas_app.services.verifactu.sending import Sender

        return Sender(self.store, self.clock).send(client, sleep)

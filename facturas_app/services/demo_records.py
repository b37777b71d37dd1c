"""The demo's billing records: each sample invoice gets its VERI*FACTU record through the same hooks
a real issue and cancellation run (VerifactuService.on_issued / on_cancelled), so hashes, chain, QR
and history are real. The sample business is set to AEAT's test environment, and nothing is sent:
the records stay pending, as they would for a user who has not configured sending yet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from facturas_app.domain.invoice import Invoice, Status
from facturas_app.domain.parties import Business
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.service import VerifactuService
from facturas_app.services.verifactu.settings import SETTING_TEST_ENV
from facturas_app.storage.api import Store, Transaction, VerifactuRow

_UNSET = object()  # "not cached yet"
_MISSING = object()  # "cached: the setting is not stored"


class _CachedReads:
    """The write transaction with two reads remembered, for the demo's thousands of records in a
    row: settings (nothing changes them meanwhile) and each chain's last record (only this
    transaction appends, so it is the row appended last). Everything else, the append included,
    goes to the real transaction, and the database's trigger still checks every link."""

    def __init__(self, tx: Transaction) -> None:
        self._tx = tx
        self._settings: dict[str, Any] = {}
        self._last: dict[str, VerifactuRow | None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tx, name)

    def get_setting(self, key: str, default: Any = None) -> Any:
        value = self._settings.get(key, _UNSET)
        if value is _UNSET:
            value = self._settings[key] = self._tx.get_setting(key, _MISSING)
        return default if value is _MISSING else value

    def set_setting(self, key: str, value: Any) -> None:
        self._settings.pop(key, None)
        self._tx.set_setting(key, value)

    def last_verifactu_record(self, issuer_nif: str) -> VerifactuRow | None:
        if issuer_nif not in self._last:
            self._last[issuer_nif] = self._tx.last_verifactu_record(issuer_nif)
        return self._last[issuer_nif]

    def append_verifactu_record(self, row: VerifactuRow) -> VerifactuRow:
        stored = self._tx.append_verifactu_record(row)
        self._last[stored.issuer_nif] = stored
        return stored


def record_demo_invoices(store: Store, clock: Clock, business: Business, issued: Iterable[Invoice]) -> int:
    """Chain a record for every issued invoice, in issue order (an anulación right after the alta of
    a cancelled one); one transaction, so a failure leaves no half chain. Returns records written.

    The sample business is not real, so it is set to AEAT's test environment first: its QR points
    to the test host and nothing could ever reach production."""
    verifactu = VerifactuService(store, clock)
    now = clock.now()  # the real generation time: these records are being generated now
    with store.write() as real_tx:
        tx = cast(Transaction, _CachedReads(real_tx))
        tx.set_setting(SETTING_TEST_ENV, True)
        # Sending stays unconfigured (no SETTING_ENVIRONMENT): a fictitious business has no
        # certificate, and opening the demo must never try to reach AEAT.
        for invoice in issued:
            verifactu.on_issued(tx, invoice, business, now)
            if invoice.status is Status.CANCELLED:
                verifactu.on_cancelled(tx, invoice, business, now)
        counts = tx.count_verifactu_records()
    return counts.get("alta", 0) + counts.get("anulacion", 0)

"""Records whose fate AEAT has not told us (a send timed out, or AEAT answered "duplicate") are
settled by asking it (ConsultaFactuSistemaFacturacion), never by guessing and never by sending
blindly again: AEAT holding our very record (same huella) makes it accepted; holding another one
with the same number needs the user; holding nothing puts it back in the queue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from facturas_app.domain.errors import FacturasError
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.payload import PayloadError, StoredRecord, decode, record_type
from facturas_app.storage.api import Store, VerifactuRow, VerifactuSubmission

if TYPE_CHECKING:
    from facturas_app.services.verifactu.consulta import HeldRecord
    from facturas_app.services.verifactu.soap import LineResult, SendReport, VerifactuClient

STATE_BY_AEAT = {
    "Correcto": "accepted",
    "AceptadoConErrores": "accepted_with_errors",
    "Incorrecto": "rejected",
}
OTHER_RECORD_DESCRIPTION = "AEAT guarda otro registro con este número y fecha (huella distinta)"


class VerifactuExportError(FacturasError):
    code = "verifactu_export_failed"


@dataclass(frozen=True)
class Loaded:
    row: VerifactuRow
    stored: StoredRecord


def decode_or_fail(row: VerifactuRow) -> StoredRecord:
    try:
        return decode(row.payload)
    except PayloadError as exc:
        raise VerifactuExportError(detail=str(exc), first=row.number) from exc


def load(rows: Iterable[VerifactuRow]) -> list[Loaded]:
    return [Loaded(row, decode_or_fail(row)) for row in rows]


def state_of_line(line: LineResult) -> str:
    """The stored state for an answer line; a duplicate is in doubt until AEAT is asked."""
    return "in_doubt" if line.duplicate else STATE_BY_AEAT.get(line.status, "rejected")


def resolve_in_doubt(store: Store, clock: Clock, client: VerifactuClient, total: SendReport) -> bool:
    """Ask AEAT about every record in doubt, oldest first, and store what it says. False when AEAT
    could not be asked (the error is in `total`): those records stay in doubt."""
    from facturas_app.services.verifactu.soap import VerifactuError
    from facturas_app.services.verifactu.xml import Taxpayer

    with store.read() as tx:
        rows = tx.list_verifactu_records(state="in_doubt")
    for item in load(rows):
        try:
            held = client.consult(Taxpayer(item.stored.taxpayer_name, item.row.issuer_nif), item.row.number,
                                  item.row.issue_date)  # fmt: skip
        except VerifactuError as exc:
            total.error = exc
            return False
        _settle(store, clock, item, held, total)
    return True


def _settle(store: Store, clock: Clock, item: Loaded, held: HeldRecord | None, total: SendReport) -> None:
    state, code, text = verdict(item.row, held)
    line = _line(item, state, code, text)
    if state == "pending":
        total.remaining.append(item.stored.record)
    else:
        (total.rejected if state == "rejected" else total.delivered).append((item.stored.record, line))
    previous = item.row.submission or VerifactuSubmission(item.row.id)
    with store.write() as tx:
        tx.save_verifactu_submission(replace(
            previous, state=state, aeat_status=line.status, error_code=code, error_description=text,
            last_attempt_at=clock.now(),
        ))  # fmt: skip


def verdict(row: VerifactuRow, held: HeldRecord | None) -> tuple[str, int | None, str]:
    """(state, code, text) of one record from what AEAT holds for its invoice."""
    if row.record_type == "anulacion":
        return (
            ("accepted", None, "") if held is not None and held.state == "Anulado" else ("pending", None, "")
        )
    if held is None:
        return "pending", None, ""
    if held.huella != row.huella:
        return "rejected", None, OTHER_RECORD_DESCRIPTION
    if held.state == "AceptadoConErrores":
        return "accepted_with_errors", held.error_code, held.error_description
    return "accepted", None, ""


def _line(item: Loaded, state: str, code: int | None, text: str) -> LineResult:
    from facturas_app.services.verifactu.soap import LineResult, record_key

    status = {"accepted": "Correcto", "accepted_with_errors": "AceptadoConErrores"}.get(state, "Incorrecto")
    return LineResult(record_key(item.stored.record), status if state != "pending" else "", code, text)


__all__ = ["Loaded", "load", "record_type", "resolve_in_doubt", "state_of_line", "verdict"]

"""VERI*FACTU billing records: the chained SHA-256 "huella", the QR URL and the builders (SPAIN.md).

Pure: no I/O, no clock. The invoicing core passes facts and the generation time in; this module
returns immutable records whose hash already covers them, so a record is never half-built. The
values live in verifactu_values and the validation in verifactu_checks; both are re-exported here,
so `from facturas_app.domain import verifactu as vf` stays the one import of the record model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from urllib.parse import quote

from facturas_app.domain import totals
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.verifactu_checks import alta_problems, common_problems, validate_numserie
from facturas_app.domain.verifactu_rules import regime_for
from facturas_app.domain.verifactu_values import (
    EXEMPTIONS,
    FORBIDDEN_NUMSERIE_CHARS,
    FOREIGN_ID_TYPES,
    INVOICE_TYPES,
    MAX_AMOUNT,
    MAX_BREAKDOWN_GROUPS,
    MAX_NUMSERIE,
    NO_RECIPIENT_TYPES,
    NOT_SUBJECT_QUALIFICATIONS,
    OPERATIONS,
    QR_BASE,
    QR_BASE_TEST,
    RECTIFICATION_KINDS,
    RECTIFYING_TYPES,
    SPAIN_ZONES,
    SUBJECT_QUALIFICATIONS,
    AltaRecord,
    AnulacionRecord,
    BreakdownDetail,
    ChainLink,
    ChainRecord,
    ForeignId,
    InvoiceRef,
    Recipient,
    RectificationAmounts,
    amount_text,
    date_text,
    format_generation_time,
    rate_text,
)

__all__ = [
    "EXEMPTIONS", "FORBIDDEN_NUMSERIE_CHARS", "FOREIGN_ID_TYPES", "INVOICE_TYPES", "MAX_AMOUNT",
    "MAX_BREAKDOWN_GROUPS", "MAX_NUMSERIE", "NOT_SUBJECT_QUALIFICATIONS", "NO_RECIPIENT_TYPES",
    "OPERATIONS", "QR_BASE", "QR_BASE_TEST", "RECTIFICATION_KINDS", "RECTIFYING_TYPES", "SPAIN_ZONES",
    "SUBJECT_QUALIFICATIONS", "AltaRecord", "AnulacionRecord", "BreakdownDetail", "ChainLink",
    "ChainRecord", "ForeignId", "InvoiceRef", "Recipient", "RectificationAmounts", "alta_hash",
    "alta_hash_input", "amount_text", "anulacion_hash", "anulacion_hash_input", "breakdown_from_totals",
    "build_alta", "build_anulacion", "date_text", "format_generation_time", "qr_url", "rate_text",
    "record_hash", "validate_numserie", "verify_chain",
]  # fmt: skip


def breakdown_from_totals(groups: Iterable[totals.TaxGroup]) -> tuple[BreakdownDetail, ...]:
    """The Desglose of an invoice from the money engine's own groups: same grouping, same rounding,
    so the record can never state a total the invoice does not."""
    return tuple(_detail_from_group(group) for group in groups)


def _detail_from_group(group: totals.TaxGroup) -> BreakdownDetail:
    # The engine marks S2, N1/N2 and E1..E6 in `exemption`; no mark means a normal taxed line (S1).
    if group.exemption:
        return BreakdownDetail(group.exemption, base=group.base, regime=regime_for(group.exemption))
    if not group.surcharge_rate:
        return BreakdownDetail("S1", base=group.base, rate=group.vat_rate, tax=group.vat)
    return BreakdownDetail(
        "S1", base=group.base, rate=group.vat_rate, tax=group.vat,
        surcharge_rate=group.surcharge_rate, surcharge=group.surcharge,
    )  # fmt: skip


# --- hashes --------------------------------------------------------------------------------------


def _join_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    # Values are trimmed but never escaped: the spec hashes the raw text.
    return "&".join(f"{name}={value.strip()}" for name, value in pairs)


def _sha256_upper(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest().upper()


def alta_hash_input(
    issuer_nif: str,
    number: str,
    issue_date: dt.date,
    invoice_type: str,
    cuota_total: Decimal,
    importe_total: Decimal,
    previous_huella: str,
    generation_time: str,
) -> str:
    """The exact text hashed for a RegistroAlta (hash spec, fixed field order)."""
    return _join_pairs(
        [
            ("IDEmisorFactura", issuer_nif),
            ("NumSerieFactura", number),
            ("FechaExpedicionFactura", date_text(issue_date)),
            ("TipoFactura", invoice_type),
            ("CuotaTotal", amount_text(cuota_total)),
            ("ImporteTotal", amount_text(importe_total)),
            ("Huella", previous_huella),
            ("FechaHoraHusoGenRegistro", generation_time),
        ]
    )


def alta_hash(
    issuer_nif: str,
    number: str,
    issue_date: dt.date,
    invoice_type: str,
    cuota_total: Decimal,
    importe_total: Decimal,
    previous_huella: str,
    generation_time: str,
) -> str:
    """SHA-256, 64 uppercase hex characters, of `alta_hash_input`."""
    text = alta_hash_input(
        issuer_nif, number, issue_date, invoice_type, cuota_total, importe_total, previous_huella,
        generation_time,
    )  # fmt: skip
    return _sha256_upper(text)


def anulacion_hash_input(
    issuer_nif: str, number: str, issue_date: dt.date, previous_huella: str, generation_time: str
) -> str:
    """The exact text hashed for a RegistroAnulacion."""
    return _join_pairs(
        [
            ("IDEmisorFacturaAnulada", issuer_nif),
            ("NumSerieFacturaAnulada", number),
            ("FechaExpedicionFacturaAnulada", date_text(issue_date)),
            ("Huella", previous_huella),
            ("FechaHoraHusoGenRegistro", generation_time),
        ]
    )


def anulacion_hash(
    issuer_nif: str, number: str, issue_date: dt.date, previous_huella: str, generation_time: str
) -> str:
    return _sha256_upper(
        anulacion_hash_input(issuer_nif, number, issue_date, previous_huella, generation_time)
    )


def record_hash(record: ChainRecord) -> str:
    """Recompute a record's huella from its own fields (used to build and to verify)."""
    previous = record.previous.huella if record.previous else ""
    if isinstance(record, AnulacionRecord):
        return anulacion_hash(
            record.issuer_nif, record.number, record.issue_date, previous, record.generation_time
        )
    return alta_hash(
        record.issuer_nif, record.number, record.issue_date, record.invoice_type, record.cuota_total,
        record.importe_total, previous, record.generation_time,
    )  # fmt: skip


def verify_chain(records: Sequence[ChainRecord]) -> list[int]:
    """Indexes of records whose huella does not match their data or whose link to the one before
    is wrong. The first record's own link is only checked when it claims to be the first."""
    broken: list[int] = []
    for index, record in enumerate(records):
        link_ok = index == 0 or record.previous == records[index - 1].link
        if not link_ok or record_hash(record) != record.huella:
            broken.append(index)
    return broken


# --- QR ------------------------------------------------------------------------------------------


def qr_url(nif: str, numserie: str, issue_date: dt.date, importe: Decimal, test_env: bool = False) -> str:
    """The VERI*FACTU QR content: nif, numserie, fecha, importe in that order, UTF-8 percent-encoded."""
    params = [
        ("nif", nif.strip()),
        ("numserie", numserie.strip()),
        ("fecha", date_text(issue_date)),
        ("importe", amount_text(importe)),
    ]
    query = "&".join(f"{name}={quote(value, safe='', encoding='utf-8')}" for name, value in params)
    return f"{QR_BASE_TEST if test_env else QR_BASE}?{query}"


# --- building the chain --------------------------------------------------------------------------


def _link_of(previous: ChainRecord | ChainLink | None) -> ChainLink | None:
    return previous.link if isinstance(previous, AltaRecord | AnulacionRecord) else previous


def build_alta(
    *,
    issuer_nif: str,
    issuer_name: str,
    number: str,
    issue_date: dt.date,
    invoice_type: str,
    description: str,
    breakdown: Sequence[BreakdownDetail],
    cuota_total: Decimal,
    importe_total: Decimal,
    previous: ChainRecord | ChainLink | None,
    generated_at: dt.datetime,
    recipients: Sequence[Recipient] = (),
    rectification_kind: str | None = None,
    rectified: Sequence[InvoiceRef] = (),
    rectification_amounts: RectificationAmounts | None = None,
    operation_date: dt.date | None = None,
    time_zone: str = "Europe/Madrid",
    subsanacion: bool = False,
    rechazo_previo: str | None = None,
) -> AltaRecord:
    """The next RegistroAlta of the issuer's chain, hashed. Raises ValidationFailed listing every
    problem, so bad input never produces a record that would have to be cancelled later."""
    draft = AltaRecord(
        issuer_nif=issuer_nif, issuer_name=issuer_name, number=number, issue_date=issue_date,
        invoice_type=invoice_type, description=description, breakdown=tuple(breakdown),
        cuota_total=cuota_total, importe_total=importe_total, previous=_link_of(previous),
        generated_at=_whole_seconds(generated_at), huella="", recipients=tuple(recipients),
        rectification_kind=rectification_kind, rectified=tuple(rectified),
        rectification_amounts=rectification_amounts, operation_date=operation_date, time_zone=time_zone,
        subsanacion=subsanacion, rechazo_previo=rechazo_previo,
    )  # fmt: skip
    problems = alta_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    return dataclasses.replace(draft, huella=record_hash(draft))


def build_anulacion(
    *,
    cancelled: InvoiceRef,
    previous: ChainRecord | ChainLink | None,
    generated_at: dt.datetime,
    time_zone: str = "Europe/Madrid",
    rechazo_previo: bool = False,
) -> AnulacionRecord:
    """The RegistroAnulacion cancelling `cancelled`, chained after `previous`."""
    draft = AnulacionRecord(
        issuer_nif=cancelled.issuer_nif, number=cancelled.number, issue_date=cancelled.issue_date,
        previous=_link_of(previous), generated_at=_whole_seconds(generated_at), huella="",
        time_zone=time_zone, rechazo_previo=rechazo_previo,
    )  # fmt: skip
    problems = common_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    return dataclasses.replace(draft, huella=record_hash(draft))


def _whole_seconds(moment: dt.datetime) -> dt.datetime:
    # The hash sees whole seconds; storing the same value keeps record and text identical.
    return moment.replace(microsecond=0)

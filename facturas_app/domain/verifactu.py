"""VERI*FACTU billing records: values, the chained SHA-256 "huella", the QR URL (SPAIN.md).

Pure: no I/O, no clock. The invoicing core passes facts and the generation time in; this module
returns immutable records whose hash already covers them, so a record is never half-built.

Amount text: every amount is written with a dot and exactly two decimals ("241.40") in the XML,
in the hash input and in the QR URL. SPAIN.md asks for "a dot and two decimals, exactly as written
in the XML"; AEAT's hash example (`CuotaTotal=12.35`) fits that, and its QR example (`importe=241.4`)
only shows that AEAT reads the amount as a number. One text everywhere means the hash, the XML
and the printed QR can never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote
from zoneinfo import ZoneInfo

from facturas_app.domain import totals
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.money import money_text, round_money

INVOICE_TYPES = frozenset({"F1", "F2", "F3", "R1", "R2", "R3", "R4", "R5"})
RECTIFYING_TYPES = frozenset({"R1", "R2", "R3", "R4", "R5"})
# Simplified invoices (and their rectifications) identify no recipient; the others must.
NO_RECIPIENT_TYPES = frozenset({"F2", "R5"})
RECTIFICATION_KINDS = frozenset({"S", "I"})  # S substitution, I differences
SUBJECT_QUALIFICATIONS = frozenset({"S1", "S2"})
NOT_SUBJECT_QUALIFICATIONS = frozenset({"N1", "N2"})
EXEMPTIONS = frozenset({"E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"})
OPERATIONS = SUBJECT_QUALIFICATIONS | NOT_SUBJECT_QUALIFICATIONS | EXEMPTIONS
FOREIGN_ID_TYPES = frozenset({"02", "03", "04", "05", "06", "07"})
SPAIN_ZONES = frozenset({"Europe/Madrid", "Atlantic/Canary"})
MAX_NUMSERIE = 60
MAX_BREAKDOWN_GROUPS = 12
MAX_AMOUNT = Decimal("999999999999.99")  # ImporteSgn12.2Type: 12 integer digits
FORBIDDEN_NUMSERIE_CHARS = frozenset("\"'<>=")
QR_BASE = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR"
QR_BASE_TEST = "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR"


@dataclass(frozen=True)
class InvoiceRef:
    """An invoice as AEAT identifies it: issuer NIF, NumSerieFactura, issue date."""

    issuer_nif: str
    number: str
    issue_date: dt.date


@dataclass(frozen=True)
class ChainLink:
    """Encadenamiento/RegistroAnterior: the previous record of the same issuer and its huella."""

    issuer_nif: str
    number: str
    issue_date: dt.date
    huella: str


@dataclass(frozen=True)
class ForeignId:
    """IDOtro: a non-Spanish tax id. id_type 02 NIF-IVA, 03 passport, 04 official id, 05 residence..."""

    id_type: str
    value: str
    country: str | None = None


@dataclass(frozen=True)
class Recipient:
    """IDDestinatario: name plus either a Spanish NIF or a foreign id."""

    name: str
    nif: str | None = None
    foreign_id: ForeignId | None = None


@dataclass(frozen=True)
class BreakdownDetail:
    """One DetalleDesglose, the same group the invoice totals are rounded in.

    `operation` is CalificacionOperacion (S1, S2, N1, N2) or OperacionExenta (E1..E8).
    S1 needs rate and tax; S2 (reverse charge) writes rate 0 and tax 0; N* and E* carry neither.
    """

    operation: str
    base: Decimal
    rate: Decimal | None = None
    tax: Decimal | None = None
    surcharge_rate: Decimal | None = None
    surcharge: Decimal | None = None
    tax_code: str = "01"  # Impuesto: 01 IVA
    regime: str = "01"  # ClaveRegimen: 01 general regime


def breakdown_from_totals(groups: Iterable[totals.TaxGroup]) -> tuple[BreakdownDetail, ...]:
    """The Desglose of an invoice from the money engine's own groups: same grouping, same rounding,
    so the record can never state a total the invoice does not."""
    return tuple(_detail_from_group(group) for group in groups)


def _detail_from_group(group: totals.TaxGroup) -> BreakdownDetail:
    # The engine marks S2, N1/N2 and E1..E6 in `exemption`; no mark means a normal taxed line (S1).
    if group.exemption:
        return BreakdownDetail(group.exemption, base=group.base)
    if not group.surcharge_rate:
        return BreakdownDetail("S1", base=group.base, rate=group.vat_rate, tax=group.vat)
    return BreakdownDetail(
        "S1", base=group.base, rate=group.vat_rate, tax=group.vat,
        surcharge_rate=group.surcharge_rate, surcharge=group.surcharge,
    )  # fmt: skip


@dataclass(frozen=True)
class RectificationAmounts:
    """ImporteRectificacion: the amounts of the rectified invoice(s), for substitution (S)."""

    base: Decimal
    tax: Decimal
    surcharge: Decimal | None = None


@dataclass(frozen=True)
class AltaRecord:
    """RegistroAlta: one issued invoice. `huella` covers the fields the hash spec lists."""

    issuer_nif: str
    issuer_name: str
    number: str
    issue_date: dt.date
    invoice_type: str
    description: str
    breakdown: tuple[BreakdownDetail, ...]
    cuota_total: Decimal
    importe_total: Decimal
    previous: ChainLink | None
    generated_at: dt.datetime
    huella: str
    recipients: tuple[Recipient, ...] = ()
    rectification_kind: str | None = None
    rectified: tuple[InvoiceRef, ...] = ()
    rectification_amounts: RectificationAmounts | None = None
    operation_date: dt.date | None = None
    time_zone: str = "Europe/Madrid"
    # A subsanación re-states an invoice AEAT rejected or accepted with errors (Subsanacion=S);
    # rechazo_previo is RechazoPrevio: "S" when AEAT rejected the earlier alta, None otherwise.
    subsanacion: bool = False
    rechazo_previo: str | None = None

    @property
    def generation_time(self) -> str:
        return format_generation_time(self.generated_at, self.time_zone)

    @property
    def link(self) -> ChainLink:
        """What the next record of this issuer puts in its RegistroAnterior."""
        return ChainLink(self.issuer_nif, self.number, self.issue_date, self.huella)


@dataclass(frozen=True)
class AnulacionRecord:
    """RegistroAnulacion: the cancellation of an invoice already recorded with an alta."""

    issuer_nif: str
    number: str
    issue_date: dt.date
    previous: ChainLink | None
    generated_at: dt.datetime
    huella: str
    time_zone: str = "Europe/Madrid"
    rechazo_previo: bool = False  # RechazoPrevio=S: the alta it cancels was rejected by AEAT

    @property
    def generation_time(self) -> str:
        return format_generation_time(self.generated_at, self.time_zone)

    @property
    def link(self) -> ChainLink:
        return ChainLink(self.issuer_nif, self.number, self.issue_date, self.huella)


ChainRecord = AltaRecord | AnulacionRecord


# --- text forms shared by the hash, the XML and the QR -------------------------------------------


def amount_text(value: Decimal) -> str:
    """'123.45', '-3.00', '241.40': the one text of an amount in XML, hash and QR."""
    # Decimal keeps the sign of zero; '-0.00' would be a second text for the same amount.
    return money_text(abs(value) if value == 0 else value)


def rate_text(value: Decimal) -> str:
    """Tipo2.2Type: '21.00', '5.20'."""
    return str(value.quantize(Decimal("0.01")))


def date_text(value: dt.date) -> str:
    """AEAT dates are DD-MM-YYYY."""
    return value.strftime("%d-%m-%Y")


def format_generation_time(moment: dt.datetime, zone: str = "Europe/Madrid") -> str:
    """FechaHoraHusoGenRegistro: local time in Spain's zone, whole seconds, with offset."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("generation time must be an aware datetime")
    local = moment.astimezone(ZoneInfo(zone)).replace(microsecond=0)
    return local.isoformat()


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


# --- validation ----------------------------------------------------------------------------------


def validate_numserie(text: str, field: str = "number") -> list[Problem]:
    """NumSerieFactura rules: 1-60 characters, printable ASCII, none of " ' < > =."""
    if not text:
        return [Problem(field, "numserie_empty")]
    problems: list[Problem] = []
    if len(text) > MAX_NUMSERIE:
        problems.append(Problem(field, "numserie_too_long", {"max": MAX_NUMSERIE, "length": len(text)}))
    bad = sorted({ch for ch in text if not 32 <= ord(ch) <= 126 or ch in FORBIDDEN_NUMSERIE_CHARS})
    if bad:
        problems.append(Problem(field, "numserie_bad_characters", {"characters": "".join(bad)}))
    if text != text.strip():
        # The hash trims values and the XML would not: refuse rather than let them differ.
        problems.append(Problem(field, "numserie_untrimmed"))
    return problems


def _nif_problems(value: str, field: str) -> list[Problem]:
    return [] if len(value) == 9 and value == value.strip() else [Problem(field, "nif_length", {"length": 9})]


def _text_problems(value: str, field: str, maximum: int) -> list[Problem]:
    if not value.strip():
        return [Problem(field, "required")]
    if len(value) > maximum:
        return [Problem(field, "too_long", {"max": maximum, "length": len(value)})]
    return []


def _amount_problems(value: Decimal | None, field: str) -> list[Problem]:
    if value is None:
        return []
    if value != round_money(value):
        return [Problem(field, "amount_not_in_cents", {"value": str(value)})]
    if abs(value) > MAX_AMOUNT:
        return [Problem(field, "amount_too_large", {"value": str(value)})]
    return []


def _rate_problems(value: Decimal | None, field: str) -> list[Problem]:
    if value is None:
        return []
    if value < 0 or value >= 1000 or value != value.quantize(Decimal("0.01")):
        return [Problem(field, "rate_invalid", {"value": str(value)})]
    return []


def _group_problems(group: BreakdownDetail, field: str) -> list[Problem]:
    if group.operation not in OPERATIONS:
        return [Problem(field, "operation_unknown", {"operation": group.operation})]
    problems = _amount_problems(group.base, f"{field}.base") + _amount_problems(group.tax, f"{field}.tax")
    problems += _amount_problems(group.surcharge, f"{field}.surcharge")
    problems += _rate_problems(group.rate, f"{field}.rate")
    problems += _rate_problems(group.surcharge_rate, f"{field}.surcharge_rate")
    if (group.surcharge_rate is None) != (group.surcharge is None):
        problems.append(Problem(field, "surcharge_incomplete"))
    carries_tax = any(v is not None for v in (group.rate, group.tax, group.surcharge))
    if group.operation == "S1" and (group.rate is None or group.tax is None):
        problems.append(Problem(field, "rate_and_tax_required"))
    elif group.operation == "S2" and any(v for v in (group.rate, group.tax, group.surcharge) if v):
        problems.append(Problem(field, "reverse_charge_carries_tax"))
    elif group.operation not in SUBJECT_QUALIFICATIONS and carries_tax:
        problems.append(Problem(field, "exempt_or_not_subject_carries_tax"))
    return problems


def _breakdown_problems(record: AltaRecord) -> list[Problem]:
    count = len(record.breakdown)
    if not 1 <= count <= MAX_BREAKDOWN_GROUPS:
        return [Problem("breakdown", "breakdown_count", {"count": count, "max": MAX_BREAKDOWN_GROUPS})]
    problems: list[Problem] = []
    for index, group in enumerate(record.breakdown):
        problems += _group_problems(group, f"breakdown[{index}]")
    if problems:
        return problems
    # The core owns the totals; this only proves the record is coherent with its own breakdown.
    zero = Decimal(0)
    cuota = sum(((g.tax or zero) + (g.surcharge or zero) for g in record.breakdown), zero)
    bases = sum((g.base for g in record.breakdown), zero)
    if record.cuota_total != cuota:
        problems.append(Problem("cuota_total", "total_mismatch", {"expected": amount_text(cuota)}))
    if record.importe_total != bases + cuota:
        expected = amount_text(bases + cuota)
        problems.append(Problem("importe_total", "total_mismatch", {"expected": expected}))
    return problems


def _recipient_problems(record: AltaRecord) -> list[Problem]:
    if record.invoice_type in NO_RECIPIENT_TYPES:
        return [Problem("recipients", "recipients_not_allowed")] if record.recipients else []
    if not record.recipients:
        return [Problem("recipients", "recipient_required")]
    problems: list[Problem] = []
    for index, who in enumerate(record.recipients):
        field = f"recipients[{index}]"
        problems += _text_problems(who.name, f"{field}.name", 120)
        if (who.nif is None) == (who.foreign_id is None):
            problems.append(Problem(field, "nif_or_foreign_id"))
        elif who.nif is not None:
            problems += _nif_problems(who.nif, f"{field}.nif")
        elif who.foreign_id is not None:
            problems += _foreign_id_problems(who.foreign_id, f"{field}.foreign_id")
    return problems


def _foreign_id_problems(foreign: ForeignId, field: str) -> list[Problem]:
    problems = _text_problems(foreign.value, f"{field}.value", 20)
    if foreign.id_type not in FOREIGN_ID_TYPES:
        problems.append(Problem(field, "id_type_unknown", {"id_type": foreign.id_type}))
    if foreign.country is not None and not (len(foreign.country) == 2 and foreign.country.isupper()):
        problems.append(Problem(field, "country_code", {"country": foreign.country}))
    return problems


def _rectification_problems(record: AltaRecord) -> list[Problem]:
    if record.invoice_type not in RECTIFYING_TYPES:
        extra = record.rectification_kind or record.rectified or record.rectification_amounts
        return [Problem("rectification", "not_a_rectifying_invoice")] if extra else []
    problems: list[Problem] = []
    if record.rectification_kind not in RECTIFICATION_KINDS:
        problems.append(Problem("rectification_kind", "required", {"allowed": "S, I"}))
    if not record.rectified:
        problems.append(Problem("rectified", "required"))
    for index, ref in enumerate(record.rectified):
        problems += validate_numserie(ref.number, f"rectified[{index}].number")
        problems += _nif_problems(ref.issuer_nif, f"rectified[{index}].issuer_nif")
    amounts = record.rectification_amounts
    if record.rectification_kind == "S" and amounts is None:
        problems.append(Problem("rectification_amounts", "required"))
    if record.rectification_kind == "I" and amounts is not None:
        problems.append(Problem("rectification_amounts", "only_for_substitution"))
    if amounts is not None:
        for name in ("base", "tax", "surcharge"):
            problems += _amount_problems(getattr(amounts, name), f"rectification_amounts.{name}")
    return problems


def _common_problems(record: ChainRecord) -> list[Problem]:
    problems = _nif_problems(record.issuer_nif, "issuer_nif") + validate_numserie(record.number)
    if record.time_zone not in SPAIN_ZONES:
        problems.append(Problem("time_zone", "unsupported_time_zone", {"zone": record.time_zone}))
    if record.generated_at.tzinfo is None or record.generated_at.utcoffset() is None:
        problems.append(Problem("generated_at", "naive_datetime"))
    if record.previous is not None and record.previous.issuer_nif != record.issuer_nif:
        # One chain per issuer NIF (SPAIN.md): linking to another issuer's record is a bug upstream.
        problems.append(Problem("previous", "chain_other_issuer"))
    return problems


def _alta_problems(record: AltaRecord) -> list[Problem]:
    problems = _common_problems(record) + _text_problems(record.issuer_name, "issuer_name", 120)
    problems += _text_problems(record.description, "description", 500)
    if record.invoice_type not in INVOICE_TYPES:
        problems.append(Problem("invoice_type", "invoice_type_unknown", {"value": record.invoice_type}))
    problems += _amount_problems(record.cuota_total, "cuota_total")
    problems += _amount_problems(record.importe_total, "importe_total")
    return (
        problems + _breakdown_problems(record) + _recipient_problems(record) + _rectification_problems(record)
    )


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
    problems = _alta_problems(draft)
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
    problems = _common_problems(draft)
    if problems:
        raise ValidationFailed(problems)
    return dataclasses.replace(draft, huella=record_hash(draft))


def _whole_seconds(moment: dt.datetime) -> dt.datetime:
    # The hash sees whole seconds; storing the same value keeps record and text identical.
    return moment.replace(microsecond=0)

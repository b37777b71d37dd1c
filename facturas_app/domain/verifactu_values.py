"""VERI*FACTU record values: the constants, the immutable records and their text forms.

Amount text: every amount is written with a dot and exactly two decimals ("241.40") in the XML,
in the hash input and in the QR URL. SPAIN.md asks for "a dot and two decimals, exactly as written
in the XML"; AEAT's hash example (`CuotaTotal=12.35`) fits that, and its QR example (`importe=241.4`)
only shows that AEAT reads the amount as a number. One text everywhere means the hash, the XML
and the printed QR can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from facturas_app.domain.money import money_text

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

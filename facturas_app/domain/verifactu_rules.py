"""AEAT's VERI*FACTU record rules that a taxpayer can break by what they type, in one table.

Each rule names AEAT's error code, numbered as in AEAT's list of validations and errors for
VERI*FACTU (the `errores.properties` of the TIKE service, v1.0). The codes were checked against
several published copies of that list; the texts quoted in `aeat_text` are AEAT's own wording,
shortened. A rule AEAT has no code for says `aeat=None` and why it exists.

`action` says what the app does when the typed data breaks the rule:
- REFUSE: the screen and the service refuse it, naming the field (a record AEAT rejects cannot be
  taken back: it would have to be cancelled and issued again under a new number);
- REWRITE: the invoice keeps what the user typed and only the billing record is written in a form
  AEAT accepts (the rule cannot be broken by the user at all).

The same functions serve the dialogs (live, as the user types), the services (CLI and GUI alike)
and the record checks in verifactu_checks (the last guard before a record is hashed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from facturas_app.domain.errors import Problem
from facturas_app.domain.invoice import Invoice, Kind

if TYPE_CHECKING:  # parties checks names with this module's rules: no import at run time
    from facturas_app.domain.parties import Business, Client


class Action(StrEnum):
    REFUSE = "refuse"
    REWRITE = "rewrite"


@dataclass(frozen=True)
class Rule:
    """One AEAT validation: our problem code (messages.py has its words), AEAT's code and field."""

    code: str
    aeat: int | None
    aeat_field: str
    action: Action
    checked_in: tuple[str, ...]
    aeat_text: str


NAME_SCREENS = ("client dialog", "client add/update", "invoice issue", "record")
ISSUER_SCREENS = ("business wizard", "business settings", "business setup", "invoice issue", "record")
EDITOR = ("invoice editor", "invoice issue", "record")

RULES: tuple[Rule, ...] = (
    # Issuer name: refused, not rewritten — the name travels with the NIF and AEAT matches the
    # pair against its census, whose spelling never holds these characters; typed once, in setup.
    Rule("verifactu_issuer_name_characters", 1287, "ObligadoEmision/NombreRazon", Action.REFUSE,
         ISSUER_SCREENS, "El valor del campo %s contiene caracteres no válidos (<, >, \", ', =)."),
    # Client names: < > = are never part of a name (a typo or pasted markup), so they are refused.
    Rule("verifactu_recipient_name_characters", 1287, "Destinatarios/IDDestinatario/NombreRazon",
         Action.REFUSE, NAME_SCREENS, "El valor del campo %s contiene caracteres no válidos."),
    # ... but ' and " are part of real names («Société Générale d'Études», «"La Estrella" SL»):
    # the invoice and its PDF keep them, the record gets the typographic ’ “ ” AEAT accepts.
    Rule("verifactu_recipient_name_quotes", 1287, "Destinatarios/IDDestinatario/NombreRazon",
         Action.REWRITE, ("record",), "El valor del campo %s contiene caracteres no válidos."),
    Rule("numserie_bad_characters", 1130, "IDFactura/NumSerieFactura", Action.REFUSE,
         ("business settings (series)", "invoice issue", "record"),
         "El campo NumSerieFactura contiene caracteres no permitidos."),
    # Exports (E2 art. 21, E3 art. 22 Ley 37/1992) go with ClaveRegimen 02; everything else the
    # app writes is the general regime 01. The app chooses the key: the user cannot break it.
    Rule("verifactu_export_regime", 1199, "Desglose/DetalleDesglose/ClaveRegimen", Action.REWRITE,
         ("record",), "Si Impuesto es 01 y ClaveRegimen es 01 no pueden marcarse E2, E3."),
    Rule("verifactu_regime_02_only_exempt", 1286, "Desglose/DetalleDesglose/ClaveRegimen",
         Action.REWRITE, ("record",), "Si ClaveRegimen es 02 solo se podrá informar OperacionExenta."),
    # An intra-EU supply (E5) goes to a buyer identified by an EU VAT number (IDOtro), never a NIF.
    Rule("verifactu_intra_eu_needs_foreign_client", 1289, "Destinatarios/IDDestinatario/IDOtro",
         Action.REFUSE, EDITOR, "Si OperacionExenta es E5 sólo deberá existir la agrupación IDOtro."),
    Rule("verifactu_reverse_charge_simplified", 1197, "TipoFactura", Action.REFUSE, EDITOR,
         "Si CalificacionOperacion es S2 TipoFactura solo puede ser F1, F3, R1, R2, R3 y R4."),
    Rule("verifactu_simplified_over_limit", 1150, "TipoFactura", Action.REFUSE, EDITOR,
         "Si TipoFactura es F2 la suma de bases y cuotas no podrá ser superior a 3.000."),
    # ClaveRegimen 14/15 (public works, successive supplies) would allow both; the app has neither.
    Rule("verifactu_operation_after_issue", 1146, "FechaOperacion", Action.REFUSE, EDITOR,
         "Sólo se permite la fecha de expedición anterior a la fecha de operación con ClaveRegimen 14 o 15."),
    Rule("verifactu_operation_in_future", 1173, "FechaOperacion", Action.REFUSE, EDITOR,
         "Sólo se permite la fecha de operación superior a la actual con ClaveRegimen 14 o 15."),
    # The record's own generation day is AEAT's "fecha actual": an issue date after it is refused.
    Rule("issue_date_in_future", 1112, "FechaExpedicionFactura", Action.REFUSE, EDITOR,
         "El campo FechaExpedicionFactura es superior a la fecha actual."),
    # No AEAT code: AEAT cannot see a chain stop. RD 1007/2023 art. 7-8 make a chain, once begun,
    # the system's record of every invoice; switching VERI*FACTU off mid-chain leaves invoices
    # without records, so the mode is chosen before the first record and not changed after it.
    Rule("verifactu_mode_off_after_records", None, "(none: the app's own rule)", Action.REFUSE,
         ("verifactu mode",), ""),
)  # fmt: skip

RULE_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
FORBIDDEN_NAME_CHARS = "<>\"'="
QUOTE_CHARS = "\"'"
SIMPLIFIED_LIMIT = Decimal("3000.00")  # 1150: Σ BaseImponibleOimporteNoSujeto + CuotaRepercutida
EXPORT_EXEMPTIONS = frozenset({"E2", "E3"})
INTRA_EU_EXEMPTION = "E5"
SIMPLIFIED_TYPES = frozenset({"F2", "R5"})


def problem(code: str, field: str, **params: object) -> Problem:
    """A Problem for a rule of the table, carrying AEAT's code so the words can show it."""
    aeat = RULE_BY_CODE[code].aeat
    return Problem(field, code, {**params, "aeat": aeat if aeat is not None else ""})


# --- names ---------------------------------------------------------------------------------------


def _found(text: str, characters: str) -> str:
    # Each one in «» so a lone ' or " stays visible in the message.
    return " ".join(f"«{ch}»" for ch in characters if ch in text)


def issuer_name_problems(name: str, field: str = "name") -> list[Problem]:
    """1287 on the issuer's NombreRazon: every forbidden character is refused."""
    found = _found(name, FORBIDDEN_NAME_CHARS)
    return [problem("verifactu_issuer_name_characters", field, characters=found)] if found else []


def recipient_name_problems(name: str, field: str = "name") -> list[Problem]:
    """1287 on a client's NombreRazon: < > = refused; quotes are rewritten by `record_name`."""
    refused = "".join(ch for ch in FORBIDDEN_NAME_CHARS if ch not in QUOTE_CHARS)
    found = _found(name, refused)
    return [problem("verifactu_recipient_name_characters", field, characters=found)] if found else []


def record_name_problems(name: str, field: str) -> list[Problem]:
    """1287 on a name as the record writes it (after `record_name`): no forbidden character left."""
    found = _found(name, FORBIDDEN_NAME_CHARS)
    if not found:
        return []
    only_quotes = all(ch in QUOTE_CHARS for ch in FORBIDDEN_NAME_CHARS if ch in name)
    code = "verifactu_recipient_name_quotes" if only_quotes else "verifactu_recipient_name_characters"
    return [problem(code, field, characters=found)]


def record_name(name: str) -> str:
    """The name as the record writes it: ' → ’ and " → “ or ” (opening after a space or at the
    start), the typographic marks the same name is printed with; nothing else changes."""
    out: list[str] = []
    for index, ch in enumerate(name):
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            opening = index == 0 or name[index - 1].isspace() or name[index - 1] in "([«"
            out.append("\u201c" if opening else "\u201d")
        else:
            out.append(ch)
    return "".join(out)


# --- regime and operations -----------------------------------------------------------------------


def regime_for(operation: str) -> str:
    """ClaveRegimen of a breakdown group: 02 for exports (1199), 01 (general) otherwise."""
    return "02" if operation in EXPORT_EXEMPTIONS else "01"


def regime_problems(operation: str, regime: str, field: str) -> list[Problem]:
    """1199 (E2/E3 with 01) and 1286 (02 with anything but an exemption), for IVA groups."""
    if regime == "01" and operation in EXPORT_EXEMPTIONS:
        return [problem("verifactu_export_regime", field, operation=operation)]
    if regime == "02" and not operation.startswith("E"):
        return [problem("verifactu_regime_02_only_exempt", field, operation=operation)]
    return []


def intra_eu_problems(operations: Iterable[str], spanish_recipient: bool, field: str) -> list[Problem]:
    """1289: an E5 supply cannot go to a client identified by a Spanish NIF."""
    if spanish_recipient and INTRA_EU_EXEMPTION in set(operations):
        return [problem("verifactu_intra_eu_needs_foreign_client", field)]
    return []


def reverse_charge_problems(invoice_type: str, operations: Iterable[str], field: str) -> list[Problem]:
    """1197: reverse charge (S2) needs an identified buyer, so never on a simplified invoice."""
    if invoice_type in SIMPLIFIED_TYPES and "S2" in set(operations):
        return [problem("verifactu_reverse_charge_simplified", field)]
    return []


def simplified_problems(invoice_type: str, base: Decimal, vat: Decimal, field: str) -> list[Problem]:
    """1150: an F2 whose bases plus VAT (surcharge not counted, as AEAT sums) exceed 3,000."""
    if invoice_type == "F2" and base + vat > SIMPLIFIED_LIMIT:
        total = str(base + vat)
        return [problem("verifactu_simplified_over_limit", field, limit="3000.00", value=total)]
    return []


# --- dates ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateFields:
    """Where each date problem is reported: the screen's field names or the record's."""

    issue_date: str = "issue_date"
    operation_date: str = "operation_date"


def date_problems(
    issue_date: dt.date, operation_date: dt.date | None, today: dt.date, fields: DateFields = DateFields()
) -> list[Problem]:
    """1112 issue date after today, 1146 operation after the issue date, 1173 operation after today.

    `today` is the day the record is generated (Spain's date), which AEAT calls the current date."""
    problems: list[Problem] = []
    if issue_date > today:
        problems.append(problem("issue_date_in_future", fields.issue_date, value=issue_date.isoformat()))
    if operation_date is not None and operation_date > issue_date:
        problems.append(
            problem(
                "verifactu_operation_after_issue", fields.operation_date, value=operation_date.isoformat()
            )
        )
    if operation_date is not None and operation_date > today:
        problems.append(
            problem("verifactu_operation_in_future", fields.operation_date, value=operation_date.isoformat())
        )
    return problems


# --- mode ----------------------------------------------------------------------------------------


def mode_problems(mode: str, records_exist: bool) -> list[Problem]:
    """`off` only while no billing record exists (see the table's note: no AEAT code)."""
    if mode == "off" and records_exist:
        return [problem("verifactu_mode_off_after_records", "mode")]
    return []


def codes_of(problems: Sequence[Problem]) -> list[str]:
    """The problem codes, in order (tests and callers compare codes, not words)."""
    return [p.code for p in problems]


# --- a draft before it is issued -----------------------------------------------------------------


def invoice_type_of(invoice: Invoice) -> str:
    """TipoFactura as the record will carry it (F1, F2, or the rectifying R1..R5)."""
    if invoice.kind is Kind.RECTIFYING:
        return invoice.rectification_kind or "R1"
    return "F2" if invoice.kind is Kind.SIMPLIFIED else "F1"


def draft_problems(
    invoice: Invoice, business: Business, client: Client | None, today: dt.date
) -> list[Problem]:
    """What AEAT would reject in this invoice's record, worded for the editor and `invoice issue`.

    Only for Spanish issuers: the rules are VERI*FACTU's (and the 3,000 € limit is RD 1619/2012's)."""
    if business.country.upper() != "ES":
        return []
    invoice_type = invoice_type_of(invoice)
    operations = [line.exemption or "S1" for line in invoice.lines]
    problems = issuer_name_problems(business.name, "business.name")
    if client is not None:
        problems += recipient_name_problems(client.name, "client.name")
        problems += intra_eu_problems(operations, client.country.upper() == "ES", "client.country")
    problems += reverse_charge_problems(invoice_type, operations, "kind")
    if invoice.lines:
        totals = invoice.totals
        problems += simplified_problems(invoice_type, totals.base, totals.vat, "kind")
    return problems + date_problems(invoice.issue_date, invoice.operation_date, today)

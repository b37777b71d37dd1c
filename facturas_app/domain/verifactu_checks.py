"""Validation of VERI*FACTU records before they are hashed: the XSD's limits, the coherence of the
breakdown with the totals, and AEAT's record rules from the one table in verifactu_rules."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

from facturas_app.domain import verifactu_rules as rules
from facturas_app.domain.errors import Problem
from facturas_app.domain.money import round_money
from facturas_app.domain.verifactu_values import (
    FORBIDDEN_NUMSERIE_CHARS,
    FOREIGN_ID_TYPES,
    INVOICE_TYPES,
    MAX_AMOUNT,
    MAX_BREAKDOWN_GROUPS,
    MAX_NUMSERIE,
    NO_RECIPIENT_TYPES,
    OPERATIONS,
    RECTIFICATION_KINDS,
    RECTIFYING_TYPES,
    SPAIN_ZONES,
    SUBJECT_QUALIFICATIONS,
    AltaRecord,
    BreakdownDetail,
    ChainRecord,
    ForeignId,
    amount_text,
)


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
    if group.tax_code == "01":  # ClaveRegimen rules are IVA's (1199, 1286)
        problems += rules.regime_problems(group.operation, group.regime, f"{field}.regime")
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
        problems += rules.record_name_problems(who.name, f"{field}.name")
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


def common_problems(record: ChainRecord) -> list[Problem]:
    problems = _nif_problems(record.issuer_nif, "issuer_nif") + validate_numserie(record.number)
    if record.time_zone not in SPAIN_ZONES:
        problems.append(Problem("time_zone", "unsupported_time_zone", {"zone": record.time_zone}))
    if record.generated_at.tzinfo is None or record.generated_at.utcoffset() is None:
        problems.append(Problem("generated_at", "naive_datetime"))
    if record.previous is not None and record.previous.issuer_nif != record.issuer_nif:
        # One chain per issuer NIF (SPAIN.md): linking to another issuer's record is a bug upstream.
        problems.append(Problem("previous", "chain_other_issuer"))
    return problems


def alta_problems(record: AltaRecord) -> list[Problem]:
    problems = common_problems(record) + _text_problems(record.issuer_name, "issuer_name", 120)
    problems += _text_problems(record.description, "description", 500)
    if record.invoice_type not in INVOICE_TYPES:
        problems.append(Problem("invoice_type", "invoice_type_unknown", {"value": record.invoice_type}))
    problems += _amount_problems(record.cuota_total, "cuota_total")
    problems += _amount_problems(record.importe_total, "importe_total")
    problems += _breakdown_problems(record) + _recipient_problems(record) + _rectification_problems(record)
    return problems + _rule_problems(record)


def _rule_problems(record: AltaRecord) -> list[Problem]:
    """AEAT's record rules (verifactu_rules' table) on the record itself: the last guard, whatever
    path built it. Dates are compared with the record's own generation day in Spain."""
    operations = [group.operation for group in record.breakdown]
    spanish_recipient = any(who.nif is not None for who in record.recipients)
    problems = rules.issuer_name_problems(record.issuer_name, "issuer_name")
    problems += rules.intra_eu_problems(operations, spanish_recipient, "recipients")
    problems += rules.reverse_charge_problems(record.invoice_type, operations, "breakdown")
    base = sum((group.base for group in record.breakdown), Decimal(0))
    vat = sum((group.tax or Decimal(0) for group in record.breakdown), Decimal(0))
    problems += rules.simplified_problems(record.invoice_type, base, vat, "invoice_type")
    if record.time_zone in SPAIN_ZONES and record.generated_at.utcoffset() is not None:
        generated_on = record.generated_at.astimezone(ZoneInfo(record.time_zone)).date()
        problems += rules.date_problems(record.issue_date, record.operation_date, generated_on)
    return problems

"""VAT breakdown (BG-23), document charges (BG-21) and document totals (BG-22) from `Totals`.

Only the engine's own figures are written (domain/totals.py): group bases and taxes, the
surcharge, the IRPF and the totals. Where EN 16931 wants one figure per category the groups
are added up — our groups are keyed by (exemption, VAT rate, surcharge rate), EN 16931's by
category (and rate for S): BR-E/G/K/AE/Z/O-01 allow one breakdown per category.

Recargo de equivalencia: EN 16931 has no tax for it, yet it is part of what the buyer pays. It
goes as one document-level charge per surcharge group (rate, base and amount stated), under
the exempt category with a text that says it is outside the VAT base, so every S breakdown keeps
exactly our VAT base and VAT. IRPF: a withholding, not an allowance (it does not lower the base)
— it is the Paid amount BT-113, so that BT-115 is what the buyer transfers (see profile.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.money import ZERO
from facturas_app.domain.totals import TaxGroup, Totals
from facturas_app.services.einvoice import profile
from facturas_app.services.einvoice.ubl_xml import Element, amount, money, number, signed, sub


@dataclass
class Subtotal:
    code: str
    rate: Decimal | None  # None: not subject (O) has no rate (BR-48)
    base: Decimal = ZERO
    tax: Decimal = ZERO
    reason_codes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def add(self, base: Decimal, tax: Decimal, reason_code: str = "", reason: str = "") -> None:
        self.base += base
        self.tax += tax
        if reason_code and reason_code not in self.reason_codes:
            self.reason_codes.append(reason_code)
        if reason and reason not in self.reasons:
            self.reasons.append(reason)


def breakdown(totals: Totals, lang: str) -> list[Subtotal]:
    """One subtotal per category (per rate for S), groups and surcharges added in."""
    subtotals: dict[tuple[str, Decimal | None], Subtotal] = {}
    for group in totals.groups:
        category = profile.vat_category(group.exemption, group.vat_rate)
        key = _key(category.code, group.vat_rate)
        text = profile.exemption_text(group.exemption, lang) if group.exemption else ""
        subtotal = subtotals.setdefault(key, Subtotal(*key))
        subtotal.add(group.base, group.vat, category.reason_code, text)
    if surcharge_groups(totals):
        key = _key(profile.SURCHARGE_CATEGORY, ZERO)
        reason = profile.SURCHARGE_REASON.get(lang, profile.SURCHARGE_REASON["es"])
        subtotals.setdefault(key, Subtotal(*key)).add(totals.surcharge, ZERO, reason=reason)
    _refuse_mixed_outside_scope(subtotals)
    return list(subtotals.values())


def _key(code: str, rate: Decimal) -> tuple[str, Decimal | None]:
    if code == profile.STANDARD:
        return code, rate
    return code, None if code == profile.OUTSIDE_SCOPE else ZERO


def _refuse_mixed_outside_scope(subtotals: dict[tuple[str, Decimal | None], Subtotal]) -> None:
    """BR-O-11: an invoice with a not-subject (N1/N2) part may have no other VAT category."""
    codes = {code for code, _ in subtotals}
    if profile.OUTSIDE_SCOPE in codes and len(codes) > 1:
        raise ValidationFailed([Problem("lines", "ubl_not_subject_mixed")])


def surcharge_groups(totals: Totals) -> list[TaxGroup]:
    return [group for group in totals.groups if group.surcharge != 0]


def outside_scope(subtotals: list[Subtotal]) -> bool:
    return any(s.code == profile.OUTSIDE_SCOPE for s in subtotals)


def add_surcharges(root: Element, totals: Totals, *, sign: Decimal, currency: str, lang: str) -> None:
    """BG-21, one per surcharge group: reason, rate (BT-101), amount (BT-99) and base (BT-100)."""
    label = profile.SURCHARGE_CHARGE.get(lang, profile.SURCHARGE_CHARGE["es"])
    for group in surcharge_groups(totals):
        charge = sub(root, "cac:AllowanceCharge")
        sub(charge, "cbc:ChargeIndicator", "true")
        sub(charge, "cbc:AllowanceChargeReason", label.format(rate=number(group.surcharge_rate)))
        sub(charge, "cbc:MultiplierFactorNumeric", number(group.surcharge_rate))
        amount(charge, "cbc:Amount", signed(group.surcharge, sign), currency)
        amount(charge, "cbc:BaseAmount", signed(group.base, sign), currency)
        _category(charge, profile.SURCHARGE_CATEGORY, ZERO)


def add_tax_total(
    root: Element, totals: Totals, subtotals: list[Subtotal], *, sign: Decimal, currency: str
) -> None:
    """BT-110 = the engine's VAT; each BG-23 with its category, rate and exemption reason."""
    total = sub(root, "cac:TaxTotal")
    amount(total, "cbc:TaxAmount", signed(totals.vat, sign), currency)
    for subtotal in subtotals:
        node = sub(total, "cac:TaxSubtotal")
        amount(node, "cbc:TaxableAmount", signed(subtotal.base, sign), currency)
        amount(node, "cbc:TaxAmount", signed(subtotal.tax, sign), currency)
        _category(node, subtotal.code, subtotal.rate, subtotal)


def _category(parent: Element, code: str, rate: Decimal | None, subtotal: Subtotal | None = None) -> None:
    category = sub(parent, "cac:TaxCategory")
    sub(category, "cbc:ID", code)
    if rate is not None:
        sub(category, "cbc:Percent", number(rate))
    if subtotal is not None and code in profile.WITH_REASON:
        if subtotal.reason_codes:  # one code only (UBL allows one): the first group's
            sub(category, "cbc:TaxExemptionReasonCode", subtotal.reason_codes[0])
        if subtotal.reasons:
            sub(category, "cbc:TaxExemptionReason", "; ".join(subtotal.reasons))
    sub(sub(category, "cac:TaxScheme"), "cbc:ID", "VAT")


def add_monetary_total(root: Element, totals: Totals, *, sign: Decimal, currency: str) -> None:
    """BG-22. BT-109 is the base plus the surcharge charges (BR-CO-13), BT-112 the engine's total,
    BT-113 the IRPF withheld, BT-115 the engine's amount due."""
    node = sub(root, "cac:LegalMonetaryTotal")
    amount(node, "cbc:LineExtensionAmount", signed(totals.base, sign), currency)
    amount(node, "cbc:TaxExclusiveAmount", signed(tax_exclusive(totals), sign), currency)
    amount(node, "cbc:TaxInclusiveAmount", signed(totals.total, sign), currency)
    if surcharge_groups(totals):
        amount(node, "cbc:ChargeTotalAmount", signed(totals.surcharge, sign), currency)
    if totals.irpf != 0:
        amount(node, "cbc:PrepaidAmount", signed(totals.irpf, sign), currency)
    amount(node, "cbc:PayableAmount", signed(totals.amount_due, sign), currency)


def tax_exclusive(totals: Totals) -> Decimal:
    """What EN 16931 calls the total without VAT: our total less our VAT (= base + surcharge)."""
    return totals.total - totals.vat


def withholding_note(totals: Totals, *, sign: Decimal, currency: str, lang: str) -> str:
    if totals.irpf == 0:
        return ""
    template = profile.WITHHOLDING_NOTE.get(lang, profile.WITHHOLDING_NOTE["es"])
    return template.format(
        rate=number(totals.irpf_rate),
        base=money(signed(totals.base, sign)),
        amount=money(signed(totals.irpf, sign)),
        currency=currency,
    )

"""The deductible side of the quarter (#21): Modelo 303 IVA deducible and the Modelo 130 figures
year to date, as pure functions over received invoices (domain Expense) and the sales figures the
reports service already sums (reports.VatSummary). Nothing here reads the store.

Counting rules (general VAT regime, estimación directa):
- An expense's VAT counts in the quarter it was received (storage's `expenses_received_in`: VAT is
  deducted once the invoice is held, art. 97-99 Ley 37/1992), its cost for the 130 by its issue date
  (`expenses_in`); a rejected one does not count at all (we dispute it: the supplier corrects it
  with a credit note or a new invoice).
- VAT deductible per tax group of each expense = round(VAT × deductible % / 100), half up
  (ExpenseTax.deductible_vat, domain/money.py); the base declared beside it is rounded the same way.
  A car used half privately deducts 50 %; a non-deductible cost 0 %.
- Recargo de equivalencia paid to a supplier is never deductible (it is the tax of the retailers'
  special regime, art. 154-163 Ley 37/1992; a business in the general regime deducts only VAT).
- Received credit notes carry negative amounts and go to boxes 40/41 (rectificación de deducciones),
  ordinary invoices to 28/29 (cuotas soportadas en operaciones interiores corrientes). Boxes 30-39
  (investment goods, imports, intra-EU acquisitions) and 42-44 are not recorded by expenses yet.
- 45 total a deducir = 29 + 41; 46 resultado del régimen general = 27 (devengado) − 45.
- IRPF we withhold when paying a professional is the Modelo 111's business: it changes neither the
  303 nor the expense counted for the 130 (the cost is the invoice, not what we pay the supplier).

Modelo 130 (pago fraccionado, cumulative from 1 January; boxes of section I):
01 ingresos = Σ bases of our invoices year to date; 02 gastos = Σ expense costs year to date, where
an expense's cost is its base plus the VAT it does not let us deduct plus the recargo paid (a cost we
cannot recover is a cost); 03 = 01 − 02; 04 = 20 % of 03 when positive, else 0; 05 = the previous
quarters' positive 07s (what was paid); 06 = IRPF withheld on our invoices year to date; 07 = 04 − 05
− 06; the instalment is 07 when positive, else 0 (a negative result pays nothing).
In estimación directa simplificada box 02 also holds the provisiones deducibles y gastos de difícil
justificación: 5 % of the positive net return before them (01 − the recorded costs), at most 2,000 €
a year (art. 30.2.4ª Ley 35/2006 and art. 30.2ª RIRPF since 2015; AEAT's Modelo 130 instructions,
casilla 02) — year to date, so the cap is met once and never exceeded. Normal estimation has none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from facturas_app.domain.money import ZERO, decimal_text, money_text, percent_of
from facturas_app.domain.purchases import Expense
from facturas_app.services.irpf_method import IRPF_METHODS, NORMAL, SIMPLIFIED

SELF_ASSESSED = frozenset({"AE", "K"})  # UNCL5305: reverse charge, intra-EU supply
IRPF_INSTALMENT_RATE = Decimal(20)  # art. 110.1.a RIRPF: 20 % of the net income year to date
HARD_TO_JUSTIFY_RATE = Decimal(5)  # art. 30.2ª RIRPF: of the net return before this concept
HARD_TO_JUSTIFY_CAP = Decimal("2000.00")  # art. 30.2.4ª LIRPF: at most 2,000 € a year
BOX_LABELS_DEDUCTIBLE = {
    "28": "Base cuotas soportadas en operaciones interiores corrientes",
    "29": "Cuotas soportadas en operaciones interiores corrientes",
    "40": "Rectificación de deducciones (base)",
    "41": "Rectificación de deducciones (cuota)",
    "45": "Total a deducir",
    "46": "Resultado régimen general",
}
BOX_LABELS_130_FULL = {
    "01": "Ingresos computables (acumulado del año)",
    "02": "Gastos fiscalmente deducibles (acumulado)",
    "03": "Rendimiento neto (01 − 02)",
    "04": "20 % del rendimiento neto positivo",
    "05": "Pagos fraccionados de trimestres anteriores",
    "06": "Retenciones e ingresos a cuenta (acumulado)",
    "07": "Pago fraccionado previo (04 − 05 − 06)",
}
HARD_TO_JUSTIFY_LABEL = "de ellos, gastos de difícil justificación (5 %, máx. 2.000 €)"


@dataclass(frozen=True)
class DeductibleGroup:
    """One (VAT rate, recargo rate) of the period's expenses: as invoiced and as deducted."""

    vat_rate: Decimal
    surcharge_rate: Decimal
    base: Decimal
    vat: Decimal
    deductible_base: Decimal
    deductible_vat: Decimal
    surcharge: Decimal


@dataclass(frozen=True)
class DeductibleVat:
    groups: list[DeductibleGroup]
    base: Decimal  # Σ bases as invoiced
    vat: Decimal  # Σ VAT deductible (box 45)
    vat_invoiced: Decimal  # Σ VAT as invoiced
    non_deductible_vat: Decimal
    surcharge: Decimal  # recargo paid: never deductible
    irpf_withheld: Decimal  # withheld by us from suppliers (Modelo 111)
    expense_count: int
    boxes: dict[str, Decimal]  # 28, 29, 40, 41, 45
    # Σ bases of groups the supplier invoiced without VAT under reverse charge (AE) or as an
    # intra-EU supply (K): we self-assess their VAT (boxes 10-13 and 36-37), which expenses do not
    # compute yet; shown so the gestor sees them.
    self_assessed_base: Decimal = ZERO


@dataclass(frozen=True)
class SalesToDate:
    """Our invoices from 1 January to the end of one quarter (reports.VatSummary's ytd figures)."""

    income: Decimal
    withheld: Decimal


@dataclass(frozen=True)
class Modelo130:
    year: int
    quarter: int
    income: Decimal  # 01
    expenses: Decimal  # 02
    net: Decimal  # 03
    share: Decimal  # 04
    previous: Decimal  # 05
    withheld: Decimal  # 06
    result: Decimal  # 07, may be negative
    installment: Decimal  # what is paid: 07 when positive, else 0
    hard_to_justify: Decimal = ZERO  # part of 02: gastos de difícil justificación (simplified)
    method: str = NORMAL

    @property
    def boxes(self) -> dict[str, Decimal]:
        values = (self.income, self.expenses, self.net, self.share, self.previous, self.withheld, self.result)
        return dict(zip(BOX_LABELS_130_FULL, values, strict=True))


def counted(expenses: Iterable[Expense]) -> list[Expense]:
    """The expenses the figures count: all but the rejected ones."""
    return [e for e in expenses if e.status != "rejected"]


def deductible_vat(expenses: Iterable[Expense]) -> DeductibleVat:
    """Modelo 303's deductible side for the given expenses (the period's, from `expenses_in`)."""
    rows = counted(expenses)
    sums: dict[tuple[Decimal, Decimal], list[Decimal]] = {}
    boxes = dict.fromkeys(("28", "29", "40", "41"), ZERO)
    for expense in rows:
        _add_expense(expense, sums, boxes)
    boxes["45"] = boxes["29"] + boxes["41"]
    self_assessed = [t.base for e in rows for t in e.taxes if t.category in SELF_ASSESSED]
    groups = [
        DeductibleGroup(v, s, *values) for (v, s), values in sorted(sums.items(), key=_rates_descending)
    ]
    invoiced = sum((g.vat for g in groups), ZERO)
    return DeductibleVat(
        groups=groups,
        base=sum((g.base for g in groups), ZERO),
        vat=boxes["45"],
        vat_invoiced=invoiced,
        non_deductible_vat=invoiced - boxes["45"],
        surcharge=sum((g.surcharge for g in groups), ZERO),
        irpf_withheld=sum((e.irpf for e in rows), ZERO),
        expense_count=len(rows),
        boxes=boxes,
        self_assessed_base=sum(self_assessed, ZERO),
    )


def _rates_descending(item: tuple[tuple[Decimal, Decimal], list[Decimal]]) -> tuple[Decimal, Decimal]:
    (vat_rate, surcharge_rate), _ = item
    return -vat_rate, -surcharge_rate


def _add_expense(
    expense: Expense, sums: dict[tuple[Decimal, Decimal], list[Decimal]], boxes: dict[str, Decimal]
) -> None:
    percent = expense.vat_deduction_percent
    base_box, vat_box = ("40", "41") if expense.is_credit_note else ("28", "29")
    for tax in expense.taxes:
        values = (tax.base, tax.vat, tax.deductible_base(percent), tax.deductible_vat(percent), tax.surcharge)
        group = sums.setdefault((tax.vat_rate, tax.surcharge_rate), [ZERO] * 5)
        for index, value in enumerate(values):
            group[index] += value
        if values[3]:  # only a deducted cuota is declared, with the base it belongs to
            boxes[base_box] += values[2]
            boxes[vat_box] += values[3]


def vat_result(vat_due: Decimal, deductible: DeductibleVat) -> Decimal:
    """Box 46: cuota devengada (box 27 of the sales side) less the VAT deductible (box 45)."""
    return vat_due - deductible.vat


def irpf_cost(expense: Expense) -> Decimal:
    """What an expense costs for IRPF: its base, the VAT it does not let us deduct and the recargo."""
    return expense.base + (expense.vat - expense.deductible_vat) + expense.surcharge


def quarter_end(year: int, quarter: int) -> dt.date:
    if quarter == 4:
        return dt.date(year, 12, 31)
    return dt.date(year, 3 * quarter + 1, 1) - dt.timedelta(days=1)


def expenses_to_date(expenses: Iterable[Expense], year: int, quarter: int) -> Decimal:
    """Box 02: the year's expenses issued from 1 January to the end of the quarter, by IRPF cost."""
    start, end = dt.date(year, 1, 1), quarter_end(year, quarter)
    return sum((irpf_cost(e) for e in counted(expenses) if start <= e.issue_date <= end), ZERO)


def hard_to_justify(net_before: Decimal, method: str) -> Decimal:
    """Gastos de difícil justificación year to date: 5 % of a positive net return, ≤ 2,000 €."""
    if method != SIMPLIFIED or net_before <= 0:
        return ZERO
    return min(percent_of(net_before, HARD_TO_JUSTIFY_RATE), HARD_TO_JUSTIFY_CAP)


def modelo_130(
    year: int, quarter: int, sales: Sequence[SalesToDate], expenses: Iterable[Expense], *, method: str
) -> Modelo130:
    """The quarter's Modelo 130, its box 05 from the same rules applied to the earlier quarters.

    `sales[k]` are our invoices from 1 January to the end of quarter k + 1 (at least `quarter` of
    them); `expenses` are the year's (any others are ignored); `method` is the business's
    estimación directa (SIMPLIFIED or NORMAL): asked for, as the figures differ."""
    if method not in IRPF_METHODS:
        raise ValueError(f"unknown IRPF method {method!r}")
    if not 1 <= quarter <= 4 or len(sales) < quarter:
        raise ValueError(f"quarter {quarter} needs the sales to date of quarters 1..{quarter}")
    rows = [e for e in counted(expenses) if e.issue_date.year == year]
    paid = ZERO
    result: Modelo130 | None = None
    for q in range(1, quarter + 1):
        result = _quarter_130(year, q, sales[q - 1], expenses_to_date(rows, year, q), paid, method)
        paid += result.installment
    assert result is not None
    return result


def _quarter_130(
    year: int, quarter: int, sales: SalesToDate, recorded: Decimal, previous: Decimal, method: str
) -> Modelo130:
    allowance = hard_to_justify(sales.income - recorded, method)
    costs = recorded + allowance
    net = sales.income - costs
    share = percent_of(net, IRPF_INSTALMENT_RATE) if net > 0 else ZERO
    result = share - previous - sales.withheld
    return Modelo130(
        year=year,
        quarter=quarter,
        income=sales.income,
        expenses=costs,
        net=net,
        share=share,
        previous=previous,
        withheld=sales.withheld,
        result=result,
        installment=max(result, ZERO),
        hard_to_justify=allowance,
        method=method,
    )


def _group_json(group: DeductibleGroup) -> dict[str, str]:
    return {
        "vat_rate": decimal_text(group.vat_rate),
        "surcharge_rate": decimal_text(group.surcharge_rate),
        "base": money_text(group.base),
        "vat": money_text(group.vat),
        "deductible_base": money_text(group.deductible_base),
        "deductible_vat": money_text(group.deductible_vat),
        "surcharge": money_text(group.surcharge),
    }


def deductible_json(deductible: DeductibleVat) -> dict[str, Any]:
    """`report vat`'s "deductible" block (CLI.md: groups, vat, surcharge; the rest added)."""
    return {
        "groups": [_group_json(g) for g in deductible.groups],
        "vat": money_text(deductible.vat),
        "surcharge": money_text(deductible.surcharge),
        "base": money_text(deductible.base),
        "vat_invoiced": money_text(deductible.vat_invoiced),
        "non_deductible_vat": money_text(deductible.non_deductible_vat),
        "irpf_withheld": money_text(deductible.irpf_withheld),
        "self_assessed_base": money_text(deductible.self_assessed_base),
        "expense_count": deductible.expense_count,
        "boxes": {box: money_text(value) for box, value in deductible.boxes.items()},
    }


def modelo_130_json(m: Modelo130) -> dict[str, Any]:
    """`report irpf`: CLI.md's {"income", "expenses", "net", "installment"} and the boxes."""
    return {
        "period": f"{m.year}Q{m.quarter}",
        "income": money_text(m.income),
        "expenses": money_text(m.expenses),
        "net": money_text(m.net),
        "installment": money_text(m.installment),
        "share": money_text(m.share),
        "previous": money_text(m.previous),
        "withheld": money_text(m.withheld),
        "result": money_text(m.result),
        "boxes": {box: money_text(value) for box, value in m.boxes.items()},
        "hard_to_justify": money_text(m.hard_to_justify),  # already inside "expenses" (box 02)
        "irpf_method": m.method,
    }


def summary_rows_purchases(
    deductible: DeductibleVat, result: Decimal, m: Modelo130
) -> list[tuple[str, str, str, Decimal]]:
    """Rows for the pack's 303/130 summary sheet: (Modelo, Casilla, Concepto, Importe)."""
    rows = [("303", box, BOX_LABELS_DEDUCTIBLE[box], value) for box, value in deductible.boxes.items()]
    rows.append(("303", "46", BOX_LABELS_DEDUCTIBLE["46"], result))
    rows += [("130", box, BOX_LABELS_130_FULL[box], value) for box, value in m.boxes.items()]
    if m.method == SIMPLIFIED:
        rows.insert(-5, ("130", "02", HARD_TO_JUSTIFY_LABEL, m.hard_to_justify))
    rows.append(("130", "", "Pago fraccionado a ingresar", m.installment))
    return rows

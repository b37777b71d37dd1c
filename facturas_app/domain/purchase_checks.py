"""What a received invoice must be before it is stored (issue #21), every problem named by its field.

- the supplier's name and tax id: valid for its country (domain/identifiers.py, as for clients);
- dates: issued no later than received, received no later than today, operation not after today;
- each tax group: a VAT and recargo rate the supplier's country knows (domain/taxes.py) and a VAT
  and recargo within a cent of round(base × rate / 100) (domain/money.py, the one rule) — a
  supplier may round per line, which moves a group by a cent, never by more;
- amounts in cents; a credit note's total base negative or zero, a typed-in invoice's positive or
  zero (one group may be negative: a discount at another rate; a structured invoice as it states);
- IRPF within a cent of round(Σ bases × rate / 100) when a rate is given;
- EUR only.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from facturas_app.domain import identifiers as ids
from facturas_app.domain.errors import Problem
from facturas_app.domain.money import CENT, MAX_QUANTITY_OR_PRICE, decimal_places, percent_of
from facturas_app.domain.purchases import CURRENCY, EXPENSE_SOURCES, Expense, ExpenseTax, irpf_for
from facturas_app.domain.taxes import tax_table
from facturas_app.domain.text_rules import MAX_NOTES, MAX_ONE_LINE, text_problems

MAX_NUMBER = 60  # as AEAT's NumSerieFactura
MAX_CATEGORY = 100
MAX_TAX_GROUPS = 12  # as VERI*FACTU's DetalleDesglose: one per rate pair


def expense_problems(expense: Expense, today: dt.date) -> list[Problem]:
    return [
        *_text_problems(expense),
        *supplier_problems(expense.supplier_name, expense.supplier_tax_id, expense.supplier_country),
        *_date_problems(expense, today),
        *_tax_problems(expense),
        *_irpf_problems(expense),
        *_other_problems(expense),
    ]


def _text_problems(expense: Expense) -> list[Problem]:
    problems = text_problems("number", expense.number, limit=MAX_NUMBER)
    problems += text_problems("category", expense.category, limit=MAX_CATEGORY)
    problems += text_problems("corrects", expense.corrects, limit=MAX_NUMBER)
    problems += text_problems("notes", expense.notes, multiline=True, limit=MAX_NOTES)
    if not expense.number.strip():
        problems.append(Problem("number", "required"))
    return problems


def supplier_problems(name: str, tax_id: str, country: str) -> list[Problem]:
    """A supplier's name, country and tax id, as a client's are checked."""
    problems = text_problems("supplier.name", name, limit=MAX_ONE_LINE)
    problems += text_problems("supplier.tax_id", tax_id, limit=40)
    if not name.strip():
        problems.append(Problem("supplier.name", "required"))
    if len(country) != 2 or not country.isalpha():
        return [*problems, Problem("supplier.country", "invalid_country", {"value": country})]
    if not tax_id.strip():
        problems.append(Problem("supplier.tax_id", "required"))
    elif not _valid_tax_id(tax_id, country):
        problems.append(Problem("supplier.tax_id", "invalid_tax_id", {"country": country, "value": tax_id}))
    return problems


@functools.lru_cache(maxsize=4096)
def _valid_tax_id(tax_id: str, country: str) -> bool:
    """python-stdnum's answer, remembered: an import checks the same few suppliers again and again."""
    return ids.is_valid_tax_id(tax_id, country)


def _future(field: str, day: dt.date | None, today: dt.date) -> list[Problem]:
    if day is None or day <= today:
        return []
    return [Problem(field, "expense_date_in_future", {"value": day.isoformat()})]


def _date_problems(expense: Expense, today: dt.date) -> list[Problem]:
    problems = _future("issue_date", expense.issue_date, today)
    problems += _future("received_on", expense.received_on, today)
    problems += _future("operation_date", expense.operation_date, today)
    if expense.received_on < expense.issue_date:
        value = expense.received_on.isoformat()
        problems.append(Problem("received_on", "expense_received_before_issue", {"value": value}))
    if expense.paid_on is not None and expense.paid_on > today:
        problems.append(Problem("paid_on", "expense_date_in_future", {"value": expense.paid_on.isoformat()}))
    return problems


def _tax_problems(expense: Expense) -> list[Problem]:
    if not expense.taxes:
        return [Problem("taxes", "expense_no_taxes")]
    if len(expense.taxes) > MAX_TAX_GROUPS:
        return [Problem("taxes", "too_many_tax_groups", {"max": MAX_TAX_GROUPS})]
    day = expense.operation_date or expense.issue_date
    problems: list[Problem] = []
    for index, tax in enumerate(expense.taxes):
        where = f"taxes[{index}]."
        names = ("base", "vat", "surcharge")
        amounts = [p for name in names for p in _amount(where + name, getattr(tax, name))]
        rates = _rate_problems(where, tax, expense.supplier_country, day)
        problems += amounts + rates if amounts or rates else _rounding_problems(where, tax)
    return problems or _sign_problems(expense)


def _amount(field: str, amount: Decimal) -> list[Problem]:
    """Cents only, within the engine's range."""
    if decimal_places(amount) > 2:
        return [Problem(field, "too_many_decimals", {"max": 2})]
    if abs(amount) > MAX_QUANTITY_OR_PRICE:
        limits = {"min": -MAX_QUANTITY_OR_PRICE, "max": MAX_QUANTITY_OR_PRICE}
        return [Problem(field, "out_of_range", limits)]
    return []


def _sign_problems(expense: Expense) -> list[Problem]:
    """A credit note (rectificativa received) is negative, as the libro registro shows it."""
    if expense.is_credit_note and expense.base > 0:
        return [Problem("taxes", "credit_note_amount_positive", {"value": str(expense.base)})]
    if not expense.is_credit_note and expense.base < 0 and expense.source == "typed":
        # A structured invoice may be negative (EN 16931 allows it): it is recorded as it states.
        return [Problem("taxes", "expense_amount_negative", {"value": str(expense.base)})]
    return []


def _rate_problems(where: str, tax: ExpenseTax, country: str, day: dt.date) -> list[Problem]:
    problems = []
    for name in ("vat_rate", "surcharge_rate"):
        rate: Decimal = getattr(tax, name)
        if not 0 <= rate <= 100:
            problems.append(Problem(where + name, "out_of_range", {"min": 0, "max": 100}))
    table = tax_table(country)
    if table is None or problems:
        return problems  # a country we ship no table for: any rate 0–100 (as for clients)
    if not table.vat_rate_valid_on(tax.vat_rate, day):
        params = {"value": str(tax.vat_rate), "country": country}
        problems.append(Problem(where + "vat_rate", "unknown_vat_rate", params))
    if not table.knows_surcharge(tax.surcharge_rate):
        params = {"value": str(tax.surcharge_rate)}
        problems.append(Problem(where + "surcharge_rate", "unknown_surcharge_rate", params))
    return problems


def _rounding_problems(where: str, tax: ExpenseTax) -> list[Problem]:
    problems = []
    pairs = (("vat", tax.vat, tax.vat_rate), ("surcharge", tax.surcharge, tax.surcharge_rate))
    for name, amount, rate in pairs:
        expected = percent_of(tax.base, rate)
        if abs(amount - expected) > CENT:
            params = {"value": str(amount), "expected": str(expected)}
            problems.append(Problem(where + name, "expense_tax_mismatch", params))
    return problems


def _irpf_beyond_its_bases(expense: Expense) -> bool:
    """IRPF withheld is a share of the bases: of their sign, and never more than them."""
    base = expense.base
    return bool(expense.irpf) and (expense.irpf * base < 0 or abs(expense.irpf) > abs(base))


def _irpf_problems(expense: Expense) -> list[Problem]:
    problems = []
    if not 0 <= expense.irpf_rate <= 100:
        problems.append(Problem("irpf_rate", "out_of_range", {"min": 0, "max": 100}))
    problems += _amount("irpf", expense.irpf)
    if not problems and _irpf_beyond_its_bases(expense):
        problems.append(Problem("irpf", "expense_irpf_beyond_base", {"value": str(expense.irpf)}))
    if problems or not expense.taxes or not expense.irpf_rate:
        return problems  # an amount without its rate (as CLI.md's shape gives it) is taken as stated
    expected = irpf_for(expense.taxes, expense.irpf_rate)
    if abs(expense.irpf - expected) > CENT:
        params = {"value": str(expense.irpf), "expected": str(expected)}
        problems.append(Problem("irpf", "expense_tax_mismatch", params))
    return problems


def _other_problems(expense: Expense) -> list[Problem]:
    problems = []
    if not 0 <= expense.deductible_percent <= 100:
        problems.append(Problem("deductible_percent", "out_of_range", {"min": 0, "max": 100}))
    if expense.currency != CURRENCY:
        problems.append(Problem("currency", "expense_currency_not_eur", {"value": expense.currency}))
    if expense.source not in EXPENSE_SOURCES:
        problems.append(Problem("source", "expense_unknown_source", {"value": expense.source}))
    return problems

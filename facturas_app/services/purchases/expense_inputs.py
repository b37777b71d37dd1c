"""A received invoice as a JSON-like payload → an Expense (issue #21), every problem collected.

One shape for both ways in: typed in (`facturas expense add`, the editor) and read from a
structured file (read_ubl.py and the other readers give the same keys). Amounts are strings; a
missing VAT, recargo or IRPF amount is computed from its base and rate with the one rounding rule.
A credit note is stored negative, as the libro registro shows it: a document that writes it with
positive amounts (UBL's CreditNote does) has its signs turned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.identifiers import normalize_tax_id
from facturas_app.domain.money import MAX_QUANTITY_OR_PRICE, ZERO, percent_of
from facturas_app.domain.purchases import CURRENCY, Expense, ExpenseTax
from facturas_app.services.inputs import Reader


@dataclass(frozen=True)
class SupplierInput:
    name: str
    tax_id: str
    country: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""


@dataclass(frozen=True)
class ExpenseInput:
    """The expense as read (its id and supplier_id still to be given) and its supplier's data."""

    expense: Expense
    supplier: SupplierInput
    problems: tuple[Problem, ...] = ()  # what does not add up (a stated total), beside the domain's


def _object(r: Reader, key: str) -> Reader:
    value = r.data.get(key)
    if value is None:
        value = {}
    if not isinstance(value, dict):
        r.fail(key, "not_an_object")
        value = {}
    return Reader(value, prefix=r.where(key) + ".", problems=r.problems)


def _supplier(r: Reader) -> SupplierInput:
    s = _object(r, "supplier")
    country = (s.text("country") or "ES").upper()
    return SupplierInput(
        name=s.text("name", required=True),
        tax_id=normalize_tax_id(s.text("tax_id", required=True)),
        country=country,
        address=s.text("address"),
        postal_code=s.text("postal_code"),
        city=s.text("city"),
        email=s.text("email"),
    )


def _default_share(base: Decimal, rate: Decimal) -> str:
    """A missing VAT, recargo or IRPF amount: round(base × rate / 100). Out of any range (1e999999)
    it is left at 0: computing it would overflow, and the checks refuse the base or rate itself."""
    if abs(base) > MAX_QUANTITY_OR_PRICE or not 0 <= rate <= 100:
        return "0"
    return str(percent_of(base, rate))


def _tax(r: Reader) -> ExpenseTax:
    base = r.decimal("base")
    vat_rate = r.decimal("vat_rate", "0")
    surcharge_rate = r.decimal("surcharge_rate", "0")
    vat = r.decimal("vat", _default_share(base, vat_rate))
    surcharge = r.decimal("surcharge", _default_share(base, surcharge_rate))
    category = r.text("vat_category")
    return ExpenseTax(base, vat_rate, vat, surcharge_rate, surcharge, category, r.text("exemption_reason"))


def _taxes(r: Reader) -> tuple[ExpenseTax, ...]:
    value = r.data.get("taxes")
    if value is None:
        r.fail("taxes", "expense_no_taxes")
        return ()
    if not isinstance(value, list):
        r.fail("taxes", "not_a_list")
        return ()
    taxes = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            r.fail(f"taxes[{index}]", "not_an_object")
            continue
        taxes.append(_tax(Reader(item, prefix=f"taxes[{index}].", problems=r.problems)))
    return tuple(taxes)


def _negated(taxes: tuple[ExpenseTax, ...]) -> tuple[ExpenseTax, ...]:
    return tuple(replace(t, base=-t.base, vat=-t.vat, surcharge=-t.surcharge) for t in taxes)


def read_expense(payload: Any, today: dt.date, source: str = "typed") -> ExpenseInput:
    """The payload read; ValidationFailed with every problem of its shape (the domain's checks,
    purchase_checks.py, run afterwards on the Expense)."""
    if not isinstance(payload, dict):
        raise ValidationFailed([Problem("", "expense_payload_not_object")])
    _refuse_foreign_currency(payload)
    r = Reader(payload)
    supplier = _supplier(r)
    credit_note = r.boolean("credit_note", False)
    taxes = _taxes(r)
    irpf_rate = r.decimal("irpf_rate", "0")
    irpf = r.decimal("irpf", _default_share(sum((t.base for t in taxes), ZERO), irpf_rate))
    turned = credit_note and sum((t.base for t in taxes), ZERO) > 0
    if turned:
        taxes, irpf = _negated(taxes), -abs(irpf)
    issue_date = r.date("issue_date")
    if issue_date is None and "issue_date" not in {p.field for p in r.problems}:
        r.fail("issue_date", "required")
    expense = Expense(
        id="",
        supplier_id="",
        supplier_name=supplier.name,
        supplier_tax_id=supplier.tax_id,
        supplier_country=supplier.country,
        number=r.text("number", required=True),
        issue_date=issue_date or today,
        received_on=r.date("received_on") or today,
        operation_date=r.date("operation_date"),
        due_date=r.date("due_date"),
        taxes=taxes,
        irpf_rate=irpf_rate,
        irpf=irpf,
        category=r.text("category"),
        deductible_percent=r.decimal("deductible_percent", "100"),
        is_credit_note=credit_note,
        corrects=r.text("corrects"),
        currency=(r.text("currency") or CURRENCY).upper(),
        source=source,
        notes=r.text("notes"),
    )
    stated = r.decimal("total") if r.data.get("total") not in (None, "") else None
    if r.problems:
        raise ValidationFailed(r.problems)
    return ExpenseInput(expense, supplier, _total_problems(expense, stated, turned))


def _refuse_foreign_currency(payload: dict[str, Any]) -> None:
    """A document in another currency that states its VAT in euros (UBL BT-111, Facturae
    EquivalentInEuros) is read, but its bases are not in euros: the user types it in euros, with
    the file attached, rather than have the app guess an exchange rate for the libro registro."""
    currency = str(payload.get("currency") or CURRENCY).upper()
    in_euros = payload.get("tax_currency_vat")
    if currency == CURRENCY or not isinstance(in_euros, dict) or in_euros.get("currency") != CURRENCY:
        return
    params = {"value": currency, "vat": str(in_euros.get("vat", ""))}
    raise ValidationFailed([Problem("currency", "expense_currency_type_in_euros", params)])


def _total_problems(expense: Expense, stated: Decimal | None, turned: bool) -> tuple[Problem, ...]:
    """A stated total must be Σ bases + VAT + recargo to the cent — or that less the IRPF withheld,
    the total a Facturae states (InvoiceTotal); UBL's TaxInclusiveAmount is the former."""
    if stated is None:
        return ()
    stated = -stated if turned else stated
    if stated in (expense.invoice_total, expense.total):
        return ()
    params = {"value": str(stated), "expected": str(expense.invoice_total)}
    return (Problem("total", "expense_total_mismatch", params),)

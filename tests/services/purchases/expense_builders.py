"""Expenses and businesses for the #21 tests, typed the way the domain holds them (Decimal from str)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from facturas_app.domain.parties import Business
from facturas_app.domain.purchases import Expense, ExpenseTax, StatusEvent

D = Decimal
RECORDED = dt.datetime(2026, 11, 26, 9, 30, 15, tzinfo=dt.UTC)


def business(name: str = "Laura Gómez Ruiz") -> Business:
    return Business(name=name, tax_id="12345678Z", city="Madrid", country="ES")


def tax(base: str, rate: str, vat: str, surcharge_rate: str = "0", surcharge: str = "0") -> ExpenseTax:
    return ExpenseTax(D(base), D(rate), D(vat), D(surcharge_rate), D(surcharge))


def expense(
    number: str = "FV-2026-17",
    taxes: tuple[ExpenseTax, ...] = (),
    *,
    issue_date: dt.date = dt.date(2026, 11, 20),
    received_on: dt.date | None = None,
    supplier: str = "Papelería Sol S.L.",
    supplier_tax_id: str = "B12345674",
    country: str = "ES",
    deductible: str = "100",
    irpf_rate: str = "0",
    irpf: str = "0",
    credit_note: bool = False,
    category: str = "material",
    status: str = "received",
) -> Expense:
    return Expense(
        id=f"exp-{number}",
        supplier_id="sup-1",
        supplier_name=supplier,
        supplier_tax_id=supplier_tax_id,
        supplier_country=country,
        number=number,
        issue_date=issue_date,
        received_on=received_on or issue_date,
        taxes=taxes or (tax("100.00", "21", "21.00"),),
        irpf_rate=D(irpf_rate),
        irpf=D(irpf),
        category=category,
        deductible_percent=D(deductible),
        is_credit_note=credit_note,
        status=status,
    )


def event(status: str, on: dt.date = dt.date(2026, 11, 26), reason: str = "") -> StatusEvent:
    return StatusEvent(
        id=f"evt-{status}-1", expense_id="exp-1", status=status, on=on, recorded_at=RECORDED, reason=reason
    )

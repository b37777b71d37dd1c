"""Dates and rates in the books' CSV (issued and received invoices, #21), written as AEAT's
libro-registro layout writes them (Formato electrónico de los libros registro del IVA e IRPF, its
CSV "separado por punto y coma"): dates dd/mm/yyyy, rates like amounts with two decimals and a
decimal comma ("21,00"). One place, so both books say them the same way; XLSX cells stay numbers
and dates with a number format, and JSON stays ISO (CLI.md)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

RATE_CENTS = Decimal("0.01")


def book_rate(rate: Decimal) -> str:
    """'21,00', '5,20', '10,50'."""
    return str(rate.quantize(RATE_CENTS, ROUND_HALF_UP)).replace(".", ",")


def book_date(day: dt.date) -> str:
    """'01/04/2026'."""
    return day.strftime("%d/%m/%Y")

"""`expense show` for a person (#21): the received invoice in a few lines, money and dates as the
screen writes them, in the user's language (the JSON shape is for scripts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from facturas_app.cli.words import format_money, text_for
from facturas_app.domain.purchases import Expense, ExpenseTax, response_due

_WORDS = {
    "issued": ("emitida", "issued"),
    "received": ("recibida", "received"),
    "due": ("vence", "due"),
    "base": ("Base", "Base"),
    "vat": ("IVA", "VAT"),
    "surcharge": ("Recargo", "Surcharge"),
    "irpf": ("Retención IRPF", "IRPF withheld"),
    "total": ("Total", "Total"),
    "deductible": ("IVA deducible", "Deductible VAT"),
    "status": ("Estado", "Status"),
    "answer_by": ("responder antes del", "answer by"),
    "reason": ("Motivo", "Reason"),
    "paid_on": ("pagada el", "paid on"),
    "problems": ("Avisos", "Findings"),
    "files": ("Archivos", "Files"),
    "credit_note": ("factura rectificativa", "credit note"),
}


def expense_lines(expense: Expense, files: list[str], lang: str) -> list[str]:
    word = _word_in(lang)
    kind = f" ({word('credit_note')})" if expense.is_credit_note else ""
    supplier = f"{expense.supplier_name} ({expense.supplier_tax_id}, {expense.supplier_country})"
    lines = [f"{expense.number}{kind} · {supplier}"]
    lines.append(" · ".join(_dates(expense, word)))
    lines.append(" · ".join(_amounts(expense, word, lang)))
    lines += [_group_line(tax, word, lang) for tax in expense.taxes]
    lines.append(_status_line(expense, word, lang))
    lines += [f"{word('problems')}: " + "; ".join(expense.findings)] if expense.findings else []
    lines += [f"{word('files')}: " + ", ".join(files)] if files else []
    return lines


def _word_in(lang: str):  # type: ignore[no-untyped-def]
    return lambda key: _WORDS[key][1 if lang == "en" else 0]


def _dates(expense: Expense, word) -> list[str]:  # type: ignore[no-untyped-def]
    found = [(word("issued"), expense.issue_date), (word("received"), expense.received_on)]
    found += [(word("due"), expense.due_date)] if expense.due_date else []
    return [f"{label} {_day(day)}" for label, day in found]


def _amounts(expense: Expense, word, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    shown = [("base", expense.base), ("vat", expense.vat)]
    shown += [("surcharge", expense.surcharge)] if expense.surcharge else []
    shown += [("irpf", expense.irpf)] if expense.irpf else []
    shown += [("total", expense.invoice_total), ("deductible", expense.deductible_vat)]
    return [f"{word(key)} {_money(amount, lang)}" for key, amount in shown]


def _status_line(expense: Expense, word, lang: str) -> str:  # type: ignore[no-untyped-def]
    line = f"{word('status')}: {text_for(f'expense_status_{expense.status}', lang)}"
    if expense.status == "received":
        line += f" · {word('answer_by')} {_day(response_due(expense))}"
    if expense.paid_on:
        line += f" · {word('paid_on')} {_day(expense.paid_on)}"
    return line + (f" · {word('reason')}: {expense.reason}" if expense.reason else "")


def _group_line(tax: ExpenseTax, word, lang: str) -> str:  # type: ignore[no-untyped-def]
    amounts = [f"{word('base')} {_money(tax.base, lang)}", f"{word('vat')} {_money(tax.vat, lang)}"]
    amounts += [f"{word('surcharge')} {_money(tax.surcharge, lang)}"] if tax.surcharge else []
    return f"  {_group(tax.vat_rate, tax.surcharge_rate, lang)}: " + " · ".join(amounts)


def _group(vat_rate: Decimal, surcharge_rate: Decimal, lang: str) -> str:
    # the PDF's own rate words (labels.percent), so «21 %» / «10,5 %» read the same everywhere
    from facturas_app.services.pdf.labels import percent

    shown = "es" if lang != "en" else "en"
    rate = percent(vat_rate, shown)
    return rate + (f" + RE {percent(surcharge_rate, shown)}" if surcharge_rate else "")


def _money(amount: Decimal, lang: str) -> str:
    return format_money(amount, lang)


def _day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")

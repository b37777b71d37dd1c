"""`expense show` for a person (#21) writes each tax group's rates with the PDF's own words
(services/pdf/labels.percent), so «21 %» / «10,5 %» read the same on the invoice and in the terminal."""

from __future__ import annotations

from facturas_app.cli.expense_text import expense_lines
from tests.services.purchases.expense_builders import expense, tax

NBSP = "\u00a0"


def _groups(lang: str) -> list[str]:
    received = expense("T-1", (tax("100.00", "21", "21.00"), tax("200.00", "10.5", "21.00", "1.4", "2.80")))
    return [line.split(":")[0].strip() for line in expense_lines(received, [], lang) if line.startswith("  ")]


def test_rates_read_as_on_the_pdf() -> None:
    assert _groups("es") == [f"21{NBSP}%", f"10,5{NBSP}% + RE 1,4{NBSP}%"]
    assert _groups("en") == ["21%", "10.5% + RE 1.4%"]

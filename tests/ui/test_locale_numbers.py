"""One amount, one way of writing it per language (issue #18): the editor's totals panel wrote
'341,91 €' beside the lines table's '€341.91' in English, the aging table's days '8,9'."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from facturas_app.domain.invoice import InvoiceLine
from facturas_app.domain.totals import compute_totals
from ui.i18n import set_current_language
from ui.models.aging_model import AgingLine, AgingModel
from ui.models.line_records import number_text
from ui.views.editor_totals import TotalsPanel
from ui.widgets.money import MoneyEdit, format_money

EXPECTED = {
    "es": {
        "total": "341,91\u00a0€",
        "base": "282,57\u00a0€",
        "days": "8,9",
        "price": "282,57",
        "zero": "0,00",
    },
    "en": {"total": "€341.91", "base": "€282.57", "days": "8.9", "price": "282.57", "zero": "0.00"},
}


@pytest.fixture(params=["es", "en"])
def lang(request: Any) -> Iterator[str]:
    set_current_language(request.param)
    yield request.param
    set_current_language("es")


def _totals() -> Any:
    line = InvoiceLine("Consultoría", Decimal("1"), Decimal("282.57"), Decimal("21"))
    return compute_totals([line.taxable()])


def test_totals_panel_writes_money_as_the_rest_of_the_screen(qtbot: Any, lang: str) -> None:
    panel = TotalsPanel()
    qtbot.addWidget(panel)
    totals = _totals()
    panel.show_totals(totals)
    assert panel.total_label.text() == EXPECTED[lang]["total"] == format_money(totals.total)
    assert panel.base_label.text() == EXPECTED[lang]["base"]


def test_aging_days_to_pay_use_the_language_decimal_mark(qapp: Any, lang: str) -> None:
    model = AgingModel()
    buckets = (Decimal("0.00"),) * 5
    model.set_lines([AgingLine("c1", "Ana", buckets, Decimal("10.00"), Decimal("8.9"))])
    last = model.index(0, model.columnCount() - 1)
    assert model.data(last) == EXPECTED[lang]["days"]


def test_editor_numbers_and_the_amount_placeholder_follow_the_language(qtbot: Any, lang: str) -> None:
    assert number_text(Decimal("282.57")) == EXPECTED[lang]["price"]
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    assert edit.placeholderText() == EXPECTED[lang]["zero"]


def test_a_form_problem_gives_amounts_as_money(lang: str) -> None:
    from facturas_app.domain.errors import Problem
    from ui.i18n import problem_message

    problem = Problem("amount", "out_of_range", {"min": "0.01", "max": "1000.00"})
    expected = {"es": "fuera de rango (0,01\u00a0€–1.000,00\u00a0€)", "en": "out of range (€0.01–€1,000.00)"}
    assert problem_message(problem) == expected[lang]

"""The Reports view's «IVA (303) e IRPF (130)» page (#21): both sides of the chosen quarter.

- IVA devengado: our invoices' Modelo 303 boxes (services.report_files.summary_rows, the 303 rows);
- IVA deducible: the received invoices per VAT rate (base, cuota, deductible cuota, recargo), the
  boxes 28/29 (current), 40/41 (credit notes received) and 45, and apart what is not deducted: the
  VAT a deductible percentage leaves out, the recargo paid, the bases to self-assess;
- the 303's result (box 46 = 27 − 45): to pay or to carry forward;
- the Modelo 130 year to date, boxes 01-07 and the instalment, and below them the gastos de difícil
  justificación box 02 holds in estimación directa simplificada (the business's IRPF method).
Every figure is the VatSummary the reports service made (what `report vat --json` prints): this
module only lays them out, formatted as the rest of the view.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.services.irpf_method import SIMPLIFIED
from facturas_app.services.report_files import SUMMARY_COLUMNS, summary_rows
from facturas_app.services.reports_purchases import BOX_LABELS_130_FULL, BOX_LABELS_DEDUCTIBLE
from ui.views.report_labels import report_label
from ui.views.report_tables import cell_text
from ui.widgets.money import format_money, format_rate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INSTALMENT = "Pago fraccionado a ingresar"  # services/reports_purchases.summary_rows_purchases


def _table(headers: list[str], stretch: int, rows: int = 0) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, number: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(RIGHT)
    item.setToolTip(tip or text)
    return item


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    """Rows of (texts..., amount): the last cell a figure, right-aligned."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, _item(value, number=c == len(row) - 1 and value != ""))


def _title(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


class TaxSidesPage(QWidget):
    """`show_summary(summary)` fills the page from a VatSummary (None: a whole year was chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sales = _table([report_label(c) for c in SUMMARY_COLUMNS], stretch=2)
        self.sales.setColumnHidden(0, True)  # every row is the 303's: the 130 has its own table
        words = [self.tr("Tipo"), self.tr("Base"), self.tr("Cuota"), self.tr("Deducible"), self.tr("Recargo")]
        self.groups = _table(words, stretch=0)
        self.deductible = _table(
            [report_label("Casilla"), report_label("Concepto"), report_label("Importe")], 1
        )
        self.result = QLabel()
        self.result_detail = QLabel()
        boxes = [*BOX_LABELS_130_FULL, ""]
        self.irpf = _table([self._irpf_header(box) for box in boxes], stretch=0, rows=1)
        self.irpf.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.irpf.setAlternatingRowColors(False)
        self.irpf_note = QLabel()
        self._layout()

    def _irpf_header(self, box: str) -> str:
        short = {
            "01": self.tr("Ingresos"),
            "02": self.tr("Gastos"),
            "03": self.tr("Rendimiento neto"),
            "04": self.tr("20 %"),
            "05": self.tr("Pagos anteriores"),
            "06": self.tr("Retenciones"),
            "07": self.tr("Resultado"),
        }
        return f"{box} {short[box]}" if box else self.tr("A ingresar")

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.addWidget(_title(self.tr("IVA devengado (facturas emitidas)")), 0, 0)
        grid.addWidget(self.sales, 1, 0, 2, 1)
        grid.addWidget(_title(self.tr("IVA deducible (facturas recibidas)")), 0, 1)
        right = QVBoxLayout()
        right.addWidget(self.groups, 2)
        right.addWidget(self.deductible, 5)
        grid.addLayout(right, 1, 1)
        result = QVBoxLayout()
        result.addWidget(self.result)
        result.addWidget(self.result_detail)
        grid.addLayout(result, 2, 1)
        grid.addWidget(_title(self.tr("Modelo 130 · pago fraccionado (acumulado del año)")), 3, 0, 1, 2)
        grid.addWidget(self.irpf, 4, 0, 1, 2)
        grid.addWidget(self.irpf_note, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        header = self.irpf.horizontalHeader().sizeHint().height()
        self.irpf.setFixedHeight(
            header + self.irpf.verticalHeader().defaultSectionSize() + 2 * self.irpf.frameWidth() + 4
        )

    # ----- filling ------------------------------------------------------------------------------
    def show_summary(self, summary: Any) -> None:
        if summary is None:
            self._show_nothing()
            return
        self._show_sales(summary)
        deductible = summary.deductible
        if deductible is None or summary.result is None or summary.irpf is None:
            self._show_nothing(sales_kept=True)
            return
        self._show_deductible(deductible)
        self._show_result(summary.boxes.get("27", Decimal(0)), deductible.vat, summary.result)
        self._show_irpf(summary.irpf)

    def _show_nothing(self, sales_kept: bool = False) -> None:
        choose = self.tr("Elija un trimestre")
        if not sales_kept:
            _fill(self.sales, [("", "", choose, "")])
        _fill(self.groups, [])
        _fill(self.deductible, [("", choose, "")])
        self.result.setText("")
        self.result_detail.setText("")
        self.irpf_note.setText("")
        for column in range(self.irpf.columnCount()):
            self.irpf.setItem(0, column, _item(""))

    def _show_sales(self, summary: Any) -> None:
        rows = [row for row in summary_rows(summary) if row[0] != "130"]
        self.sales.setRowCount(len(rows))
        for r, (model, box, concept, value) in enumerate(rows):
            rate = str(concept).startswith("Tipo")
            amount = format_rate(value) if rate else cell_text("Importe", value)
            for c, text in enumerate((model, box, report_label(concept))):
                self.sales.setItem(r, c, _item(text))
            self.sales.setItem(r, 3, _item(amount, number=True))

    def _show_deductible(self, deductible: Any) -> None:
        groups = []
        for g in deductible.groups:
            rate = format_rate(g.vat_rate)
            if g.surcharge_rate:
                rate = self.tr("%1 + RE %2").replace("%1", rate).replace("%2", format_rate(g.surcharge_rate))
            money = (g.base, g.vat, g.deductible_vat, g.surcharge)
            groups.append((rate, *(format_money(v) for v in money)))
        self.groups.setRowCount(len(groups))
        for r, row in enumerate(groups):
            for c, text in enumerate(row):
                self.groups.setItem(r, c, _item(text, number=c > 0))
        rows = [
            (b, report_label(BOX_LABELS_DEDUCTIBLE[b]), format_money(v)) for b, v in deductible.boxes.items()
        ]
        apart = (
            (self.tr("IVA soportado no deducible"), deductible.non_deductible_vat),
            (self.tr("Recargo de equivalencia soportado (no deducible)"), deductible.surcharge),
            (
                self.tr("Bases a autoliquidar (ISP e intracomunitarias)"),
                deductible.self_assessed_base,
            ),
            (self.tr("Retenciones practicadas a proveedores (modelo 111)"), deductible.irpf_withheld),
        )
        rows += [("", concept, format_money(value)) for concept, value in apart]
        rows.append(("", self.tr("Facturas recibidas del periodo"), str(deductible.expense_count)))
        _fill(self.deductible, rows)

    def _show_result(self, due: Decimal, deducted: Decimal, result: Decimal) -> None:
        if result > 0:
            verdict = self.tr("A ingresar: %1").replace("%1", format_money(result))
        elif result < 0:
            verdict = self.tr("A compensar: %1").replace("%1", format_money(-result))
        else:
            verdict = self.tr("Resultado cero")
        self.result.setText("<b>" + self.tr("Resultado del modelo 303 (casilla 46)") + f" · {verdict}</b>")
        self.result_detail.setText(
            self.tr("27 Total cuota devengada %1 − 45 Total a deducir %2 = 46 %3")
            .replace("%1", format_money(due))
            .replace("%2", format_money(deducted))
            .replace("%3", format_money(result))
        )

    def _show_irpf(self, m: Any) -> None:
        values = [*m.boxes.values(), m.installment]
        tips = [report_label(label) for label in BOX_LABELS_130_FULL.values()] + [report_label(INSTALMENT)]
        for column, (value, tip) in enumerate(zip(values, tips, strict=True)):
            self.irpf.setItem(0, column, _item(format_money(value), number=True, tip=tip))
        self.irpf_note.setText(self._irpf_method_text(m))

    def _irpf_method_text(self, m: Any) -> str:
        if m.method != SIMPLIFIED:
            return self.tr("Estimación directa normal: sin gastos de difícil justificación.")
        return self.tr(
            "Estimación directa simplificada: la casilla 02 incluye %1 de gastos de difícil "
            "justificación (5 % del rendimiento neto previo, máximo 2.000 € al año)."
        ).replace("%1", format_money(m.hard_to_justify))

    # ----- what the tests and the screen read -----------------------------------------------------
    def figures(self) -> dict[str, str]:
        """Box → text on screen: '303-27', '303-45', '303-46', '130-01'… and 'deductible-…' rows."""
        shown: dict[str, str] = {}
        for r in range(self.sales.rowCount()):
            box = self.sales.item(r, 1)
            if box is not None and box.text():
                shown[f"303-{box.text()}"] = self.sales.item(r, 3).text()
        for r in range(self.deductible.rowCount()):
            box, concept = self.deductible.item(r, 0), self.deductible.item(r, 1)
            key = f"303-{box.text()}" if box.text() else concept.text()
            shown[key] = self.deductible.item(r, 2).text()
        for column, box in enumerate([*BOX_LABELS_130_FULL, "instalment"]):
            shown[f"130-{box}"] = self.irpf.item(0, column).text()
        shown["130-note"] = self.irpf_note.text()
        return shown

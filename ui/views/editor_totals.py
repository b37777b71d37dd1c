"""The live totals panel. It only displays a domain `Totals`: no arithmetic happens here."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from facturas_app.domain.totals import Totals
from ui.widgets.money import format_money, format_rate

FIXED = 1000  # grid row of the first fixed line; empty grid rows take no space


def money(amount: Decimal, currency: str = "EUR") -> str:
    """In the UI's language, as the lines table beside it ('341,91 €' / '€341.91'): this panel
    once wrote Spanish in an English editor."""
    return format_money(amount, currency)


def rate(value: Decimal) -> str:
    """'21' / '5,2' (the caption adds its own ' %')."""
    return format_rate(value).removesuffix(" %")


class TotalsPanel(QFrame):
    """Base per rate, IVA, recargo, IRPF, total and amount to pay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.currency = "EUR"
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(0, 1)
        # No fixed minimum width: the grid's own minimum (its labels) keeps every amount readable,
        # also when the live preview takes part of the window.
        self._dynamic: list[QLabel] = []
        self.base_label = self._fixed_row(FIXED + 0, self.tr("Base imponible"))
        self.vat_label = self._fixed_row(FIXED + 1, self.tr("IVA"))
        self.surcharge_label = self._fixed_row(FIXED + 2, self.tr("Recargo de equivalencia"))
        self.irpf_caption = QLabel(self.tr("Retención IRPF"), self)
        self.irpf_label = self._fixed_row(FIXED + 3, "", self.irpf_caption)
        self.total_label = self._fixed_row(FIXED + 4, self.tr("Total factura"), bold=True)
        self.due_label = self._fixed_row(FIXED + 5, self.tr("Total a pagar"), bold=True)
        self.groups_row = 0  # tax groups sit above the fixed rows

    def _fixed_row(
        self, row: int, caption: str, caption_label: QLabel | None = None, bold: bool = False
    ) -> QLabel:
        caption_label = caption_label or QLabel(caption, self)
        value = QLabel(self)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            for label in (caption_label, value):
                font = label.font()
                font.setBold(True)
                label.setFont(font)
        self.grid.addWidget(caption_label, row, 0)
        self.grid.addWidget(value, row, 1)
        return value

    def show_totals(self, totals: Totals) -> None:
        self._show_groups(totals)
        self.base_label.setText(money(totals.base, self.currency))
        self.vat_label.setText(money(totals.vat, self.currency))
        self.surcharge_label.setText(money(totals.surcharge, self.currency))
        self.irpf_caption.setText(self.tr("Retención IRPF (%1 %)").replace("%1", rate(totals.irpf_rate)))
        self.irpf_label.setText(
            money(-totals.irpf, self.currency) if totals.irpf else money(totals.irpf, self.currency)
        )
        self.total_label.setText(money(totals.total, self.currency))
        self.due_label.setText(money(totals.amount_due, self.currency))

    def _show_groups(self, totals: Totals) -> None:
        """One small line per tax group (art. 6.2: a base per rate) under the fixed rows."""
        for label in self._dynamic:
            self.grid.removeWidget(label)
            label.hide()  # deleteLater alone leaves it painted until the next event loop turn
            label.deleteLater()
        self._dynamic = []
        for offset, group in enumerate(totals.groups):
            if group.exemption:
                caption = self.tr("Base %1 (exenta)").replace("%1", group.exemption)
            else:
                caption = self.tr("Base al %1 %").replace("%1", rate(group.vat_rate))
            detail = (
                self.tr("%1 · IVA %2")
                .replace("%1", money(group.base, self.currency))
                .replace("%2", money(group.vat, self.currency))
            )
            if group.surcharge:
                detail += self.tr(" · RE %1").replace("%1", money(group.surcharge, self.currency))
            self._add_group_row(self.groups_row + offset, caption, detail)

    def _add_group_row(self, row: int, caption: str, detail: str) -> None:
        left, right = QLabel(caption, self), QLabel(detail, self)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (left, right):
            label.setStyleSheet("color: #555; font-size: 11px;")
        self.grid.addWidget(left, row, 0)
        self.grid.addWidget(right, row, 1)
        self._dynamic.extend((left, right))

"""The invoice list's columns: which ones a list shows, their headers, the text of each cell and its
colour. Pure functions of a row, so the cells can be made on the worker with the page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow
from ui.i18n import status_name
from ui.widgets.money import format_date, format_money, format_owed
from ui.widgets.validated_line_edit import ERROR_RED

(
    COL_NUMBER,
    COL_CLIENT,
    COL_DATE,
    COL_DUE,
    COL_TOTAL,
    COL_OUTSTANDING,
    COL_STATUS,
    COL_DAYS,
    COL_VERIFACTU,
) = range(9)
BASE_COLUMNS = (COL_NUMBER, COL_CLIENT, COL_DATE, COL_DUE, COL_TOTAL, COL_OUTSTANDING, COL_STATUS)
SORT_KEYS = {
    COL_NUMBER: "number",
    COL_CLIENT: "client_name",
    COL_DATE: "issue_date",
    COL_DUE: "due_date",
    COL_TOTAL: "total",
    COL_OUTSTANDING: "outstanding",
    COL_STATUS: "status",
    COL_DAYS: "due_date",
}  # fmt: skip  (the VERI*FACTU state has no sort index: that column does not sort)
NUMERIC_COLUMNS = frozenset((COL_TOTAL, COL_OUTSTANDING, COL_DAYS))
OVERDUE_COLUMNS = frozenset((COL_DUE, COL_STATUS, COL_DAYS))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARNING_ORANGE = QColor("#b35c00")
PENDING_GREY = QColor("#6b6b6b")


def columns_for(show_days_overdue: bool, show_verifactu: bool) -> tuple[int, ...]:
    return (
        BASE_COLUMNS
        + ((COL_VERIFACTU,) if show_verifactu else ())
        + ((COL_DAYS,) if show_days_overdue else ())
    )


def header(column: int) -> str:
    if column == COL_VERIFACTU:
        return "VERI*FACTU"  # a name, the same in every language
    return _headers()[column]


def _headers() -> dict[int, str]:
    translate = QCoreApplication.translate
    return {
        COL_NUMBER: translate("InvoiceListModel", "Número"),
        COL_CLIENT: translate("InvoiceListModel", "Cliente"),
        COL_DATE: translate("InvoiceListModel", "Fecha"),
        COL_DUE: translate("InvoiceListModel", "Vencimiento"),
        COL_TOTAL: translate("InvoiceListModel", "Total"),
        COL_OUTSTANDING: translate("InvoiceListModel", "Pendiente"),
        COL_STATUS: translate("InvoiceListModel", "Estado"),
        COL_DAYS: translate("InvoiceListModel", "Días vencida"),
    }


def cell_text(row: InvoiceListRow, column: int, today: dt.date) -> str:
    if column == COL_NUMBER:
        return row.number or QCoreApplication.translate("InvoiceListModel", "(borrador)")
    if column == COL_CLIENT:
        return row.client_name
    if column in (COL_DATE, COL_DUE):
        return format_date(row.issue_date if column == COL_DATE else row.due_date)
    if column in (COL_TOTAL, COL_OUTSTANDING):
        return format_money(row.total) if column == COL_TOTAL else format_owed(row.outstanding)
    if column == COL_STATUS:
        return status_name(row.status)
    if column == COL_VERIFACTU:
        return verifactu_text(row.verifactu)
    days = (today - row.due_date).days
    return str(days) if row.status is Status.OVERDUE and days > 0 else ""


def verifactu_text(state: str | None) -> str:
    """The latest record's state in a word or two; nothing for an invoice without a record.
    Pending and in doubt alike are "not confirmed": AEAT has not said it holds the record."""
    words = {
        "pending": QCoreApplication.translate("VerifactuState", "Sin confirmar"),
        "accepted": QCoreApplication.translate("VerifactuState", "Aceptada"),
        "accepted_with_errors": QCoreApplication.translate("VerifactuState", "Con errores"),
        "rejected": QCoreApplication.translate("VerifactuState", "Rechazada"),
    }
    return words.get(state or "", "")


def verifactu_tooltip(state: str | None) -> str:
    tips = {
        "pending": QCoreApplication.translate(
            "VerifactuState", "La AEAT aún no ha confirmado el registro: se envía automáticamente."
        ),
        "accepted": QCoreApplication.translate(
            "VerifactuState", "La AEAT tiene el registro de esta factura."
        ),
        "accepted_with_errors": QCoreApplication.translate(
            "VerifactuState", "La AEAT aceptó el registro con errores: ábrala para verlos y subsanarlos."
        ),
        "rejected": QCoreApplication.translate(
            "VerifactuState", "La AEAT rechazó el registro: ábrala para ver el motivo y subsanarlo."
        ),
    }
    return tips.get(state or "", "")


def foreground(row: InvoiceListRow, column: int) -> QBrush | None:
    """Red for what is overdue; the VERI*FACTU state in red, orange or grey when it needs a look."""
    if column in OVERDUE_COLUMNS and row.status is Status.OVERDUE:
        return _OVERDUE_BRUSH
    if column == COL_VERIFACTU:
        return _STATE_BRUSHES.get(row.verifactu or "")
    return None


_OVERDUE_BRUSH = QBrush(ERROR_RED)
_STATE_BRUSHES = {
    "rejected": QBrush(ERROR_RED),
    "accepted_with_errors": QBrush(WARNING_ORANGE),
    "pending": QBrush(PENDING_GREY),
}

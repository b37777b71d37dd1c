"""The question before a draft is deleted (issue #18): it names the draft — it has no number yet —
by its client, date and total, so the user knows which one goes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facturas_app.storage.api import InvoiceListRow
from ui.widgets.money import format_date, format_money


def draft_label(item: InvoiceListRow) -> str:
    text = QCoreApplication.translate("DraftDelete", "el borrador de «%1» del %2 (%3)")
    return (
        text.replace("%1", item.client_name)
        .replace("%2", format_date(item.issue_date))
        .replace("%3", format_money(item.total))
    )


def confirm_delete_draft(parent: QWidget, item: InvoiceListRow) -> bool:
    title = QCoreApplication.translate("DraftDelete", "Eliminar borrador")
    question = QCoreApplication.translate("DraftDelete", "¿Eliminar %1? No se puede deshacer.")
    answer = QMessageBox.question(parent, title, question.replace("%1", draft_label(item)))
    return answer == QMessageBox.StandardButton.Yes

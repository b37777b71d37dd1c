"""What the Gastos view asks before acting (the rejection's reason, the payment's date, whether to
delete) and the words for an import's outcome. The questions are plain functions a test replaces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_message

IMPORTABLE = (".pdf", ".xml", ".xsig")
PDF_WITHOUT_XML = "incoming_pdf_without_xml"


def ask_reason(parent: QWidget, number: str) -> str | None:
    """The reason told to the supplier; None when the user cancels."""
    title = QCoreApplication.translate("ExpenseActions", "Rechazar factura recibida")
    label = QCoreApplication.translate(
        "ExpenseActions", "Motivo del rechazo de la factura %1 (se comunica al proveedor):"
    )
    text, ok = QInputDialog.getMultiLineText(parent, title, label.replace("%1", number))
    return text.strip() if ok else None


def ask_paid_on(parent: QWidget, number: str, today: dt.date) -> dt.date | None:
    """The day it was paid (today unless said otherwise, never later); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ExpenseActions", "Marcar como pagada"))
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    text = QCoreApplication.translate("ExpenseActions", "Fecha de pago de la factura %1:")
    layout.addWidget(QLabel(text.replace("%1", number)))
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    day: dt.date = edit.date().toPython()
    return day


def confirm_delete(parent: QWidget, number: str, supplier: str) -> bool:
    text = QCoreApplication.translate(
        "ExpenseActions", "¿Eliminar la factura %1 de %2? No se puede deshacer."
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExpenseActions", "Eliminar gasto"),
        text.replace("%1", number).replace("%2", supplier),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExpenseActions", "Guardar la respuesta al proveedor"),
        name,
        QCoreApplication.translate("ExpenseActions", "ApplicationResponse UBL (*.xml)"),
    )
    return path or None


def importable(paths: Sequence[str]) -> list[str]:
    return [p for p in paths if Path(p).suffix.lower() in IMPORTABLE]


def read_files(paths: Sequence[str]) -> list[tuple[str, bytes]]:
    """(name, bytes) of each file (on the worker: a 30 MB file takes a moment)."""
    return [(Path(p).name, Path(p).read_bytes()) for p in paths]


def outcome_lines(results: Sequence[Any]) -> tuple[list[str], list[str]]:
    """(recorded, refused) lines of an import; a PDF without XML is neither (the editor opens)."""
    recorded, refused = [], []
    for result in results:
        if result.expense is not None:
            recorded.append(_recorded_line(result))
        elif result.error is not None and result.error.code != PDF_WITHOUT_XML:
            refused.append(f"{result.name}: {error_message(result.error)}")
    return recorded, refused


def _recorded_line(result: Any) -> str:
    expense = result.expense
    text = QCoreApplication.translate("ExpenseActions", "%1: factura %2 de %3 registrada")
    line = text.replace("%1", result.name).replace("%2", expense.number).replace("%3", expense.supplier_name)
    if result.problems:
        found = QCoreApplication.translate("ExpenseActions", " (con observaciones: %1)")
        line += found.replace("%1", "; ".join(result.problems[:3]))
    return line

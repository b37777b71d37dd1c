"""The questions the invoice editor asks: issue?, save changes?, rectify how?, cancel why?

Kept behind one small class so tests can answer them without driving modal dialogs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.invoice import RECTIFICATION_KINDS
from ui.widgets.money import format_date


class CloseChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Rectification:
    reason: str
    kind: str
    method: str = "substitution"  # or "differences" (RectificationMethod)


class EditorDialogs(QObject):
    """Real modal dialogs; the editor calls these and nothing else to ask the user."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def confirm_issue(self, series: str, issue_date: dt.date) -> bool:
        text = self.tr(
            "Se emitirá la factura en la serie %1 con fecha %2.\n"
            "Una vez emitida no se podrá modificar: solo rectificar o anular."
        )
        text = text.replace("%1", series).replace("%2", format_date(issue_date))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Emitir factura"), text, parent=self.window)
        issue = box.addButton(self.tr("Emitir"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is issue

    def ask_unsaved(self) -> CloseChoice:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cambios sin guardar"),
            self.tr("La factura tiene cambios sin guardar. ¿Quiere guardarlos?"),
            parent=self.window,
        )
        save = box.addButton(self.tr("Guardar"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Descartar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            return CloseChoice.SAVE
        return CloseChoice.DISCARD if box.clickedButton() is discard else CloseChoice.CANCEL

    def ask_rectification(self, number: str, default_kind: str) -> Rectification | None:
        dialog = RectifyDialog(number, default_kind, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def ask_cancel_reason(self, number: str) -> str | None:
        reason, accepted = QInputDialog.getText(
            self.window,
            self.tr("Anular factura"),
            self.tr("Motivo de la anulación de %1:").replace("%1", number),
        )
        return reason.strip() if accepted and reason.strip() else None

    def ask_pdf_path(self, default_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Guardar como PDF"), str(Path(folder) / default_name), self.tr("PDF (*.pdf)")
        )
        return Path(path) if path else None

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (printer, copies, pages); True when the user prints."""
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Imprimir factura"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_issue_before_send(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Enviar por email"),
            self.tr(
                "Es un borrador: para enviarla hay que emitirla primero (recibirá su número "
                "definitivo y ya no se podrá modificar). ¿Emitirla ahora?"
            ),
            parent=self.window,
        )
        issue = box.addButton(self.tr("Emitir y enviar…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is issue

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)


class RectifyDialog(QDialog):
    """Reason, kind (R1–R5) and method (substitution or differences) of a rectifying invoice."""

    def __init__(self, number: str, default_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rectificar %1").replace("%1", number))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("p. ej. error en el precio de la línea 2"))
        self.kind = QComboBox(self)
        for code, label in self.kind_labels().items():
            self.kind.addItem(f"{code} — {label}", code)
        self.kind.setCurrentIndex(max(self.kind.findData(default_kind), 0))
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Por sustitución (importes corregidos completos)"), "substitution")
        self.method.addItem(self.tr("Por diferencias (solo la diferencia)"), "differences")
        self.method.currentIndexChanged.connect(lambda _i: self._show_hint())
        form = QFormLayout()
        form.addRow(self.tr("Motivo"), self.reason)
        form.addRow(self.tr("Tipo"), self.kind)
        form.addRow(self.tr("Método"), self.method)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Crear rectificativa"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self._accept_if_reason)
        buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self._show_hint()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _show_hint(self) -> None:
        if self.method.currentData() == "differences":
            self.hint.setText(
                self.tr(
                    "Se creará un borrador con las líneas en negativo (devolución total): déjelas en la "
                    "diferencia. Lo que ya se pagó y no se deba se podrá registrar como devolución."
                )
            )
        else:
            self.hint.setText(
                self.tr("Se creará un borrador rectificativo con las líneas actuales para que las corrija.")
            )

    def kind_labels(self) -> dict[str, str]:
        labels = {
            "R1": self.tr("Error fundado en derecho (art. 80.Uno, Dos y Seis)"),
            "R2": self.tr("Concurso de acreedores (art. 80.Tres)"),
            "R3": self.tr("Créditos incobrables (art. 80.Cuatro)"),
            "R4": self.tr("Otras causas"),
            "R5": self.tr("Rectificación de factura simplificada"),
        }
        return {code: labels[code] for code in RECTIFICATION_KINDS}

    def _accept_if_reason(self) -> None:
        if self.reason.text().strip():
            self.accept()
        else:
            self.reason.setPlaceholderText(self.tr("Indique el motivo"))
            self.reason.setStyleSheet("border: 1px solid #A4262C;")

    def result_value(self) -> Rectification:
        return Rectification(
            self.reason.text().strip(), str(self.kind.currentData()), str(self.method.currentData())
        )

"""The VERI*FACTU record of one invoice: each billing record (alta, anulación) with its hash, the
previous record's hash, when it was generated and its sending state, plus an integrity check of
the whole chain that says whether this invoice's records are intact.

`open_verifactu_record(parent, services, runner, invoice_id)` is the entry point for the settings
panel and, later, the invoice list's context menu. Reads go through services.verifactu on the runner.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.services.verifactu.status import kind_of
from ui.i18n import error_message
from ui.views.verifactu_panel import ERROR_STYLE, OK_STYLE, reason_names

SPAIN = ZoneInfo("Europe/Madrid")  # the time zone the records state (FechaHoraHusoGenRegistro)
COLUMNS = ("type", "generated", "huella", "previous", "state")


# Literal QCoreApplication.translate("VerifactuRecordDialog", "...") calls, not a helper: lupdate
# extracts only literals (through a helper these texts never reached the .ts files: Spanish in English).


def headers() -> list[str]:
    return [
        QCoreApplication.translate("VerifactuRecordDialog", "Registro"),
        QCoreApplication.translate("VerifactuRecordDialog", "Generado"),
        QCoreApplication.translate("VerifactuRecordDialog", "Huella"),
        QCoreApplication.translate("VerifactuRecordDialog", "Huella anterior"),
        QCoreApplication.translate("VerifactuRecordDialog", "Envío a la AEAT"),
    ]


def type_name(record_type: str) -> str:
    names = {
        "alta": QCoreApplication.translate("VerifactuRecordDialog", "Alta"),
        "anulacion": QCoreApplication.translate("VerifactuRecordDialog", "Anulación"),
        "subsanacion": QCoreApplication.translate("VerifactuRecordDialog", "Subsanación"),
    }
    return names.get(record_type, record_type)


def generated_text(moment: dt.datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(SPAIN).strftime("%d/%m/%Y %H:%M:%S")


def state_text(row: Any) -> str:
    submission = row.submission
    if submission is None or submission.state == "pending":
        attempts = submission.attempts if submission else 0
        return QCoreApplication.translate("VerifactuRecordDialog", "Pendiente de envío") + (
            f" ({attempts}×)" if attempts else ""
        )
    detail = f"{submission.error_code}: {submission.error_description}" if submission.error_code else ""
    if submission.state == "in_doubt":
        return QCoreApplication.translate(
            "VerifactuRecordDialog", "Pendiente: sin respuesta de la AEAT, se consultará"
        )
    if submission.state == "accepted_with_errors":
        return QCoreApplication.translate("VerifactuRecordDialog", "Aceptado con errores") + (
            f" ({detail})" if detail else ""
        )
    if submission.state == "accepted":
        text = (
            QCoreApplication.translate("VerifactuRecordDialog", "Aceptado con errores")
            if submission.aeat_status == "AceptadoConErrores"
            else QCoreApplication.translate("VerifactuRecordDialog", "Aceptado")
        )
        return text + (f" · CSV {submission.csv}" if submission.csv else "")
    return QCoreApplication.translate("VerifactuRecordDialog", "Rechazado") + (
        f" ({detail})" if detail else ""
    )


def correctable(rows: list[Any]) -> bool:
    """The last record was rejected or accepted with errors: a subsanación can follow."""
    last = rows[-1].submission if rows else None
    return last is not None and last.state in ("rejected", "accepted_with_errors")


class VerifactuRecordDialog(QDialog):
    loaded = Signal(object)  # list[VerifactuRow]
    checked = Signal(object)  # VerifyResult

    def __init__(self, services: Any, runner: Any, invoice_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.invoice_id = services, runner, invoice_id
        self.rows: list[Any] = []
        self.setWindowTitle(self.tr("Registro VERI*FACTU"))
        self.title = QLabel(self.tr("Cargando…"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.check_button = QPushButton(self.tr("Comprobar integridad"))
        self.check_button.clicked.connect(self.check)
        self.resubmit_button = QPushButton(self.tr("Subsanar y reenviar"))
        self.resubmit_button.setToolTip(
            self.tr(
                "Tras corregir la causa (p. ej. los datos del cliente), encadena una subsanación y la envía."
            )
        )
        self.resubmit_button.clicked.connect(self.resubmit)
        self.resubmit_button.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.resubmit_button)
        bottom.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.resize(980, 260)
        self.load()

    def load(self) -> None:
        invoice_id = self.invoice_id
        self.runner.submit(lambda: self.services.verifactu.records_of(invoice_id), self._show, self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            previous = row.previous_huella or self.tr("(primer registro de la cadena)")
            values = (type_name(kind_of(row)), generated_text(row.generated_at), row.huella, previous,
                      state_text(row))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        if self.rows:
            first = self.rows[0]
            self.title.setText(
                self.tr("Factura %1 · emisor %2 · %3 registro(s)")
                .replace("%1", first.number)
                .replace("%2", first.issuer_nif)
                .replace("%3", str(len(self.rows)))
            )
        else:
            self.title.setText(
                self.tr("Esta factura no tiene registros VERI*FACTU (no emitida o modo desactivado).")
            )
        self.resubmit_button.setVisible(correctable(self.rows))
        self.loaded.emit(self.rows)

    def resubmit(self) -> None:
        """Chain the subsanación, then send it at once when AEAT's wait allows (worker thread)."""
        if not self.rows:
            return
        number = self.rows[-1].number
        verifactu, sending = self.services.verifactu, self.services.verifactu_sending

        def work() -> Any:
            verifactu.resubmit(number)
            return sending.send_if_due()

        self.resubmit_button.setEnabled(False)
        self._say("", self.tr("Subsanando…"))
        self.runner.submit(work, self._resubmitted, self._failed)

    def _resubmitted(self, _report: Any) -> None:
        self.resubmit_button.setEnabled(True)
        self._say(OK_STYLE, self.tr("Subsanación encadenada."))
        self.load()

    def check(self) -> None:
        self.check_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Comprobando la cadena…"))
        self.runner.submit(self.services.verifactu.verify, self._checked, self._failed)

    def _checked(self, result: Any) -> None:
        self.check_button.setEnabled(True)
        mine = {row.seq for row in self.rows}
        broken_here = [b for b in result.broken if b.seq in mine]
        if broken_here:
            first = broken_here[0]
            text = self.tr("Registro alterado: %1 (%2).").replace("%1", type_name(first.record_type))
            self._say(ERROR_STYLE, text.replace("%2", reason_names().get(first.reason, first.reason)))
        elif result.broken:
            first = result.broken[0]
            text = self.tr("Los registros de esta factura cuadran, pero la cadena está rota en %1 (%2).")
            text = text.replace("%1", first.number or str(first.seq))
            self._say(ERROR_STYLE, text.replace("%2", reason_names().get(first.reason, first.reason)))
        else:
            text = self.tr("Íntegro: huellas y encadenamiento correctos (%1 registros comprobados).")
            self._say(OK_STYLE, text.replace("%1", str(result.count)))
        self.checked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.resubmit_button.setEnabled(True)
        self._say(ERROR_STYLE, error_message(exc))

    def _say(self, style: str, text: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)


def open_verifactu_record(
    parent: QWidget | None, services: Any, runner: Any, invoice_id: str
) -> VerifactuRecordDialog:
    """Open (non-modal) the VERI*FACTU record of an invoice; the caller may keep the dialog."""
    dialog = VerifactuRecordDialog(services, runner, invoice_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

"""Settings › VERI*FACTU: the regime (mode), the AEAT test environment, the state of the record chain,
a full verification of the chain and an export of the billing records (XSD-valid XML).

Everything that reads or writes goes through services.verifactu on the TaskRunner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_message

MODES = ("auto", "on", "off", "sii", "basque", "navarra")  # facturas_app.services.verifactu.MODES
OK_STYLE = "color: #1b7a3a;"
ERROR_STYLE = "color: #b00020;"


def mode_names() -> dict[str, str]:
    return {
        "auto": QCoreApplication.translate(
            "VerifactuPanel", "Automático (activo si el negocio está en España)"
        ),
        "on": QCoreApplication.translate("VerifactuPanel", "Activado"),
        "off": QCoreApplication.translate("VerifactuPanel", "Desactivado"),
        "sii": QCoreApplication.translate("VerifactuPanel", "Desactivado: llevo el SII"),
        "basque": QCoreApplication.translate("VerifactuPanel", "Desactivado: TicketBAI (País Vasco)"),
        "navarra": QCoreApplication.translate("VerifactuPanel", "Desactivado: Navarra"),
    }


def reason_names() -> dict[str, str]:
    return {
        "payload_unreadable": QCoreApplication.translate("VerifactuPanel", "registro ilegible"),
        "columns_mismatch": QCoreApplication.translate("VerifactuPanel", "datos alterados"),
        "hash_mismatch": QCoreApplication.translate("VerifactuPanel", "la huella no coincide"),
        "link_broken": QCoreApplication.translate("VerifactuPanel", "enlace con el anterior roto"),
        "chain_gap": QCoreApplication.translate("VerifactuPanel", "falta un registro"),
    }


class VerifactuPanel(QWidget):
    mode_changed = Signal(str)
    verified = Signal(object)  # VerifyResult
    exported = Signal(object)  # list[Path]

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self._loading = False
        self.mode = QComboBox()
        for code, name in mode_names().items():
            self.mode.addItem(name, code)
        self.test_env = QCheckBox(self.tr("Entorno de pruebas de la AEAT (los QR apuntan a pruebas)"))
        self.chain = QLabel("…")
        self.chain.setWordWrap(True)
        self.last = QLabel("…")
        self.last.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Comprobar la cadena"))
        self.export_button = QPushButton(self.tr("Exportar registros (XML)…"))
        self.record_number = QLineEdit()
        self.record_number.setPlaceholderText(self.tr("Número de factura, p. ej. F-2026-0001"))
        self.record_button = QPushButton(self.tr("Ver registro de una factura…"))
        self.record_button.clicked.connect(self.show_record)
        self.record_number.returnPressed.connect(self.show_record)
        self.record_dialog: Any = None
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_export)
        self.mode.currentIndexChanged.connect(lambda _i: self._save_mode())
        self.test_env.toggled.connect(self._save_test_env)
        self._build()
        self.load()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Cada factura emitida o anulada deja un registro encadenado por su huella (hash), "
                "como exige el Reglamento de sistemas de facturación (VERI*FACTU)."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Régimen"), self.mode)
        form.addRow("", self.test_env)
        form.addRow(self.tr("Registros"), self.chain)
        form.addRow(self.tr("Último registro"), self.last)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_number, 1)
        record_row.addWidget(self.record_button)
        form.addRow(self.tr("Registro de una factura"), record_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>VERI*FACTU</h3>")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        from ui.views.verifactu_sending_box import VerifactuSendingBox

        self.sending = VerifactuSendingBox(self.services, self.runner, self)
        self.sending.sent.connect(lambda _r: self.load())
        self.sending.configured.connect(lambda _w: self.load())
        layout.addWidget(self.sending)
        layout.addStretch(1)

    # ----- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        self.runner.submit(self.services.verifactu.status, self._show_status, self._failed)

    def _show_status(self, status: dict[str, Any]) -> None:
        self._loading = True
        self.mode.setCurrentIndex(max(0, self.mode.findData(status["mode"])))
        self.test_env.setChecked(bool(status["test_environment"]))
        self._loading = False
        state = self.tr("activo") if status["enabled"] else self.tr("inactivo")
        self.chain.setText(
            self.tr("%1 registros (%2 altas, %3 anulaciones) · VERI*FACTU %4")
            .replace("%1", str(status["records"]))
            .replace("%2", str(status["altas"]))
            .replace("%3", str(status["anulaciones"]))
            .replace("%4", state)
        )
        if status["last_number"]:
            huella = str(status["last_huella"] or "")
            self.last.setText(
                self.tr("%1 · huella %2…").replace("%1", status["last_number"]).replace("%2", huella[:16])
            )
        else:
            self.last.setText(self.tr("Ninguno todavía"))

    # ----- settings -----------------------------------------------------------------------------------
    def _save_mode(self) -> None:
        if self._loading:
            return
        mode = self.mode.currentData()
        self.runner.submit(lambda: self.services.verifactu.set_mode(mode), lambda _r: self._mode_saved(mode),
                           self._failed)  # fmt: skip

    def _mode_saved(self, mode: str) -> None:
        self._say(OK_STYLE, self.tr("Régimen guardado."))
        self.mode_changed.emit(mode)
        self.load()

    def _save_test_env(self, on: bool) -> None:
        if self._loading:
            return
        self.runner.submit(lambda: self.services.verifactu.set_test_environment(on), lambda _r: self.load(),
                           self._failed)  # fmt: skip

    # ----- verify and export --------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._say("", self.tr("Comprobando la cadena…"))
        self.runner.submit(self.services.verifactu.verify, self._verified, self._failed)

    def _verified(self, result: Any) -> None:
        self.verify_button.setEnabled(True)
        if result.intact:
            text = self.tr("Cadena íntegra: %1 registros comprobados.").replace("%1", str(result.count))
            self._say(OK_STYLE, text)
        else:
            first = result.broken[0]
            text = (
                self.tr("Cadena rota: %1 de %2 registros no cuadran. Primero: %3 (%4).")
                .replace("%1", str(len(result.broken)))
                .replace("%2", str(result.count))
                .replace("%3", first.number or str(first.seq))
                .replace("%4", reason_names().get(first.reason, first.reason))
            )
            self._say(ERROR_STYLE, text)
        self.verified.emit(result)

    def ask_export(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para los registros"), start)
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path) -> None:
        self.export_button.setEnabled(False)
        self._say("", self.tr("Exportando…"))
        self.runner.submit(lambda: self.services.verifactu.export(folder), self._exported, self._failed)

    def _exported(self, paths: list[Path]) -> None:
        self.export_button.setEnabled(True)
        if paths:
            text = self.tr("%1 archivo(s) guardado(s) en %2.").replace("%1", str(len(paths)))
            self._say(OK_STYLE, text.replace("%2", str(paths[0].parent)))
        else:
            self._say("", self.tr("No hay registros que exportar."))
        self.exported.emit(paths)

    # ----- the record of one invoice -----------------------------------------------------------------
    def show_record(self) -> None:
        number = self.record_number.text().strip()
        if not number:
            return
        self.runner.submit(lambda: self.services.invoices.get(number), self._open_record, self._failed)

    def _open_record(self, invoice: Any) -> None:
        from ui.views.verifactu_record_dialog import open_verifactu_record

        self.record_dialog = open_verifactu_record(self, self.services, self.runner, invoice.id)

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._say(ERROR_STYLE, error_message(exc))

    def _say(self, style: str, text: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

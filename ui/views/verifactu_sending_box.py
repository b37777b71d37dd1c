"""Settings › VERI*FACTU › Envío a la AEAT: the environment and optional address (saved through
`verifactu_sending.configure`), the client certificate with its expiry (warned 30 days before), the
records per state and «Enviar ahora». Every read, write and send runs on the TaskRunner."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facturas_app.services.verifactu.submission import default_endpoint
from ui.i18n import error_message
from ui.widgets.money import format_date

WARN_DAYS = 30
OK_STYLE = "color: #1b7a3a;"
WARN_STYLE = "color: #b35c00; font-weight: bold;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def expiry_style(not_after: dt.datetime, now: dt.datetime) -> str:
    """Red once expired, orange within 30 days, plain otherwise."""
    if (not_after.tzinfo is None) != (now.tzinfo is None):
        not_after, now = not_after.replace(tzinfo=None), now.replace(tzinfo=None)
    left = not_after - now
    if left <= dt.timedelta(0):
        return ERROR_STYLE
    return WARN_STYLE if left <= dt.timedelta(days=WARN_DAYS) else ""


def load_sending(services: Any) -> dict[str, Any]:
    """Worker thread: where records go, the certificate (or None) and the counts per state."""
    sending = services.verifactu_sending
    try:
        info = sending.certificates().info()
    except Exception:  # unreadable file or password not in the keyring: shown as "no certificate"
        info = None
    status = services.verifactu.status(with_items=False)
    return {"where": sending.where(), "cert": info, "status": status, "now": services.clock.now()}


class VerifactuSendingBox(QGroupBox):
    loaded = Signal(object)
    sent = Signal(object)  # the SendReport or None
    configured = Signal(object)  # where() after a save

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setTitle(self.tr("Envío a la AEAT"))
        self.environment = QComboBox()
        self.environment.addItem(self.tr("Pruebas (preproducción de la AEAT)"), "test")
        self.environment.addItem(self.tr("Producción"), "production")
        self.endpoint = QLineEdit()
        self.save_button = QPushButton(self.tr("Guardar"))
        self.save_button.clicked.connect(self.save)
        self.environment.currentIndexChanged.connect(lambda _i: self._show_default())
        self.certificate = QLabel("…")
        self.certificate.setWordWrap(True)
        self.counts = QLabel("…")
        self.counts.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Enviar ahora"))
        self.send_button.clicked.connect(self.send_now)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._build()
        self.load()

    def _build(self) -> None:
        form = QFormLayout(self)
        place = QHBoxLayout()
        place.addWidget(self.environment)
        place.addWidget(self.endpoint, 1)
        place.addWidget(self.save_button)
        form.addRow(self.tr("Entorno"), place)
        form.addRow(self.tr("Certificado"), self.certificate)
        form.addRow(self.tr("Estado"), self.counts)
        send = QHBoxLayout()
        send.addWidget(self.send_button)
        send.addWidget(self.result, 1)
        form.addRow("", send)

    def _show_default(self) -> None:
        """Empty address = AEAT's own for the chosen environment (shown as the placeholder)."""
        url = default_endpoint(str(self.environment.currentData()))
        self.endpoint.setPlaceholderText(self.tr("Por defecto: %1").replace("%1", url))

    def load(self) -> None:
        self.runner.submit(lambda: load_sending(self.services), self._show, self._failed)

    def _show(self, data: dict[str, Any]) -> None:
        where = data["where"]
        index = self.environment.findData(where["environment"] or "test")
        self.environment.setCurrentIndex(max(0, index))
        custom = where["endpoint"] != default_endpoint(where["environment"] or "test")
        self.endpoint.setText(where["endpoint"] if where["environment"] and custom else "")
        self._show_default()
        self._show_certificate(data["cert"], data["now"])
        self.counts.setText(self.counts_text(data["status"]))
        if not where["environment"]:
            self._say(WARN_STYLE, self.tr("Sin configurar: elija el entorno y pulse Guardar."))
        self.loaded.emit(data)

    def _show_certificate(self, info: Any, now: dt.datetime) -> None:
        if info is None:
            self.certificate.setStyleSheet(WARN_STYLE)
            self.certificate.setText(self.tr("Sin certificado (configúrelo con «facturas configure-cert»)."))
            return
        style = expiry_style(info.not_after, now)
        when = format_date(info.not_after.date())
        if style == ERROR_STYLE:
            text = self.tr("%1 · caducado el %2").replace("%1", info.subject).replace("%2", when)
        elif style == WARN_STYLE:
            text = self.tr("%1 · caduca pronto: %2").replace("%1", info.subject).replace("%2", when)
        else:
            text = self.tr("%1 · válido hasta el %2").replace("%1", info.subject).replace("%2", when)
        self.certificate.setStyleSheet(style)
        self.certificate.setText(text)

    def counts_text(self, status: dict[str, Any]) -> str:
        return (
            self.tr("%1 pendientes · %2 aceptados · %3 aceptados con errores · %4 rechazados")
            .replace("%1", str(status.get("pending", 0)))
            .replace("%2", str(status.get("accepted", 0)))
            .replace("%3", str(status.get("accepted_with_errors", 0)))
            .replace("%4", str(status.get("rejected", 0)))
        )

    def save(self) -> None:
        environment = str(self.environment.currentData())
        endpoint = self.endpoint.text().strip() or None
        sending = self.services.verifactu_sending
        self.runner.submit(lambda: sending.configure(environment, endpoint), self._saved, self._failed)

    def _saved(self, where: Any) -> None:
        self._say(OK_STYLE, self.tr("Envío configurado."))
        self.configured.emit(where)
        self.load()

    def send_now(self) -> None:
        self.send_button.setEnabled(False)
        self._say("", self.tr("Enviando…"))
        sending = self.services.verifactu_sending
        self.runner.submit(lambda: sending.send_if_due(), self._sent, self._failed)

    def _sent(self, report: Any) -> None:
        self.send_button.setEnabled(True)
        if report is None:
            self._say("", self.tr("Nada que enviar ahora (o la AEAT pide esperar)."))
        elif report.error is not None:
            self._say(ERROR_STYLE, self.tr("Envío aplazado: la AEAT no respondió."))
        else:
            text = self.tr("Enviados: %1 aceptados, %2 rechazados.").replace("%1", str(len(report.delivered)))
            self._say(
                ERROR_STYLE if report.rejected else OK_STYLE, text.replace("%2", str(len(report.rejected)))
            )
        self.sent.emit(report)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self._say(ERROR_STYLE, error_message(exc))

    def _say(self, style: str, text: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

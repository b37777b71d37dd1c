"""Settings › Correo: SMTP server, sender and password, with "Probar conexión".

Everything that touches the network, the keyring or the database runs on the TaskRunner; the
password field is never written anywhere but MailConfigService (which hands it to the OS keyring).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facturas_app.messages_delivery import delivery_text
from ui.i18n import current_language, error_message

DEFAULT_PORTS = {"starttls": 587, "ssl": 465}


class MailSettingsPanel(QWidget):
    """Needs `services.mail_config` (MailConfigService). Emits `saved` after a successful save."""

    saved = Signal()
    tested = Signal(object)  # DeliveryResult

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (recomendado, puerto 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (puerto 465)"), "ssl")
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit()
        self.from_name = QLineEdit()
        self.from_address = QLineEdit()
        self.reply_to = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(sin cambios)"))
        self.session_only = QCheckBox(self.tr("Solo para esta sesión (no hay llavero del sistema)"))
        self.session_only.setEnabled(False)
        self.save_button = QPushButton(self.tr("Guardar"))
        self.test_button = QPushButton(self.tr("Probar conexión"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self._layout()
        self.load()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Servidor SMTP"), self.host)
        form.addRow(self.tr("Puerto"), self.port)
        form.addRow(self.tr("Seguridad"), self.security)
        form.addRow(self.tr("Usuario"), self.user)
        form.addRow(self.tr("Contraseña"), self.password)
        form.addRow("", self.session_only)
        form.addRow(self.tr("Nombre del remitente"), self.from_name)
        form.addRow(self.tr("Dirección del remitente"), self.from_address)
        form.addRow(self.tr("Responder a"), self.reply_to)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # ----- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        config = self.services.mail_config
        self.runner.submit(lambda: (config.settings(), config.keyring_available()), self._show, self._failed)

    def _show(self, loaded: tuple[Any, bool]) -> None:
        settings, keyring_ok = loaded
        self.session_only.setChecked(not keyring_ok)
        if not keyring_ok:
            self.status.setText(
                self.tr("No hay llavero del sistema: la contraseña se pedirá en cada sesión.")
            )
        if settings is None:
            return
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(max(self.security.findData(settings.security), 0))
        self.user.setText(settings.user)
        self.from_name.setText(settings.from_name)
        self.from_address.setText(settings.from_address)
        self.reply_to.setText(settings.reply_to)

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    # ----- actions ----------------------------------------------------------------------------------
    def current_settings(self) -> Any:
        from facturas_app.services.mail import MailSettings

        return MailSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            reply_to=self.reply_to.text().strip(),
        )

    def save(self) -> None:
        settings, password = self.current_settings(), self.password.text() or None
        self.password.clear()  # not kept in the widget longer than needed
        self._busy(True)
        self.runner.submit(
            lambda: self.services.mail_config.configure(settings, password), self._saved, self._save_failed
        )

    def _saved(self, _result: object) -> None:
        self._busy(False)
        self.status.setText(self.tr("Configuración guardada."))
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        from facturas_app.domain.errors import SecretUnavailable

        self._busy(False)
        if isinstance(exc, SecretUnavailable):  # settings saved; password kept for this session only
            self.session_only.setChecked(True)
            self.saved.emit()
        self.status.setText(error_message(exc))

    def test_connection(self) -> None:
        self._busy(True)
        self.status.setText(self.tr("Probando la conexión…"))
        settings, password = self.current_settings(), self.password.text() or None
        self.runner.submit(
            lambda: self.services.mail_config.test(settings, password), self._tested, self._failed
        )

    def _tested(self, result: Any) -> None:
        self._busy(False)
        ok = result.outcome.value == "sent"
        prefix = self.tr("Conexión correcta: ") if ok else self.tr("La prueba ha fallado: ")
        self.status.setText(prefix + delivery_text(result, current_language()))
        self.tested.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(error_message(exc))

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

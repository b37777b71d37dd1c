"""Send an issued invoice by email: recipients, copy to self, the subject and body that will go out.

Everything that touches the database, the keyring or the network runs on the TaskRunner: the
dialog only shows what comes back. "Enviar" queues the message in the outbox (a row with its
Message-ID before anything is sent) and delivers that one row at once; the outcome shown is the
row's state as the outbox recorded it: sent, queued for retry, failed or unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.messages_outbox import outbox_error_text
from ui.i18n import current_language, error_message, problem_line

OK_STYLE = "background: #E6F4EA; color: #0D652D; padding: 8px; border-radius: 4px;"
WARN_STYLE = "background: #FFF4CE; color: #5C4400; padding: 8px; border-radius: 4px;"
ERROR_STYLE = "background: #FDE2E1; color: #A4262C; padding: 8px; border-radius: 4px;"
# Only to render the template when the client has no address yet: the recipient is not part of
# the subject or body, and nothing is ever queued to it.
PREVIEW_PLACEHOLDER = "preview@example.invalid"


@dataclass(frozen=True)
class SendContext:
    number: str
    client_name: str
    recipients: str
    from_address: str | None  # None: mail is not configured
    needs_password: bool
    subject: str
    body: str


def load_context(services: Any, invoice_id: str) -> SendContext:
    """Worker thread: the invoice, its client's addresses, the mail settings and the preview."""
    invoice = services.invoices.get(invoice_id)
    client = services.clients.get(invoice.client_id)
    settings = services.mail_config.settings()
    outbox = services.outbox
    if client.emails:
        mail = outbox.preview_invoice_mail(invoice_id)
        subject, body = mail.subject, mail.body
    else:
        composed = outbox.compose_invoice_mail(invoice_id, to=PREVIEW_PLACEHOLDER, attach_pdf=False)
        subject, body = composed.composition.subject, composed.composition.body
    return SendContext(
        number=invoice.number or "",
        client_name=client.name,
        recipients=", ".join(client.emails),
        from_address=settings.from_address if settings else None,
        needs_password=settings is not None and services.mail_config.needs_password(),
        subject=subject,
        body=body,
    )


def send_now(services: Any, invoice_id: str, to: str, cc_self: bool, password: str | None) -> Any:
    """Worker thread: queue the invoice's email, then deliver that row now. Returns the row."""
    if password is not None:
        services.mail_config.remember_for_session(password)  # memory only, this process only
    entry = services.outbox.queue_invoice(invoice_id, kind="invoice", to=to, cc_self=cc_self)
    try:
        delivered = services.outbox.deliver([entry.id])
    except Exception:
        # Nothing was claimed (no transport: settings or password missing). Cancel the row so a
        # second attempt from this dialog cannot end up sending the invoice twice.
        services.outbox.cancel(entry.id)
        raise
    return delivered[0] if delivered else services.outbox.get(entry.id)


class SendDialog(QDialog):
    sent = Signal(object)  # the outbox row once its state is `sent`
    finished_sending = Signal(object)  # the outbox row, whatever its state
    mail_settings_requested = Signal()  # "Ajustes → Correo": the shell opens that page

    def __init__(self, services: Any, runner: Any, invoice_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.invoice_id = invoice_id
        self.context: SendContext | None = None
        self.result_entry: Any = None
        self.setWindowTitle(self.tr("Enviar factura por email"))
        self._build()
        self.setMinimumWidth(560)
        self._set_busy(True, self.tr("Preparando el mensaje…"))
        self.runner.submit(lambda: load_context(services, invoice_id), self._loaded, self._load_failed)

    # ----- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.to_edit = QLineEdit(self)
        self.to_edit.setPlaceholderText(self.tr("cliente@ejemplo.com, otra@ejemplo.com"))
        self.cc_self = QCheckBox(self.tr("Enviarme una copia"), self)
        self.subject = QLineEdit(self)
        self.subject.setReadOnly(True)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setMinimumHeight(180)
        self.attachment = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        form = QFormLayout()
        form.addRow(self.tr("Para"), self.to_edit)
        form.addRow("", self.cc_self)
        form.addRow(self.tr("Asunto"), self.subject)
        form.addRow(self.tr("Mensaje"), self.body)
        form.addRow(self.tr("Adjunto"), self.attachment)
        self.hint = QLabel(self.tr("El texto sale de las plantillas de Ajustes → Correo."), self)
        self.hint.setStyleSheet("color: #5F6368;")
        self.buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(self.tr("Enviar"), self)
        self.send_button.setDefault(True)
        self.settings_button = QPushButton(self.tr("Abrir Ajustes → Correo"), self)
        self.close_button = QPushButton(self.tr("Cancelar"), self)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.settings_button.hide()  # after addButton, which shows it: only when mail is not configured
        self.send_button.clicked.connect(self.send)
        self.settings_button.clicked.connect(self._open_settings)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ----- loading -----------------------------------------------------------------------------------
    def _loaded(self, context: SendContext) -> None:
        from facturas_app.services.pdf.filenames import invoice_file_name

        self.context = context
        self.heading.setText(
            self.tr("Factura %1 a %2").replace("%1", context.number).replace("%2", context.client_name)
        )
        self.to_edit.setText(context.recipients)
        self.subject.setText(context.subject)
        self.body.setPlainText(context.body)
        self.attachment.setText(invoice_file_name(context.number, context.client_name, self.invoice_id))
        if context.from_address is None:
            self._show_status(
                ERROR_STYLE,
                self.tr(
                    "El correo no está configurado. Indique su servidor de correo en Ajustes → Correo "
                    "y vuelva a intentarlo."
                ),
            )
            self.settings_button.show()
            self.send_button.setEnabled(False)
            self._set_inputs_enabled(False)
            return
        self.cc_self.setText(self.tr("Enviarme una copia (a %1)").replace("%1", context.from_address))
        self._set_busy(False)
        if not context.recipients:
            self._show_status(WARN_STYLE, self.tr("El cliente no tiene email: escriba la dirección."))
            self.to_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.send_button.setEnabled(False)
        self._show_status(ERROR_STYLE, error_message(exc))

    # ----- sending -----------------------------------------------------------------------------------
    def send(self) -> None:
        context = self.context
        if context is None or context.from_address is None:
            return
        to = self.to_edit.text().strip()
        if not to:
            self._show_status(ERROR_STYLE, self.tr("Escriba al menos una dirección de email."))
            return
        password = None
        if context.needs_password:
            password = self.ask_password(context.from_address)
            if not password:
                return
        self._set_busy(True, self.tr("Enviando…"))
        services, invoice_id, cc_self = self.services, self.invoice_id, self.cc_self.isChecked()
        self.runner.submit(
            lambda: send_now(services, invoice_id, to, cc_self, password), self._finished, self._failed
        )

    def ask_password(self, account: str) -> str | None:
        """No password in the keyring (or no keyring): ask for it; it is kept for this session only."""
        password, accepted = QInputDialog.getText(
            self,
            self.tr("Contraseña del correo"),
            self.tr("Contraseña SMTP de %1 (solo se recordará hasta cerrar la aplicación):").replace(
                "%1", account
            ),
            QLineEdit.EchoMode.Password,
        )
        return password if accepted and password else None

    def _finished(self, entry: Any) -> None:
        self.result_entry = entry
        self._set_busy(False)
        # The reason in the user's language; the server's reply follows it only as a detail.
        state, words = entry.state, outbox_error_text(entry, current_language())
        if self.context is not None and state != "failed":  # a 535 asks again; otherwise once is enough
            self.context = _without_password_prompt(self.context)
        if state == "sent":
            self._show_status(OK_STYLE, self.tr("Enviada a %1.").replace("%1", entry.to))
            self._done_sending()
            self.sent.emit(entry)
        elif state == "queued":
            text = self.tr(
                "No se ha podido enviar ahora; queda en la bandeja de salida y se reintentará "
                "automáticamente. %1"
            )
            self._show_status(WARN_STYLE, text.replace("%1", words))
            self._done_sending()
        elif state == "unknown":
            text = self.tr("%1 Compruébelo en la bandeja de salida antes de reenviarlo.")
            self._show_status(WARN_STYLE, text.replace("%1", words))
            self._done_sending()
        else:
            text = self.tr("No se ha enviado. %1")
            self._show_status(ERROR_STYLE, text.replace("%1", words or state))
        self.finished_sending.emit(entry)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self._show_status(ERROR_STYLE, "\n".join(problem_line(p) for p in exc.problems))
        else:
            self._show_status(ERROR_STYLE, error_message(exc))

    def _done_sending(self) -> None:
        """Sent or in the outbox's hands: sending again from here would duplicate it."""
        self.send_button.setEnabled(False)
        self._set_inputs_enabled(False)
        self.close_button.setText(self.tr("Cerrar"))

    # ----- helpers -----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.send_button.setEnabled(not busy)
        self._set_inputs_enabled(not busy)
        if busy and text:
            self._show_status(WARN_STYLE, text)
        elif not busy:
            self.status.hide()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.to_edit.setEnabled(enabled)
        self.cc_self.setEnabled(enabled)

    def _show_status(self, style: str, text: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()

    def _open_settings(self) -> None:
        self.mail_settings_requested.emit()
        self.reject()


def _without_password_prompt(context: SendContext) -> SendContext:
    from dataclasses import replace

    return replace(context, needs_password=False)

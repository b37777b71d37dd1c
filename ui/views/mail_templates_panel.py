"""Settings › Plantillas de correo: edit the subject and body of each email template per language,
see the placeholders it may use and a live preview (sample values or a chosen invoice), save or go
back to the default. Unknown placeholders are refused by the service and shown inline.

Plug into the Settings view: `MailTemplatesPanel(services, runner)`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.mail.templates import PLACEHOLDERS, MailTemplate, RenderedMail, invoice_values
from ui.views import show_error

PREVIEW_DELAY_MS = 250  # typing re-renders once the user pauses, not on every key


def template_titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MailTemplates", text)

    return {
        "invoice": tr("Envío de factura"),
        "quote": tr("Envío de presupuesto"),
        "reminder_before_due": tr("Recordatorio: antes del vencimiento"),
        "reminder_due": tr("Recordatorio: día del vencimiento"),
        "reminder_overdue_7": tr("Recordatorio: primer aviso"),
        "reminder_overdue_15": tr("Recordatorio: segundo aviso"),
        "reminder_overdue_30": tr("Recordatorio: último aviso"),
        "receipt": tr("Recibo de pago"),
        "feedback": tr("Petición de valoración"),
    }


def preview_values(services: Any, number: str, lang: str) -> dict[str, str] | None:
    """Placeholder values from a real invoice (by number), or None for the service's sample."""
    if not number.strip():
        return None
    invoice = services.invoices.get(number.strip())
    client = services.clients.get(invoice.client_id)
    business = services.business.get()
    return invoice_values(invoice, client.name, business, lang, services.clock.today())


class MailTemplatesPanel(QWidget):
    saved = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.template = QComboBox()
        for key, title in template_titles().items():
            self.template.addItem(title, key)
        self.language = QComboBox()
        self.language.addItem(self.tr("Español"), "es")
        self.language.addItem(self.tr("Inglés"), "en")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(180)
        self.invoice_number = QLineEdit()
        self.invoice_number.setPlaceholderText(self.tr("Datos de ejemplo (o escriba un número de factura)"))
        self.placeholders = QLabel(
            self.tr("Marcadores disponibles: ") + ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        )
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(self.placeholders.textInteractionFlags() | _selectable())
        self.state = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.preview = QTextBrowser()
        self.save_button = QPushButton(self.tr("Guardar"))
        self.reset_button = QPushButton(self.tr("Restaurar predeterminada"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.show_preview)
        self._layout()
        self._connect()
        self.load()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Plantilla"), self.template)
        form.addRow(self.tr("Idioma"), self.language)
        form.addRow(self.tr("Asunto"), self.subject)
        form.addRow(self.tr("Cuerpo"), self.body)
        form.addRow("", self.placeholders)
        form.addRow(self.tr("Vista previa con"), self.invoice_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Plantillas de correo</h3>")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Vista previa:")))
        layout.addWidget(self.preview, 1)

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(lambda _i: self.load())
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.subject.textEdited.connect(lambda _t: self._timer.start())
        self.body.textChanged.connect(self._timer.start)
        self.invoice_number.editingFinished.connect(self.show_preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.restore_default)

    def key(self) -> str:
        return str(self.template.currentData())

    def lang(self) -> str:
        return str(self.language.currentData())

    # ----- loading and preview ------------------------------------------------------------------
    def load(self) -> None:
        key, lang = self.key(), self.lang()
        self.runner.submit(
            lambda: self.services.outbox.templates.get(key, lang),
            self._show,
            lambda exc: show_error(self, exc),
        )

    def _show(self, template: MailTemplate) -> None:
        self.error.clear()
        self.subject.setText(template.subject)
        self.body.blockSignals(True)  # one preview below, not one per setPlainText
        self.body.setPlainText(template.body)
        self.body.blockSignals(False)
        self.state.setText(self.tr("Personalizada") if template.customized else self.tr("Predeterminada"))
        self.reset_button.setEnabled(template.customized)
        self.show_preview()

    def show_preview(self) -> None:
        self._timer.stop()
        key, lang = self.key(), self.lang()
        subject, body, number = self.subject.text(), self.body.toPlainText(), self.invoice_number.text()

        def render() -> RenderedMail:
            values = preview_values(self.services, number, lang)
            return self.services.outbox.templates.render_preview(key, lang, subject, body, values)  # type: ignore[no-any-return]

        self.runner.submit(render, self._preview, self._preview_failed)

    def _preview(self, rendered: RenderedMail) -> None:
        self.preview.setPlainText(f"{self.tr('Asunto:')} {rendered.subject}\n\n{rendered.body}")

    def _preview_failed(self, exc: BaseException) -> None:
        from ui.i18n import error_message

        self.preview.setPlainText(error_message(exc))  # e.g. no invoice with that number

    # ----- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        key, lang = self.key(), self.lang()
        subject, body = self.subject.text(), self.body.toPlainText()
        self.runner.submit(
            lambda: self.services.outbox.templates.save(key, lang, subject, body),
            lambda _r: self._saved(self.tr("Plantilla guardada.")),
            self._failed,
        )

    def restore_default(self) -> None:
        key, lang = self.key(), self.lang()
        self.runner.submit(
            lambda: self.services.outbox.templates.reset(key, lang),
            lambda _r: self._saved(self.tr("Plantilla predeterminada restaurada.")),
            self._failed,
        )

    def _saved(self, message: str) -> None:
        self.load()
        self.state.setText(message)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        from ui.i18n import error_message, problem_message

        if isinstance(exc, ValidationFailed):
            labels = {"subject": self.tr("Asunto"), "body": self.tr("Cuerpo")}
            self.error.setText(
                "\n".join(f"{labels.get(p.field, p.field)}: {problem_message(p)}" for p in exc.problems)
            )
        else:
            self.error.setText(error_message(exc))


def _selectable() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse

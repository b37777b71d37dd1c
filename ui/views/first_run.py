"""First run: a three-page wizard for the business profile, saved through services.business.save.

Cancelling it quits the app (there is nothing to show without a business), so Esc, Cancel and the
window's close button ask first once something was typed: it used to be lost at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.parties import Business
from ui.i18n import error_message, problem_line, save_language
from ui.views.settings import BusinessFields, save_business


class _Page(QWizardPage):
    def __init__(
        self, title: str, subtitle: str, rows: list[tuple[str, QWidget]], complete: Any = None
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._complete = complete
        form = QFormLayout(self)
        for label, widget in rows:
            form.addRow(label, widget)

    def isComplete(self) -> bool:
        return self._complete() if self._complete else True


class FirstRunWizard(QWizard):
    business_saved = Signal(object)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setWindowTitle(self.tr("Bienvenido a Facturas"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        self.fields = f = BusinessFields(services.clock.today(), self)
        f.hide()
        self.identity = _Page(
            self.tr("Su negocio"),
            self.tr("Estos datos aparecerán en sus facturas."),
            [
                (self.tr("Nombre o razón social"), f.name),
                (self.tr("Nombre comercial"), f.trade_name),
                (self.tr("País"), f.country),
                (self.tr("NIF"), f.tax_id),
            ],
            f.identity_valid,
        )
        self.contact = _Page(
            self.tr("Dirección y contacto"),
            self.tr("La dirección fiscal y el correo de facturación."),
            [
                (self.tr("Dirección"), f.address),
                (self.tr("Código postal"), f.postal_code),
                (self.tr("Ciudad"), f.city),
                (self.tr("Correo electrónico"), f.email),
                (self.tr("Logotipo"), f.logo_row()),
            ],
            f.email.is_valid,
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.billing = _Page(
            self.tr("Cobros e impuestos"),
            self.tr("Valores por defecto para las facturas nuevas."),
            [
                (self.tr("IBAN"), f.iban),
                (self.tr("Serie de facturas"), f.series),
                (self.tr("IVA por defecto"), f.vat),
                (self.tr("IRPF por defecto"), f.irpf),
                (self.tr("Idioma"), f.language),
                ("", self.error_label),
            ],
            f.is_valid,
        )
        for page in (self.identity, self.contact, self.billing):
            self.addPage(page)
        for field in (f.name, f.tax_id):
            field.edit.textChanged.connect(lambda _t: self.identity.completeChanged.emit())
        f.country.currentTextChanged.connect(lambda _t: self.identity.completeChanged.emit())
        f.email.validity_changed.connect(lambda _v: self.contact.completeChanged.emit())
        f.validity_changed.connect(lambda _v: self.billing.completeChanged.emit())
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Empezar"))
        self.saved_business: Business | None = None
        self._untouched = self._typed()
        self.quit_question: QMessageBox | None = None

    def _typed(self) -> tuple[object, ...]:
        """Everything the user can change in the wizard (to tell whether they changed anything)."""
        texts = tuple(edit.text() for edit in self.findChildren(QLineEdit))
        return texts + tuple(combo.currentIndex() for combo in self.findChildren(QComboBox))

    def reject(self) -> None:
        """Esc, Cancel or closing the window: quit at once only when nothing would be lost."""
        if self._typed() == self._untouched:
            super().reject()
        elif self.quit_question is None or not self.quit_question.isVisible():
            self.quit_question = self._ask_quit()

    def _ask_quit(self) -> QMessageBox:
        """Window-modal and answered asynchronously (never a nested event loop inside reject)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Salir de Facturas"),
            self.tr("Los datos de su negocio aún no se han guardado y se perderán. ¿Salir de todos modos?"),
            parent=self,
        )
        leave = box.addButton(self.tr("Salir sin guardar"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Seguir configurando"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)  # a second Esc keeps the wizard open
        box.buttonClicked.connect(lambda button: QWizard.reject(self) if button is leave else None)
        box.open()
        return box

    def accept(self) -> None:
        """Finish saves first; the wizard closes only when the service accepted the profile."""
        business = self.fields.business()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.runner.submit(lambda: save_business(self.services, business), self._saved, self._failed)

    def _saved(self, business: Business) -> None:
        self.saved_business = business
        save_language(business.language)
        self.business_saved.emit(business)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, ValidationFailed):
            rest = self.fields.show_problems(exc.problems)
            self.error_label.setText("; ".join(problem_line(p) for p in rest))
        else:
            self.error_label.setText(error_message(exc))

"""A line edit with an inline message under it, re-checked as the user types.

The message waits until the field was touched (typed in, left, filled by the program) or
`reveal()` is called (the wizard's Next): a form that opens full of "es obligatorio" before the
user typed anything reads as a scolding. Validity is known from the start either way.

Checks are plain functions `text -> message` ("" when fine) built on the domain validators, so the
screen says exactly what the services would refuse, in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from facturas_app.domain import identifiers as ids
from facturas_app.domain.errors import Problem
from facturas_app.domain.verifactu_rules import issuer_name_problems, recipient_name_problems
from ui.i18n import problem_message

Check = Callable[[str], str]
ERROR_RED = QColor(211, 47, 47)  # legible on light and dark palettes alike


class ValidatedLineEdit(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, check: Check | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.edit = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_RED)
        self.message.setPalette(palette)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self._valid = True
        self._touched = False
        self.edit.textChanged.connect(self.revalidate)
        self.edit.textEdited.connect(lambda _text: self.reveal())
        self.edit.editingFinished.connect(self.reveal)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self._touched = True
        self.edit.setText(text)
        self.revalidate()

    def reveal(self) -> bool:
        """Show the message from now on (the field was touched, or the form is being submitted)."""
        self._touched = True
        return self.revalidate()

    def is_valid(self) -> bool:
        return self._valid

    def revalidate(self) -> bool:
        problem = self.check(self.edit.text().strip()) if self.check else ""
        self._set_problem(problem, shown=self._touched)
        return self._valid

    def show_problem(self, message: str) -> None:
        """Also used for problems the service reported after a save attempt (always shown)."""
        self._touched = True
        self._set_problem(message, shown=True)

    def _set_problem(self, message: str, shown: bool) -> None:
        visible = message if shown else ""
        self.message.setText(visible)
        self.message.setVisible(bool(visible))
        self.edit.setToolTip(visible)
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)


def _message(code: str, **params: object) -> str:
    return problem_message(Problem("", code, dict(params)))


def required_check(text: str) -> str:
    return _message("required") if not text else ""


def tax_id_check(country: Callable[[], str], required: bool = True) -> Check:
    def check(text: str) -> str:
        if not text:
            return _message("required") if required else ""
        code = country().upper() or "ES"
        return "" if ids.is_valid_tax_id(text, code) else _message("invalid_tax_id", value=text, country=code)

    return check


def iban_check(text: str) -> str:
    return "" if not text or ids.is_valid_iban(text) else _message("invalid_iban", value=text)


def emails_check(text: str) -> str:
    for email in ids.split_emails(text):
        if not ids.is_valid_email(email):
            return _message("invalid_email", value=email)
    return ""


def country_check(text: str) -> str:
    return "" if len(text) == 2 and text.isalpha() else _message("invalid_country", value=text)


def client_name_check(text: str) -> str:
    """Required, and none of the characters AEAT refuses in a client's name (verifactu_rules)."""
    problems = recipient_name_problems(text)
    return required_check(text) or (problem_message(problems[0]) if problems else "")


def issuer_name_check(country: Callable[[], str]) -> Check:
    """The business name: required and, for a Spanish (VERI*FACTU) issuer, as AEAT's census has it."""

    def check(text: str) -> str:
        problems = issuer_name_problems(text) if country().upper() == "ES" else []
        return required_check(text) or (problem_message(problems[0]) if problems else "")

    return check

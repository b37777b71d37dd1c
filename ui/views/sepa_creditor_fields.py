"""The business's SEPA direct-debit fields in Ajustes › Negocio (issue #19): the creditor
identifier its bank assigned and the pre-notification days agreed with its debtors. They are saved
with the rest of the profile through BusinessService.save, the same check `business set` runs, and
the identifier is checked as typed with the same domain rule so the screen refuses what it would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

from facturas_app.domain import sepa
from ui.i18n import problem_message
from ui.widgets.validated_line_edit import Check

CREDITOR_ID_EXAMPLE = "ES11000B12345674"  # a valid identifier for a valid CIF


def creditor_id_check(country: Callable[[], str]) -> Check:
    """Optional; when typed, of the business's own country with valid check digits."""

    def check(text: str) -> str:
        problems = sepa.creditor_id_problems(compact_creditor_id(text), country().upper() or "ES")
        return problem_message(problems[0]) if problems else ""

    return check


def compact_creditor_id(text: str) -> str:
    """As `business set` stores it: no spaces, upper case."""
    return text.replace(" ", "").upper()


def prenotice_spin() -> QSpinBox:
    """0 to 14 days (the range the service accepts), so the field cannot hold a refused value."""
    spin = QSpinBox()
    spin.setRange(0, sepa.MAX_PRENOTICE_DAYS)
    spin.setValue(sepa.DEFAULT_PRENOTICE_DAYS)
    spin.setSuffix(QCoreApplication.translate("BusinessFields", " días"))
    spin.setMaximumWidth(120)
    return spin

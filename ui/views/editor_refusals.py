"""The editor's live check of a draft: warnings (yellow, never blocking) and what `issue` would
refuse under AEAT's record rules (red, domain/verifactu_rules.py), both asked of the services while
the user types, so the refusal is seen before the Emitir button is pressed.

A mixin of `InvoiceEditorView`, like EditorActions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from facturas_app.domain.errors import Problem
from facturas_app.domain.invoice import Invoice

if TYPE_CHECKING:
    from ui.views.invoice_editor import InvoiceEditorView

    _Base = InvoiceEditorView
else:
    _Base = object


class DraftChecks(NamedTuple):
    warnings: list[Problem]
    refusals: list[Problem]


def check_draft(services: Any, invoice: Invoice) -> DraftChecks:
    """Runs on a worker thread: the same two calls the services make on save and on issue."""
    return DraftChecks(services.invoices.warnings_for(invoice), services.invoices.issue_refusals(invoice))


def _field_label(field: str) -> str:
    """The screen's name for a refused field (the CLI prints the field's own name)."""
    labels = {
        "client.name": QCoreApplication.translate("InvoiceEditorView", "Cliente"),
        "client.country": QCoreApplication.translate("InvoiceEditorView", "Cliente"),
        "client.address": QCoreApplication.translate("InvoiceEditorView", "Cliente"),  # a company's
        "client.postal_code": QCoreApplication.translate("InvoiceEditorView", "Cliente"),
        "client.city": QCoreApplication.translate("InvoiceEditorView", "Cliente"),
        "business.name": QCoreApplication.translate("InvoiceEditorView", "Nombre de su negocio"),
        "kind": QCoreApplication.translate("InvoiceEditorView", "Tipo de factura"),
        "issue_date": QCoreApplication.translate("InvoiceEditorView", "Fecha"),
        "operation_date": QCoreApplication.translate("InvoiceEditorView", "Fecha de operación"),
    }
    return labels.get(field, "")


class EditorRefusals(_Base):
    def _show_checks(self, checks: DraftChecks) -> None:
        self._show_warnings(checks.warnings)
        self._show_refusals(checks.refusals)

    def _show_refusals(self, refusals: list[Problem]) -> None:
        lines = []
        for problem in refusals:
            label, text = _field_label(problem.field), self._problem_line(problem)
            lines.append(f"✖ {label}: {text}" if label else f"✖ {text}")
        title = QCoreApplication.translate("InvoiceEditorView", "No se podrá emitir así:")
        self.refusal_notice.setText("\n".join([title, *lines]) if lines else "")
        self.refusal_notice.setVisible(bool(lines))

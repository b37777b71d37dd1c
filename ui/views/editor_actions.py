"""What the invoice editor does with a draft: save, issue, rectify, cancel, export, close guard.

A mixin of `InvoiceEditorView` (kept apart so each file stays readable); every service call goes
through the runner and every question to the user through `self.dialogs`.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice, Kind, Status
from facturas_app.domain.money import decimal_text
from ui.i18n import error_message, problem_message
from ui.models.line_records import COLUMN_OF_FIELD
from ui.views import show_status
from ui.views.editor_dialogs import CloseChoice

if TYPE_CHECKING:
    from ui.views.invoice_editor import InvoiceEditorView

    _Base = InvoiceEditorView
else:
    _Base = object


def line_payload(line: Any) -> dict[str, str]:
    """A domain line in CLI.md's JSON shape (what `rectify` accepts)."""
    return {
        "description": line.description,
        "quantity": decimal_text(line.quantity),
        "unit_price": decimal_text(line.unit_price),
        "vat_rate": decimal_text(line.vat_rate),
        "discount_percent": decimal_text(line.discount_percent),
        "surcharge_rate": decimal_text(line.surcharge_rate),
        "exemption": line.exemption or "",
        "unit": line.unit,
        "product_id": line.product_id or "",
    }


def _line_field(field: str) -> tuple[int | None, str]:
    """'lines[2].quantity' → (2, 'quantity'); anything else → (None, field)."""
    if not field.startswith("lines["):
        return None, field
    index, _, rest = field[len("lines[") :].partition("]")
    return (int(index), rest.lstrip(".")) if index.isdigit() else (None, field)


def write_invoice_pdf(services: Any, invoice_id: str, path: Path) -> None:
    """Runs on a worker thread: the stored invoice's PDF (with its VERI*FACTU QR once issued),
    written beside the target and renamed so a crash never leaves half a file."""
    services.documents.write_pdf(invoice_id, path)


class EditorActions(_Base):
    # ----- saving -----------------------------------------------------------------------------------
    def save_draft(self) -> None:
        self._save(None)

    def _save(self, on_finished: Callable[[bool], None] | None) -> None:
        finished = on_finished or (lambda _ok: None)
        if self.invoice is None or not self.invoice.is_draft:
            finished(False)
            return
        invoice = self._invoice_to_save()
        if invoice is None:
            finished(False)
            return
        self.runner.submit(
            lambda: self.services.invoices.save_draft(invoice),
            lambda result: finished(self._saved(result)),
            lambda exc: finished(self._save_failed(exc)),
        )

    def _invoice_to_save(self) -> Invoice | None:
        """The invoice as typed, or None (with the reason shown) when it cannot be saved as is."""
        lines = self.lines.model.domain_lines()
        if lines is None:
            self._show_error(
                QCoreApplication.translate(
                    "InvoiceEditorView", "Corrija los valores marcados en rojo antes de guardar."
                ),
                from_cells=False,
            )
            return None
        if self.form.client_picker.current_client() is None:
            self._show_error(
                QCoreApplication.translate("InvoiceEditorView", "Elija un cliente."), from_cells=False
            )
            return None
        return self._working_invoice(lines)

    def _saved(self, result: Any) -> bool:
        self.invoice = result.invoice
        self.stored = True
        self._form_dirty = False
        self.lines.undo_stack.setClean()
        self.lines.model.clear_server_errors()
        self._show_error("")
        self._show_warnings(result.warnings)
        self._update_title()
        self.saved.emit(result.invoice.id)
        return True

    def _save_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems)
        else:
            self._show_error(error_message(exc), from_cells=False)
        return False

    def _show_problems(self, problems: list[Problem]) -> None:
        """Line problems go to their cell (in red); the rest to the notice above the totals."""
        self.lines.model.clear_server_errors()
        general: list[str] = []
        for problem in problems:
            row, field = _line_field(problem.field)
            if row is not None and field in COLUMN_OF_FIELD:
                row = self.lines.model.row_of_line(row)
                self.lines.model.set_server_error(row, COLUMN_OF_FIELD[field], problem_message(problem))
            else:
                general.append(self._problem_line(problem))
        self._show_error("\n".join(general), from_cells=False)

    def _problem_line(self, problem: Problem) -> str:
        row, _field = _line_field(problem.field)
        if row is not None:
            return (
                QCoreApplication.translate("InvoiceEditorView", "Línea %1: %2")
                .replace("%1", str(self.lines.model.row_of_line(row) + 1))
                .replace("%2", problem_message(problem))
            )
        return problem_message(problem)

    def maybe_close(self) -> bool:
        """The unsaved-changes guard: Guardar / Descartar / Cancelar. True when the view may close."""
        if not self.has_unsaved_changes():
            return True
        choice = self.dialogs.ask_unsaved()
        if choice is CloseChoice.CANCEL:
            return False
        if choice is CloseChoice.DISCARD:
            self._form_dirty = False
            self.lines.undo_stack.setClean()
            return True
        return self._save_and_wait()

    def _save_and_wait(self) -> bool:
        loop, result = QEventLoop(), {}

        def done(ok: bool) -> None:
            result["ok"] = ok
            loop.quit()

        self._save(done)
        if "ok" not in result:  # a real runner answers later: wait for it without freezing paint
            loop.exec()
        return bool(result["ok"])

    # ----- issuing and corrections -------------------------------------------------------------------
    def issue(self) -> None:
        if self.invoice is None or not self.invoice.is_draft:
            return
        self._save(lambda ok: self._confirm_and_issue() if ok else None)

    def _confirm_and_issue(self) -> None:
        assert self.invoice is not None and self.business is not None
        rectifying = self.invoice.kind is Kind.RECTIFYING
        series = self.business.rectifying_series if rectifying else self.business.default_series
        if not self.dialogs.confirm_issue(series, self.invoice.issue_date):
            return
        invoice_id = self.invoice.id
        self.runner.submit(
            lambda: self.services.invoices.issue(invoice_id), self._issued, self._action_failed
        )

    def _issued(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self._set_editable(False)
        self._show_error("")
        self.warning_notice.hide()
        self._update_title()
        self.refresh_preview(now=True)  # the real PDF now: number and VERI*FACTU QR
        self.issued.emit(invoice.id)

    def _action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems)
        else:
            self._show_error(error_message(exc), from_cells=False)

    def rectify(self) -> None:
        invoice = self.invoice
        if invoice is None or invoice.number is None:
            return
        default_kind = "R5" if invoice.kind is Kind.SIMPLIFIED else "R1"
        answer = self.dialogs.ask_rectification(invoice.number, default_kind)
        if answer is None:
            return
        lines = [line_payload(line) for line in invoice.lines]
        if answer.method == "differences":  # a full return to start from, edited down to the difference
            lines = [{**line, "quantity": decimal_text(-Decimal(line["quantity"]))} for line in lines]
        payload = {"lines": lines, "irpf_rate": decimal_text(invoice.irpf_rate)}
        number, reason, kind, method = invoice.number, answer.reason, answer.kind, answer.method
        self.runner.submit(
            lambda: self.services.invoices.rectify(number, payload, reason, kind, method),
            self._rectifying_created,
            self._action_failed,
        )

    def _rectifying_created(self, result: Any) -> None:
        self.saved.emit(result.invoice.id)
        self.open_invoice(result.invoice.id)

    def cancel_invoice(self) -> None:
        invoice = self.invoice
        if invoice is None or invoice.number is None or invoice.status is Status.CANCELLED:
            return
        reason = self.dialogs.ask_cancel_reason(invoice.number)
        if not reason:
            return
        number = invoice.number
        self.runner.submit(
            lambda: self.services.invoices.cancel(number, reason), self._cancelled, self._action_failed
        )

    def _cancelled(self, invoice: Invoice) -> None:
        self.invoice = invoice
        self._set_editable(False)
        self._update_title()
        self.refresh_preview(now=True)
        self.saved.emit(invoice.id)

    def export_pdf(self) -> None:
        """Save the draft if needed, ask where, and let the PDF service render it off the GUI thread."""
        if self.invoice is None:
            return
        if importlib.util.find_spec("facturas_app.services.pdf") is None:
            self.dialogs.inform(
                QCoreApplication.translate("InvoiceEditorView", "Exportar PDF"),
                QCoreApplication.translate("InvoiceEditorView", "La exportación a PDF está pendiente."),
            )
            return
        if self.has_unsaved_changes() or not self.stored:
            self._save(lambda ok: self._export_saved() if ok else None)
        else:
            self._export_saved()

    def _export_saved(self) -> None:
        from facturas_app.services.pdf import invoice_file_name

        assert self.invoice is not None
        client = self.form.client_picker.current_client()
        default = invoice_file_name(self.invoice.number, client.name if client else "", self.invoice.id)
        path = self.dialogs.ask_pdf_path(default)
        if not path:
            return
        invoice_id, services = self.invoice.id, self.services
        self.runner.submit(
            lambda: write_invoice_pdf(services, invoice_id, path),
            lambda _done: self._show_exported(path),
            self._action_failed,
        )

    def _show_exported(self, path: Path) -> None:
        self.exported_path = path
        self.error_notice.hide()
        show_status(
            self, QCoreApplication.translate("InvoiceEditorView", "PDF guardado: %1").replace("%1", path.name)
        )

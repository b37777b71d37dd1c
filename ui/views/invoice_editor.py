"""The invoice editor: one draft (or an issued invoice, read-only) with live totals from the domain.

Every service call goes through the TaskRunner; the totals shown are `Invoice.totals` of the lines
that currently parse, so the screen, the PDF and the records share one formula.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from facturas_app.domain.errors import Problem
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import DocType, Invoice, Kind, Status
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.domain.taxes import TaxTable, tax_table
from facturas_app.domain.totals import Totals
from ui.i18n import error_message
from ui.models.line_records import LineRecord, number_text
from ui.views.editor_actions import EditorActions
from ui.views.editor_dialogs import EditorDialogs
from ui.views.editor_document import EditorDocument
from ui.views.editor_einvoice import EditorEInvoice
from ui.views.editor_form import InvoiceForm, from_qdate
from ui.views.editor_lines import LinesEditor
from ui.views.editor_new_product import NewProductOffer
from ui.views.editor_output import EditorOutput
from ui.views.editor_quotes import EditorQuotes, doc_type_of
from ui.views.editor_refusals import EditorRefusals, check_draft
from ui.views.editor_totals import TotalsPanel
from ui.widgets.money import format_money
from ui.widgets.scrolling import ScrollPage

WARNINGS_DELAY_MS = 300
BANNER_STYLE = "background: #E8F0FE; color: #174EA6; padding: 8px; border-radius: 4px; font-weight: bold;"
ERROR_STYLE = "background: #FDE2E1; color: #A4262C; padding: 6px; border-radius: 4px;"
WARNING_STYLE = "background: #FFF4CE; color: #5C4400; padding: 6px; border-radius: 4px;"


class InvoiceEditorView(
    EditorQuotes, EditorActions, EditorRefusals, EditorOutput, EditorEInvoice, EditorDocument, QWidget
):
    saved = Signal(str)
    issued = Signal(str)
    title_changed = Signal(str)
    mail_settings_requested = Signal()  # the send dialog's "Abrir Ajustes → Correo"

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.dialogs = EditorDialogs(self)
        self.business: Business | None = None
        self.table: TaxTable | None = None
        self.invoice: Invoice | None = None  # the working copy's base (id, status and fields we don't edit)
        self.stored = False  # the draft exists in the database
        self.exported_path: Path | None = None
        self._form_dirty = False
        self._loading = False
        self._title = ""
        self.form = InvoiceForm(services, runner, self)
        self.lines = LinesEditor(self)
        self.new_products = NewProductOffer(self.lines, services, runner, lambda: self.business, self)
        self.totals_panel = TotalsPanel(self)
        self._build_output()
        self._build_einvoice_actions()  # «Exportar PDF ▸ Factura electrónica» (#20)
        self._build()
        self._warnings_timer = QTimer(self)
        self._warnings_timer.setSingleShot(True)
        self._warnings_timer.setInterval(WARNINGS_DELAY_MS)
        self._warnings_timer.timeout.connect(self.refresh_warnings)
        self._connect()
        self._set_editable(False)

    # ----- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = self._notice(BANNER_STYLE)
        self.error_notice = self._notice(ERROR_STYLE)
        self.warning_notice = self._notice(WARNING_STYLE)
        self.refusal_notice = self._notice(ERROR_STYLE)  # what `issue` would refuse (AEAT's rules)
        self.save_button = QPushButton(self.tr("Guardar borrador"), self)
        self.issue_button = QPushButton(self.tr("Emitir…"), self)
        self.pdf_button = QPushButton(self.tr("Exportar PDF"), self)
        self.rectify_button = QPushButton(self.tr("Rectificar…"), self)
        self.cancel_button = QPushButton(self.tr("Anular…"), self)
        self.undo_button, self.redo_button = QToolButton(self), QToolButton(self)
        self.undo_button.setDefaultAction(self.lines.undo_action)
        self.redo_button.setDefaultAction(self.lines.redo_action)
        self.addActions([self.lines.undo_action, self.lines.redo_action])
        buttons = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.preview_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (
            self.rectify_button,
            self.cancel_button,
            self.send_button,
            self.pdf_button,
            self.save_button,
            self.issue_button,
        ):
            buttons.addWidget(widget)
        self._build_quote_buttons(buttons)  # Aceptar / Rechazar / Convertir en factura
        bottom = QHBoxLayout()
        bottom.addWidget(self.form.footer, 3)
        bottom.addWidget(self.totals_panel, 2)
        editor_part = QWidget(self)
        form = QVBoxLayout(editor_part)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.form.header)
        form.addWidget(self.lines, 1)
        form.addWidget(self.error_notice)
        form.addLayout(bottom)
        form.addWidget(self.refusal_notice)
        form.addWidget(self.warning_notice)
        self._build_document_panel()  # an issued invoice's status and history (editor_document.py)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.document_panel)
        layout.addWidget(self._splitter(ScrollPage(editor_part)), 1)  # small screen: scrolls, buttons stay
        layout.addLayout(buttons)

    def _notice(self, style: str) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.hide()
        return label

    def _connect(self) -> None:
        self.lines.lines_changed.connect(self._lines_changed)
        self.lines.undo_stack.cleanChanged.connect(self._clean_changed)
        self.form.changed.connect(self._form_changed)
        self.form.client_picker.client_chosen.connect(self._client_chosen)
        self.save_button.clicked.connect(self.save_draft)
        self.issue_button.clicked.connect(self._issue_clicked)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.rectify_button.clicked.connect(self.rectify)
        self.cancel_button.clicked.connect(self.cancel_invoice)
        self._connect_output()

    # ----- loading ----------------------------------------------------------------------------------
    def new_invoice(self, client_id: str | None = None, doc_type: str = "invoice") -> None:
        """A new invoice, or a quote / proforma (`doc_type`) with the same editor."""
        if not self.maybe_close():  # replacing a draft with unsaved edits asks first
            return
        self._new_doc_type = doc_type_of(doc_type)
        services = self.services

        def fetch() -> tuple[Business, list[Product], Client | None]:
            client = services.clients.get(client_id) if client_id else None
            return services.business.require(), services.products.list(), client

        self.runner.submit(fetch, self._show_new, self._show_load_error)

    def open_invoice(self, invoice_id: str) -> None:
        if not self.maybe_close():  # replacing a draft with unsaved edits asks first
            return
        services = self.services

        def fetch() -> tuple[Business, list[Product], Invoice, Client]:
            invoice = services.invoices.get(invoice_id)
            return (
                services.business.require(),
                services.products.list(),
                invoice,
                services.clients.get(invoice.client_id),
            )

        self.runner.submit(fetch, lambda found: self._show_invoice(*found), self._show_load_error)

    def _prepare(self, business: Business, products: list[Product]) -> None:
        self.business = business
        self.table = tax_table(business.country)
        self.totals_panel.currency = self.table.currency if self.table else "EUR"
        self.lines.model.money_format = lambda amount: format_money(amount, self.totals_panel.currency)
        self.lines.set_products(products)

    def _show_new(self, found: tuple[Business, list[Product], Client | None]) -> None:
        business, products, client = found
        self._prepare(business, products)
        today = self.services.clock.today()
        self.invoice = Invoice(
            id=new_id(),
            client_id="",
            lines=(),
            issue_date=today,
            due_date=today,
            irpf_rate=business.default_irpf_rate,
            payment_methods=business.default_payment_methods,
            thank_you=business.thank_you,
            doc_type=self._new_doc_type,
        )
        self.invoice = self._with_doc_fields(self.invoice)  # a quote: valid 30 days
        self.stored = False
        self._fill(self.invoice, client)
        if client is not None:
            self._client_chosen(client)
        self._form_dirty = False
        self._update_title()

    def _show_invoice(
        self, business: Business, products: list[Product], invoice: Invoice, client: Client
    ) -> None:
        self._prepare(business, products)
        self.invoice = invoice
        self.stored = True
        self._fill(invoice, client)
        self._form_dirty = False
        self._update_title()

    def _fill(self, invoice: Invoice, client: Client | None) -> None:
        self._loading = True
        default_vat = number_text(self.business.default_vat_rate) if self.business else "21"
        self.lines.configure(self.table, invoice.issue_date, default_vat)
        self.form.configure(self.table, invoice.irpf_rate)
        self.form.fill(invoice)
        self.form.client_picker.set_client(client, notify=False)
        self.lines.load([LineRecord.from_line(line) for line in invoice.lines])
        if invoice.is_draft and not invoice.lines:
            self.lines.add_line()
            self.lines.undo_stack.clear()
        self._show_problems([])
        self.warning_notice.hide()
        self._loading = False
        self._set_editable(invoice.is_draft)
        self._refresh_totals()
        self.refresh_warnings()
        self.refresh_preview(now=True)

    def _show_load_error(self, exc: BaseException) -> None:
        self._show_error(error_message(exc))

    # ----- live state ------------------------------------------------------------------------------
    def _lines_changed(self) -> None:
        self._refresh_totals()
        self._show_cell_errors()
        self._changed()

    def _form_changed(self) -> None:
        if not self._loading:
            self._form_dirty = True
        self.lines.issue_date = from_qdate(self.form.issue_date.date())
        self._refresh_totals()
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self._update_title()
        self._warnings_timer.start()
        self.refresh_preview()

    def _client_chosen(self, client: Client) -> None:
        self.form.set_due_from_terms(client.payment_terms_days)

    def _refresh_totals(self) -> None:
        self.totals_panel.show_totals(self.current_totals())

    def current_totals(self) -> Totals:
        """The domain's totals of the lines that currently parse (invalid rows count as absent)."""
        return self._working_invoice(self.lines.model.valid_lines()).totals

    def _working_invoice(self, lines: list[Any]) -> Invoice:
        base = self.invoice or Invoice(
            id=new_id(),
            client_id="",
            lines=(),
            issue_date=from_qdate(self.form.issue_date.date()),
            due_date=from_qdate(self.form.due_date.date()),
        )
        client = self.form.client_picker.current_client()
        working = replace(
            base,
            client_id=client.id if client else "",
            lines=tuple(lines),
            kind=self.form.kind(),
            issue_date=from_qdate(self.form.issue_date.date()),
            due_date=from_qdate(self.form.due_date.date()),
            irpf_rate=self.form.irpf_rate(),
            payment_methods=self.form.payment_methods(),
            notes=self.form.notes.toPlainText().strip(),
            thank_you=self.form.thank_you.text().strip(),
        )
        return self._with_doc_fields(working)

    def refresh_warnings(self) -> None:
        """Warnings (IRPF to a private person...: never blocking) and AEAT's refusals, from the services."""
        if (
            self.invoice is None
            or not self.invoice.is_draft
            or self.form.client_picker.current_client() is None
        ):
            self.warning_notice.hide()
            self.refusal_notice.hide()
            return
        invoice = self._working_invoice(self.lines.model.valid_lines())
        self.runner.submit(lambda: check_draft(self.services, invoice), self._show_checks, lambda _exc: None)

    def _show_warnings(self, warnings: list[Problem]) -> None:
        texts = [self._problem_line(p) for p in warnings]
        self.warning_notice.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warning_notice.setVisible(bool(texts))

    def _show_cell_errors(self) -> None:
        count = len(self.lines.model.errors())
        if count:
            text = (
                self.tr("Hay un valor no válido en las líneas (marcado en rojo).")
                if count == 1
                else self.tr("Hay %1 valores no válidos en las líneas (marcados en rojo).").replace(
                    "%1", str(count)
                )
            )
            self._show_error(text)
        elif self.error_notice.property("cells"):
            self._show_error("")

    def _show_error(self, text: str, from_cells: bool = True) -> None:
        self.error_notice.setProperty("cells", from_cells and bool(text))
        self.error_notice.setText(text)
        self.error_notice.setVisible(bool(text))

    # ----- state queries ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self.invoice is None or not self.invoice.is_draft:
            return False
        return self._form_dirty or not self.lines.undo_stack.isClean()

    def is_read_only(self) -> bool:
        return self.invoice is not None and not self.invoice.is_draft

    def _title_text(self) -> str:
        invoice = self.invoice
        if invoice is None:
            return self.tr("Factura")
        if invoice.doc_type is not DocType.INVOICE:
            return self._quote_title()
        if invoice.number:
            return self.tr("Factura %1").replace("%1", invoice.number)
        client = self.form.client_picker.current_client()
        title = (
            self.tr("Borrador — %1").replace("%1", client.name)
            if client and self.stored
            else self.tr("Nueva factura")
        )
        return f"{title} *" if self.has_unsaved_changes() else title

    def _clean_changed(self, _clean: bool) -> None:
        # ~QUndoStack clears itself (emitting cleanChanged) after its Python wrapper is gone.
        if shiboken6.isValid(self.lines.undo_stack):
            self._update_title()

    def _update_title(self) -> None:
        title = self._title_text()
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def title(self) -> str:
        return self._title

    def _set_editable(self, editable: bool) -> None:
        rectifying = self.invoice is not None and self.invoice.kind is Kind.RECTIFYING
        self.form.set_read_only(not editable, rectifying)
        if not editable:
            self.lines.undo_stack.clear()  # nothing of an issued invoice can be undone
        self.lines.set_read_only(not editable)
        for button in (self.save_button, self.issue_button):
            button.setVisible(editable)
        issued = self.invoice is not None and not self.invoice.is_draft
        self.rectify_button.setVisible(issued and self.invoice.status is not Status.CANCELLED)  # type: ignore[union-attr]
        self.cancel_button.setVisible(issued and self.invoice.status is not Status.CANCELLED)  # type: ignore[union-attr]
        self.pdf_button.setEnabled(self.invoice is not None)
        self._update_einvoice_actions()
        self.send_button.setVisible(self.invoice is not None and self.invoice.status is not Status.CANCELLED)
        self._show_banner()
        self.document_panel.show_for(None if editable else self.invoice)
        self._update_quote_buttons()

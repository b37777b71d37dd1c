"""What leaves the invoice editor: live PDF preview, "Guardar como PDF…", "Imprimir…", email.

A mixin of `InvoiceEditorView` (like editor_actions). The preview renders through
`services.documents` on the TaskRunner: the domain Invoice is built here on the GUI thread and
only that immutable snapshot crosses to the worker, which never reads a widget.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSettings,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QPushButton, QSplitter, QWidget

from facturas_app.domain.invoice import Invoice, Status
from ui.i18n import error_message
from ui.widgets.pdf_preview import HAS_QTPDF, PdfPreview, PreviewController
from ui.widgets.ratio_splitter import RatioSplitter

if TYPE_CHECKING:
    from ui.views.invoice_editor import InvoiceEditorView

    _Base = InvoiceEditorView
else:
    _Base = object

log = logging.getLogger("facturas.ui.editor")
PREVIEW_VISIBLE_KEY = "editor/preview_visible"
PREVIEW_MIN_WIDTH = 260
SPLIT_KEY = "editor/preview_share"  # the preview's share of the width, once the user drags it
READABLE_PREVIEW_WIDTH = 460  # an A4 page fitted to it reads at about 54 % (33 % at 287 px)


def default_preview_share(room: int, editor_needs: int) -> float:
    """The preview's share before the user chooses: two fifths of the room, at least a readable
    width, never taking what the editor needs to show its form unclipped (on a 1366 px screen:
    460 px, an A4 page at about 54 %)."""
    preview = min(max(READABLE_PREVIEW_WIDTH, room * 2 // 5), room - editor_needs)
    return max(preview, PREVIEW_MIN_WIDTH) / max(room, 1)


# Literal QCoreApplication.translate("InvoiceEditorView", "...") calls, not a helper: lupdate extracts only
# literals (through a helper these texts never reached the .ts files and stayed Spanish in English).


def preview_job(documents: Any, invoice: Invoice, stats: dict[str, float]) -> Callable[[], bytes]:
    """The worker's half of a preview refresh: the stored PDF of an issued invoice (with its
    VERI*FACTU QR), or the draft as typed. `stats` gets the render time in the worker (wall and
    CPU milliseconds)."""

    def render() -> bytes:
        from facturas_app.services.pdf import render_invoice_pdf

        started, cpu_started = time.perf_counter(), time.thread_time()
        if invoice.is_draft:
            data = render_invoice_pdf(documents.document_for(invoice))
        else:
            data = documents.pdf_bytes(invoice.id)
        stats["ms"] = (time.perf_counter() - started) * 1000
        stats["cpu_ms"] = (time.thread_time() - cpu_started) * 1000  # what a busy machine can't inflate
        return data

    return render


PRINT_DPI_CAP = 300  # pages are rasterised for the printer; more than this only costs memory


def _load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (keep the buffer alive as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise RuntimeError(f"QtPdf could not read the PDF ({document.error()})")
    return document, buffer


def printer_for(data: bytes, doc_name: str) -> QPrinter:
    """A high-resolution printer set to the PDF's paper (A4 for our invoices), edge to edge: the
    PDF carries its own margins."""
    document, _buffer = _load_pdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    if document.pageCount():
        points = document.pagePointSize(0)
        size = QPageSize(QSizeF(points), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw every page of the PDF on the printer, fitted and centred; returns the pages printed.

    Runs on any thread (QPainter on a QPrinter and QPdfDocument.render are both thread-safe when
    the objects are used by one thread at a time)."""
    document, _buffer = _load_pdf(data)
    pages = document.pageCount()
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not start the job")
    try:
        target_area = printer.pageLayout().fullRectPixels(printer.resolution())
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(_fitted(target_area, image.size()), image)
    finally:
        painter.end()
    return pages


def _fitted(area: QRect, size: QSize) -> QRect:
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


class EditorOutput(_Base):
    # ----- construction (called from InvoiceEditorView.__init__) -----------------------------------------
    def _build_output(self) -> None:
        self.preview_stats: dict[str, float] = {}
        self._send_after_issue: str | None = None
        self.send_dialog: Any = None
        self.preview = PdfPreview(self)
        self.preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
        if HAS_QTPDF:
            # FitToWidth + an on-demand scroll bar can oscillate forever at some widths (the bar
            # appears, the page shrinks, the bar goes, the page grows...): keep the bar.
            self.preview.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.preview_controller = PreviewController(self.preview, self.runner, lambda: b"")
        self.preview_controller.failed.connect(self._preview_failed)
        self.preview_button = QPushButton(
            QCoreApplication.translate("InvoiceEditorView", "Vista previa"), self
        )
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(
            QCoreApplication.translate("InvoiceEditorView", "Mostrar u ocultar el PDF junto al editor")
        )
        self.send_button = QPushButton(
            QCoreApplication.translate("InvoiceEditorView", "Enviar por email…"), self
        )
        self.save_pdf_action = QAction(
            QCoreApplication.translate("InvoiceEditorView", "Guardar como PDF…"), self
        )
        self.save_pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.print_action = QAction(QCoreApplication.translate("InvoiceEditorView", "Imprimir…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        for action in (self.save_pdf_action, self.print_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.pdf_menu = QMenu(self)
        self.pdf_menu.addAction(self.save_pdf_action)
        self.pdf_menu.addAction(self.print_action)

    def _splitter(self, editor_part: QWidget) -> QSplitter:
        """Editor | preview, split by a share of the width (kept on resize, the user's remembered)."""
        needs = editor_part.minimumSizeHint  # the editor's form as laid out (its language, its font)
        splitter = RatioSplitter(SPLIT_KEY, lambda room: default_preview_share(room, needs().width()), self)
        splitter.addWidget(editor_part)
        splitter.addWidget(self.preview)
        visible = QSettings().value(PREVIEW_VISIBLE_KEY, True, type=bool)
        self.preview_button.setChecked(bool(visible))
        self.preview.setVisible(bool(visible))
        self.preview_splitter = splitter
        return splitter

    def _connect_output(self) -> None:
        self.pdf_button.setMenu(self.pdf_menu)
        self.save_pdf_action.triggered.connect(lambda _checked=False: self.export_pdf())
        self.print_action.triggered.connect(lambda _checked=False: self.print_pdf())
        self.send_button.clicked.connect(self.send_by_email)
        self.preview_button.toggled.connect(self.set_preview_visible)
        self.issued.connect(self._open_pending_send)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._claim_print_shortcut()
        self.preview_splitter.apply_share()

    def _claim_print_shortcut(self) -> None:
        """Ctrl+P prints. Inside a window whose own action already owns Ctrl+P (the shell's File ›
        PDF / Imprimir, which forwards to `print_pdf`), two equal shortcuts would cancel each other
        out as ambiguous, so the editor then leaves the key to that action."""
        key = QKeySequence(QKeySequence.StandardKey.Print)
        taken = any(
            action.shortcut() == key
            for action in self.window().findChildren(QAction)
            if action is not self.print_action
        )
        self.print_action.setShortcut(QKeySequence() if taken else key)

    # ----- live preview ----------------------------------------------------------------------------
    def set_preview_visible(self, visible: bool) -> None:
        QSettings().setValue(PREVIEW_VISIBLE_KEY, visible)
        if self.preview_button.isChecked() != visible:
            self.preview_button.setChecked(visible)
        self.preview.setVisible(visible)
        if visible:
            self.preview_splitter.apply_share()
            self.refresh_preview(now=True)

    def preview_visible(self) -> bool:
        return self.preview_button.isChecked()

    def preview_snapshot(self) -> Invoice | None:
        """What the preview shows: the stored invoice once issued, else the draft as typed."""
        if self.invoice is None:
            return None
        if not self.invoice.is_draft:
            return self.invoice
        return self._working_invoice(self.lines.model.valid_lines())

    def refresh_preview(self, now: bool = False) -> None:
        """Schedule a re-render (debounced) of what is on screen; nothing when the preview is hidden."""
        if self._loading or not self.preview_visible():
            return
        invoice = self.preview_snapshot()
        if invoice is None:
            return
        self.preview_controller.render = preview_job(self.services.documents, invoice, self.preview_stats)
        if now:
            self.preview_controller.render_now()
        else:
            self.preview_controller.request()

    def _preview_failed(self, exc: BaseException) -> None:
        log.warning("preview failed: %r", exc)
        self.preview.setToolTip(
            QCoreApplication.translate("InvoiceEditorView", "No se pudo generar la vista previa: %1").replace(
                "%1", error_message(exc)
            )
        )

    def current_pdf(self) -> bytes:
        """The PDF of what is on screen, rendered on the calling thread (tests, print_to)."""
        invoice = self.preview_snapshot()
        if invoice is None:
            raise RuntimeError("no invoice open")
        return preview_job(self.services.documents, invoice, {})()

    # ----- printing ----------------------------------------------------------------------------------
    def print_pdf(self) -> None:
        """Ctrl+P: render off the GUI thread, ask with the system print dialog, print the pages."""
        invoice = self.preview_snapshot()
        if invoice is None:
            return
        job = preview_job(self.services.documents, invoice, {})
        self.runner.submit(job, self._ask_and_print, self._action_failed)

    print_invoice = print_pdf  # the name the shell's File › PDF / Imprimir also looks for

    def _ask_and_print(self, data: bytes) -> None:
        printer = printer_for(data, self.title() or "Factura")
        if not self.dialogs.ask_print(printer):
            return
        # Rasterising pages at printer resolution takes a moment per page: keep it off the GUI thread.
        self.runner.submit(lambda: print_pdf(data, printer), lambda _pages: None, self._action_failed)

    def print_to(self, printer: QPrinter) -> int:
        """Print the invoice on screen to `printer` without any dialog; returns the pages printed."""
        return print_pdf(self.current_pdf(), printer)

    # ----- email -------------------------------------------------------------------------------------
    def send_by_email(self) -> None:
        invoice = self.invoice
        if invoice is None:
            return
        if invoice.status is Status.CANCELLED:
            self.dialogs.inform(
                QCoreApplication.translate("InvoiceEditorView", "Enviar por email"),
                QCoreApplication.translate("InvoiceEditorView", "Una factura anulada no se puede enviar."),
            )
            return
        if invoice.is_draft:
            if self.dialogs.ask_issue_before_send():
                self._send_after_issue = invoice.id
                self.issue()
            return
        self.open_send_dialog(invoice.id)

    def open_send_dialog(self, invoice_id: str) -> Any:
        from ui.views.send_dialog import SendDialog

        dialog = SendDialog(self.services, self.runner, invoice_id, self)
        dialog.sent.connect(self._mail_sent)
        dialog.mail_settings_requested.connect(self.mail_settings_requested)
        self.send_dialog = dialog
        dialog.open()  # window-modal, never blocks the event loop
        return dialog

    def _issue_clicked(self) -> None:
        self._send_after_issue = None  # a plain "Emitir…" never opens the send dialog afterwards
        self.issue()

    def _open_pending_send(self, invoice_id: str) -> None:
        if self._send_after_issue == invoice_id:
            self._send_after_issue = None
            self.open_send_dialog(invoice_id)

    def _mail_sent(self, entry: Any) -> None:
        """The invoice is `sent` now: show that and let the lists refresh."""
        if self.invoice is None or entry.invoice_id != self.invoice.id:
            return
        invoice_id = self.invoice.id
        self.runner.submit(lambda: self.services.invoices.get(invoice_id), self._reloaded, lambda _exc: None)

    def _reloaded(self, invoice: Invoice) -> None:
        if self.invoice is not None and invoice.id == self.invoice.id:
            self.invoice = invoice
            self._show_banner()
            self.saved.emit(invoice.id)

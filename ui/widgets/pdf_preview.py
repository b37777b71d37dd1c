"""Live PDF preview for the invoice editor (QtPdf), re-rendered off the GUI thread.

API for the editor:

    preview = PdfPreview(parent)                    # a QWidget: put it beside the form
    controller = PreviewController(preview, runner, render)
        # runner: ui.workers.TaskRunner; render: () -> bytes, called on a worker thread, e.g.
        # lambda: render_invoice_pdf(documents.document_for(editor.current_invoice()))
        # Build the Invoice on the GUI thread and capture it in the lambda: the worker must not
        # read widgets.
    controller.request()                            # call on every edit; renders 300 ms after the last
    controller.render_now()                         # no debounce (first show)
    controller.rendered.connect(...)                # bytes of the newest PDF (for "Save as PDF…")
    controller.failed.connect(...)                  # the exception, e.g. to show a status message
    preview.show_pdf(data)                          # show any PDF bytes directly

Stale results are dropped: only the newest request's PDF is shown, whatever order workers finish.

QtPdf ships in some PySide6 builds only (the 6.12 wheels used in development lack it): without it
the widget shows a one-line notice instead of pages, and everything else (signals, last_pdf,
"Save as PDF…") keeps working. `HAS_QTPDF` tells which one you got.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAS_QTPDF = True
except ImportError:  # PySide6 build without the QtPdf module
    HAS_QTPDF = False

from ui.workers import TaskRunner

DEBOUNCE_MS = 300


class PdfPreview(QWidget):
    """Shows PDF bytes, fitted to the width, all pages scrollable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self.last_pdf: bytes = b""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if HAS_QTPDF:
            self._document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self._document)
            layout.addWidget(self.view)
        else:
            self._document = None
            self.notice = QLabel(self.tr("Vista previa no disponible (falta el módulo QtPdf)."), self)
            self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.notice.setWordWrap(True)
            layout.addWidget(self.notice)

    def page_count(self) -> int:
        if self._document is None:
            import re  # fpdf2 writes page objects uncompressed: count "/Type /Page" (not /Pages)

            return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", self.last_pdf))
        return int(self._document.pageCount())

    def show_pdf(self, data: bytes) -> None:
        """Replace the shown document, keeping the scroll position."""
        self.last_pdf = data
        if self._document is None:
            return
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)  # QPdfDocument reads from the device: keep it alive
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.verticalScrollBar().setValue(scroll)


class PreviewController(QObject):
    """Debounces edits and renders the PDF through a TaskRunner (never on the GUI thread)."""

    rendered = Signal(bytes)
    failed = Signal(object)

    def __init__(
        self,
        preview: PdfPreview,
        runner: TaskRunner,
        render: Callable[[], bytes],
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or preview)
        self.preview = preview
        self.runner = runner
        self.render = render
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.render_now)

    def set_render(self, render: Callable[[], bytes]) -> None:
        """Swap what to render (e.g. a new invoice snapshot) and schedule a refresh."""
        self.render = render
        self.request()

    def request(self) -> None:
        self._timer.start()  # restarts: renders DEBOUNCE_MS after the last call

    def render_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        render = self.render
        self.runner.submit(
            render, lambda data: self._done(generation, data), lambda exc: self._failed(generation, exc)
        )

    def _done(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return  # an older render finished after a newer one was requested
        self.preview.show_pdf(data)
        self.rendered.emit(data)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(exc)

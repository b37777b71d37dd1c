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
    preview.zoom_in() / zoom_out() / actual_size() / fit_width()   # also the bar's buttons, Ctrl+wheel

Zoom (issue #18): fit-to-width by default, and it stays fitted when the pane is resized (QPdfView
recomputes FitToWidth itself); zooming in or out starts from the factor shown and turns fit off,
"Ajustar al ancho" turns it back on. The factor maths are pure functions below, tested without Qt.

Stale results are dropped: only the newest request's PDF is shown, whatever order workers finish.

QtPdf ships in some PySide6 builds only (the 6.12 wheels used in development lack it): without it
the widget shows a one-line notice instead of pages, and everything else (signals, last_pdf,
"Save as PDF…") keeps working. `HAS_QTPDF` tells which one you got.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAS_QTPDF = True
except ImportError:  # PySide6 build without the QtPdf module
    HAS_QTPDF = False

from ui.workers import TaskRunner

DEBOUNCE_MS = 300
ZOOM_STEP = 1.25  # each step in or out; four steps double or halve
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


# ----- zoom maths (QPdfView's factor: 1.0 shows a page at its printed size on this screen) -------
def fit_width_factor(viewport_width: int, page_width_pt: float, dpi: float, margins: int) -> float:
    """The factor QPdfView's FitToWidth uses: the viewport less the document margins, over the
    page's width in pixels at this screen's logical DPI (a point is 1/72 inch)."""
    page_px = page_width_pt * dpi / 72.0
    return max(viewport_width - margins, 1) / page_px if page_px > 0 else 1.0


def clamp_zoom(factor: float) -> float:
    return min(max(factor, ZOOM_MIN), ZOOM_MAX)


def zoomed(factor: float, steps: int) -> float:
    """`steps` steps in (positive) or out (negative), within ZOOM_MIN..ZOOM_MAX."""
    return clamp_zoom(factor * ZOOM_STEP**steps)


def zoom_text(factor: float) -> str:
    return f"{round(factor * 100)} %"


class PdfPreview(QWidget):
    """Shows PDF bytes, fitted to the width by default, all pages scrollable, with a zoom bar."""

    zoom_changed = Signal(float)  # the factor shown (the fitted one while fitting)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self.last_pdf: bytes = b""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if HAS_QTPDF:
            self._document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self._document)
            self.view.viewport().installEventFilter(self)
            layout.addLayout(self._zoom_bar())
            layout.addWidget(self.view)
        else:
            self._document = None
            self.notice = QLabel(self.tr("Vista previa no disponible (falta el módulo QtPdf)."), self)
            self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.notice.setWordWrap(True)
            layout.addWidget(self.notice)

    def _zoom_bar(self) -> QHBoxLayout:
        self.zoom_buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        for key, text, tip, slot in (
            ("out", "−", self.tr("Alejar (Ctrl+rueda)"), self.zoom_out),
            ("in", "+", self.tr("Acercar (Ctrl+rueda)"), self.zoom_in),
            ("actual", "100 %", self.tr("Tamaño real"), self.actual_size),
            (
                "fit",
                self.tr("Ajustar al ancho"),
                self.tr("Ajustar la página al ancho del panel"),
                self.fit_width,
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.zoom_buttons[key] = button
        self.zoom_buttons["fit"].setCheckable(True)
        self.zoom_buttons["fit"].setChecked(True)
        bar.addStretch(1)
        self.zoom_label = QLabel(self)
        bar.addWidget(self.zoom_label)
        return bar

    # ----- zoom -----------------------------------------------------------------------------------
    def fitting(self) -> bool:
        return bool(HAS_QTPDF and self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth)

    def zoom_factor(self) -> float:
        """The factor shown: while fitting, the one FitToWidth gives at the current width."""
        if not HAS_QTPDF:
            return 1.0
        if not self.fitting():
            return float(self.view.zoomFactor())
        if self._document is None or self._document.pageCount() == 0:
            return 1.0
        margins = self.view.documentMargins()
        return fit_width_factor(
            self.view.viewport().width(),
            self._document.pagePointSize(0).width(),
            self.logicalDpiX(),
            margins.left() + margins.right(),
        )

    def set_zoom(self, factor: float) -> None:
        """A fixed factor (fit turns off until "Ajustar al ancho")."""
        if not HAS_QTPDF:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(clamp_zoom(factor))
        self._zoom_shown()

    def zoom_in(self) -> None:
        self.set_zoom(zoomed(self.zoom_factor(), 1))

    def zoom_out(self) -> None:
        self.set_zoom(zoomed(self.zoom_factor(), -1))

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        if HAS_QTPDF:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._zoom_shown()

    def _zoom_shown(self) -> None:
        factor = self.zoom_factor()
        self.zoom_buttons["fit"].setChecked(self.fitting())
        self.zoom_buttons["in"].setEnabled(factor < ZOOM_MAX)
        self.zoom_buttons["out"].setEnabled(factor > ZOOM_MIN)
        self.zoom_label.setText(zoom_text(factor))
        self.zoom_changed.emit(factor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel zooms; a resize while fitting re-reads the fitted factor for the label."""
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                delta = event.angleDelta().y()
                if delta > 0:
                    self.zoom_in()
                elif delta < 0:
                    self.zoom_out()
                return True
        elif event.type() == QEvent.Type.Resize and self.fitting():
            QTimer.singleShot(0, self._zoom_shown)
        return super().eventFilter(watched, event)

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
        self._zoom_shown()


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

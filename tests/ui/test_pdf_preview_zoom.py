"""The editor preview's zoom (issue #18): fit-to-width by default and on resize, zoom steps from
the factor shown, 100 %, Ctrl+wheel — checked on the pixels QPdfView paints (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from benchmarks.pdf import sample_document
from facturas_app.services.pdf import render_invoice_pdf
from ui.widgets import pdf_preview
from ui.widgets.pdf_preview import (
    ZOOM_MAX,
    ZOOM_MIN,
    PdfPreview,
    fit_width_factor,
    zoom_text,
    zoomed,
)

A4_WIDTH_PT = 595.28

pytestmark = pytest.mark.skipif(not pdf_preview.HAS_QTPDF, reason="PySide6 build without QtPdf")


def test_zoom_maths():
    assert fit_width_factor(484, A4_WIDTH_PT, 96, 12) == pytest.approx(472 / (A4_WIDTH_PT * 96 / 72))
    assert fit_width_factor(794, 595.5, 96, 0) == pytest.approx(1.0)  # A4 is 794 px wide at 96 dpi
    assert zoomed(1.0, 1) == 1.25 and zoomed(1.0, -1) == 0.8 and zoomed(1.0, 2) == 1.5625
    assert zoomed(3.9, 1) == ZOOM_MAX and zoomed(0.3, -1) == ZOOM_MIN
    assert zoom_text(0.5946) == "59 %" and zoom_text(1.0) == "100 %"


@pytest.fixture
def preview(qtbot):
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    widget.show_pdf(render_invoice_pdf(sample_document()))
    qtbot.waitExposed(widget)
    _settle()
    return widget


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def _page_width(preview: PdfPreview) -> int:
    """The painted page's width: the white run across the grey background a third of the way down."""
    image = preview.view.viewport().grab().toImage()
    y = image.height() // 3
    background = image.pixelColor(0, y)
    xs = [x for x in range(image.width()) if image.pixelColor(x, y) != background]
    return xs[-1] - xs[0] + 1


def _expected_width(preview: PdfPreview, factor: float) -> float:
    return factor * preview._document.pagePointSize(0).width() * preview.logicalDpiX() / 72


def test_fits_the_width_by_default_and_after_a_resize(preview):
    assert preview.fitting() and preview.zoom_buttons["fit"].isChecked()
    margins = preview.view.documentMargins()
    assert _page_width(preview) == preview.view.viewport().width() - margins.left() - margins.right()
    assert _page_width(preview) == pytest.approx(_expected_width(preview, preview.zoom_factor()), abs=1)
    before = _page_width(preview)
    preview.resize(800, 700)
    _settle()
    assert preview.fitting() and _page_width(preview) > before + 250
    assert preview.zoom_label.text() == zoom_text(preview.zoom_factor())


def test_zoom_steps_from_the_fitted_factor_then_100_and_back_to_fit(preview):
    fitted = preview.zoom_factor()
    preview.zoom_buttons["in"].click()
    _settle()
    assert not preview.fitting() and not preview.zoom_buttons["fit"].isChecked()
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    assert preview.view.horizontalScrollBar().maximum() > 0  # wider than the pane now
    preview.zoom_buttons["actual"].click()
    _settle()
    assert preview.zoom_factor() == 1.0 and preview.zoom_label.text() == "100 %"
    preview.resize(900, 700)  # a fixed zoom stays fixed on resize
    _settle()
    assert preview.zoom_factor() == 1.0
    preview.zoom_buttons["fit"].click()
    _settle()
    assert preview.fitting() and _page_width(preview) == pytest.approx(
        _expected_width(preview, preview.zoom_factor()), abs=1
    )


def test_zoom_stops_at_its_limits(preview):
    preview.set_zoom(ZOOM_MAX)
    assert not preview.zoom_buttons["in"].isEnabled()
    preview.zoom_in()
    assert preview.zoom_factor() == ZOOM_MAX
    preview.set_zoom(ZOOM_MIN)
    assert not preview.zoom_buttons["out"].isEnabled() and preview.zoom_buttons["in"].isEnabled()


def _wheel(preview, delta, modifiers):
    viewport = preview.view.viewport()
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewport.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    _settle()


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(preview):
    fitted = preview.zoom_factor()
    _wheel(preview, 120, Qt.KeyboardModifier.NoModifier)
    assert preview.fitting()
    _wheel(preview, 120, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    _wheel(preview, -120, Qt.KeyboardModifier.ControlModifier)
    _wheel(preview, -120, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() == pytest.approx(fitted / 1.25)

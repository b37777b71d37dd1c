"""The editor's live preview: debounced, rendered through the runner, stale results dropped."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6.QtWidgets")

from benchmarks.pdf import sample_document
from facturas_app.services.pdf import render_invoice_pdf
from ui.widgets.pdf_preview import PdfPreview, PreviewController
from ui.workers import SynchronousRunner, TaskRunner


def test_debounced_render_shows_the_pdf(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    calls: list[int] = []
    doc = sample_document()

    def render() -> bytes:
        calls.append(1)
        return render_invoice_pdf(doc)

    controller = PreviewController(preview, SynchronousRunner(), render, debounce_ms=50)
    for _ in range(5):
        controller.request()
    assert calls == []  # nothing until the edits stop
    with qtbot.waitSignal(controller.rendered, timeout=5000):
        pass
    assert len(calls) == 1
    assert preview.last_pdf.startswith(b"%PDF")
    assert preview.page_count() == 1


def test_renders_off_the_gui_thread_and_drops_stale_results(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    preview = PdfPreview()
    qtbot.addWidget(preview)
    threads: list[bool] = []
    doc = sample_document()

    def render() -> bytes:
        threads.append(threading.current_thread() is threading.main_thread())
        return render_invoice_pdf(doc)

    controller = PreviewController(preview, TaskRunner(), render)
    shown: list[bytes] = []
    controller.rendered.connect(shown.append)
    controller.render_now()
    controller.render_now()
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=10000)
    controller.runner.wait_for_done()
    qtbot.wait(50)
    assert threads == [False, False]
    assert len(shown) == 1  # the first render's result was stale when it arrived (or arrived late)

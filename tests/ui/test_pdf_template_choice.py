"""Settings → Plantilla PDF (issue #18): thumbnails rendered off the GUI thread from a sample
invoice, the choice stored in the business profile and used by the PDFs that do not choose their
own template (read back with pdfplumber)."""

# ruff: noqa: F811

from __future__ import annotations

import io
import threading

import pdfplumber
import pytest

from tests.ui.helpers import (  # noqa: F401 (fixtures)
    TODAY,
    business_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.views import pdf_template_panel
from ui.workers import TaskRunner


def _issued(svc):
    sol = make_client(svc, "Sol Consultores", tax_id="B12345674")
    draft = svc.invoices.create_draft_from_payload(
        {
            "client_id": sol.id,
            "issue_date": TODAY.isoformat(),
            "lines": [{"description": "Servicio", "quantity": "1", "unit_price": "90", "vat_rate": "21"}],
        }
    ).invoice
    return svc.invoices.issue(draft.id)


def _drawing(data: bytes) -> list[tuple]:
    """Every filled shape on page 1 (position, size, colour): what sets the templates apart."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        return sorted(
            (round(r["x0"]), round(r["top"]), round(r["width"]), str(r.get("non_stroking_color")))
            for r in page.rects
        )


def _image_bytes(button) -> bytes:
    image = button.icon().pixmap(pdf_template_panel.THUMB).toImage()
    return bytes(image.constBits())


def test_thumbnails_render_off_the_gui_thread_and_differ(qtbot, business_services, monkeypatch):
    on_main: list[bool] = []
    real = pdf_template_panel.sample_pdf

    def recording(business, template):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(business, template)

    monkeypatch.setattr(pdf_template_panel, "sample_pdf", recording)
    pool = TaskRunner()
    panel = pdf_template_panel.PdfTemplatePanel(business_services, pool)
    qtbot.addWidget(panel)
    pool.wait_for_done()
    assert on_main == []  # nothing rendered until the tab is shown
    with qtbot.waitSignal(panel.thumbnails_ready, timeout=60_000):
        panel.show()
    pool.wait_for_done()
    assert on_main == [False, False, False]
    assert panel.selected() == "clasica" and panel.choices["clasica"].isChecked()
    images = {name: _image_bytes(button) for name, button in panel.choices.items()}
    assert all(not button.icon().isNull() for button in panel.choices.values())
    assert len(set(images.values())) == 3  # three different looks


def test_the_choice_is_stored_and_used_by_default_for_pdfs(qtbot, business_services, runner):
    svc = business_services
    invoice = _issued(svc)
    clasica = _drawing(svc.documents.pdf_bytes(invoice.number))
    panel = pdf_template_panel.PdfTemplatePanel(svc, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.saved) as saved:
        panel.choices["moderna"].click()
    assert saved.args[0].pdf_template == "moderna" and svc.business.get().pdf_template == "moderna"
    assert "Moderna" in panel.status.text()
    default = _drawing(svc.documents.pdf_bytes(invoice.number))
    assert default == _drawing(svc.documents.pdf_bytes(invoice.number, "moderna")) and default != clasica
    # an explicit --template still wins over the stored default
    assert _drawing(svc.documents.pdf_bytes(invoice.number, "clasica")) == clasica


def test_saving_the_profile_afterwards_keeps_the_template(qtbot, business_services, runner):
    from ui.views.settings import SettingsView

    view = SettingsView(business_services, runner)
    qtbot.addWidget(view)
    view.pdf_templates.choices["minimal"].click()
    view.fields.city.setText("Sevilla")
    with qtbot.waitSignal(view.business_saved):
        view.save()
    stored = business_services.business.get()
    assert (stored.city, stored.pdf_template) == ("Sevilla", "minimal")


def test_without_a_business_the_choice_waits(qtbot, services, runner):
    panel = pdf_template_panel.PdfTemplatePanel(services, runner)
    qtbot.addWidget(panel)
    panel.show()
    assert not any(button.isEnabled() for button in panel.choices.values())
    assert all(not button.icon().isNull() for button in panel.choices.values())  # still shown


@pytest.mark.parametrize("name", ["clasica", "moderna", "minimal"])
def test_the_sample_pdf_is_the_renderers(name, business_services):
    data = pdf_template_panel.sample_pdf(business_services.business.get(), name)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Cliente de ejemplo S.L." in text and business_services.business.get().name in text

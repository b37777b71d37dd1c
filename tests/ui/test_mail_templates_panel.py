"""Settings › Plantillas de correo over the real MailTemplates service (temp SQLite per test)."""

# ruff: noqa: F401, F811

from __future__ import annotations

from facturas_app.services.mail.template_texts import DEFAULTS
from tests.ui.helpers import business_services, runner, services, ui_settings
from ui.views.mail_templates_panel import MailTemplatesPanel


def _panel(qtbot, services, runner) -> MailTemplatesPanel:
    panel = MailTemplatesPanel(services, runner)
    qtbot.addWidget(panel)
    return panel


def _choose(panel: MailTemplatesPanel, key: str, lang: str) -> None:
    panel.template.setCurrentIndex(panel.template.findData(key))
    panel.language.setCurrentIndex(panel.language.findData(lang))


def test_save_then_reload_shows_the_override_and_its_preview(qtbot, business_services, runner):
    panel = _panel(qtbot, business_services, runner)
    _choose(panel, "receipt", "en")
    panel.subject.setText("Thanks, {client}: {paid} received")
    panel.body.setPlainText("Hello {client},\nwe got {paid} for {number}.\n")
    panel.save()
    assert panel.error.text() == ""

    reopened = _panel(qtbot, business_services, runner)
    _choose(reopened, "receipt", "en")
    assert reopened.subject.text() == "Thanks, {client}: {paid} received"
    assert reopened.body.toPlainText().startswith("Hello {client},")
    assert reopened.state.text() == "Personalizada" and reopened.reset_button.isEnabled()
    preview = reopened.preview.toPlainText()
    assert "Thanks, Inmobiliaria Sol S.A.: €100.00 received" in preview and "F-2026-0001" in preview
    stored = business_services.outbox.templates.get("receipt", "en")
    assert stored.customized and stored.subject == "Thanks, {client}: {paid} received"
    assert not business_services.outbox.templates.get("receipt", "es").customized  # other language


def test_unknown_placeholder_is_refused_visibly_and_nothing_is_saved(qtbot, business_services, runner):
    panel = _panel(qtbot, business_services, runner)
    _choose(panel, "invoice", "es")
    panel.body.setPlainText("Hola {cliente}, adjunto la factura {number}.")
    panel.save()
    assert "marcador desconocido: {cliente}" in panel.error.text()
    assert panel.error.text().startswith("Cuerpo")
    stored = business_services.outbox.templates.get("invoice", "es")
    assert not stored.customized and stored.body == DEFAULTS["es"]["invoice"][1]


def test_restore_default_brings_back_the_default_text(qtbot, business_services, runner):
    templates = business_services.outbox.templates
    templates.save("reminder_overdue_7", "es", "Aviso {number}", "Debe {outstanding}.")
    panel = _panel(qtbot, business_services, runner)
    _choose(panel, "reminder_overdue_7", "es")
    assert panel.subject.text() == "Aviso {number}"
    panel.restore_default()
    assert panel.subject.text() == DEFAULTS["es"]["reminder_overdue_7"][0]
    assert not templates.get("reminder_overdue_7", "es").customized
    assert not panel.reset_button.isEnabled()


def test_preview_with_a_chosen_invoice_uses_its_figures(qtbot, business_services, runner):
    from tests.ui.helpers import make_client

    client = make_client(business_services, "Cliente Real SL", tax_id="B12345674")
    draft = business_services.invoices.create_draft_from_payload(
        {
            "client_id": client.id,
            "lines": [{"description": "Diseño", "quantity": "2", "unit_price": "50.00", "vat_rate": "21"}],
        }
    ).invoice
    issued = business_services.invoices.issue(draft.id)
    panel = _panel(qtbot, business_services, runner)
    _choose(panel, "invoice", "es")
    panel.invoice_number.setText(issued.number)
    panel.show_preview()
    text = panel.preview.toPlainText()
    assert issued.number in text and "Cliente Real SL" in text and "121,00" in text

"""Email templates: both languages, every key, Babel formatting, overrides in the settings table."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.mail.template_texts import DEFAULTS
from facturas_app.services.mail.templates import (
    PLACEHOLDERS,
    REMINDER_STAGES,
    TEMPLATE_KEYS,
    MailTemplate,
    MailTemplates,
    invoice_values,
    render,
    sample_values,
    template_key,
)
from facturas_app.services.secrets import SessionSecretStore
from tests.fakes import FixedClock
from tests.services.outbox_helpers import issued_invoice

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def services(tmp_path):
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY), secret_store=SessionSecretStore())
    yield built
    built.close()


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_every_default_renders_with_no_placeholder_left(key, lang):
    subject, body = DEFAULTS[lang][key]
    rendered = render(MailTemplate(subject, body), sample_values(lang))

    assert not re.search(r"\{\w+\}", rendered.subject + rendered.body)
    assert set(re.findall(r"\{(\w+)\}", subject + body)) <= set(PLACEHOLDERS)
    assert "\n" not in rendered.subject and rendered.subject.strip()


def test_five_reminder_stages_from_three_days_before_to_thirty_after():
    assert [days for _stage, days in REMINDER_STAGES] == [-3, 0, 7, 15, 30]
    assert template_key("reminder", "overdue_30") == "reminder_overdue_30"
    assert DEFAULTS["es"]["reminder_overdue_30"][0].startswith("Último aviso")
    with pytest.raises(ValidationFailed):
        template_key("reminder", "overdue_99")


def test_values_come_from_the_invoice_totals_formatted_per_language(services):
    invoice = issued_invoice(services)
    business = services.business.require()

    spanish = invoice_values(invoice, "Inmobiliaria Sol S.A.", business, "es", TODAY + dt.timedelta(days=37))
    english = invoice_values(invoice, "Inmobiliaria Sol S.A.", business, "en", TODAY)

    assert spanish["total"] == "310,37\xa0€" and spanish["amount_due"] == "271,89\xa0€"
    assert spanish["due_date"] == "26 de diciembre de 2026" and spanish["days_overdue"] == "7"
    assert english["total"] == "€310.37" and english["due_date"] == "26 December 2026"
    assert spanish["number"] == invoice.number and spanish["business"] == "Gómez Consultoría"


def test_a_line_whose_placeholders_are_all_empty_is_left_out():
    template = MailTemplate("Factura {number}", "Hola.\nPague aquí: {payment_link}\nGracias, {client}.")

    without = render(template, {"number": "F-1", "payment_link": "", "client": "Ana"})
    with_link = render(template, {"number": "F-1", "payment_link": "https://pay.example/1", "client": "Ana"})

    assert without.body == "Hola.\nGracias, Ana.\n"
    assert "https://pay.example/1" in with_link.body


def test_values_cannot_break_the_subject_into_headers():
    rendered = render(MailTemplate("Factura {number}", "x"), {"number": "F-1\r\nBcc: evil@example.test"})

    assert rendered.subject == "Factura F-1 Bcc: evil@example.test"


def test_overrides_are_stored_in_settings_and_can_be_reset(services):
    templates = MailTemplates(services.store)

    templates.save("invoice", "es", "Su factura {number}", "Hola {client}, total {total}.")
    customized = templates.get("invoice", "es")
    preview = templates.render_preview("invoice", "es")
    templates.reset("invoice", "es")

    assert customized.customized and customized.subject == "Su factura {number}"
    assert preview.subject == "Su factura F-2026-0001" and "310,37" in preview.body
    assert templates.get("invoice", "es") == MailTemplate(*DEFAULTS["es"]["invoice"])
    assert templates.get("invoice", "en").customized is False


def test_override_with_an_unknown_placeholder_or_a_multiline_subject_is_refused(services):
    templates = MailTemplates(services.store)

    with pytest.raises(ValidationFailed) as raised:
        templates.save("invoice", "es", "Factura {numero}\nX", "Hola {cliente}")

    codes = sorted(p.code for p in raised.value.problems)
    assert codes == ["line_break_not_allowed", "unknown_placeholder", "unknown_placeholder"]
    assert templates.get("invoice", "es").customized is False


def test_preview_of_an_unsaved_edit(services):
    preview = MailTemplates(services.store).render_preview(
        "reminder_due", "en", body="Pay {outstanding} by {due_date}"
    )

    assert preview.body == "Pay €271.89 by 26 December 2026\n"


def test_client_language_picks_the_template_and_custom_text_is_used_for_sending(services):
    from facturas_app.services.mail import MailSettings

    invoice = issued_invoice(services, language="en")
    services.mail_config.configure(MailSettings("127.0.0.1", 2525, "starttls", "", "facturas@example.test"))
    MailTemplates(services.store).save(
        "invoice", "en", "Your invoice {number}", "Hello {client}: {amount_due}"
    )

    preview = services.outbox.preview_invoice_mail(invoice.id)

    assert preview.subject == f"Your invoice {invoice.number}"
    assert preview.body == "Hello Inmobiliaria Sol S.A.: €271.89\n"

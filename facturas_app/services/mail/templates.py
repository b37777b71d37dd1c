"""Email templates by client language, with placeholders, user overrides and previews.

Overrides live in the `settings` table (key `mail_templates`), so they travel with backups.
Amounts and dates are formatted for the language with Babel, never with f-strings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.services.mail.template_texts import DEFAULTS
from facturas_app.storage.api import Store

SETTINGS_KEY = "mail_templates"
LANGUAGES = ("es", "en")
# (stage, days relative to the due date), friendly to firm. The reminders engine owns the schedule.
REMINDER_STAGES: tuple[tuple[str, int], ...] = (
    ("before_due", -3),
    ("due", 0),
    ("overdue_7", 7),
    ("overdue_15", 15),
    ("overdue_30", 30),
)
TEMPLATE_KEYS: tuple[str, ...] = (
    "invoice",
    "quote",
    *(f"reminder_{stage}" for stage, _days in REMINDER_STAGES),
    "receipt",
    "feedback",
    "test",
)
PLACEHOLDERS: tuple[str, ...] = (
    "client",
    "number",
    "total",
    "amount_due",
    "outstanding",
    "paid",
    "due_date",
    "issue_date",
    "valid_until",
    "payment_date",
    "days_overdue",
    "payment_link",
    "business",
    "rating_links",  # feedback requests: one mailto: link per rating (services/feedback.py)
)
_LOCALES = {"es": "es_ES", "en": "en_GB"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class MailTemplate:
    subject: str
    body: str
    customized: bool = False


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    body: str


def template_key(kind: str, stage: str = "") -> str:
    """`reminder` + `overdue_7` -> `reminder_overdue_7`; other kinds are their own key."""
    key = f"{kind}_{stage}" if kind == "reminder" else kind
    if key not in TEMPLATE_KEYS:
        raise ValidationFailed(
            [Problem("template", "invalid_choice", {"value": key, "choices": TEMPLATE_KEYS})]
        )
    return key


def language_for(code: str) -> str:
    return code if code in LANGUAGES else "es"


def render(template: MailTemplate, values: dict[str, str]) -> RenderedMail:
    """Fill the placeholders; unknown ones stay as typed; lines whose placeholders are all empty go."""
    subject = " ".join(_fill(template.subject, values).split())  # a header never holds a line break
    body = "\n".join(_fill(line, values) for line in template.body.splitlines() if _keeps(line, values))
    return RenderedMail(subject, body.strip("\n") + "\n")


def _fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _keeps(line: str, values: dict[str, str]) -> bool:
    names = [name for name in _PLACEHOLDER.findall(line) if name in values]
    return not names or any(values[name] for name in names)


def template_problems(subject: str, body: str) -> list[Problem]:
    problems = [
        Problem(field_name, "unknown_placeholder", {"value": "{" + name + "}"})
        for field_name, text in (("subject", subject), ("body", body))
        for name in _PLACEHOLDER.findall(text)
        if name not in PLACEHOLDERS
    ]
    if not subject.strip():
        problems.append(Problem("subject", "required"))
    if "\n" in subject or "\r" in subject:
        problems.append(Problem("subject", "line_break_not_allowed"))
    return problems


# --- values ------------------------------------------------------------------------------------


def money(amount: Decimal, lang: str) -> str:
    from babel.numbers import format_currency

    return str(format_currency(amount, "EUR", locale=_LOCALES[language_for(lang)]))


def long_date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return str(format_date(value, format="long", locale=_LOCALES[language_for(lang)]))


def invoice_values(
    invoice: Any, client_name: str, business: Any, lang: str, today: dt.date
) -> dict[str, str]:
    """Placeholder values from an Invoice (totals from the one money engine), its client and issuer."""
    totals = invoice.totals
    outstanding = invoice.outstanding if invoice.number else totals.amount_due
    return {
        "client": client_name,
        "number": invoice.number or "",
        "total": money(totals.total, lang),
        "amount_due": money(totals.amount_due, lang),
        "outstanding": money(outstanding, lang),
        "paid": money(invoice.paid, lang),
        "due_date": long_date(invoice.due_date, lang),
        "issue_date": long_date(invoice.issue_date, lang),
        "valid_until": long_date(invoice.valid_until, lang),
        "payment_date": long_date(today, lang),
        "days_overdue": str(max((today - invoice.due_date).days, 0)),
        "payment_link": getattr(business, "payment_link", "") or "",
        "business": business_name(business),
        "rating_links": "",  # filled by the feedback service only
    }


def business_name(business: Any) -> str:
    return (getattr(business, "trade_name", "") or getattr(business, "name", "")) if business else ""


def sample_values(lang: str, business: str = "Gómez Consultoría") -> dict[str, str]:
    """What the Settings preview shows before a real invoice is at hand."""
    due = dt.date(2026, 12, 26)
    return {
        "client": "Inmobiliaria Sol S.A.",
        "number": "F-2026-0001",
        "total": money(Decimal("310.37"), lang),
        "amount_due": money(Decimal("271.89"), lang),
        "outstanding": money(Decimal("271.89"), lang),
        "paid": money(Decimal("100.00"), lang),
        "due_date": long_date(due, lang),
        "issue_date": long_date(dt.date(2026, 11, 26), lang),
        "valid_until": long_date(dt.date(2026, 12, 26), lang),
        "payment_date": long_date(due, lang),
        "days_overdue": "7",
        "payment_link": "https://pagar.example/F-2026-0001",
        "business": business,
        "rating_links": "\n".join(
            f"{n}: mailto:facturas@example.com?subject=Valoraci%C3%B3n%3A%20{n}" for n in range(1, 6)
        ),
    }


# --- stored overrides --------------------------------------------------------------------------


class MailTemplates:
    """The templates in force: the user's overrides over the defaults, per language."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, lang: str) -> MailTemplate:
        lang = language_for(lang)
        template_key_check(key)
        with self.store.read() as tx:
            override = (tx.get_setting(SETTINGS_KEY, {}) or {}).get(lang, {}).get(key)
        if override:
            return MailTemplate(override["subject"], override["body"], customized=True)
        subject, body = DEFAULTS[lang][key]
        return MailTemplate(subject, body)

    def save(self, key: str, lang: str, subject: str, body: str) -> None:
        template_key_check(key)
        problems = template_problems(subject, body)
        if lang not in LANGUAGES:
            problems.append(Problem("lang", "invalid_language", {"value": lang}))
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            overrides = dict(tx.get_setting(SETTINGS_KEY, {}) or {})
            overrides[lang] = dict(overrides.get(lang, {})) | {key: {"subject": subject, "body": body}}
            tx.set_setting(SETTINGS_KEY, overrides)

    def reset(self, key: str, lang: str) -> None:
        """Back to the default text."""
        with self.store.write() as tx:
            overrides = dict(tx.get_setting(SETTINGS_KEY, {}) or {})
            overrides[lang] = {k: v for k, v in overrides.get(lang, {}).items() if k != key}
            tx.set_setting(SETTINGS_KEY, overrides)

    def render(self, key: str, lang: str, values: dict[str, str]) -> RenderedMail:
        return render(self.get(key, lang), values)

    def render_preview(
        self,
        key: str,
        lang: str,
        subject: str | None = None,
        body: str | None = None,
        values: dict[str, str] | None = None,
    ) -> RenderedMail:
        """The mail as the client would read it, with sample (or given) values; for unsaved edits too."""
        stored = self.get(key, lang)
        template = MailTemplate(
            stored.subject if subject is None else subject, stored.body if body is None else body
        )
        if values is None:
            with self.store.read() as tx:
                business = tx.get_business()
            values = sample_values(lang, business_name(business) or "Gómez Consultoría")
        return render(template, values)


def template_key_check(key: str) -> None:
    if key not in TEMPLATE_KEYS:
        raise ValidationFailed(
            [Problem("template", "invalid_choice", {"value": key, "choices": TEMPLATE_KEYS})]
        )

"""The messages tables, loaded when a command first says something (issue #23).

They are a few thousand strings in two languages: a command that prints only JSON never needs them,
and every command module imports its words from here instead of from facturas_app.messages*.
"""

from __future__ import annotations

from typing import Any

from facturas_app.domain.errors import FacturasError, Problem


def text_for(code: str, lang: str = "es", **params: Any) -> str:
    from facturas_app.messages import text_for as words

    return words(code, lang, **params)


def problem_text(problem: Problem, lang: str = "es") -> str:
    from facturas_app.messages import problem_text as words

    return words(problem, lang)


def error_text(error: FacturasError, lang: str = "es") -> str:
    from facturas_app.messages import error_text as words

    return words(error, lang)


def outbox_error_text(entry: Any, lang: str = "es") -> str:
    from facturas_app.messages_outbox import outbox_error_text as words

    return words(entry, lang)


def delivery_text(result: Any, lang: str = "es") -> str:
    from facturas_app.messages_delivery import delivery_text as words

    return words(result, lang)


def format_money(value: Any, lang: str, currency: str = "EUR") -> str:
    from facturas_app.messages_fields import format_money as words

    return words(value, lang, currency)

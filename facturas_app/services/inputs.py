"""JSON-shaped input (CLI files, imports) → domain values, collecting every problem instead of stopping.

The shapes are CLI.md's: amounts, rates and quantities are strings; dates ISO `YYYY-MM-DD`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import InvoiceLine, Kind
from facturas_app.domain.money import NotADecimal, to_decimal
from facturas_app.domain.parties import Business, Client
from facturas_app.domain.taxes import tax_table
from facturas_app.domain.text_rules import refused_characters

# ASCII digits only: date.fromisoformat also takes '20261126', '2026-W48-4' and Arabic-Indic digits.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
MAX_JSON_DEPTH = 20  # the deepest CLI shape (a recurring template's lines) is 4 levels
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any) -> str:
    """A wrong value as the JSON the user wrote ('{"a": 1}', 'true', 'null'), not Python's repr
    ("{'a': 1}", 'True', 'None') in an error message."""
    return json.dumps(value, ensure_ascii=False, default=str)


@dataclass
class Reader:
    """Reads typed fields from a dict, remembering each problem under its field path."""

    data: dict[str, Any]
    prefix: str = ""
    problems: list[Problem] = field(default_factory=list)

    def where(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(self.where(key), code, params))

    def text(self, key: str, default: str = "", required: bool = False) -> str:
        value = self.data.get(key, default)
        if value is None:
            value = default
        if not isinstance(value, str):
            self.fail(key, "not_text")
            return default
        if required and not value.strip():
            self.fail(key, "required")
        return value.strip()

    def decimal(self, key: str, default: str | None = None) -> Decimal:
        value = self.data.get(key, default)
        if value is None:
            self.fail(key, "required")
            return Decimal(0)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.fail(key, "not_a_number", value=json_text(value))
            return Decimal(0)
        try:
            return to_decimal(
                value.replace(",", ".") if value.count(",") == 1 and "." not in value else value
            )
        except NotADecimal:
            self.fail(key, "not_a_number", value=value)
            return Decimal(0)

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | str):
            self.fail(key, "not_an_integer", value=json_text(value))
            return default
        try:
            return int(value)
        except ValueError:
            self.fail(key, "not_an_integer", value=value)
            return default

    def date(self, key: str, default: dt.date | None = None) -> dt.date | None:
        value = self.data.get(key)
        if value in (None, ""):
            return default
        if not isinstance(value, str):
            self.fail(key, "invalid_date", value=json_text(value))
            return default
        try:
            return parse_iso_date(value)
        except ValueError:
            self.fail(key, "invalid_date", value=value)
            return default

    def string_list(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "not_a_list")
            return default
        return tuple(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "not_a_boolean")
            return default
        return value


def parse_iso_date(text: str) -> dt.date:
    """`YYYY-MM-DD` and nothing else (ValueError otherwise): the one date parser for typed input."""
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def json_problems(payload: Any) -> list[Problem]:
    """What no parsed JSON document may hold, wherever it sits: nesting deeper than any shape we
    take, and lone surrogates ('\\ud800' is valid JSON, but no UTF-8 text can store it). Other
    control characters are judged per field by the domain (a note may hold a line break)."""
    pending: list[tuple[Any, str, int]] = [(payload, "", 0)]  # iterative: no recursion to exhaust
    while pending:
        value, path, depth = pending.pop()
        if depth > MAX_JSON_DEPTH:
            return [Problem(path, "json_too_deep", {"max": MAX_JSON_DEPTH})]
        if isinstance(value, str) and _SURROGATE.search(value):
            return [Problem(path, "control_character", {"characters": refused_characters(value)})]
        for key, item in _children(value):
            if _SURROGATE.search(key):
                return [Problem(path, "control_character", {"characters": refused_characters(key)})]
            pending.append((item, _child_path(path, key, value), depth + 1))
    return []


def _children(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [(str(k), v) for k, v in value.items()]
    return [(str(i), v) for i, v in enumerate(value)] if isinstance(value, list) else []


def _child_path(path: str, key: str, parent: Any) -> str:
    if isinstance(parent, list):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def require_object(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ValidationFailed([Problem("", "not_an_object")])
    return payload


def parse_business(payload: Any) -> Business:
    r = Reader(require_object(payload))
    country = r.text("country", "ES").upper()
    table = tax_table(country)
    default_vat = table.default_vat_rate if table else Decimal(0)
    business = Business(
        name=r.text("name", required=True),
        trade_name=r.text("trade_name"),
        tax_id=r.text("tax_id", required=True).upper().replace(" ", ""),
        address=r.text("address"),
        postal_code=r.text("postal_code"),
        city=r.text("city"),
        country=country,
        email=r.text("email"),
        phone=r.text("phone"),
        iban=r.text("iban").replace(" ", "").upper(),
        bic=r.text("bic").upper(),
        default_series=r.text("default_series", "F"),
        rectifying_series=r.text("rectifying_series", "R"),
        quote_series=r.text("quote_series", "P"),
        default_vat_rate=r.decimal("default_vat_rate", str(default_vat)),
        default_irpf_rate=r.decimal("default_irpf_rate", "0"),
        default_payment_methods=r.string_list("default_payment_methods", ("transfer",)),
        language=r.text("language", "es"),
        thank_you=r.text("thank_you"),
        payment_link=r.text("payment_link"),
        logo_path=r.text("logo_path"),
        pdf_template=r.text("pdf_template", "clasica"),
        accent_color=r.text("accent_color", "#1F5F8B"),
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return business


def parse_client(payload: Any, client_id: str) -> Client:
    r = Reader(require_object(payload))
    client = Client(
        id=client_id,
        name=r.text("name", required=True),
        tax_id=r.text("tax_id").upper().replace(" ", "").replace("-", ""),
        address=r.text("address"),
        postal_code=r.text("postal_code"),
        city=r.text("city"),
        country=r.text("country", "ES").upper(),
        email=r.text("email"),
        phone=r.text("phone"),
        iban=r.text("iban").replace(" ", "").upper(),
        payment_terms_days=r.integer("payment_terms_days", 30),
        language=r.text("language", "es"),
        notes=r.text("notes"),
        reminders_paused=r.boolean("reminders_paused", False),
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return client


@dataclass(frozen=True)
class DraftInput:
    """A parsed draft; dates left None get their defaults from the service (clock, client terms)."""

    client_id: str
    lines: tuple[InvoiceLine, ...]
    irpf_rate: Decimal
    issue_date: dt.date | None
    due_date: dt.date | None
    payment_methods: tuple[str, ...] | None
    notes: str
    thank_you: str | None
    kind: Kind
    operation_date: dt.date | None = None
    valid_until: dt.date | None = None
    template: str = ""


def parse_line(data: Any, index: int, problems: list[Problem]) -> InvoiceLine | None:
    if not isinstance(data, dict):
        problems.append(Problem(f"lines[{index}]", "not_an_object"))
        return None
    r = Reader(data, prefix=f"lines[{index}].")
    exemption = r.text("exemption") or None
    line = InvoiceLine(
        description=r.text("description", required=True),
        quantity=r.decimal("quantity"),
        unit_price=r.decimal("unit_price"),
        vat_rate=r.decimal("vat_rate"),
        discount_percent=r.decimal("discount_percent", "0"),
        surcharge_rate=r.decimal("surcharge_rate", "0"),
        exemption=exemption.upper() if exemption else None,
        unit=r.text("unit"),
        product_id=r.text("product_id") or None,
    )
    problems.extend(r.problems)
    return line


def parse_lines(value: Any, problems: list[Problem]) -> tuple[InvoiceLine, ...]:
    if not isinstance(value, list):
        problems.append(Problem("lines", "required" if value is None else "not_a_list"))
        return ()
    lines = [parse_line(item, index, problems) for index, item in enumerate(value)]
    return tuple(line for line in lines if line is not None)


def parse_draft(payload: Any) -> DraftInput:
    data = require_object(payload)
    r = Reader(data)
    kind_text = r.text("kind", "invoice")
    if kind_text not in (Kind.INVOICE.value, Kind.SIMPLIFIED.value):
        r.fail("kind", "invalid_kind", value=kind_text)
    thank_you = data.get("thank_you")
    draft = DraftInput(
        client_id=r.text("client_id", required=True),
        lines=parse_lines(data.get("lines"), r.problems),
        irpf_rate=r.decimal("irpf_rate", "0"),
        issue_date=r.date("issue_date"),
        due_date=r.date("due_date"),
        payment_methods=r.string_list("payment_methods", ()) if "payment_methods" in data else None,
        notes=r.text("notes"),
        thank_you=r.text("thank_you") if thank_you is not None else None,
        kind=Kind.SIMPLIFIED if kind_text == Kind.SIMPLIFIED.value else Kind.INVOICE,
        operation_date=r.date("operation_date"),
        valid_until=r.date("valid_until"),
        template=r.text("template"),
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return draft

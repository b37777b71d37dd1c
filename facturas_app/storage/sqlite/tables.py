"""SQLModel table classes. They mirror migrations/*.sql, which own the schema (a test compares them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from facturas_app.storage.sqlite.types import DecimalText, ISODate, JSONText, UTCTimestamp


def _dec(default: str | None = "0", nullable: bool = False) -> Any:
    return Field(
        default=Decimal(default) if default else None, sa_column=Column(DecimalText, nullable=nullable)
    )


def _date(nullable: bool = False) -> Any:
    return Field(default=None, sa_column=Column(ISODate, nullable=nullable))


def _ts(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCTimestamp, nullable=nullable))


def _json(default: Any) -> Any:
    return Field(default=default, sa_column=Column(JSONText, nullable=False))


class BusinessRow(SQLModel, table=True):
    __tablename__ = "business"
    id: int = Field(default=1, primary_key=True)
    name: str
    trade_name: str = ""
    tax_id: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "ES"
    email: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    default_series: str = "F"
    rectifying_series: str = "R"
    quote_series: str = "P"
    default_vat_rate: Decimal = _dec("21")
    default_irpf_rate: Decimal = _dec("0")
    default_payment_methods: list[str] = _json(["transfer"])
    language: str = "es"
    thank_you: str = ""
    payment_link: str = ""
    logo_path: str = ""
    pdf_template: str = "clasica"
    accent_color: str = "#1F5F8B"
    sepa_creditor_id: str = ""  # migrations/0020
    sepa_prenotice_days: int = 2


class SettingRow(SQLModel, table=True):
    __tablename__ = "settings"
    key: str = Field(primary_key=True)
    value: Any = _json(None)


class ClientRow(SQLModel, table=True):
    __tablename__ = "clients"
    id: str = Field(primary_key=True)
    name: str
    tax_id: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "ES"
    email: str = ""
    phone: str = ""
    iban: str = ""
    payment_terms_days: int = 30
    language: str = "es"
    notes: str = ""
    reminders_paused: bool = False
    search_text: str = ""
    created_at: dt.datetime = _ts(nullable=False)
    archived: bool = False  # migration 0018
    name_sort: str = ""  # fold(name): the list's order (migration 0025)
    einvoice_format: str = ""  # migration 0022
    dir3_oficina_contable: str = ""
    dir3_organo_gestor: str = ""
    dir3_unidad_tramitadora: str = ""


class ProductRow(SQLModel, table=True):
    __tablename__ = "products"
    id: str = Field(primary_key=True)
    code: str = ""
    name: str
    description: str = ""
    unit: str = ""
    unit_price: Decimal = _dec("0")
    vat_rate: Decimal = _dec("21")
    surcharge_rate: Decimal = _dec("0")
    active: bool = True
    search_text: str = ""  # name and code, folded (migration 0017)
    created_at: dt.datetime = _ts(nullable=False)
    name_sort: str = ""  # fold(name): the list's order (migration 0025)


class SeriesCounterRow(SQLModel, table=True):
    __tablename__ = "series_counters"
    series: str = Field(primary_key=True)
    year: int = Field(primary_key=True)
    last_seq: int
    last_date: dt.date = _date()


class InvoiceRow(SQLModel, table=True):
    __tablename__ = "invoices"
    id: str = Field(primary_key=True)
    doc_type: str = "invoice"
    kind: str = "invoice"
    status: str = "draft"
    series: str | None = None
    year: int | None = None
    seq: int | None = None
    number: str | None = None
    client_id: str = Field(foreign_key="clients.id")
    client_name: str = ""
    client_snapshot: dict[str, Any] = _json({})
    issuer_snapshot: dict[str, Any] = _json({})
    issue_date: dt.date = _date()
    due_date: dt.date = _date()
    operation_date: dt.date | None = _date(nullable=True)
    valid_until: dt.date | None = _date(nullable=True)
    irpf_rate: Decimal = _dec("0")
    payment_methods: list[str] = _json([])
    notes: str = ""
    thank_you: str = ""
    template: str = ""
    base_cents: int = 0
    vat_cents: int = 0
    surcharge_cents: int = 0
    irpf_cents: int = 0
    total_cents: int = 0
    amount_due_cents: int = 0
    paid_cents: int = 0
    rectifies_id: str | None = Field(default=None, foreign_key="invoices.id")
    rectification_kind: str | None = None
    rectification_reason: str = ""
    rectification_method: str | None = None  # migration 0012
    debt_change_cents: int = 0  # migration 0012: what rectifications moved onto this debt
    cancel_reason: str = ""
    search_text: str = ""
    search_key: int | None = None  # rowid of its full-text row (migration 0006)
    created_at: dt.datetime = _ts(nullable=False)
    issued_at: dt.datetime | None = _ts()
    sent_at: dt.datetime | None = _ts()
    cancelled_at: dt.datetime | None = _ts()
    client_tax_id: str = ""  # the snapshot's, as plain columns for the reports (migration 0010)
    client_country: str = ""
    client_sort: str = ""  # fold(client_name): the list's client order (migration 0025)


class InvoiceLineRow(SQLModel, table=True):
    __tablename__ = "invoice_lines"
    invoice_id: str = Field(foreign_key="invoices.id", primary_key=True)
    position: int = Field(primary_key=True)
    description: str
    quantity: Decimal = _dec("1")
    unit: str = ""
    unit_price: Decimal = _dec("0")
    discount_percent: Decimal = _dec("0")
    vat_rate: Decimal = _dec("0")
    surcharge_rate: Decimal = _dec("0")
    exemption: str | None = None
    net_cents: int
    product_id: str | None = None


class InvoiceTaxRow(SQLModel, table=True):
    __tablename__ = "invoice_taxes"
    invoice_id: str = Field(foreign_key="invoices.id", primary_key=True)
    position: int = Field(primary_key=True)
    exemption: str | None = None
    vat_rate: Decimal = _dec("0")
    surcharge_rate: Decimal = _dec("0")
    base_cents: int
    vat_cents: int
    surcharge_cents: int


class PaymentRow(SQLModel, table=True):
    __tablename__ = "payments"
    id: str = Field(primary_key=True)
    invoice_id: str = Field(foreign_key="invoices.id")
    amount_cents: int
    paid_on: dt.date = _date()
    method: str = "transfer"
    reference: str = ""
    created_at: dt.datetime = _ts(nullable=False)
    removed_at: dt.datetime | None = _ts()
    removed_reason: str = ""


class EventRow(SQLModel, table=True):
    __tablename__ = "events"
    id: str = Field(primary_key=True)
    client_id: str | None = Field(default=None, foreign_key="clients.id")
    invoice_id: str | None = Field(default=None, foreign_key="invoices.id")
    kind: str
    happened_at: dt.datetime = _ts(nullable=False)
    summary: str = ""
    payload: dict[str, Any] = _json({})

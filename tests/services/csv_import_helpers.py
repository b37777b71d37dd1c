"""Shared by the CSV import tests: the sample files and the rows they should give."""

from __future__ import annotations

from pathlib import Path

from facturas_app.services.importers import ImportResult, parse_clients, parse_products

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def client(name: str, tax_id: str, address: str, postal_code: str, city: str, **rest: object) -> dict:
    defaults = {"country": "ES", "email": "", "payment_terms_days": 30, "language": "es"}
    fields = {"name": name, "tax_id": tax_id, "address": address, "postal_code": postal_code}
    return {**fields, "city": city, **defaults, **rest}


def product(name: str, unit_price: str, vat_rate: str, unit: str = "", code: str = "") -> dict:
    return {"name": name, "unit_price": unit_price, "vat_rate": vat_rate, "unit": unit, "code": code}


def clients_of(name: str) -> ImportResult:
    return parse_clients((DATA / name).read_bytes())


def products_of(name: str) -> ImportResult:
    return parse_products((DATA / name).read_bytes())


def codes(result: ImportResult) -> list[tuple[int, str, str]]:
    return [(e.line, e.field, e.code) for e in result.errors]

"""JSON input for clients and the product catalogue beyond inputs.py's shapes (issue #18): the
"archived" flag of both, and CLI.md's catalogue item for `product add|update`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.parties import Client, Product
from facturas_app.services.inputs import Reader, require_object
from facturas_app.services.inputs import parse_client as parse_client_fields


def parse_client(payload: Any, client_id: str) -> Client:
    """inputs.parse_client plus "archived" (hidden from pickers and lists); every problem at once."""
    r = Reader(require_object(payload))
    archived = r.boolean("archived", False)
    try:
        client = parse_client_fields(payload, client_id)
    except ValidationFailed as failed:
        raise ValidationFailed(failed.problems + r.problems) from None
    if r.problems:
        raise ValidationFailed(r.problems)
    return replace(client, archived=archived)


def parse_product(payload: Any, product_id: str) -> Product:
    """CLI.md's catalogue item: {"name", "description", "unit_price", "vat_rate", "unit"}, plus
    "code", "surcharge_rate" and "archived" (an archived product is hidden from the catalogue)."""
    r = Reader(require_object(payload))
    product = Product(
        id=product_id,
        name=r.text("name", required=True),
        unit_price=r.decimal("unit_price"),
        vat_rate=r.decimal("vat_rate"),
        unit=r.text("unit"),
        code=r.text("code"),
        description=r.text("description"),
        surcharge_rate=r.decimal("surcharge_rate", "0"),
        active=not r.boolean("archived", False),
    )
    if r.problems:
        raise ValidationFailed(r.problems)
    return product

"""JSON input for clients and the product catalogue beyond inputs.py's shapes (issue #18): the
"archived" flag of both, CLI.md's catalogue item for `product add|update`, and a client's e-invoice
format and DIR3 codes (#20)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.parties import Client, Product
from facturas_app.services.inputs import Reader, require_object
from facturas_app.services.inputs import parse_client as parse_client_fields

DIR3_FIELDS = ("oficina_contable", "organo_gestor", "unidad_tramitadora")


def parse_client(payload: Any, client_id: str) -> Client:
    """inputs.parse_client plus "archived" (hidden from pickers and lists), "einvoice_format" and
    CLI.md's "dir3" object; every problem at once."""
    r = Reader(require_object(payload))
    extra = {"archived": r.boolean("archived", False), "einvoice_format": r.text("einvoice_format").lower()}
    extra |= _dir3_fields(r)
    try:
        client = parse_client_fields(payload, client_id)
    except ValidationFailed as failed:
        raise ValidationFailed(failed.problems + r.problems) from None
    if r.problems:
        raise ValidationFailed(r.problems)
    return replace(client, **extra)


def _dir3_fields(r: Reader) -> dict[str, str]:
    """CLI.md's {"dir3": {"oficina_contable", "organo_gestor", "unidad_tramitadora"}} (null clears
    them); without "dir3", the stored flat fields (`client update` merges over them)."""
    if "dir3" not in r.data:
        return {f"dir3_{name}": r.text(f"dir3_{name}").upper() for name in DIR3_FIELDS}
    value = r.data["dir3"]
    if value is None:
        return {f"dir3_{name}": "" for name in DIR3_FIELDS}
    if not isinstance(value, dict):
        r.fail("dir3", "not_an_object")
        return {}
    inner = Reader(value, prefix="dir3.")
    codes = {f"dir3_{name}": inner.text(name).upper().replace(" ", "") for name in DIR3_FIELDS}
    r.problems.extend(inner.problems)
    return codes


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

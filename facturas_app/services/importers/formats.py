"""Which column of an exported file holds which of our fields, per source program.

Headers are compared after `normalise_header` (lower case, no accents, punctuation as spaces), so
'Código Postal', 'codigo_postal' and 'CÓDIGO POSTAL*' are the same key 'codigo postal'.

Sources (see the module docstring of each table for what was verified and what is assumed):
- generic: our own Client JSON / product keys, in English or Spanish.
- Holded: the contact list export columns (Creado, Nombre, ID, Email, Teléfono, Móvil, Dirección,
  Población, Código postal, Provincia, País, Código país, Idioma, Moneda, Dto %...) and the import
  template (Fiscal name, Contact NIF/ID, Address, Town, Postal code, Province, Country) are from
  Holded's help centre; the product columns SKU / Nombre / Descripción / Subtotal are documented,
  the tax column name ('Impuestos' / 'IVA') is assumed.
- Factusol: assumed from the program's grid export (Cód., Nombre fiscal, N.I.F., Domicilio,
  Cód. postal, Población...) and its database field names (CODCLI, NOFCLI, NIFCLI...).
- Quipu: assumed (its help centre only documents an .xls template); the headers are the usual
  Spanish ones, so the generic aliases carry most of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Kind = Literal["clients", "products"]
Aliases = Mapping[str, tuple[str, ...]]

GENERIC_CLIENTS: Aliases = {
    "name": ("nombre", "name", "razon social", "nombre fiscal", "fiscal name", "cliente", "client"),
    "tax_id": ("nif", "cif", "tax id", "nif cif", "cif nif", "dni", "vat", "vat number", "nif iva"),
    "address": ("direccion", "address", "domicilio", "calle"),
    "postal_code": ("cp", "codigo postal", "postal code", "cod postal", "zip", "zip code"),
    "city": ("poblacion", "ciudad", "city", "localidad", "municipio", "town"),
    "country": ("pais", "country", "codigo pais", "country code"),
    "email": ("email", "correo", "e mail", "correo electronico", "mail"),
    "payment_terms_days": ("dias de pago", "payment terms days", "dias pago", "payment terms"),
    "language": ("idioma", "language", "lang"),
}

GENERIC_PRODUCTS: Aliases = {
    "name": ("nombre", "name", "descripcion", "description", "concepto", "producto", "articulo"),
    "unit_price": ("precio", "price", "unit price", "precio unitario", "pvp", "precio venta"),
    "vat_rate": ("iva", "vat rate", "vat", "tipo iva", "tipo de iva", "iva porcentaje"),
    "unit": ("unidad", "unit", "unidad de medida", "ud"),
    "code": ("referencia", "code", "codigo", "ref", "sku"),
}

REQUIRED: Mapping[Kind, tuple[str, ...]] = {
    "clients": ("name",),
    "products": ("name", "unit_price", "vat_rate"),
}


@dataclass(frozen=True)
class ImportFormat:
    """A source program: its column aliases and the headers that give it away."""

    key: str
    clients: Aliases
    products: Aliases
    signature: frozenset[str]

    def aliases(self, kind: Kind) -> Aliases:
        return self.clients if kind == "clients" else self.products


def _extend(base: Aliases, extra: Aliases) -> Aliases:
    # The program's own names come first so they win over a generic alias for the same field
    # (Holded's 'Código país' holds the ISO code, its 'País' only the name).
    merged = {field: extra.get(field, ()) + names for field, names in base.items()}
    return MappingProxyType(merged)


_HOLDED_SIGNATURE = frozenset({
    "creado", "codigo pais", "movil", "moneda", "dto", "id", "fiscal name", "contact nif",
    "contact id", "sku", "subtotal", "no modificar",
})  # fmt: skip

GENERIC = ImportFormat("generic", GENERIC_CLIENTS, GENERIC_PRODUCTS, frozenset())

HOLDED = ImportFormat(
    "holded",
    _extend(
        GENERIC_CLIENTS,
        {
            "tax_id": ("id", "contact nif", "contact id"),
            "country": ("codigo pais", "country code"),
            "email": ("contact email", "contact s e mail address"),
        },
    ),
    _extend(
        GENERIC_PRODUCTS,
        {"unit_price": ("subtotal",), "vat_rate": ("impuestos", "impuesto"), "code": ("sku",)},
    ),
    _HOLDED_SIGNATURE,
)

FACTUSOL = ImportFormat(
    "factusol",
    _extend(
        GENERIC_CLIENTS,
        {
            "name": ("nombre fiscal", "nofcli"),
            "tax_id": ("nifcli",),
            "address": ("domcli",),
            "postal_code": ("cpocli",),
            "city": ("pobcli",),
            "email": ("emacli",),
        },
    ),
    _extend(
        GENERIC_PRODUCTS,
        {
            "name": ("descripcion", "desart"),
            "code": ("cod", "codart"),
            "unit_price": ("precio venta", "pvp", "tarifa 1"),
            "vat_rate": ("tipo de iva", "iva"),
        },
    ),
    frozenset(
        {"domicilio", "cod postal", "cod", "codcli", "nofcli", "nifcli", "codart", "desart", "familia"}
    ),
)

QUIPU = ImportFormat(
    "quipu",
    _extend(GENERIC_CLIENTS, {"name": ("razon social",), "tax_id": ("nif",)}),
    GENERIC_PRODUCTS,
    frozenset({"razon social", "tipo de contacto", "tipo contacto"}),
)

FORMATS: tuple[ImportFormat, ...] = (GENERIC, HOLDED, FACTUSOL, QUIPU)


def detect_format(header: Sequence[str]) -> ImportFormat:
    """The format whose telltale headers appear most; generic when none (or a tie) does."""
    present = set(header)
    best, best_score = GENERIC, 0
    for candidate in FORMATS[1:]:
        score = len(candidate.signature & present)
        if score > best_score:
            best, best_score = candidate, score
    return best


def map_columns(header: Sequence[str], fmt: ImportFormat, kind: Kind) -> dict[str, int]:
    """Field name -> column index, taking the first alias present (aliases are in priority order)."""
    position: dict[str, int] = {}
    for index, name in enumerate(header):
        position.setdefault(name, index)  # a repeated header: the first column wins
    columns: dict[str, int] = {}
    for field, names in fmt.aliases(kind).items():
        found = next((position[n] for n in names if n in position), None)
        if found is not None:
            columns[field] = found
    return columns

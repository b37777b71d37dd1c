"""Tax ids, IBANs and email addresses. Checksums come from python-stdnum, never written by hand."""

from __future__ import annotations

import re
from importlib import import_module
from types import ModuleType

EU_COUNTRIES = frozenset(
    {
        *("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "GR", "ES", "FI", "FR", "HR"),
        *("HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"),
    }
)
# Latin American (and a few other) tax-id modules in python-stdnum, by country.
_NATIONAL_MODULES = {
    "MX": "stdnum.mx.rfc",
    "AR": "stdnum.ar.cuit",
    "CL": "stdnum.cl.rut",
    "CO": "stdnum.co.nit",
    "PE": "stdnum.pe.ruc",
    "UY": "stdnum.uy.rut",
    "EC": "stdnum.ec.ruc",
    "VE": "stdnum.ve.rif",
    "BR": "stdnum.br.cnpj",
    "CR": "stdnum.cr.cpj",
    "DO": "stdnum.do.rnc",
    "GT": "stdnum.gt.nit",
    "PY": "stdnum.py.ruc",
    "SV": "stdnum.sv.nit",
    "US": "stdnum.us.ein",
    "GB": "stdnum.gb.vat",
    "CH": "stdnum.ch.vat",
    "NO": "stdnum.no.mva",
}
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


def _stdnum(name: str) -> ModuleType:
    """python-stdnum loads ssl and pydoc (≈ 30 ms): imported when an id is checked, not at every
    start of the CLI (issue #23)."""
    return import_module(f"stdnum.{name}")


def _validation_error() -> type[Exception]:
    return _stdnum("exceptions").ValidationError  # type: ignore[no-any-return]


def _national_module(country: str) -> ModuleType | None:
    name = _NATIONAL_MODULES.get(country)
    return import_module(name) if name else None


def normalize_tax_id(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value).upper()


def is_valid_tax_id(value: str, country: str) -> bool:
    """True when the id is valid for the country (or a valid EU VAT number with its prefix)."""
    compact = normalize_tax_id(value)
    if not compact:
        return False
    country = country.upper()
    if country == "ES" and (
        _stdnum("es.nif").is_valid(compact)
        or (compact.startswith("ES") and _stdnum("es.nif").is_valid(compact[2:]))
    ):
        return True
    if country in EU_COUNTRIES or compact[:2] in EU_COUNTRIES:
        prefixed = (
            compact
            if compact[:2].isalpha() and compact[:2] in EU_COUNTRIES
            else _eu_prefix(country) + compact
        )
        if _stdnum("eu.vat").is_valid(prefixed):
            return True
    module = _national_module(country)
    if module is not None:
        try:
            return bool(module.is_valid(compact))
        except _validation_error():
            return False
    # No validator for this country: accept a plausible id rather than refuse a real customer.
    return country not in EU_COUNTRIES and country != "ES" and 3 <= len(compact) <= 30


def _eu_prefix(country: str) -> str:
    return "EL" if country == "GR" else country


def is_spanish_company(tax_id: str) -> bool:
    """A CIF (legal entity) as opposed to a DNI/NIE (natural person)."""
    compact = normalize_tax_id(tax_id).removeprefix("ES")
    return (
        bool(compact)
        and _stdnum("es.cif").is_valid(compact)
        and not compact[0].isdigit()
        and compact[0] not in "XYZKLM"
    )


def normalize_iban(value: str) -> str:
    return re.sub(r"\s", "", value).upper()


def is_valid_iban(value: str) -> bool:
    try:
        _stdnum("iban").validate(normalize_iban(value))
    except _validation_error():
        return False
    return True


def split_emails(value: str) -> list[str]:
    """A client may have several addresses separated by commas or semicolons."""
    return [part.strip() for part in re.split(r"[,;]", value) if part.strip()]


def is_valid_email(value: str) -> bool:
    return len(value) <= 254 and bool(_EMAIL.match(value))


def format_iban(value: str) -> str:
    compact = normalize_iban(value)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

"""Parsing of client and product lists exported by other invoicing programs (CSV)."""

from facturas_app.services.importers.clients_products import (
    ImportResult,
    RowError,
    parse_clients,
    parse_products,
)

__all__ = ["ImportResult", "RowError", "parse_clients", "parse_products"]

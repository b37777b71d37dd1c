"""Writing files other programs open (CSV for Spanish Excel)."""

from facturas_app.services.exporters.csv_safe import safe_cell, unescape_cell, write_csv

__all__ = ["safe_cell", "unescape_cell", "write_csv"]

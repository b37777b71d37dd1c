"""Facturas: local-first invoicing. The core package never imports Qt."""

APP_NAME = "Facturas"
APP_ID = "es.facturas.Facturas"
__version__ = "0.1.0"

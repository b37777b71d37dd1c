"""SEPA direct debits (issue #19 part 3): mandates, remittances as pain.008.001.02 files, returns."""

from facturas_app.services.sepa.service import RemittancePlan, RemittanceResult, SepaService

__all__ = ["RemittancePlan", "RemittanceResult", "SepaService"]

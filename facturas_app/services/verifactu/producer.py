"""The SistemaInformatico block: who produced the software that writes the records."""

from __future__ import annotations

from facturas_app import __version__
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Business
from facturas_app.services.verifactu.payload import Software
from facturas_app.services.verifactu.settings import SETTING_INSTALLATION
from facturas_app.storage.api import Transaction

SETTING_PRODUCER_NAME = "verifactu.producer_name"
SETTING_PRODUCER_NIF = "verifactu.producer_nif"


def software_for(tx: Transaction, business: Business) -> Software:
    installation = tx.get_setting(SETTING_INSTALLATION)
    if not installation:
        installation = new_id().replace("-", "")[:20]
        tx.set_setting(SETTING_INSTALLATION, installation)
    return Software(
        producer_name=str(tx.get_setting(SETTING_PRODUCER_NAME, "") or business.name)[:120],
        producer_nif=str(tx.get_setting(SETTING_PRODUCER_NIF, "") or _nif(business.tax_id)),
        installation_number=str(installation), system_name="Facturas", system_id="FA",
        version=__version__,
    )  # fmt: skip


def _nif(tax_id: str) -> str:
    from facturas_app.services.verifactu.records import spanish_nif

    return spanish_nif(tax_id)

"""The SistemaInformatico block: who produced the software that writes the records.

Everything but the installation number comes from facturas_app.build_info, set when the app is
built: AEAT asks for the producer of the system, so the taxpayer's own name and NIF never go here.
"""

from __future__ import annotations

from facturas_app import build_info
from facturas_app.domain.ids import new_id
from facturas_app.services.verifactu.payload import Software
from facturas_app.services.verifactu.settings import SETTING_INSTALLATION
from facturas_app.storage.api import Transaction


def software_for(tx: Transaction, _taxpayer: object = None) -> Software:
    """The producer block for a new record. Callers may still pass the business: it is accepted
    and deliberately ignored, so no setting or profile can put the taxpayer in the producer's place."""
    return Software(
        producer_name=build_info.PRODUCER_NAME,
        producer_nif=build_info.PRODUCER_NIF,
        installation_number=installation_number(tx),
        system_name=build_info.SYSTEM_NAME,
        system_id=build_info.SYSTEM_ID,
        version=build_info.VERSION,
        only_verifactu=build_info.ONLY_VERIFACTU,
        multi_taxpayer_capable=build_info.MULTI_TAXPAYER_CAPABLE,
        multiple_taxpayers=build_info.MULTIPLE_TAXPAYERS,
    )


def installation_number(tx: Transaction) -> str:
    """NumeroInstalacion: made once per data folder and kept in its settings (so a backup moved
    to another computer keeps it, and a fresh data folder is a new installation)."""
    installation = tx.get_setting(SETTING_INSTALLATION)
    if not installation:
        installation = new_id().replace("-", "")[:20]
        tx.set_setting(SETTING_INSTALLATION, installation)
    return str(installation)

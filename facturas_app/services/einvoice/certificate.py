"""Facturae's signing key: the PKCS#12 configured for VERI*FACTU (`verifactu configure-cert`),
opened in memory with its password from the keyring — the same certificate identifies the issuer
to AEAT. Without one, the user is told how to set it up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facturas_app.services.einvoice.service import EInvoiceError, Signer
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.cert import VerifactuCertificates
from facturas_app.storage.api import Store

if TYPE_CHECKING:
    from facturas_app.services.mail_config import PasswordStore


def facturae_signer(store: Store, clock: Clock, secrets: PasswordStore) -> Signer:
    """Opens the certificate once; every document it signs carries the time it was signed."""
    from facturas_app.services.einvoice.facturae_sign import configured_signer

    certificates = VerifactuCertificates(store, secrets)
    if not certificates.configured():
        raise EInvoiceError("einvoice_no_certificate")
    return configured_signer(certificates, clock.now)

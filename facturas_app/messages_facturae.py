"""Words for Facturae 3.2.2 and its XAdES-EPES signature (#20), and DIR3 codes (see messages.py)."""

from __future__ import annotations

FACTURAE_TEXTS: dict[str, tuple[str, str]] = {
    "dir3_invalid_code": (
        "«{value}» no parece un código DIR3 (letras y cifras, como L01281230 o GE0000000)",
        "'{value}' does not look like a DIR3 code (letters then digits, like L01281230 or GE0000000)",
    ),
    "facturae_tax_id_missing": (
        "Facturae necesita el NIF (al menos 3 caracteres) del emisor y del cliente",
        "Facturae needs the tax id (at least 3 characters) of issuer and client",
    ),
    "facturae_postal_code": (
        "Facturae necesita un código postal español de 5 cifras (de él sale la provincia), no «{value}»",
        "Facturae needs a 5-digit Spanish postal code (the province comes from it), not '{value}'",
    ),
    "facturae_number_too_long": (
        "Facturae admite números de factura de hasta 20 caracteres; «{value}» tiene {length}",
        "Facturae allows invoice numbers of up to 20 characters; '{value}' has {length}",
    ),
    "facturae_unknown_country": (
        "Facturae necesita un país ISO 3166 conocido, no «{value}»",
        "Facturae needs a known ISO 3166 country, not '{value}'",
    ),
    "facturae_not_signable": (
        "no se puede firmar la Facturae: {detail}",
        "cannot sign the Facturae: {detail}",
    ),
}

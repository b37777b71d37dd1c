"""Words (Spanish, English) for the VERI*FACTU rules of domain/verifactu_rules.py.

Kept beside messages.py (which merges them) so the rules table and its words are read together.
Each text names AEAT's error code, so a user who calls their adviser can quote it.
"""

from __future__ import annotations

RULE_TEXTS: dict[str, tuple[str, str]] = {
    "verifactu_issuer_name_characters": (
        "contiene {characters}, que la AEAT no admite en el nombre (VERI*FACTU, error {aeat}): "
        "escríbalo como figura en el censo de la AEAT",
        "contains {characters}, which AEAT does not accept in the name (VERI*FACTU error {aeat}): "
        "type it as registered with AEAT",
    ),
    "verifactu_recipient_name_characters": (
        "contiene {characters}, que la AEAT no admite en el nombre (VERI*FACTU, error {aeat})",
        "contains {characters}, which AEAT does not accept in the name (VERI*FACTU error {aeat})",
    ),
    "verifactu_recipient_name_quotes": (
        "en el registro VERI*FACTU las comillas se escriben ’ “ ” (error {aeat})",
        "in the VERI*FACTU record quotes are written ’ “ ” (error {aeat})",
    ),
    "verifactu_export_regime": (
        "una exportación ({operation}) va con la clave de régimen 02 (VERI*FACTU, error {aeat})",
        "an export ({operation}) goes with regime key 02 (VERI*FACTU error {aeat})",
    ),
    "verifactu_regime_02_only_exempt": (
        "la clave de régimen 02 solo admite operaciones exentas, no {operation} (error {aeat})",
        "regime key 02 only takes exempt operations, not {operation} (error {aeat})",
    ),
    "verifactu_intra_eu_needs_foreign_client": (
        "una entrega intracomunitaria (E5) necesita un cliente de otro país de la UE con su NIF-IVA "
        "(VERI*FACTU, error {aeat})",
        "an intra-EU supply (E5) needs a client from another EU country with their VAT number "
        "(VERI*FACTU error {aeat})",
    ),
    "verifactu_reverse_charge_simplified": (
        "la inversión del sujeto pasivo (S2) no cabe en una factura simplificada: emita una factura "
        "completa (VERI*FACTU, error {aeat})",
        "reverse charge (S2) cannot go on a simplified invoice: issue a full invoice "
        "(VERI*FACTU error {aeat})",
    ),
    "verifactu_simplified_over_limit": (
        # The limit is written in each language's form: the messages carry no locale formatting.
        "una factura simplificada no puede superar 3.000 € de base más IVA: emita una factura "
        "completa (VERI*FACTU, error {aeat})",
        "a simplified invoice cannot exceed €3,000 of base plus VAT: issue a full invoice "
        "(VERI*FACTU error {aeat})",
    ),
    "verifactu_operation_after_issue": (
        "la fecha de operación ({value}) no puede ser posterior a la de la factura "
        "(VERI*FACTU, error {aeat})",
        "the operation date ({value}) cannot be after the invoice date (VERI*FACTU error {aeat})",
    ),
    "verifactu_operation_in_future": (
        "la fecha de operación ({value}) no puede ser futura (VERI*FACTU, error {aeat})",
        "the operation date ({value}) cannot be in the future (VERI*FACTU error {aeat})",
    ),
    "verifactu_mode_off_after_records": (
        "VERI*FACTU no se puede desactivar: ya hay registros de facturación encadenados, y las "
        "facturas siguientes deben seguir la cadena",
        "VERI*FACTU cannot be switched off: billing records already exist, and the next invoices "
        "must continue their chain",
    ),
}

"""Words for the UBL (EN 16931) e-invoice (#20): what UBL cannot say about an invoice."""

from __future__ import annotations

UBL_TEXTS: dict[str, tuple[str, str]] = {
    "ubl_not_subject_mixed": (
        "la factura mezcla líneas no sujetas a IVA (N1/N2) con otras: la factura electrónica UBL "
        "(EN 16931) no lo admite; emita las no sujetas en una factura aparte",
        "the invoice mixes lines not subject to VAT (N1/N2) with others: a UBL e-invoice (EN 16931) "
        "cannot carry both; issue the not-subject lines on an invoice of their own",
    ),
}

"""Words for electronic invoices (#20): UBL / Facturae export and a client's e-invoice data."""

from __future__ import annotations

EINVOICE_TEXTS: dict[str, tuple[str, str]] = {
    "einvoice_not_issued": (
        "la factura {number} no está emitida o está anulada: solo una factura emitida tiene factura electrónica",
        "invoice {number} is not issued or is cancelled: only an issued invoice has an e-invoice",
    ),
    "einvoice_not_an_invoice": (
        "{number} es un presupuesto: solo las facturas tienen factura electrónica",
        "{number} is a quote: only invoices have an e-invoice",
    ),
    "invalid_einvoice_format": (
        "el formato de factura electrónica debe ser UBL o Facturae, no «{value}»",
        "the e-invoice format must be UBL or Facturae, not '{value}'",
    ),
    "dir3_incomplete": (
        "una administración pública necesita los tres códigos DIR3: oficina contable, órgano gestor y unidad tramitadora",
        "a public administration needs all three DIR3 codes: accounting office, managing body and processing unit",
    ),
    "einvoice_no_certificate": (
        "para firmar la Facturae hace falta el certificado electrónico de la empresa: configúrelo con «facturas verifactu configure-cert»",
        "signing a Facturae needs the business's electronic certificate: set it up with 'facturas verifactu configure-cert'",
    ),
    "einvoice_export_done": (
        "{count} facturas electrónicas ({format}) guardadas en {folder}",
        "{count} e-invoices ({format}) saved in {folder}",
    ),
}

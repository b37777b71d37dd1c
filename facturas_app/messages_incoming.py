"""Words for received structured invoices read into expenses (#21; see messages.py)."""

from __future__ import annotations

INCOMING_TEXTS: dict[str, tuple[str, str]] = {
    "incoming_refused": (
        "la factura recibida no se ha podido registrar; no se ha guardado nada",
        "the received invoice could not be recorded; nothing was stored",
    ),
    "incoming_empty": ("el archivo {name} está vacío", "file {name} is empty"),
    "incoming_too_large": (
        "el archivo {name} ocupa {size} MB; una factura recibida no puede pasar de {limit} MB",
        "file {name} is {size} MB; a received invoice cannot be larger than {limit} MB",
    ),
    "incoming_not_invoice": (
        "{name} no es una factura electrónica: se esperaba un XML UBL, Facturae o CII, o un PDF Factur-X",
        "{name} is not an electronic invoice: expected UBL, Facturae or CII XML, or a Factur-X PDF",
    ),
    "incoming_unknown_kind": (
        "el XML es un documento «{root}», no una factura UBL 2.1, Facturae 3.2.x ni Factur-X/CII",
        "the XML is a «{root}» document, not a UBL 2.1, Facturae 3.2.x or Factur-X/CII invoice",
    ),
    "incoming_xml_malformed": (
        "el XML está mal formado (línea {line}); no se ha guardado nada",
        "the XML is malformed (line {line}); nothing was stored",
    ),
    "incoming_xml_dtd": (
        "el XML declara un DTD o entidades (posible «bomba XML» o referencia externa): rechazado; "
        "ninguna factura electrónica los necesita",
        "the XML declares a DTD or entities (a possible XML bomb or external reference): refused; "
        "no electronic invoice needs them",
    ),
    "incoming_amounts_do_not_add_up": (
        "los importes de la factura no cuadran: {total} es {stated} y sus partes suman {expected} "
        "(reglas {rules}); no se ha guardado nada",
        "the invoice's amounts do not add up: {total} is {stated} and its parts add up to {expected} "
        "(rules {rules}); nothing was stored",
    ),
    "incoming_missing_totals": (
        "a la factura le faltan los totales {totals}: sus importes no se pueden comprobar; no se ha guardado nada",
        "the invoice lacks the totals {totals}: its amounts cannot be checked; nothing was stored",
    ),
    "incoming_currency_not_eur": (
        "la factura está en {currency} y no indica el IVA en euros: el IVA español se declara en euros; "
        "pida al proveedor una factura en EUR (o con el IVA en EUR)",
        "the invoice is in {currency} and does not state its VAT in euros: Spanish VAT is declared in euros; "
        "ask the supplier for an invoice in EUR (or with the VAT in EUR)",
    ),
    "incoming_cen_rules_unavailable": (
        "las reglas EN 16931 del CEN no se han podido comprobar en esta instalación (falta saxonche); "
        "solo se han comprobado el esquema UBL 2.1 y las sumas",
        "the CEN EN 16931 rules could not be checked in this installation (saxonche is missing); "
        "only the UBL 2.1 schema and the sums were checked",
    ),
    "incoming_facturae_unsigned": (
        "la Facturae no está firmada: no se puede saber quién la emitió ni si ha cambiado",
        "the Facturae is not signed: who issued it, and whether it changed, cannot be known",
    ),
    "incoming_cii_without_lines": (
        "la factura CII no tiene líneas (perfil BASIC WL): se han comprobado sus totales y su desglose de IVA, "
        "no sus líneas",
        "the CII invoice has no lines (BASIC WL profile): its totals and VAT breakdown were checked, "
        "not its lines",
    ),
    "incoming_signature_sha1": (
        "la firma de la Facturae es válida pero usa SHA-1, un algoritmo ya débil; pida al proveedor "
        "que firme con SHA-256",
        "the Facturae's signature is valid but uses SHA-1, a weak algorithm by now; ask the supplier "
        "to sign with SHA-256",
    ),
    "incoming_signature_certificate_not_valid": (
        "la firma de la Facturae es íntegra pero dice haberse hecho cuando su certificado no estaba vigente",
        "the Facturae's signature is intact but claims a signing time when its certificate was not valid",
    ),
    "incoming_pdf_not_pdf": (
        "{name} no es un PDF (su contenido no empieza por %PDF)",
        "{name} is not a PDF (its content does not start with %PDF)",
    ),
    "incoming_unknown_currency": (
        "moneda desconocida «{currency}»: no es un código ISO 4217",
        "unknown currency «{currency}»: not an ISO 4217 code",
    ),
    "incoming_other_buyer": (
        "la factura va dirigida a {found}, no a su NIF {ours}: no se registra como gasto suyo",
        "the invoice is addressed to {found}, not to your tax id {ours}: not recorded as your expense",
    ),
    "incoming_no_buyer_tax_id": (
        "la factura no indica el NIF del destinatario: sin él el IVA no es deducible; pida una factura completa",
        "the invoice does not give the buyer's tax id: without it the VAT is not deductible; "
        "ask for a complete invoice",
    ),
    "incoming_missing_field": (
        "a la factura le falta {field}: no se puede registrar",
        "the invoice lacks {field}: it cannot be recorded",
    ),
    "incoming_bad_amount": (
        "{field} no es un importe: «{value}»",
        "{field} is not an amount: «{value}»",
    ),
    "incoming_pdf_without_xml": (
        "el PDF {name} no lleva una factura electrónica dentro (factur-x.xml / zugferd-invoice.xml); "
        "puede guardarlo como adjunto de un gasto introducido a mano",
        "PDF {name} carries no electronic invoice (factur-x.xml / zugferd-invoice.xml); "
        "you can keep it as the attachment of an expense typed in",
    ),
    "incoming_pdf_unreadable": (
        "no se puede leer el PDF {name}: {detail}",
        "PDF {name} cannot be read: {detail}",
    ),
    "incoming_signature_broken": (
        "la firma de la Facturae no es válida ({detail}): el documento ha cambiado desde que se firmó "
        "o la firma está dañada; no se registra",
        "the Facturae's signature is not valid ({detail}): the document changed after it was signed "
        "or the signature is damaged; not recorded",
    ),
    "incoming_facturae_batch": (
        "la Facturae contiene {count} facturas; impórtelas de una en una",
        "the Facturae holds {count} invoices; import them one at a time",
    ),
    "response_unknown_status": (
        "estado «{status}» desconocido: accepted, rejected o paid",
        "unknown status «{status}»: accepted, rejected or paid",
    ),
    "response_reason_required": (
        "para rechazar una factura hay que dar el motivo",
        "rejecting an invoice needs a reason",
    ),
    "response_date_required": (
        "para comunicar el pago hay que dar la fecha de pago",
        "reporting a payment needs the payment date",
    ),
}

"""English for UI strings added after the last translation pass; applied by update_translations.sh.

Only entries still unfinished in facturas_en.ts are filled, so a translator's edit always wins.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

from translations_en_expenses import ENGLISH_EXPENSES  # expenses view (#21)
from translations_en_more import ENGLISH_MORE  # the same folder: the script's own sys.path[0]

ENGLISH: dict[str, str | tuple[str, str]] = {
    # VERI*FACTU states in the invoice list and the dashboard's warning (issue #16)
    "Sin confirmar": "Not confirmed",
    "Aceptada": "Accepted",
    "Con errores": "With errors",
    "Rechazada": "Rejected",
    "La AEAT aún no ha confirmado el registro: se envía automáticamente.": "AEAT has not confirmed the record yet: it is sent automatically.",
    "La AEAT tiene el registro de esta factura.": "AEAT holds this invoice's record.",
    "La AEAT aceptó el registro con errores: ábrala para verlos y subsanarlos.": "AEAT accepted the record with errors: open the invoice to see and correct them.",
    "La AEAT rechazó el registro: ábrala para ver el motivo y subsanarlo.": "AEAT rejected the record: open the invoice to see why and correct it.",
    "La AEAT ha rechazado %n registro(s): abra la factura, corrija el dato y pulse «Subsanar y reenviar».": (
        "AEAT rejected %n record: open the invoice, correct the data and press “Correct and resend”.",
        "AEAT rejected %n records: open the invoices, correct the data and press “Correct and resend”.",
    ),
    "%n registro(s) sin respuesta de la AEAT desde hace más de una hora.": (
        "%n record has had no answer from AEAT for over an hour.",
        "%n records have had no answer from AEAT for over an hour.",
    ),
    "Ver el envío a la AEAT": "See sending to AEAT",
    # the dashboard's most-overdue table (its headers had never reached the .ts files)
    "Vencimiento": "Due date",
    "Días": "Days",
    "Pendiente": "Outstanding",
    # rectification that settles the debt (issue #16): method, refunds, money owed back
    "Método": "Method",
    "Por sustitución (importes corregidos completos)": "By substitution (the corrected full amounts)",
    "Por diferencias (solo la diferencia)": "By differences (only the difference)",
    "Se creará un borrador con las líneas en negativo (devolución total): déjelas en la "
    "diferencia. Lo que ya se pagó y no se deba se podrá registrar como devolución.": (
        "A draft is created with the lines negated (a full return): bring them down to the "
        "difference. What was paid and is not owed can then be recorded as a refund."
    ),
    "Registrar devolución": "Record refund",
    "A devolver": "To refund",
    "%1 a devolver": "%1 to refund",
    "A devolver a clientes: %1": "To refund to clients: %1",
    # the editor's live refusals (AEAT's record rules, ui/views/editor_refusals.py)
    "No se podrá emitir así:": "It cannot be issued like this:",
    "Nombre de su negocio": "Your business name",
    "Tipo de factura": "Invoice type",
    "Fecha de operación": "Operation date",
    "Fecha": "Date",
    "Envío de factura": "Invoice email",
    "Envío de presupuesto": "Quote email",
    "Recordatorio: antes del vencimiento": "Reminder: before the due date",
    "Recordatorio: día del vencimiento": "Reminder: on the due date",
    "Recordatorio: primer aviso": "Reminder: first notice",
    "Recordatorio: segundo aviso": "Reminder: second notice",
    "Recordatorio: último aviso": "Reminder: final notice",
    "Recibo de pago": "Payment receipt",
    "Petición de valoración": "Feedback request",
    "Español": "Spanish",
    "Inglés": "English",
    "Datos de ejemplo (o escriba un número de factura)": "Sample data (or type an invoice number)",
    "Marcadores disponibles: ": "Available placeholders: ",
    "Guardar": "Save",
    "Restaurar predeterminada": "Restore default",
    "Plantilla": "Template",
    "Idioma": "Language",
    "Asunto": "Subject",
    "Cuerpo": "Body",
    "Vista previa con": "Preview with",
    "<h3>Plantillas de correo</h3>": "<h3>Email templates</h3>",
    "Vista previa:": "Preview:",
    "Personalizada": "Customised",
    "Predeterminada": "Default",
    "Plantilla guardada.": "Template saved.",
    "Plantilla predeterminada restaurada.": "Default template restored.",
    "Plantillas de correo": "Email templates",
    "Número de factura, p. ej. F-2026-0001": "Invoice number, e.g. F-2026-0001",
    "Ver registro de una factura…": "Show an invoice's record…",
    "Registro de una factura": "An invoice's record",
    "Registro VERI*FACTU": "VERI*FACTU record",
    "Cargando…": "Loading…",
    "Comprobar integridad": "Check integrity",
    "(primer registro de la cadena)": "(first record of the chain)",
    "Factura %1 · emisor %2 · %3 registro(s)": "Invoice %1 · issuer %2 · %3 record(s)",
    "Esta factura no tiene registros VERI*FACTU (no emitida o modo desactivado).": "This invoice has no VERI*FACTU records (not issued, or the mode is off).",
    "Comprobando la cadena…": "Verifying the chain…",
    "Registro alterado: %1 (%2).": "Record altered: %1 (%2).",
    "Los registros de esta factura cuadran, pero la cadena está rota en %1 (%2).": "This invoice's records are intact, but the chain is broken at %1 (%2).",
    "Íntegro: huellas y encadenamiento correctos (%1 registros comprobados).": "Intact: hashes and chaining are correct (%1 records checked).",
    # Reports view (issue #11): column names, book status and form concepts (ui/views/report_labels.py)
    "Nada que declarar en este periodo.": "Nothing to declare in this period.",
    "Fecha expedición": "Issue date",
    "Número": "Number",
    "Tipo factura": "Invoice type",
    "Rectifica a": "Corrects",
    "Estado": "Status",
    "Cliente": "Client",
    "NIF cliente": "Client tax ID",
    "País": "Country",
    "Exención/Calificación": "Exemption/Qualification",
    "Base imponible": "Taxable base",
    "Tipo IVA %": "VAT rate %",
    "Cuota IVA": "VAT",
    "Tipo RE %": "Surcharge rate %",
    "Cuota RE": "Surcharge",
    "Retención IRPF": "IRPF withheld",
    "Total factura": "Invoice total",
    "Modelo": "Form",
    "Casilla": "Box",
    "Concepto": "Item",
    "Importe": "Amount",
    "NIF": "Tax ID",
    "Nombre": "Name",
    "Total": "Total",
    "1T": "Q1",
    "2T": "Q2",
    "3T": "Q3",
    "4T": "Q4",
    "NIF-IVA": "VAT ID",
    "Trimestre": "Quarter",
    "Clave": "Key",
    "Base": "Base",
    "emitida": "issued",
    "anulada": "cancelled",
    "Modificación bases (rectificativas)": "Base adjustments (corrective invoices)",
    "Modificación cuotas (rectificativas)": "VAT adjustments (corrective invoices)",
    "Modificación bases RE": "Surcharge base adjustments",
    "Modificación cuotas RE": "Surcharge adjustments",
    "Total cuota devengada": "Total VAT accrued",
    "Entregas intracomunitarias de bienes y servicios": "Intra-EU supplies of goods and services",
    "Exportaciones y operaciones asimiladas": "Exports and similar operations",
    "Operaciones no sujetas por reglas de localización": "Not subject to Spanish VAT (place-of-supply rules)",
    "Operaciones con inversión del sujeto pasivo": "Reverse-charge operations",
    "Ingresos computables (acumulado del año)": "Income (year to date)",
    "Retenciones e ingresos a cuenta (acumulado)": "Withholdings and payments on account (year to date)",
    "No sujeta (N1/N2)": "Not subject (N1/N2)",
    "IRPF retenido en el periodo": "IRPF withheld in the period",
    "Facturas del periodo": "Invoices in the period",
    "Base %1": "Base %1",
    "Tipo %1": "Rate %1",
    "Cuota %1": "VAT %1",
    "Base RE %1": "Surcharge base %1",
    "Tipo RE %1": "Surcharge rate %1",
    "Cuota RE %1": "Surcharge %1",
    "Exenta %1": "Exempt %1",
    "Sin casilla: IVA %1 RE %2 (base)": "No box: VAT %1, surcharge %2 (base)",
    # Start-up while the database is upgraded (ui/main_window.py)
    "Actualizando sus datos para esta versión de Facturas…": "Updating your data for this version of Facturas…",
    "Se hace una sola vez, después de guardar una copia de seguridad.": "This happens once, after a backup copy is saved.",
    "Actualizando los datos…": "Updating the data…",
    "Exportando el libro a {name}…": "Exporting the book to {name}…",
    "Preparando el paquete de la gestoría…": "Preparing the accountant’s pack…",
    # Ayuda › Declaración responsable (ui/views/declaration_dialog.py)
    "&Declaración responsable": "&Responsible declaration",
    "Declaración responsable": "Responsible declaration",
    "Español (texto de la declaración)": "Spanish (the declaration itself)",
    "English (traducción)": "English (translation)",
    "Copiar texto": "Copy text",
    "Idioma:": "Language:",
    # VERI*FACTU sending (issue #16): settings box and record history
    "Subsanar y reenviar": "Correct and resend",
    "Tras corregir la causa (p. ej. los datos del cliente), encadena una subsanación y la envía.": (
        "After fixing the cause (e.g. the client's details), chains a correction record and sends it."
    ),
    "Subsanando…": "Correcting…",
    "Subsanación encadenada.": "Correction record chained.",
    "Envío a la AEAT": "Sending to AEAT",
    "Pruebas (preproducción de la AEAT)": "Test (AEAT pre-production)",
    "Producción": "Production",
    "Enviar ahora": "Send now",
    "Entorno": "Environment",
    "Certificado": "Certificate",
    "Por defecto: %1": "Default: %1",
    "Sin configurar: elija el entorno y pulse Guardar.": "Not configured: choose the environment and press Save.",
    "Sin certificado (configúrelo con «facturas configure-cert»).": (
        "No certificate (set it up with “facturas configure-cert”)."
    ),
    "%1 · caducado el %2": "%1 · expired on %2",
    "%1 · caduca pronto: %2": "%1 · expires soon: %2",
    "%1 · válido hasta el %2": "%1 · valid until %2",
    "%1 pendientes · %2 aceptados · %3 aceptados con errores · %4 rechazados": (
        "%1 pending · %2 accepted · %3 accepted with errors · %4 rejected"
    ),
    "Envío configurado.": "Sending configured.",
    "Enviando…": "Sending…",
    "Nada que enviar ahora (o la AEAT pide esperar).": "Nothing to send now (or AEAT asks to wait).",
    "Envío aplazado: la AEAT no respondió.": "Sending postponed: AEAT did not answer.",
    "Enviados: %1 aceptados, %2 rechazados.": "Sent: %1 accepted, %2 rejected.",
    # texts that went through a translate() helper and so never reached the .ts files (issue #18)
    "Aceptar": "Accept",
    "Rechazar…": "Reject…",
    "Convertir en factura": "Convert to invoice",
    "Presupuesto %1": "Quote %1",
    "Nueva factura proforma": "New pro forma invoice",
    "Nuevo presupuesto": "New quote",
    "Factura proforma": "Pro forma invoice",
    "Presupuesto": "Quote",
    "Factura proforma: sin validez fiscal ni número de factura.": "Pro forma invoice: no tax validity and no invoice number.",
    "Presupuesto %1 — válido hasta %2": "Quote %1 — valid until %2",
    "Presupuesto (borrador) — válido hasta %2": "Quote (draft) — valid until %2",
    "Finalizar presupuesto": "Finalise quote",
    "Enviar presupuesto…": "Send quote…",
    "aceptado": "accepted",
    "rechazado": "rejected",
    "El presupuesto no se ha enviado (%1).": "The quote has not been sent (%1).",
    "Presupuesto rechazado": "Quote rejected",
    "Motivo (opcional):": "Reason (optional):",
    "Vista previa": "Preview",
    "Mostrar u ocultar el PDF junto al editor": "Show or hide the PDF beside the editor",
    "Enviar por email…": "Send by email…",
    "Guardar como PDF…": "Save as PDF…",
    "Imprimir…": "Print…",
    "No se pudo generar la vista previa: %1": "The preview could not be made: %1",
    "Enviar por email": "Send by email",
    "Una factura anulada no se puede enviar.": "A cancelled invoice cannot be sent.",
    "Registro": "Record",
    "Generado": "Generated",
    "Huella": "Hash",
    "Huella anterior": "Previous hash",
    "Alta": "Registration",
    "Anulación": "Cancellation",
    "Subsanación": "Correction",
    "Pendiente de envío": "Waiting to be sent",
    "Pendiente: sin respuesta de la AEAT, se consultará": "Pending: no answer from AEAT yet, it will be queried",
    "Aceptado con errores": "Accepted with errors",
    "Aceptado": "Accepted",
    "Rechazado": "Rejected",
    # the dashboard's trend figures before there is enough data
    "Sin cifra todavía: hacen falta 30 días desde la primera factura emitida": (
        "No figure yet: it needs 30 days since the first invoice was issued"
    ),
    "Sin cifra todavía: aún no se ha registrado ningún cobro": "No figure yet: no payment has been recorded",
}


# Spanish is the source language, but a %n message still needs its singular and plural forms.
SPANISH_PLURALS: dict[str, str | tuple[str, str]] = {
    "La AEAT ha rechazado %n registro(s): abra la factura, corrija el dato y pulse «Subsanar y reenviar».": (
        "La AEAT ha rechazado %n registro: abra la factura, corrija el dato y pulse «Subsanar y reenviar».",
        "La AEAT ha rechazado %n registros: abra las facturas, corrija el dato y pulse «Subsanar y reenviar».",
    ),
    "%n registro(s) sin respuesta de la AEAT desde hace más de una hora.": (
        "%n registro sin respuesta de la AEAT desde hace más de una hora.",
        "%n registros sin respuesta de la AEAT desde hace más de una hora.",
    ),
}


def fill(path: str) -> int:
    """Fill what is unfinished from the tables; in English, a text already translated in another
    context of the file gives its words too (the same Spanish label reads the same everywhere)."""
    english = path.endswith("_en.ts")
    table = {**ENGLISH, **ENGLISH_MORE, **ENGLISH_EXPENSES} if english else SPANISH_PLURALS
    tree = ET.parse(path)
    known = _finished(tree) if english else {}
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        words = table.get(source, known.get(source))
        if translation is not None and translation.get("type") == "unfinished" and words is not None:
            _put(translation, words)
            del translation.attrib["type"]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def _finished(tree: ET.ElementTree) -> dict[str, str | tuple[str, str]]:
    """Source → its finished translation (a plain text, or a %n message's two forms)."""
    found: dict[str, str | tuple[str, str]] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        words = (forms[0], forms[1]) if len(forms) == 2 else translation.text
        if words:
            found.setdefault(message.findtext("source") or "", words)
    return found


def _put(translation: ET.Element, english: str | tuple[str, str]) -> None:
    """A plain text, or (singular, plural) for a %n message (Qt's numerus forms)."""
    if isinstance(english, str):
        translation.text = english
        return
    for child in list(translation):
        translation.remove(child)
    for form in english:
        ET.SubElement(translation, "numerusform").text = form


if __name__ == "__main__":
    print(f"filled {fill(sys.argv[1])} translations")

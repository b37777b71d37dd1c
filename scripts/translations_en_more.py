"""More English for UI strings (issue #18 and the work beside it), read by translations_en_extra.py.

A second table only to keep each file short; same rules: a translator's edit in the .ts wins.
"""

from __future__ import annotations

ENGLISH_MORE: dict[str, str | tuple[str, str]] = {
    "PDF guardado: %1": "PDF saved: %1",
    "%1 · por %2": "%1 · by %2",  # the timeline in office mode: who did it (#22)
    # archiving and deleting clients, products and drafts
    "Eliminar…": "Delete…",
    "Archivar": "Archive",
    "Desarchivar": "Unarchive",
    "Mostrar archivados": "Show archived",
    "Eliminar": "Delete",
    "¿Eliminar el cliente «%1»? No se puede deshacer.": "Delete the client “%1”? This cannot be undone.",
    "¿Archivar el cliente «%1»? Se oculta de listas y selectores; sus facturas no cambian.": (
        "Archive the client “%1”? They are hidden from lists and pickers; their invoices do not change."
    ),
    "¿Eliminar el producto «%1»? No se puede deshacer.": "Delete the product “%1”? This cannot be undone.",
    "¿Archivar el producto «%1»? Se oculta del catálogo; los documentos no cambian.": (
        "Archive the product “%1”? It is hidden from the catalogue; documents do not change."
    ),
    "el borrador de «%1» del %2 (%3)": "the draft for “%1” of %2 (%3)",
    "Eliminar borrador": "Delete draft",
    "Eliminar borrador…": "Delete draft…",
    "¿Eliminar %1? No se puede deshacer.": "Delete %1? This cannot be undone.",
    # clients: companies need a full address, a tax id used twice
    "Obligatorio para empresas": "Required for companies",
    "Empresa: la dirección, el código postal y la ciudad son obligatorios en sus facturas.": (
        "Company: the address, postal code and city are required on its invoices."
    ),
    "El NIF %1 ya lo tiene otro cliente: %2. ¿Guardar este cliente igualmente?": (
        "Another client already has the tax ID %1: %2. Save this client anyway?"
    ),
    "NIF repetido": "Duplicate tax ID",
    "+ Nuevo cliente…": "+ New client…",
    "+ Nuevo producto…": "+ New product…",
    "Cliente guardado": "Client saved",
    "Producto guardado": "Product saved",
    "Cobro registrado": "Payment recorded",
    "Borrador guardado": "Draft saved",
    "Factura %1 anulada": "Invoice %1 cancelled",
    "Factura %1 emitida": "Invoice %1 issued",
    # leaving the first-run wizard
    "Salir de Facturas": "Quit Facturas",
    "Los datos de su negocio aún no se han guardado y se perderán. ¿Salir de todos modos?": (
        "Your business details have not been saved yet and will be lost. Quit anyway?"
    ),
    "Salir sin guardar": "Quit without saving",
    "Seguir configurando": "Keep setting up",
    # search everywhere
    "Buscar en todo": "Search everything",
    "Cliente, número de factura, presupuesto, producto…": "Client, invoice number, quote, product…",
    "Nada coincide con «%1».": "Nothing matches “%1”.",
    "(borrador)": "(draft)",
    "&Buscar en esta lista": "&Search this list",
    "Buscar en &todo…": "Search &everything…",
    # an invoice's story beside the editor
    "Cobro anulado": "Payment removed",
    "Cobro": "Payment",
    "Correo en cola": "Email queued",
    "Correo enviándose": "Email sending",
    "Correo enviado": "Email sent",
    "Correo no enviado": "Email not sent",
    "Correo sin confirmar": "Email unconfirmed",
    "Correo cancelado": "Email cancelled",
    "Recordatorio": "Reminder",
    "Recordatorio omitido": "Reminder skipped",
    "Total %1": "Total %1",
    "Cobrado %1": "Collected %1",
    "Pendiente %1": "Outstanding %1",
    "Vence %1": "Due %1",
    "Registrar cobro…": "Record payment…",
    "Historial de cobros…": "Payment history…",
    "Registro VERI*FACTU…": "VERI*FACTU record…",
    "Qué": "What",
    "Detalle": "Details",
    # the editor's line limits
    "Como máximo %1": "At most %1",
    "El importe de la línea supera el máximo de una factura (%1)": (
        "The line's amount exceeds an invoice's maximum (%1)"
    ),
    "Línea %1 · %2: %3": "Line %1 · %2: %3",
    # the invoice list's status filter (a filter names the invoices it lists)
    "Borradores": "Drafts",
    "Emitidas": "Issued",
    "Enviadas": "Sent",
    "Con cobro parcial": "Partially paid",
    "Cobradas": "Paid",
    "Vencidas": "Overdue",
    "Anuladas": "Cancelled",
    # the PDF preview's zoom
    "Alejar (Ctrl+rueda)": "Zoom out (Ctrl+wheel)",
    "Acercar (Ctrl+rueda)": "Zoom in (Ctrl+wheel)",
    "Tamaño real": "Actual size",
    "Ajustar al ancho": "Fit width",
    "Ajustar la página al ancho del panel": "Fit the page to the panel's width",
    # PDF templates (Settings)
    "Clásica": "Classic",
    "Moderna": "Modern",
    "Minimal": "Minimal",
    "Usar esta plantilla en los PDF": "Use this template for PDFs",
    "Se usa en los PDF de todas las facturas que no tengan una plantilla propia, en la aplicación y en la "
    "línea de órdenes.": (
        "Used for the PDFs of every invoice without a template of its own, in the app and on the "
        "command line."
    ),
    "<h3>Plantilla de las facturas en PDF</h3>": "<h3>Invoice PDF template</h3>",
    "Plantilla guardada: %1": "Template saved: %1",
    "Plantilla PDF": "PDF template",
    # recurring invoices
    "Nueva…": "New…",
    "Editar…": "Edit…",
    "Pausar": "Pause",
    "Reanudar": "Resume",
    "Eliminar factura recurrente": "Delete recurring invoice",
    "¿Eliminar la programación de %1?": "Delete the schedule for %1?",
    "Tras %1 facturas": "After %1 invoices",
    "En pausa": "Paused",
    "Ya emitió facturas: páusela en su lugar": "It has already issued invoices: pause it instead",
    "Editar factura recurrente": "Edit recurring invoice",
    "Nueva factura recurrente": "New recurring invoice",
    "Con estas líneas": "With these lines",
    "Igual que la factura": "Like the invoice",
    "número, p. ej. F-2026-0001": "number, e.g. F-2026-0001",
    "Quitar línea": "Remove line",
    "Sin fin": "No end",
    "En una fecha": "On a date",
    "Tras un número de facturas": "After a number of invoices",
    " facturas en total": " invoices in all",
    "Enviar cada factura por correo al emitirla": "Email each invoice when it is issued",
    "Contenido": "Contents",
    "Factura modelo": "Model invoice",
    "Líneas": "Lines",
    "Retención IRPF %": "IRPF withholding %",
    "Próxima fecha": "Next date",
    "Indique el número de la factura modelo": "Enter the model invoice's number",
    "Elija un cliente": "Choose a client",
    "Añada al menos una línea": "Add at least one line",
    # an outbox state inside the editor's sentence about a quote that did not go
    "en cola": "queued",
    "enviándose": "being sent",
    "falló el envío": "sending failed",
    "sin confirmar": "unconfirmed",
    "cancelado": "cancelled",
    # SEPA direct debits (#19): a client's mandate and the remittances
    "Domiciliación SEPA": "SEPA direct debit",
    "sin fecha": "no date",
    "Guardar mandato": "Save mandate",
    "IBAN del cargo": "IBAN to debit",
    "Referencia del mandato": "Mandate reference",
    "Fecha de firma": "Signature date",
    "Esquema": "Scheme",
    "Guarde primero el cliente para añadir su mandato.": "Save the client first to add their mandate.",
    "Sin mandato: sus facturas no se remesan.": (
        "No mandate: their invoices are not collected by direct debit."
    ),
    "Próximo adeudo: primero (FRST)": "Next debit: first (FRST)",
    "Próximo adeudo: recurrente (RCUR)": "Next debit: recurring (RCUR)",
    "Mandato guardado.": "Mandate saved.",
    "Nueva remesa SEPA": "New SEPA remittance",
    "Secuencia": "Sequence",
    "Mandato": "Mandate",
    "Guardar remesa…": "Save remittance…",
    "Fecha de cargo": "Collection date",
    "%1 adeudo(s) · Total: %2 · Cargo el %3": "%1 debit(s) · Total: %2 · Collected on %3",
    "Excluidas (%1)": "Excluded (%1)",
    "Guardar remesa": "Save remittance",
    "SEPA XML (*.xml)": "SEPA XML (*.xml)",
    "Remesas SEPA…": "SEPA remittances…",
    "Remesas SEPA": "SEPA remittances",
    "Adeudos": "Debits",
    "Fichero": "File",
    "Nueva remesa…": "New remittance…",
    "La primera fecha posible es el %1: preaviso acordado y día hábil TARGET2.": (
        "The earliest possible date is %1: the agreed pre-notification and a TARGET2 business day."
    ),
    # bank statements (#19)
    "Asignar el ingreso de %1": "Assign the credit of %1",
    "Marque la factura o facturas que paga este ingreso.": "Tick the invoice or invoices this credit pays.",
    "El ingreso supera lo pendiente de las marcadas (%1): marque la que falta.": (
        "The credit exceeds what the ticked invoices owe (%1): tick the missing one."
    ),
    "Quedará pendiente: %1": "Left outstanding: %1",
    "Importar extracto…": "Import statement…",
    "Arrastre aquí el extracto de su banco (Norma 43 o CAMT.053).": (
        "Drop your bank statement here (Norma 43 or CAMT.053)."
    ),
    "Confirmar": "Confirm",
    "Asignar a facturas…": "Assign to invoices…",
    "Deshacer cruce": "Undo match",
    "Todos los movimientos": "All transactions",
    "Por confirmar": "To confirm",
    "Sin cruzar": "Unmatched",
    "Cruzados": "Matched",
    "Cruzado": "Matched",
    "Cargo": "Debit",
    "Devolución": "Return",
    "<h2>Banco</h2>": "<h2>Bank</h2>",
    "Importar extracto bancario": "Import bank statement",
    "Extractos (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;Todos (*)": (
        "Statements (*.n43 *.aeb *.csb *.txt *.q43 *.xml);;All files (*)"
    ),
    "Importando %1…": "Importing %1…",
    "%1 movimientos nuevos (%2 repetidos): %3 cobros registrados, %4 por confirmar, %5 sin cruzar.": (
        "%1 new transactions (%2 repeated): %3 payments recorded, %4 to confirm, %5 unmatched."
    ),
    "Extracto importado": "Statement imported",
    "Cruce deshecho": "Match undone",
    "Banco": "Bank",
    # e-invoices (#20): a client's format, DIR3 codes, export from the editor and the list
    "Factura electrónica": "E-invoice",
    "Solo el PDF": "PDF only",
    "UBL 2.1 (EN 16931), junto al PDF": "UBL 2.1 (EN 16931), with the PDF",
    "Facturae 3.2.2 firmada, junto al PDF": "Signed Facturae 3.2.2, with the PDF",
    "Administración pública (FACe): códigos DIR3": "Public administration (FACe): DIR3 codes",
    "Oficina contable": "Accounting office",
    "Órgano gestor": "Managing body",
    "Unidad tramitadora": "Processing unit",
    "UBL 2.1 (EN 16931)…": "UBL 2.1 (EN 16931)…",
    "Facturae 3.2.2 firmada…": "Signed Facturae 3.2.2…",
    "Factura electrónica guardada: %1": "E-invoice saved: %1",
    "Facturae firmada (*.xsig)": "Signed Facturae (*.xsig)",
    "UBL (*.xml)": "UBL (*.xml)",
    "Guardar factura electrónica": "Save e-invoice",
    "Esta factura en UBL 2.1…": "This invoice as UBL 2.1…",
    "Esta factura en Facturae firmada…": "This invoice as signed Facturae…",
    "Todas las emitidas en UBL 2.1…": "All issued invoices as UBL 2.1…",
    "Todas las emitidas en Facturae firmada…": "All issued invoices as signed Facturae…",
    "Exportar facturas emitidas en Facturae firmada": "Export issued invoices as signed Facturae",
    "Exportar facturas emitidas en UBL 2.1": "Export issued invoices as UBL 2.1",
    "Carpeta para las facturas electrónicas": "Folder for the e-invoices",
    "Exportación cancelada: se han guardado %1 facturas electrónicas en %2.": (
        "Export cancelled: %1 e-invoices were saved in %2."
    ),
    "Se han guardado %1 facturas electrónicas en %2.": "%1 e-invoices were saved in %2.",
    # SEPA creditor settings (#19)
    "Identificador de acreedor SEPA": "SEPA creditor identifier",
    "Días de preaviso": "Pre-notification days",
    # why an email did not go out (#18)
    "No se ha podido enviar ahora; queda en la bandeja de salida y se reintentará automáticamente. %1": (
        "It could not be sent now; it stays in the outbox and will be retried automatically. %1"
    ),
    "%1 Compruébelo en la bandeja de salida antes de reenviarlo.": (
        "%1 Check the outbox before sending it again."
    ),
    "No se ha enviado. %1": "Not sent. %1",
}

"""English for the Gastos / Facturas recibidas view and the expense editor (#21); merged into the
table of translations_en_extra.py."""

from __future__ import annotations

ENGLISH_EXPENSES: dict[str, str | tuple[str, str]] = {
    # expenses view (#21)
    "Gastos": "Expenses",
    "<h2>Gastos / Facturas recibidas</h2>": "<h2>Expenses / Received invoices</h2>",
    "Buscar proveedor, NIF, número…": "Search supplier, tax ID, number…",
    "Pendientes de responder": "Awaiting response",
    "Aceptadas": "Accepted",
    "Rechazadas": "Rejected",
    "Pagadas": "Paid",
    "Nuevo gasto…": "New expense…",
    "Importar factura recibida…": "Import received invoice…",
    "Importar factura recibida": "Import received invoice",
    "Puede arrastrar aquí archivos PDF o XML de facturas recibidas.": (
        "You can drop PDF or XML files of received invoices here."
    ),
    "Aceptar": "Accept",
    "Rechazar…": "Reject…",
    "Marcar pagada…": "Mark paid…",
    "Eliminar": "Delete",
    "1 factura recibida · Total: {1} · IVA deducible: {2}": (
        "1 received invoice · Total: {1} · Deductible VAT: {2}"
    ),
    "{0} facturas recibidas · Total: {1} · IVA deducible: {2}": (
        "{0} received invoices · Total: {1} · Deductible VAT: {2}"
    ),
    "Factura %1 de %2 guardada": "Invoice %1 from %2 saved",
    "Facturas electrónicas (*.xml *.xsig *.pdf);;Todos los archivos (*)": (
        "E-invoices (*.xml *.xsig *.pdf);;All files (*)"
    ),
    "%1 no lleva la factura en XML: escríbala, el PDF queda adjunto.": (
        "%1 carries no XML invoice: type it in, the PDF stays attached."
    ),
    "Factura %1 aceptada": "Invoice %1 accepted",
    "Factura %1 rechazada": "Invoice %1 rejected",
    "Factura %1 pagada": "Invoice %1 paid",
    "Factura %1 de %2 eliminada": "Invoice %1 from %2 deleted",
    # the list's columns and words
    "Proveedor": "Supplier",
    "Número": "Number",
    "Fecha": "Date",
    "Base": "Base",
    "IVA": "VAT",
    "Total": "Total",
    "Estado": "Status",
    "Origen": "Source",
    "Recibida": "Received",
    "Aceptada": "Accepted",
    "Rechazada": "Rejected",
    "Pagada": "Paid",
    "Manual": "Typed in",
    "Responder hasta el %1": "Answer by %1",
    # questions and outcomes
    "Rechazar factura recibida": "Reject received invoice",
    "Motivo del rechazo de la factura %1 (se comunica al proveedor):": (
        "Reason for rejecting invoice %1 (the supplier is told):"
    ),
    "Marcar como pagada": "Mark as paid",
    "Fecha de pago de la factura %1:": "Payment date of invoice %1:",
    "¿Eliminar la factura %1 de %2? No se puede deshacer.": (
        "Delete invoice %1 from %2? This cannot be undone."
    ),
    "Eliminar gasto": "Delete expense",
    "%1: factura %2 de %3 registrada": "%1: invoice %2 from %3 recorded",
    " (con observaciones: %1)": " (with findings: %1)",
    # the expense editor
    "Editar gasto": "Edit expense",
    "Nuevo gasto": "New expense",
    "Adjuntar archivo…": "Attach file…",
    "Factura rectificativa": "Credit note",
    "Material de oficina": "Office supplies",
    "Suministros": "Utilities",
    "Alquiler": "Rent",
    "Servicios profesionales": "Professional services",
    "Software y suscripciones": "Software and subscriptions",
    "Vehículo": "Vehicle",
    "Viajes y dietas": "Travel and meals",
    "Formación": "Training",
    "Otros": "Other",
    "País": "Country",
    "Recibida el": "Received on",
    "% deducible": "Deductible %",
    "Retención IRPF %": "IRPF withholding %",
    "NIF / ID fiscal": "Tax ID",
    "Número de factura": "Invoice number",
    "Fecha de emisión": "Issue date",
    "Bases e impuestos": "Bases and taxes",
    "Deducción": "Deduction",
    "Categoría": "Category",
    "Notas": "Notes",
    "Archivo": "File",
    "Base: %1 · IVA: %2 · Total: %3 · IVA deducible: %4": (
        "Base: %1 · VAT: %2 · Total: %3 · Deductible VAT: %4"
    ),
    " · Retención IRPF: %1": " · IRPF withheld: %1",
    "Adjuntar la factura": "Attach the invoice",
    "Facturas (*.pdf *.xml *.png *.jpg *.jpeg)": "Invoices (*.pdf *.xml *.png *.jpg *.jpeg)",
    "Sin archivo adjunto": "No file attached",
    "IVA %": "VAT %",
    "Recargo %": "Surcharge %",
    "Recargo": "Surcharge",
    "Añadir tipo de IVA": "Add VAT rate",
    "Quitar": "Remove",
    # the supplier's ApplicationResponse
    "Respuesta al proveedor…": "Response to supplier…",
    "El estado comunicado (aceptada, rechazada, pagada) como ApplicationResponse UBL 2.1": (
        "The status told (accepted, rejected, paid) as a UBL 2.1 ApplicationResponse"
    ),
    "Respuesta al proveedor guardada: %1": "Response to supplier saved: %1",
    "Guardar la respuesta al proveedor": "Save the response to the supplier",
    "ApplicationResponse UBL (*.xml)": "UBL ApplicationResponse (*.xml)",
    # reports + dashboard (#21)
    "1 factura recibida por responder": "1 received invoice to answer",
    "%1 facturas recibidas por responder": "%1 received invoices to answer",
    "%1 fuera de plazo": "%1 past the deadline",
    "plazo más próximo: %1": "nearest deadline: %1",
    "el más antiguo venció el %1": "the oldest was due on %1",
    "Ver facturas recibidas": "See received invoices",
    "Elija un trimestre": "Choose a quarter",
    "Tipo": "Rate",
    "Cuota": "VAT",
    "Deducible": "Deductible",
    "Ingresos": "Income",
    "Rendimiento neto": "Net earnings",
    "20 %": "20%",
    "Pagos anteriores": "Earlier payments",
    "Retenciones": "Withholdings",
    "Resultado": "Result",
    "A ingresar": "To pay",
    "IVA devengado (facturas emitidas)": "VAT charged (invoices issued)",
    "IVA deducible (facturas recibidas)": "Deductible VAT (invoices received)",
    "Modelo 130 · pago fraccionado (acumulado del año)": "Form 130 · IRPF instalment (year to date)",
    "%1 + RE %2": "%1 + surcharge %2",
    "IVA soportado no deducible": "Input VAT not deductible",
    "Recargo de equivalencia soportado (no deducible)": "Equivalence surcharge paid (not deductible)",
    "Bases a autoliquidar (ISP e intracomunitarias)": ("Bases to self-assess (reverse charge, intra-EU)"),
    "Retenciones practicadas a proveedores (modelo 111)": "IRPF withheld from suppliers (form 111)",
    "Facturas recibidas del periodo": "Invoices received in the period",
    "A ingresar: %1": "To pay: %1",
    "A compensar: %1": "To carry forward: %1",
    "Resultado cero": "Zero result",
    "Resultado del modelo 303 (casilla 46)": "Form 303 result (box 46)",
    "27 Total cuota devengada %1 − 45 Total a deducir %2 = 46 %3": (
        "27 Total VAT accrued %1 − 45 Total deductible %2 = 46 %3"
    ),
    "Base cuotas soportadas en operaciones interiores corrientes": (
        "Base of input VAT, current domestic operations"
    ),
    "Cuotas soportadas en operaciones interiores corrientes": "Input VAT, current domestic operations",
    "Rectificación de deducciones (base)": "Deduction adjustments (base)",
    "Rectificación de deducciones (cuota)": "Deduction adjustments (VAT)",
    "Total a deducir": "Total deductible",
    "Resultado régimen general": "General regime result",
    "Gastos fiscalmente deducibles (acumulado)": "Deductible expenses (year to date)",
    "Rendimiento neto (01 − 02)": "Net earnings (01 − 02)",
    "20 % del rendimiento neto positivo": "20% of positive net earnings",
    "Pagos fraccionados de trimestres anteriores": "Instalments of earlier quarters",
    "Pago fraccionado previo (04 − 05 − 06)": "Preliminary instalment (04 − 05 − 06)",
    "Pago fraccionado a ingresar": "Instalment to pay",
    "Libro de facturas recibidas…": "Received invoices book…",
    "El libro registro de facturas recibidas del periodo, en CSV o Excel": (
        "The period’s register of received invoices, as CSV or Excel"
    ),
    "Libro de facturas recibidas": "Received invoices book",
    "Exportando el libro de facturas recibidas a {name}…": "Exporting the received invoices book to {name}…",
    # Modelo 130 in estimación directa simplificada (#21): the Reports view's note, Ajustes › Negocio
    "Estimación directa normal: sin gastos de difícil justificación.": (
        "Normal direct estimation: no allowance for hard-to-justify expenses."
    ),
    "Estimación directa simplificada: la casilla 02 incluye %1 de gastos de difícil "
    "justificación (5 % del rendimiento neto previo, máximo 2.000 € al año).": (
        "Simplified direct estimation: box 02 includes %1 of hard-to-justify expenses "
        "(5 % of the net return before them, at most €2,000 a year)."
    ),
    "Estimación directa (IRPF)": "Direct estimation (IRPF)",
    "Simplificada (con gastos de difícil justificación)": "Simplified (with hard-to-justify expenses)",
    "Normal": "Normal",
}

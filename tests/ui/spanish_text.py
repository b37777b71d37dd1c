"""A detector of Spanish left in English text, shared by the translation-file and the window tests.

Spanish gives itself away by its accents and inverted marks, or by its short function words and
the app's own vocabulary (none of which is an English word). Words that read the same in both
languages (Total, IBAN, Bizum…) are allowed; so is the data a user typed (names, addresses).
"""

from __future__ import annotations

import re

ACCENTS = re.compile(r"[áéíóúüñ¿¡ÁÉÍÓÚÜÑ]")
# Function words and UI vocabulary of this app that English never uses as words.
_SPANISH = """
    de del el en la las los una unos unas por para con sin que se es al lo su sus y o ni pero
    está están este esta esto estos estas hay muy ya aquí ahora nuevo nueva nuevos nuevas
    factura facturas cliente clientes guardar enviar enviado enviada buscar presupuesto presupuestos
    cobro cobros cobrada cobrado pago pagos importe importes fecha fechas pendiente pendientes
    vencida vencidas vencido vencimiento copia copias ajustes borrador borradores emitir emitida
    anular anulada correo plantilla plantillas recordatorio recordatorios registro registros
    ningún ninguna todos todas días mes meses año años semana hoy ayer nombre cantidad precio
    impuesto impuestos cuota productos producto servicio servicios
    abrir cerrar cancelar aceptar rechazar eliminar borrar editar añadir nueva vista previa
    historial valoraciones ventas informes salida bandeja correos enviar ver mostrar ocultar
"""
SPANISH_WORDS = frozenset(_SPANISH.split())
# Same word in both languages (or a name; «Español» is how the language picker names Spanish).
COGNATES = frozenset(
    {
        "Facturas",
        "ES",
        "Total",
        "IBAN",
        "Bizum",
        "PayPal",
        "Error",
        "Manual",
        "No",
        "Base",
        "PDF",
        "CSV",
        "Español",
    }
)
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def spanish_words(text: str) -> list[str]:
    """The Spanish tells in `text` (take the user's own words out first)."""
    text = re.sub(r"<[^>]+>|https?://\S+", " ", text)  # rich-text tags and addresses are not words
    words = [w for w in WORD.findall(text) if not (w.isupper() and len(w) <= 3)]  # codes: DE, ES, IVA
    tells = [w for w in words if ACCENTS.search(w) or w.lower() in SPANISH_WORDS]
    return [w for w in tells if w not in COGNATES]

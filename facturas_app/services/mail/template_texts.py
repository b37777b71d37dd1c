"""The default email texts, Spanish and English. Users override them in Settings (settings table).

Placeholders are `{name}`; a line whose placeholders are all empty (e.g. no payment link) is left out.
Reminders go from friendly (3 days before the due date) to firm (30 days late).
"""

from __future__ import annotations

Texts = dict[str, tuple[str, str]]  # template key -> (subject, body)

_SIGNATURE_ES = "\n\nUn saludo,\n{business}\n"
_SIGNATURE_EN = "\n\nKind regards,\n{business}\n"

SPANISH: Texts = {
    "invoice": (
        "Factura {number} de {business}",
        "Hola, {client}:\n\nLe adjunto la factura {number} por un importe de {amount_due}, "
        "con vencimiento el {due_date}.\nPuede pagarla aquí: {payment_link}\n\n"
        "Gracias por su confianza." + _SIGNATURE_ES,
    ),
    "quote": (
        "Presupuesto {number} de {business}",
        "Hola, {client}:\n\nLe adjunto el presupuesto {number} por un importe de {total}, "
        "válido hasta el {valid_until}.\nQuedo a su disposición para cualquier duda." + _SIGNATURE_ES,
    ),
    "reminder_before_due": (
        "Recordatorio: la factura {number} vence el {due_date}",
        "Hola, {client}:\n\nLe recuerdo amablemente que la factura {number}, por {outstanding}, "
        "vence el {due_date}.\nPuede pagarla aquí: {payment_link}\n\n"
        "Si ya la ha pagado, no tenga en cuenta este mensaje." + _SIGNATURE_ES,
    ),
    "reminder_due": (
        "La factura {number} vence hoy",
        "Hola, {client}:\n\nLa factura {number}, por {outstanding}, vence hoy ({due_date}).\n"
        "Puede pagarla aquí: {payment_link}\n\n"
        "Si ya la ha pagado, muchas gracias y disculpe la molestia." + _SIGNATURE_ES,
    ),
    "reminder_overdue_7": (
        "Factura {number} pendiente de pago",
        "Hola, {client}:\n\nLa factura {number} venció el {due_date} y todavía figura pendiente un "
        "importe de {outstanding}.\nLe agradecería que revisara el pago.\n"
        "Puede pagarla aquí: {payment_link}\n\nSi ya la ha pagado, le ruego que me lo indique."
        + _SIGNATURE_ES,
    ),
    "reminder_overdue_15": (
        "Segundo aviso: factura {number} vencida",
        "Hola, {client}:\n\nLa factura {number} lleva {days_overdue} días vencida (desde el {due_date}) "
        "y sigue pendiente un importe de {outstanding}.\nLe ruego que realice el pago a la mayor brevedad "
        "o que me indique si hay algún problema.\nPuede pagarla aquí: {payment_link}" + _SIGNATURE_ES,
    ),
    "reminder_overdue_30": (
        "Último aviso: factura {number} impagada",
        "Estimado/a {client}:\n\nA pesar de los avisos anteriores, la factura {number}, vencida el "
        "{due_date}, sigue impagada: {outstanding}.\nLe solicito que efectúe el pago en un plazo de "
        "7 días. De lo contrario, me veré obligado/a a iniciar las acciones de reclamación oportunas.\n"
        "Puede pagarla aquí: {payment_link}" + _SIGNATURE_ES,
    ),
    "receipt": (
        "Pago recibido: factura {number}",
        "Hola, {client}:\n\nHe recibido su pago de {paid} el {payment_date} para la factura {number}.\n"
        "Importe pendiente: {outstanding}.\n\nMuchas gracias." + _SIGNATURE_ES,
    ),
    "feedback": (
        "¿Qué tal ha ido? Su opinión sobre {business}",
        "Hola, {client}:\n\nGracias por confiar en {business}. Me ayudaría mucho saber qué le ha parecido "
        "el trabajo (factura {number}).\nValórelo del 1 (mal) al 5 (muy bien) con un clic; se abrirá una respuesta "
        "en la que puede añadir un comentario:\n{rating_links}\n\nO responda directamente a este correo."
        + _SIGNATURE_ES,
    ),
    "test": (
        "Prueba de correo de {business}",
        "Este es un mensaje de prueba enviado por Facturas. Si lo recibe, la configuración es correcta."
        + _SIGNATURE_ES,
    ),
}

ENGLISH: Texts = {
    "invoice": (
        "Invoice {number} from {business}",
        "Dear {client},\n\nPlease find attached invoice {number} for {amount_due}, due on {due_date}.\n"
        "You can pay it here: {payment_link}\n\nThank you for your business." + _SIGNATURE_EN,
    ),
    "quote": (
        "Quote {number} from {business}",
        "Dear {client},\n\nPlease find attached quote {number} for {total}, valid until {valid_until}.\n"
        "I am happy to answer any questions." + _SIGNATURE_EN,
    ),
    "reminder_before_due": (
        "Reminder: invoice {number} is due on {due_date}",
        "Dear {client},\n\nA friendly reminder that invoice {number} for {outstanding} is due on "
        "{due_date}.\nYou can pay it here: {payment_link}\n\n"
        "If you have already paid, please disregard this message." + _SIGNATURE_EN,
    ),
    "reminder_due": (
        "Invoice {number} is due today",
        "Dear {client},\n\nInvoice {number} for {outstanding} is due today ({due_date}).\n"
        "You can pay it here: {payment_link}\n\n"
        "If you have already paid, thank you, and sorry for the bother." + _SIGNATURE_EN,
    ),
    "reminder_overdue_7": (
        "Invoice {number} is overdue",
        "Dear {client},\n\nInvoice {number} was due on {due_date} and {outstanding} is still unpaid.\n"
        "Could you please check the payment?\nYou can pay it here: {payment_link}\n\n"
        "If you have already paid, please let me know." + _SIGNATURE_EN,
    ),
    "reminder_overdue_15": (
        "Second notice: invoice {number} overdue",
        "Dear {client},\n\nInvoice {number} is {days_overdue} days overdue (due {due_date}) and "
        "{outstanding} remains unpaid.\nPlease pay it as soon as possible or tell me if there is a "
        "problem.\nYou can pay it here: {payment_link}" + _SIGNATURE_EN,
    ),
    "reminder_overdue_30": (
        "Final notice: invoice {number} unpaid",
        "Dear {client},\n\nDespite previous reminders, invoice {number}, due on {due_date}, is still "
        "unpaid: {outstanding}.\nPlease make the payment within 7 days; otherwise I will have to take "
        "further steps to recover the debt.\nYou can pay it here: {payment_link}" + _SIGNATURE_EN,
    ),
    "receipt": (
        "Payment received: invoice {number}",
        "Dear {client},\n\nI have received your payment of {paid} on {payment_date} for invoice "
        "{number}.\nOutstanding: {outstanding}.\n\nThank you." + _SIGNATURE_EN,
    ),
    "feedback": (
        "How did it go? Your opinion of {business}",
        "Dear {client},\n\nThank you for choosing {business}. I would love to hear what you thought of "
        "the work (invoice {number}).\nRate it from 1 (poor) to 5 (great) with one click; a reply opens "
        "where you can add a comment:\n{rating_links}\n\nOr just reply to this email." + _SIGNATURE_EN,
    ),
    "test": (
        "Test email from {business}",
        "This is a test message sent by Facturas. If you received it, the settings work." + _SIGNATURE_EN,
    ),
}

DEFAULTS: dict[str, Texts] = {"es": SPANISH, "en": ENGLISH}

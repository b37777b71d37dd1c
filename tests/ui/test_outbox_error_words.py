"""The outbox and the send dialog say why an email did not go out in the user's language, with the
server's reply only as a detail (issue #18), against a real aiosmtpd server; rows stored before
the codes existed still show their words."""

# ruff: noqa: F401, F811 - pytest fixtures imported from their modules are redefined as parameters

from __future__ import annotations

import datetime as dt
from typing import Any

from facturas_app.bootstrap import build_services
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    REFUSED_RECIPIENT,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_fixtures import clock, configure, keyring_backend, make_services, send_invoice
from tests.services.outbox_helpers import issued_invoice
from tests.storage.test_migration_0021 import OLD_WORDS, database_at_20_with_a_failed_email
from tests.ui.helpers import ui_settings
from ui.i18n import set_current_language
from ui.views.outbox import OutboxView
from ui.views.send_dialog import SendDialog
from ui.workers import SynchronousRunner

ERROR_COLUMN = 4


def test_the_outbox_says_a_refused_recipient_in_spanish_then_english(
    qtbot: Any, ui_settings: None, make_services: Any, smtp_server: Any
) -> None:
    services = make_services()
    configure(services, smtp_server.port)
    sent = send_invoice(services, issued_invoice(services, email_address=REFUSED_RECIPIENT))
    view = OutboxView(services, SynchronousRunner())
    qtbot.addWidget(view)

    spanish = view.table.item(0, ERROR_COLUMN).text()
    set_current_language("en")
    try:
        view.refresh()
        english = view.table.item(0, ERROR_COLUMN).text()
    finally:
        set_current_language("es")

    assert (
        spanish == "El servidor de correo rechazó al destinatario. Respuesta del servidor: " + sent.last_error
    )
    assert english == "The mail server refused the recipient. Server reply: " + sent.last_error
    assert "550 5.1.1" in sent.last_error


def test_the_send_dialog_gives_the_reason_then_the_servers_reply(
    qtbot: Any, ui_settings: None, make_services: Any, smtp_server: Any
) -> None:
    services = make_services()
    configure(services, smtp_server.port, password="not-the-password")
    dialog = SendDialog(services, SynchronousRunner(), issued_invoice(services).id)
    qtbot.addWidget(dialog)

    dialog.send_button.click()

    words = dialog.result_entry.last_error
    assert words.startswith("535")
    assert dialog.status.text() == (
        "No se ha enviado. El servidor de correo no aceptó el usuario o la contraseña. "
        "Respuesta del servidor: " + words
    )


def test_a_row_from_before_the_codes_shows_its_words(qtbot: Any, ui_settings: None, tmp_path: Any) -> None:
    database_at_20_with_a_failed_email(tmp_path / "facturas.sqlite3")
    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        view = OutboxView(services, SynchronousRunner())
        qtbot.addWidget(view)
        assert view.table.item(0, ERROR_COLUMN).text() == OLD_WORDS
        assert view.table.item(0, 1).text() == "Fallido"
    finally:
        services.close()

"""Editor output over real services (temp SQLite file): live preview, print, email, batch export.

The preview and the batch export also run once on the real TaskRunner (worker threads, queued
signals); the email goes to aiosmtpd over STARTTLS with a trustme certificate.
"""
# ruff: noqa: F401, F811 - pytest fixtures are imported and then used as parameters

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice, InvoiceLine, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.mail import MailSettings
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    mail_settings,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.ui.editor_helpers import ScriptedDialogs, type_cell
from tests.ui.helpers import ui_settings
from ui.models.line_records import Column
from ui.views.batch_export import BatchExportDialog
from ui.views.invoice_editor import InvoiceEditorView
from ui.views.send_dialog import SendDialog
from ui.workers import SynchronousRunner, TaskRunner

TODAY = dt.date(2026, 3, 2)
CLIENT_EMAIL = "compras@levante.example"


class OutputDialogs(ScriptedDialogs):
    """The editor's questions, answered: print goes to a PDF file instead of a printer."""

    def __init__(self, print_file: Path | None = None) -> None:
        super().__init__()
        self.print_file = print_file
        self.issue_before_send = True

    def ask_print(self, printer: QPrinter) -> bool:
        self.asked.append(("print", printer.docName()))
        if self.print_file is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_file))
        return True

    def ask_issue_before_send(self) -> bool:
        self.asked.append(("issue_before_send", None))
        return self.issue_before_send


@pytest.fixture
def services(
    tmp_path: Path, ui_settings: None, use_keyring: Any, trusting_context_factory: Any
) -> Iterator[Services]:
    use_keyring(MemoryKeyring())
    built = build_services(
        tmp_path / "data", clock=FixedClock(TODAY), ssl_context_factory=trusting_context_factory
    )
    built.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id="12345678Z",
            address="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
            email="laura@example.com",
            iban="ES9121000418450200051332",
        )
    )
    yield built
    built.close()


@pytest.fixture
def client(services: Services) -> Client:
    return services.clients.add(
        Client(
            id=new_id(),
            name="Construcciones Levante S.L.",
            tax_id="B12345674",
            address="Av. del Puerto 22",  # a company's address: issuing needs it (RD 1619/2012 art. 6)
            postal_code="46021",
            city="Valencia",
            email=CLIENT_EMAIL,
        )
    )


def make_editor(qtbot: Any, services: Services, runner: Any, dialogs: Any = None) -> InvoiceEditorView:
    view = InvoiceEditorView(services, runner)
    view.dialogs = dialogs or OutputDialogs()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    return view


def issued_invoice(services: Services, client: Client, lines: int = 3) -> Any:
    draft = Invoice(
        id=new_id(),
        client_id=client.id,
        lines=tuple(
            InvoiceLine(
                description=f"Reforma de cocina, partida {n + 1}",
                quantity=Decimal(1 + n % 3),
                unit_price=Decimal("120.50"),
                vat_rate=Decimal(21),
            )
            for n in range(lines)
        ),
        issue_date=TODAY,
        due_date=TODAY + dt.timedelta(days=30),
    )
    saved = services.invoices.save_draft(draft).invoice
    return services.invoices.issue(saved.id)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# ----- live preview --------------------------------------------------------------------------------
def test_preview_rerenders_on_a_worker_as_the_user_types(
    qtbot: Any, services: Services, client: Client
) -> None:
    runner = TaskRunner()
    editor = make_editor(qtbot, services, runner)
    editor.set_preview_visible(True)
    editor.new_invoice(client.id)
    qtbot.waitUntil(lambda: editor.form.client_picker.current_client() == client, timeout=20_000)
    qtbot.waitUntil(lambda: editor.preview.last_pdf.startswith(b"%PDF"), timeout=20_000)

    row = 0
    type_cell(editor, row, Column.DESCRIPTION, "Auditoría energética del local")
    type_cell(editor, row, Column.QUANTITY, "2")
    type_cell(editor, row, Column.PRICE, "350")

    qtbot.waitUntil(lambda: "Auditoría energética" in pdf_text(editor.preview.last_pdf), timeout=20_000)
    text = pdf_text(editor.preview.last_pdf)
    assert "Construcciones Levante" in text and "BORRADOR" in text.upper()
    assert editor.preview.page_count() == 1
    assert editor.preview_stats["ms"] > 0
    runner.wait_for_done()


def test_issued_invoice_preview_is_the_real_pdf_with_its_number_and_verifactu_qr(
    qtbot: Any, services: Services, client: Client
) -> None:
    invoice = issued_invoice(services, client)
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.set_preview_visible(True)
    editor.open_invoice(invoice.id)
    text = pdf_text(editor.preview.last_pdf)
    assert invoice.number and invoice.number in text
    assert "VERI*FACTU" in text
    assert text == pdf_text(services.documents.pdf_bytes(invoice.id))


def test_hidden_preview_renders_nothing_and_the_choice_is_remembered(
    qtbot: Any, services: Services, client: Client
) -> None:
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.set_preview_visible(False)
    editor.new_invoice(client.id)
    assert editor.preview.last_pdf == b"" and editor.preview.isHidden()
    again = make_editor(qtbot, services, SynchronousRunner())
    assert not again.preview_button.isChecked()
    again.preview_button.click()  # the "Vista previa" toggle
    assert again.preview_visible()
    assert make_editor(qtbot, services, SynchronousRunner()).preview_button.isChecked()


# ----- print and save as PDF -----------------------------------------------------------------------
def test_print_to_writes_every_page_of_the_invoice(
    qtbot: Any, services: Services, client: Client, tmp_path: Path
) -> None:
    invoice = issued_invoice(services, client, lines=70)  # several pages
    expected = page_count(services.documents.pdf_bytes(invoice.id))
    assert expected >= 2
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.open_invoice(invoice.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "impreso.pdf"
    printer.setOutputFileName(str(target))

    assert editor.print_to(printer) == expected

    printed = PdfReader(target)
    assert len(printed.pages) == expected
    width, height = float(printed.pages[0].mediabox.width), float(printed.pages[0].mediabox.height)
    assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4, like the invoice


def test_ctrl_p_opens_the_print_dialog_and_prints(
    qtbot: Any, services: Services, client: Client, tmp_path: Path
) -> None:
    invoice = issued_invoice(services, client)
    target = tmp_path / "ctrl-p.pdf"
    editor = make_editor(qtbot, services, SynchronousRunner(), OutputDialogs(print_file=target))
    editor.open_invoice(invoice.id)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.send_button.setFocus()  # the lines of an issued invoice are read-only: focus a button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.send_button)
    qtbot.keyClick(editor.send_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert ("print", f"Factura {invoice.number}") in editor.dialogs.asked
    assert len(PdfReader(target).pages) == 1


def test_save_as_pdf_offers_the_safe_file_name_and_writes_the_real_pdf(
    qtbot: Any, services: Services, client: Client, tmp_path: Path
) -> None:
    invoice = issued_invoice(services, client)
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.open_invoice(invoice.id)
    editor.dialogs.pdf_path = tmp_path / "guardada.pdf"
    editor.save_pdf_action.trigger()
    assert ("pdf", f"{invoice.number} Construcciones Levante S.L.pdf") in editor.dialogs.asked
    assert (tmp_path / "guardada.pdf").read_bytes() == services.documents.pdf_bytes(invoice.id)


# ----- email -----------------------------------------------------------------------------------------
def configure_mail(services: Services, port: int, password: str | None = SMTP_PASSWORD) -> None:
    services.mail_config.configure(mail_settings(port), password)


def test_send_dialog_delivers_exactly_one_message(
    qtbot: Any, services: Services, client: Client, smtp_server: Any
) -> None:
    configure_mail(services, smtp_server.port)
    invoice = issued_invoice(services, client)
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.open_invoice(invoice.id)
    editor.send_button.click()
    dialog: SendDialog = editor.send_dialog
    assert dialog.to_edit.text() == CLIENT_EMAIL
    assert not dialog.settings_button.isVisibleTo(dialog)  # configured: no pointer to the settings
    assert invoice.number in dialog.subject.text()
    assert dialog.body.toPlainText().strip()

    dialog.send_button.click()

    assert len(smtp_server.envelopes) == 1
    envelope = smtp_server.envelopes[0]
    assert envelope.rcpt_tos == [CLIENT_EMAIL]
    assert invoice.number.encode() in envelope.content
    assert dialog.status.text().startswith("Enviada a")
    assert not dialog.send_button.isEnabled()  # a second click cannot send it twice
    assert services.invoices.get(invoice.id).status is Status.SENT
    assert editor.invoice.status is Status.SENT


def test_a_draft_is_issued_first_then_sent(
    qtbot: Any, services: Services, client: Client, smtp_server: Any
) -> None:
    configure_mail(services, smtp_server.port)
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.new_invoice(client.id)
    type_cell(editor, 0, Column.DESCRIPTION, "Proyecto de instalación")
    type_cell(editor, 0, Column.PRICE, "900")
    editor.send_by_email()
    assert ("issue_before_send", None) in editor.dialogs.asked
    assert editor.invoice.number  # issued
    editor.send_dialog.cc_self.setChecked(True)
    editor.send_dialog.send_button.click()
    assert len(smtp_server.envelopes) == 1
    assert sorted(smtp_server.envelopes[0].rcpt_tos) == sorted([CLIENT_EMAIL, "facturas@example.test"])


def test_declining_to_issue_sends_nothing(qtbot: Any, services: Services, client: Client) -> None:
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.dialogs.issue_before_send = False
    editor.new_invoice(client.id)
    type_cell(editor, 0, Column.DESCRIPTION, "Visita")
    type_cell(editor, 0, Column.PRICE, "60")
    editor.send_by_email()
    assert editor.invoice.is_draft and editor.send_dialog is None


def test_missing_password_is_asked_for_and_kept_for_the_session(
    qtbot: Any, services: Services, client: Client, smtp_server: Any
) -> None:
    configure_mail(services, smtp_server.port, password=None)  # nothing in the keyring
    assert services.mail_config.needs_password()
    invoice = issued_invoice(services, client)
    dialog = SendDialog(services, SynchronousRunner(), invoice.id)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.ask_password = lambda account: asked.append(account) or SMTP_PASSWORD  # type: ignore[method-assign]
    dialog.send_button.click()
    assert asked == ["facturas@example.test"]
    assert len(smtp_server.envelopes) == 1
    assert not services.mail_config.needs_password()  # remembered for this session


def test_wrong_password_shows_the_servers_words(
    qtbot: Any, services: Services, client: Client, smtp_server: Any
) -> None:
    configure_mail(services, smtp_server.port, password="not-it")
    invoice = issued_invoice(services, client)
    dialog = SendDialog(services, SynchronousRunner(), invoice.id)
    qtbot.addWidget(dialog)
    dialog.send_button.click()
    assert smtp_server.envelopes == []
    assert dialog.result_entry.state == "failed"
    assert "535" in dialog.status.text() and dialog.send_button.isEnabled()
    assert services.invoices.get(invoice.id).status is Status.ISSUED


def test_unconfigured_mail_points_to_the_settings(qtbot: Any, services: Services, client: Client) -> None:
    invoice = issued_invoice(services, client)
    editor = make_editor(qtbot, services, SynchronousRunner())
    editor.open_invoice(invoice.id)
    editor.send_by_email()
    dialog = editor.send_dialog
    assert "Ajustes → Correo" in dialog.status.text()
    assert not dialog.send_button.isEnabled() and dialog.settings_button.isVisibleTo(dialog)
    with qtbot.waitSignal(editor.mail_settings_requested):  # the shell opens Ajustes › Correo
        dialog.settings_button.click()


# ----- batch export -----------------------------------------------------------------------------------
def test_batch_export_writes_one_file_per_invoice_from_a_worker(
    qtbot: Any, services: Services, client: Client, tmp_path: Path
) -> None:
    numbers = [issued_invoice(services, client).number for _ in range(4)]
    runner = TaskRunner()
    dialog = BatchExportDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.inform = lambda text: setattr(dialog, "outcome", text)  # type: ignore[method-assign]
    steps: list[tuple[int, int]] = []
    dialog._relay.advanced.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        assert dialog.run(tmp_path / "pdfs")
    files = sorted(p.name for p in (tmp_path / "pdfs").glob("*.pdf"))
    assert len(files) == 4 and all(any(n in f for f in files) for n in numbers)
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert dialog.value() == 4 and dialog.maximum() == 4
    assert dialog.outcome == f"Se han guardado 4 PDF en {tmp_path / 'pdfs'}."


def test_cancel_after_the_first_file_stops_the_export(
    qtbot: Any, services: Services, client: Client, tmp_path: Path
) -> None:
    for _ in range(5):
        issued_invoice(services, client)
    dialog = BatchExportDialog(services, SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.inform = lambda text: setattr(dialog, "outcome", text)  # type: ignore[method-assign]
    dialog._relay.advanced.connect(lambda done, _total: dialog.cancel() if done == 1 else None)
    dialog.run(tmp_path / "pdfs")
    assert len(list((tmp_path / "pdfs").glob("*.pdf"))) == 1
    assert dialog.written is not None and len(dialog.written) == 1
    assert dialog.outcome.startswith("Exportación cancelada: se han guardado 1 PDF")

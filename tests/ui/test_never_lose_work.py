# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18 "never lose work": leaving the editor with unsaved edits asks Guardar / Descartar /
Cancelar (and each answer does what it says), drafts are listed under «Borradores», saves say so in
the status bar, and buttons that act on a selected row are disabled without one."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Status
from facturas_app.domain.parties import Client
from tests.ui.editor_helpers import ScriptedDialogs, fill_line
from tests.ui.helpers import (  # noqa: F401 - fixtures
    TODAY,
    business_services,
    demo_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui import navigation
from ui.main_window import MainWindow
from ui.views.editor_dialogs import CloseChoice
from ui.views.payments import PaymentsView


def _window(qtbot: Any, services: Any, runner: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(services, runner)
    return window


def _typed_draft(window: MainWindow, services: Any, choice: CloseChoice) -> tuple[Any, ScriptedDialogs]:
    """The editor with a new invoice for a client and one typed line, never saved."""
    client = make_client(services, "Talleres Norte S.L.", city="Bilbao")
    window.new_invoice()
    editor: Any = window.editor
    dialogs = ScriptedDialogs()
    dialogs.unsaved = choice
    editor.dialogs = dialogs
    editor.form.client_picker.set_client(client)
    fill_line(editor, 0, "Revisión anual", "2", "150")
    assert editor.has_unsaved_changes()
    return editor, dialogs


def _go_to_invoices(window: MainWindow) -> None:
    window.nav_actions[navigation.NAV_KEYS.index("invoices")].trigger()


def test_cancel_keeps_the_editor_and_what_was_typed(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    editor, dialogs = _typed_draft(window, business_services, CloseChoice.CANCEL)
    _go_to_invoices(window)
    assert dialogs.asked == [("unsaved", None)]
    assert window.current_view() is editor and window.nav.currentRow() == -1
    assert editor.has_unsaved_changes()
    assert editor.lines.model.domain_lines()[0].description == "Revisión anual"
    window.nav.setCurrentRow(navigation.NAV_KEYS.index("clients"))  # the side list asks too
    assert dialogs.asked == [("unsaved", None)] * 2 and window.current_view() is editor
    assert window.nav.currentRow() == -1


def test_save_stores_the_draft_and_the_drafts_filter_lists_it(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window = _window(qtbot, business_services, runner)
    _editor, dialogs = _typed_draft(window, business_services, CloseChoice.SAVE)
    _go_to_invoices(window)
    assert dialogs.asked == [("unsaved", None)]
    view: Any = window.current_view()
    assert view is window.views["invoices"]
    assert window.statusBar().currentMessage() == "Borrador guardado"
    drafts_index = view.status.findText("Borradores")
    assert drafts_index > 0 and view.status.itemData(drafts_index) == Status.DRAFT.value
    view.status.setCurrentIndex(drafts_index)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    row = view.model.row_at(0)
    assert row.status is Status.DRAFT and row.client_name == "Talleres Norte S.L."
    assert str(row.total) == "363.00"  # 2 × 150 + 21 % VAT, as stored
    stored = business_services.invoices.get(row.id)
    assert [(line.description, str(line.quantity)) for line in stored.lines] == [("Revisión anual", "2")]


def test_discard_leaves_without_storing_anything(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    _editor, dialogs = _typed_draft(window, business_services, CloseChoice.DISCARD)
    _go_to_invoices(window)
    assert dialogs.asked == [("unsaved", None)]
    view: Any = window.current_view()
    assert view is window.views["invoices"]
    view.status.setCurrentIndex(view.status.findText("Borradores"))
    view.status.setCurrentIndex(0)  # all statuses: still nothing
    qtbot.waitUntil(lambda: view.footer.text().startswith("0 "), timeout=3000)
    assert view.model.rowCount() == 0
    assert window.statusBar().currentMessage() != "Borrador guardado"


def test_save_without_a_client_stays_in_the_editor(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    window.new_invoice()
    editor: Any = window.editor
    editor.dialogs = dialogs = ScriptedDialogs()
    dialogs.unsaved = CloseChoice.SAVE
    fill_line(editor, 0, "Sin cliente", "1", "10")
    _go_to_invoices(window)
    assert dialogs.asked == [("unsaved", None)]
    assert window.current_view() is editor  # the save was refused: nothing is lost
    assert editor.error_notice.isVisibleTo(editor) and editor.error_notice.text() == "Elija un cliente."


def test_ctrl_n_with_unsaved_changes_asks(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    editor, dialogs = _typed_draft(window, business_services, CloseChoice.CANCEL)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    assert dialogs.asked == [("unsaved", None)]
    assert editor.lines.model.domain_lines()[0].description == "Revisión anual"


def test_leaving_an_unchanged_invoice_asks_nothing(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    window.new_invoice()
    editor: Any = window.editor
    editor.dialogs = dialogs = ScriptedDialogs()
    _go_to_invoices(window)
    assert dialogs.asked == [] and window.current_view() is window.views["invoices"]


def test_saving_in_the_editor_says_so_in_the_status_bar(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window = _window(qtbot, business_services, runner)
    editor, _dialogs = _typed_draft(window, business_services, CloseChoice.CANCEL)
    window.statusBar().clearMessage()
    window.save_action.trigger()  # Ctrl+S
    assert window.statusBar().currentMessage() == "Borrador guardado"
    assert not editor.has_unsaved_changes()


def test_exporting_a_pdf_says_so_in_the_status_bar(
    qtbot: Any, business_services: Any, runner: Any, tmp_path: Any
) -> None:
    window = _window(qtbot, business_services, runner)
    editor, dialogs = _typed_draft(window, business_services, CloseChoice.CANCEL)
    dialogs.pdf_path = tmp_path / "borrador.pdf"
    window.statusBar().clearMessage()
    editor.export_pdf()  # saves the draft first, then writes the file
    qtbot.waitUntil(lambda: (tmp_path / "borrador.pdf").exists(), timeout=10_000)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "PDF guardado: borrador.pdf", timeout=10_000
    )


def _select_first_row(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=3000)
    view.table.selectRow(0)


def test_client_and_product_buttons_need_a_selection(qtbot: Any, business_services: Any, runner: Any) -> None:
    make_client(business_services, "Talleres Norte S.L.")
    window = _window(qtbot, business_services, runner)
    clients: Any = window.show_view("clients")
    buttons = (clients.edit_button, clients.page_button)
    assert [b.isEnabled() for b in buttons] == [False, False]
    _select_first_row(qtbot, clients)
    assert [b.isEnabled() for b in buttons] == [True, True]
    clients.table.clearSelection()
    assert [b.isEnabled() for b in buttons] == [False, False]
    _select_first_row(qtbot, clients)
    clients.refresh()  # a reload drops the selection: the buttons follow
    assert [b.isEnabled() for b in buttons] == [False, False]
    products: Any = window.show_view("products")
    assert not products.edit_button.isEnabled()


def test_payments_and_invoices_buttons_need_a_selection(qtbot: Any, demo_services: Any, runner: Any) -> None:
    window = _window(qtbot, demo_services, runner)
    payments: Any = window.show_view("payments")
    assert isinstance(payments, PaymentsView)
    assert not payments.record.isEnabled() and not payments.history.isEnabled()
    _select_first_row(qtbot, payments)
    assert payments.record.isEnabled() and payments.history.isEnabled()
    invoices: Any = window.show_view("invoices")
    assert not invoices.send_button.isEnabled()
    _select_first_row(qtbot, invoices)
    assert invoices.send_button.isEnabled()


def _answer_dialog(fill: Any) -> None:
    """Fill the modal dialog `exec()` is about to show, from inside its event loop."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            fill(dialog)
        else:
            QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)


def _click_save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_saving_a_product_and_a_client_says_so(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    products: Any = window.show_view("products")

    def product(dialog: Any) -> None:
        dialog.name.setText("Mantenimiento")
        dialog.price.setText("45,00")
        _click_save(dialog)

    _answer_dialog(product)
    products.add_product()
    assert window.statusBar().currentMessage() == "Producto guardado"
    assert [p.name for p in business_services.products.list()] == ["Mantenimiento"]
    clients: Any = window.show_view("clients")

    def client(dialog: Any) -> None:
        dialog.name.setText("Talleres Norte S.L.")
        _click_save(dialog)

    _answer_dialog(client)
    saved = clients.add_client()
    assert saved is not None and saved.name == "Talleres Norte S.L."
    assert window.statusBar().currentMessage() == "Cliente guardado"


def test_issuing_and_cancelling_say_so_in_the_status_bar(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window = _window(qtbot, business_services, runner)
    client = business_services.clients.add(
        Client(
            id=new_id(),
            name="Construcciones Levante S.L.",
            tax_id="B12345674",
            address="Calle Mar 3",
            postal_code="46001",
            city="Valencia",
        )
    )
    window.new_invoice()
    editor: Any = window.editor
    editor.dialogs = ScriptedDialogs()
    editor.form.client_picker.set_client(client)
    fill_line(editor, 0, "Reforma", "1", "1000")
    with qtbot.waitSignal(editor.issued, timeout=5000):
        editor.issue()
    number = editor.invoice.number
    assert number and window.statusBar().currentMessage() == f"Factura {number} emitida"
    editor.cancel_invoice()
    assert editor.invoice.status is Status.CANCELLED
    assert window.statusBar().currentMessage() == f"Factura {number} anulada"


def test_removing_a_payment_needs_a_standing_one_selected(qtbot: Any, services: Any, runner: Any) -> None:
    from tests.services.reminder_helpers import business, client, invoice
    from ui.views.payment_history import PaymentHistoryDialog

    business(services)
    owed = invoice(services, client(services, "Sol").id, TODAY)
    services.payments.add(owed.number, Decimal("21.00"))
    dialog = PaymentHistoryDialog(services, runner, owed.id, owed.number)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.payment_removed):
        dialog.remove_selected(reason="duplicado")
    assert dialog.table.rowCount() == 1 and "duplicado" in dialog.table.item(0, 4).text()
    dialog.table.selectRow(0)  # a removed payment stays listed, and cannot be removed again
    assert not dialog.remove_button.isEnabled()

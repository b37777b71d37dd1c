# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The shell with every page plugged in, over real services on a temp SQLite file (offscreen)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import Status
from tests.fakes import FixedClock
from tests.services.sales_helpers import schedule_payload, setup_client
from tests.ui.helpers import TODAY, demo_services, runner, ui_settings  # noqa: F401 - fixtures
from ui import navigation
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_CLASSES = {entry.key: entry.class_name for entry in navigation.ENTRIES}


@pytest.fixture
def sales_services(tmp_path: Path, ui_settings: None) -> Any:
    built = build_services(tmp_path / "sales", clock=FixedClock(TODAY))
    yield built
    built.close()


def _window(qtbot: Any, services: Any, runner: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(services, runner)
    return window


def test_every_navigation_entry_and_shortcut_shows_its_view(
    qtbot: Any, demo_services: Any, runner: Any
) -> None:
    window = _window(qtbot, demo_services, runner)
    shortcuts = [a.shortcut().toString() for a in window.nav_actions]
    assert shortcuts[:9] == [f"Ctrl+{n}" for n in range(1, 10)] and shortcuts[-1] == "Ctrl+0"
    assert all(not s for s in shortcuts[9:-1])  # the pages in between: from the list and the menu
    for position, key in enumerate(navigation.NAV_KEYS):
        window.nav_actions[position].trigger()
        view = window.current_view()
        assert view is window.views[key] and type(view).__name__ == EXPECTED_CLASSES[key]
        assert window.nav.currentRow() == position
    window.nav.setCurrentRow(navigation.NAV_KEYS.index("outbox"))
    assert type(window.current_view()).__name__ == "OutboxView"
    reports = window.views["reports"]
    assert reports.data is not None  # type: ignore[attr-defined]  # refreshed on first show


def test_settings_tabs_and_verifactu_mode(qtbot: Any, demo_services: Any, runner: Any) -> None:
    window = _window(qtbot, demo_services, runner)
    settings: Any = window.show_view("settings")
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert titles == [
        "Negocio",
        "Plantilla PDF",
        "Correo",
        "Recordatorios y recibos",
        "Plantillas de correo",
        "Copias de seguridad",
        "VERI*FACTU",
        "Aplicación",
    ]
    panel = settings.verifactu
    assert panel.mode.currentData() == demo_services.verifactu.mode() == "auto"
    assert "registros" in panel.chain.text()
    panel.mode.setCurrentIndex(panel.mode.findData("sii"))
    assert demo_services.verifactu.mode() == "sii"
    panel.test_env.setChecked(True)
    assert demo_services.verifactu.test_environment() is True
    panel.verify()
    assert panel.result.text().startswith("Cadena íntegra")
    settings.show_tab("mail")
    assert settings.tabs.currentWidget().widget() is settings.mail


def test_verifactu_export_writes_the_records(
    qtbot: Any, sales_services: Any, runner: Any, tmp_path: Path
) -> None:
    from ui.views.verifactu_panel import VerifactuPanel

    issued = _issued_invoice(sales_services, setup_client(sales_services).id, days_ago=3)
    panel = VerifactuPanel(sales_services, runner)
    qtbot.addWidget(panel)
    assert panel.last.text().startswith(issued.number)
    with qtbot.waitSignal(panel.exported) as exported:
        panel.export(tmp_path / "vf")
    paths = exported.args[0]
    assert len(paths) == 1 and issued.number.encode() in paths[0].read_bytes()
    assert "1 archivo" in panel.result.text()


def _issued_invoice(services: Any, client_id: str, days_ago: int) -> Any:
    day = TODAY - dt.timedelta(days=days_ago)
    draft = services.invoices.create_draft_from_payload(
        {"client_id": client_id, "issue_date": day.isoformat(),
         "lines": [{"description": "Web", "quantity": "1", "unit_price": "100", "vat_rate": "21"}]}
    )  # fmt: skip
    return services.invoices.issue(draft.invoice.id, issue_date=day)


def test_restore_signal_rebuilds_the_pages(qtbot: Any, demo_services: Any, runner: Any) -> None:
    window = _window(qtbot, demo_services, runner)
    invoices = window.show_view("invoices")
    settings = window.show_view("settings")
    settings.restored.emit(object())  # type: ignore[attr-defined]
    assert "invoices" not in window.views and window.views["settings"] is settings
    assert window.show_view("invoices") is not invoices


def test_an_upgrade_says_so_until_the_data_is_open(
    qtbot: Any, demo_services: Any, runner: Any, ui_settings: None
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_upgrading()
    assert window.show_view("dashboard") is window.loading  # nothing to show before the data is open
    assert window.loading.text().startswith("Actualizando sus datos para esta versión")
    assert window.statusBar().currentMessage() == "Actualizando los datos…"
    window.attach_services(demo_services, runner)
    assert window.statusBar().currentMessage() == "Listo" and window.nav.isEnabled()


def test_client_page_timeline_feedback_and_days_to_pay(qtbot: Any, sales_services: Any, runner: Any) -> None:
    from ui.views.clients import ClientPage

    s = sales_services
    client = setup_client(s)
    invoice = _issued_invoice(s, client.id, days_ago=20)
    s.payments.add(invoice.id, invoice.totals.amount_due, TODAY - dt.timedelta(days=8))
    page = ClientPage(s, runner, s.clients.get(client.id))
    qtbot.addWidget(page)
    assert "12" in page.days_to_pay.text()
    assert [page.tabs.tabText(i) for i in range(3)] == ["Facturas", "Historial", "Opiniones"]
    categories = [row[1] for row in page.timeline.model.rows]
    assert "Factura" in categories and "Cobro" in categories
    page.timeline.note.setText("Llamada: paga siempre a tiempo")
    page.timeline.add_note()
    assert page.timeline.model.rows[-1][1] == "Nota"
    page.feedback.rating.setCurrentIndex(page.feedback.rating.findData(4))
    page.feedback.comment.setText("Muy contentos")
    page.feedback.record()
    assert [(f.rating, f.comment) for f in s.feedback.list(client.id)] == [(4, "Muy contentos")]
    assert page.rating.text() == "Valoración media: 4,0 ★ (1)"
    assert not page.feedback.clients_table.isVisibleTo(page)  # everyone's averages are not shown here
    page.reminders_paused.setChecked(True)
    assert s.clients.get(client.id).reminders_paused is True


def test_dashboard_shows_ratings(qtbot: Any, sales_services: Any, runner: Any) -> None:
    from ui.views.dashboard import DashboardView

    client = setup_client(sales_services)
    sales_services.feedback.add(client.id, 5, "Genial", given_on=TODAY)
    sales_services.feedback.add(client.id, 4, "", given_on=TODAY)
    view = DashboardView(sales_services, runner)
    qtbot.addWidget(view)
    view.refresh()
    assert "4,5" in view.ratings.overall.text()
    assert view.ratings.by_client.item(0, 0).text() == client.name
    assert view.ratings.by_client.item(0, 1).text() == "4,5"


def test_startup_jobs_run_in_order_and_skip_mail_when_unconfigured(
    qtbot: Any, sales_services: Any, runner: Any
) -> None:
    from ui.startup_jobs import StartupJobs

    client = setup_client(sales_services)
    sales_services.recurring.add(schedule_payload(client.id, (TODAY - dt.timedelta(days=40)).isoformat()))
    window = QMainWindow()
    qtbot.addWidget(window)
    messages: list[str] = []
    jobs = StartupJobs(sales_services, runner, window, status=messages.append)
    changed: list[bool] = []
    jobs.data_changed.connect(lambda: changed.append(True))
    with qtbot.waitSignal(jobs.finished) as finished:
        jobs.start()
    outcomes = finished.args[0]
    assert list(outcomes) == ["integrity", "backup", "mail", "outbox", "recurring", "reminders", "feedback"]
    assert outcomes["integrity"] == outcomes["backup"] == outcomes["recurring"] == "done"
    assert {outcomes[name] for name in ("mail", "outbox", "reminders", "feedback")} == {"skipped"}
    assert [b.kind for b in sales_services.backup.list_backups()] == ["daily"]
    numbers = [row.number for row in sales_services.invoices.list(sales_services.invoices.query())]
    assert numbers == ["F-2026-0002", "F-2026-0001"] and changed and messages == []
    assert jobs.timer.isActive() and jobs.timer.interval() == 60 * 60 * 1000
    with qtbot.waitSignal(jobs.finished) as again:
        jobs.run()  # the hourly run: nothing new, no second daily backup
    assert "integrity" not in again.args[0] and len(sales_services.backup.list_backups()) == 1
    jobs.timer.stop()


def test_a_failing_job_goes_to_the_status_bar_and_the_rest_run(
    qtbot: Any, sales_services: Any, runner: Any
) -> None:
    from ui.startup_jobs import StartupJobs

    setup_client(sales_services)
    window = QMainWindow()
    qtbot.addWidget(window)
    sales_services.backup.port.backup_dir.parent.mkdir(parents=True, exist_ok=True)
    blocker = sales_services.backup.port.backup_dir
    blocker.write_text("a file where the backups folder should be")  # the daily backup cannot be made
    messages: list[str] = []
    jobs = StartupJobs(sales_services, runner, window, status=messages.append)
    with qtbot.waitSignal(jobs.finished) as finished:
        jobs.run()
    assert finished.args[0]["backup"] == "failed" and finished.args[0]["recurring"] == "done"
    assert len(messages) == 1 and "copia de seguridad diaria" in messages[0]


def test_startup_runs_jobs_after_the_dashboard_painted(qtbot: Any, sales_services: Any, qapp: Any) -> None:
    from ui.app import Startup, parse_options

    setup_client(sales_services)
    data_dir = sales_services.data_dir
    sales_services.close()
    startup = Startup(qapp, parse_options(["--data-dir", str(data_dir), "--today", TODAY.isoformat()]), 0.0)
    qtbot.addWidget(startup.window)
    startup.begin()
    qtbot.waitUntil(lambda: startup.jobs is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not startup.jobs.running, timeout=20_000)
    assert startup.jobs.outcomes["backup"] == "done"
    startup.jobs.timer.stop()
    startup.runner.wait_for_done()
    startup.services.close()


def test_exit_after_load_runs_no_jobs(tmp_path: Path, ui_settings: None) -> None:
    data_dir = tmp_path / "exit"
    built = build_services(data_dir, clock=FixedClock(TODAY))
    setup_client(built)
    built.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), "gui", "--exit-after-load"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert set(json.loads(result.stdout.strip().splitlines()[-1])) == {"startup_s"}
    backups = data_dir / "backups"
    assert not backups.exists() or not any(p.name.startswith("daily") for p in backups.iterdir())


def test_close_event_respects_maybe_close(qtbot: Any, sales_services: Any, runner: Any) -> None:
    from ui.views.editor_dialogs import CloseChoice

    setup_client(sales_services)
    window = _window(qtbot, sales_services, runner)
    window.show()
    window.new_invoice()
    editor: Any = window.editor
    assert editor is not None
    editor._form_dirty = True  # the user typed something and did not save
    answers = [CloseChoice.CANCEL, CloseChoice.DISCARD]
    editor.dialogs.ask_unsaved = lambda: answers.pop(0)
    assert window.close() is False and window.isVisible()
    assert window.close() is True and not window.isVisible()


def test_new_quote_uses_the_editor_doc_type_when_supported(
    qtbot: Any, sales_services: Any, runner: Any
) -> None:
    import inspect

    setup_client(sales_services)
    window = _window(qtbot, sales_services, runner)
    window.new_quote_action.trigger()
    editor: Any = window.editor
    assert window.current_view() is editor
    if "doc_type" in inspect.signature(editor.new_invoice).parameters:
        assert editor.invoice.doc_type.value == "quote"


def test_invoices_send_action_opens_the_send_dialog(qtbot: Any, demo_services: Any, runner: Any) -> None:
    window = _window(qtbot, demo_services, runner)
    view: Any = window.show_view("invoices")
    view.status.setCurrentIndex(view.status.findData(Status.SENT.value))
    assert view.model.rowCount() > 0
    view.table.selectRow(0)
    dialog = view.send_selected()
    qtbot.addWidget(dialog)
    assert type(dialog).__name__ == "SendDialog" and dialog.invoice_id == view.model.row_at(0).id
    dialog.mail_settings_requested.emit()
    assert window.current_view() is window.views["settings"]
    settings = window.views["settings"]
    assert settings.tabs.currentWidget().widget() is settings.mail  # type: ignore[attr-defined]


def test_single_instance_second_acquire_activates_the_first(qtbot: Any, qapp: Any) -> None:
    from ui.single_instance import acquire_single_instance, release_single_instance

    key = f"facturas-test|{uuid.uuid4()}"
    activated: list[bool] = []
    try:
        assert acquire_single_instance(key, lambda: activated.append(True)) is True
        assert acquire_single_instance(key, lambda: None) is False
        qtbot.waitUntil(lambda: activated == [True], timeout=5000)
    finally:
        release_single_instance()


def test_single_instance_key_is_per_data_folder(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from ui.app import first_instance, parse_options
    from ui.single_instance import release_single_instance

    try:
        one = parse_options(["--data-dir", str(tmp_path / "one")])
        assert first_instance(one, []) is True
        assert first_instance(parse_options(["--data-dir", str(tmp_path / "two")]), []) is True
        assert first_instance(one, []) is False
    finally:
        release_single_instance()

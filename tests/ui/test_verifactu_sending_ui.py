"""VERI*FACTU in the window: the background sender (start, every minute, after an issue), against the
local AEAT on 127.0.0.1 with a real SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facturas_app.bootstrap import Services, build_services
from tests.services.verifactu.aeat_server import LocalAeat
from tests.services.verifactu.helpers import add_client, issue
from tests.services.verifactu.sending_fixtures import MovingClock
from tests.services.verifactu.sending_fixtures import aeat as aeat
from tests.services.verifactu.sending_fixtures import clock as clock
from tests.services.verifactu.sending_fixtures import services as services
from ui.verifactu_sender import VerifactuBackgroundSender, report_changed_something
from ui.workers import SynchronousRunner, TaskRunner


def test_start_sends_pending_records_on_a_worker(qtbot: Any, services: Services, aeat: LocalAeat) -> None:
    client_id = add_client(services)
    issue(services, client_id)
    runner = TaskRunner()
    sender = VerifactuBackgroundSender(services, runner, interval_ms=60_000)
    with qtbot.waitSignal(sender.sent, timeout=15_000) as blocker:
        sender.start()
    assert report_changed_something(blocker.args[0])
    assert services.verifactu.status()["accepted"] == 1
    assert sender.timer.isActive() and sender.timer.interval() == 60_000
    sender.stop()
    runner.wait_for_done()


def test_a_request_while_busy_runs_once_more_after(qtbot: Any, services: Services) -> None:
    sender = VerifactuBackgroundSender(services, SynchronousRunner())
    sender.busy = True
    sender.send_now()
    assert sender._again
    reports: list[Any] = []
    sender.sent.connect(reports.append)
    sender._done(None)
    assert len(reports) == 2 and not sender.busy  # the folded request ran (nothing due: None)


def test_nothing_configured_is_a_quiet_none(qtbot: Any, tmp_path: Path, clock: MovingClock) -> None:
    services = build_services(tmp_path / "other", clock=clock)
    try:
        reports: list[Any] = []
        sender = VerifactuBackgroundSender(services, SynchronousRunner())
        sender.sent.connect(reports.append)
        sender.send_now()
        assert reports == [None] and not report_changed_something(None)
    finally:
        services.close()


def test_settings_box_configures_counts_and_sends_now(
    qtbot: Any, services: Services, aeat: LocalAeat, tmp_path: Path
) -> None:
    from ui.views.verifactu_panel import VerifactuPanel

    client_id = add_client(services)
    issue(services, client_id)
    panel = VerifactuPanel(services, SynchronousRunner())
    qtbot.addWidget(panel)
    box = panel.sending
    assert box.endpoint.text() == aeat.url and box.environment.currentData() == "test"
    assert box.counts.text().startswith("1 pendientes")
    box.send_now()
    assert "1 aceptados" in box.result.text() and box.counts.text().startswith("0 pendientes · 1 aceptados")
    box.environment.setCurrentIndex(box.environment.findData("production"))
    box.endpoint.setText("")
    box.save()
    assert services.verifactu_sending.where()["environment"] == "production"
    assert "Sin certificado" in box.certificate.text()
    assert not panel.test_env.isChecked() and box.endpoint.text() == ""
    assert "www1.agenciatributaria" in box.endpoint.placeholderText()
    panel.resize(1366, 768)
    panel.show()
    panel.grab().save(str(tmp_path.parent / "verifactu_settings.png"))


def test_expiry_warns_thirty_days_before_and_red_once_expired() -> None:
    import datetime as dt

    from ui.views.verifactu_sending_box import ERROR_STYLE, WARN_STYLE, expiry_style

    now = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    assert expiry_style(now + dt.timedelta(days=90), now) == ""
    assert expiry_style(now + dt.timedelta(days=29), now) == WARN_STYLE
    assert expiry_style(now - dt.timedelta(days=1), now) == ERROR_STYLE


def test_record_dialog_shows_rejection_and_corrects_it(
    qtbot: Any, services: Services, aeat: LocalAeat
) -> None:
    from ui.views.verifactu_record_dialog import VerifactuRecordDialog

    client_id = add_client(services)
    invoice = issue(services, client_id)
    aeat.reject[invoice.number or ""] = 1105
    services.verifactu_sending.send()
    dialog = VerifactuRecordDialog(services, SynchronousRunner(), invoice.id)
    qtbot.addWidget(dialog)
    assert "Rechazado (1105" in dialog.table.item(0, 4).text()
    assert not dialog.resubmit_button.isHidden()
    services.clock.advance(120)  # type: ignore[attr-defined]  # past AEAT's wait
    dialog.resubmit()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Alta", "Subsanación"]
    assert dialog.table.item(1, 4).text().startswith("Aceptado")
    assert dialog.resubmit_button.isHidden()

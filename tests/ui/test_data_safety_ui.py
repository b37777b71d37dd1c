"""The backup panel (back up now, list, restore with the numbers that would be lost) and the
single-instance guard (a second process asks the first to come to the front and exits)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, issue_one, seed
from tests.ui.helpers import runner, ui_settings  # noqa: F401 - fixtures
from ui.single_instance import acquire_single_instance, release_single_instance
from ui.views.backup_panel import BackupPanel

ROOT = Path(__file__).resolve().parents[2]


def _services(tmp_path: Path) -> Services:
    seed(tmp_path)
    return build_services(tmp_path, clock=FixedClock(TODAY))


def test_backup_now_lists_the_copy(qtbot: Any, tmp_path: Path, runner: Any, ui_settings: None) -> None:  # noqa: F811
    services = _services(tmp_path)
    try:
        panel = BackupPanel(services, runner)
        qtbot.addWidget(panel)
        assert panel.table.rowCount() == 0 and not panel.restore_button.isEnabled()
        with qtbot.waitSignal(panel.backup_created):
            panel.backup_button.click()
        assert panel.table.rowCount() == 1
        assert panel.table.item(0, 1).text() == "Manual"
        panel.table.selectRow(0)
        assert panel.restore_button.isEnabled()
    finally:
        services.close()


def test_restore_confirmation_lists_lost_numbers_and_cancel_keeps_data(
    qtbot: Any,
    tmp_path: Path,
    runner: Any,  # noqa: F811
    ui_settings: None,  # noqa: F811
) -> None:
    services = _services(tmp_path)
    try:
        services.verifactu.set_mode("off")  # invoices without billing records may be given up
        issue_one(services)
        panel = BackupPanel(services, runner)
        qtbot.addWidget(panel)
        panel.backup_now()
        later = [issue_one(services), issue_one(services)]
        shown: list[QMessageBox] = []
        panel.confirm = lambda box: shown.append(box) or False
        panel.table.selectRow(0)
        panel.restore_button.click()
        assert len(shown) == 1
        assert all(number in shown[0].text() for number in later)
        assert shown[0].defaultButton() is shown[0].escapeButton()  # Enter cancels
        assert services.invoices.get(later[-1]).number == later[-1]  # cancelled: nothing changed

        panel.confirm = lambda box: True
        with qtbot.waitSignal(panel.restored) as restored:
            panel.restore_button.click()
        assert restored.args[0].lost_numbers == later
        with services.store.read() as tx:
            assert tx.count_issued_invoices() == 1  # the store works on the restored file
        kinds = {panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
        assert kinds == {"Manual", "Antes de restaurar"}
    finally:
        services.close()


def test_restore_without_losses_asks_a_plain_question(
    qtbot: Any,
    tmp_path: Path,
    runner: Any,  # noqa: F811
    ui_settings: None,  # noqa: F811
) -> None:
    services = _services(tmp_path)
    try:
        panel = BackupPanel(services, runner)
        qtbot.addWidget(panel)
        panel.backup_now()
        shown: list[QMessageBox] = []
        panel.confirm = lambda box: shown.append(box) or False
        panel.start_restore(panel.backups[0].path)
        assert shown[0].icon() == QMessageBox.Icon.Question and "perder" not in shown[0].text()
    finally:
        services.close()


def test_restore_that_would_remove_billing_records_is_refused_before_any_question(
    qtbot: Any,
    tmp_path: Path,
    runner: Any,  # noqa: F811
    ui_settings: None,  # noqa: F811
    monkeypatch: Any,
) -> None:
    services = _services(tmp_path)
    try:
        issue_one(services)  # VERI*FACTU on (a Spanish business): each invoice has its record
        panel = BackupPanel(services, runner)
        qtbot.addWidget(panel)
        panel.backup_now()
        later = issue_one(services)
        shown: list[QMessageBox] = []
        panel.confirm = lambda box: shown.append(box) or True
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
        panel.start_restore(panel.backups[0].path)
        assert shown == [] and len(warnings) == 1  # no "restore anyway" is ever offered
        assert later in warnings[0] and "VERI*FACTU" in warnings[0]
        assert services.invoices.get(later).number == later
        assert services.verifactu.verify().intact
    finally:
        services.close()


SECOND_INSTANCE = """
import sys
from PySide6.QtCore import QCoreApplication
from ui.single_instance import acquire_single_instance
app = QCoreApplication([])
sys.exit(0 if acquire_single_instance(sys.argv[1], lambda: None) else 3)
"""


def test_second_instance_activates_the_first_and_exits(qtbot: Any, qapp: Any) -> None:
    app_id = f"tests-{uuid.uuid4()}"
    activated: list[bool] = []
    try:
        assert acquire_single_instance(app_id, lambda: activated.append(True))
        second = subprocess.Popen([sys.executable, "-c", SECOND_INSTANCE, app_id], cwd=ROOT)
        qtbot.waitUntil(lambda: second.poll() is not None and bool(activated), timeout=60_000)
        assert second.returncode == 3 and activated == [True]
    finally:
        release_single_instance()
    other = subprocess.run([sys.executable, "-c", SECOND_INSTANCE, app_id], cwd=ROOT, timeout=60)
    assert other.returncode == 0  # once the first one is gone, the next start is the first again

"""End to end: the real app under Xvfb — first-run wizard, add a client, (editor) new invoice, issue.

The pytest test starts this file as a program under `xvfb-run` (a real X server and the xcb
platform, real TaskRunner threads) and checks its exit code; screenshots of every step go to
artifacts/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e import driver

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"


@pytest.mark.e2e
def test_first_run_flow_under_xvfb(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None or shutil.which("Xvfb") is None:
        pytest.skip("xvfb-run/Xvfb not installed")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FLOW OK" in result.stdout
    for name in (
        "01_wizard_identity",
        "02_wizard_invalid_nif",
        "04_dashboard",
        "05_client_dialog",
        "06_clients",
    ):
        assert (SHOTS / f"{name}.png").stat().st_size > 1000


# ----- the driver (runs inside Xvfb) --------------------------------------------------------------
def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    driver.wait_until(condition, timeout)


def shot(widget: object, name: str) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(150)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def drive(data_dir: str) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

    from ui.app import Startup, parse_options
    from ui.i18n import install_translators

    QCoreApplication.setOrganizationName("FacturasE2E")
    QCoreApplication.setApplicationName("FacturasE2E")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    install_translators(app, "es")
    startup = Startup(app, parse_options(["--data-dir", data_dir, "--today", "2026-11-26"]), time.time())
    startup.begin()
    window = startup.window
    wait_until(lambda: startup.wizard is not None and startup.wizard.isVisible())
    wizard, f = startup.wizard, startup.wizard.fields
    f.name.setText("Laura Gómez Ruiz")
    shot(wizard, "01_wizard_identity")
    f.tax_id.setText("12345678A")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "02_wizard_invalid_nif")
    f.tax_id.setText("12345678Z")
    wizard.next()
    f.address.setText("Calle Mayor 1, 2º B")
    f.postal_code.setText("28013")
    f.city.setText("Madrid")
    f.email.setText("facturas@gomez.example")
    wizard.next()
    f.iban.setText("ES91 2100 0418 4502 0005 1332")
    shot(wizard, "03_wizard_billing")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: "dashboard" in window.views)
    wait_until(lambda: window.views["dashboard"].pending.value.text() != "…")
    shot(window, "04_dashboard")

    clients = window.show_view("clients")

    def fill_client_dialog() -> None:
        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        dialog.name.setText("Inmobiliaria Sol S.A.")
        dialog.tax_id.setText("A58818501")
        dialog.address.setText("Av. del Puerto 22")  # a company's address: issuing needs it
        dialog.postal_code.setText("46021")
        dialog.city.setText("Valencia")
        dialog.email.setText("admin@sol.example")
        shot(dialog, "05_client_dialog")
        dialog.save()

    QTimer.singleShot(300, fill_client_dialog)
    client = clients.add_client()  # type: ignore[attr-defined]
    assert client is not None
    wait_until(lambda: clients.model.rowCount() == 1)  # type: ignore[attr-defined]
    shot(window, "06_clients")

    try:
        import ui.views.invoice_editor  # noqa: F401
    except ImportError:
        print("editor not available: invoice steps skipped")
    else:
        drive_invoice(window, client, app, QMessageBox)
    window.show_view("invoices")
    wait_until(lambda: not window.views["invoices"].model.is_loading())
    shot(window, "09_invoices")
    window.show_view("settings")
    shot(window, "10_settings")
    print("FLOW OK")
    window.close()
    return 0


def drive_invoice(window: object, client: object, app: object, box: object) -> None:
    """Uses the editor's public entry points; issuing goes through the invoice list (with confirmation)."""
    services = window.services  # type: ignore[attr-defined]
    window.new_invoice()  # type: ignore[attr-defined]
    shot(window, "07_editor_new")
    # The editor's own flow is the editor engineer's e2e; here a draft comes from the service.
    lines = [{"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}]
    saved = services.invoices.create_draft_from_payload({"client_id": client.id, "lines": lines})  # type: ignore[attr-defined]
    invoices = window.show_view("invoices")  # type: ignore[attr-defined]
    invoices.refresh()
    wait_until(lambda: invoices.model.rowCount() == 1)
    invoices.issue(saved.invoice.id, confirm=False)
    wait_until(lambda: (first := invoices.model.row_at(0)) is not None and first.number is not None)
    window.open_invoice(saved.invoice.id)  # type: ignore[attr-defined]
    shot(window, "08_editor_issued")


if __name__ == "__main__":
    sys.exit(drive(sys.argv[1]))

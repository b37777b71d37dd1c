"""Every screen of the shell on a demo data dir, in Spanish and English, under Xvfb: each navigation
page, each Settings tab and a client's page are shown and saved to artifacts/screenshots/ for review
(`screens_<lang>_<name>.png`). In English, no Spanish words from a short list may remain visible.

Also usable by hand: `xvfb-run -a python tests/e2e/test_screens.py DATA_DIR LANG`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e import driver

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
TODAY = "2026-11-26"
SETTINGS_TABS = ("business", "pdf_template", "mail", "reminders", "mail_templates", "backups",
                 "verifactu", "app")  # fmt: skip
# Words that must not survive in English screens (labels/buttons of the pages reviewed here).
SPANISH_TELLS = ("Facturas más", "Cobros pendientes", "Buscar", "Guardar", "Nuevo", "Ajustes", "Presupuesto",
                 "Recordatorios", "Copias de", "Valoraciones", "Historial", "Días medios")  # fmt: skip


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_screen_under_xvfb(tmp_path: Path, lang: str) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run not installed")
    data_dir = tmp_path / "demo"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FACTURAS_TODAY": TODAY}
    subprocess.run(
        [sys.executable, "-m", "facturas_app", "--data-dir", str(data_dir), "demo", "--invoices", "300"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, str(data_dir), lang],
        cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "SCREENS OK" in result.stdout
    for name in ("dashboard", "outbox", "settings_verifactu", "client_page", "client_dialog"):
        assert (SHOTS / f"screens_{lang}_{name}.png").stat().st_size > 5000


# ----- the driver (runs inside Xvfb) --------------------------------------------------------------
def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    driver.wait_until(condition, timeout)


def settle(runner: Any, ms: int = 400) -> None:
    from PySide6.QtTest import QTest

    runner.wait_for_done()
    QTest.qWait(ms)
    runner.wait_for_done()
    QTest.qWait(100)


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def visible_texts(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabBar

    texts: list[str] = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisible():
            texts.append(child.text())
    texts += [c.placeholderText() for c in widget.findChildren(QLineEdit) if c.isVisible()]
    for bar in widget.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


def spanish_left(widget: Any) -> list[str]:
    return [t for t in visible_texts(widget) if any(tell in t for tell in SPANISH_TELLS)]


def drive(data_dir: str, lang: str) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from facturas_app.bootstrap import build_services
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.navigation import NAV_KEYS
    from ui.workers import TaskRunner

    QCoreApplication.setOrganizationName("FacturasScreens")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, lang)
    from ui.app import install_fallback_translator

    fallback = install_fallback_translator(app, lang)
    import datetime as dt

    services = build_services(Path(data_dir), today=dt.date.fromisoformat(TODAY))
    runner = TaskRunner(parent=app)
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.attach_services(services, runner)
    problems: list[str] = []
    for key in NAV_KEYS:
        view = window.show_view(key)
        settle(runner, 700 if key in ("dashboard", "reports") else 400)
        shot(window, f"screens_{lang}_{key}")
        if lang == "en":
            problems += [f"{key}: {t}" for t in spanish_left(view)]
    settings: Any = window.views["settings"]
    for index, name in enumerate(SETTINGS_TABS):
        settings.tabs.setCurrentIndex(index)
        settle(runner, 250)
        shot(window, f"screens_{lang}_settings_{name}")
        if lang == "en":
            problems += [f"settings/{name}: {t}" for t in spanish_left(settings.tabs.currentWidget())]
    clients: Any = window.show_view("clients")
    settle(runner)
    clients.table.selectRow(0)
    clients._open_page(clients.model.index(0, 0))
    page = clients.page
    settle(runner, 600)
    shot(page, f"screens_{lang}_client_page")
    for index, name in ((1, "timeline"), (2, "feedback")):
        page.tabs.setCurrentIndex(index)
        settle(runner, 250)
        shot(page, f"screens_{lang}_client_page_{name}")
    if lang == "en":
        problems += [f"client page: {t}" for t in spanish_left(page)]
    page.close()
    problems += client_dialog_shot(services, runner, lang)
    print("\n".join(problems))
    print("SCREENS OK" if not problems else f"SPANISH LEFT: {len(problems)}")
    window.close()
    runner.wait_for_done()
    services.close()
    del translators, fallback
    return 0 if not problems else 1


def client_dialog_shot(services: Any, runner: Any, lang: str) -> list[str]:
    """The client dialog with its SEPA and e-invoice boxes (#19, #20), the way a user opens it."""
    from ui.views.client_dialog import ClientDialog

    dialog = ClientDialog(services, runner, services.clients.list()[0])
    dialog.einvoice_box.public.setChecked(True)  # the DIR3 row shown too
    dialog.show()
    settle(runner, 250)
    shot(dialog, f"screens_{lang}_client_dialog")
    problems = [f"client dialog: {t}" for t in spanish_left(dialog)] if lang == "en" else []
    dialog.close()
    return problems


if __name__ == "__main__":
    raise SystemExit(drive(sys.argv[1], sys.argv[2]))

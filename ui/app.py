"""The desktop app: options, QApplication, translators, excepthook and the start-up sequence.

Start-up budget: the window is shown first, then the database is opened on a worker thread; the
landing view (dashboard, or the first-run wizard) loads its figures after that first paint.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facturas_app import APP_ID, APP_NAME
from facturas_app.domain.errors import CorruptDatabase, FacturasError
from ui import i18n

log = logging.getLogger("facturas.ui")
_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """Wall-clock time the process started (Linux /proc), else when this module was imported."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="facturas", description="Facturas")
    parser.add_argument("--data-dir")
    parser.add_argument("--today")
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    parser.add_argument("command", nargs="?", choices=("gui",), default="gui")
    parser.add_argument("--exit-after-load", action="store_true")
    args, _unknown = parser.parse_known_args(list(argv))  # Qt's own options (-style…) pass through
    today = args.today or os.environ.get("FACTURAS_TODAY")
    try:
        args.today = dt.date.fromisoformat(today) if today else None
    except ValueError:
        parser.error(f"--today: {today}")
    args.lang = args.lang or os.environ.get("FACTURAS_LANG")
    return args


def install_excepthook() -> None:
    """Unexpected errors: full details to the log, one friendly sentence on screen."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            QMessageBox.critical(None, APP_NAME, i18n.error_message(exc))

    sys.excepthook = hook


class Startup:
    """Opens the data on a worker, then shows the wizard or the dashboard; reports load time."""

    def __init__(self, app: QApplication, args: argparse.Namespace, started: float) -> None:
        from ui.main_window import MainWindow
        from ui.workers import TaskRunner

        self.app, self.args, self.started = app, args, started
        self.runner = TaskRunner(parent=app)
        self.window = MainWindow()
        self.services: Any = None
        self.exit_code = 0
        self.wizard: Any = None

    def begin(self) -> None:
        self.window.show()
        self.runner.submit(self._open_services, self._services_ready, self._open_failed)

    def _open_services(self) -> tuple[Any, Any]:
        from facturas_app.bootstrap import build_services
        from facturas_app.paths import resolve_data_dir

        services = build_services(resolve_data_dir(self.args.data_dir), today=self.args.today)
        return services, services.business.get()

    def _services_ready(self, result: tuple[Any, Any]) -> None:
        self.services, business = result
        if business is None:
            self._show_wizard()
        else:
            self._show_main()

    def _show_main(self) -> None:
        self.window.attach_services(self.services, self.runner)
        if self.args.exit_after_load:
            self.window.views["dashboard"].data_shown.connect(self._loaded)  # type: ignore[attr-defined]

    def _show_wizard(self) -> None:
        from ui.views.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.services, self.runner, self.window)
        self.wizard.accepted.connect(self._show_main)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.open()
        if self.args.exit_after_load:
            QTimer.singleShot(0, self._loaded)

    def _open_failed(self, exc: BaseException) -> None:
        self.exit_code = 1
        message = i18n.error_message(exc)
        log.error("could not open the data: %r", exc)
        if isinstance(exc, CorruptDatabase | FacturasError) and self.args.exit_after_load:
            sys.stderr.write(f"facturas: {message}\n")
        elif not self.args.exit_after_load:
            title = QCoreApplication.translate("Startup", "No se pueden abrir los datos")
            QMessageBox.critical(self.window, title, message)
        else:
            sys.stderr.write(f"facturas: {message}\n")
        self.app.exit(1)

    def _loaded(self) -> None:
        sys.stdout.write(json.dumps({"startup_s": round(time.time() - self.started, 3)}) + "\n")
        sys.stdout.flush()
        if self.wizard is not None:
            self.wizard.rejected.disconnect()
        self.app.exit(0)


def run_gui(argv: Sequence[str]) -> int:
    started = process_start_time()
    args = parse_options(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("facturas.es")
    QCoreApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "facturas"])
    from ui.theme import app_icon

    app.setWindowIcon(app_icon())
    translators = i18n.install_translators(app, i18n.choose_language(args.lang))
    install_excepthook()
    startup = Startup(app, args, started)  # type: ignore[arg-type]
    startup.begin()
    code = app.exec()
    if startup.services is not None:
        startup.services.close()
    del translators
    return code or startup.exit_code

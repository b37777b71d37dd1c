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

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from facturas_app import APP_ID, APP_NAME
from facturas_app.domain.errors import CorruptDatabase
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
    parser.add_argument("--database")  # office mode (#22): postgresql://user@server/name
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
    args.database = args.database or os.environ.get("FACTURAS_DATABASE_URL") or None
    return args


def install_excepthook() -> None:
    """Unexpected errors: full details to the log, one friendly sentence on screen."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            QMessageBox.critical(None, APP_NAME, i18n.error_message(exc))

    sys.excepthook = hook


class EmptyContextFallback(QTranslator):
    """A safety net for strings lupdate filed under the empty context: a `tr()` reached through a
    local helper (`def tr(text): return QCoreApplication.translate("Ctx", text)`) is extracted
    without its context, so the lookup with the real context misses. Asked first; answers only
    when the empty context has the string (else Qt asks the other translators)."""

    def __init__(self, lang: str, parent: QCoreApplication) -> None:
        super().__init__(parent)
        from facturas_app.paths import resource_path

        self.inner = QTranslator(self)
        self.inner.load(f"facturas_{lang}", str(resource_path("translations")))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null QString) lets Qt ask the next translator; "" would blank the text."""
        if not context or self.inner.isEmpty():
            return None
        return self.inner.translate("", source, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def install_fallback_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    if lang == "es":
        return None  # the source language: nothing to translate
    fallback = EmptyContextFallback(lang, app)
    app.installTranslator(fallback)
    return fallback


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
        self.jobs: Any = None
        self.restore_offer: Any = None

    def begin(self) -> None:
        self.window.show()
        if self.args.database:  # the fast path reads the folder's SQLite file: not in office mode
            self.runner.submit(self._open_services, self._services_ready, self._open_failed)
            return
        self.runner.submit(self._read_landing, self._landing_ready, self._landing_failed)

    def _today(self) -> dt.date:
        return self.args.today or dt.date.today()

    def _read_landing(self) -> tuple[Any, bool]:
        """Fast path: the dashboard's first figures with sqlite3 alone (no SQLAlchemy, no services);
        without them, whether the database is about to be upgraded (the window says so meanwhile)."""
        from facturas_app.landing import read_landing, upgrade_pending
        from facturas_app.paths import resolve_data_dir

        data_dir = resolve_data_dir(self.args.data_dir)
        figures = read_landing(data_dir, self._today())
        return figures, figures is None and upgrade_pending(data_dir)

    def _landing_ready(self, result: tuple[Any, bool]) -> None:
        figures, upgrading = result
        if upgrading:
            self.window.show_upgrading()
        if figures is not None and figures.has_business:
            preview = self.window.show_landing(figures, self._today())
            if self.args.exit_after_load:
                preview.data_shown.connect(self._loaded)
                return  # the landing view has painted its data: nothing else is waited on
        self.runner.submit(self._open_services, self._services_ready, self._open_failed)

    def _landing_failed(self, exc: BaseException) -> None:
        log.warning("start-up fast path unavailable: %r", exc)  # the normal path explains problems
        self.runner.submit(self._open_services, self._services_ready, self._open_failed)

    def _open_services(self) -> tuple[Any, Any]:
        from facturas_app.bootstrap import build_services
        from facturas_app.paths import resolve_data_dir

        services = build_services(
            resolve_data_dir(self.args.data_dir), today=self.args.today, database_url=self.args.database
        )
        return services, services.business.get()

    def _services_ready(self, result: tuple[Any, Any]) -> None:
        self.services, business = result
        if business is None:
            self._show_wizard()
        else:
            self._show_main()

    def _show_main(self) -> None:
        self.window.attach_services(self.services, self.runner)
        dashboard = self.window.views["dashboard"]
        if self.args.exit_after_load:
            dashboard.data_shown.connect(self._loaded)  # type: ignore[attr-defined]
            return  # no start-up jobs, no dialogs: CLI.md
        dashboard.data_shown.connect(self._start_jobs)  # type: ignore[attr-defined]

    def _start_jobs(self) -> None:
        """After the landing view painted its data; once per process."""
        if self.jobs is not None or self.args.exit_after_load:
            return
        from ui.memory import freeze_startup_objects
        from ui.startup_jobs import StartupJobs

        freeze_startup_objects()
        status = self.window.statusBar()
        self.jobs = StartupJobs(
            self.services, self.runner, self.window, status=lambda text: status.showMessage(text, 15000)
        )
        self.jobs.data_changed.connect(self.window.refresh_lists)
        self.jobs.corrupt_found.connect(self._corrupt_while_running)
        self.jobs.start()
        self._start_verifactu_sender()

    def _start_verifactu_sender(self) -> None:
        from ui.verifactu_sender import VerifactuBackgroundSender, report_changed_something

        sender = VerifactuBackgroundSender(self.services, self.runner, self.window)
        window = self.window
        sender.sent.connect(lambda r: window.refresh_lists() if report_changed_something(r) else None)
        self.window.verifactu_sender = sender  # type: ignore[attr-defined]
        sender.start()

    def _corrupt_while_running(self, exc: BaseException) -> None:
        def close_store() -> None:
            self.services.store.close()

        self._offer_restore(exc, close_store, lambda ok: self.window.reload_all() if ok else None)

    def _offer_restore(self, exc: BaseException, before: Any, after: Any) -> None:
        from facturas_app.bootstrap import build_backup_service
        from facturas_app.paths import resolve_data_dir
        from ui.startup_jobs import RestoreOffer

        backup = build_backup_service(resolve_data_dir(self.args.data_dir), today=self.args.today)
        self.restore_offer = RestoreOffer(backup, self.runner, self.window, i18n.error_message(exc), before)
        self.restore_offer.done.connect(after)
        self.restore_offer.start()

    def _show_wizard(self) -> None:
        from ui.views.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.services, self.runner, self.window)
        self.wizard.accepted.connect(self._show_main)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.open()
        if self.args.exit_after_load:
            QTimer.singleShot(0, self._loaded)

    def _open_failed(self, exc: BaseException) -> None:
        message = i18n.error_message(exc)
        log.error("could not open the data: %r", exc)
        if self.args.exit_after_load:
            sys.stderr.write(f"facturas: {message}\n")
            self.exit_code = 1
            self.app.exit(1)
        elif isinstance(exc, CorruptDatabase):
            self._offer_restore(exc, lambda: None, self._restored_at_open)
        else:
            title = QCoreApplication.translate("Startup", "No se pueden abrir los datos")
            QMessageBox.critical(self.window, title, message)
            self.exit_code = 1
            self.app.exit(1)

    def _restored_at_open(self, restored: bool) -> None:
        if restored:
            self.runner.submit(self._open_services, self._services_ready, self._open_failed)
        else:
            self.exit_code = 1
            self.app.exit(1)

    def _loaded(self) -> None:
        sys.stdout.write(json.dumps({"startup_s": round(time.time() - self.started, 3)}) + "\n")
        sys.stdout.flush()
        if self.wizard is not None:
            self.wizard.rejected.disconnect()
        self.app.exit(0)


def first_instance(args: argparse.Namespace, window_holder: list[Any]) -> bool:
    """One window per data folder: a second start asks the first to come to the front."""
    from facturas_app.paths import resolve_data_dir
    from ui.single_instance import acquire_single_instance, bring_to_front

    def activate() -> None:
        if window_holder:
            bring_to_front(window_holder[0])()

    return acquire_single_instance(f"{APP_ID}|{resolve_data_dir(args.data_dir).resolve()}", activate)


def run_gui(argv: Sequence[str]) -> int:
    started = process_start_time()
    args = parse_options(argv)
    # Workers run Python too (row mapping): with the default 5 ms GIL switch interval every slot the
    # view calls while painting can wait that long; 0.5 ms halves the worst stall while scrolling
    # 100k invoices (benchmarks/list_scroll.py --switch: worst gap 202 → 96 ms).
    sys.setswitchinterval(0.0005)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("facturas.es")
    QCoreApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "facturas"])
    from ui.theme import app_icon

    app.setWindowIcon(app_icon())
    lang = i18n.choose_language(args.lang)
    translators = i18n.install_translators(app, lang)
    fallback = install_fallback_translator(app, lang)
    install_excepthook()
    window_holder: list[Any] = []
    if not args.exit_after_load and not first_instance(args, window_holder):
        log.info("another Facturas window has this data folder: it was brought to the front")
        return 0
    startup = Startup(app, args, started)  # type: ignore[arg-type]
    window_holder.append(startup.window)
    startup.begin()
    code = app.exec()
    if startup.services is not None:
        startup.services.close()
    del translators, fallback
    return code or startup.exit_code

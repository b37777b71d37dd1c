"""Start-up jobs, run after the first paint (never with --exit-after-load) and then every hour.

In order, one at a time on the TaskRunner: the full integrity check of the database, the daily
backup, the outbox (when mail is configured), recurring invoices, payment reminders and feedback
requests. A failing job is reported in the status bar and the log, and the next one still runs;
a damaged database stops the chain and offers the latest good backup instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.messages import text_for
from ui.i18n import current_language, error_message
from ui.widgets.money import format_date

log = logging.getLogger("facturas.ui.jobs")
HOUR_MS = 60 * 60 * 1000
MAIL_JOBS = ("outbox", "reminders", "feedback")


@dataclass(frozen=True)
class MailState:
    configured: bool
    needs_password: bool
    account: str = ""


def mail_state(services: Any) -> MailState:
    config = services.mail_config
    settings = config.settings()
    if settings is None:
        return MailState(False, False)
    return MailState(True, config.needs_password(), str(getattr(settings, "user", "") or ""))


def _changed_something(result: Any) -> bool:
    issued = getattr(result, "issued", None)  # recurring RunReport
    if issued is not None:
        return bool(issued)
    return bool(result) if isinstance(result, list) else False


class StartupJobs(QObject):
    """`outcomes` maps each job to done / skipped / failed for the last run (tests read it)."""

    finished = Signal(object)  # the outcomes dict
    data_changed = Signal()  # a job issued, sent or restored something: the lists refresh
    corrupt_found = Signal(object)  # the CorruptDatabase error

    def __init__(
        self,
        services: Any,
        runner: Any,
        window: QWidget,
        interval_ms: int = HOUR_MS,
        status: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.services, self.runner, self.window = services, runner, window
        self.status = status or (lambda text: None)
        self.outcomes: dict[str, str] = {}
        self.mail_ready = False
        self.password_asked = False
        self.running = False
        self._queue: list[tuple[str, Callable[[], None]]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.run(with_integrity=False))

    # ----- the chain ------------------------------------------------------------------------------
    def start(self) -> None:
        """First run (with the integrity check and the data-folder warning), then every hour."""
        self.warn_data_folder()
        self.run(with_integrity=True)
        self.timer.start()

    def run(self, with_integrity: bool = False) -> None:
        if self.running:
            return
        self.running = True
        self.outcomes = {}
        s = self.services
        steps: list[tuple[str, Callable[[], None]]] = []
        if with_integrity and callable(getattr(s.store, "verify_integrity", None)):
            steps.append(("integrity", lambda: self._job("integrity", s.store.verify_integrity)))
        steps += [
            ("backup", lambda: self._job("backup", s.backup.daily_backup_if_due)),
            ("mail", self._check_mail),
            ("outbox", lambda: self._job("outbox", s.outbox.deliver_due)),
            ("recurring", lambda: self._job("recurring", lambda: s.recurring.run(s.clock.today()))),
            ("reminders", lambda: self._job("reminders", lambda: s.reminders.run(s.clock.today()))),
            ("feedback", lambda: self._job("feedback", s.feedback.send_due_requests)),
        ]
        self._queue = steps
        self._next()

    def _next(self) -> None:
        while self._queue:
            name, step = self._queue.pop(0)
            if name in MAIL_JOBS and not self.mail_ready:
                self.outcomes[name] = "skipped"
                continue
            step()
            return
        self.running = False
        self.finished.emit(dict(self.outcomes))

    def _job(self, name: str, work: Callable[[], Any]) -> None:
        def done(result: Any) -> None:
            self.outcomes[name] = "done"
            if _changed_something(result):
                self.data_changed.emit()
            self._next()

        def failed(exc: BaseException) -> None:
            self.outcomes[name] = "failed"
            if isinstance(exc, CorruptDatabase):
                self._queue.clear()
                self.running = False
                self.finished.emit(dict(self.outcomes))
                self.corrupt_found.emit(exc)
                return
            log.warning("start-up job %s failed: %r", name, exc, exc_info=(type(exc), exc, exc.__traceback__))
            text = QCoreApplication.translate("StartupJobs", "No se pudo completar «%1»: %2")
            self.status(text.replace("%1", job_title(name)).replace("%2", error_message(exc)))
            self._next()

        self.runner.submit(work, done, failed)

    # ----- mail: configured? password for this session? --------------------------------------------
    def _check_mail(self) -> None:
        self.runner.submit(lambda: mail_state(self.services), self._mail_checked, self._mail_failed)

    def _mail_checked(self, state: MailState) -> None:
        self.mail_ready = state.configured
        if state.configured and state.needs_password:
            self.mail_ready = self._ask_password(state.account)
        self.outcomes["mail"] = "done" if self.mail_ready else "skipped"
        self._next()

    def _mail_failed(self, exc: BaseException) -> None:
        log.warning("mail settings unreadable: %r", exc)
        self.mail_ready = False
        self.outcomes["mail"] = "failed"
        self._next()

    def _ask_password(self, account: str) -> bool:
        """Once per session: a cancelled prompt means no sending until the next start."""
        if self.password_asked:
            return False
        self.password_asked = True
        password, accepted = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("StartupJobs", "Contraseña del correo"),
            QCoreApplication.translate(
                "StartupJobs",
                "Para enviar la bandeja de salida y los recordatorios, escriba la contraseña SMTP de %1 "
                "(solo se recordará hasta cerrar la aplicación):",
            ).replace("%1", account),
            QLineEdit.EchoMode.Password,
        )
        if not (accepted and password):
            self.status(
                QCoreApplication.translate(
                    "StartupJobs", "Sin contraseña del correo: los envíos esperan al próximo inicio."
                )
            )
            return False
        self.services.mail_config.remember_for_session(password)
        return True

    # ----- data folder ----------------------------------------------------------------------------------
    def warn_data_folder(self) -> None:
        self.runner.submit(self.services.backup.data_folder_warning, self._show_folder_warning,
                           lambda exc: log.warning("data folder check failed: %r", exc))  # fmt: skip

    def _show_folder_warning(self, reason: str) -> None:
        if not reason:
            return
        text = text_for("data_dir_on_network_drive", current_language(), reason=reason)
        title = QCoreApplication.translate("StartupJobs", "Carpeta de datos")
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Warning, title, text[:1].upper() + text[1:], ok, self.window)
        box.open()  # not modal for the jobs: they go on meanwhile
        self.folder_warning = box


def job_title(name: str) -> str:
    return {
        "integrity": QCoreApplication.translate("StartupJobs", "comprobación de la base de datos"),
        "backup": QCoreApplication.translate("StartupJobs", "copia de seguridad diaria"),
        "outbox": QCoreApplication.translate("StartupJobs", "envío de la bandeja de salida"),
        "recurring": QCoreApplication.translate("StartupJobs", "facturas recurrentes"),
        "reminders": QCoreApplication.translate("StartupJobs", "recordatorios de pago"),
        "feedback": QCoreApplication.translate("StartupJobs", "solicitudes de opinión"),
    }.get(name, name)


# ----- a damaged database: offer the latest good backup ----------------------------------------------
class RestoreOffer(QObject):
    """Finds the newest good backup, asks the user, restores it. `done(bool restored)`."""

    done = Signal(bool)

    def __init__(self, backup: Any, runner: Any, parent: QWidget | None, message: str,
                 before_restore: Callable[[], None] = lambda: None) -> None:  # fmt: skip
        super().__init__(parent)
        self.backup, self.runner, self.parent_widget = backup, runner, parent
        self.message, self.before_restore = message, before_restore

    def start(self) -> None:
        self.runner.submit(self.backup.latest_good_backup, self._found, lambda exc: self._found(None))

    def _found(self, info: Any) -> None:
        title = QCoreApplication.translate("StartupJobs", "Base de datos dañada")
        if info is None:
            QMessageBox.critical(
                self.parent_widget,
                title,
                self.message
                + "\n\n"
                + QCoreApplication.translate("StartupJobs", "No hay ninguna copia de seguridad válida."),
            )
            self.done.emit(False)
            return
        question = QCoreApplication.translate(
            "StartupJobs",
            "¿Restaurar la copia de seguridad del %1 (%2 facturas emitidas)? Los cambios posteriores "
            "a esa copia se perderán; los datos dañados se guardan aparte.",
        )
        count = "?" if info.issued_count is None else str(info.issued_count)
        question = question.replace("%1", format_date(info.created_at.date())).replace("%2", count)
        answer = QMessageBox.question(self.parent_widget, title, self.message + "\n\n" + question)
        if answer != QMessageBox.StandardButton.Yes:
            self.done.emit(False)
            return
        path = info.path

        def work() -> Any:
            self.before_restore()
            return self.backup.restore(path, force=True, current_readable=False)

        self.runner.submit(work, lambda _r: self.done.emit(True), self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.error("restore failed: %r", exc)
        QMessageBox.critical(
            self.parent_widget,
            QCoreApplication.translate("StartupJobs", "Base de datos dañada"),
            error_message(exc),
        )
        self.done.emit(False)

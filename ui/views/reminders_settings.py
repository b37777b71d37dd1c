"""Settings › Recordatorios: the reminder schedule (days around the due date, on/off per stage,
demand letter on the later stages), a preview of each stage's email, and receipts on/off.

Plug into the Settings view as one more page: `RemindersSettingsPanel(services, runner)`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facturas_app.services.reminders import LATER_STAGES, MAX_DAYS, MIN_DAYS, ReminderSettings, Stage
from ui.views import show_error


def stage_titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Reminders", text)

    return {
        "before_due": tr("Antes del vencimiento"),
        "due": tr("El día del vencimiento"),
        "overdue_7": tr("Primer aviso"),
        "overdue_15": tr("Segundo aviso"),
        "overdue_30": tr("Último aviso"),
    }


class RemindersSettingsPanel(QWidget):
    saved = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.enabled = QCheckBox(self.tr("Enviar recordatorios de pago automáticamente"))
        self.receipts = QCheckBox(self.tr("Enviar un recibo al cliente al registrar un cobro"))
        self.rows: dict[str, tuple[QCheckBox, QSpinBox, QCheckBox]] = {}
        grid = QGridLayout()
        for column, title in enumerate(
            (
                self.tr("Etapa"),
                self.tr("Días respecto al vencimiento"),
                self.tr("Adjuntar requerimiento de pago"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, (name, title) in enumerate(stage_titles().items(), start=1):
            on, days, letter = QCheckBox(title), QSpinBox(), QCheckBox()
            days.setRange(MIN_DAYS, MAX_DAYS)
            letter.setEnabled(name in LATER_STAGES)
            self.rows[name] = (on, days, letter)
            for column, widget in enumerate((on, days, letter)):
                grid.addWidget(widget, row, column)
        self.preview_stage = QComboBox()
        for name, title in stage_titles().items():
            self.preview_stage.addItem(title, name)
        self.preview_stage.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.preview = QTextBrowser()
        self.save_button = QPushButton(self.tr("Guardar"))
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Recordatorios y recibos</h3>")))
        layout.addWidget(self.enabled)
        layout.addLayout(grid)
        layout.addWidget(self.receipts)
        layout.addWidget(QLabel(self.tr("Vista previa del correo de cada etapa:")))
        layout.addWidget(self.preview_stage)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        self.load()

    def load(self) -> None:
        def read() -> tuple[ReminderSettings, bool]:
            return self.services.reminders.settings(), self.services.receipts.enabled()

        self.runner.submit(read, self._show, lambda exc: show_error(self, exc))

    def _show(self, loaded: tuple[ReminderSettings, bool]) -> None:
        settings, receipts = loaded
        self.enabled.setChecked(settings.enabled)
        self.receipts.setChecked(receipts)
        for stage in settings.stages:
            on, days, letter = self.rows[stage.name]
            on.setChecked(stage.enabled)
            days.setValue(stage.days)
            letter.setChecked(stage.demand_letter)
        self.show_preview()

    def current_settings(self) -> ReminderSettings:
        stages = tuple(
            Stage(name, days.value(), on.isChecked(), letter.isChecked())
            for name, (on, days, letter) in self.rows.items()
        )
        return ReminderSettings(self.enabled.isChecked(), stages)

    def show_preview(self) -> None:
        key = f"reminder_{self.preview_stage.currentData()}"
        self.runner.submit(
            lambda: self.services.outbox.templates.render_preview(key, "es"),
            self._preview,
            lambda exc: show_error(self, exc),
        )

    def _preview(self, rendered: Any) -> None:
        self.preview.setPlainText(f"{rendered.subject}\n\n{rendered.body}")

    def save(self) -> None:
        settings, receipts = self.current_settings(), self.receipts.isChecked()

        def write() -> None:
            self.services.reminders.save_settings(settings)
            self.services.receipts.set_enabled(receipts)

        self.runner.submit(write, lambda _r: self._saved(), self._failed)

    def _saved(self) -> None:
        self.error.clear()
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        from ui.i18n import error_message

        self.error.setText(error_message(exc))

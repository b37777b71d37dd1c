"""Backups in the GUI: "Hacer copia ahora", the list of copies, and "Restaurar…" with a confirmation
that lists the issued invoice numbers a restore would lose. All file work runs on the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.storage.api import BackupInfo
from ui.views import show_error

MAX_LISTED_NUMBERS = 30


class BackupPanel(QWidget):
    """Needs `services.backup` (BackupService) and `services.store`; emits `restored` afterwards so
    the shell reloads every view (the database under them has changed)."""

    backup_created = Signal(object)  # BackupInfo
    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.backups: list[BackupInfo] = []
        # Shows the confirmation and says whether the user accepted; tests replace it.
        self.confirm: Callable[[QMessageBox], bool] = self._run_box
        self.choose_file: Callable[[], str] = self._file_dialog
        # Asked before anything else; False keeps everything as it is. The shell sets it to the
        # editor's unsaved-changes question (Guardar / Descartar / Cancelar).
        self.may_restore: Callable[[], bool] = lambda: True
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.folder = QLabel(self.tr("Carpeta: %1").replace("%1", str(services.backup.backup_dir)))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Tipo"), self.tr("Tamaño")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.backup_button = QPushButton(self.tr("Hacer copia ahora"))
        self.restore_button = QPushButton(self.tr("Restaurar…"))
        self.restore_file_button = QPushButton(self.tr("Restaurar desde archivo…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_buttons()
        self.refresh()

    # ----- list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.runner.submit(self.services.backup.list_backups, self._show_list, self._failed)

    def _show_list(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, info in enumerate(self.backups):
            when = info.created_at.astimezone()  # names are UTC; people read local time
            cells = (
                locale.toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat),
                self._kind_name(info.kind),
                locale.formattedDataSize(info.size),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _kind_name(self, kind: str) -> str:
        names = {
            "daily": self.tr("Diaria"),
            "manual": self.tr("Manual"),
            "pre-migration": self.tr("Antes de actualizar"),
            "before-restore": self.tr("Antes de restaurar"),
        }
        return names.get(kind, kind)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # ----- backup -----------------------------------------------------------------------------
    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Haciendo copia…"))
        self.runner.submit(self.services.backup.backup_now, self._backup_done, self._failed)

    def _backup_done(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("Copia creada: %1").replace("%1", str(info.path)))
        self.backup_created.emit(info)
        self.refresh()

    # ----- restore ----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.start_restore(info.path)

    def restore_from_file(self) -> None:
        name = self.choose_file()
        if name:
            self.start_restore(Path(name))

    def _file_dialog(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restaurar copia de seguridad"),
            str(self.services.backup.backup_dir),
            self.tr("Copias de Facturas (*.sqlite3);;Todos (*)"),
        )
        return name

    def start_restore(self, path: Path) -> None:
        """Check the file and find what would be lost (background), then ask, then restore. A
        restore that would remove billing records is refused here already, before any question.
        Unsaved edits in the editor are asked about first: Cancelar leaves everything as it was."""
        if not self.may_restore():
            self.status.setText(self.tr("Restauración cancelada."))
            return
        self.runner.submit(
            lambda: self.services.backup.check_restore(path),
            lambda lost: self._ask_and_restore(path, lost),
            self._failed,
        )

    def confirmation_box(self, path: Path, lost: list[str]) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Restaurar copia de seguridad"))
        text = self.tr(
            "Se sustituirán los datos actuales por la copia %1. Antes se guarda una copia "
            "de los datos actuales."
        ).replace("%1", path.name)
        if lost:
            shown = ", ".join(lost[:MAX_LISTED_NUMBERS])
            if len(lost) > MAX_LISTED_NUMBERS:
                shown += self.tr(" y %1 más").replace("%1", str(len(lost) - MAX_LISTED_NUMBERS))
            box.setIcon(QMessageBox.Icon.Warning)
            text += "\n\n" + self.tr(
                "La copia no contiene %1 factura(s) emitidas después; se perderán:\n%2"
            ).replace("%1", str(len(lost))).replace("%2", shown)
            box.setDetailedText("\n".join(lost))
            accept = box.addButton(
                self.tr("Restaurar y perder %1 factura(s)").replace("%1", str(len(lost))),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        else:
            box.setIcon(QMessageBox.Icon.Question)
            accept = box.addButton(self.tr("Restaurar"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter never destroys data
        box.setEscapeButton(cancel)
        box.setText(text)
        box.accept_button = accept  # type: ignore[attr-defined]
        return box

    @staticmethod
    def _run_box(box: QMessageBox) -> bool:
        box.exec()
        return box.clickedButton() is box.accept_button  # type: ignore[attr-defined]

    def _ask_and_restore(self, path: Path, lost: list[str]) -> None:
        if not self.confirm(self.confirmation_box(path, lost)):
            self.status.setText(self.tr("Restauración cancelada."))
            return
        self.setEnabled(False)
        self.status.setText(self.tr("Restaurando…"))

        def work() -> Any:
            self.services.store.close()  # connections are per transaction: none stays open
            return self.services.backup.restore(path, force=True)

        self.runner.submit(work, self._restored, self._failed)

    def _restored(self, result: Any) -> None:
        self.setEnabled(True)
        self.status.setText(
            self.tr("Restaurada. Copia de los datos anteriores: %1").replace("%1", str(result.safety_copy))
        )
        self.restored.emit(result)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.backup_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)

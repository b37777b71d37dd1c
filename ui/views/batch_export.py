"""Export every invoice as a PDF into a folder, with progress and cancel.

`DocumentService.write_all` runs on the TaskRunner. Its progress callback is called on that worker
thread, so it only emits a signal of `_ProgressRelay`, a QObject living on the GUI thread: Qt
queues the call over to the GUI thread, where the QProgressDialog is updated. Cancel sets a
threading.Event that write_all polls between files (the file being written is finished first).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui.i18n import error_message


class _ProgressRelay(QObject):
    advanced = Signal(int, int)  # (done, total)


class BatchExportDialog(QProgressDialog):
    finished_export = Signal(object)  # list[Path] written (also after a cancel)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.folder: Path | None = None
        self.written: list[Path] | None = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)  # created here: it lives on the GUI thread
        self._relay.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Exportar facturas en PDF"))
        self.setLabelText(self.tr("Preparando…"))
        self.setCancelButtonText(self.tr("Cancelar"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setRange(0, 0)  # busy until the first file tells the total
        self.canceled.connect(self._cancel.set)
        self.reset()  # QProgressDialog shows itself after minimumDuration otherwise

    def run(self, folder: Path | None = None) -> bool:
        """Ask for a folder unless given, then export into it. False when the user backs out."""
        folder = folder or self.ask_folder()
        if folder is None:
            return False
        self.folder = folder
        self._cancel.clear()
        self.setRange(0, 0)
        self.setValue(0)
        self.setLabelText(self.tr("Exportando a %1…").replace("%1", str(folder)))
        self.show()
        relay, cancel = self._relay, self._cancel
        self.runner.submit(
            self._job(folder, relay.advanced.emit, cancel.is_set),
            self._finished,
            self._failed,
        )
        return True

    def _job(self, folder: Path, progress: Any, cancel: Any) -> Any:
        """What runs on the worker (the e-invoice export swaps in its own, ui/views/einvoice_batch.py)."""
        documents = self.services.documents
        return lambda: documents.write_all(folder, progress=progress, cancel=cancel)

    def ask_folder(self) -> Path | None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(self.parentWidget(), self.tr("Carpeta para los PDF"), start)
        return Path(chosen) if chosen else None

    def cancel(self) -> None:
        """Also when called directly (the button's `canceled` signal sets the event too)."""
        self._cancel.set()
        super().cancel()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _advanced(self, done: int, total: int) -> None:
        if self.maximum() != total:
            self.setRange(0, total)
        self.setValue(done)
        self.setLabelText(self.tr("Exportando %1 de %2…").replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, written: list[Path]) -> None:
        self.written = written
        self.hide()
        self.inform(self._outcome_text().replace("%1", str(len(written))).replace("%2", str(self.folder)))
        self.finished_export.emit(written)

    def _outcome_text(self) -> str:
        if self._cancel.is_set():
            return self.tr("Exportación cancelada: se han guardado %1 PDF en %2.")
        return self.tr("Se han guardado %1 PDF en %2.")

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.hide()
        self.inform(self.tr("No se pudo completar la exportación: %1").replace("%1", error_message(exc)))

    def inform(self, text: str) -> None:
        """The outcome, in words (tests read `self.outcome`)."""
        self.outcome = text
        QMessageBox.information(self.parentWidget(), self.windowTitle(), text)

"""Every issued invoice as an e-invoice (UBL 2.1 or signed Facturae) into a folder, with the PDF
export's progress and cancel (ui/views/batch_export.py) — issue #20."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.views.batch_export import BatchExportDialog


class EInvoiceBatchDialog(BatchExportDialog):
    def __init__(self, services: Any, runner: Any, fmt: str, parent: QWidget | None = None) -> None:
        super().__init__(services, runner, parent)
        self.format = fmt
        if fmt == "facturae":
            self.setWindowTitle(self.tr("Exportar facturas emitidas en Facturae firmada"))
        else:
            self.setWindowTitle(self.tr("Exportar facturas emitidas en UBL 2.1"))

    def _job(self, folder: Path, progress: Any, cancel: Any) -> Any:
        einvoices, fmt = self.services.einvoices, self.format
        return lambda: einvoices.write_all(fmt, folder, progress=progress, cancel=cancel)

    def ask_folder(self) -> Path | None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(
            self.parentWidget(), self.tr("Carpeta para las facturas electrónicas"), start
        )
        return Path(chosen) if chosen else None

    def _outcome_text(self) -> str:
        if self._cancel.is_set():
            return self.tr("Exportación cancelada: se han guardado %1 facturas electrónicas en %2.")
        return self.tr("Se han guardado %1 facturas electrónicas en %2.")

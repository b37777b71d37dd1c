"""Eliminar / Archivar / Desarchivar for the selected client or product, and «Mostrar archivados»
(issue #18). Deleting is offered only for what nothing refers to (the service says, in the
background, as the selection moves); the rest is archived: hidden from lists and pickers, never
from the invoices that name it. Every action asks first, naming the item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QPushButton, QTableView, QWidget

from ui.views import show_error


class ArchiveActions(QWidget):
    """The buttons and the toggle for one table. Subclasses give the words and the service calls."""

    def __init__(
        self,
        services: Any,
        runner: Any,
        table: QTableView,
        item_at: Callable[[int], Any],
        reload: Callable[[], None],
    ) -> None:
        super().__init__()
        self.services, self.runner, self.table, self.item_at = services, runner, table, item_at
        self.reload = reload  # the view's list, after a delete or an (un)archive
        self.deletable_id: str | None = None  # the selected item, once the service said it may go
        # The base class's words under an explicit context: the one self.tr takes in a base class
        # depends on the PySide version (the subclass's name, or a walk of the MRO).
        self.delete_button = QPushButton(QCoreApplication.translate("ArchiveActions", "Eliminar…"))
        self.archive_button = QPushButton(QCoreApplication.translate("ArchiveActions", "Archivar"))
        self.unarchive_button = QPushButton(QCoreApplication.translate("ArchiveActions", "Desarchivar"))
        self.show_archived = QCheckBox(QCoreApplication.translate("ArchiveActions", "Mostrar archivados"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.archive_button.clicked.connect(lambda: self.set_selected_archived(True))
        self.unarchive_button.clicked.connect(lambda: self.set_selected_archived(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.delete_button, self.archive_button, self.unarchive_button, self.show_archived):
            layout.addWidget(widget)
        table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        table.model().modelReset.connect(self.update_buttons)
        table.model().rowsInserted.connect(lambda *_a: self.update_buttons())
        self.update_buttons()

    # ----- what a subclass says and does ----------------------------------------------------------
    def is_archived(self, item: Any) -> bool:
        raise NotImplementedError

    def delete_question(self, name: str) -> str:
        raise NotImplementedError

    def archive_question(self, name: str) -> str:
        raise NotImplementedError

    def can_delete(self, item_id: str) -> bool:
        raise NotImplementedError

    def delete(self, item_id: str) -> None:
        raise NotImplementedError

    def set_archived(self, item_id: str, archived: bool) -> Any:
        raise NotImplementedError

    # ----- shared -------------------------------------------------------------------------------
    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.item_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        item = self.selected()
        self.archive_button.setEnabled(item is not None and not self.is_archived(item))
        self.unarchive_button.setEnabled(item is not None and self.is_archived(item))
        self.deletable_id = None
        self.delete_button.setEnabled(False)
        if item is not None:
            item_id = item.id
            self.runner.submit(
                lambda: self.can_delete(item_id), lambda ok: self._deletable(item_id, ok), lambda _e: None
            )

    def _deletable(self, item_id: str, allowed: bool) -> None:
        item = self.selected()
        if allowed and item is not None and item.id == item_id:  # still the one asked about
            self.deletable_id = item_id
            self.delete_button.setEnabled(True)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None or item.id != self.deletable_id:
            return
        if self.confirm(
            QCoreApplication.translate("ArchiveActions", "Eliminar"), self.delete_question(item.name)
        ):
            item_id = item.id
            self.runner.submit(lambda: self.delete(item_id), lambda _r: self.reload(), self._failed)

    def set_selected_archived(self, archived: bool) -> None:
        item = self.selected()
        if item is None or self.is_archived(item) == archived:
            return
        if archived and not self.confirm(
            QCoreApplication.translate("ArchiveActions", "Archivar"), self.archive_question(item.name)
        ):
            return
        item_id = item.id
        self.runner.submit(
            lambda: self.set_archived(item_id, archived), lambda _r: self.reload(), self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)


class ClientArchiveActions(ArchiveActions):
    def is_archived(self, item: Any) -> bool:
        return bool(item.archived)

    def delete_question(self, name: str) -> str:
        return self.tr("¿Eliminar el cliente «%1»? No se puede deshacer.").replace("%1", name)

    def archive_question(self, name: str) -> str:
        text = self.tr(
            "¿Archivar el cliente «%1»? Se oculta de listas y selectores; sus facturas no cambian."
        )
        return text.replace("%1", name)

    def can_delete(self, item_id: str) -> bool:
        return bool(self.services.clients.deletable(item_id))

    def delete(self, item_id: str) -> None:
        self.services.clients.delete(item_id)

    def set_archived(self, item_id: str, archived: bool) -> Any:
        return self.services.clients.set_archived(item_id, archived)


class ProductArchiveActions(ArchiveActions):
    def is_archived(self, item: Any) -> bool:
        return not item.active

    def delete_question(self, name: str) -> str:
        return self.tr("¿Eliminar el producto «%1»? No se puede deshacer.").replace("%1", name)

    def archive_question(self, name: str) -> str:
        text = self.tr("¿Archivar el producto «%1»? Se oculta del catálogo; los documentos no cambian.")
        return text.replace("%1", name)

    def can_delete(self, item_id: str) -> bool:
        return bool(self.services.products.deletable(item_id))

    def delete(self, item_id: str) -> None:
        self.services.products.delete(item_id)

    def set_archived(self, item_id: str, archived: bool) -> Any:
        return self.services.products.set_archived(item_id, archived)

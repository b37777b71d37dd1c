"""One search box for everything (#18, Ctrl+K from any view): clients, invoices, quotes and
products as typed, case and accents ignored (services/search.py, in SQL). Every keystroke asks
the services off the GUI thread; an answer to an older text is dropped. Enter or a double click
opens the hit: the main window knows where each kind lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.views import show_error
from ui.widgets.money import format_date, format_money

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class GlobalSearchDialog(QDialog):
    chosen = Signal(str, str)  # kind, id

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self._asked = 0  # the keystroke an answer belongs to
        self.setWindowTitle(self.tr("Buscar en todo"))
        self.resize(640, 460)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Cliente, número de factura, presupuesto, producto…"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.empty = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        self.box.textChanged.connect(self.search)
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())

    def group_titles(self) -> dict[str, str]:
        return {
            "client": self.tr("Clientes"),
            "invoice": self.tr("Facturas"),
            "quote": self.tr("Presupuestos"),
            "product": self.tr("Productos"),
        }

    def search(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        self.runner.submit(
            lambda: self.services.search.everything(text),
            lambda hits: self._show(asked, hits),
            lambda exc: show_error(self, exc),
        )

    def _show(self, asked: int, hits: list[Any]) -> None:
        if asked != self._asked:
            return  # typed on meanwhile: a newer answer is on its way
        self.results.clear()
        kind = None
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                self._add_title(self.group_titles()[kind])
            self._add_hit(hit)
        self._select_first()
        typed = bool(self.box.text().strip())
        self.empty.setText(self.tr("Nada coincide con «%1».").replace("%1", self.box.text()) if typed else "")
        self.empty.setVisible(typed and not hits)

    def _add_title(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by the keys
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.results.addItem(item)

    def _add_hit(self, hit: Any) -> None:
        extras = [hit.detail] if hit.detail else []
        if hit.on is not None:
            extras.append(format_date(hit.on))
        if hit.amount is not None:
            extras.append(format_money(hit.amount))
        title = hit.title or self.tr("(borrador)")
        item = QListWidgetItem(f"{title}  ·  {'  ·  '.join(extras)}" if extras else title)
        item.setData(HIT_ROLE, (hit.kind, hit.id))
        self.results.addItem(item)

    def _select_first(self) -> None:
        for row in range(self.results.count()):
            if self.results.item(row).data(HIT_ROLE):
                self.results.setCurrentRow(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move through the hits while the cursor stays in the box."""
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if watched is self.box and isinstance(event, QKeyEvent) and event.key() in arrows:
            if event.type() == QEvent.Type.KeyPress:
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        row = self.results.currentRow() + step
        while 0 <= row < self.results.count() and not self.results.item(row).data(HIT_ROLE):
            row += step
        if 0 <= row < self.results.count():
            self.results.setCurrentRow(row)

    def open_current(self) -> None:
        item = self.results.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        if hit:
            self.chosen.emit(*hit)
            self.accept()


def open_hit(window: Any, kind: str, hit_id: str) -> None:
    """Where a hit lives: a document in the editor, a client's page, a product's dialog."""
    services, runner = window.services, window.runner
    if kind in ("invoice", "quote"):
        window.open_invoice(hit_id)
    elif kind == "client":
        from ui.views.clients import ClientPage

        page = ClientPage(services, runner, services.clients.get(hit_id), window)
        page.open_invoice_requested.connect(window.open_invoice)
        page.open()
        window.search_page = page  # kept alive while open (and reachable for tests)
    elif kind == "product":
        from ui.views.products import ProductDialog

        dialog = ProductDialog(
            services, runner, services.products.get(hit_id), window, services.business.get()
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.refresh_lists()

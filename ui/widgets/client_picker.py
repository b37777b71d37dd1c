"""Pick a client by typing part of the name or NIF; the search runs in the background.

The suggestions follow every keystroke: each one searches (an answer to an older text is dropped)
and the popup opens as the answer arrives. They are shown exactly as the search found them
(folded: "sanchez" finds "Sánchez"); Qt's own filter would hide those, it does not fold accents.
The last entry, "+ Nuevo cliente…", asks for a new client with the typed text as its name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from facturas_app.domain.parties import Client

SEARCH_LIMIT = 50
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_CLIENT_ROLE = Qt.ItemDataRole.UserRole + 2


def client_label(client: Client) -> str:
    return f"{client.name} — {client.tax_id}" if client.tax_id else client.name


class ClientPicker(QComboBox):
    """Editable combo + completer over `services.clients.list(text, limit=50)` (via the runner)."""

    client_chosen = Signal(object)  # Client
    new_client_requested = Signal(str)  # the text typed so far, as the new client's name

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self._client: Client | None = None
        self._generation = 0  # drops answers to searches the user has already typed past
        self._typed_generation = -1  # the search the user's typing started (its answer opens the popup)
        self._last_query = ""
        self._asking = False  # between a "+ Nuevo cliente…" choice and Qt's second report of it
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(self.tr("Buscar cliente por nombre o NIF…"))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        completer.activated.connect(self._choose_text)
        self.lineEdit().editingFinished.connect(self._settle_text)
        self.activated.connect(self._choose_row)

    def current_client(self) -> Client | None:
        return self._client

    def search(self, text: str) -> None:
        """Ask the services for up to 50 matching clients, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        query = self._query_for(text)
        self._last_query = query
        self.runner.submit(
            lambda: self.services.clients.list(query, limit=SEARCH_LIMIT),
            lambda found: self._show_results(generation, found),
            lambda _exc: None,
        )

    def _typed(self, text: str) -> None:
        self.search(text)
        self._typed_generation = self._generation

    def _query_for(self, text: str) -> str:
        # After a choice the line shows "Name — NIF": search by the name part.
        return text.split(" — ")[0].strip()

    def _show_results(self, generation: int, clients: list[Client]) -> None:
        if generation != self._generation:
            return
        typed, cursor = self.lineEdit().text(), self.lineEdit().cursorPosition()
        self.blockSignals(True)
        self._model.clear()
        for client in clients:
            item = QStandardItem(client_label(client))
            item.setData(client, CLIENT_ROLE)
            self._model.appendRow(item)
        self._model.appendRow(self._new_client_item())
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self.lineEdit().setText(typed)
        self.lineEdit().setCursorPosition(cursor)
        if generation == self._typed_generation and typed.strip():
            self.completer().complete()  # open (or refresh) the popup now, not on the next key

    def _new_client_item(self) -> QStandardItem:
        item = QStandardItem(self.tr("+ Nuevo cliente…"))
        item.setData(True, NEW_CLIENT_ROLE)
        return item

    def _choose_row(self, row: int) -> None:
        if self.itemData(row, NEW_CLIENT_ROLE):
            self._ask_for_new_client()
            return
        client = self.itemData(row, CLIENT_ROLE)
        if isinstance(client, Client):
            self.set_client(client)

    def _choose_text(self, text: str) -> None:
        """A suggestion taken from the popup (the completer reports its text)."""
        for row in range(self._model.rowCount()):
            if self._model.item(row).text() == text:
                self._choose_row(row)
                return

    def _ask_for_new_client(self) -> None:
        """Ask once per answer (Qt reports one choice in the popup twice: as the completer's and as
        the combo's), and take the entry's label out of the box once Qt has written it there."""
        if self._asking:
            return
        self._asking = True
        QTimer.singleShot(0, self._asked)
        self._show_chosen()
        self.new_client_requested.emit(self._last_query)

    def _asked(self) -> None:
        self._asking = False
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self.lineEdit().setText(client_label(self._client) if self._client else "")

    def _settle_text(self) -> None:
        """Leaving the box never leaves text that is not the chosen client: take an exact match or go back."""
        text = self.lineEdit().text().strip()
        if self._client is not None and text == client_label(self._client):
            return
        for row in range(self._model.rowCount()):
            client = self.itemData(row, CLIENT_ROLE)
            if isinstance(client, Client) and text.casefold() in (
                client.name.casefold(),
                client_label(client).casefold(),
            ):
                self.set_client(client)
                return
        self.lineEdit().setText(client_label(self._client) if self._client else "")

    def choose(self, client: Client) -> None:
        """Select a client as if the user had picked it (emits `client_chosen`)."""
        self.set_client(client)

    def set_client(self, client: Client | None, notify: bool = True) -> None:
        self._client = client
        self.lineEdit().setText(client_label(client) if client else "")
        if client is not None and notify:
            self.client_chosen.emit(client)

    def load_client(self, client_id: str) -> None:
        """Show a stored invoice's client without treating it as a new choice (no due-date change)."""
        self.runner.submit(
            lambda: self.services.clients.get(client_id),
            lambda client: self.set_client(client, notify=False),
            lambda _exc: None,
        )

"""Client feedback: the average rating per client and per month, and the comments.

Also a small form to record a rating (the client page can embed FeedbackView with set_client)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_message
from ui.views.sales_models import RowsModel
from ui.widgets.money import format_date


class FeedbackView(QWidget):
    recorded = Signal(str)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.client_id: str | None = None
        self.overall = QLabel(self)
        self.clients_model = RowsModel([self.tr("Cliente"), self.tr("Valoraciones"), self.tr("Media")], self)
        self.months_model = RowsModel([self.tr("Mes"), self.tr("Valoraciones"), self.tr("Media")], self)
        self.comments_model = RowsModel(
            [
                self.tr("Fecha"),
                self.tr("Cliente"),
                self.tr("Factura"),
                self.tr("Valoración"),
                self.tr("Comentario"),
            ],
            self,
        )
        for model in (self.clients_model, self.months_model):
            model.alignments[1] = model.alignments[2] = Qt.AlignmentFlag.AlignRight
        tables = [self._table(m) for m in (self.clients_model, self.months_model, self.comments_model)]
        self.clients_table, self.months_table, self.comments_table = tables
        self.rating = QComboBox(self)
        for value in range(5, 0, -1):
            self.rating.addItem("★" * value, value)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("Comentario (opcional)"))
        self.record_button = QPushButton(self.tr("Registrar opinión"), self)
        self.record_button.clicked.connect(self.record)
        self.status = QLabel(self)
        form = QHBoxLayout()
        for widget in (self.rating, self.comment, self.record_button):
            form.addWidget(widget)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Por cliente")), 0, 0)
        grid.addWidget(QLabel(self.tr("Por mes")), 0, 1)
        grid.addWidget(self.clients_table, 1, 0)
        grid.addWidget(self.months_table, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overall)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Comentarios")))
        layout.addWidget(self.comments_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.set_client(None)

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def set_client(self, client_id: str | None) -> None:
        """With a client, the form records for that client and comments are theirs; None: everyone."""
        self.client_id = client_id
        self.record_button.setEnabled(client_id is not None)
        self.refresh()

    def refresh(self) -> None:
        service, client_id = self.services.feedback, self.client_id

        def fetch() -> tuple[Any, list[Any], list[Any], list[Any]]:
            return (
                service.overall(),
                service.averages_by_client(),
                service.averages_by_month(),
                service.list(client_id),
            )

        self.runner.submit(fetch, self._show, self._failed)

    def _show(self, found: tuple[Any, list[Any], list[Any], list[Any]]) -> None:
        overall, clients, months, comments = found
        self.overall.setText(
            self.tr("Media general: %1 (%2 valoraciones)")
            .replace("%1", _number(overall.average))
            .replace("%2", str(overall.count))
            if overall
            else self.tr("Todavía no hay valoraciones")
        )
        self.clients_model.set_rows(
            [(a.label, str(a.count), _number(a.average)) for a in clients], [a.key for a in clients]
        )
        self.months_model.set_rows(
            [(a.label, str(a.count), _number(a.average)) for a in months], [a.key for a in months]
        )
        newest = list(reversed(comments))
        self.comments_model.set_rows(
            [
                (format_date(f.given_on), f.client_name, f.invoice_number or "", "★" * f.rating, f.comment)
                for f in newest
            ],
            [f.id for f in newest],
        )

    def record(self) -> None:
        if self.client_id is None:
            return
        client_id, rating, comment = self.client_id, self.rating.currentData(), self.comment.text()
        self.runner.submit(
            lambda: self.services.feedback.add(client_id, rating, comment), self._recorded, self._failed
        )

    def _recorded(self, item: Any) -> None:
        self.comment.clear()
        self.status.clear()
        self.recorded.emit(item.id)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))


def _number(value: Any) -> str:
    from babel.numbers import format_decimal

    from ui.i18n import babel_locale

    return str(format_decimal(value, format="0.0", locale=babel_locale()))

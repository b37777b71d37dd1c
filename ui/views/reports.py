"""Informes: the sales book, Modelo 303/130 figures with their boxes, the 347/349 lists, exports and
the one-click quarter pack for the gestor. Every service call goes through the TaskRunner.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facturas_app.services.report_files import (
    BOOK_COLUMNS,
    COLUMNS_347,
    COLUMNS_349,
    book_rows,
    rows_347,
    rows_349,
)
from ui.views import configure_table, show_error
from ui.views.report_sides import TaxSidesPage
from ui.views.report_tables import SIZING_ROWS, FormPage, RowsModel, fit_columns


@dataclass(frozen=True)
class ReportData:
    book: Any  # services.reports.SalesBook
    summary: Any  # VatSummary, or None for a whole year
    clients_347: list[Any]
    ops_349: list[Any]


class ReportsView(QWidget):
    """Period pickers, the figures on screen, exports and the quarter pack."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.data: ReportData | None = None
        today = services.clock.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 9999)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("Año completo"), None)
        for q in range(1, 5):
            self.quarter.addItem(self.tr("{n}.º trimestre").format(n=q), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3 + 1)
        self.refresh_button = QPushButton(self.tr("Actualizar"))
        self.csv_button = QPushButton(self.tr("Exportar libro (CSV)…"))
        self.xlsx_button = QPushButton(self.tr("Exportar libro (Excel)…"))
        self.received_button = QPushButton(self.tr("Libro de facturas recibidas…"))
        self.received_button.setToolTip(
            self.tr("El libro registro de facturas recibidas del periodo, en CSV o Excel")
        )
        self.pack_button = QPushButton(self.tr("Paquete trimestral para la gestoría…"))
        self.status = QLabel()
        self.book_model = RowsModel(BOOK_COLUMNS, self)
        self.book_view = QTableView()
        self.book_view.setModel(self.book_model)
        configure_table(self.book_view, stretch_column=len(BOOK_COLUMNS) - 1)
        self.book_view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.book_view.setSortingEnabled(False)  # the book's order is the legal order (date, number)
        self.sides = TaxSidesPage()  # both sides of the quarter (#21): devengado, deducible, 303, 130
        self.vat_table = self.sides.sales
        self.page_347 = FormPage(COLUMNS_347, stretch=COLUMNS_347.index("Nombre"))
        self.page_349 = FormPage(COLUMNS_349, stretch=COLUMNS_349.index("Nombre"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.book_view, self.tr("Libro de facturas expedidas"))
        self.tabs.addTab(self.sides, self.tr("IVA (303) e IRPF (130)"))
        self.tabs.addTab(self.page_347, self.tr("Modelo 347"))
        self.tabs.addTab(self.page_349, self.tr("Modelo 349"))
        self._layout()
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self._ask_export(".csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export(".xlsx"))
        self.received_button.clicked.connect(self._ask_received)
        self.pack_button.clicked.connect(self._ask_pack)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.quarter.currentIndexChanged.connect(lambda _i: self.refresh())

    def _layout(self) -> None:
        pickers = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Año")),
            self.year,
            QLabel(self.tr("Periodo")),
            self.quarter,
            self.refresh_button,
        ):
            pickers.addWidget(widget)
        pickers.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.csv_button, self.xlsx_button, self.received_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pack_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # ----- loading ------------------------------------------------------------------------------
    def period(self) -> tuple[int, int | None]:
        return self.year.value(), self.quarter.currentData()

    def refresh(self) -> None:
        year, quarter = self.period()
        reports = self.services.reports
        self.status.setText(self.tr("Calculando…"))
        self._set_busy(True)

        def load() -> ReportData:
            summary = reports.vat_summary(f"{year}Q{quarter}") if quarter else None
            return ReportData(
                reports.sales_book(year, quarter), summary, reports.clients_347(year), reports.ops_349(year)
            )

        self.runner.submit(load, self._show, self._failed)

    def _show(self, data: ReportData) -> None:
        self.data = data
        self._set_busy(False)
        self.book_model.set_rows(book_rows(data.book))
        fit_columns(self.book_view, capped=BOOK_COLUMNS.index("Cliente"))
        self.sides.show_summary(data.summary)
        self.page_347.show_rows(rows_347(data.clients_347))
        self.page_349.show_rows(rows_349(data.ops_349))
        self.status.setText(
            self.tr("{n} facturas en el libro del periodo {p}").format(
                n=data.book.invoice_count, p=data.book.period.label
            )
        )
        self.pack_button.setEnabled(data.summary is not None)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText("")
        show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.refresh_button,
            self.csv_button,
            self.xlsx_button,
            self.received_button,
            self.pack_button,
        ):
            widget.setEnabled(not busy)

    # ----- exports ------------------------------------------------------------------------------
    def _default_name(self, suffix: str, book: str = "expedidas") -> str:
        year, quarter = self.period()
        label = f"{year}T{quarter}" if quarter else str(year)
        return f"libro_facturas_{book}_{label}{suffix}"

    def _ask_export(self, suffix: str) -> None:
        filters = self.tr("CSV (*.csv)") if suffix == ".csv" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportar libro"), self._default_name(suffix), filters
        )
        if path:
            self.export_book(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export_book(self, path: Path) -> None:
        """Write the book of the chosen period to `path` (.csv or .xlsx) in the background."""
        from facturas_app.services.report_files import write_book

        year, quarter = self.period()
        reports = self.services.reports
        self._set_busy(True)  # one export at a time; an Excel book of a busy quarter takes seconds
        self.status.setText(self.tr("Exportando el libro a {name}…").format(name=path.name))
        self.runner.submit(
            lambda: write_book(reports.sales_book(year, quarter), path), self._exported, self._failed
        )

    def _ask_received(self) -> None:
        csv_filter, xlsx_filter = self.tr("CSV (*.csv)"), self.tr("Excel (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Libro de facturas recibidas"),
            self._default_name(".csv", "recibidas"),
            f"{csv_filter};;{xlsx_filter}",
        )
        if path:
            suffix = ".xlsx" if chosen == xlsx_filter else ".csv"
            self.export_received_book(
                Path(path if path.lower().endswith((".csv", ".xlsx")) else path + suffix)
            )

    def export_received_book(self, path: Path) -> None:
        """The libro registro de facturas recibidas of the chosen period to `path` (.csv or .xlsx),
        written by the reports service's received_book on the worker (#21)."""
        from facturas_app.services.report_received_book import write_received_book

        year, quarter = self.period()
        reports = self.services.reports
        self._set_busy(True)
        self.status.setText(
            self.tr("Exportando el libro de facturas recibidas a {name}…").format(name=path.name)
        )
        self.runner.submit(
            lambda: write_received_book(reports.received_book(year, quarter), path),
            self._exported,
            self._failed,
        )

    def _ask_pack(self) -> None:
        year, quarter = self.period()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para el paquete de la gestoría"))
        if folder and quarter:
            self.make_pack(Path(folder) / f"gestoria_{year}T{quarter}.zip")

    def make_pack(self, target: Path) -> None:
        """Book (CSV + Excel) and the 303/130/347/349 summaries of the quarter, as one .zip or folder."""
        year, quarter = self.period()
        if quarter is None:
            return
        reports = self.services.reports
        self._set_busy(True)
        self.status.setText(self.tr("Preparando el paquete de la gestoría…"))

        def pack() -> Path:
            reports.quarter_pack(year, quarter, target)
            return target

        self.runner.submit(pack, self._exported, self._failed)

    def _exported(self, path: Any) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Guardado en {path}").format(path=str(path)))
        self.exported.emit(str(path))

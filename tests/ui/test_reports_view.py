"""ReportsView over real services (temp SQLite file) with the synchronous runner."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facturas_app.bootstrap import Services
from facturas_app.services.report_files import BOOK_COLUMNS, COLUMNS_347, COLUMNS_349, SUMMARY_COLUMNS
from tests.services.report_helpers import ZERO, D, expected_total, issue, line, make_services
from tests.ui.english_walk import remove_translators
from tests.ui.helpers import runner, ui_settings  # noqa: F401  (fixtures)
from ui.views.reports import ReportsView
from ui.widgets.money import format_money


@pytest.fixture
def services(tmp_path: Path, ui_settings: None) -> Iterator[Services]:  # noqa: F811
    s = make_services(tmp_path / "data", today=dt.date(2026, 6, 30))
    yield s
    s.close()


@pytest.fixture
def view(qtbot: Any, services: Services, runner: Any) -> ReportsView:  # noqa: F811
    widget = ReportsView(services, runner)
    qtbot.addWidget(widget)
    return widget


def _texts(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_view_shows_book_303_and_347_for_the_quarter(view: ReportsView, services: Services) -> None:
    q1 = [
        issue(services, "sol", dt.date(2026, 3, 31), [line("2000"), line("100", vat="10")], irpf="15"),
        issue(services, "luna", dt.date(2026, 3, 31), [line("50")]),
    ]
    issue(services, "sol", dt.date(2026, 4, 1), [line("900")])
    view.year.setValue(2026)
    view.quarter.setCurrentIndex(1)  # 1.º trimestre
    view.refresh()
    model = view.book_model
    assert [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(model.columnCount())] == list(
        BOOK_COLUMNS
    )
    assert model.rowCount() == 3  # two groups of the first invoice + one of the second
    assert model.data(model.index(0, BOOK_COLUMNS.index("Número"))) == q1[0].number
    assert model.data(model.index(0, 0)) == "31/03/2026"
    boxes = dict(zip(_texts(view.vat_table, 1), _texts(view.vat_table, 3), strict=True))
    assert "07" in boxes and "2050" in boxes["07"].replace(".", "").replace("\u00a0", "")
    assert "130" not in _texts(view.vat_table, 0)  # the Modelo 130 has its own table (#21)
    assert view.sides.figures()["130-01"] == format_money(D("2150.00"))  # income year to date
    assert [view.vat_table.horizontalHeaderItem(c).text() for c in range(4)] == list(SUMMARY_COLUMNS)
    model_347 = view.page_347.model
    names_347 = [model_347.data(model_347.index(r, 1)) for r in range(model_347.rowCount())]
    assert names_347 == ["Inmobiliaria Sol S.A."]  # 2420 + 110 + 1089 > 3005.06; luna is below
    assert view.status.text().startswith("2 facturas")
    assert expected_total([(1, q) for q in q1], "base") == sum(
        (row[BOOK_COLUMNS.index("Base imponible")] for row in model.rows), ZERO
    )


def test_export_buttons_and_quarter_pack(
    view: ReportsView, services: Services, tmp_path: Path, qtbot: Any
) -> None:
    issue(services, "sol", dt.date(2026, 2, 2), [line("123.45")])
    view.quarter.setCurrentIndex(1)
    view.refresh()
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.export_book(tmp_path / "libro.csv")
    rows = list(
        csv.reader((tmp_path / "libro.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[0] == list(BOOK_COLUMNS) and rows[1][BOOK_COLUMNS.index("Base imponible")] == "123,45"
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.make_pack(tmp_path / "gestoria.zip")
    with zipfile.ZipFile(tmp_path / "gestoria.zip") as z:
        assert "resumen_303_130_2026T1.csv" in z.namelist()
    assert view.pack_button.isEnabled()


def test_whole_year_disables_the_pack(view: ReportsView, services: Services) -> None:
    issue(services, "sol", dt.date(2026, 5, 5), [line("10")])
    view.quarter.setCurrentIndex(0)
    view.refresh()
    assert view.book_model.rowCount() == 1
    assert not view.pack_button.isEnabled()


def test_book_model_fetches_in_batches(qtmodeltester: Any, view: ReportsView) -> None:
    row = ("x",) * len(BOOK_COLUMNS)
    view.book_model.set_rows([row] * 1200)
    assert view.book_model.rowCount() == 500 and view.book_model.canFetchMore(view.book_model.index(-1, -1))
    view.book_model.fetchMore(view.book_model.index(-1, -1))
    assert view.book_model.rowCount() == 1000
    qtmodeltester.check(view.book_model)


def test_an_empty_form_says_so(view: ReportsView, services: Services) -> None:
    issue(services, "sol", dt.date(2026, 2, 2), [line("10")])  # Spanish client: nothing for the 349
    view.quarter.setCurrentIndex(1)
    view.refresh()
    assert view.page_349.model.rowCount() == 0 and view.page_349.currentWidget() is view.page_349.empty
    assert view.page_349.empty.text() == "Nada que declarar en este periodo."
    assert view.page_347.currentWidget() is view.page_347.empty  # 10 € is far below 3,005.06 €


def test_english_ui_shows_english_labels_and_the_files_stay_spanish(
    view: ReportsView, services: Services, qapp: Any, tmp_path: Path, qtbot: Any
) -> None:
    from ui import i18n

    issue(services, "sol", dt.date(2026, 2, 2), [line("100"), line("10", vat="10")])
    translators = i18n.install_translators(qapp, "en")
    try:
        view.quarter.setCurrentIndex(1)
        view.refresh()
        model = view.book_model
        headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(model.columnCount())]
        assert headers[:3] == ["Issue date", "Number", "Invoice type"] and "Taxable base" in headers
        assert model.data(model.index(0, BOOK_COLUMNS.index("Estado"))) == "issued"
        concepts = dict(zip(_texts(view.vat_table, 1), _texts(view.vat_table, 2), strict=True))
        assert concepts["07"] == "Base 21 %" and concepts["09"] == "VAT 21 %"
        assert concepts["05"] == "Rate 10 %"
        assert concepts["27"] == "Total VAT accrued"
        with qtbot.waitSignal(view.exported, timeout=5000):
            view.export_book(tmp_path / "book.csv")
        header = (tmp_path / "book.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split(";") == list(BOOK_COLUMNS)  # the gestor's file keeps the AEAT's names
    finally:  # back to Spanish without installing more translators (Qt's own Spanish would leak)
        remove_translators(qapp, translators)


def test_report_labels_cover_every_concept_the_services_write() -> None:
    """Each label the report services can write is listed for translation (none slips through)."""
    from facturas_app.services.reports import BOX_LABELS, BOX_LABELS_130
    from ui.views.report_labels import LABELS, report_label

    written = [*BOOK_COLUMNS, *SUMMARY_COLUMNS, *COLUMNS_347, *COLUMNS_349, "emitida", "anulada"]
    written += [*BOX_LABELS.values(), *BOX_LABELS_130.values()]
    written += ["No sujeta (N1/N2)", "IRPF retenido en el periodo", "Facturas del periodo"]
    patterned = [w for w in written if w not in LABELS]
    assert all(w.split()[0] in ("Base", "Tipo", "Cuota") and w.endswith("%") for w in patterned), patterned
    assert report_label("Base RE 0,5 %") == "Base RE 0,5 %"  # Spanish UI: the text as written
    assert report_label("Exenta E5") == "Exenta E5"


def test_an_export_in_progress_says_so_and_allows_no_second_one(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    class Deferred:
        def __init__(self) -> None:
            self.jobs: list[Any] = []

        def submit(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
            self.jobs.append((fn, on_done))

    deferred = Deferred()
    view = ReportsView(services, deferred)
    qtbot.addWidget(view)
    for fn, done in deferred.jobs:  # the first load
        done(fn())
    deferred.jobs.clear()
    view.export_book(tmp_path / "libro.xlsx")
    assert not view.xlsx_button.isEnabled() and not view.csv_button.isEnabled()
    assert view.status.text() == "Exportando el libro a libro.xlsx…"
    ((fn, done),) = deferred.jobs
    done(fn())
    assert view.xlsx_button.isEnabled() and view.status.text().startswith("Guardado en")

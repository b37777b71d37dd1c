"""ReportService over a temp SQLite file: figures recomputed from the domain engine and compared."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.invoice import Invoice
from facturas_app.services.report_files import BOOK_COLUMNS, write_book
from facturas_app.services.reports import parse_period
from tests.services.report_helpers import (
    ZERO,
    D,
    expected_groups,
    expected_total,
    issue,
    line,
    make_services,
    rectify,
)

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

Q1_END, Q2_START = dt.date(2026, 3, 31), dt.date(2026, 4, 1)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = make_services(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def ledger(services: Services) -> dict[str, Invoice]:
    """Q1 and Q2 invoices around the 31 March / 1 April boundary, a cancelled one, two corrections."""
    inv: dict[str, Invoice] = {}
    inv["i1"] = issue(
        services, "sol", dt.date(2026, 1, 15), [line("100", qty="3"), line("50", vat="4")], irpf="15"
    )
    inv["i2"] = issue(
        services,
        "luna",
        dt.date(2026, 2, 20),
        [line("200", vat="10", surcharge="1.4"), line("123.45", surcharge="5.2")],
    )
    inv["i6"] = issue(services, "luna", dt.date(2026, 2, 25), [line("999")])
    services.invoices.cancel(inv["i6"].number or "", "Pedido anulado")
    inv["i3"] = issue(services, "paris", Q1_END, [line("1500", vat="0", exemption="E5")])
    inv["i4"] = issue(
        services, "sol", Q1_END, [line("400", vat="0", exemption="S2"), line("80", vat="0", exemption="E1")]
    )
    inv["i5"] = issue(services, "sol", Q2_START, [line("500")], irpf="15")
    inv["r1"] = rectify(
        services, inv["i1"], dt.date(2026, 4, 15), [line("100", qty="2"), line("50", vat="4")]
    )
    inv["r2"] = rectify(services, inv["i1"], dt.date(2026, 5, 10), [line("100")])
    return {k: services.invoices.get(v.id) for k, v in inv.items()}


def _q1(inv: dict[str, Invoice]) -> list[tuple[int, Invoice]]:
    return [(1, inv[k]) for k in ("i1", "i2", "i3", "i4")]


def _q2(inv: dict[str, Invoice]) -> list[tuple[int, Invoice]]:
    # substitution: each correction counts as itself minus the version it replaces
    return [(1, inv["i5"]), (1, inv["r1"]), (-1, inv["i1"]), (1, inv["r2"]), (-1, inv["r1"])]


def _summary_groups(summary: object) -> dict[tuple[str, D, D], list[D]]:
    result = {("", g.vat_rate, g.surcharge_rate): [g.base, g.vat, g.surcharge] for g in summary.groups}  # type: ignore[attr-defined]
    return result


def _taxable(expected: dict[tuple[str, D, D], list[D]]) -> dict[tuple[str, D, D], list[D]]:
    return {k: v for k, v in expected.items() if k[0] == ""}


def test_vat_summary_q1_matches_the_engine(services: Services, ledger: dict[str, Invoice]) -> None:
    summary = services.reports.vat_summary("2026Q1")
    expected = expected_groups(_q1(ledger))
    assert _summary_groups(summary) == _taxable(expected)
    assert summary.exempt_by_code == {
        "E1": expected[("E1", D(0), D(0))][0],
        "E5": expected[("E5", D(0), D(0))][0],
    }
    assert summary.exempt_base == D("1580.00")
    assert summary.reverse_charge_base == D("400.00") == expected[("S2", D(0), D(0))][0]
    assert summary.intra_eu_base == D("1500.00")
    assert summary.invoice_count == 4  # the cancelled one is not counted
    assert summary.irpf_withheld == expected_total(_q1(ledger), "irpf") == ledger["i1"].totals.irpf
    assert summary.total == expected_total(_q1(ledger), "total")


def test_vat_boxes_of_modelo_303(services: Services, ledger: dict[str, Invoice]) -> None:
    boxes = services.reports.vat_summary("2026Q1").boxes
    i1, i2 = ledger["i1"].totals, ledger["i2"].totals
    g21 = next(g for g in i1.groups if g.vat_rate == 21)
    assert boxes["07"] == g21.base + D("123.45") and boxes["08"] == D(21)
    assert boxes["01"] == D("50.00") and boxes["03"] == D("2.00")
    assert boxes["04"] == D("200.00") and boxes["06"] == D("20.00")
    assert boxes["19"] == D("200.00") and boxes["20"] == D("1.4") and boxes["21"] == D("2.80")
    assert boxes["22"] == D("123.45") and boxes["24"] == D("6.42")
    assert boxes["59"] == D("1500.00") and boxes["122"] == D("400.00")
    assert boxes["27"] == i1.vat + i2.vat + i2.surcharge
    assert "14" not in boxes


def test_rectifying_invoices_count_by_difference_in_their_quarter(
    services: Services, ledger: dict[str, Invoice]
) -> None:
    summary = services.reports.vat_summary("2026Q2")
    expected = expected_groups(_q2(ledger))
    assert _summary_groups(summary) == _taxable(expected)
    # i1 was 300 @21 + 50 @4; after r2 it is 100 @21: Q2 sees i5 (500) and −200 @21, −50 @4
    assert _summary_groups(summary)[("", D(21), D(0))][0] == D("300.00")
    assert _summary_groups(summary)[("", D(4), D(0))] == [D("-50.00"), D("-2.00"), D("0.00")]
    assert summary.invoice_count == 3
    assert summary.irpf_withheld == expected_total(_q2(ledger), "irpf")
    assert summary.boxes["07"] == D("500.00")  # regular invoices by rate ...
    assert summary.boxes["14"] == D("-250.00")  # ... corrections' differences in 14/15
    assert summary.boxes["15"] == D("-44.00")
    assert summary.boxes["27"] == summary.boxes["09"] + summary.boxes["15"]


def test_modelo_130_is_year_to_date(services: Services, ledger: dict[str, Invoice]) -> None:
    q2 = services.reports.vat_summary("2026Q2")
    both = _q1(ledger) + _q2(ledger)
    assert q2.ytd_income == expected_total(both, "base") == q2.boxes_130["01"]
    assert q2.ytd_irpf_withheld == expected_total(both, "irpf") == q2.boxes_130["06"]


def test_quarter_boundary_by_issue_date(services: Services) -> None:
    issue(services, "sol", Q1_END, [line("10")])
    issue(services, "sol", Q2_START, [line("20")])
    assert services.reports.vat_summary("2026Q1").groups[0].base == D("10.00")
    assert services.reports.vat_summary("2026T2").groups[0].base == D("20.00")
    assert services.reports.vat_summary("2026Q3").invoice_count == 0


def test_correction_of_a_cancelled_original_counts_in_full(services: Services) -> None:
    original = issue(services, "sol", dt.date(2026, 1, 10), [line("100")])
    fixed = rectify(services, original, dt.date(2026, 1, 20), [line("80")])
    services.invoices.cancel(original.number or "", "Duplicada")
    summary = services.reports.vat_summary("2026Q1")
    assert summary.groups[0].base == services.invoices.get(fixed.id).totals.base == D("80.00")


@pytest.mark.parametrize("period", ["2026Q5", "2026Q0", "26Q1", "2026", "abc", "2026-Q1"])
def test_bad_periods_are_refused(services: Services, period: str) -> None:
    with pytest.raises(ValidationFailed):
        services.reports.vat_summary(period)


def test_parse_period_bounds() -> None:
    q4 = parse_period("2026Q4")
    assert (q4.start, q4.end) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert parse_period("2024T1").end == dt.date(2024, 3, 31)


# ----- Modelo 347 / 349 -----------------------------------------------------------------------------
def _threshold_clients(services: Services) -> None:
    from facturas_app.domain.parties import Client

    for cid, nif in (("at", "00000000T"), ("below", "00000001R"), ("above", "00000002W")):
        services.clients.add(Client(id=cid, name=f"Cliente {cid}", tax_id=nif, **ADDRESS))
    # base + round(21 %) = total incl. VAT: 2483.52 → 3005.06 exactly; 2483.51 → 3005.05; 2483.53 → 3005.07
    issue(services, "at", dt.date(2026, 2, 1), [line("2000")])
    issue(services, "below", dt.date(2026, 2, 1), [line("2483.51")])
    issue(services, "above", dt.date(2026, 2, 1), [line("1000")])
    issue(services, "at", dt.date(2026, 8, 1), [line("483.52")])
    issue(services, "above", dt.date(2026, 11, 1), [line("1483.53")])


def test_347_threshold_is_strictly_more_than_3005_06(services: Services) -> None:
    _threshold_clients(services)
    listed = {c.client_id: c for c in services.reports.clients_347(2026)}
    assert "at" not in listed and "below" not in listed
    above = listed["above"]
    assert above.total == D("3005.07")
    assert above.quarters == (D("1210.00"), ZERO, ZERO, D("1795.07"))
    assert above.tax_id == "00000002W"


def test_347_counts_corrections_and_skips_cancelled_and_foreign(
    services: Services, ledger: dict[str, Invoice]
) -> None:
    big = issue(services, "luna", dt.date(2026, 6, 1), [line("5000")])
    services.invoices.cancel(big.number or "", "Error")
    issue(services, "paris", dt.date(2026, 6, 2), [line("9000", vat="0", exemption="E5")])
    extra = issue(services, "sol", dt.date(2026, 6, 3), [line("2000")])
    listed = {c.client_id: c for c in services.reports.clients_347(2026)}
    assert "paris" not in listed and "luna" not in listed  # foreign; below the threshold once cancelled
    q1 = [(1, ledger["i1"]), (1, ledger["i4"])]
    q2 = [
        (1, ledger["i5"]),
        (1, ledger["r1"]),
        (-1, ledger["i1"]),
        (1, ledger["r2"]),
        (-1, ledger["r1"]),
        (1, extra),
    ]
    expected = (expected_total(q1, "total"), expected_total(q2, "total"), ZERO, ZERO)
    assert listed["sol"].quarters == expected
    assert listed["sol"].total == sum(expected, ZERO) == D("3626.00")


def test_349_lists_intra_eu_supplies_per_quarter(services: Services, ledger: dict[str, Invoice]) -> None:
    issue(services, "paris", dt.date(2026, 7, 3), [line("250", vat="0", exemption="E5")])
    ops = services.reports.ops_349(2026)
    assert [(o.client_id, o.quarter, o.base, o.tax_id) for o in ops] == [
        ("paris", 1, D("1500.00"), "FR40303265045"),
        ("paris", 3, D("250.00"), "FR40303265045"),
    ]


# ----- the book and its files -----------------------------------------------------------------------
def test_sales_book_rows(services: Services, ledger: dict[str, Invoice]) -> None:
    book = services.reports.sales_book(2026, 1)
    numbers = [line.number for line in book.lines]
    assert book.invoice_count == 5  # the cancelled one is listed, marked
    assert numbers.count(ledger["i1"].number) == 2  # one row per rate group (AEAT layout)
    cancelled = [line for line in book.lines if line.number == ledger["i6"].number]
    assert len(cancelled) == 1 and cancelled[0].status == "anulada" and cancelled[0].base == ZERO
    assert sum((line.base for line in book.lines), ZERO) == expected_total(_q1(ledger), "base")
    assert sum((line.total or ZERO for line in book.lines), ZERO) == expected_total(_q1(ledger), "total")
    q2 = services.reports.sales_book(2026, 2)
    r1_rows = [line for line in q2.lines if line.number == ledger["r1"].number]
    assert {(r.vat_rate, r.base) for r in r1_rows} == {(D(21), D("-100.00")), (D(4), D("0.00"))}
    assert r1_rows[0].rectifies == ledger["i1"].number and r1_rows[0].invoice_type == "R1"
    assert sum((line.base for line in q2.lines), ZERO) == expected_total(_q2(ledger), "base")


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def _num(text: str) -> D:
    return D(text.replace(",", ".")) if text else ZERO


def test_book_csv_reads_back(services: Services, ledger: dict[str, Invoice], tmp_path: Path) -> None:
    book = services.reports.sales_book(2026, 1)
    rows = _read_csv(write_book(book, tmp_path / "libro.csv"))
    assert rows[0] == list(BOOK_COLUMNS)
    assert len(rows) == len(book.lines) + 1
    base_col, total_col = BOOK_COLUMNS.index("Base imponible"), BOOK_COLUMNS.index("Total factura")
    assert "123,45" in [r[base_col] for r in rows[1:]]
    assert sum(_num(r[base_col]) for r in rows[1:]) == expected_total(_q1(ledger), "base")
    assert sum(_num(r[total_col]) for r in rows[1:]) == expected_total(_q1(ledger), "total")


def test_book_xlsx_reads_back(services: Services, ledger: dict[str, Invoice], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book = services.reports.sales_book(2026, 1)
    sheet = load_workbook(write_book(book, tmp_path / "libro.xlsx")).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(BOOK_COLUMNS)
    base_col = BOOK_COLUMNS.index("Base imponible")
    assert sum(D(str(r[base_col])) for r in rows[1:]) == expected_total(_q1(ledger), "base")
    assert sheet.cell(row=2, column=base_col + 1).number_format == "#,##0.00"
    assert isinstance(sheet.cell(row=2, column=1).value, dt.datetime)


def test_quarter_pack_folder_and_zip(services: Services, ledger: dict[str, Invoice], tmp_path: Path) -> None:
    files = services.reports.quarter_pack(2026, 1, tmp_path / "pack")
    names = sorted(f.name for f in files)
    assert "libro_facturas_expedidas_2026T1.csv" in names and "libro_facturas_expedidas_2026T1.xlsx" in names
    summary_rows = _read_csv(tmp_path / "pack" / "resumen_303_130_2026T1.csv")
    assert ["303", "59", "Entregas intracomunitarias de bienes y servicios", "1500,00"] in summary_rows
    [archive] = services.reports.quarter_pack(2026, 1, tmp_path / "gestor.zip")
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == names


def test_empty_year_gives_empty_reports(services: Services) -> None:
    assert services.reports.sales_book(2025).lines == []
    assert services.reports.clients_347(2025) == []
    empty = services.reports.vat_summary("2025Q1")
    assert empty.groups == [] and empty.irpf_withheld == Decimal("0.00") and empty.boxes["27"] == 0

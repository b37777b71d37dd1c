"""What the gestor asks for every quarter: the sales book, Modelo 303/130 figures, 347 and 349 lists.

Every figure is a sum the store computes in SQL from the amounts the money engine stored when each
invoice was issued (`invoice_taxes`, `invoices` totals): this module only sorts sums into boxes.
Counting rules (issue date, rectifying by difference, cancelled never) live in storage/sqlite/repo_reports.py.

Box numbers (Modelo 303 as approved by Orden EHA/3786/2008, last changed by Orden HAC/819/2024;
Modelo 130 boxes 01 and 06 as on the current form). Sources checked: the AEAT form
(BOE-A-2024-16129 annex, page 3 "Información adicional" 59/60/120/122/123), iberley.es "Autoliquidación
del IVA mediante el modelo 303" (150-152 at 0 %, 01-03 at 4 %, 153-155 at 5 %, 04-06 at 10 %, 07-09 at
21 %), declarando.es (14/15: rectifying invoices issued in the period, with their sign):
- output VAT, general regime, by rate: 0 % → 150/151/152, 4 % → 01/02/03, 5 % → 153/154/155,
  10 % → 04/05/06, 21 % → 07/08/09 (base / rate / cuota). Other rates (2 %, 7.5 %) have boxes we
  have not verified: they are listed under `unmapped`, never guessed.
- recargo de equivalencia: 0.5 % → 16/17/18, 1.4 % → 19/20/21, 5.2 % → 22/23/24, 1.75 % → 156/157/158.
- rectifying invoices' differences: VAT 14 (base) / 15 (cuota); surcharge 25 / 26.
- 27 total cuota devengada = Σ of our cuotas (03+06+09+152+155+15+18+21+24+158+26; 11 and 13 are
  purchases, not ours).
- information boxes: 59 intra-EU supplies (E5), 60 exports and similar (E2, E3, E4), 120 not subject
  by place-of-supply rules (N2), 122 reverse charge (S2). E1/E6 (art. 20 exemptions, others) and N1
  have no 303 box (they go to the annual 390): they are shown under `exempt_by_code`/`not_subject_base`.
- Modelo 130 (IRPF instalment, cumulative from 1 January): 01 ingresos computables = Σ bases year to
  date; 06 retenciones e ingresos a cuenta = Σ IRPF withheld year to date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from facturas_app.domain.errors import single_problem
from facturas_app.domain.identifiers import EU_COUNTRIES  # the 349's member states (one list in the app)
from facturas_app.domain.money import ZERO
from facturas_app.services.irpf_method import stored_method
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy
from facturas_app.services.ports import Clock
from facturas_app.services.report_received_book import ReceivedBook, received_book
from facturas_app.services.reports_purchases import (
    DeductibleVat,
    Modelo130,
    SalesToDate,
    deductible_vat,
    modelo_130,
    quarter_end,
    vat_result,
)
from facturas_app.storage.api import Store
from facturas_app.storage.api_reports import BookLines, ClientQuarterRow, ReportTaxRow

THRESHOLD_347 = Decimal("3005.06")  # "más de 3.005,06 euros" (RD 1065/2007 art. 33): strictly more
VAT_BOXES = {
    Decimal(0): ("150", "151", "152"),
    Decimal(4): ("01", "02", "03"),
    Decimal(5): ("153", "154", "155"),
    Decimal(10): ("04", "05", "06"),
    Decimal(21): ("07", "08", "09"),
}
SURCHARGE_BOXES = {
    Decimal("0.5"): ("16", "17", "18"),
    Decimal("1.4"): ("19", "20", "21"),
    Decimal("5.2"): ("22", "23", "24"),
    Decimal("1.75"): ("156", "157", "158"),
}
EXPORT_CODES = ("E2", "E3", "E4")
BOX_LABELS = {
    "150": "Base 0 %",
    "151": "Tipo 0 %",
    "152": "Cuota 0 %",
    "01": "Base 4 %",
    "02": "Tipo 4 %",
    "03": "Cuota 4 %",
    "153": "Base 5 %",
    "154": "Tipo 5 %",
    "155": "Cuota 5 %",
    "04": "Base 10 %",
    "05": "Tipo 10 %",
    "06": "Cuota 10 %",
    "07": "Base 21 %",
    "08": "Tipo 21 %",
    "09": "Cuota 21 %",
    "14": "Modificación bases (rectificativas)",
    "15": "Modificación cuotas (rectificativas)",
    "16": "Base RE 0,5 %",
    "17": "Tipo RE 0,5 %",
    "18": "Cuota RE 0,5 %",
    "19": "Base RE 1,4 %",
    "20": "Tipo RE 1,4 %",
    "21": "Cuota RE 1,4 %",
    "22": "Base RE 5,2 %",
    "23": "Tipo RE 5,2 %",
    "24": "Cuota RE 5,2 %",
    "156": "Base RE 1,75 %",
    "157": "Tipo RE 1,75 %",
    "158": "Cuota RE 1,75 %",
    "25": "Modificación bases RE",
    "26": "Modificación cuotas RE",
    "27": "Total cuota devengada",
    "59": "Entregas intracomunitarias de bienes y servicios",
    "60": "Exportaciones y operaciones asimiladas",
    "120": "Operaciones no sujetas por reglas de localización",
    "122": "Operaciones con inversión del sujeto pasivo",
}
BOX_LABELS_130 = {
    "01": "Ingresos computables (acumulado del año)",
    "06": "Retenciones e ingresos a cuenta (acumulado)",
}
Quarters = tuple[Decimal, Decimal, Decimal, Decimal]
_PERIOD = re.compile(r"(\d{4})[QqTt]([1-4])")


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None  # None: the whole year
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}" if self.quarter else str(self.year)


def year_period(year: object, quarter: object = None) -> Period:
    """A calendar year or quarter; bad input raises ValidationFailed (CLI exit 2)."""
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 9999:
        raise single_problem("year", "invalid_report_year", value=str(year))
    if quarter is None:
        return Period(year, None, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if not isinstance(quarter, int) or isinstance(quarter, bool) or not 1 <= quarter <= 4:
        raise single_problem("quarter", "invalid_report_quarter", value=str(quarter))
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year, 12, 31) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1) - dt.timedelta(days=1)
    return Period(year, quarter, start, end)


def parse_period(text: str) -> Period:
    """'2026Q1' (or '2026T1', the Spanish form) → the first quarter of 2026."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise single_problem("period", "invalid_report_period", value=text)
    return year_period(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True)
class SalesBook:
    period: Period
    lines: BookLines  # one BookRow per invoice and tax group, made when it is read
    invoice_count: int


@dataclass(frozen=True)
class VatGroup:
    vat_rate: Decimal
    surcharge_rate: Decimal
    base: Decimal
    vat: Decimal
    surcharge: Decimal


@dataclass(frozen=True)
class VatSummary:
    period: Period
    groups: list[VatGroup]
    exempt_base: Decimal
    exempt_by_code: dict[str, Decimal]
    reverse_charge_base: Decimal
    not_subject_base: Decimal
    intra_eu_base: Decimal
    export_base: Decimal
    irpf_withheld: Decimal
    invoice_count: int
    base: Decimal
    total: Decimal
    ytd_income: Decimal
    ytd_irpf_withheld: Decimal
    boxes: dict[str, Decimal]  # Modelo 303 box → amount (rate boxes hold the rate)
    boxes_130: dict[str, Decimal]
    unmapped: list[VatGroup] = field(default_factory=list)
    # the expenses' side (#21, services/reports_purchases.py): VAT deductible, box 46, Modelo 130
    deductible: DeductibleVat | None = None
    result: Decimal | None = None
    irpf: Modelo130 | None = None


@dataclass(frozen=True)
class Client347:
    client_id: str
    tax_id: str
    name: str
    total: Decimal
    quarters: tuple[Decimal, Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class Op349:
    client_id: str
    tax_id: str  # with the country prefix, as the form wants the NIF-IVA
    country: str
    name: str
    quarter: int
    base: Decimal


class ReportService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # ----- libro registro de facturas expedidas -------------------------------------------------
    def sales_book(self, year: int, quarter: int | None = None) -> SalesBook:
        period = year_period(year, quarter)
        with self.store.read() as tx:
            lines = tx.report_book(period.start, period.end)
        return SalesBook(period=period, lines=lines, invoice_count=len(set(lines.column("number"))))

    # ----- Modelo 303 / 130 ---------------------------------------------------------------------
    def vat_summary(self, period_text: str) -> VatSummary:
        period = parse_period(period_text)
        with self.store.read() as tx:
            rows = tx.report_tax_groups(period.start, period.end)
            totals = tx.report_totals(period.start, period.end)
            ytd = tx.report_totals(dt.date(period.year, 1, 1), period.end)
            # VAT is deducted once the invoice is held: in the quarter it was received (art. 97-99
            # Ley 37/1992), never before; the 130 counts costs by their date (irpf_summary)
            expenses = tx.expenses_received_in(period.start, period.end)
        summary = _vat_summary(
            period, rows, totals.invoice_count, totals.base, totals.total, totals.irpf, ytd.base, ytd.irpf
        )
        deductible = deductible_vat(expenses)
        result = vat_result(summary.boxes["27"], deductible)
        return replace(summary, deductible=deductible, result=result, irpf=self.irpf_summary(period_text))

    def irpf_summary(self, period_text: str) -> Modelo130:
        """Modelo 130 year to date: our invoices to each quarter's end and the year's expenses."""
        period = parse_period(period_text)
        year, quarter = period.year, period.quarter or 4
        with self.store.read() as tx:
            totals = [
                tx.report_totals(dt.date(year, 1, 1), quarter_end(year, q)) for q in range(1, quarter + 1)
            ]
            expenses = tx.expenses_in(dt.date(year, 1, 1), period.end)
            method = stored_method(tx)
        sales = [SalesToDate(t.base, t.irpf) for t in totals]
        return modelo_130(year, quarter, sales, expenses, method=method)

    def received_book(self, year: int, quarter: int | None = None) -> ReceivedBook:
        """The libro registro de facturas recibidas of a year or quarter (report_received_book.py)."""
        period = year_period(year, quarter)
        with self.store.read() as tx:
            return received_book(period.label, tx.expenses_received_in(period.start, period.end))

    # ----- Modelo 347 / 349 ---------------------------------------------------------------------
    def clients_347(self, year: int) -> list[Client347]:
        """Spanish clients whose invoices of the year add up to more than 3,005.06 € VAT included."""
        period = year_period(year)
        with self.store.read() as tx:
            rows = tx.report_client_quarters(period.start, period.end)
        result = []
        for (client_id, tax_id, name, country), quarters in _by_client(rows).items():
            total = sum(quarters, ZERO)
            if country in ("", "ES") and total > THRESHOLD_347:
                result.append(Client347(client_id, tax_id, name, total, quarters))
        return result

    def ops_349(self, year: int) -> list[Op349]:
        """Intra-EU supplies (lines exempt under E5) to clients in other member states, per quarter."""
        period = year_period(year)
        with self.store.read() as tx:
            rows = tx.report_exempt_by_client(period.start, period.end, "E5")
        return [
            Op349(r.client_id, _vat_number(r.tax_id, r.country), r.country, r.name, r.quarter, r.amount)
            for r in rows
            if r.country in EU_COUNTRIES and r.country != "ES" and r.amount != 0
        ]

    # ----- the gestor's pack --------------------------------------------------------------------
    def quarter_pack(
        self, year: int, quarter: int, target: Path, policy: OutputPolicy = ALLOW_OVERWRITE
    ) -> list[Path]:
        """Book (CSV + XLSX) and summaries for one quarter, into a folder or a .zip; returns the files."""
        from facturas_app.services.report_pack import write_pack

        period = year_period(year, quarter)
        book = self.sales_book(year, quarter)
        summary = self.vat_summary(period.label)
        received = self.received_book(year, quarter)
        return write_pack(target, book, summary, self.clients_347(year), self.ops_349(year), policy, received)


def _by_client(rows: Iterable[ClientQuarterRow]) -> dict[tuple[str, str, str, str], Quarters]:
    result: dict[tuple[str, str, str, str], list[Decimal]] = {}
    for r in rows:
        quarters = result.setdefault((r.client_id, r.tax_id, r.name, r.country), [ZERO] * 4)
        quarters[r.quarter - 1] += r.amount
    return {key: (value[0], value[1], value[2], value[3]) for key, value in result.items()}


def _vat_number(tax_id: str, country: str) -> str:
    prefix = "EL" if country == "GR" else country
    return tax_id if tax_id[:2].upper() == prefix else f"{prefix}{tax_id}"


def _vat_summary(
    period: Period,
    rows: list[ReportTaxRow],
    count: int,
    base: Decimal,
    total: Decimal,
    irpf: Decimal,
    ytd_base: Decimal,
    ytd_irpf: Decimal,
) -> VatSummary:
    taxable: dict[tuple[Decimal, Decimal], list[Decimal]] = {}
    exempt: dict[str, Decimal] = {}
    special = {"S2": ZERO, "N1": ZERO, "N2": ZERO}
    for r in rows:
        if r.exemption is None:
            sums = taxable.setdefault((r.vat_rate, r.surcharge_rate), [ZERO, ZERO, ZERO])
            sums[0] += r.base
            sums[1] += r.vat
            sums[2] += r.surcharge
        elif r.exemption in special:
            special[r.exemption] += r.base
        else:
            exempt[r.exemption] = exempt.get(r.exemption, ZERO) + r.base
    groups = [
        VatGroup(v, s, *sums)
        for (v, s), sums in sorted(taxable.items(), key=lambda kv: (-kv[0][0], -kv[0][1]))
    ]
    boxes, unmapped = _boxes_303(rows, exempt, special)
    return VatSummary(
        period=period,
        groups=groups,
        exempt_base=sum(exempt.values(), ZERO),
        exempt_by_code=dict(sorted(exempt.items())),
        reverse_charge_base=special["S2"],
        not_subject_base=special["N1"] + special["N2"],
        intra_eu_base=exempt.get("E5", ZERO),
        export_base=sum((exempt.get(c, ZERO) for c in EXPORT_CODES), ZERO),
        irpf_withheld=irpf,
        invoice_count=count,
        base=base,
        total=total,
        ytd_income=ytd_base,
        ytd_irpf_withheld=ytd_irpf,
        boxes=boxes,
        boxes_130={"01": ytd_base, "06": ytd_irpf},
        unmapped=unmapped,
    )


def _add(boxes: dict[str, Decimal], box: str, amount: Decimal) -> None:
    boxes[box] = boxes.get(box, ZERO) + amount


def _boxes_303(
    rows: list[ReportTaxRow], exempt: dict[str, Decimal], special: dict[str, Decimal]
) -> tuple[dict[str, Decimal], list[VatGroup]]:
    boxes: dict[str, Decimal] = {}
    unmapped: list[VatGroup] = []
    for r in rows:
        if r.exemption is not None:
            continue
        if r.rectification:
            _add(boxes, "14", r.base)
            _add(boxes, "15", r.vat)
            if r.surcharge_rate:
                _add(boxes, "25", r.base)
                _add(boxes, "26", r.surcharge)
            continue
        vat_boxes = VAT_BOXES.get(r.vat_rate)
        sur_boxes = SURCHARGE_BOXES.get(r.surcharge_rate) if r.surcharge_rate else ("", "", "")
        if vat_boxes is None or sur_boxes is None:
            unmapped.append(VatGroup(r.vat_rate, r.surcharge_rate, r.base, r.vat, r.surcharge))
            continue
        _add(boxes, vat_boxes[0], r.base)
        boxes[vat_boxes[1]] = r.vat_rate
        _add(boxes, vat_boxes[2], r.vat)
        if r.surcharge_rate:
            _add(boxes, sur_boxes[0], r.base)
            boxes[sur_boxes[1]] = r.surcharge_rate
            _add(boxes, sur_boxes[2], r.surcharge)
    cuota_boxes = [b[2] for b in (*VAT_BOXES.values(), *SURCHARGE_BOXES.values())] + ["15", "26"]
    boxes["27"] = sum((boxes.get(b, ZERO) for b in cuota_boxes), ZERO)
    info = {
        "59": exempt.get("E5", ZERO),
        "60": sum((exempt.get(c, ZERO) for c in EXPORT_CODES), ZERO),
        "120": special["N2"],
        "122": special["S2"],
    }
    boxes.update({k: v for k, v in info.items() if v})
    return boxes, unmapped

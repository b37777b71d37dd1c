"""The dashboard's 12-month bar chart (QPainter) and the trends panel fed by services.dashboard."""

# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QColor

from tests.ui.helpers import (  # noqa: F401 (fixtures)
    TODAY,
    business_services,
    demo_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.widgets.bar_chart import BAR_COLOR, NEGATIVE_COLOR, BarChart


def _color_at(image, rect) -> QColor:
    center = rect.center().toPoint()
    return QColor(image.pixel(center.x(), center.y()))


def test_chart_paints_one_bar_per_value_scaled_to_the_largest(qtbot):
    chart = BarChart(lambda v: f"{v} €")
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    chart.set_data(
        [("ene", Decimal("100")), ("feb", Decimal("0")), ("mar", Decimal("50")), ("abr", Decimal("-25"))]
    )
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    rects = chart.bar_rects()
    assert len(rects) == 4
    assert rects[0].height() == 2 * rects[2].height() > 0 and rects[1].height() == 0
    assert rects[3].top() >= rects[0].bottom() - 0.5  # a negative month hangs below the zero line
    assert _color_at(image, rects[0]) == BAR_COLOR and _color_at(image, rects[2]) == BAR_COLOR
    assert _color_at(image, rects[3]) == NEGATIVE_COLOR
    assert chart.bar_at(rects[2].center().toPoint()) == 2
    assert "mar: 50 €" in chart.accessibleDescription()


def test_empty_chart_paints_no_bars(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data([])
    image = chart.grab().toImage()
    assert chart.bar_rects() == []
    colors = {QColor(image.pixel(x, y)).rgb() for x in range(0, 300, 7) for y in range(0, 200, 7)}
    assert BAR_COLOR.rgb() not in colors


def test_dashboard_shows_trends_from_real_data(qtbot, business_services, runner):
    from ui.views.dashboard import DashboardView

    svc = business_services
    sol = make_client(svc, "Sol Consultores", tax_id="B12345674")
    for month, price in ((9, "300"), (10, "100"), (11, "200")):
        draft = svc.invoices.create_draft_from_payload(
            {
                "client_id": sol.id,
                "issue_date": dt.date(2026, month, 2).isoformat(),
                "due_date": dt.date(2026, month, 20).isoformat(),
                "lines": [
                    {"description": "Servicio", "quantity": "1", "unit_price": price, "vat_rate": "21"}
                ],
            }
        ).invoice
        issued = svc.invoices.issue(draft.id)
    svc.payments.add(issued.number, Decimal("42.00"), paid_on=TODAY)
    view = DashboardView(svc, runner)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    with qtbot.waitSignal(view.trends.figures_shown, timeout=5000) as shown:
        pass
    figures = shown.args[0]
    revenue = [bar[1] for bar in view.trends.chart.bars]
    assert revenue[-3:] == [Decimal("300.00"), Decimal("100.00"), Decimal("200.00")] and sum(revenue) == 600
    assert len(revenue) == 12
    assert "42,00" in view.trends.collected_month.value.text()
    assert view.trends.top.rowCount() == 1 and view.trends.top.item(0, 0).text() == "Sol Consultores"
    assert figures.dso_days is not None and "días" in view.trends.dso.value.text()
    image = view.trends.chart.grab().toImage()
    assert _color_at(image, view.trends.chart.bar_rects()[-1]) == BAR_COLOR


def test_dso_tile_shows_a_dash_and_why_without_history(qtbot, business_services, runner):
    from ui.views.dashboard import DashboardView

    svc = business_services
    sol = make_client(svc, "Sol Consultores", tax_id="B12345674")
    draft = svc.invoices.create_draft_from_payload(
        {
            "client_id": sol.id,
            "issue_date": TODAY.isoformat(),
            "due_date": (TODAY + dt.timedelta(days=30)).isoformat(),
            "lines": [{"description": "Servicio", "quantity": "1", "unit_price": "90", "vat_rate": "21"}],
        }
    ).invoice
    svc.invoices.issue(draft.id)
    view = DashboardView(svc, runner)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.trends.figures_shown, timeout=5000) as shown:
        pass
    assert shown.args[0].dso_missing == "short_history"
    assert view.trends.dso.value.text() == "—"
    assert "30 días" in view.trends.dso.toolTip() and "30 días" in view.trends.dso.detail.text()

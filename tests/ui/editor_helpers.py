"""Fixtures for the invoice editor tests: real services over a temp SQLite file, a synchronous runner,
and dialogs that answer as a user would (the dialogs themselves are not what these tests check)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Business, Client, Product
from tests.fakes import FixedClock
from ui.models.line_records import Column
from ui.views.editor_dialogs import CloseChoice, Rectification
from ui.views.invoice_editor import InvoiceEditorView
from ui.workers import SynchronousRunner

TODAY = dt.date(2026, 3, 2)
BUSINESS_NIF = "12345678Z"  # a sole trader (IRPF applies)
CLIENT_CIF = "B12345674"  # a company client


class ScriptedDialogs:
    """Answers the editor's questions from attributes the test sets; records what was asked."""

    def __init__(self) -> None:
        self.confirm = True
        self.unsaved = CloseChoice.CANCEL
        self.rectification: Rectification | None = Rectification("Precio erróneo", "R1")
        self.cancel_reason: str | None = "Duplicada"
        self.pdf_path: Path | None = None
        self.asked: list[tuple[str, Any]] = []

    def confirm_issue(self, series: str, issue_date: dt.date) -> bool:
        self.asked.append(("issue", (series, issue_date)))
        return self.confirm

    def ask_unsaved(self) -> CloseChoice:
        self.asked.append(("unsaved", None))
        return self.unsaved

    def ask_rectification(self, number: str, default_kind: str) -> Rectification | None:
        self.asked.append(("rectify", (number, default_kind)))
        return self.rectification

    def ask_cancel_reason(self, number: str) -> str | None:
        self.asked.append(("cancel", number))
        return self.cancel_reason

    def ask_pdf_path(self, default_name: str) -> Path | None:
        self.asked.append(("pdf", default_name))
        return self.pdf_path

    def inform(self, title: str, text: str) -> None:
        self.asked.append(("inform", text))


@pytest.fixture
def editor_services(tmp_path: Path) -> Iterator[Services]:
    services = build_services(tmp_path / "data", clock=FixedClock(TODAY))
    services.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id=BUSINESS_NIF,
            address="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
            default_irpf_rate=Decimal(15),
            thank_you="Gracias por su confianza",
            default_payment_methods=("transfer", "bizum"),
        )
    )
    yield services
    services.close()


@pytest.fixture
def client(editor_services: Services) -> Client:
    return editor_services.clients.add(
        Client(
            id=new_id(),
            name="Construcciones Levante S.L.",
            tax_id=CLIENT_CIF,
            address="Av. del Puerto 22",  # a company's address: issuing needs it (RD 1619/2012 art. 6)
            postal_code="46021",
            city="Valencia",
            payment_terms_days=45,
        )
    )


@pytest.fixture
def product(editor_services: Services) -> Product:
    return editor_services.products.save(
        Product(
            id=new_id(),
            name="Libro técnico",
            unit_price=Decimal("32.90"),
            vat_rate=Decimal(4),
            unit="ud",
        )
    )


@pytest.fixture
def editor(qtbot: Any, editor_services: Services) -> InvoiceEditorView:
    view = InvoiceEditorView(editor_services, SynchronousRunner())
    view.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(view)
    view.resize(1100, 760)
    return view


def type_cell(view: InvoiceEditorView, row: int, column: int, text: str) -> None:
    """Edit a cell the way a delegate commits it (setData with EditRole)."""
    model = view.lines.model
    assert model.setData(model.index(row, column), text)


def fill_line(
    view: Any, row: int, description: str, quantity: str, price: str, vat: str = "21", discount: str = "0"
) -> None:
    """Type one whole line, adding the row when it is past the last one."""
    if row >= view.lines.model.rowCount():
        view.lines.add_line()
    type_cell(view, row, Column.DESCRIPTION, description)
    type_cell(view, row, Column.QUANTITY, quantity)
    type_cell(view, row, Column.PRICE, price)
    type_cell(view, row, Column.VAT, vat)
    type_cell(view, row, Column.DISCOUNT, discount)


def start(view: Any, client: Any) -> None:
    view.new_invoice(client.id)
    assert view.form.client_picker.current_client() == client

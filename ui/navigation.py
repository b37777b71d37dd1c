"""The navigation table: which views the shell offers, in order, and how each one is wired.

Views are imported only when first visited (start-up budget). Each view's constructor is
(services, runner, parent); `wire()` connects its signals to the shell's slots.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from ui.theme import _STROKE, SVG_NS, nav_icon


@dataclass(frozen=True)
class NavEntry:
    key: str
    module: str
    class_name: str


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry("dashboard", "ui.views.dashboard", "DashboardView"),
    NavEntry("clients", "ui.views.clients", "ClientsView"),
    NavEntry("products", "ui.views.products", "ProductsView"),
    NavEntry("invoices", "ui.views.invoices", "InvoicesView"),
    NavEntry("quotes", "ui.views.quotes", "QuotesView"),
    NavEntry("recurring", "ui.views.recurring", "RecurringView"),
    NavEntry("payments", "ui.views.payments", "PaymentsView"),
    NavEntry("bank", "ui.views.bank", "BankView"),
    NavEntry("expenses", "ui.views.expenses", "ExpensesView"),  # received invoices (#21)
    NavEntry("reports", "ui.views.reports", "ReportsView"),
    NavEntry("outbox", "ui.views.outbox", "OutboxView"),
    NavEntry("settings", "ui.views.settings", "SettingsView"),
)
NAV_KEYS = tuple(entry.key for entry in ENTRIES)
_ENTRY = {entry.key: entry for entry in ENTRIES}

# Icons for the pages theme.py does not draw yet (same stroke style as its navigation icons).
_EXTRA_SVGS = {
    "quotes": '<path d="M6 2.5h9l4 4v15H6z"/><path d="M15 2.5v4h4M9 12h7M9 16h4"/>'
    '<circle cx="16" cy="17" r="0.6"/>',
    "recurring": '<path d="M20 12a8 8 0 1 1-2.4-5.7"/><path d="M20 3.5v4h-4"/><path d="M12 8v4l3 2"/>',
    "reports": '<path d="M4 20.5h16"/><rect x="5.5" y="12" width="3" height="6"/>'
    '<rect x="10.5" y="7" width="3" height="11"/><rect x="15.5" y="10" width="3" height="8"/>',
    "outbox": '<path d="M3 12.5l18-8.5-5 17-4-7z"/><path d="M21 4l-9 10"/>',
    "expenses": '<path d="M6 2.5h12v19l-3-2-3 2-3-2-3 2z"/><path d="M9 8h6M9 12h6M9 16h3"/>',
    "bank": '<path d="M3 9.5L12 4l9 5.5"/><path d="M4 20.5h16M5 18h14"/>'
    '<path d="M6.5 10.5v6M10.5 10.5v6M13.5 10.5v6M17.5 10.5v6"/>',
}


def titles() -> dict[str, str]:
    return {
        "dashboard": QCoreApplication.translate("Navigation", "Resumen"),
        "clients": QCoreApplication.translate("Navigation", "Clientes"),
        "products": QCoreApplication.translate("Navigation", "Productos"),
        "invoices": QCoreApplication.translate("Navigation", "Facturas"),
        "quotes": QCoreApplication.translate("Navigation", "Presupuestos"),
        "recurring": QCoreApplication.translate("Navigation", "Recurrentes"),
        "payments": QCoreApplication.translate("Navigation", "Cobros"),
        "bank": QCoreApplication.translate("Navigation", "Banco"),
        "expenses": QCoreApplication.translate("Navigation", "Gastos"),
        "reports": QCoreApplication.translate("Navigation", "Informes"),
        "outbox": QCoreApplication.translate("Navigation", "Bandeja de salida"),
        "settings": QCoreApplication.translate("Navigation", "Ajustes"),
    }


def shortcut_for(position: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine pages in order, Ctrl+0 for the last (Ajustes); a page
    between them (the outbox) is reached from the list and the Ver menu."""
    if position < 9:
        return f"Ctrl+{position + 1}"
    return "Ctrl+0" if position == len(ENTRIES) - 1 else ""


def icon_for(key: str) -> QIcon:
    body = _EXTRA_SVGS.get(key)
    if body is None:
        return nav_icon(key)
    svg = f'<svg xmlns="{SVG_NS}" viewBox="0 0 24 24" width="24" height="24" {_STROKE}>{body}</svg>'
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode()), "SVG")
    return QIcon(pixmap)


def create_view(key: str, services: Any, runner: Any, parent: QWidget) -> QWidget:
    entry = _ENTRY[key]
    view_class = getattr(importlib.import_module(entry.module), entry.class_name)
    widget: QWidget = view_class(services, runner, parent)
    return widget


def wire(shell: Any, key: str, view: QWidget) -> None:
    """Connect what a view announces to what the shell does about it (only signals it has)."""
    connections: list[tuple[str, Callable[..., Any]]] = [
        ("open_invoice_requested", shell.open_invoice),
        ("new_invoice_requested", shell.new_invoice),
        ("payment_recorded", shell.refresh_lists),
        ("verifactu_settings_requested", shell.show_verifactu_settings),
    ]
    if key == "quotes":
        connections += [
            ("open_requested", shell.open_invoice),
            ("invoice_created", lambda invoice_id: (shell.refresh_lists(), shell.open_invoice(invoice_id))),
            ("new_requested", shell.new_quote),
            ("changed", shell.refresh_lists),
        ]
    elif key == "invoices":
        connections += [("mail_settings_requested", shell.show_mail_settings), ("sent", shell.refresh_lists)]
    elif key == "recurring":
        connections.append(("issued", lambda count: shell.refresh_lists() if count else None))
    elif key in ("outbox", "bank", "expenses"):
        connections.append(("changed", shell.refresh_lists))
    elif key == "dashboard":
        connections.append(("expenses_requested", lambda status: show_expenses(shell, status)))
    elif key == "settings":
        connections.append(("restored", shell.reload_all))
        if hasattr(view, "backups"):  # a restore replaces the data under an unsaved draft: ask first
            view.backups.may_restore = shell.editor_may_close
    for signal_name, slot in connections:
        if hasattr(view, signal_name):
            getattr(view, signal_name).connect(slot)


def show_expenses(shell: Any, status: str) -> None:
    """The Gastos view with its status filter set (the dashboard's received invoices to answer)."""
    view = shell.show_view("expenses")
    if view is shell.views.get("expenses"):  # not when an unsaved editor kept the page
        view.status.setCurrentIndex(max(0, view.status.findData(status)))

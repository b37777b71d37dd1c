"""The shell: navigation, menus, toolbar, shortcuts and the stack of views (created on first visit)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from facturas_app import APP_NAME, __version__
from ui.theme import app_icon, nav_icon

log = logging.getLogger("facturas.ui")
NAV_KEYS = ("dashboard", "clients", "products", "invoices", "payments", "settings")
EDITOR_ACTIONS = {
    "save": ("save_draft", "save"),
    "pdf": ("print_pdf", "export_pdf", "show_pdf", "print_invoice"),
}


class MainWindow(QMainWindow):
    view_shown = Signal(str)

    def __init__(self, services: Any = None, runner: Any = None) -> None:
        super().__init__()
        self.services, self.runner = services, runner
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(1200, 760)
        self.views: dict[str, QWidget] = {}
        self.editor: QWidget | None = None
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Abriendo sus datos…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._fill_nav()
        self._build_actions()
        self.statusBar().showMessage(self.tr("Listo"))
        self.restore_state()
        self.nav.setEnabled(False)

    # ----- navigation ----------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Resumen"),
            "clients": self.tr("Clientes"),
            "products": self.tr("Productos"),
            "invoices": self.tr("Facturas"),
            "payments": self.tr("Cobros"),
            "settings": self.tr("Ajustes"),
        }

    def _fill_nav(self) -> None:
        for key, title in self._titles().items():
            item = QListWidgetItem(nav_icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(lambda row: self.show_view(NAV_KEYS[row]) if row >= 0 else None)

    def attach_services(self, services: Any, runner: Any) -> None:
        """Called once the database is open; the landing view is created then."""
        self.services, self.runner = services, runner
        self.nav.setEnabled(True)
        self.show_view("dashboard")

    def _factory(self, key: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            if key == "dashboard":
                from ui.views.dashboard import DashboardView as view_class
            elif key == "clients":
                from ui.views.clients import ClientsView as view_class  # type: ignore[assignment]
            elif key == "products":
                from ui.views.products import ProductsView as view_class  # type: ignore[assignment]
            elif key == "invoices":
                from ui.views.invoices import InvoicesView as view_class  # type: ignore[assignment]
            elif key == "payments":
                from ui.views.payments import PaymentsView as view_class  # type: ignore[assignment]
            else:
                from ui.views.settings import SettingsView as view_class  # type: ignore[assignment]
            return view_class(self.services, self.runner, self)

        return make

    def view(self, key: str) -> QWidget:
        if key not in self.views:
            view = self._factory(key)()
            for signal_name, slot in (
                ("open_invoice_requested", self.open_invoice),
                ("new_invoice_requested", self.new_invoice),
                ("payment_recorded", self.refresh_lists),
            ):
                if hasattr(view, signal_name):
                    getattr(view, signal_name).connect(slot)
            self.views[key] = view
            self.stack.addWidget(view)
        return self.views[key]

    def show_view(self, key: str) -> QWidget:
        if self.services is None:
            return self.loading
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        row = NAV_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.view_shown.emit(key)
        return view

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def refresh_lists(self, *_args: Any) -> None:
        for key, view in self.views.items():
            if key != "settings" and hasattr(view, "refresh"):
                view.refresh()

    # ----- invoice editor (built by another module; imported only when wanted) ----------------------
    def _editor(self) -> QWidget | None:
        if self.editor is None:
            try:
                from ui.views.invoice_editor import InvoiceEditorView
            except ImportError:
                log.exception("invoice editor unavailable")
                QMessageBox.information(
                    self, APP_NAME, self.tr("El editor de facturas no está disponible en esta versión.")
                )
                return None
            self.editor = InvoiceEditorView(self.services, self.runner, self)
            self.editor.saved.connect(self.refresh_lists)  # type: ignore[attr-defined]
            self.editor.issued.connect(self.refresh_lists)  # type: ignore[attr-defined]
            self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.nav.clearSelection()
        return self.editor

    def new_invoice(self) -> None:
        if self.services is not None and (editor := self._editor()) is not None:
            editor.new_invoice()  # type: ignore[attr-defined]

    def open_invoice(self, invoice_id: str) -> None:
        if self.services is not None and (editor := self._editor()) is not None:
            editor.open_invoice(invoice_id)  # type: ignore[attr-defined]

    def _forward_to_editor(self, action: str) -> None:
        if self.editor is None or self.current_view() is not self.editor:
            self.statusBar().showMessage(self.tr("Abra una factura para usar esta acción."), 4000)
            return
        for name in EDITOR_ACTIONS[action]:
            if callable(method := getattr(self.editor, name, None)):
                method()
                return

    # ----- menus, toolbar, shortcuts -----------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None, icon: str = ""
    ) -> QAction:
        action = QAction(nav_icon(icon) if icon else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&Nueva factura"), self.new_invoice, QKeySequence.StandardKey.New, "new"
        )
        self.save_action = self._action(
            self.tr("&Guardar borrador"),
            lambda: self._forward_to_editor("save"),
            QKeySequence.StandardKey.Save,
        )
        self.pdf_action = self._action(
            self.tr("&PDF / Imprimir…"),
            lambda: self._forward_to_editor("pdf"),
            QKeySequence.StandardKey.Print,
        )
        quit_action = self._action(self.tr("&Salir"), self.close, QKeySequence.StandardKey.Quit)
        self.search_action = self._action(
            self.tr("&Buscar"), self.focus_search, QKeySequence.StandardKey.Find
        )
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Archivo"))
        for action in (self.new_action, self.save_action, self.pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        menu.addMenu(self.tr("&Editar")).addAction(self.search_action)
        view_menu = menu.addMenu(self.tr("&Ver"))
        self.nav_actions = []
        for number, (key, title) in enumerate(self._titles().items(), start=1):
            action = self._action(title, lambda k=key: self.show_view(k), f"Ctrl+{number}", key)
            view_menu.addAction(action)
            self.nav_actions.append(action)
        help_menu = menu.addMenu(self.tr("A&yuda"))
        help_menu.addAction(self._action(self.tr("&Acerca de Facturas"), self.about))
        toolbar = QToolBar(self.tr("Principal"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.search_action)
        self.addToolBar(toolbar)

    def focus_search(self) -> None:
        view = self.current_view()
        if hasattr(view, "focus_search"):
            view.focus_search()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Acerca de Facturas"),
            self.tr("<b>Facturas</b> {0}<br>Facturación local para autónomos y pymes.").format(__version__),
        )

    # ----- window state ----------------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

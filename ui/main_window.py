"""The shell: navigation, menus, toolbar, shortcuts and the stack of views (created on first visit).

Which pages exist and how their signals are wired lives in ui/navigation.py.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
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
from facturas_app.domain.invoice import Status
from ui import navigation, window_geometry
from ui.navigation import NAV_KEYS
from ui.theme import app_icon, nav_icon
from ui.views import STATUS_MESSAGE_MS
from ui.views.declaration_dialog import open_declaration
from ui.widgets.scrolling import ScrollPage, page_of

log = logging.getLogger("facturas.ui")
EDITOR_ACTIONS = {
    "save": ("save_draft", "save"),
    "pdf": ("print_pdf", "export_pdf", "show_pdf", "print_invoice"),
}
REFRESH_ON_SHOW = ("reports",)  # heavy pages: refreshed when shown (first time, or after changes)
__all__ = ["NAV_KEYS", "MainWindow"]


class MainWindow(QMainWindow):
    view_shown = Signal(str)

    def __init__(self, services: Any = None, runner: Any = None) -> None:
        super().__init__()
        self.services, self.runner = services, runner
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.views: dict[str, QWidget] = {}
        self.editor: QWidget | None = None
        self._stale: set[str] = set()
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Abriendo sus datos…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.nav.minimumWidth(), 1])  # the pages get the room (nav: 190 px)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._fill_nav()
        self._build_actions()
        self.statusBar().showMessage(self.tr("Listo"))
        window_geometry.place(self)  # as the user left it, else fitted to the screen
        self.nav.setEnabled(False)

    # ----- navigation ----------------------------------------------------------------------------
    def _fill_nav(self) -> None:
        for key, title in navigation.titles().items():
            item = QListWidgetItem(navigation.icon_for(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(lambda row: self.show_view(NAV_KEYS[row]) if row >= 0 else None)

    def show_landing(self, figures: Any, today: Any) -> QWidget:
        """The landing figures from the start-up fast path, until the services are attached."""
        from ui.views.dashboard import LandingPreview

        preview = LandingPreview(self)
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        preview.show_figures(figures, today)
        self.landing_preview = preview
        return preview

    def attach_services(self, services: Any, runner: Any) -> None:
        """Called once the database is open; the landing view is created then."""
        self.services, self.runner = services, runner
        self.nav.setEnabled(True)
        self.statusBar().showMessage(self.tr("Listo"))
        self.show_view("dashboard")

    def view(self, key: str) -> QWidget:
        if key not in self.views:
            view = navigation.create_view(key, self.services, self.runner, self)
            navigation.wire(self, key, view)
            self.views[key] = view
            self.stack.addWidget(ScrollPage(view))  # a small screen scrolls the page, never cuts it
            if key in REFRESH_ON_SHOW:
                self._stale.add(key)
        return self.views[key]

    def show_upgrading(self) -> None:
        """Opening will first upgrade the database to this version: say so, rather than seeming stuck."""
        what = self.tr("Actualizando sus datos para esta versión de Facturas…")
        why = self.tr("Se hace una sola vez, después de guardar una copia de seguridad.")
        self.loading.setText(what + "\n" + why)
        self.statusBar().showMessage(self.tr("Actualizando los datos…"))

    def show_view(self, key: str) -> QWidget:
        if self.services is None:
            return self.loading
        if not self._may_leave_editor():
            self._select_nav_row(-1)  # the editor stays: no page of the list is current
            return self.current_view()
        view = self.view(key)
        self._show_page(view)
        self._select_nav_row(NAV_KEYS.index(key))
        if key in self._stale and hasattr(view, "refresh"):
            self._stale.discard(key)
            view.refresh()
        self.view_shown.emit(key)
        return view

    def _select_nav_row(self, row: int) -> None:
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def _may_leave_editor(self) -> bool:
        """Leaving an invoice with unsaved edits asks first: Guardar / Descartar / Cancelar."""
        return self.current_view() is not self.editor or self.editor_may_close()

    def editor_may_close(self) -> bool:
        """Before closing or a restore, shown or not: unsaved edits ask Guardar / Descartar / Cancelar."""
        maybe_close = getattr(self.editor, "maybe_close", None)
        return not callable(maybe_close) or bool(maybe_close())

    def _frame_of(self, page: QWidget) -> QWidget:
        for index in range(self.stack.count()):
            if page_of(frame := self.stack.widget(index)) is page:
                return frame
        return page

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(self._frame_of(page))

    def _remove_page(self, page: QWidget) -> None:
        frame = self._frame_of(page)
        self.stack.removeWidget(frame)
        frame.deleteLater()

    def show_mail_settings(self) -> None:
        self.show_settings_tab("mail")

    def show_verifactu_settings(self) -> None:
        self.show_settings_tab("verifactu")

    def show_settings_tab(self, name: str) -> None:
        settings = self.show_view("settings")
        if hasattr(settings, "show_tab"):
            settings.show_tab(name)

    def current_view(self) -> QWidget:
        return page_of(self.stack.currentWidget()) or self.loading

    def refresh_lists(self, *_args: Any) -> None:
        """Something changed the data: lists refresh now, heavy pages when next shown."""
        for key, view in self.views.items():
            if key in REFRESH_ON_SHOW and view is not self.current_view():
                self._stale.add(key)
            elif key != "settings" and hasattr(view, "refresh"):
                view.refresh()

    def _send_verifactu(self, *_args: Any) -> None:
        """After an issue or a cancellation: the background sender tries now (no-op when nothing is due)."""
        sender = getattr(self, "verifactu_sender", None)
        if sender is not None:
            sender.send_now()

    def reload_all(self, *_args: Any) -> None:
        """After a restore every page may show data that is gone: drop them, rebuild on next visit."""
        keep = self.views.get("settings")
        for key, view in list(self.views.items()):
            if view is not keep:
                self._remove_page(view)
                del self.views[key]
        if self.editor is not None:
            self._remove_page(self.editor)
            self.editor = None
        if keep is not None and hasattr(keep, "reload"):
            keep.reload()
        self.statusBar().showMessage(
            self.tr("Datos restaurados: todas las pantallas se han recargado."), 8000
        )

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
            self.editor.issued.connect(self._send_verifactu)  # type: ignore[attr-defined]
            self.editor.saved.connect(self._send_verifactu)  # a cancellation emits saved too
            self.editor.saved.connect(self._confirm_saved)  # type: ignore[attr-defined]
            self.editor.issued.connect(self._confirm_issued)  # type: ignore[attr-defined]
            if hasattr(self.editor, "mail_settings_requested"):
                self.editor.mail_settings_requested.connect(self.show_mail_settings)
            self.stack.addWidget(ScrollPage(self.editor))
        self._show_page(self.editor)
        self._select_nav_row(-1)
        return self.editor

    def _confirm_saved(self, invoice_id: str) -> None:
        """Say in the status bar what `saved` meant: a draft saved, or an invoice cancelled."""
        invoice = getattr(self.editor, "invoice", None)
        if invoice is None or invoice.id != invoice_id:
            return  # a rectification was created: the editor opens it next
        if invoice.is_draft:
            self.statusBar().showMessage(self.tr("Borrador guardado"), STATUS_MESSAGE_MS)
        elif invoice.status is Status.CANCELLED:
            text = self.tr("Factura %1 anulada").replace("%1", invoice.number or "")
            self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _confirm_issued(self, _invoice_id: str) -> None:
        invoice = getattr(self.editor, "invoice", None)
        number = invoice.number if invoice is not None else None
        self.statusBar().showMessage(
            self.tr("Factura %1 emitida").replace("%1", number or ""), STATUS_MESSAGE_MS
        )

    def new_invoice(self) -> None:
        if self.services is not None and (editor := self._editor()) is not None:
            editor.new_invoice()  # type: ignore[attr-defined]

    def new_quote(self, doc_type: str = "quote") -> None:
        """A quote (or proforma) in the editor, when the editor knows document types."""
        if self.services is None or (editor := self._editor()) is None:
            return
        new_invoice = editor.new_invoice  # type: ignore[attr-defined]
        if "doc_type" in inspect.signature(new_invoice).parameters:
            new_invoice(doc_type=doc_type)
        else:
            new_invoice()

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
        self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None, icon: Any = ""
    ) -> QAction:
        icon = icon if isinstance(icon, QIcon) else nav_icon(icon) if icon else QIcon()
        action = QAction(icon, text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&Nueva factura"), self.new_invoice, QKeySequence.StandardKey.New, "new"
        )
        self.new_quote_action = self._action(self.tr("Nuevo &presupuesto"), self.new_quote, "Ctrl+Shift+N")
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
            self.tr("&Buscar en esta lista"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.global_search_action = self._action(
            self.tr("Buscar en &todo…"), self.search_everything, "Ctrl+K"
        )
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Archivo"))
        for action in (self.new_action, self.new_quote_action, self.save_action, self.pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu(self.tr("&Editar"))
        edit_menu.addAction(self.global_search_action)
        edit_menu.addAction(self.search_action)
        view_menu = menu.addMenu(self.tr("&Ver"))
        self.nav_actions = []
        for position, (key, title) in enumerate(navigation.titles().items()):
            action = self._action(
                title,
                lambda k=key: self.show_view(k),
                navigation.shortcut_for(position),
                navigation.icon_for(key),
            )
            view_menu.addAction(action)
            self.nav_actions.append(action)
        help_menu = menu.addMenu(self.tr("A&yuda"))
        help_menu.addAction(self._action(self.tr("&Declaración responsable"), lambda: open_declaration(self)))
        help_menu.addAction(self._action(self.tr("&Acerca de Facturas"), self.about))
        toolbar = QToolBar(self.tr("Principal"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.global_search_action)
        self.addToolBar(toolbar)

    def focus_search(self) -> None:
        """Ctrl+F: the list's own search box; where there is none, the search over everything."""
        view = self.current_view()
        if hasattr(view, "focus_search"):
            view.focus_search()
        else:
            self.search_everything()

    def search_everything(self) -> None:
        """Ctrl+K from any view: clients, invoices, quotes and products in one box."""
        from ui.views.global_search import GlobalSearchDialog, open_hit

        if self.services is None:
            return
        dialog = GlobalSearchDialog(self.services, self.runner, self)
        dialog.chosen.connect(lambda kind, hit_id: open_hit(self, kind, hit_id))
        self.global_search = dialog  # the open one (tests and screenshots reach it here)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Acerca de Facturas"),
            self.tr("<b>Facturas</b> {0}<br>Facturación local para autónomos y pymes.").format(__version__),
        )

    # ----- window state ----------------------------------------------------------------------------
    def save_state(self) -> None:
        window_geometry.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """An invoice with unsaved edits asks first (Guardar / Descartar / Cancelar)."""
        if not self.editor_may_close():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

"""The invoice editor's lines table: delegates (product autocomplete, VAT/recargo/exemption combos),
add/remove/move buttons and the undo stack every line edit goes through."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.folding import fold, folded_contains
from facturas_app.domain.parties import Product
from facturas_app.domain.taxes import LINE_TAX_CODES, TaxTable
from ui.models.invoice_lines_model import (
    InsertRecordCommand,
    InvoiceLinesModel,
    MoveRecordCommand,
    RemoveRecordCommand,
    SetRecordCommand,
)
from ui.models.line_records import Column, LineRecord, number_text, parse_number
from ui.views.editor_line_marks import ErrorMarkingDelegate, LineErrorLabel

AnyIndex = QModelIndex | QPersistentModelIndex
SUGGESTIONS = 50  # products offered at once (a catalogue is small; a longer popup helps no one)


class ChoiceDelegate(ErrorMarkingDelegate):
    """A combo editor over (value, label) choices computed when the editor opens."""

    def __init__(self, choices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # () -> list[tuple[str, str]]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        position = editor.findData(current)
        if position < 0:
            # Keep a stored value the table no longer lists (an old rate) selectable.
            editor.addItem(current, current)
            position = editor.count() - 1
        editor.setCurrentIndex(position)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DescriptionDelegate(ErrorMarkingDelegate):
    """A line edit completing product names as search matches them (domain/folding.py: "diseno"
    offers "Diseño de logotipo"; Qt's own filter does not fold accents), then "+ Nuevo producto…".
    Choosing a product reports it for that row; the last entry asks for a new one named as typed."""

    product_chosen = Signal(int, object)
    new_product_requested = Signal(int, str)  # row, the typed text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products: dict[str, Product] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        names = QStringListModel(editor)
        completer = QCompleter(names, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        editor.setCompleter(completer)
        row = index.row()
        editor.textEdited.connect(lambda text: self._suggest(completer, names, text))
        completer.activated.connect(lambda text: self._chosen(editor, row, text))
        return editor

    def new_product_label(self) -> str:
        return self.tr("+ Nuevo producto…")

    def _suggest(self, completer: QCompleter, names: QStringListModel, text: str) -> None:
        query = text.strip()
        found = sorted((n for n in self.products if folded_contains(n, query)), key=fold)
        names.setStringList([*found[:SUGGESTIONS], self.new_product_label()] if query else [])
        completer.setProperty("typed", text)
        if query:
            completer.complete()  # this keystroke's suggestions, now

    def _chosen(self, editor: QLineEdit, row: int, name: str) -> None:
        if name == self.new_product_label():
            typed = str(editor.completer().property("typed") or "")
            editor.setText(typed)  # Qt wrote the entry's label in the box: the typed text stays
            self.new_product_requested.emit(row, typed.strip())
            return
        product = self.products.get(name)
        if product is not None:
            self.product_chosen.emit(row, product)


class LinesTableView(QTableView):
    """Tab past the last editable cell of the last line starts a new line (how people type invoices)."""

    append_requested = Signal()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        at_end = (
            current.isValid()
            and current.row() == model.rowCount() - 1
            and current.column() >= Column.EXEMPTION
        )
        if (
            action == QAbstractItemView.CursorAction.MoveNext
            and at_end
            and model.flags(current) & Qt.ItemFlag.ItemIsEditable
        ):
            self.append_requested.emit()
            return model.index(model.rowCount() - 1, Column.DESCRIPTION)
        return super().moveCursor(action, modifiers)


class LinesEditor(QWidget):
    """Table + buttons. Emits `lines_changed` after every change (edit, undo, redo...)."""

    lines_changed = Signal()
    new_product_requested = Signal(int, str)  # row, name: "+ Nuevo producto…" in a description

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_data: TaxTable | None = None
        self.issue_date = dt.date.today()  # replaced by the editor from the invoice; only for the VAT list
        self.undo_stack = QUndoStack(self)
        self.model = InvoiceLinesModel(self)
        self.model.undo_stack = self.undo_stack
        self.view = LinesTableView(self)
        self.view.setModel(self.model)
        self.description_delegate = DescriptionDelegate(self.view)
        self.description_delegate.product_chosen.connect(self.apply_product)
        self.description_delegate.new_product_requested.connect(self.new_product_requested)
        self._build_view()
        self._build_buttons()
        self._connect()

    # ----- construction ---------------------------------------------------------------------------
    def _build_view(self) -> None:
        view = self.view
        view.setItemDelegate(ErrorMarkingDelegate(view))
        view.setItemDelegateForColumn(Column.DESCRIPTION, self.description_delegate)
        view.setItemDelegateForColumn(Column.VAT, ChoiceDelegate(self._vat_choices, view))
        view.setItemDelegateForColumn(Column.SURCHARGE, ChoiceDelegate(self._surcharge_choices, view))
        view.setItemDelegateForColumn(Column.EXEMPTION, ChoiceDelegate(self._exemption_choices, view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(28)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self._fit_number_columns()
        view.setMinimumHeight(180)

    # The widest text each column usually shows: the numbers take what they need and the
    # description, the line's main text, keeps the rest (at 1366 px beside the preview too).
    _SAMPLES = {
        Column.QUANTITY: "9.999,5",
        Column.UNIT: "horas",
        Column.PRICE: "99.999,99",
        Column.DISCOUNT: "10,5",
        Column.VAT: "21 % ▾",
        Column.SURCHARGE: "5,2 % ▾",
        Column.EXEMPTION: "E1 ▾",
        Column.NET: "999.999,99 €",
    }

    def _fit_number_columns(self) -> None:
        cells, titles = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        model = self.view.model()
        for column, sample in self._SAMPLES.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
            widest = max(cells.horizontalAdvance(sample), titles.horizontalAdvance(title) + 8)
            self.view.setColumnWidth(column, widest + 18)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Añadir línea"), self)
        self.remove_button = QPushButton(self.tr("Eliminar línea"), self)
        self.up_button = QPushButton(self.tr("Subir"), self)
        self.down_button = QPushButton(self.tr("Bajar"), self)
        self.surcharge_check = QCheckBox(self.tr("Recargo de equivalencia"), self)
        self.surcharge_check.setToolTip(self.tr("Añade a cada línea el recargo que corresponde a su IVA"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.surcharge_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.error_label = LineErrorLabel(self.model, self)
        layout.addWidget(self.error_label)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_line())
        self.view.append_requested.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.surcharge_check.toggled.connect(self.apply_surcharge_to_all)
        for sig in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            sig.connect(self.lines_changed)
        self.lines_changed.connect(self._show_current_error)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current_error())
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Deshacer"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rehacer"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _show_current_error(self) -> None:
        self.error_label.show_for(self.view.currentIndex().row())

    # ----- choices ----------------------------------------------------------------------------------
    def _vat_choices(self) -> list[tuple[str, str]]:
        rates = self.table_data.vat_rates_on(self.issue_date) if self.table_data else []
        return [(number_text(rate), f"{number_text(rate)} %") for rate in rates]

    def _surcharge_choices(self) -> list[tuple[str, str]]:
        rates = {0: "0"}
        if self.table_data is not None:
            for rate in (*self.table_data.surcharge_pairs.values(), *self.table_data.surcharge_extra_rates):
                rates[rate] = number_text(rate)
        return [(text, f"{text} %") for _, text in sorted(rates.items())]

    def _exemption_choices(self) -> list[tuple[str, str]]:
        return [("", self.tr("(ninguna)")), *((code, code) for code in LINE_TAX_CODES)]

    # ----- configuration ------------------------------------------------------------------------------
    def configure(self, table: TaxTable | None, issue_date: dt.date, default_vat: str) -> None:
        self.table_data = table
        self.model.table = table
        self.issue_date = issue_date
        self.default_vat = default_vat

    def set_products(self, products: list[Product]) -> None:
        self.description_delegate.products = {p.name: p for p in products if p.active}

    def add_product(self, row: int, product: Product) -> None:
        """A product just created from a line: offered from now on, and put on that line."""
        self.description_delegate.products[product.name] = product
        if 0 <= row < self.model.rowCount():
            self.apply_product(row, product)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        for widget in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.surcharge_check,
        ):
            widget.setEnabled(not read_only)
        self.undo_action.setEnabled(not read_only and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not read_only and self.undo_stack.canRedo())

    def load(self, records: list[LineRecord]) -> None:
        """Show an invoice's lines; a fresh start for undo and the recargo switch."""
        self.model.set_records(records)
        self.undo_stack.clear()
        self.surcharge_check.blockSignals(True)
        self.surcharge_check.setChecked(any(parse_number(r.surcharge_rate) not in (None, 0) for r in records))
        self.surcharge_check.blockSignals(False)
        self.model.surcharge_mode = self.surcharge_check.isChecked()
        self._show_surcharge_column(self.surcharge_check.isChecked())

    def _show_surcharge_column(self, shown: bool) -> None:
        # A column of "0 %" is noise (and width the live preview needs) unless recargo is in use.
        self.view.setColumnHidden(Column.SURCHARGE, not shown)

    # ----- editing (all undoable) -----------------------------------------------------------------
    def new_record(self) -> LineRecord:
        record = LineRecord(vat_rate=getattr(self, "default_vat", "21"))
        if self.surcharge_check.isChecked():
            record = self._with_paired_surcharge(record)
        return record

    def add_line(self, record: LineRecord | None = None) -> int:
        row = self.model.rowCount()
        self.model.push(
            InsertRecordCommand(self.model, row, record or self.new_record(), self.tr("Añadir línea"))
        )
        self.view.setCurrentIndex(self.model.index(row, Column.DESCRIPTION))
        return row

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.push(RemoveRecordCommand(self.model, row, self.tr("Eliminar línea")))

    def move_current(self, step: int) -> None:
        index = self.view.currentIndex()
        row, target = index.row(), index.row() + step
        if 0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount():
            self.model.push(MoveRecordCommand(self.model, row, target, self.tr("Mover línea")))
            self.view.setCurrentIndex(self.model.index(target, max(index.column(), 0)))

    def apply_product(self, row: int, product: Product) -> None:
        """Choosing a catalogue product fills its price, VAT and unit (one undo step)."""
        if not 0 <= row < self.model.rowCount():
            return
        old = self.model.record(row)
        new = replace(
            old,
            description=product.name,
            unit=product.unit,
            unit_price=number_text(product.unit_price),
            vat_rate=number_text(product.vat_rate),
            product_id=product.id,
            exemption="",
        )
        if product.surcharge_rate:
            new = replace(new, surcharge_rate=number_text(product.surcharge_rate))
        elif self.surcharge_check.isChecked():
            new = self._with_paired_surcharge(new)
        self.model.push(SetRecordCommand(self.model, row, old, new, self.tr("Elegir producto")))

    def apply_surcharge_to_all(self, enabled: bool) -> None:
        self.model.surcharge_mode = enabled
        self._show_surcharge_column(enabled)
        self.undo_stack.beginMacro(self.tr("Recargo de equivalencia"))
        for row, old in enumerate(self.model.records()):
            new = self._with_paired_surcharge(old) if enabled else replace(old, surcharge_rate="0")
            if new != old:
                self.model.push(SetRecordCommand(self.model, row, old, new, self.tr("Recargo")))
        self.undo_stack.endMacro()

    def _with_paired_surcharge(self, record: LineRecord) -> LineRecord:
        vat = parse_number(record.vat_rate)
        pair = self.table_data.surcharge_for(vat) if self.table_data and vat is not None else None
        return replace(
            record, surcharge_rate=number_text(pair) if pair is not None and not record.exemption else "0"
        )

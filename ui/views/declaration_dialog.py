"""Ayuda › Declaración responsable: the declaración responsable of this invoicing system
(RD 1007/2023 art. 13 wants it written in the system itself), built by the service layer from the
producer constants the records carry. Spanish is the declaration; English is shown as its
translation. The text is pure data (no database, no I/O), so it is built on the GUI thread.
"""

from __future__ import annotations

import re
from html import escape as _escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facturas_app.services.verifactu.declaration import Declaration, build_declaration
from ui.i18n import current_language

LANGUAGES = ("es", "en")
# A legal reference split over two lines ("HAC/" | "1177/2024", "Ley" | "58/2003") reads badly.
_ORDER = re.compile(r"HAC/\d+/\d{4}")
_NUMBERED = re.compile(r"(\w+) (\d+/\d{4})")


def escape(text: str) -> str:
    """HTML-escaped text whose legal references stay on one line."""
    glued = _NUMBERED.sub("\\1&nbsp;\\2", _escape(text))
    # Qt's rich text ignores white-space:nowrap on inline text; a word joiner forbids the break.
    return _ORDER.sub(lambda m: m.group(0).replace("/", "/\u2060"), glued)


def declaration_html(declaration: Declaration) -> str:
    """Title, intro, the lettered items as a two-column table and the translation note."""
    rows = "".join(
        f"<tr><td valign='top' style='padding:4px 8px 4px 0'><b>{item.letter})</b></td>"
        f"<td valign='top' style='padding:4px 12px 4px 0; width:38%'>{escape(item.label)}</td>"
        f"<td valign='top' style='padding:4px 0'>{escape(item.value)}</td></tr>"
        for item in declaration.items
    )
    note = f"<p style='color:#666'><i>{escape(declaration.note)}</i></p>" if declaration.note else ""
    return (
        f"<h3>{escape(declaration.title)}</h3><p>{escape(declaration.intro)}</p>"
        f"<table cellspacing='0' width='100%'>{rows}</table>{note}"
    )


class DeclarationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declaración responsable"))
        self.resize(760, 680)
        self.language = QComboBox()
        self.language.addItems(
            [self.tr("Español (texto de la declaración)"), self.tr("English (traducción)")]
        )
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.copy_button = QPushButton(self.tr("Copiar texto"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self.language.currentIndexChanged.connect(self._show)
        self.copy_button.clicked.connect(self.copy_text)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self._show(self.language.currentIndex())

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Idioma:")))
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def declaration(self) -> Declaration:
        return build_declaration(LANGUAGES[max(self.language.currentIndex(), 0)])

    @Slot(int)
    def _show(self, _index: int) -> None:
        self.browser.setHtml(declaration_html(self.declaration()))

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.declaration().as_text())


def open_declaration(parent: QWidget | None) -> DeclarationDialog:
    dialog = DeclarationDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # reopening makes a new one
    dialog.show()
    return dialog

"""Settings → Plantilla PDF: the three templates side by side, each a thumbnail of a sample invoice
with the business's own data; the one picked is stored as the business's default (issue #18).

The sample PDFs are rendered and rasterised on the TaskRunner (the first render loads the fonts and
takes seconds); only the finished QImage comes back to the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from facturas_app.services.pdf import TEMPLATES
from facturas_app.services.pdf_choice import sample_pdf, set_default_template
from ui.i18n import error_message

THUMB = QSize(190, 269)  # A4's proportions


def first_page_image(data: bytes, size: QSize = THUMB) -> QImage:
    """The first page of a PDF as an image (QtPdf; a blank page where the build lacks it). Safe on
    a worker thread: nothing here touches widgets."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        return image
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document.render(0, size)


def render_thumbnail(business: Any, template: str) -> QImage:
    return first_page_image(sample_pdf(business, template))


class PdfTemplatePanel(QWidget):
    saved = Signal(object)  # the Business after a new default was stored
    thumbnails_ready = Signal()  # every thumbnail painted (tests, screenshots)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.group = QButtonGroup(self)
        self.choices: dict[str, QToolButton] = {}
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._pending = 0
        self._business: Any = None
        self._stale = False  # thumbnails to (re)render when the panel is next shown
        self._build()
        self.group.idClicked.connect(self._chosen)
        self.load()

    def names(self) -> dict[str, str]:
        return {"clasica": self.tr("Clásica"), "moderna": self.tr("Moderna"), "minimal": self.tr("Minimal")}

    def _build(self) -> None:
        row = QHBoxLayout()
        for index, name in enumerate(TEMPLATES):
            button = QToolButton(self)
            button.setText(self.names()[name])
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(THUMB)
            button.setMinimumSize(THUMB.width() + 24, THUMB.height() + 44)
            # the chosen one must stand out at a glance, not only as a pressed button
            button.setStyleSheet("QToolButton:checked { border: 3px solid palette(highlight); }")
            button.setToolTip(self.tr("Usar esta plantilla en los PDF"))
            self.group.addButton(button, index)
            self.choices[name] = button
            row.addWidget(button)
        row.addStretch(1)
        note = QLabel(
            self.tr(
                "Se usa en los PDF de todas las facturas que no tengan una plantilla propia, "
                "en la aplicación y en la línea de órdenes."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Plantilla de las facturas en PDF</h3>"), self))
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self) -> None:
        self.runner.submit(self.services.business.get, self._loaded, self._failed)

    def _loaded(self, business: Any) -> None:
        current = business.pdf_template if business is not None else "clasica"
        self.choices.get(current, self.choices["clasica"]).setChecked(True)
        for button in self.choices.values():
            button.setEnabled(business is not None)  # the choice is stored in the profile
        self._business, self._stale = business, True
        if self.isVisible():
            self.render_thumbnails()

    def showEvent(self, event: QShowEvent) -> None:
        # Rendered when first shown, not when Settings is built: seconds of CPU (fonts) for a tab
        # most sessions never open.
        super().showEvent(event)
        if self._stale:
            self.render_thumbnails()

    def render_thumbnails(self) -> None:
        self._stale = False
        business = self._business
        self._pending = len(TEMPLATES)
        for name in TEMPLATES:
            self.runner.submit(
                lambda name=name: render_thumbnail(business, name),
                lambda image, name=name: self._thumbnail(name, image),
                self._failed,
            )

    def _thumbnail(self, name: str, image: QImage) -> None:
        self.choices[name].setIcon(QIcon(QPixmap.fromImage(image)))
        self._pending -= 1
        if self._pending == 0:
            self.thumbnails_ready.emit()

    def selected(self) -> str:
        return TEMPLATES[self.group.checkedId()] if self.group.checkedId() >= 0 else ""

    def _chosen(self, index: int) -> None:
        name = TEMPLATES[index]
        self.runner.submit(
            lambda: set_default_template(self.services.business, name), self._saved, self._failed
        )

    def _saved(self, business: Any) -> None:
        self.status.setText(
            self.tr("Plantilla guardada: %1").replace("%1", self.names()[business.pdf_template])
        )
        self.saved.emit(business)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))

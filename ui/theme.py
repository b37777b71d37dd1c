"""Icons. The app icon is an "F" on a rounded square, drawn with QPainter and saved as PNGs by
`python -m ui.theme` (16–512 px in resources/icons). Navigation icons are small SVGs drawn in a
mid grey that reads on light and dark palettes. No hard-coded widget colours: the OS palette rules."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter

from facturas_app.paths import resource_path

APP_COLOUR = QColor("#1F5F8B")  # the brand colour of the PDF accent too
SVG_NS = "http://www.w3.org/2000/svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_STROKE = 'fill="none" stroke="#7a8590" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"'
NAV_SVGS = {
    "dashboard": '<rect x="3" y="3" width="7" height="9" rx="1"/>'
    '<rect x="14" y="3" width="7" height="5" rx="1"/>'
    '<rect x="14" y="12" width="7" height="9" rx="1"/><rect x="3" y="16" width="7" height="5" rx="1"/>',
    "clients": '<circle cx="9" cy="8" r="3.5"/>'
    '<path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6"/>'
    '<circle cx="17" cy="9" r="2.5"/><path d="M16 14.2c3 .2 5.5 2.3 5.5 5.3"/>',
    "products": '<path d="M12 2.5l8.5 4.5v10L12 21.5 3.5 17V7z"/><path d="M3.5 7L12 11.5 20.5 7M12 11.5v10"/>',
    "invoices": '<path d="M6 2.5h9l4 4v15H6z"/><path d="M15 2.5v4h4M9 11h7M9 14.5h7M9 18h4"/>',
    "payments": '<rect x="2.5" y="6" width="19" height="12" rx="2"/>'
    '<circle cx="12" cy="12" r="3"/>'
    '<path d="M6 9.5v5M18 9.5v5"/>',
    "settings": '<circle cx="12" cy="12" r="3"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1'
    'M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/>',
    "new": '<path d="M12 5v14M5 12h14"/>',
}


def render_app_icon(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = max(1.0, size * 0.04)
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(APP_COLOUR)
    painter.drawRoundedRect(rect, size * 0.2, size * 0.2)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.66)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "F")
    painter.end()
    return image


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"facturas-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon if not icon.isNull() else QIcon(QIcon.fromTheme("document-new"))


def nav_icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def write_icons() -> None:
    folder = resource_path("icons")
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        render_app_icon(size).save(str(folder / f"facturas-{size}.png"))
    for name, body in NAV_SVGS.items():
        svg = f'<svg xmlns="{SVG_NS}" viewBox="0 0 24 24" width="24" height="24" {_STROKE}>{body}</svg>\n'
        (folder / f"{name}.svg").write_text(svg, "utf-8")


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)
    write_icons()

"""The main window's size and place: fitted to the screen the first time, then as the user left it.

It used to open at a fixed 1280×800, taller than a 1366×768 laptop's screen, so the bottom of every
page (the editor's Guardar / Emitir / PDF / Enviar row) was off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

SCREEN_SHARE = 0.9  # of the screen's free area (without panels and docks)
LARGEST = QSize(1600, 1000)  # bigger only spreads the lists out
SMALLEST_COMFORTABLE = QSize(1280, 720)  # below this a window in the middle wastes the screen
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"


def first_geometry(available: QRect) -> QRect | None:
    """90 % of the free screen (at most 1600×1000), centred; None when that would be smaller than
    1280×720 (a laptop screen): such a screen is best used whole, maximized."""
    width = min(int(available.width() * SCREEN_SHARE), LARGEST.width())
    height = min(int(available.height() * SCREEN_SHARE), LARGEST.height())
    if width < SMALLEST_COMFORTABLE.width() or height < SMALLEST_COMFORTABLE.height():
        return None
    rect = QRect(QPoint(0, 0), QSize(width, height))
    rect.moveCenter(available.center())
    return rect


def place(window: QMainWindow) -> None:
    """Where the user left the window last time, else fitted to the screen it opens on."""
    if restore(window):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    rect = first_geometry(available)
    if rect is None:
        window.resize(available.size() * SCREEN_SHARE)  # its size once the user un-maximizes it
        window.setWindowState(Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(rect)


def restore(window: QMainWindow) -> bool:
    """Qt moves a saved geometry back onto the screens there are now (a monitor unplugged)."""
    settings = QSettings()
    geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return restored


def save(window: QMainWindow) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())

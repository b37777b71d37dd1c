"""A scroll area that only scrolls when the window is smaller than what its page needs.

Pages are laid out for a roomy window; on a small laptop screen (1366×768 less the panel) a page
taller than the window used to be cut off at the bottom, buttons included. Inside a `ScrollPage`
the page keeps its natural size when there is room and gains scroll bars when there is not.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollPage(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)  # the page fills the viewport, never below its minimum size
        self.setWidget(page)
        self.setFocusProxy(page)


def page_of(widget: QWidget | None) -> QWidget | None:
    """The page a stack entry shows (the widget itself when it is not wrapped)."""
    return widget.widget() if isinstance(widget, ScrollPage) else widget

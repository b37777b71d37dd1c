"""A two-pane splitter whose split is a share of its width: kept when the window is resized and
remembered in QSettings once the user drags the handle (as the window's geometry is).

Before the user has chosen, `default_share(width)` decides, so a default can depend on the room
there is (the invoice editor keeps its form usable and gives the PDF preview a readable width).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

SHARE_RANGE = (0.05, 0.95)  # a stored share outside this is not a choice anyone made: ignored


class RatioSplitter(QSplitter):
    def __init__(
        self, key: str, default_share: Callable[[int], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.key, self.default_share = key, default_share
        self.user_share = valid_share(QSettings().value(key))
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self._moved)

    def share(self) -> float:
        """The second pane's share of the width: the user's, else the default for this width."""
        return self.user_share if self.user_share is not None else self.default_share(self._room())

    def apply_share(self) -> None:
        if self.count() == 2 and self._room() > 0 and not self.widget(1).isHidden():
            second = round(self._room() * self.share())
            self.setSizes([self._room() - second, second])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_share()

    def _room(self) -> int:
        return self.width() - self.handleWidth()

    def _moved(self, *_args: object) -> None:
        first, second = self.sizes()
        if first + second > 0:
            self.user_share = second / (first + second)
            QSettings().setValue(self.key, self.user_share)


def valid_share(value: object) -> float | None:
    """A stored share read back (QSettings' INI files give text), or None."""
    try:
        share = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return share if SHARE_RANGE[0] <= share <= SHARE_RANGE[1] else None

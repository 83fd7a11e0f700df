"""A one-line label that gives way: given less width than its text needs, it ends in "…"
instead of pushing its neighbours (and the pane) wider than the window."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Letters kept before the "…" at the narrowest.
_KEPT = 3


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" to the width it is given. `text()` is the whole
    text; once cut, the whole text is its tooltip and accessible name (unless others were
    set)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._around = 0  # what the label adds around its text
        self._own_tip = ""
        self._own_name = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        self._measure()
        self._fit()
        self.updateGeometry()

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        super().setToolTip(tip)

    def setAccessibleName(self, name: str) -> None:
        self._own_name = name
        super().setAccessibleName(name)

    def sizeHint(self) -> QSize:
        return QSize(self._around + self._advance(self._whole), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        shortest = self._whole if len(self._whole) <= _KEPT else self._whole[:_KEPT] + "…"
        return QSize(self._around + self._advance(shortest), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()
            self._fit()
            self.updateGeometry()

    def show_text(self, text: str) -> None:
        """Put `text` (the whole text, or its cut) on the label; a subclass may dress it."""
        super().setText(text)

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _measure(self) -> None:
        """Learn what the label adds around its text (margins, a style sheet's padding and
        border) from the label's own size for the whole text."""
        self.show_text(self._whole)
        self._around = max(0, super().sizeHint().width() - self._advance(self._whole))

    def _fit(self) -> None:
        room = self.width() - self._around
        shown = self._whole
        # elidedText cuts a text that exactly fills the room: only cut what does not fit.
        if self._advance(shown) > room:
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        self.show_text(shown)
        cut = shown != self._whole
        super().setToolTip(self._own_tip or (self._whole if cut else ""))
        super().setAccessibleName(self._own_name or (self._whole if cut else ""))

"""A scrolling column of cards (applications, notes, feedback, activity) with an empty state
and an optional "more" button at its end, and the lines the cards share.

The column is as wide as the pane: what a card shows wraps or ends in "…" rather than
widening it (a card wider than the pane would be cut off on the right)."""

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.views.candidate.elided_label import ElidedLabel


class Card(QFrame):
    """A rounded panel on the base colour; `body` is its vertical layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label in the palette's quieter text colour (who, when, hints)."""
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


def name_line(name: str) -> ElidedLabel:
    """Who wrote a note or gave feedback, in bold, cut with "…" when the card is narrow."""
    label = ElidedLabel(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def byline(when: str, moment: str, job_title: str | None) -> ElidedLabel:
    """ "3 days ago · Backend engineer" in the quieter colour, cut with "…" when the card is
    narrow; its tooltip tells the moment and the whole job title."""
    parts = [part for part in (when, job_title) if part]
    label = ElidedLabel(" · ".join(parts))
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setToolTip(" · ".join(part for part in (moment, job_title) if part))
    return label


def quiet_colour(widget: QWidget) -> str:
    """The colour of quiet text in rich text (who, when) as #rrggbb: the palette's text
    colour mixed with its background, so it reads in light and dark palettes alike."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        round(text.red() * 0.55 + back.red() * 0.45),
        round(text.green() * 0.55 + back.green() * 0.45),
        round(text.blue() * 0.55 + back.blue() * 0.45),
    ).name()


def heading(text: str, parent: QWidget | None = None, *, size: float = 1.1) -> QLabel:
    """A bold label, `size` times the normal font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class CardColumn(QScrollArea):
    """Cards one under the other in a scroll area; a text in their place when there are
    none; `more` (hidden unless asked for) after the last card."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(2, 8, 2, 8)
        self._column.setSpacing(10)
        self._empty = muted(empty_text)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setContentsMargins(0, 24, 0, 24)
        self._column.addWidget(self._empty)
        self._cards: list[QWidget] = []
        self.more = QPushButton()
        self.more.setVisible(False)
        self._column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
        self._column.addStretch(1)
        self.setWidget(inner)

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)

    def cards(self) -> list[QWidget]:
        return list(self._cards)

    def clear(self, keep: Collection[QWidget] = ()) -> None:
        """Take every card out; those in `keep` are only detached, the rest deleted."""
        for card in self._cards:
            card.setParent(None)
            if card not in keep:
                card.deleteLater()
        self._cards.clear()
        self._empty.setVisible(True)

    def add(self, card: QWidget) -> None:
        self._column.insertWidget(len(self._cards) + 1, card)
        self._cards.append(card)
        self._empty.setVisible(False)

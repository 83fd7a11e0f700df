"""How a candidate card of a job's board looks: initials, name, headline, time in the stage,
and a mark while its change waits for the server. Colours come from the palette, so a card
reads in light and dark themes alike."""

import zlib

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desktop.store.queries.pipeline import PipelineCard
from recruiter_desktop.views.jobs.stage_cards import CARD_ROLE, PENDING_ROLE, full_name
from recruiter_desktop.views.tones import is_dark
from recruiter_desktop.views.wording import duration

Index = QModelIndex | QPersistentModelIndex

_MARGIN_X = 6
_MARGIN_Y = 3
_PAD = 8
_AVATAR = 28
# A card waiting this long in one stage is stale: its time shows in a warning colour.
STALE_DAYS = 14


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` moved `share_of_b` of the way towards `b`."""
    keep = 1 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def avatar_color(name: str, palette: QPalette) -> QColor:
    """A steady colour for a person, muted enough for white initials on either theme."""
    hue = zlib.crc32(name.encode()) % 360
    return QColor.fromHsl(hue, 110, 95 if is_dark(palette) else 120)


class CardDelegate(QStyledItemDelegate):
    """Paints the cards of a stage column (a QListView over StageCardsModel)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 3 * line + 2 * _PAD + 2 * _MARGIN_Y + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(option.rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y))
        _frame(painter, option, box)
        if not isinstance(card, PipelineCard):  # its page is being read: an empty card
            painter.restore()
            return
        inner = box.toRect().adjusted(_PAD, _PAD, -_PAD, -_PAD)
        name = full_name(card)
        _avatar(painter, QRect(inner.left(), inner.top(), _AVATAR, _AVATAR), name, option.palette)
        left = inner.left() + _AVATAR + _PAD
        line = QFontMetrics(option.font).lineSpacing()
        rows = [QRect(left, inner.top() + n * line, inner.right() - left, line) for n in range(3)]
        palette = option.palette
        text = palette.color(QPalette.ColorRole.Text)
        muted = mix(text, palette.color(QPalette.ColorRole.Base), 0.4)

        bold = QFont(option.font)
        bold.setBold(True)
        _line(painter, rows[0], name, bold, text)
        _line(painter, rows[1], card.headline, option.font, muted)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        stale = card.time_in_stage.days >= STALE_DAYS
        warning = QColor("#f2b84b") if is_dark(palette) else QColor("#9a5b00")
        tone = warning if stale else muted
        icon = min(line - 4, 12)
        _clock(painter, QRect(left, rows[2].center().y() - icon // 2, icon, icon), tone)
        _line(
            painter, rows[2].adjusted(icon + 4, 0, 0, 0), duration(card.time_in_stage), small, tone
        )
        if index.data(PENDING_ROLE):
            self._pending_mark(painter, rows[2], small, palette)
        painter.restore()

    def _pending_mark(self, painter: QPainter, row: QRect, font: QFont, palette: QPalette) -> None:
        """ "Not synced", right-aligned, after a dot: the card's change waits for the server."""
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        tone = mix(highlight, text, 0.35) if is_dark(palette) else highlight
        label = self.tr("Not synced")
        label_width = QFontMetrics(font).horizontalAdvance(label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone)
        painter.drawEllipse(QRect(row.right() - label_width - 10, row.center().y() - 3, 6, 6))
        painter.setFont(font)
        painter.setPen(tone)
        painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)


def _frame(painter: QPainter, option: QStyleOptionViewItem, box: QRectF) -> None:
    """The card's rounded box: tinted when selected, outlined in the accent when focused."""
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    border = highlight if selected or focused else mix(base, text, 0.2 if hovered else 0.12)
    painter.setPen(QPen(border, 2 if focused else 1))
    painter.setBrush(mix(base, highlight, 0.16) if selected else base)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)


def _line(painter: QPainter, row: QRect, text: str, font: QFont, color: QColor) -> None:
    painter.setFont(font)
    painter.setPen(color)
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, row.width())
    painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


def _avatar(painter: QPainter, rect: QRect, name: str, palette: QPalette) -> None:
    """A disc with the person's initials."""
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(name, palette))
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(rect.height() * 2 // 5, 8))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials)


def _clock(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A small clock face: the time-in-stage mark (fonts differ in which symbols they hold)."""
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
    centre = QRectF(rect).center()
    painter.drawLine(centre, centre + QPointF(0, -rect.height() * 0.3))
    painter.drawLine(centre, centre + QPointF(rect.width() * 0.25, 0))

"""A job's hiring funnel drawn with QPainter: one bar a stage, top to bottom, as wide as the
number of candidates who reached the stage, so the bars narrow as the funnel does. Stage
names sit left of the bars and the candidates in each stage now sit right of them, in the
palette's text colour, so the chart reads on light and dark themes."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from recruiter_desktop.store.queries.jobs import FunnelStep
from recruiter_desktop.views.jobs.card_delegate import mix

_BAR = 30
_GAP = 6
_MARGIN = 12


class FunnelChart(QWidget):
    """The funnel of one job (`show_funnel`); `steps` holds what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: tuple[FunnelStep, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Hiring funnel"))
        self.setMouseTracking(True)

    def show_funnel(self, steps: Sequence[FunnelStep]) -> None:
        self.steps = tuple(steps)
        self.setAccessibleDescription("; ".join(self._describe(step) for step in self.steps))
        self.updateGeometry()
        self.update()

    def _describe(self, step: FunnelStep) -> str:
        reached = self.tr("%n reached it", "", step.reached)
        now = self.tr("%n in it now", "", step.current)
        return f"{step.name}: {reached}, {now}"

    def sizeHint(self) -> QSize:
        rows = max(len(self.steps), 1)
        return QSize(480, 2 * _MARGIN + rows * _BAR + (rows - 1) * _GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _layout(self) -> tuple[int, int, int]:
        """x of the bars' area, its width, and the x where the right-hand labels start."""
        metrics = self.fontMetrics()
        names = max((metrics.horizontalAdvance(s.name) for s in self.steps), default=0)
        now = max(
            (metrics.horizontalAdvance(self.tr("%n now", "", s.current)) for s in self.steps),
            default=0,
        )
        left = _MARGIN + names + 12
        right = self.width() - _MARGIN - now - 12
        return left, max(right - left, 40), right + 12

    def _bar(self, at: int, step: FunnelStep) -> QRect:
        left, width, _ = self._layout()
        most = max((s.reached for s in self.steps), default=0)
        share = step.reached / most if most else 0.0
        bar_width = max(round(width * share), 24)
        top = _MARGIN + at * (_BAR + _GAP)
        return QRect(left + (width - bar_width) // 2, top, bar_width, _BAR)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        muted = mix(text, window, 0.35)
        bars_x, _, labels_x = self._layout()
        if not self.steps:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No stages yet"))
            return
        for at, step in enumerate(self.steps):
            bar = self._bar(at, step)
            # Later stages a little lighter into the window colour: the eye reads the order.
            fill = mix(accent, window, min(0.45, at * 0.09)) if step.reached else window
            painter.setPen(Qt.PenStyle.NoPen if step.reached else muted)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(bar), 5, 5)
            painter.setPen(_readable_on(fill, on_accent, text))
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, str(step.reached))
            name_box = QRect(_MARGIN, bar.top(), bars_x - _MARGIN - 12, _BAR)
            painter.setPen(text)
            painter.drawText(
                name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, step.name
            )
            painter.setPen(muted if not step.current else text)
            now_box = QRect(labels_x, bar.top(), self.width() - labels_x - _MARGIN, _BAR)
            painter.drawText(
                now_box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("%n now", "", step.current),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            step = self._step_at(event.pos())
            if step is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._describe(step), self)
            return True
        return super().event(event)

    def _step_at(self, point: QPoint) -> FunnelStep | None:
        for at, step in enumerate(self.steps):
            top = _MARGIN + at * (_BAR + _GAP)
            if top <= point.y() < top + _BAR:
                return step
        return None


def _readable_on(fill: QColor, light_text: QColor, dark_text: QColor) -> QColor:
    """Of two text colours, the one with more contrast on `fill`."""
    lightness = fill.lightness()
    return max((light_text, dark_text), key=lambda color: abs(color.lightness() - lightness))

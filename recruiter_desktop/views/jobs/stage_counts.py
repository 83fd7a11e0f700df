"""A job's candidates per stage as a row of small counts, in the job list."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desktop.store.queries.jobs import JobSummary
from recruiter_desktop.views.jobs.card_delegate import mix
from recruiter_desktop.views.paged_model import ITEM_ROLE

Index = QModelIndex | QPersistentModelIndex
CELL = 34


def counts_text(job: JobSummary) -> str:
    """'Prospect 3, Screening 1, …': what the cells say, for screen readers and tooltips."""
    return ", ".join(f"{stage.name} {stage.active}" for stage in job.stages)


class StageCountsDelegate(QStyledItemDelegate):
    """Paints one cell a stage, left to right in stage order: the number of active
    candidates in it, the cell tinted by its share of the job's active candidates."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        job = index.data(ITEM_ROLE)
        stages = len(job.stages) if isinstance(job, JobSummary) else 5
        return QSize(stages * (CELL + 3) + 8, QFontMetrics(option.font).height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        job = index.data(ITEM_ROLE)
        if not isinstance(job, JobSummary):
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(group, text_role)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        most = max((stage.active for stage in job.stages), default=0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = option.rect.height() - 8
        x = option.rect.left() + 4
        for stage in job.stages:
            cell = QRect(x, option.rect.top() + 4, CELL, height)
            share = stage.active / most if most else 0.0
            if not selected:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mix(base, accent, 0.08 + 0.32 * share) if stage.active else base)
                painter.drawRoundedRect(QRectF(cell), 4, 4)
            painter.setPen(text if stage.active else mix(text, base, 0.6))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(stage.active))
            x += CELL + 3
        painter.restore()

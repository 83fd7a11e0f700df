"""A job's candidates per stage as a row of small counts, in the job list."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desktop.store.queries.jobs import JobSummary
from recruiter_desktop.views.jobs.card_delegate import mix
from recruiter_desktop.views.paged_model import ITEM_ROLE

Index = QModelIndex | QPersistentModelIndex
CELL = 28  # a stage's cell at its widest
NARROWEST = 20  # and at its narrowest (three digits)
GAP = 3
MARGIN = 4
# Room for six stages at their widest; and for four at their narrowest, and "…".
COUNTS_WIDTH = 6 * (CELL + GAP) + 2 * MARGIN
COUNTS_NARROWEST = 5 * (NARROWEST + GAP) + 2 * MARGIN


def counts_text(job: JobSummary) -> str:
    """'Prospect 3, Screening 1, …': what the cells say, for screen readers and tooltips."""
    return ", ".join(f"{stage.name} {stage.active}" for stage in job.stages)


def cells(width: int, stages: int) -> tuple[int, int]:
    """(cell width, cells shown) for `stages` stages in a column `width` wide: the cells
    narrow down to NARROWEST; past that, those that fit are shown (then "…")."""
    room = width - 2 * MARGIN
    if stages <= 0:
        return CELL, 0
    cell = min(CELL, room // stages - GAP)
    if cell >= NARROWEST:
        return cell, stages
    return NARROWEST, max(0, (room - NARROWEST) // (NARROWEST + GAP))


class StageCountsDelegate(QStyledItemDelegate):
    """Paints one cell a stage, left to right in stage order: the number of active
    candidates in it, the cell tinted by its share of the job's active candidates. The
    cells narrow with the column; the cell's tooltip tells every count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        job = index.data(ITEM_ROLE)
        stages = len(job.stages) if isinstance(job, JobSummary) else 5
        height = QFontMetrics(option.font).height() + 2 * MARGIN
        return QSize(stages * (CELL + GAP) + 2 * MARGIN, height)

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
        height = option.rect.height() - 2 * MARGIN
        width, shown = cells(option.rect.width(), len(job.stages))
        x = option.rect.left() + MARGIN
        for stage in job.stages[:shown]:
            cell = QRect(x, option.rect.top() + MARGIN, width, height)
            share = stage.active / most if most else 0.0
            if not selected:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mix(base, accent, 0.08 + 0.32 * share) if stage.active else base)
                painter.drawRoundedRect(QRectF(cell), 4, 4)
            painter.setPen(text if stage.active else mix(text, base, 0.6))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(stage.active))
            x += width + GAP
        if shown < len(job.stages):
            painter.setPen(text)
            more = QRect(x, option.rect.top() + MARGIN, NARROWEST, height)
            painter.drawText(more, Qt.AlignmentFlag.AlignCenter, "…")
        painter.restore()

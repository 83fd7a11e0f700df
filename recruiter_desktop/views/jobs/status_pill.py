"""A job's status as a small coloured pill ("Active", "Draft", "Closed") that reads on light
and dark palettes."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from recruiter_api.enums import JobStatus
from recruiter_desktop.views.jobs.card_delegate import is_dark, mix
from recruiter_desktop.views.jobs.wording import job_status

_HUES = {JobStatus.ACTIVE: "#2e9d5b", JobStatus.DRAFT: "#8a8f98", JobStatus.CLOSED: "#c0504d"}


def status_color(status: JobStatus, palette: QPalette) -> QColor:
    """The status's colour, lightened on a dark palette so it reads there too."""
    color = QColor(_HUES[status])
    return color.lighter(135) if is_dark(palette) else color


class StatusPill(QWidget):
    """Shows one job status (`show_status`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = JobStatus.DRAFT
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_status(self, status: JobStatus) -> None:
        self._status = status
        self._text = job_status(status)
        self.setAccessibleName(self.tr("Status: %1").replace("%1", self._text))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text) + 18, metrics.height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = status_color(self._status, self.palette())
        window = self.palette().color(QPalette.ColorRole.Window)
        painter.setPen(color)
        painter.setBrush(mix(window, color, 0.18))
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)

"""A job's details: what it is, its stages in order, and the hiring team by role."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.store.queries.jobs import JobDetails
from recruiter_desktop.views.candidate.wording import day
from recruiter_desktop.views.jobs.card_delegate import mix
from recruiter_desktop.views.jobs.wording import job_role


class JobDetailsView(QScrollArea):
    """Shows a JobDetails (`show_details`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)

        self.description = self._text()
        self.dates = self._text(muted=True)
        self.stages = self._text()
        self.stages.setAccessibleName(self.tr("Stages in order"))
        self._team = QWidget()
        self._team.setAccessibleName(self.tr("Hiring team"))
        self._grid = QGridLayout(self._team)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(2, 1)

        for title, part in (
            (self.tr("About the job"), (self.description, self.dates)),
            (self.tr("Stages"), (self.stages,)),
            (self.tr("Hiring team"), (self._team,)),
        ):
            layout.addWidget(self._heading(title))
            for widget in part:
                layout.addWidget(widget)
        layout.addStretch()
        self.setWidget(body)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 12, 0, 2)
        return label

    def _text(self, *, muted: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            self.mute(label)
        return label

    @staticmethod
    def mute(label: QLabel) -> None:
        """Show the label's text in a quieter tone of the palette's."""
        palette = label.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.WindowText, mix(text, window, 0.4))
        label.setPalette(palette)

    def show_details(self, job: JobDetails) -> None:
        self.description.setText(job.description or self.tr("No description yet."))
        dates = [self.tr("Created %1").replace("%1", day(job.created_at))]
        if job.opened_at:
            dates.append(self.tr("opened %1").replace("%1", day(job.opened_at)))
        if job.closed_at:
            dates.append(self.tr("closed %1").replace("%1", day(job.closed_at)))
        self.dates.setText(", ".join(dates))
        self.stages.setText("   →   ".join(stage.name for stage in job.stages))
        self._show_team(job)

    def _show_team(self, job: JobDetails) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if not job.members:
            self._grid.addWidget(QLabel(self.tr("Nobody holds a role on this job yet.")), 0, 0)
            return
        previous = None
        for row, member in enumerate(job.members):
            role = QLabel(job_role(member.role) if member.role != previous else "")
            self.mute(role)
            previous = member.role
            name = member.name or member.email
            if not member.active:
                name = self.tr("%1 (no longer here)").replace("%1", name)
            email = self._text(muted=True)
            email.setText(member.email)
            self._grid.addWidget(role, row, 0)
            self._grid.addWidget(QLabel(name), row, 1)
            self._grid.addWidget(email, row, 2)

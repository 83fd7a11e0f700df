"""The Applications tab: each job the candidate is in, where they stand, and every step of
the way with who took it and when."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from recruiter_api.enums import ApplicationStatus, StageChangeAction
from recruiter_desktop.store.queries.candidates import CandidateApplication, HistoryEntry
from recruiter_desktop.views.candidate.cards import Card, CardColumn, heading, muted, quiet_colour
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import (
    by_whom,
    day,
    duration,
    moment,
    status_text,
    step_text,
)

STATUS_TONES = {
    ApplicationStatus.ACTIVE: Tone.INFO,
    ApplicationStatus.HIRED: Tone.SUCCESS,
    ApplicationStatus.REJECTED: Tone.DANGER,
    ApplicationStatus.WITHDRAWN: Tone.NEUTRAL,
}
_STEP_COLOURS = {
    StageChangeAction.CREATED: "#8a8a8a",
    StageChangeAction.MOVED: "#3b82f6",
    StageChangeAction.REJECTED: "#dc3c3c",
    StageChangeAction.WITHDRAWN: "#8a8a8a",
    StageChangeAction.HIRED: "#22a05a",
}


class ApplicationCard(Card):
    """One application: job, status, current stage and time in it, and its history."""

    def __init__(
        self, app: CandidateApplication, *, pending: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.application_id = app.id
        self.title = heading(app.job_title or self.tr("(a job you cannot see)"))
        code = muted(app.job_code)
        code.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(code)
        if pending:
            top.addWidget(Pill(self.tr("Waiting to sync"), Tone.WARNING))
        self.status = Pill(status_text(app.status), STATUS_TONES[app.status])
        top.addWidget(self.status)
        self.body.addLayout(top)

        if app.status is ApplicationStatus.ACTIVE:
            where = (
                self.tr("%1 · %2 in stage · applied %3")
                .replace("%1", app.stage_name)
                .replace("%2", duration(app.stage_entered_at))
                .replace("%3", day(app.applied_at))
            )
        elif app.status is ApplicationStatus.HIRED:
            where = (
                self.tr("Hired on %1 · applied %2")
                .replace("%1", day(app.closed_at or app.stage_entered_at))
                .replace("%2", day(app.applied_at))
            )
        else:
            where = (
                self.tr("%1 in %2 on %3 · applied %4")
                .replace("%1", status_text(app.status))
                .replace("%2", app.stage_name)
                .replace("%3", day(app.closed_at or app.stage_entered_at))
                .replace("%4", day(app.applied_at))
            )
        self.stage = QLabel(where)
        self.stage.setWordWrap(True)
        self.body.addWidget(self.stage)

        self.history = QLabel(self._history_html(app.history))
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(
            self.tr("History of the application to %1").replace("%1", app.job_title)
        )
        self.history.setAccessibleDescription(
            "; ".join(
                f"{step_text(s)}, {by_whom(s.changed_by)}, {moment(s.changed_at)}"
                for s in app.history
            )
        )
        history_box = QVBoxLayout()
        history_box.setContentsMargins(0, 6, 0, 0)
        history_box.addWidget(muted(self.tr("History")))
        history_box.addWidget(self.history)
        self.body.addLayout(history_box)

    def history_steps(self) -> str:
        """The history as plain text, one step a line (what a screen reader reads)."""
        return self.history.accessibleDescription().replace("; ", "\n")

    def _history_html(self, steps: tuple[HistoryEntry, ...]) -> str:
        quiet = quiet_colour(self)
        rows = []
        for step in steps:
            colour = _STEP_COLOURS[step.action]
            who_when = (
                self.tr("by %1 · %2")
                .replace("%1", by_whom(step.changed_by))
                .replace("%2", moment(step.changed_at))
            )
            reason = (
                f"<br><i>{html.escape(self.tr('Reason: %1').replace('%1', step.reason))}</i>"
                if step.reason
                else ""
            )
            rows.append(
                f'<tr><td valign="top" style="color:{colour}; padding-right:6px">&#9679;</td>'
                f"<td style='padding-bottom:6px'>{html.escape(step_text(step))}"
                f'<br><span style="color:{quiet}">{html.escape(who_when)}</span>{reason}'
                "</td></tr>"
            )
        if not rows:
            return html.escape(self.tr("No history in your cache."))
        return f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>"


class ApplicationsTab(CardColumn):
    """Every application of the candidate, the latest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.set_empty_text(self.tr("Not in any job's pipeline yet."))
        self.setAccessibleName(self.tr("Applications"))

    def show_applications(
        self, applications: tuple[CandidateApplication, ...], pending: frozenset[str]
    ) -> None:
        self.clear()
        for app in applications:
            self.add(ApplicationCard(app, pending=app.id in pending))

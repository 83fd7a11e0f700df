"""The Applications tab: each job the candidate is in, where they stand, and every step of
the way with who took it and when."""

import html
from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from recruiter_api.enums import ApplicationStatus, StageChangeAction
from recruiter_desktop.store.queries.candidate_pane import StageChoice
from recruiter_desktop.store.queries.candidates import CandidateApplication, HistoryEntry
from recruiter_desktop.views.candidate.cards import Card, CardColumn, heading, muted, quiet_colour
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import (
    by_whom,
    day,
    moment,
    status_text,
    step_text,
)
from recruiter_desktop.views.wording import duration

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
    """One application: job, status, current stage and time in it, and its history; Move
    and Reject buttons when the user may change it (`stages` given).

    Signals:
        move_asked(str, str): move the application (id) to the stage (id).
        reject_asked(str): reject the application (id); the reason is still to be asked.
    """

    move_asked = Signal(str, str)
    reject_asked = Signal(str)

    def __init__(
        self,
        app: CandidateApplication,
        *,
        pending: bool,
        stages: tuple[StageChoice, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.application_id = app.id
        self.move_menu: QMenu | None = None
        self.move_button: QPushButton | None = None
        self.reject_button: QPushButton | None = None
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
                .replace("%2", duration(datetime.now(UTC) - app.stage_entered_at))
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
        if stages is not None and app.status is ApplicationStatus.ACTIVE:
            self._add_actions(app, stages)

    def _add_actions(self, app: CandidateApplication, stages: tuple[StageChoice, ...]) -> None:
        """Move to another stage (a menu of the job's stages) and Reject (asks the reason)."""
        self.move_menu = QMenu(self)
        for stage in stages:
            if stage.id != app.stage_id:
                action = self.move_menu.addAction(stage.name)
                action.triggered.connect(
                    lambda _=False, stage_id=stage.id: self.move_asked.emit(app.id, stage_id)
                )
        self.move_button = QPushButton(self.tr("Move to"))
        self.move_button.setMenu(self.move_menu)
        self.move_button.setAccessibleName(
            self.tr("Move to another stage of %1").replace("%1", app.job_title)
        )
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setAccessibleName(self.tr("Reject on %1").replace("%1", app.job_title))
        self.reject_button.clicked.connect(lambda: self.reject_asked.emit(app.id))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.move_button)
        actions.addWidget(self.reject_button)
        self.body.addLayout(actions)

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
    """Every application of the candidate, the latest first.

    Signals:
        move_asked(str, str), reject_asked(str): from its cards (see ApplicationCard).
    """

    move_asked = Signal(str, str)
    reject_asked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.set_empty_text(self.tr("Not in any job's pipeline yet."))
        self.setAccessibleName(self.tr("Applications"))

    def show_applications(
        self,
        applications: tuple[CandidateApplication, ...],
        pending: frozenset[str],
        stages: Mapping[str, tuple[StageChoice, ...]],
    ) -> None:
        """Show the applications; those of the jobs in `stages` get Move and Reject."""
        self.clear()
        for app in applications:
            card = ApplicationCard(app, pending=app.id in pending, stages=stages.get(app.job_id))
            card.move_asked.connect(self.move_asked)
            card.reject_asked.connect(self.reject_asked)
            self.add(card)

    def application_cards(self) -> list[ApplicationCard]:
        return [card for card in self.cards() if isinstance(card, ApplicationCard)]

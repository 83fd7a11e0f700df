"""The Activity tab: the candidate's stage changes, notes and interview feedback as one time
line, newest first, a page at a time."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from recruiter_api.enums import StageChangeAction
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.candidate_pane import (
    ActivityItem,
    ActivityKind,
    candidate_activity,
)
from recruiter_desktop.store.queries.candidates import HistoryEntry, NoteEntry
from recruiter_desktop.store.queries.common import Page
from recruiter_desktop.views.candidate.cards import CardColumn, quiet_colour
from recruiter_desktop.views.candidate.wording import (
    ago,
    by_whom,
    moment,
    rating_text,
    recommendation_text,
    step_text,
)
from recruiter_desktop.views.owned_spawn import spawn_for

ACTIVITY_PAGE = 50
_EXCERPT = 240
_MARKS = {
    ActivityKind.STAGE_CHANGE: ("#3b82f6", "\u21c4"),  # arrows: a move
    ActivityKind.NOTE: ("#e6a014", "\u270e"),  # pencil
    ActivityKind.FEEDBACK: ("#22a05a", "\u2605"),  # star
}


class ActivityRow(QWidget):
    """One event: a coloured mark, what happened, and who and when."""

    def __init__(self, item: ActivityItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        colour, symbol = _MARKS[item.kind]
        if item.kind is ActivityKind.STAGE_CHANGE and isinstance(item.entry, HistoryEntry):
            if item.entry.action is StageChangeAction.REJECTED:
                colour = "#dc3c3c"
            elif item.entry.action is StageChangeAction.HIRED:
                colour = "#22a05a"
        mark = QLabel(symbol)
        mark.setFixedWidth(26)
        mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        mark.setStyleSheet(f"color: {colour}; font-size: 15px;")
        self.text = QLabel(self._html())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setToolTip(moment(item.at))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(mark)
        layout.addWidget(self.text, 1)

    def what(self) -> str:
        """What happened, as plain text: "Moved from Screening to Interview · Backend
        engineer"."""
        headline, job = self._headline()
        return f"{headline} · {job}" if job else headline

    def _headline(self) -> tuple[str, str]:
        entry = self.item.entry
        job = self.item.job_title or ""
        if isinstance(entry, HistoryEntry):
            return step_text(entry), job
        if isinstance(entry, NoteEntry):
            return self.tr("Note"), job
        feedback = (
            self.tr("Feedback: %1, rated %2")
            .replace("%1", recommendation_text(entry.recommendation))
            .replace("%2", rating_text(entry.rating))
        )
        return feedback, job

    def _html(self) -> str:
        entry = self.item.entry
        quiet = quiet_colour(self)
        if isinstance(entry, HistoryEntry):
            who = by_whom(entry.changed_by)
            detail = self.tr("Reason: %1").replace("%1", entry.reason) if entry.reason else ""
        elif isinstance(entry, NoteEntry):
            who = by_whom(entry.author)
            detail = entry.body if len(entry.body) <= _EXCERPT else entry.body[:_EXCERPT] + "…"
        else:
            who = by_whom(entry.interviewer)
            detail = entry.comments
        headline, job = self._headline()
        text = f"<b>{html.escape(headline)}</b>"
        if job:
            text += f' &nbsp;<span style="color:{quiet}">{html.escape(job)}</span>'
        if detail:
            text += f"<br>{html.escape(detail)}"
        when = self.tr("%1 · %2").replace("%1", who).replace("%2", ago(self.item.at))
        return f'{text}<br><span style="color:{quiet}">{html.escape(when)}</span>'


class ActivityTab(CardColumn):
    """The time line, read when the tab is shown and again when what it shows changes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Activity"))
        self._candidate_id: str | None = None
        self._generation = 0
        self.more.clicked.connect(self._more)

    def rows(self) -> list[ActivityRow]:
        return [row for row in self.cards() if isinstance(row, ActivityRow)]

    def load(self, candidate_id: str) -> None:
        """Read the candidate's time line again, as many events as are shown (at least a
        page)."""
        if candidate_id != self._candidate_id:
            self.clear()
            self.set_empty_text(self.tr("Loading…"))
        self._candidate_id = candidate_id
        self._generation += 1
        generation = self._generation
        wanted = min(max(ACTIVITY_PAGE, len(self.rows())), 1000)

        def arrived(page: Page[ActivityItem]) -> None:
            if generation == self._generation:
                self.clear()
                self._append(page)

        spawn_for(
            self,
            self.workspace.read(candidate_activity, candidate_id, limit=wanted),
            done=arrived,
            failed=self._failed,
        )

    def _more(self) -> None:
        candidate_id = self._candidate_id
        if candidate_id is None:
            return
        self.more.setEnabled(False)
        generation = self._generation

        def arrived(page: Page[ActivityItem]) -> None:
            self.more.setEnabled(True)
            if generation == self._generation and page.offset == len(self.rows()):
                self._append(page)

        spawn_for(
            self,
            self.workspace.read(
                candidate_activity, candidate_id, limit=ACTIVITY_PAGE, offset=len(self.rows())
            ),
            done=arrived,
            failed=self._failed,
        )

    def _append(self, page: Page[ActivityItem]) -> None:
        for item in page.items:
            self.add(ActivityRow(item))
        left = page.total - len(self.rows())
        self.more.setVisible(left > 0)
        self.more.setText(self.tr("Show %n earlier event(s)", "", min(left, ACTIVITY_PAGE)))
        self.set_empty_text(self.tr("Nothing has happened yet."))

    def _failed(self, message: str) -> None:
        self.more.setEnabled(True)
        self.set_empty_text(message)

"""One job: a header (title, status, department, location) over its pipeline as a board or
a table, or its details. Alt+Left or Backspace goes back to the list."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import JobStatus
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.jobs import JobDetails, job_details
from recruiter_desktop.views.candidate.elided_label import ElidedLabel
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.jobs.board import PipelineBoard
from recruiter_desktop.views.jobs.job_details import JobDetailsView
from recruiter_desktop.views.jobs.pipeline_table import PipelineTable
from recruiter_desktop.views.jobs.wording import job_status
from recruiter_desktop.views.key_hints import mnemonic_hint
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem

_STATUS_TONES = {
    JobStatus.ACTIVE: Tone.SUCCESS,
    JobStatus.DRAFT: Tone.NEUTRAL,
    JobStatus.CLOSED: Tone.DANGER,
}
# A job's header and details change with these; its columns reload on their own.
JOB_ENTITIES = frozenset({"job", "stage", "job_role", "user"})


class JobView(QWidget):
    """A job (`show_job`) with its board, table and details.

    Signals:
        back_requested(): Alt+Left, Backspace or the back button.
        candidate_opened(str): a card or row was opened or chosen: the candidate's id.
    """

    back_requested = Signal()
    candidate_opened = Signal(str)

    BOARD, TABLE, DETAILS = range(3)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.job: JobDetails | None = None
        self._job_id = ""

        self.back = self._back_button()
        # A long title or list of facts ends in "…" (its tooltip tells it whole) rather than
        # widening the page past the window.
        self.title = ElidedLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = Pill("")
        self._top = top = QHBoxLayout()
        self.facts = ElidedLabel()
        JobDetailsView.mute(self.facts)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mark_problem(self.message)
        self.message.hide()

        self.board = PipelineBoard(workspace)
        self.table = PipelineTable(workspace)
        self.details = JobDetailsView()
        self.pages = QStackedWidget()
        for page in (self.board, self.table, self.details):
            self.pages.addWidget(page)
        self.board.candidate_opened.connect(self.candidate_opened)
        self.table.candidate_opened.connect(self.candidate_opened)
        self.table.read_failed.connect(self._tell)

        # The title has the whole first line; the facts share the second with the switch.
        top.addWidget(self.back)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch()
        second = QHBoxLayout()
        second.addWidget(self.facts)
        second.addStretch()
        second.addLayout(self._switch())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        workspace.status.data_changed.connect(self._data_changed)

    def _back_button(self) -> QToolButton:
        back = QToolButton()
        back.setText(self.tr("← Jobs"))
        back.setToolTip(self.tr("Back (Alt+Left)"))
        back.setAutoRaise(True)
        back.clicked.connect(self.back_requested)
        action = QAction(self.tr("Back to the list"), self)
        action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Backspace")]
        )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.back_requested)
        self.addAction(action)
        return back

    def _switch(self) -> QHBoxLayout:
        """Board | Table | Details, as checkable buttons with Alt+letter keys."""
        switch = QHBoxLayout()
        switch.setSpacing(0)
        self._choices = QButtonGroup(self)
        for at, (text, tip, what) in enumerate(
            (
                (
                    self.tr("&Board"),
                    self.tr("The pipeline as stage columns (Alt+B)"),
                    self.tr("Show the pipeline as a board"),
                ),
                (
                    self.tr("&Table"),
                    self.tr("The pipeline as one sortable table (Alt+T)"),
                    self.tr("Show the pipeline as a table"),
                ),
                (
                    self.tr("&Details"),
                    self.tr("Stages and hiring team (Alt+D)"),
                    self.tr("Show the job's stages and hiring team"),
                ),
            )
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            mnemonic_hint(button, what)
            button.setCheckable(True)
            button.setChecked(at == 0)
            self._choices.addButton(button, at)
            switch.addWidget(button)
        self._choices.idClicked.connect(self.show_page)
        return switch

    def show_page(self, page: int) -> None:
        """Board, table or details (BOARD, TABLE, DETAILS)."""
        self.pages.setCurrentIndex(page)
        button = self._choices.button(page)
        if button is not None:
            button.setChecked(True)
        if page == self.TABLE and self._job_id:
            self.table.show_job(self._job_id)

    def show_job(self, job_id: str) -> None:
        """Read the job and show it (its board first)."""
        if job_id != self._job_id:
            self.show_page(self.BOARD)
        self._job_id = job_id
        self._load()

    def _load(self) -> None:
        job_id = self._job_id

        def shown(job: JobDetails | None) -> None:
            if job_id != self._job_id:
                return
            if job is None:
                self._tell(self.tr("This job is no longer in your cache."))
                return
            self._show(job)

        spawn_for(self, self._workspace.read(job_details, job_id), done=shown, failed=self._tell)

    def _show(self, job: JobDetails) -> None:
        self.job = job
        self.message.hide()
        self.title.setText(job.title)
        self._show_status(job.status)
        facts = [fact for fact in (job.department, job.location, job.code) if fact]
        self.facts.setText("  ·  ".join(facts))
        self.board.show_job(job.id, job.title, job.stages)
        self.details.show_details(job)
        if self.pages.currentIndex() == self.TABLE:
            self.table.show_job(job.id)

    def _show_status(self, status: JobStatus) -> None:
        # A pill's tone is set when it is made: a new one for a new status.
        pill = Pill(job_status(status), _STATUS_TONES[status])
        pill.setAccessibleName(self.tr("Status: %1").replace("%1", job_status(status)))
        self._top.replaceWidget(self.status, pill)
        self.status.deleteLater()
        self.status = pill

    def _data_changed(self, entities: object) -> None:
        if self._job_id and isinstance(entities, frozenset) and entities & JOB_ENTITIES:
            self._load()

    def _tell(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

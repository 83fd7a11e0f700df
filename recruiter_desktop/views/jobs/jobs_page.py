"""The Jobs page: the list of jobs, and a job's pipeline once one is opened."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.jobs.job_list import JobList
from recruiter_desktop.views.jobs.job_view import JobView


class JobsPage(QWidget):
    """Jobs: the list (`jobs`), and one job (`job`) once opened; back with Alt+Left.

    Signals:
        candidate_opened(str): a candidate was opened or chosen on a board or table.
    """

    candidate_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = JobList(workspace)
        self.job = JobView(workspace)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.jobs)
        self._stack.addWidget(self.job)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.jobs.job_opened.connect(self.open_job)
        self.job.back_requested.connect(self.show_list)
        self.job.candidate_opened.connect(self.candidate_opened)

    def open_job(self, job_id: str) -> None:
        """Show a job's pipeline."""
        self.job.show_job(job_id)
        self._stack.setCurrentWidget(self.job)
        self.job.board.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """Back to the list, where the job opened last is still selected."""
        self._stack.setCurrentWidget(self.jobs)
        self.jobs.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def showing_job(self) -> bool:
        return self._stack.currentWidget() is self.job

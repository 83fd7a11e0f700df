"""My jobs (hiring managers): the jobs the signed-in user holds a role on, each with its
hiring funnel and its candidates by time in stage, longest waiting first. Opening a job
(Enter, double click, "Open pipeline") shows its pipeline as on the Jobs page."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.jobs import MyJob, my_jobs
from recruiter_desktop.views.candidate.elided_label import ElidedLabel
from recruiter_desktop.views.jobs.funnel_chart import FunnelChart
from recruiter_desktop.views.jobs.job_details import JobDetailsView
from recruiter_desktop.views.jobs.job_view import JobView
from recruiter_desktop.views.jobs.pipeline_table import TIME_IN_STAGE, PipelineTable
from recruiter_desktop.views.jobs.wording import job_status
from recruiter_desktop.views.paged_model import RIGHT, Column, PagedModel

MY_JOB_ENTITIES = frozenset({"job", "job_role", "stage", "application"})


def my_job_columns() -> list[Column[MyJob]]:
    return [
        Column(QCoreApplication.translate("MyJobs", "Job"), lambda j: j.title),
        Column(QCoreApplication.translate("MyJobs", "Status"), lambda j: job_status(j.status)),
        Column(
            QCoreApplication.translate("MyJobs", "Active"), lambda j: str(j.active), align=RIGHT
        ),
        Column(QCoreApplication.translate("MyJobs", "Hired"), lambda j: str(j.hired), align=RIGHT),
    ]


class MyJobsPage(QWidget):
    """A hiring manager's jobs with their funnels; a job's pipeline once opened.

    Signals:
        candidate_opened(str): a candidate was opened or chosen: their id.
    """

    candidate_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: PagedModel[MyJob] = PagedModel(
            workspace,
            my_jobs,
            my_job_columns(),
            key=lambda job: job.id,
            arguments={"user_id": workspace.who.user_id},
            reload_on=MY_JOB_ENTITIES,
            parent=self,
        )
        self.jobs = self._job_table()
        self.funnel = FunnelChart()
        self.waiting = PipelineTable(
            workspace, sorted_by=(TIME_IN_STAGE, Qt.SortOrder.DescendingOrder)
        )
        self.waiting.view.setAccessibleName(self.tr("Candidates by time in stage"))
        self.job = JobView(workspace)
        self.job.back.setText(self.tr("← My jobs"))
        self._chosen: MyJob | None = None

        # A long title ends in "…" and the texts wrap, so the funnel's side of the page is as
        # narrow as the funnel allows.
        self.title = ElidedLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open pipeline"))
        self.open_button.setToolTip(self.tr("Show the job's board (Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_chosen)
        self.empty = QLabel(self.tr("You hold no role on any job yet."))
        self.empty.hide()

        self._stack = QStackedWidget()
        self._stack.addWidget(self._overview())
        self._stack.addWidget(self.job)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.jobs.selectionModel().currentRowChanged.connect(self._job_chosen)
        self.jobs.activated.connect(lambda _: self.open_chosen())
        self.jobs.doubleClicked.connect(lambda _: self.open_chosen())
        self.model.rowsInserted.connect(self._rows_arrived)
        self.model.layoutChanged.connect(self._refresh_chosen)
        self.model.total_changed.connect(lambda total: self.empty.setVisible(total == 0))
        self.waiting.candidate_opened.connect(self.candidate_opened)
        self.waiting.read_failed.connect(self.summary.setText)
        self.model.failed.connect(self.summary.setText)
        self.job.candidate_opened.connect(self.candidate_opened)
        self.job.back_requested.connect(self.show_overview)
        self.model.reload()

    def _job_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.setAccessibleName(self.tr("My jobs"))
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _overview(self) -> QSplitter:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 0)
        left_layout.addWidget(self.jobs)
        left_layout.addWidget(self.empty)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.open_button)
        funnel_title = self._heading(self.tr("Hiring funnel"))
        funnel_caption = QLabel(
            self.tr("Bars: candidates who reached each stage. Right: in the stage now.")
        )
        funnel_caption.setWordWrap(True)
        JobDetailsView.mute(funnel_caption)
        waiting_title = self._heading(self.tr("Candidates by time in stage"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 0)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.summary)
        right_layout.addSpacing(8)
        right_layout.addWidget(funnel_title)
        right_layout.addWidget(funnel_caption)
        right_layout.addWidget(self.funnel)
        right_layout.addWidget(waiting_title)
        right_layout.addWidget(self.waiting, 1)

        splitter = QSplitter()
        splitter.setObjectName("my_jobs_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 720])
        return splitter

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        return label

    # --- Choosing and opening a job ------------------------------------------------------

    def _rows_arrived(self) -> None:
        if not self.jobs.currentIndex().isValid() and self.model.rowCount():
            self.jobs.setCurrentIndex(self.model.index(0, 0))

    def _job_chosen(self, current: QModelIndex, _: QModelIndex) -> None:
        self.model.with_item(current, self._show)

    def _refresh_chosen(self) -> None:
        job = self.model.item(self.jobs.currentIndex().row())
        if job is not None:
            self._show(job)

    def _show(self, job: MyJob) -> None:
        self._chosen = job
        self.title.setText(job.title)
        self.summary.setText(
            self.tr("%n active candidate(s)", "", job.active)
            + " · "
            + self.tr("%n hired", "", job.hired)
        )
        self.open_button.setEnabled(True)
        self.funnel.show_funnel(job.funnel)
        self.waiting.show_job(job.id)

    @property
    def chosen(self) -> MyJob | None:
        """The job whose funnel shows."""
        return self._chosen

    def open_chosen(self) -> None:
        """Show the chosen job's pipeline (its board)."""
        if self._chosen is None:
            return
        self.job.show_job(self._chosen.id)
        self._stack.setCurrentWidget(self.job)

    def show_overview(self) -> None:
        self._stack.setCurrentIndex(0)
        self.jobs.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def showing_job(self) -> bool:
        return self._stack.currentWidget() is self.job

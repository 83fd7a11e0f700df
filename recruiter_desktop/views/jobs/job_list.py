"""The list of jobs: status, department, location, candidates per stage and in all; a filter
box and a status filter; a click on a header sorts. Enter or a double click opens a job."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import JobStatus
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.jobs import JobSort, JobSummary, job_list
from recruiter_desktop.views.candidate.wording import day
from recruiter_desktop.views.fitted_columns import ColumnFitter
from recruiter_desktop.views.jobs.stage_counts import (
    COUNTS_NARROWEST,
    COUNTS_WIDTH,
    StageCountsDelegate,
    counts_text,
)
from recruiter_desktop.views.jobs.wording import job_status
from recruiter_desktop.views.paged_model import ID_ROLE, RIGHT, Column, PagedModel, enable_sorting

# The list shows jobs and their applications' counts per stage.
JOB_LIST_ENTITIES = frozenset({"job", "stage", "application"})
TITLE, CODE, STATUS, DEPARTMENT, LOCATION, OPENED, PIPELINE, ACTIVE, TOTAL = range(9)


def job_columns() -> list[Column[JobSummary]]:
    return [
        Column(
            QCoreApplication.translate("JobList", "Job"),
            lambda j: j.title,
            sort={"sort": JobSort.TITLE},
        ),
        Column(
            QCoreApplication.translate("JobList", "Code"),
            lambda j: j.code,
            sort={"sort": JobSort.CODE},
        ),
        Column(
            QCoreApplication.translate("JobList", "Status"),
            lambda j: job_status(j.status),
            sort={"sort": JobSort.STATUS},
        ),
        Column(
            QCoreApplication.translate("JobList", "Department"),
            lambda j: j.department,
            sort={"sort": JobSort.DEPARTMENT},
        ),
        Column(
            QCoreApplication.translate("JobList", "Location"),
            lambda j: j.location,
            sort={"sort": JobSort.LOCATION},
        ),
        Column(
            QCoreApplication.translate("JobList", "Opened"),
            lambda j: day(j.opened_at) if j.opened_at else "—",
            sort={"sort": JobSort.OPENED},
        ),
        Column(
            QCoreApplication.translate("JobList", "Candidates per stage"),
            counts_text,
            explained=QCoreApplication.translate(
                "JobList",
                "Active candidates in each stage of the job's pipeline, left to right from"
                " the first stage; point at a job's counts for the stages' names.",
            ),
        ),
        Column(
            QCoreApplication.translate("JobList", "Active"),
            lambda j: str(j.active),
            align=RIGHT,
            explained=QCoreApplication.translate(
                "JobList", "Candidates in the pipeline now: not rejected, withdrawn or hired."
            ),
        ),
        Column(
            QCoreApplication.translate("JobList", "Total"),
            lambda j: str(j.total),
            align=RIGHT,
            explained=QCoreApplication.translate(
                "JobList", "Every application to the job, the closed ones too."
            ),
        ),
    ]


class JobList(QWidget):
    """The jobs the user may see, filtered and sorted by re-querying the cache.

    Signals:
        job_opened(str): Enter or a double click on a job: its id.
    """

    job_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title, code, department or location"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter jobs"))
        self.filter.setToolTip(self.tr("Filter jobs (Ctrl+F)"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Job status"))
        self.status.addItem(self.tr("All statuses"), ())
        for status in (JobStatus.ACTIVE, JobStatus.DRAFT, JobStatus.CLOSED):
            self.status.addItem(job_status(status), (status,))
        self.count = QLabel()

        self.model: PagedModel[JobSummary] = PagedModel(
            workspace,
            job_list,
            job_columns(),
            key=lambda job: job.id,
            sorted_by=(TITLE, Qt.SortOrder.AscendingOrder),
            reload_on=JOB_LIST_ENTITIES,
            parent=self,
        )
        self.view = self._table()
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _: self._typing.start())
        self.filter.returnPressed.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(lambda _: self._apply_filter())
        self.model.total_changed.connect(self._show_count)
        self.model.failed.connect(self.count.setText)
        self.model.loading_changed.connect(self._show_loading)
        find = QAction(self.tr("Filter jobs"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter, self.status)
        self.setTabOrder(self.status, self.view)
        self.model.reload()

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setItemDelegateForColumn(PIPELINE, StageCountsDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAccessibleName(self.tr("Jobs"))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            CODE: 76,
            STATUS: 64,
            DEPARTMENT: 108,
            LOCATION: 100,
            OPENED: 84,
            PIPELINE: COUNTS_WIDTH,
            ACTIVE: 56,
            TOTAL: 52,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Long titles, departments and places end in "…" (their tooltip tells them whole);
        # in a narrow list the total, the code, the opening date, the department and the
        # location step aside, then the counts narrow.
        self.columns = ColumnFitter(
            view,
            stretch=TITLE,
            stretch_minimum=150,
            optional=[TOTAL, CODE, OPENED, DEPARTMENT, LOCATION],
            narrowing={PIPELINE: COUNTS_NARROWEST},
        )
        enable_sorting(view, self.model)
        return view

    def _apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_arguments(text=self.filter.text(), statuses=self.status.currentData())

    def _show_loading(self, busy: bool) -> None:
        if busy and self.model.total < 0:
            self.count.setText(self.tr("Loading…"))

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%n job(s)", "", max(total, 0)))

    def _open(self, index: QModelIndex) -> None:
        job_id = index.data(ID_ROLE)
        if isinstance(job_id, str):
            self.job_opened.emit(job_id)

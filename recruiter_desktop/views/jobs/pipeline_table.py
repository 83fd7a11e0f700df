"""A job's pipeline as one sortable table (the board's other face; also the hiring manager's
list of candidates by time in stage)."""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.pipeline import PipelineRow, PipelineSort, pipeline_table
from recruiter_desktop.views.candidate.wording import day, moment
from recruiter_desktop.views.jobs.stage_cards import BOARD_ENTITIES
from recruiter_desktop.views.paged_model import Column, PagedModel, enable_sorting
from recruiter_desktop.views.wording import duration


def _name(row: PipelineRow) -> str:
    return f"{row.card.first_name} {row.card.last_name}".strip()


NAME, STAGE, TIME_IN_STAGE, APPLIED, HEADLINE = range(5)


def pipeline_columns() -> list[Column[PipelineRow]]:
    return [
        Column(
            QCoreApplication.translate("PipelineTable", "Candidate"),
            _name,
            sort={"sort": PipelineSort.NAME},
        ),
        Column(
            QCoreApplication.translate("PipelineTable", "Stage"),
            lambda r: r.stage_name,
            sort={"sort": PipelineSort.STAGE},
        ),
        Column(
            QCoreApplication.translate("PipelineTable", "Time in stage"),
            lambda r: duration(r.card.time_in_stage),
            tooltip=lambda r: QCoreApplication.translate("PipelineTable", "Since %1").replace(
                "%1", moment(r.card.stage_entered_at)
            ),
            sort={"sort": PipelineSort.TIME_IN_STAGE},
        ),
        Column(
            QCoreApplication.translate("PipelineTable", "Applied"),
            lambda r: day(r.card.applied_at),
            sort={"sort": PipelineSort.APPLIED},
        ),
        Column(QCoreApplication.translate("PipelineTable", "Headline"), lambda r: r.card.headline),
    ]


class PipelineTable(QWidget):
    """The active applications of one job (`show_job`), a page at a time, sorted by a click
    on a column's header.

    Signals:
        candidate_opened(str): a row was opened (Enter, double click) or chosen.
        read_failed(str): the cache could not be read; why, in words.
    """

    candidate_opened = Signal(str)
    read_failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        sorted_by: tuple[int, Qt.SortOrder] = (STAGE, Qt.SortOrder.AscendingOrder),
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._sorted_by = sorted_by
        self.model: PagedModel[PipelineRow] | None = None
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Pipeline table"))
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_job(self, job_id: str) -> None:
        if self.model is None:
            self.model = PagedModel(
                self._workspace,
                pipeline_table,
                pipeline_columns(),
                key=lambda row: row.card.application_id,
                arguments={"job_id": job_id},
                sorted_by=self._sorted_by,
                reload_on=BOARD_ENTITIES,
                parent=self,
            )
            self.view.setModel(self.model)
            enable_sorting(self.view, self.model)
            header = self.view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            for column, width in ((NAME, 200), (STAGE, 120), (TIME_IN_STAGE, 110), (APPLIED, 100)):
                header.resizeSection(column, width)
            self.view.selectionModel().currentRowChanged.connect(self._chosen)
            self.model.failed.connect(self.read_failed)
            self.model.reload()
        else:
            self.model.set_arguments(job_id=job_id)

    def _row(self, index: QModelIndex) -> PipelineRow | None:
        return self.model.item(index.row()) if self.model is not None else None

    def _open(self, index: QModelIndex) -> None:
        row = self._row(index)
        if row is not None:
            self.candidate_opened.emit(row.card.candidate_id)

    def _chosen(self, current: QModelIndex, _: QModelIndex) -> None:
        if self.view.hasFocus() and self.model is not None:
            self.model.with_item(
                current, lambda row: self.candidate_opened.emit(row.card.candidate_id)
            )

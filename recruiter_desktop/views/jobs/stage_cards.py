"""The cards of one stage column of a job's board: a lazy model over the stage's applications
(the ones just moved there first), and what a dragged card carries."""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.pipeline import PipelineCard
from recruiter_desktop.store.queries.pipeline_extra import stage_cards_moved_first
from recruiter_desktop.views.paged_model import ITEM_ROLE, Column, PagedModel
from recruiter_desktop.views.wording import duration

MIME_TYPE = "application/x-recruiter-applications"
CARD_ROLE = ITEM_ROLE  # the PipelineCard
PENDING_ROLE = ITEM_ROLE + 1  # True while a change of the card waits for the server

# What a change to a job's board touches: the board reloads when a sync or a write names one.
BOARD_ENTITIES = frozenset({"application", "stage_change", "stage", "job", "candidate"})


def full_name(card: PipelineCard) -> str:
    return f"{card.first_name} {card.last_name}".strip() or QCoreApplication.translate(
        "StageCards", "(no name)"
    )


@dataclass(frozen=True)
class DraggedCards:
    """Cards dragged off a board: their applications, and the job and stage they left."""

    job_id: str
    stage_id: str
    application_ids: tuple[str, ...]

    def mime(self) -> QMimeData:
        data = QMimeData()
        payload = {"job": self.job_id, "stage": self.stage_id, "ids": list(self.application_ids)}
        data.setData(MIME_TYPE, json.dumps(payload).encode())
        return data

    @classmethod
    def of(cls, mime: QMimeData) -> "DraggedCards | None":
        """The cards a drop carries; None when it carries none of ours."""
        if not mime.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(mime.data(MIME_TYPE).data()))
            return cls(payload["job"], payload["stage"], tuple(str(i) for i in payload["ids"]))
        except (ValueError, KeyError, TypeError):
            return None


class StageCardsModel(PagedModel[PipelineCard]):
    """The active applications in one stage of a job, a page at a time; draggable."""

    def __init__(
        self, workspace: Workspace, job_id: str, stage_id: str, *, page_size: int = 20
    ) -> None:
        super().__init__(
            workspace,
            stage_cards_moved_first,
            [
                Column(
                    QCoreApplication.translate("StageCards", "Candidate"),
                    full_name,
                    tooltip=self._tooltip,
                )
            ],
            key=lambda card: card.application_id,
            arguments={"job_id": job_id, "stage_id": stage_id, "moved": ()},
            page_size=page_size,
            reload_on=BOARD_ENTITIES,
        )
        self.job_id = job_id
        self.stage_id = stage_id
        self._moved: list[str] = []
        self._pending: frozenset[str] = frozenset()

    def pin(self, application_ids: Iterable[str]) -> None:
        """Show these applications first once they are in this stage (just moved here)."""
        ids = list(application_ids)
        self._moved = ids + [i for i in self._moved if i not in ids]
        self.reload(moved=tuple(self._moved))

    def set_pending(self, application_ids: frozenset[str]) -> None:
        """Mark the cards whose change waits for the server."""
        if application_ids == self._pending:
            return
        self._pending = application_ids
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, 0), [PENDING_ROLE]
            )

    def cards(self) -> list[PipelineCard]:
        """The cards held (the pages read lately)."""
        return self.loaded()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        card = self.item(index.row()) if index.isValid() else None
        if card is None:
            return super().data(index, role)  # a placeholder, and its page is asked for
        if role == PENDING_ROLE:
            return card.application_id in self._pending
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(card).replace("\n", ", ")
        return super().data(index, role)

    def _tooltip(self, card: PipelineCard) -> str:
        lines = [full_name(card)]
        if card.headline:
            lines.append(card.headline)
        lines.append(
            QCoreApplication.translate("StageCards", "In this stage for %1").replace(
                "%1", duration(card.time_in_stage)
            )
        )
        if card.application_id in self._pending:
            lines.append(
                QCoreApplication.translate("StageCards", "Waiting to sync with the server")
            )
        return "\n".join(lines)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes})
        ids = tuple(card.application_id for row in rows if (card := self.item(row)) is not None)
        return DraggedCards(self.job_id, self.stage_id, ids).mime()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

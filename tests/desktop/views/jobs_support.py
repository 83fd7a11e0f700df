"""Driving the job screens in tests as a user does: find a card, drop cards on a column, read
what the server holds."""

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from recruiter_desktop.views.jobs.board import PipelineBoard
from recruiter_desktop.views.jobs.stage_column import StageColumn
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Application, Stage
from tests.desktop.views.gui import Gui


def column(board: PipelineBoard, stage: str) -> StageColumn:
    [found] = [c for c in board.columns if c.stage.name == stage]
    return found


def names_in(board: PipelineBoard, stage: str) -> list[str]:
    return [card.first_name for card in column(board, stage).model.cards()]


def loaded(board: PipelineBoard) -> bool:
    return bool(board.columns) and not any(c.model.loading for c in board.columns)


def card_index(board: PipelineBoard, stage: str, first_name: str) -> QModelIndex:
    model = column(board, stage).model
    [row] = [r for r, card in enumerate(model.cards()) if card.first_name == first_name]
    return model.index(row, 0)


def drag_data(board: PipelineBoard, stage: str, *first_names: str) -> QMimeData:
    """What a drag of these cards carries: the source model's own mime data (as Qt's drag
    start takes it)."""
    model = column(board, stage).model
    return model.mimeData([card_index(board, stage, name) for name in first_names])


def drop(board: PipelineBoard, stage: str, data: QMimeData) -> bool:
    """Drag `data` over the column of `stage` and drop it there, as Qt delivers a drag and
    drop to the list's viewport; whether the column accepted the drop."""
    target = column(board, stage).cards.viewport()
    at = target.rect().center()
    move = Qt.DropAction.MoveAction
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, move, data, left, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(at, move, data, left, none))
    dropped = QDropEvent(QPointF(at), move, data, left, none)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def choose_in_menu(gui: Gui, text: str) -> None:
    """Trigger the item `text` of the menu that just popped up."""
    gui.wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    [action] = [a for a in menu.actions() if a.text().replace("&", "").endswith(text)]
    assert action.isEnabled()
    menu.setActiveAction(action)
    action.trigger()
    menu.close()


def server_application(db: Database, application_id: Any) -> tuple[str, str, str | None]:
    """(stage name, status, reject reason) of an application in the server's database."""
    with db.read_session() as s:
        app = s.get(Application, application_id)
        assert app is not None
        stage = s.get(Stage, app.stage_id)
        assert stage is not None
        return stage.name, app.status, app.reject_reason

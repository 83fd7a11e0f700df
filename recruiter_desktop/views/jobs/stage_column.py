"""A stage column of a job's board: the stage's name and count over its cards (the whole
stage scrolls, read a page at a time), a drop target for cards of other stages, and the keys
that act on the focused card."""

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.jobs import Stage
from recruiter_desktop.store.queries.pipeline import PipelineCard
from recruiter_desktop.views.jobs.card_delegate import CardDelegate, mix
from recruiter_desktop.views.jobs.stage_cards import CARD_ROLE, DraggedCards, StageCardsModel

COLUMN_WIDTH = 248


class CardList(QListView):
    """The cards of a column. Keys: Enter opens the candidate, Ctrl+Right / Ctrl+Left move the
    card to the next / previous stage, M opens "Move to", R rejects, Left / Right go to the
    neighbouring column; cards of other stages may be dropped here.

    Signals:
        step_requested(int): Ctrl+Right (+1) or Ctrl+Left (-1) on a card.
        move_menu_requested(): M on a card.
        reject_requested(): R on a card.
        focus_step(int): Left (-1) or Right (+1): go to the neighbouring column.
        plain_click(): a click without Ctrl or Shift (other columns drop their selection).
        dropped(object): DraggedCards dropped here from another stage of the job.
        drag_hovering(bool): cards that may be dropped here are over the list, or left.
    """

    step_requested = Signal(int)
    move_menu_requested = Signal()
    reject_requested = Signal()
    focus_step = Signal(int)
    plain_click = Signal()
    dropped = Signal(object)
    drag_hovering = Signal(bool)

    def __init__(self, model: StageCardsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)  # hover outlines
        self.viewport().setAutoFillBackground(False)

    def card(self, index: QModelIndex) -> PipelineCard | None:
        card = index.data(CARD_ROLE) if index.isValid() else None
        return card if isinstance(card, PipelineCard) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        has_card = self.currentIndex().isValid()
        if ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and has_card:
            self.step_requested.emit(1 if key == Qt.Key.Key_Right else -1)
        elif not mods and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.focus_step.emit(1 if key == Qt.Key.Key_Right else -1)
        elif not mods and key == Qt.Key.Key_M and has_card:
            self.move_menu_requested.emit()
        elif not mods and key == Qt.Key.Key_R and has_card:
            self.reject_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and has_card:
            self.activated.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if not event.modifiers() & extend:
            self.plain_click.emit()
        super().mousePressEvent(event)

    # --- Dropping cards of other stages ---------------------------------------------------

    def _acceptable(self, event: QDropEvent | QDragMoveEvent) -> DraggedCards | None:
        cards = DraggedCards.of(event.mimeData())
        if cards is None or cards.job_id != self._model.job_id:
            return None
        if cards.stage_id == self._model.stage_id:
            return None
        return cards

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._acceptable(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drag_hovering.emit(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._acceptable(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drag_hovering.emit(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drag_hovering.emit(False)
        cards = self._acceptable(event)
        if cards is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(cards)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._model.rowCount() or self._model.loading:
            return
        painter = QPainter(self.viewport())
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(mix(text, palette.color(QPalette.ColorRole.Base), 0.5))
        painter.drawText(
            self.viewport().rect().adjusted(8, 16, -8, 0),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.tr("No candidates"),
        )


class StageColumn(QFrame):
    """One stage of a board: header (name, count) and its cards.

    Its list (`cards`) carries the card signals; `model` is the stage's StageCardsModel.
    """

    def __init__(
        self, workspace: Workspace, job_id: str, stage: Stage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = StageCardsModel(workspace, job_id, stage.id)
        self.model.setParent(self)
        self.cards = CardList(self.model, self)
        self._drop_target = False
        self.setFixedWidth(COLUMN_WIDTH)

        self._name = QLabel(stage.name)
        bold = self._name.font()
        bold.setBold(True)
        self._name.setFont(bold)
        self._count = QLabel("…")
        self._count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._count.setMinimumWidth(28)
        self._count.setAutoFillBackground(True)
        header = QHBoxLayout()
        header.setContentsMargins(10, 8, 10, 4)
        header.addWidget(self._name)
        header.addStretch()
        header.addWidget(self._count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.cards, 1)

        self.model.total_changed.connect(self._update_counts)
        self.model.loading_changed.connect(lambda _: self.cards.viewport().update())
        self.cards.drag_hovering.connect(self._set_drop_target)
        self._update_counts()
        self._style_count()

    def load(self) -> None:
        self.model.reload()

    def _update_counts(self) -> None:
        total = self.model.total
        self._count.setText(str(total) if total >= 0 else "…")
        self.cards.setAccessibleName(
            self.tr("%1: %n candidate(s)", "", max(total, 0)).replace("%1", self.stage.name)
        )

    def _set_drop_target(self, on: bool) -> None:
        self._drop_target = on
        self.update()

    def _style_count(self) -> None:
        palette = self._count.palette()
        window = self.palette().color(QPalette.ColorRole.Window)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.Window, mix(window, text, 0.12))
        self._count.setPalette(palette)
        self._count.setContentsMargins(6, 1, 6, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_count()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = mix(window, text, 0.05)
        if self._drop_target:
            fill = mix(fill, highlight, 0.15)
        painter.setBrush(fill)
        pen = QPen(highlight, 2) if self._drop_target else QPen(mix(window, text, 0.1), 1)
        if self._drop_target:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)

    def menu_point(self) -> QPoint:
        """Where a menu about the focused card opens (global), under the card."""
        rect = self.cards.visualRect(self.cards.currentIndex())
        return self.cards.viewport().mapToGlobal(rect.bottomLeft() + QPoint(12, 0))

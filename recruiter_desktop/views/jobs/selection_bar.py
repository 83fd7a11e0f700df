"""The bar over a board's columns: how many cards are selected, and what can be done to them
all at once (move to a stage, reject, clear the selection). It stays in place when nothing
is selected, so the columns never jump; its buttons then wait."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from recruiter_desktop.views.candidate.elided_label import ElidedLabel


class SelectionBar(QFrame):
    """`move_menu` (filled by the board as it opens), `reject_button`, `clear_button`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ElidedLabel()
        move = QToolButton()
        move.setText(self.tr("Move to"))
        move.setToolTip(self.tr("Move the selected candidates to a stage (M)"))
        move.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(move)
        move.setMenu(self.move_menu)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setToolTip(self.tr("Reject the selected candidates, with a reason (R)"))
        self.clear_button = QPushButton(self.tr("Clear selection"))
        self.clear_button.setToolTip(self.tr("Clear the selection (Esc)"))
        self._buttons = (move, self.reject_button, self.clear_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self._label)
        row.addSpacing(12)
        row.addWidget(move)
        row.addWidget(self.reject_button)
        row.addStretch()
        row.addWidget(self.clear_button)
        self.show_count(0)

    def show_count(self, count: int) -> None:
        for button in self._buttons:
            button.setEnabled(count > 0)
        if count:
            self._label.setText(self.tr("%n selected", "", count))
        else:
            self._label.setText(self.tr("Drag a card to move it; Ctrl+click selects several"))

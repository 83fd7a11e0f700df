"""A plain text editor that hands its text over on Ctrl+Enter, as chat and ATS note boxes
do."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

SUBMIT_KEYS = QKeySequence("Ctrl+Return")


def submit_keys_text() -> str:
    """The submit shortcut as the platform writes it ("Ctrl+Return")."""
    return SUBMIT_KEYS.toString(QKeySequence.SequenceFormat.NativeText)


class SubmittingEditor(QPlainTextEdit):
    """Plain text; Ctrl+Enter (on the main or the keypad Enter) submits instead of adding a
    line.

    Signals:
        submitted(): Ctrl+Enter was pressed.
    """

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

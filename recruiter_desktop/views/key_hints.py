"""Keys a widget handles itself (in keyPressEvent, or as a button's Alt+letter), told to Help >
Keyboard shortcuts, which lists them beside the window's actions and shortcuts."""

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

NATIVE = QKeySequence.SequenceFormat.NativeText


class KeyHint(QObject):
    """What `keys` do in the widget it belongs to (its parent)."""

    def __init__(self, what: str, keys: Sequence[QKeySequence], parent: QObject) -> None:
        super().__init__(parent)
        self.what = what
        self.keys = tuple(keys)

    def keys_text(self) -> str:
        """The keys as the platform writes them: "Ctrl+Right", "Left, Right"."""
        return ", ".join(key.toString(NATIVE) for key in self.keys)


def mnemonic_hint(button: QAbstractButton, what: str) -> KeyHint:
    """The Alt+letter of a button's text ("&Board": Alt+B, whatever the language makes it)."""
    return KeyHint(what, [QKeySequence.mnemonic(button.text())], button)

"""A sentence in a tinted box, for what the user must know before the rest of the tab:
offline, waiting for the admin or for them, a refusal in words."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from recruiter_desktop.views.candidate.pills import Tone


class Notice(QLabel):
    """Word-wrapped text on a background of the tone's tint (the palette's own text colour
    on it, so it reads in light and dark palettes alike); hidden while it has no text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = Tone.NEUTRAL
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def say(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.tone = tone
        red, green, blue = tone.value
        self.setStyleSheet(
            f"QLabel {{ background: rgba({red}, {green}, {blue}, 30);"
            f" border: 1px solid rgba({red}, {green}, {blue}, 100);"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self.setText(text)
        self.setVisible(bool(text))

    def clear_notice(self) -> None:
        self.say("")

"""Small rounded labels: an application's status, a recommendation, a tag, "Waiting to sync".

Tones are tinted backgrounds under the palette's own text colour, so they read in the light
and the dark palette alike. A pill given less room than its text ends in "…"."""

from enum import Enum

from PySide6.QtWidgets import QSizePolicy, QWidget

from recruiter_desktop.views.candidate.elided_label import ElidedLabel


class Tone(Enum):
    """The tint of a pill: (red, green, blue) of its background and border."""

    NEUTRAL = (128, 128, 128)
    INFO = (59, 130, 246)
    SUCCESS = (34, 160, 90)
    DANGER = (220, 60, 60)
    WARNING = (230, 160, 20)


class Pill(ElidedLabel):
    """A short text in a rounded, tinted box. One that `elides` (a tag, a job's title) may be
    narrowed down to a few letters and "…"; the others (a status) keep their whole text and
    let their neighbours give way."""

    def __init__(
        self,
        text: str,
        tone: Tone = Tone.NEUTRAL,
        parent: QWidget | None = None,
        *,
        elides: bool = False,
    ) -> None:
        super().__init__(text, parent)
        if not elides:
            self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.tone = tone
        red, green, blue = tone.value
        self.setStyleSheet(
            f"QLabel {{ background: rgba({red}, {green}, {blue}, 38);"
            f" border: 1px solid rgba({red}, {green}, {blue}, 110);"
            " border-radius: 9px; padding: 1px 8px; }"
        )

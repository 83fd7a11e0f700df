"""LinkedIn's latest events on the admin's tab: each push (a 1-Click Export, a status change)
on its own lines, what it was, what came of it (refusals in the problem colour) and when,
then the server's words about it, wrapped, since they are the point (why an export was
refused, and what to do)."""

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from recruiter_api.enums import LinkedInEventOutcome
from recruiter_api.linkedin import LinkedInEvent
from recruiter_desktop.views import tones
from recruiter_desktop.views.candidate.cards import quiet_colour
from recruiter_desktop.views.candidate.wording import moment
from recruiter_desktop.views.linkedin.wording import WORDS


@dataclass(frozen=True)
class ShownEvent:
    """An event as the list shows it, in words."""

    kind: str
    outcome: str
    when: str
    message: str


class EventsList(QWidget):
    """The events shown, newest first (`shown`), or a line saying why there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recent events from LinkedIn"))
        self.shown: list[ShownEvent] = []
        self.note = QLabel(self.tr("Reading LinkedIn's events…"))
        self.note.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(self._rows)

    @property
    def loaded(self) -> bool:
        return self.note.text() != self.tr("Reading LinkedIn's events…")

    def show_events(self, events: list[LinkedInEvent]) -> None:
        self._clear()
        self.shown = [
            ShownEvent(
                WORDS.event_type(e.type), WORDS.outcome(e.outcome), moment(e.received_at), e.message
            )
            for e in events
        ]
        for event, shown in zip(events, self.shown, strict=True):
            self._rows.addWidget(self._row(event.outcome, shown))
        self.note.setText(self.tr("No events from LinkedIn yet."))
        self.note.setVisible(not events)
        tones.mark_plain(self.note)

    def show_problem(self, message: str) -> None:
        self._clear()
        self.note.setText(self.tr("LinkedIn's events could not be read: %1").replace("%1", message))
        self.note.show()
        tones.mark_problem(self.note)

    def _clear(self) -> None:
        self.shown = []
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _row(self, outcome: LinkedInEventOutcome, shown: ShownEvent) -> QWidget:
        row = QFrame()
        row.setObjectName("event")
        row.setStyleSheet("QFrame#event { border-bottom: 1px solid palette(mid); }")
        colour = (
            tones.good_color(self.palette())
            if outcome is LinkedInEventOutcome.ACCEPTED
            else tones.problem_color(self.palette())
        ).name()
        title = QLabel(
            f"<b>{escape(shown.kind)}</b> · <span style='color: {colour}'>"
            f"{escape(shown.outcome)}</span> · <span style='color: {quiet_colour(self)}'>"
            f"{escape(shown.when)}</span>"
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        message = QLabel(shown.message)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(message)
        return row

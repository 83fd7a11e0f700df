"""LinkedIn's latest events on the admin's tab: each push (a 1-Click Export, a status change)
on its own lines, what it was, what came of it (refusals in the problem colour) and when,
then the server's words about it, wrapped, since they are the point (why an export was
refused, and what to do)."""

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
    """The events shown, newest first (`shown`), or a line saying why there are none. One
    label of rich text: the list is read again at every sync round, and a label's text is
    replaced without widgets made and deleted each time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recent events from LinkedIn"))
        self.shown: list[ShownEvent] = []
        self.note = QLabel(self.tr("Reading LinkedIn's events…"))
        self.note.setWordWrap(True)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.lines)

    @property
    def loaded(self) -> bool:
        return self.note.text() != self.tr("Reading LinkedIn's events…")

    def show_events(self, events: list[LinkedInEvent]) -> None:
        self.shown = [
            ShownEvent(
                WORDS.event_type(e.type), WORDS.outcome(e.outcome), moment(e.received_at), e.message
            )
            for e in events
        ]
        self.lines.setText(
            "".join(self._line(e.outcome, s) for e, s in zip(events, self.shown, strict=True))
        )
        self.lines.setVisible(bool(events))
        self.note.setText(self.tr("No events from LinkedIn yet."))
        self.note.setVisible(not events)
        tones.mark_plain(self.note)

    def show_problem(self, message: str) -> None:
        self.shown = []
        self.lines.hide()
        self.note.setText(self.tr("LinkedIn's events could not be read: %1").replace("%1", message))
        self.note.show()
        tones.mark_problem(self.note)

    def _line(self, outcome: LinkedInEventOutcome, shown: ShownEvent) -> str:
        colour = (
            tones.good_color(self.palette())
            if outcome is LinkedInEventOutcome.ACCEPTED
            else tones.problem_color(self.palette())
        ).name()
        return (
            f"<p style='margin-bottom: 8px'><b>{escape(shown.kind)}</b> · "
            f"<span style='color: {colour}'>{escape(shown.outcome)}</span> · "
            f"<span style='color: {quiet_colour(self)}'>{escape(shown.when)}</span><br>"
            f"{escape(shown.message)}</p>"
        )

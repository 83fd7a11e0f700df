"""Contract-level history on the LinkedIn tab: the InMails with the candidate and the notes
people wrote about them in LinkedIn Recruiter, newest first, page by page.

The cache holds only what the server lets the user see: their own InMails in full, other
people's as who and when (subject and body never reach this computer)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recruiter_api.enums import InMailDirection
from recruiter_desktop.store.queries.linkedin import InMailEntry, LinkedInNoteEntry
from recruiter_desktop.views.candidate.cards import Card, byline, heading, muted, name_line
from recruiter_desktop.views.candidate.wording import ago, moment

HISTORY_PAGE = 20


class InMailCard(Card):
    """One InMail: who wrote to whom and when; the subject and text when it is the user's
    own conversation."""

    def __init__(
        self, entry: InMailEntry, me: str, candidate: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        outbound = entry.direction is InMailDirection.OUTBOUND
        if entry.correspondent_user_id == me:
            who = (self.tr("You to %1") if outbound else self.tr("%1 to you")).replace(
                "%1", candidate
            )
        else:
            correspondent = entry.correspondent_name or self.tr("Someone")
            sender, recipient = (
                (correspondent, candidate) if outbound else (candidate, correspondent)
            )
            who = self.tr("%1 to %2").replace("%1", sender).replace("%2", recipient)
        self.body.addWidget(name_line(who))
        self.body.addWidget(byline(ago(entry.sent_at), moment(entry.sent_at), None))
        if entry.full:
            if entry.subject:
                self.body.addWidget(_text(entry.subject, bold=True))
            self.body.addWidget(_text(entry.body or ""))
        else:
            hidden = muted(
                self.tr("Only %1 reads the messages of this conversation.").replace(
                    "%1", entry.correspondent_name or self.tr("the sender")
                )
            )
            self.body.addWidget(hidden)


class LinkedInNoteCard(Card):
    """A note written in LinkedIn Recruiter: who, when, and its text."""

    def __init__(self, note: LinkedInNoteEntry, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        author = self.tr("You") if note.author_user_id == me else note.author_name
        self.body.addWidget(name_line(author or self.tr("Someone in your organisation")))
        self.body.addWidget(byline(ago(note.created_at), moment(note.created_at), None))
        self.body.addWidget(_text(note.text))


class HistorySection(QWidget):
    """A heading, a line that explains the section, the cards, and "Show older" at the end
    (its `clicked` asks the tab for the next page)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title)
        self.caption = muted()
        self.caption.setVisible(False)
        self._cards: list[QWidget] = []
        self._column = QVBoxLayout()
        self._column.setSpacing(8)
        self.more = QPushButton()
        self.more.setVisible(False)
        more_row = QHBoxLayout()
        more_row.addStretch(1)
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addLayout(self._column)
        layout.addLayout(more_row)

    def cards(self) -> list[QWidget]:
        return list(self._cards)

    def say(self, text: str) -> None:
        """Show only `text` under the heading (the section has nothing, or cannot have)."""
        self.show_cards([], text, 0)

    def show_cards(self, cards: Sequence[QWidget], caption: str, left: int) -> None:
        """Replace the cards; `left`: how many more there are to read."""
        for card in self._cards:
            card.setParent(None)
            card.deleteLater()
        self._cards = []
        self.append(cards, left)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def append(self, cards: Sequence[QWidget], left: int) -> None:
        for card in cards:
            self._column.addWidget(card)
            self._cards.append(card)
        self.more.setVisible(left > 0)
        self.more.setEnabled(True)


def _text(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label

"""The Notes tab: write a note (Ctrl+Enter), read the notes newest first, page by page.

A note is written to the cache at once and queued for the server, so it shows immediately,
online or not, marked "Waiting to sync" until the server has it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.queries.candidate_pane import NotesPage, notes_page
from recruiter_desktop.store.queries.candidates import NoteEntry
from recruiter_desktop.views.candidate.cards import Card, CardColumn, byline, muted, name_line
from recruiter_desktop.views.candidate.editor import (
    SUBMIT_KEYS,
    SubmittingEditor,
    submit_keys_text,
)
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import ago, by_whom, moment
from recruiter_desktop.views.key_hints import KeyHint
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem

NOTES_PAGE = 20
NOTE_ENTITIES = frozenset({"note"})


class NoteCard(Card):
    """A note: who wrote it, when and about which job, and its text."""

    def __init__(self, note: NoteEntry, *, pending: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id = note.id
        self.pending = pending
        top = QHBoxLayout()
        top.addWidget(name_line(by_whom(note.author)), 1)
        if pending:
            waiting = Pill(self.tr("Waiting to sync"), Tone.WARNING)
            waiting.setToolTip(
                self.tr("Saved on this computer; it reaches the server at the next sync.")
            )
            top.addWidget(waiting)
        self.body.addLayout(top)
        self.body.addWidget(byline(ago(note.created_at), moment(note.created_at), note.job_title))
        self.text = QLabel(note.body)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.text)


class NotesTab(QWidget):
    """An editor for a new note above the candidate's notes, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._candidate_id: str | None = None
        self._total = 0
        self._saving = False
        self.editor = SubmittingEditor()
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setFixedHeight(84)
        self.editor.submitted.connect(self.add_note)
        KeyHint(self.tr("Add the note being written"), [SUBMIT_KEYS], self)
        keys = submit_keys_text()
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setToolTip(self.tr("Add the note (%1)").replace("%1", keys))
        self.add_button.clicked.connect(self.add_note)
        self.hint = muted(
            self.tr("%1 adds the note; it is saved even when offline.").replace("%1", keys)
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        mark_problem(self.error)
        self.error.setVisible(False)
        self.list = CardColumn(self.tr("No notes yet. Write the first one above."))
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.more.clicked.connect(self._more)

        actions = QHBoxLayout()
        actions.addWidget(self.hint, 1)
        actions.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)

    def loaded_count(self) -> int:
        """How many notes are shown (a reload shows as many again)."""
        return len(self.list.cards())

    def notes(self) -> list[NoteCard]:
        return [card for card in self.list.cards() if isinstance(card, NoteCard)]

    def show_notes(
        self,
        candidate_id: str,
        first_name: str,
        notes: tuple[NoteEntry, ...],
        total: int,
        pending: frozenset[str],
    ) -> None:
        if candidate_id != self._candidate_id:
            self.editor.clear()
            self.error.setVisible(False)
        self._candidate_id = candidate_id
        self.editor.setPlaceholderText(self.tr("Write a note about %1…").replace("%1", first_name))
        self.list.clear()
        self._append(notes, pending, total)

    def _append(self, notes: tuple[NoteEntry, ...], pending: frozenset[str], total: int) -> None:
        self._total = total
        for note in notes:
            self.list.add(NoteCard(note, pending=note.id in pending))
        left = total - self.loaded_count()
        self.list.more.setVisible(left > 0)
        self.list.more.setText(self.tr("Show %n older note(s)", "", min(left, NOTES_PAGE)))

    def _more(self) -> None:
        candidate_id = self._candidate_id
        if candidate_id is None:
            return
        self.list.more.setEnabled(False)

        def arrived(page: NotesPage) -> None:
            self.list.more.setEnabled(True)
            if candidate_id == self._candidate_id and page.page.offset == self.loaded_count():
                self._append(page.page.items, page.pending, page.page.total)

        spawn_for(
            self,
            self.workspace.read(
                notes_page, candidate_id, limit=NOTES_PAGE, offset=self.loaded_count()
            ),
            done=arrived,
            failed=self._failed,
        )

    def add_note(self) -> None:
        """Save the editor's text as a note on the candidate (Ctrl+Enter)."""
        body = self.editor.toPlainText()
        if self._candidate_id is None or self._saving:
            return
        if not body.strip():
            self._failed(self.tr("Write something first: the note is empty."))
            return
        self._saving = True
        self.add_button.setEnabled(False)
        self.error.setVisible(False)
        candidate_id = self._candidate_id

        def saved(_: local_writes.LocalWrite) -> None:
            self._saving = False
            self.add_button.setEnabled(True)
            if candidate_id == self._candidate_id and self.editor.toPlainText() == body:
                self.editor.clear()

        def refused(message: str) -> None:
            self._saving = False
            self.add_button.setEnabled(True)
            self._failed(message)

        spawn_for(
            self,
            self.workspace.write(NOTE_ENTITIES, local_writes.create_note, candidate_id, body),
            done=saved,
            failed=refused,
        )

    def _failed(self, message: str) -> None:
        self.list.more.setEnabled(True)
        self.error.setText(message)
        self.error.setVisible(True)

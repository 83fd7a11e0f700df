"""The candidate pane, docked beside the lists: one candidate's header and their tabs
(Applications, Notes, Interview feedback, Activity, LinkedIn).

It reads the candidate from the cache through the workspace, and reads again whenever a
sync or a local write changes something it shows."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProxyStyle,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOption,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.local_writes import LocalWrite
from recruiter_desktop.store.queries.candidate_pane import CandidatePaneData, candidate_pane
from recruiter_desktop.store.queries.common import Page
from recruiter_desktop.store.queries.pools import PoolSummary, pools
from recruiter_desktop.views.candidate.activity_tab import ActivityTab
from recruiter_desktop.views.candidate.applications_tab import ApplicationsTab
from recruiter_desktop.views.candidate.cards import heading, muted
from recruiter_desktop.views.candidate.feedback_tab import FeedbackTab
from recruiter_desktop.views.candidate.header import ADD_TO_POOL_KEYS, CandidateHeader
from recruiter_desktop.views.candidate.linkedin_tab import LinkedInTab
from recruiter_desktop.views.candidate.notes_tab import NOTES_PAGE, NotesTab
from recruiter_desktop.views.jobs.reject_dialog import RejectDialog
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem

# The entities the pane shows ("pool" is how a push of pool changes is announced).
SHOWN = frozenset(
    {
        "candidate",
        "application",
        "stage_change",
        "stage",
        "job",
        "job_role",
        "user",
        "note",
        "feedback",
        "talent_pool",
        "pool_member",
        "pool",
    }
)
POOL_ENTITIES = frozenset({"pool_member"})
APPLICATION_ENTITIES = frozenset({"application", "stage_change"})
NEW_NOTE_KEYS = QKeySequence("Ctrl+Shift+N")
POOLS_IN_MENU = 200


@dataclass(frozen=True)
class _Loaded:
    data: CandidatePaneData | None
    pools: tuple[PoolSummary, ...] | None


class CandidatePane(QWidget):
    """One candidate at a time; `show_candidate(id)` chooses them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Candidate"))
        self.candidate_id: str | None = None
        self.data: CandidatePaneData | None = None
        self._generation = 0
        self._activity_stale = True
        self.reject_dialog: RejectDialog | None = None

        self.header = CandidateHeader()
        self.header.pool_add_asked.connect(self._add_to_pool)
        self.header.pool_remove_asked.connect(self._remove_from_pool)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mark_problem(self.message)
        self.message.setVisible(False)
        self.applications = ApplicationsTab()
        self.applications.move_asked.connect(self._move)
        self.applications.reject_asked.connect(self._ask_reason)
        self.notes = NotesTab(workspace)
        self.feedback = FeedbackTab(workspace)
        self.activity = ActivityTab(workspace)
        self.linkedin = LinkedInTab(workspace)
        self.tabs = self._tab_widget()
        self._name_tabs()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 6)
        column.addWidget(self.header)
        column.addWidget(self.message)
        column.addWidget(self.tabs, 1)

        self.empty, _ = _centred(
            self.tr("No candidate chosen"),
            self.tr(
                "Choose a candidate in a list or on a board, or press Ctrl+K to search by name,"
                " e-mail, tag or job."
            ),
        )
        self.loading, _ = _centred(self.tr("Loading…"), "")
        self.problem, self.problem_text = _centred(self.tr("This candidate cannot be shown"), "")
        self.stack = QStackedWidget()
        for page in (self.empty, self.loading, self.problem, content):
            self.stack.addWidget(page)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        note_keys = QShortcut(NEW_NOTE_KEYS, self, self.write_note)
        note_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        note_keys.setWhatsThis(self.tr("Write a new note"))
        pool_keys = QShortcut(ADD_TO_POOL_KEYS, self, self._open_pool_menu)
        pool_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pool_keys.setWhatsThis(self.tr("Add to or remove from talent pools"))
        workspace.status.data_changed.connect(self._data_changed)

    def _tab_widget(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tab_bar = tabs.tabBar()
        tab_bar.setStyle(_CompactTabs(tab_bar.style().name(), tab_bar))
        # Every tab in sight, their names cut with "…" in a narrow pane (scroll arrows would
        # hide the last tabs).
        tabs.setElideMode(Qt.TextElideMode.ElideRight)
        tabs.setUsesScrollButtons(False)
        tabs.setAccessibleName(self.tr("Candidate details"))
        for tab in (self.applications, self.notes, self.feedback, self.activity, self.linkedin):
            tabs.addTab(tab, "")
        tabs.currentChanged.connect(self._tab_changed)
        tabs.setTabToolTip(
            tabs.indexOf(self.notes),
            self.tr("Notes; %1 starts a new one").replace(
                "%1", NEW_NOTE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            ),
        )
        tabs.setTabToolTip(tabs.indexOf(self.feedback), self.tr("Interview feedback"))
        return tabs

    # --- Choosing and reading -------------------------------------------------------------

    def show_candidate(self, candidate_id: str) -> None:
        """Show this candidate (by id), read from the cache."""
        if candidate_id != self.candidate_id:
            self.candidate_id = candidate_id
            self.data = None
            self.stack.setCurrentWidget(self.loading)
            self.tabs.setCurrentWidget(self.applications)
        self._load(candidate_id)

    def reload(self) -> None:
        """Read the shown candidate again."""
        if self.candidate_id is not None:
            self._load(self.candidate_id)

    def _data_changed(self, entities: object) -> None:
        if isinstance(entities, frozenset) and entities & SHOWN:
            self.reload()

    def _load(self, candidate_id: str) -> None:
        self._generation += 1
        generation = self._generation
        shown = self.notes.loaded_count() if self.data is not None else 0
        notes_limit = min(1000, max(NOTES_PAGE, -(-shown // NOTES_PAGE) * NOTES_PAGE))

        async def read() -> _Loaded:
            data = await self.workspace.read(candidate_pane, candidate_id, notes_limit=notes_limit)
            offered = None
            if data is not None and self.workspace.who.sees_everything:
                page: Page[PoolSummary] = await self.workspace.read(pools, limit=POOLS_IN_MENU)
                offered = page.items
            return _Loaded(data, offered)

        def arrived(loaded: _Loaded) -> None:
            if generation == self._generation:
                self._show(loaded)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._problem(message)

        spawn_for(self, read(), done=arrived, failed=failed)

    def _show(self, loaded: _Loaded) -> None:
        data = loaded.data
        if data is None:
            self._problem(
                self.tr(
                    "The candidate is not in your cache: they were deleted, or you no longer"
                    " hold a role on any of their jobs."
                )
            )
            return
        same = self.data is not None and self.data.details.id == data.details.id
        scrolls = self._scroll_positions() if same else {}
        self.data = data
        details = data.details
        self.header.show_candidate(details)
        self.linkedin.show_candidate(
            details.id, f"{details.first_name} {details.last_name}".strip()
        )
        self.header.set_pools(loaded.pools, {p.id for p in details.pools})
        self.applications.show_applications(details.applications, data.pending, data.stages)
        self.notes.show_notes(
            details.id, details.first_name, details.notes, details.note_count, data.pending
        )
        self.feedback.show_feedback(details.feedback, data.feedback_due, data.pending)
        self._activity_stale = True
        if self.tabs.currentWidget() is self.activity:
            self._load_activity()
        self._name_tabs()
        self.stack.setCurrentWidget(self.content)
        if scrolls:
            # After the new cards are laid out; never once the pane is gone.
            QTimer.singleShot(0, self, lambda: self._restore_scrolls(scrolls))

    def _problem(self, message: str) -> None:
        self.data = None
        self.problem_text.setText(message)
        self.stack.setCurrentWidget(self.problem)

    def _name_tabs(self) -> None:
        details = self.data.details if self.data is not None else None
        due = len(self.data.feedback_due) if self.data is not None else 0
        names = [
            (
                self.applications,
                self.tr("Applications"),
                len(details.applications) if details else 0,
            ),
            (self.notes, self.tr("Notes"), details.note_count if details else 0),
            (self.feedback, self.tr("Feedback"), len(details.feedback) if details else 0),
        ]
        for tab, name, count in names:
            index = self.tabs.indexOf(tab)
            self.tabs.setTabText(index, f"{name} ({count})" if count else name)
        index = self.tabs.indexOf(self.feedback)
        if due:
            self.tabs.setTabText(index, self.tr("Feedback (%n due)", "", due))
        self.tabs.setTabText(self.tabs.indexOf(self.activity), self.tr("Activity"))
        self.tabs.setTabText(self.tabs.indexOf(self.linkedin), self.tr("LinkedIn"))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.activity and self._activity_stale:
            self._load_activity()

    def _load_activity(self) -> None:
        if self.candidate_id is not None:
            self._activity_stale = False
            self.activity.load(self.candidate_id)

    def _scroll_positions(self) -> dict[QScrollArea, int]:
        areas: list[QScrollArea] = [self.applications, self.notes.list, self.feedback]
        return {area: area.verticalScrollBar().value() for area in areas}

    @staticmethod
    def _restore_scrolls(scrolls: dict[QScrollArea, int]) -> None:
        for area, value in scrolls.items():
            area.verticalScrollBar().setValue(value)

    # --- Actions --------------------------------------------------------------------------

    def write_note(self) -> None:
        """Open the Notes tab with the cursor in the new note (Ctrl+Shift+N)."""
        if self.data is None:
            return
        self.tabs.setCurrentWidget(self.notes)
        self.notes.editor.setFocus()

    def _move(self, application_id: str, stage_id: str) -> None:
        self._write(APPLICATION_ENTITIES, local_writes.move_stage, application_id, stage_id)

    def _ask_reason(self, application_id: str) -> None:
        """Ask why (the jobs page's reject dialog), then reject."""
        data = self.data
        apps = data.details.applications if data is not None else ()
        app = next((a for a in apps if a.id == application_id), None)
        if data is None or app is None:
            return
        name = f"{data.details.first_name} {data.details.last_name}".strip()
        dialog = RejectDialog([name], app.job_title, self)
        dialog.accepted.connect(
            lambda: self._write(
                APPLICATION_ENTITIES, local_writes.reject, application_id, dialog.reason()
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.reject_dialog = dialog
        dialog.open()

    def _open_pool_menu(self) -> None:
        if self.data is not None and self.header.pool_button.isVisible():
            self.header.pool_button.showMenu()

    def _add_to_pool(self, pool_id: str) -> None:
        self._change_pools(local_writes.add_to_pool, pool_id)

    def _remove_from_pool(self, pool_id: str) -> None:
        self._change_pools(local_writes.remove_from_pool, pool_id)

    def _change_pools(self, change: Callable[[Cache, str, str], LocalWrite], pool_id: str) -> None:
        if self.candidate_id is not None:
            self._write(POOL_ENTITIES, change, pool_id, self.candidate_id)

    def _write(
        self,
        entities: frozenset[str],
        change: Callable[[Cache, str, str], LocalWrite],
        target: str,
        value: str,
    ) -> None:
        """Make a local write; a refusal is said in words above the tabs."""
        self.message.setVisible(False)
        spawn_for(
            self,
            self.workspace.write(entities, change, target, value),
            failed=self._refused,
        )

    def _refused(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
        self.reload()


class _CompactTabs(QProxyStyle):
    """The application's style with less room on each side of a tab's name, so that the
    five tabs' names fit the pane's default width whole, in Swedish too."""

    def __init__(self, key: str, parent: QObject) -> None:
        super().__init__(key)
        self.setParent(parent)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return min(12, super().pixelMetric(metric, option, widget))
        return super().pixelMetric(metric, option, widget)


def _centred(title: str, text: str) -> tuple[QWidget, QLabel]:
    """A page with a title and a text in its middle; the page and the text's label."""
    page = QFrame()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    big = heading(title, size=1.3)
    big.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    detail = muted(text)
    detail.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(big)
    layout.addWidget(detail)
    layout.addStretch(2)
    return page, detail

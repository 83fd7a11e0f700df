"""The main window: navigation, the pages, menus and the sync's status bar.

The navigation lists the pages the signed-in user's role has (Admin settings only for
admins); each page is built the first time it is shown. Geometry, dock state, every named
splitter and the last page are remembered in the app's settings. The window does not sign
in or out itself: it asks the shell through its signals.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from recruiter_api.enums import OrgRole
from recruiter_desktop.demo_guide import DemoGuide
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.users import user_name
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.candidate_pane import CandidatePane
from recruiter_desktop.views.candidates_page import CandidatesPage
from recruiter_desktop.views.demo_actions import DemoLinkedInActions
from recruiter_desktop.views.jobs import JobsPage
from recruiter_desktop.views.my_jobs import MyJobsPage
from recruiter_desktop.views.navigation import Sidebar
from recruiter_desktop.views.pools_page import PoolsPage
from recruiter_desktop.views.roles import role_name
from recruiter_desktop.views.search_dialog import SearchDialog
from recruiter_desktop.views.settings_pages import AdminSettingsPage, UserSettingsPage
from recruiter_desktop.views.shortcuts_dialog import ShortcutsDialog
from recruiter_desktop.views.status_bar import SyncStatusBar
from recruiter_desktop.views.tasks import spawn

# At the default size, with the candidate pane open, the job list fits without scrolling
# sideways (the columns that matter least step aside) and the pane shows its tabs whole.
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (720, 480)
SIDEBAR_WIDTH = 170
PANE_WIDTH = 500
PANE_MINIMUM_WIDTH = 300


def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's keys for a standard action; `fallback` where it has none."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


@dataclass(frozen=True)
class PageEntry:
    """A page of the navigation: its settings key, its title, and how to build it."""

    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """The window a signed-in user works in.

    `demo_users` (e-mail, role) fills the Demo menu, shown only in demo mode; `demo_guide`
    adds the demo's LinkedIn entries to it and Help > About the demo.

    Signals:
        sign_out_requested(): File > Sign out, or the button in User settings.
        user_switch_requested(str): the Demo menu's choice of another demo user (e-mail).
        sign_in_again_requested(): the server stopped accepting the sign-in; sign in again.
        closed(): the window closed (the user quit).
    """

    sign_out_requested = Signal()
    user_switch_requested = Signal(str)
    sign_in_again_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        settings: AppSettings,
        *,
        demo_users: Sequence[tuple[str, OrgRole]] = (),
        demo_guide: DemoGuide | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.demo_guide = demo_guide
        who = workspace.who
        self.setObjectName("main_window")
        self.setMinimumSize(*MINIMUM_SIZE)
        title = self.tr("Recruiter — %1 (%2)").replace("%1", who.email)
        title = title.replace("%2", role_name(who.role))
        self.setWindowTitle(title + (self.tr(" — demo") if demo_users else ""))

        self.pages: dict[str, QWidget] = {}
        self.entries = self._entries()
        self.sidebar = Sidebar(who, [(entry.key, entry.title) for entry in self.entries])
        self.nav = self.sidebar.pages
        self._read_name()
        workspace.status.data_changed.connect(self._users_changed)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        sidebar = max(SIDEBAR_WIDTH, self.sidebar.minimumWidth())
        self.splitter.setSizes([sidebar, DEFAULT_SIZE[0] - sidebar])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.candidate_pane = CandidatePane(workspace)
        self.candidate_dock = QDockWidget(self.tr("Candidate"), self)
        self.candidate_dock.setObjectName("candidate_dock")
        self.candidate_dock.setWidget(self.candidate_pane)
        self.candidate_dock.setMinimumWidth(PANE_MINIMUM_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.candidate_dock)
        self.resizeDocks([self.candidate_dock], [PANE_WIDTH], Qt.Orientation.Horizontal)
        self.search_dialog = SearchDialog(workspace, self)
        self.search_dialog.candidate_chosen.connect(self.open_candidate)

        self.status_bar = SyncStatusBar(workspace.status, self)
        self.status_bar.sign_in_again_requested.connect(self.sign_in_again_requested)
        self.setStatusBar(self.status_bar)

        self._build_menus(demo_users)
        self.nav.currentRowChanged.connect(self._show_row)
        self._restore()

    # --- Pages -------------------------------------------------------------------------

    def _entries(self) -> list[PageEntry]:
        """The pages of this user's role, in navigation order: a hiring manager's own jobs
        come first, Admin settings only for admins."""
        role = self.workspace.who.role
        entries: list[PageEntry] = []
        if role == OrgRole.HIRING_MANAGER:
            entries.append(PageEntry("my_jobs", self.tr("My jobs"), self._my_jobs))
        entries += [
            PageEntry("jobs", self.tr("Jobs"), self._jobs),
            PageEntry("pools", self.tr("Talent pools"), self._pools),
            PageEntry("candidates", self.tr("Candidates"), self._candidates),
        ]
        if role == OrgRole.ADMIN:
            entries.append(PageEntry("admin", self.tr("Admin settings"), self._admin_settings))
        entries.append(PageEntry("settings", self.tr("User settings"), self._user_settings))
        return entries

    def _my_jobs(self) -> QWidget:
        page = MyJobsPage(self.workspace)
        page.candidate_opened.connect(self.open_candidate)
        return page

    def _jobs(self) -> QWidget:
        page = JobsPage(self.workspace)
        page.candidate_opened.connect(self.open_candidate)
        return page

    def _pools(self) -> QWidget:
        page = PoolsPage(self.workspace)
        page.candidate_opened.connect(self.open_candidate)
        return page

    def _candidates(self) -> QWidget:
        page = CandidatesPage(self.workspace)
        page.candidate_opened.connect(self.open_candidate)
        return page

    def _admin_settings(self) -> QWidget:
        return AdminSettingsPage(self.workspace)

    def _user_settings(self) -> QWidget:
        page = UserSettingsPage(self.workspace, self.settings)
        page.sign_out_requested.connect(self.ask_sign_out)
        return page

    def _read_name(self) -> None:
        spawn(self.workspace.read(user_name, self.workspace.who.user_id), done=self._show_name)

    def _users_changed(self, entities: object) -> None:
        if isinstance(entities, frozenset) and "user" in entities:
            self._read_name()

    def _show_name(self, name: str | None) -> None:
        if name and shiboken6.isValid(self):
            self.sidebar.show_name(name)

    def open_candidate(self, candidate_id: str) -> None:
        """Show this candidate in the candidate pane (showing the pane if it was closed)."""
        self.candidate_dock.show()
        self.candidate_pane.show_candidate(candidate_id)

    def search(self) -> None:
        """Ctrl+K: the search window; the candidate chosen opens in the pane."""
        self.search_dialog.show()
        self.search_dialog.activateWindow()

    @property
    def page_keys(self) -> list[str]:
        """The keys of the navigation's pages, in order."""
        return [entry.key for entry in self.entries]

    @property
    def current_key(self) -> str:
        """The key of the page shown."""
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else ""

    def go(self, key: str) -> QWidget:
        """Show the page of this key (building it the first time) and return it."""
        self.nav.setCurrentRow(self.page_keys.index(key))
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        self.stack.setCurrentWidget(self._page(self.entries[row].key))

    def _page(self, key: str) -> QWidget:
        """The page of this key, built the first time it is needed."""
        page = self.pages.get(key)
        if page is None:
            entry = self.entries[self.page_keys.index(key)]
            page = entry.build()
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            self._restore_splitters(page)
        return page

    # --- Menus -------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self, demo_users: Sequence[tuple[str, OrgRole]]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.sign_out_action = self._action(file_menu, self.tr("Sign &out…"), self.ask_sign_out)
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu,
            self.tr("&Quit"),
            self.close,
            _standard(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        view_menu = bar.addMenu(self.tr("&View"))
        self.navigation_action = QAction(self.tr("&Navigation"), self)
        self.navigation_action.setCheckable(True)
        self.navigation_action.setChecked(True)
        self.navigation_action.toggled.connect(self.sidebar.setVisible)
        view_menu.addAction(self.navigation_action)
        self.pane_action = self.candidate_dock.toggleViewAction()
        self.pane_action.setText(self.tr("&Candidate pane"))
        self.pane_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        view_menu.addAction(self.pane_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.go_actions: dict[str, QAction] = {}
        for number, entry in enumerate(self.entries, start=1):
            shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
            self.go_actions[entry.key] = self._action(
                go_menu, entry.title, self._going_to(entry.key), shortcut
            )

        go_menu.addSeparator()
        self.search_action = self._action(
            go_menu, self.tr("&Search candidates…"), self.search, QKeySequence("Ctrl+K")
        )

        sync_menu = bar.addMenu(self.tr("&Sync"))
        self.sync_action = self._action(
            sync_menu, self.tr("Sync &now"), self.workspace.sync_now, QKeySequence("Ctrl+R")
        )
        self.messages_action = self._action(
            sync_menu, self.tr("&Messages from the sync…"), self.status_bar.show_messages
        )

        if demo_users:
            demo_menu = bar.addMenu(self.tr("&Demo"))
            group = QActionGroup(self)
            self.demo_actions: dict[str, QAction] = {}
            for email, role in demo_users:
                text = self.tr("Sign in as %1 (%2)").replace("%1", role_name(role))
                action = self._action(
                    demo_menu,
                    text.replace("%2", email),
                    self._switching_to(email),
                )
                action.setCheckable(True)
                action.setChecked(email == self.workspace.who.email)
                group.addAction(action)
                self.demo_actions[email] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            _standard(QKeySequence.StandardKey.HelpContents, "F1"),
        )
        self._action(help_menu, self.tr("&About Recruiter"), self._about)
        self.demo_linkedin: DemoLinkedInActions | None = None
        if demo_users and self.demo_guide is not None:
            self.demo_linkedin = DemoLinkedInActions(
                self, self.workspace, self.demo_guide, demo_menu, help_menu
            )

    def _going_to(self, key: str) -> Callable[[], None]:
        def go() -> None:
            self.go(key)

        return go

    def _switching_to(self, email: str) -> Callable[[], None]:
        def switch() -> None:
            if email != self.workspace.who.email:
                self.user_switch_requested.emit(email)
            else:
                self.demo_actions[email].setChecked(True)

        return switch

    def ask_sign_out(self) -> None:
        """Sign out, after saying what happens to changes not sent yet."""
        pending = self.workspace.status.pending
        if not pending:
            self.sign_out_requested.emit()
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign out"),
            self.tr(
                "Changes made here and not yet on the server: %n. They stay on this "
                "computer and are sent when you sign in again as %1. Sign out now?",
                "",
                pending,
            ).replace("%1", self.workspace.who.email),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not exec(): a nested event loop would run the loop's tasks inside this slot.
        question.accepted.connect(self.sign_out_requested)
        question.open()

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts of the menus, the pages and the candidate pane."""
        for key in self.page_keys:
            self._page(key)  # every page, so that every page's keys are listed
        sections = [(entry.title, self.pages[entry.key]) for entry in self.entries]
        sections.append((self.tr("Candidate pane"), self.candidate_pane))
        dialog = ShortcutsDialog(self.menuBar(), sections, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _about(self) -> None:
        about = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Recruiter"),
            self.tr(
                "Recruiter Desktop: jobs, pipelines, talent pools and candidates, online or "
                "offline. Your changes are kept on this computer and synced with the server "
                "in the background."
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about.open()

    # --- Remembered state ---------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state
        if state is None or not self.restoreState(state):
            # The pane opens with the first candidate opened; the lists get the room till then.
            self.candidate_dock.hide()
        self._restore_splitters(self)
        last = self.settings.page
        self.nav.setCurrentRow(self.page_keys.index(last) if last in self.page_keys else 0)
        self.nav.setFocus()

    def _restore_splitters(self, widget: QWidget) -> None:
        for splitter in widget.findChildren(QSplitter):
            name = splitter.objectName()
            saved = self.settings.splitter(name) if name else None
            if saved is not None:
                splitter.restoreState(saved)

    def save_state(self) -> None:
        """Remember geometry, docks, named splitters and the page shown."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.set_splitter(splitter.objectName(), splitter.saveState())
        self.settings.page = self.current_key
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()

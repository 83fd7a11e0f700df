"""User settings (everyone) and Admin settings (admins only).

User settings: who is signed in and where, signing out, the language of the interface
(it takes effect at the next start, and says so), and the user's own LinkedIn connection
(views/linkedin).
Admin settings: a left pane of sections, as the LinkedIn help page describes it: LinkedIn
integration (its state and the setup wizard, views/linkedin) and the organisation's users,
read from the cache.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.users import UserRow, users
from recruiter_desktop.views import tones
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.linkedin import IntegrationTab, MyLinkedInSection
from recruiter_desktop.views.navigation import LIST_STYLE
from recruiter_desktop.views.paged_model import RIGHT, Column, PagedModel
from recruiter_desktop.views.roles import role_name

READABLE_WIDTH = 760


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _readable(page: QWidget, column: QVBoxLayout) -> None:
    """Lay `column` out on `page` at most READABLE_WIDTH wide: lines of settings text that
    run across a wide window are hard to read."""
    holder = QWidget()
    holder.setMaximumWidth(READABLE_WIDTH)
    holder.setLayout(column)
    layout = QHBoxLayout(page)
    layout.addWidget(holder, 1)
    layout.addStretch(0)


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class UserSettingsPage(QWidget):
    """The signed-in user's own settings.

    Signals:
        sign_out_requested(): the user pressed Sign out.
    """

    sign_out_requested = Signal()

    def __init__(
        self, workspace: Workspace, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        who = workspace.who

        account = QGroupBox(self.tr("Your account"))
        signed_in = self.tr("Signed in as %1 (%2) on %3.")
        self.account_text = _paragraph(
            signed_in.replace("%1", who.email)
            .replace("%2", role_name(who.role))
            .replace("%3", who.server_url)
        )
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setToolTip(
            self.tr("Sign out of this server; changes not sent yet stay on this computer.")
        )
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        account_layout = QVBoxLayout(account)
        account_layout.addWidget(self.account_text)
        account_layout.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)

        language = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.addItem(self.tr("Same as the system"), "")
        # Each language is named in itself, so that someone who cannot read the current one
        # still finds their own.
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.restart_note = _paragraph(
            self.tr("The new language shows when you next start the app.")
        )
        self.restart_note.hide()
        language_layout = QFormLayout(language)
        language_layout.addRow(self.tr("&Interface language:"), self.language)
        language_layout.addRow(self.restart_note)

        self.linkedin = MyLinkedInSection(workspace)

        column = QVBoxLayout()
        column.addWidget(_heading(self.tr("User settings")))
        for group in (account, language, self.linkedin):
            column.addWidget(group)
        column.addStretch(1)
        _readable(self, column)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self._settings.language = code if isinstance(code, str) else ""
        self._settings.sync()
        self.restart_note.show()


class AdminSettingsPage(QWidget):
    """Organisation-wide settings, for admins: sections in a left pane."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Admin settings sections"))
        self.sections.setStyleSheet(LIST_STYLE)
        self.sections.setFrameShape(QFrame.Shape.NoFrame)
        self.sections.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.linkedin = IntegrationTab(workspace)
        self.users = UsersSection(workspace)
        for title, section in (
            (self.tr("LinkedIn integration"), self.linkedin),
            (self.tr("Users"), self.users),
        ):
            self.sections.addItem(title)
            self.stack.addWidget(section)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)

        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Admin settings")))
        layout.addLayout(body, 1)


class UsersSection(QWidget):
    """The organisation's users as the last sync brought them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns: list[Column[UserRow]] = [
            Column(self.tr("Name"), lambda u: u.name),
            Column(self.tr("E-mail"), lambda u: u.email),
            Column(self.tr("Role"), lambda u: role_name(u.role)),
            Column(
                self.tr("Jobs"),
                lambda u: str(u.jobs),
                tooltip=lambda u: self.tr("Holds a role on %n job(s)", "", u.jobs),
                align=RIGHT,
            ),
            Column(
                self.tr("Status"),
                lambda u: self.tr("Active") if u.active else self.tr("Deactivated"),
            ),
        ]
        self.model = PagedModel(
            workspace, users, columns, key=lambda u: u.id, reload_on=frozenset({"user", "job_role"})
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        tones.mark_problem(self.problem)
        self.problem.hide()
        self.model.total_changed.connect(self._show_total)
        self.model.failed.connect(self._show_problem)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Users")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Everyone who can sign in to this organisation, with their role. People "
                    "are added and their roles changed on the server."
                )
            )
        )
        layout.addWidget(self.count)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self.model.reload()

    def _status_text(self, user: UserRow) -> str:
        return self.tr("Active") if user.active else self.tr("Deactivated")

    def _show_total(self, total: int) -> None:
        self.count.setText(self.tr("%n user(s)", "", total))

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

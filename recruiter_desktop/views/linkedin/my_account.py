"""User settings > LinkedIn: the signed-in user's own LinkedIn account (their Recruiter seat),
connected and disconnected here with a sign-in in the system browser, and each LinkedIn
feature with what it waits for: the admin (the organisation's integration is not enabled, or
not at the level the feature needs) or the user (their account is not connected).

The organisation's side comes from the cache (it shows offline too); the user's connection
needs the server, and the section says so when it cannot be read.
"""

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import CONTRACT_FEATURES, LinkedInFeature, LinkedInState
from recruiter_api.linkedin import AuthorizationStart, UserConnection
from recruiter_desktop.services.linkedin import DEFAULT_EVERY
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.linkedin import IntegrationState, integration
from recruiter_desktop.views import tones
from recruiter_desktop.views.candidate.wording import moment
from recruiter_desktop.views.linkedin.parts import BrowserSignIn, ProblemLine, paragraph, rich
from recruiter_desktop.views.linkedin.wording import WORDS
from recruiter_desktop.views.owned_spawn import spawn_for


class MyLinkedInSection(QGroupBox):
    """The user's own LinkedIn connection. `every`: seconds between the reads of the
    connection while the browser sign-in is waited for."""

    def __init__(
        self, workspace: Workspace, *, every: float = DEFAULT_EVERY, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("LinkedIn"), parent)
        self.workspace = workspace
        self.every = every
        self.organisation: IntegrationState | None = None
        self.mine: UserConnection | None = None
        self.unread: str | None = None  # why the connection could not be read
        self.confirmation: QMessageBox | None = None
        self._waiting: asyncio.Task[Any] | None = None

        self.account = paragraph(self.tr("Reading your LinkedIn connection…"))
        self.account.setAccessibleName(self.tr("Your LinkedIn connection"))
        self.seat_note = paragraph()
        self.connect_button = QPushButton(self.tr("&Connect your LinkedIn account…"))
        self.connect_button.setToolTip(
            self.tr("Sign in to LinkedIn in your browser to connect your own account (seat).")
        )
        self.connect_button.clicked.connect(self.connect_account)
        self.disconnect_button = QPushButton(self.tr("&Disconnect LinkedIn…"))
        self.disconnect_button.setToolTip(self.tr("Forget your LinkedIn account here."))
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        self.stop_button = QPushButton(self.tr("Stop waiting"))
        self.stop_button.setToolTip(self.tr("Stop waiting for the sign-in in the browser."))
        self.stop_button.clicked.connect(self.stop_waiting)
        self.stop_button.hide()
        self.browser = BrowserSignIn()
        self.problem = ProblemLine()
        self._again: Callable[[], None] = self.reload
        self.problem.retry.connect(self._try_again)
        self.features = rich("")
        self.features.setAccessibleName(self.tr("LinkedIn features"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account)
        layout.addWidget(self.seat_note)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("The LinkedIn features for you:")))
        layout.addWidget(self.features)
        self._show()

        workspace.status.data_changed.connect(self._data_changed)
        self.reload()

    # --- Reading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the organisation's integration (cache) and the user's connection (server)."""
        self.problem.hide()
        spawn_for(self, self.workspace.read(integration), done=self._organisation_read)
        spawn_for(
            self,
            self.workspace.linkedin.my_connection(),
            done=self._connection_read,
            failed=self._connection_unread,
        )

    def _data_changed(self, entities: object) -> None:
        if isinstance(entities, frozenset) and "linkedin_integration" in entities:
            self.reload()

    def _organisation_read(self, state: IntegrationState | None) -> None:
        self.organisation = state
        self._show()

    def _connection_read(self, mine: UserConnection) -> None:
        self.mine = mine
        self.unread = None
        self._show()

    def _connection_unread(self, message: str) -> None:
        self.mine = None
        self.unread = message
        self._show()

    # --- Showing -----------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self.mine is not None and self.mine.connected

    def _show(self) -> None:
        mine = self.mine
        waiting = self._waiting is not None
        if mine is not None and mine.connected:
            if mine.connected_at is not None:
                words = self.tr("Connected as %1 (%2) since %3.").replace(
                    "%3", moment(mine.connected_at)
                )
            else:
                words = self.tr("Connected as %1 (%2).")
            self.account.setText(
                words.replace("%1", mine.name or "").replace(
                    "%2", mine.email or mine.member_id or ""
                )
            )
            tones.mark_good(self.account)
        elif mine is not None:
            self.account.setText(self.tr("Your LinkedIn account is not connected."))
            tones.mark_plain(self.account)
        elif self.unread is not None:
            self.account.setText(
                self.tr("Your LinkedIn connection could not be read: %1").replace("%1", self.unread)
            )
            tones.mark_problem(self.account)
        self.seat_note.setText(self._seat_words())
        self.seat_note.setVisible(bool(self.seat_note.text()))
        self.connect_button.setVisible(mine is not None and not mine.connected and not waiting)
        self.disconnect_button.setVisible(self.connected)
        self.stop_button.setVisible(waiting)
        self.features.setText(self._features_words())

    def _seat_words(self) -> str:
        mine, organisation = self.mine, self.organisation
        if mine is None or not mine.connected:
            return ""
        self.seat_note.setToolTip(mine.seat or "")
        contract = None
        if organisation is not None and organisation.contract_urn is not None:
            contract = organisation.contract_name or organisation.contract_urn
        if mine.seat is not None:
            if contract is None:
                return self.tr("You hold a Recruiter seat.")
            return self.tr("Your Recruiter seat is on %1, the organisation's contract.").replace(
                "%1", contract
            )
        if contract is None:
            return ""
        return self.tr(
            "This LinkedIn account holds no seat on %1, the organisation's contract: your "
            "1-Click Exports and InMails cannot be tied to you. Ask your Recruiter admin for a "
            "seat, or connect the account that has one."
        ).replace("%1", contract)

    def _waits_for(self, feature: LinkedInFeature) -> tuple[str, str | None]:
        """What the feature waits for, and the colour to say it in (None: the text's)."""
        organisation = self.organisation
        problem = tones.problem_color(self.palette()).name()
        if organisation is None or organisation.state is not LinkedInState.ENABLED:
            if organisation is not None and organisation.state is LinkedInState.DISABLED:
                return self.tr("off: LinkedIn disabled the organisation's integration"), problem
            return self.tr("waits for an admin to set up the LinkedIn integration"), None
        if feature not in organisation.features:
            words = self.tr("needs contract-level access, which the organisation does not have")
            return words, None
        if self.mine is None:
            return self.tr("on once your LinkedIn account is connected"), None
        if not self.mine.connected:
            return self.tr("waits for you: connect your LinkedIn account"), None
        return self.tr("on"), tones.good_color(self.palette()).name()

    def _features_words(self) -> str:
        rows = []
        for feature in CONTRACT_FEATURES:
            status, colour = self._waits_for(feature)
            shown = escape(status)
            if colour is not None:
                shown = f"<span style='color: {colour}'>{shown}</span>"
            rows.append(
                f"<tr><td style='padding: 2px 12px 2px 0'>{escape(WORDS.feature(feature))}</td>"
                f"<td style='padding: 2px 0'>{shown}</td></tr>"
            )
        return f"<table>{''.join(rows)}</table>"

    def feature_status(self, feature: LinkedInFeature) -> str:
        """What the feature waits for, as shown ("on" when it waits for nothing)."""
        return self._waits_for(feature)[0]

    # --- Connecting ----------------------------------------------------------------------

    def connect_account(self) -> None:
        """Connect: sign in to LinkedIn in the browser while the section waits."""
        self.problem.hide()
        self.connect_button.setEnabled(False)
        spawn_for(
            self,
            self.workspace.linkedin.connect_me(),
            done=self._opened,
            failed=self._failed(self.connect_account),
        )

    def _opened(self, start: AuthorizationStart) -> None:
        self.connect_button.setEnabled(True)
        self.browser.start(start.authorization_url)
        seconds = max((start.expires_at - datetime.now(UTC)).total_seconds(), 1.0)
        self._waiting = spawn_for(
            self, self._wait(seconds), done=self._came_back, failed=self._failed(self.reload)
        )
        self._show()

    async def _wait(self, seconds: float) -> UserConnection | None:
        try:
            async with asyncio.timeout(seconds):
                return await self.workspace.linkedin.wait_for_my_connection(every=self.every)
        except TimeoutError:
            return None

    def _came_back(self, mine: UserConnection | None) -> None:
        self._waiting = None
        self.browser.stop()
        if mine is None:
            self._again = self.connect_account
            self.problem.show_problem(
                self.tr("LinkedIn's sign-in page has expired; connect again for a new one."),
                action=self.tr("Connect again"),
            )
        else:
            self.mine = mine
        self._show()

    def _try_again(self) -> None:
        self._again()

    def stop_waiting(self) -> None:
        """Leave the wait for the browser (the sign-in can still finish there; the section
        shows it when it is read again)."""
        if self._waiting is not None:
            self._waiting.cancel()
            self._waiting = None
        self.browser.stop()
        self.reload()

    def _failed(self, again: Callable[[], None]) -> Callable[[str], None]:
        """What to do when a call fails: say why; Try again calls `again`."""

        def failed(message: str) -> None:
            self._waiting = None
            self.connect_button.setEnabled(True)
            self.disconnect_button.setEnabled(True)
            self.browser.stop()
            self._again = again
            self.problem.show_problem(message)
            self._show()

        return failed

    # --- Disconnecting -------------------------------------------------------------------

    def ask_disconnect(self) -> None:
        """Disconnect…: ask first (`confirmation` is the question while it is open)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Disconnect LinkedIn"),
            self.tr("Disconnect your LinkedIn account?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The LinkedIn features stop for you until you connect again; your InMails "
                "show as who and when only. Nothing changes for others."
            )
        )
        confirm = box.addButton(self.tr("Disconnect"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setTextFormat(Qt.TextFormat.PlainText)

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is confirm:
                self.disconnect_account()
            box.deleteLater()

        box.finished.connect(answered)
        self.confirmation = box
        box.open()

    def disconnect_account(self) -> None:
        """Forget the user's LinkedIn account (asked first by ask_disconnect)."""
        self.problem.hide()
        self.disconnect_button.setEnabled(False)
        spawn_for(
            self,
            self.workspace.linkedin.disconnect_me(),
            done=self._disconnected,
            failed=self._failed(self.disconnect_account),
        )

    def _disconnected(self, mine: UserConnection) -> None:
        self.disconnect_button.setEnabled(True)
        self.mine = mine
        self._show()

"""The setup wizard's first steps (seed steps 1-6): what is needed first, the LinkedIn sign-in
in the system browser, the contract, the request of Recruiter System Connect, and Notify
partner until LinkedIn shows Partner ready."""

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import LinkedInState
from recruiter_api.linkedin import AuthorizationStart, LinkedInContract, LinkedInIntegration
from recruiter_desktop.views import tones
from recruiter_desktop.views.candidate.cards import heading
from recruiter_desktop.views.linkedin.parts import BrowserSignIn, paragraph, rich
from recruiter_desktop.views.linkedin.setup_state import SetupState
from recruiter_desktop.views.linkedin.step_page import StepPage
from recruiter_desktop.views.linkedin.wording import WORDS


class BeforePage(StepPage):
    """What is needed before starting, and what the setup does."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.setTitle(self.tr("Connect to LinkedIn Recruiter"))
        self.setSubTitle(
            self.tr(
                "This wizard connects the organisation to LinkedIn Recruiter System Connect. "
                "It takes a few minutes, and you can stop and resume it at any step."
            )
        )
        self.body.addWidget(heading(self.tr("What you need first")))
        self.body.addWidget(
            rich(
                "<ul style='margin-left: -20px'>"
                + "".join(
                    f"<li style='margin-bottom: 4px'>{item}</li>"
                    for item in (
                        self.tr(
                            "<b>The LinkedIn add-on licence</b> for this ATS (Recruiter "
                            "System Connect; your LinkedIn account manager arranges it)."
                        ),
                        self.tr(
                            "<b>LinkedIn Recruiter seats</b> for the recruiters and hiring "
                            "managers who will use the LinkedIn features."
                        ),
                        self.tr(
                            "<b>A Recruiter admin to work with</b>: a person with admin rights "
                            "on your company's LinkedIn Recruiter contract. They enable the "
                            "integration in LinkedIn Recruiter near the end; it may be you."
                        ),
                    )
                )
                + "</ul>"
            )
        )
        self.body.addWidget(heading(self.tr("The steps")))
        self.body.addWidget(
            rich(
                "<ol style='margin-left: -20px'>"
                + "".join(
                    f"<li>{step}</li>"
                    for step in (
                        self.tr("Sign in to LinkedIn in your browser."),
                        self.tr("Choose the contract, if you have seats on several."),
                        self.tr("Request Recruiter System Connect."),
                        self.tr("Notify partner, until LinkedIn shows Partner ready."),
                        self.tr(
                            "The Recruiter admin enables company-level or contract-level access "
                            "in LinkedIn Recruiter."
                        ),
                        self.tr("The first full sync with LinkedIn."),
                    )
                )
                + "</ol>"
            )
        )
        self.rerun_note = paragraph(
            self.tr(
                "Running the setup again: you sign in to LinkedIn again, the steps already "
                "done are skipped, and the first full sync runs again. To connect another "
                "contract, press Disconnect in the LinkedIn integration tab first."
            )
        )
        self.rerun_note.setVisible(setup.rerun)
        self.body.addWidget(self.rerun_note)

    def isComplete(self) -> bool:
        return True


class SignInPage(StepPage):
    """Sign in to LinkedIn in the system browser; done by itself when the server has the
    tokens (it moves on to the contract, or past it with a single contract)."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(1, self.tr("Sign in to LinkedIn"))
        self.setSubTitle(
            self.tr(
                "Sign in with your own LinkedIn account, one with a seat on the Recruiter "
                "contract to connect. Your browser opens LinkedIn's sign-in page."
            )
        )
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Sign in on LinkedIn's page and allow Recruiter to connect, then come back "
                    "here. LinkedIn gives the keys to the ATS server, never to this computer."
                )
            )
        )
        self.browser = BrowserSignIn()
        self.body.addWidget(self.browser)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.body.addWidget(self.result)
        self._before: datetime | None = None
        self._signing_in = False

    def initializePage(self) -> None:
        super().initializePage()
        self.sign_in()

    def cleanupPage(self) -> None:
        super().cleanupPage()
        self.browser.stop()

    def sign_in(self) -> None:
        """Start a LinkedIn sign-in and open its page in the browser."""
        self.result.clear()
        self.browser.stop()
        self._before = self.setup.integration.connected_at
        self._signing_in = False
        self.run(
            self.setup.service.connect(),
            self._opened,
            waiting=self.tr("Starting the LinkedIn sign-in…"),
            retry=self.sign_in,
        )

    def _opened(self, start: AuthorizationStart) -> None:
        self.browser.start(start.authorization_url)
        seconds = max((start.expires_at - datetime.now(UTC)).total_seconds(), 1.0)
        self.run(
            self._wait(seconds),
            self._came_back,
            # The browser's line says what is waited for.
            waiting=None,
            retry=self.sign_in,
        )

    async def _wait(self, seconds: float) -> LinkedInIntegration | None:
        """The state once the browser came back (None when the sign-in page expired)."""
        try:
            async with asyncio.timeout(seconds):
                return await self.setup.service.wait_for(
                    self._came_back_in, every=self.setup.every, on_poll=self._polled
                )
        except TimeoutError:
            return None

    def _polled(self, row: LinkedInIntegration) -> None:
        if row.state is LinkedInState.SIGNING_IN:
            self._signing_in = True
        self.setup.update(row)

    def _came_back_in(self, row: LinkedInIntegration) -> bool:
        signed_in = row.connected_at is not None and row.connected_at != self._before
        # Cancelled on LinkedIn's page: the server puts the state back where it was.
        cancelled = self._signing_in and row.state is LinkedInState.NOT_CONNECTED
        return signed_in or cancelled

    def _came_back(self, row: LinkedInIntegration | None) -> None:
        self.browser.stop()
        again = self.tr("Sign in again")
        if row is None:
            self.fail(
                self.tr("LinkedIn's sign-in page has expired. Press Sign in again for a new one."),
                action=again,
            )
            return
        if row.state in (LinkedInState.NOT_CONNECTED, LinkedInState.SIGNING_IN):
            self.fail(
                row.last_error
                or self.tr("The sign-in was cancelled on LinkedIn's page; nothing changed."),
                action=again,
            )
            return
        self.result.setText(
            self.tr("Signed in to LinkedIn as %1.").replace("%1", row.connected_member_name or "")
        )
        tones.mark_good(self.result)
        self.finish()


class ContractPage(StepPage):
    """Choose the Recruiter contract to connect (only shown with seats on several)."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(2, self.tr("Choose the contract"))
        self.setSubTitle(
            self.tr(
                "You hold seats on several LinkedIn Recruiter contracts. Choose the one to "
                "connect to this ATS; its seat holders can then use the LinkedIn features."
            )
        )
        self.signed_in = QLabel()
        self.signed_in.setWordWrap(True)
        self.body.addWidget(self.signed_in)
        self.contracts = QListWidget()
        self.contracts.setAccessibleName(self.tr("Your Recruiter contracts"))
        self.contracts.setSpacing(3)
        self.contracts.setMaximumHeight(180)
        self.contracts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contracts.itemSelectionChanged.connect(self.completeChanged)
        self.contracts.itemDoubleClicked.connect(lambda _item: self._next())
        self.body.addWidget(self.contracts)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "The contract cannot be changed once Recruiter System Connect is "
                    "requested, except by disconnecting and running the setup again."
                )
            )
        )

    def initializePage(self) -> None:
        super().initializePage()
        row = self.setup.integration
        self.signed_in.setText(
            self.tr("Signed in to LinkedIn as %1.").replace("%1", row.connected_member_name or "")
        )
        tones.mark_good(self.signed_in)
        self.contracts.clear()
        for contract in row.contracts:
            item = QListWidgetItem(self._describe(contract))
            item.setData(Qt.ItemDataRole.UserRole, contract.contract)
            item.setToolTip(contract.contract)
            self.contracts.addItem(item)
            if contract.contract == row.contract_urn:
                item.setSelected(True)
        self.contracts.setCurrentRow(max(self.contracts.currentRow(), 0))
        self.contracts.setFocus()

    def _describe(self, contract: LinkedInContract) -> str:
        if contract.role:
            return (
                self.tr("%1 (your seat: %2)")
                .replace("%1", contract.name)
                .replace("%2", contract.role.capitalize())
            )
        return contract.name

    def chosen(self) -> str | None:
        """The contract chosen in the list (its URN)."""
        items = self.contracts.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def isComplete(self) -> bool:
        return self.chosen() is not None and not self.busy

    def validatePage(self) -> bool:
        """Next: the server records the choice first; the wizard moves on when it has."""
        row = self.setup.integration
        if self.complete and row.contract_urn == self.chosen():
            return True
        self._choose()
        return False

    def _next(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _choose(self) -> None:
        contract = self.chosen()
        if contract is None:
            return
        self.complete = False
        self.run(
            self.setup.service.choose_contract(contract),
            self._chosen,
            waiting=self.tr("Choosing the contract…"),
            retry=self._choose,
        )
        self.completeChanged.emit()

    def _chosen(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self.finish()


class ConnectBox(QFrame):
    """LinkedIn's list of integrations as its widget shows it: Recruiter System Connect, its
    status, and the buttons LinkedIn offers there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_box")
        self.setStyleSheet(
            "QFrame#connect_box { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.name = heading(self.tr("Recruiter System Connect"))
        self.contract = QLabel()
        self.status = QLabel()
        status_font = self.status.font()
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.contract)
        text.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(text, 1)
        layout.addLayout(self.buttons)

    def show_row(self, row: LinkedInIntegration) -> None:
        self.contract.setText(
            self.tr("Contract: %1").replace("%1", row.contract_name or row.contract_urn or "")
        )
        if row.state is LinkedInState.CONNECTED:
            status = self.tr("Not requested")
        else:
            status = WORDS.state(row.state, row.level)
        self.status.setText(self.tr("Status: %1").replace("%1", status))

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)


class RequestPage(StepPage):
    """Under Recruiter System Connect, Request."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(3, self.tr("Request Recruiter System Connect"))
        self.setSubTitle(
            self.tr(
                "LinkedIn lists its integrations for your contract. Under Recruiter System "
                "Connect, press Request."
            )
        )
        self.box = ConnectBox()
        self.request = QPushButton(self.tr("&Request"))
        self.request.setDefault(True)
        self.request.clicked.connect(self._request)
        self.box.add_button(self.request)
        self.body.addWidget(self.box)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Requesting tells LinkedIn that this ATS is your Recruiter System Connect "
                    "partner for the contract. Nothing is sent to LinkedIn yet."
                )
            )
        )

    def initializePage(self) -> None:
        super().initializePage()
        self.box.show_row(self.setup.integration)
        self.request.setEnabled(True)
        self.request.setFocus()

    def _request(self) -> None:
        self.request.setEnabled(False)
        self.run(
            self.setup.service.request_integration(),
            self._requested,
            waiting=self.tr("Requesting Recruiter System Connect…"),
            retry=self._request,
        )

    def _failed(self, message: str) -> None:
        super()._failed(message)
        self.request.setEnabled(True)

    def _requested(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self.box.show_row(row)
        self.finish()


class PartnerPage(StepPage):
    """LinkedIn shows Notify partner: press it (the server configures the integration), and
    Refresh when LinkedIn still shows it, until Partner ready."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(4, self.tr("Notify partner"))
        self.setSubTitle(
            self.tr(
                "LinkedIn shows Notify partner until this ATS has answered the request; the "
                "status then becomes Partner ready."
            )
        )
        self.box = ConnectBox()
        self.notify = QPushButton(self.tr("Notify &partner"))
        self.notify.setDefault(True)
        self.notify.clicked.connect(self._notify)
        self.refresh = QPushButton(self.tr("Re&fresh"))
        self.refresh.setToolTip(self.tr("Ask LinkedIn for the status again."))
        self.refresh.clicked.connect(self._refresh)
        self.box.add_button(self.notify)
        self.box.add_button(self.refresh)
        self.body.addWidget(self.box)
        self.hint = paragraph(
            self.tr(
                "Press Notify partner: the ATS server sets up the integration with LinkedIn "
                "(its callback address and who may see the data). If the status still shows "
                "Notify partner, wait a few seconds, press Notify partner again and Refresh."
            )
        )
        self.body.addWidget(self.hint)

    def initializePage(self) -> None:
        super().initializePage()
        self.box.show_row(self.setup.integration)
        self._buttons(True)
        self.notify.setFocus()

    def _buttons(self, enabled: bool) -> None:
        self.notify.setEnabled(enabled)
        self.refresh.setEnabled(enabled)

    def _notify(self) -> None:
        self._buttons(False)
        self.run(
            self.setup.service.notify_partner(),
            self._answered,
            waiting=self.tr("Notifying the partner…"),
            retry=self._notify,
        )

    def _refresh(self) -> None:
        self._buttons(False)
        self.run(
            self.setup.service.refresh(),
            self._answered,
            waiting=self.tr("Asking LinkedIn for the status…"),
            retry=self._refresh,
        )

    def _failed(self, message: str) -> None:
        super()._failed(message)
        self._buttons(True)

    def _answered(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self.box.show_row(row)
        self._buttons(True)
        if row.state is not LinkedInState.REQUESTED:
            self.finish()

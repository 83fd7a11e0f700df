"""The LinkedIn setup wizard (Admin settings > LinkedIn integration > Connect), one page per
step of the help page: what is needed first, sign in to LinkedIn, choose the contract,
request Recruiter System Connect, Notify partner, the Recruiter admin enables access, the
first full sync, and a summary.

It opens at the page matching the integration's state on the server (resume), or at the first
page (connect, run again); after each step it goes to the page of the state the server then
reports, skipping what is done (the contract with a single one). Cancel leaves any wait at
once: every step's state lives on the server, so nothing is lost, and the LinkedIn tab shows
where the setup stands.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from recruiter_api.linkedin import LinkedInIntegration
from recruiter_desktop.services.linkedin import DEFAULT_EVERY
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.linkedin.pages_connect import (
    BeforePage,
    ContractPage,
    PartnerPage,
    RequestPage,
    SignInPage,
)
from recruiter_desktop.views.linkedin.pages_enable import EnablePage, HistoryPage, SummaryPage
from recruiter_desktop.views.linkedin.setup_state import (
    SetupState,
    Step,
    start_step,
    step_for,
)
from recruiter_desktop.views.linkedin.step_page import StepPage


class SetupWizard(QWizard):
    """The admin's LinkedIn setup, from `integration` as just read from the server.

    `rerun` runs the whole setup again from its first page (sign in again; the first full
    sync runs again). `every`: seconds between the reads of the state while a page waits.
    """

    def __init__(
        self,
        workspace: Workspace,
        integration: LinkedInIntegration,
        *,
        rerun: bool = False,
        every: float = DEFAULT_EVERY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup = SetupState(workspace, integration, rerun=rerun, every=every, parent=self)
        self.setWindowTitle(self.tr("Set up LinkedIn Recruiter System Connect"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.before_page = BeforePage(self.setup)
        self.sign_in_page = SignInPage(self.setup)
        self.contract_page = ContractPage(self.setup)
        self.request_page = RequestPage(self.setup)
        self.partner_page = PartnerPage(self.setup)
        self.enable_page = EnablePage(self.setup)
        self.history_page = HistoryPage(self.setup)
        self.summary_page = SummaryPage(self.setup)
        self.steps: dict[Step, StepPage] = {
            Step.BEFORE: self.before_page,
            Step.SIGN_IN: self.sign_in_page,
            Step.CONTRACT: self.contract_page,
            Step.REQUEST: self.request_page,
            Step.PARTNER: self.partner_page,
            Step.ENABLE: self.enable_page,
            Step.HISTORY: self.history_page,
            Step.SUMMARY: self.summary_page,
        }
        for step, page in self.steps.items():
            self.setPage(step, page)
        # From the request on, each step is done on the server and cannot be taken back:
        # Back would only show a step LinkedIn has already passed.
        for page in (self.request_page, self.partner_page, self.enable_page, self.history_page):
            page.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, self.buttonText(QWizard.WizardButton.NextButton)
        )
        self.setStartId(start_step(integration, rerun=rerun))
        self.setup.changed.connect(self._went_back)
        self.resize(760, 620)

    @property
    def integration(self) -> LinkedInIntegration:
        """The integration as the wizard last read it."""
        return self.setup.integration

    @property
    def step(self) -> Step:
        """The page shown."""
        return Step(self.currentId())

    def nextId(self) -> int:
        """The page of the state the server reports, past the one shown: a done step's page
        is skipped (the contract with one contract, the sync once it is done)."""
        current = self.currentId()
        if current == Step.SUMMARY:
            return -1
        if current == Step.BEFORE:
            return int(Step.SIGN_IN)
        target = step_for(self.setup.integration, rerun=self.setup.rerun)
        return int(min(max(target, current + 1), Step.SUMMARY))

    def _went_back(self) -> None:
        """Someone else moved the setup back (LinkedIn disabled it, another admin
        disconnected): open again at the page of the state it is in now."""
        current = self.currentId()
        row = self.setup.integration
        if current > Step.SIGN_IN and step_for(row) < current:
            self.setStartId(start_step(row))
            self.restart()

    def done(self, result: int) -> None:
        """Finish or Cancel: leave every wait at once (each step's state is on the server)."""
        for page in self.steps.values():
            page.leave()
        self.setup.workspace.sync_now()
        super().done(result)

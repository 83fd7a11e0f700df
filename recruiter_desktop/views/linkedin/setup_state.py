"""Where the setup wizard stands: its steps in the seed's order, the step that matches the
integration's state on the server (the wizard opens there, and skips ahead to it), and the
state the wizard last read, shared by its pages."""

from enum import IntEnum

from PySide6.QtCore import QObject, Signal

from recruiter_api.enums import HistorySyncState, LinkedInState
from recruiter_api.linkedin import LinkedInIntegration
from recruiter_desktop.services.linkedin import DEFAULT_EVERY, LinkedInService
from recruiter_desktop.services.workspace import Workspace


class Step(IntEnum):
    """The wizard's pages (their QWizard ids), one per step of the seed."""

    BEFORE = 0
    SIGN_IN = 1
    CONTRACT = 2
    REQUEST = 3
    PARTNER = 4
    ENABLE = 5
    HISTORY = 6
    SUMMARY = 7


_STEP_OF_STATE = {
    LinkedInState.NOT_CONNECTED: Step.SIGN_IN,
    LinkedInState.SIGNING_IN: Step.SIGN_IN,
    LinkedInState.CHOOSE_CONTRACT: Step.CONTRACT,
    LinkedInState.CONNECTED: Step.REQUEST,
    LinkedInState.REQUESTED: Step.PARTNER,
    LinkedInState.PARTNER_READY: Step.ENABLE,
    # LinkedIn turned it off: a Recruiter admin enables it again, as the first time.
    LinkedInState.DISABLED: Step.ENABLE,
}


def step_for(row: LinkedInIntegration, *, rerun: bool = False) -> Step:
    """The page where the setup stands in `row`: the next thing to do. Once enabled, the
    history sync until it is done (and again when the setup is re-run), then the summary."""
    if row.state is LinkedInState.ENABLED:
        finished = row.history_state is HistorySyncState.DONE
        return Step.SUMMARY if finished and not rerun else Step.HISTORY
    return _STEP_OF_STATE[row.state]


def start_step(row: LinkedInIntegration, *, rerun: bool = False) -> Step:
    """The page the wizard opens at: the first when nothing is set up or the setup is run
    again, else where it stopped."""
    if rerun or row.state is LinkedInState.NOT_CONNECTED:
        return Step.BEFORE
    return step_for(row)


class SetupState(QObject):
    """What the wizard's pages share: the service, the integration as last read from the
    server, whether the setup is being run again, and how often its waits read the state.

    Signals:
        changed(): a newer state was read (each poll of a wait, each step taken).
    """

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        integration: LinkedInIntegration,
        *,
        rerun: bool = False,
        every: float = DEFAULT_EVERY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.integration = integration
        self.rerun = rerun
        self.every = every

    @property
    def service(self) -> LinkedInService:
        return self.workspace.linkedin

    def update(self, row: LinkedInIntegration) -> None:
        """Take a state read from the server. When the step changed, the cache is synced
        at once, so that the LinkedIn tab behind the wizard shows where the setup stands."""
        before = self.integration
        self.integration = row
        moved = (before.state, before.level, before.history_state) != (
            row.state,
            row.level,
            row.history_state,
        )
        if moved:
            self.workspace.sync_now()
        self.changed.emit()

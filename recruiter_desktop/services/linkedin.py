"""The LinkedIn integration's calls to the server (/api/v1/linkedin): the admin's setup
wizard, the signed-in user's own LinkedIn account, and the candidate's LinkedIn tab.

What the sync feed carries (the integration's state, links, InMails, LinkedIn notes) the views
read from the cache (store/queries/linkedin.py); these calls are what needs the server and
LinkedIn now. Each returns the recruiter_api model; a refusal raises the ApiError family with
the server's words (Forbidden "Only admins ...", Conflict when a feature is off or LinkedIn
refused, Offline when the server cannot be reached). A lookup that finds an exact match
links the candidate on the server: the link reaches the cache with the next sync.

Waiting. The wizard waits for what others do: the admin's sign-in in the system browser, a
Recruiter admin enabling a level in Recruiter, the first history sync. `wait_for(until)`
reads the integration at once and then every `every` seconds, hands each state read to
`on_poll` (the page shows where it stands: a progress bar of the history sync), and returns
the first state `until` accepts. The view runs the wait in a task (views/tasks.spawn) and
cancels that task to stop waiting (Cancel, Back, leaving the page): asyncio cancellation ends
the sleep or the request in flight at once, and the wizard resumes later by starting a new
wait from the state it reads. A read that fails ends the wait with its ApiError (the page
shows it in words and offers to wait again). Polling here rather than from a QTimer in each
view keeps one read at a time (the next starts `every` seconds after the last answer, never
overlapping a slow one) and the waits testable without a window. `wait_for_my_connection`
does the same for the user's own sign-in.
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from uuid import UUID

from pydantic import TypeAdapter, ValidationError

from recruiter_api.enums import LinkedInEventOutcome
from recruiter_api.linkedin import (
    AuthorizationStart,
    CandidateHistory,
    ContractChoice,
    LinkedInEvent,
    LinkedInIntegration,
    OutboxStatus,
    ProfileLookup,
    ProjectSave,
    PullResult,
    PushResult,
    RecruiterProject,
    SaveToProject,
    UserConnection,
)
from recruiter_desktop.services.api_client import API, ApiClient
from recruiter_desktop.services.errors import unreadable

T = TypeVar("T")

LINKEDIN = f"{API}/linkedin"
# How often a wait reads the state again: the server itself learns LinkedIn's changes from
# LinkedIn's pushes at once, or by polling LinkedIn (every few seconds while it waits).
DEFAULT_EVERY = 2.0


def _candidate(candidate_id: str | UUID) -> str:
    # Ids come from the cache; checked so that nothing else ends up in the path.
    return str(UUID(str(candidate_id)))


class LinkedInService:
    """The LinkedIn calls of one signed-in session (its ApiClient)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def _call(
        self,
        answer: type[T],
        method: str,
        path: str,
        what: str,
        *,
        body: Any = None,
        params: dict[str, str | int] | None = None,
    ) -> T:
        data = await self.api.request_json(
            method, f"{LINKEDIN}{path}", json_body=body, params=params
        )
        try:
            return TypeAdapter(answer).validate_python(data)
        except ValidationError as error:
            raise unreadable(what, error) from error

    # --- The organisation's setup (admins; everyone may read the state) ---------------

    async def integration(self) -> LinkedInIntegration:
        """Where the setup stands, as the server knows it now."""
        return await self._call(
            LinkedInIntegration, "GET", "/integration", "reading the LinkedIn setup"
        )

    async def connect(self) -> AuthorizationStart:
        """Start the admin's LinkedIn sign-in: open `authorization_url` in the system browser
        (until `expires_at`); the state then leaves `signing_in` by itself."""
        return await self._call(
            AuthorizationStart, "POST", "/integration/connect", "starting the LinkedIn sign-in"
        )

    async def choose_contract(self, contract: str) -> LinkedInIntegration:
        """Choose the Recruiter contract to connect (state `choose_contract`), by its URN."""
        body = ContractChoice(contract=contract).model_dump()
        return await self._call(
            LinkedInIntegration, "POST", "/integration/contract", "choosing the contract", body=body
        )

    async def request_integration(self) -> LinkedInIntegration:
        """Request Recruiter System Connect (LinkedIn then shows "Notify partner")."""
        return await self._call(
            LinkedInIntegration, "POST", "/integration/request", "requesting System Connect"
        )

    async def notify_partner(self) -> LinkedInIntegration:
        """Notify partner: the server configures the integrations ("Partner ready")."""
        return await self._call(
            LinkedInIntegration, "POST", "/integration/notify-partner", "notifying the partner"
        )

    async def refresh(self) -> LinkedInIntegration:
        """Ask LinkedIn for the integration's status now (when it shows something else)."""
        return await self._call(
            LinkedInIntegration, "POST", "/integration/refresh", "refreshing the LinkedIn status"
        )

    async def start_history_sync(self) -> LinkedInIntegration:
        """Run the full history sync again; its progress shows on the integration."""
        return await self._call(
            LinkedInIntegration, "POST", "/integration/history-sync", "starting the history sync"
        )

    async def disconnect(self) -> LinkedInIntegration:
        """Disconnect the organisation from LinkedIn; the setup can be run again."""
        return await self._call(
            LinkedInIntegration, "DELETE", "/integration", "disconnecting LinkedIn"
        )

    async def events(
        self, *, limit: int = 50, outcome: LinkedInEventOutcome | None = None
    ) -> list[LinkedInEvent]:
        """LinkedIn's latest pushes and what the server did with each, newest first."""
        params: dict[str, str | int] = {"limit": limit}
        if outcome is not None:
            params["outcome"] = outcome.value
        return await self._call(
            list[LinkedInEvent],
            "GET",
            "/integration/events",
            "reading LinkedIn's events",
            params=params,
        )

    async def pull_now(self) -> PullResult:
        """Bring InMails, notes and stub profiles from LinkedIn now (contract level)."""
        return await self._call(PullResult, "POST", "/integration/pull", "pulling from LinkedIn")

    async def push_now(self) -> PushResult:
        """Send the In-ATS indicator's changes to LinkedIn now."""
        return await self._call(PushResult, "POST", "/integration/push", "pushing to LinkedIn")

    async def indicator_status(self) -> OutboxStatus:
        """What of the In-ATS indicator waits, fails, and has reached LinkedIn."""
        return await self._call(
            OutboxStatus, "GET", "/integration/outbox", "reading the LinkedIn push"
        )

    # --- The signed-in user's own LinkedIn account ------------------------------------

    async def my_connection(self) -> UserConnection:
        """The user's LinkedIn account and Recruiter seat; `message` says what is missing."""
        return await self._call(UserConnection, "GET", "/me", "reading your LinkedIn connection")

    async def connect_me(self) -> AuthorizationStart:
        """Start the user's own LinkedIn sign-in (open `authorization_url` in the browser)."""
        return await self._call(
            AuthorizationStart, "POST", "/me/connect", "starting your LinkedIn sign-in"
        )

    async def disconnect_me(self) -> UserConnection:
        """Forget the user's LinkedIn account."""
        return await self._call(
            UserConnection, "DELETE", "/me", "disconnecting your LinkedIn account"
        )

    # --- A candidate's LinkedIn tab ------------------------------------------------------

    async def profile(self, candidate_id: str | UUID) -> ProfileLookup:
        """The candidate's LinkedIn profile: linked (an exact match links by itself), name
        suggestions to link one of (local_writes.link_profile), or no match."""
        return await self._call(
            ProfileLookup,
            "GET",
            f"/candidates/{_candidate(candidate_id)}/profile",
            "looking the candidate up on LinkedIn",
        )

    async def projects(self) -> list[RecruiterProject]:
        """The user's LinkedIn Recruiter projects."""
        return await self._call(
            list[RecruiterProject], "GET", "/projects", "reading your Recruiter projects"
        )

    async def save_to_project(self, candidate_id: str | UUID, project_id: int) -> ProjectSave:
        """Save a linked candidate to one of the user's Recruiter projects (`added` is False
        when they were in it already)."""
        return await self._call(
            ProjectSave,
            "POST",
            f"/candidates/{_candidate(candidate_id)}/projects",
            "saving the candidate to the project",
            body=SaveToProject(project_id=project_id).model_dump(),
        )

    async def history(self, candidate_id: str | UUID) -> CandidateHistory:
        """The candidate's InMails and LinkedIn notes as the server has them now (contract
        level; `message` says why they are missing otherwise). Offline, read the cache."""
        return await self._call(
            CandidateHistory,
            "GET",
            f"/candidates/{_candidate(candidate_id)}/history",
            "reading the candidate's LinkedIn history",
        )

    # --- Waiting -----------------------------------------------------------------------

    async def wait_for(
        self,
        until: Callable[[LinkedInIntegration], bool],
        *,
        every: float = DEFAULT_EVERY,
        on_poll: Callable[[LinkedInIntegration], None] | None = None,
    ) -> LinkedInIntegration:
        """The first state of the integration that `until` accepts, read every `every`
        seconds; each state read goes to `on_poll` first. To give up after a while (e.g.
        when the sign-in started expires), wrap it in `asyncio.timeout`."""
        return await _first(self.integration, until, every, on_poll)

    async def wait_for_my_connection(self, *, every: float = DEFAULT_EVERY) -> UserConnection:
        """The user's connection once their browser sign-in has come back (read every
        `every` seconds)."""
        return await _first(self.my_connection, lambda c: c.connected, every, None)


async def _first(
    read: Callable[[], Awaitable[T]],
    until: Callable[[T], bool],
    every: float,
    on_poll: Callable[[T], None] | None,
) -> T:
    while True:
        state = await read()
        if on_poll is not None:
            on_poll(state)
        if until(state):
            return state
        await asyncio.sleep(every)

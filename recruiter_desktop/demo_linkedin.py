"""The LinkedIn side of the demo: the sandbox's people who match the demo's candidates, their
InMails and notes, and the one-step setup of the Demo menu.

`plant(db, sandbox)` runs once, after both are seeded, through the sandbox's own /sandbox
actions (what people do inside LinkedIn Recruiter), so the demo's LinkedIn is made the way a
visitor changes it with `linkedin-sandbox` commands:
- LinkedIn accounts for the demo's admin (a Recruiter admin seat on both contracts, so the
  wizard asks which contract), recruiter and hiring manager (seats on Stockholm);
- candidates of the hiring manager's active jobs (so that the recruiter and the hiring
  manager both see them) matched in each way: members with the same e-mail address (exact
  matches), members with the same name only (two members for some names), and candidates no
  member matches;
- InMails from the recruiter's seat (with replies) and from Erik Sandberg's (whose text the
  recruiter never sees), shared and private notes, two members who shared their profile in
  reply to an InMail (the LinkedIn pool's stub profiles), and members to try the commands on.

History and stubs reach the ATS at contract level only; InMails and notes show on a candidate
once they are linked (an exact match links when the LinkedIn tab first looks them up).

`set_up_linkedin(...)` walks the admin's wizard with the services the wizard uses (sign-in in
a "browser" played by httpx, the Stockholm contract, Request, Notify partner), enables
contract-level access as the Recruiter admin in the sandbox, waits for the first history
sync (which pulls the history), and connects the demo users' own LinkedIn accounts (which
gives them the text of their own InMails). It resumes from wherever the integration stands,
so it also finishes a wizard a visitor left halfway.
"""

import asyncio
import time
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
from keyring.backends import null
from sqlalchemy import select

from linkedin_sandbox import SandboxSettings, WorldSizes
from recruiter_api.enums import HistorySyncState, LinkedInLevel, LinkedInState
from recruiter_api.linkedin import AuthorizationStart, LinkedInIntegration
from recruiter_desktop.demo_guide import DemoSetupError, LinkedInExamples
from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.errors import ApiError
from recruiter_desktop.services.linkedin import LinkedInService
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Application, Candidate, Job, JobRole, Stage, User
from recruiter_server.demo import names

STOCKHOLM = "urn:li:contract:50001"
OSLO = "urn:li:contract:50002"
CONTRACT_NAME = "Norrsken Recruiter Stockholm"
# A seeded Recruiter user of the sandbox on Stockholm who is nobody in the ATS.
COLLEAGUE = "erik.sandberg@norrsken.example"
# The demo's users with a LinkedIn account, and their Recruiter seats.
SEATED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (names.DEMO_ADMIN, (STOCKHOLM, OSLO), "ADMIN"),
    (names.DEMO_RECRUITER, (STOCKHOLM,), "RECRUITER"),
    (names.DEMO_HIRING_MANAGER, (STOCKHOLM,), "RECRUITER"),
)
# Members who are nobody in the ATS yet (stubs and commands), taken in order when free.
NEWCOMERS = (
    ("Astrid", "Holmberg", "UX researcher at Voi"),
    ("Nils", "Ekström", "Site reliability engineer at Tink"),
    ("Hedda", "Strand", "Product designer at Kry"),
    ("Viktor", "Almqvist", "Backend developer at Spotify"),
    ("Ingrid", "Vik", "Data engineer at Klarna"),
    ("Jonatan", "Lind", "Engineering manager at Einride"),
)
EXACT, BY_NAME, SHARED_NAME, UNMATCHED = 6, 4, 2, 3
DAY_MS = 86_400_000
SETUP_TIMEOUT = 90.0
WAIT_EVERY = 0.3


def sandbox_settings() -> SandboxSettings:
    """The demo sandbox: a small world without history of its own (the demo plants its
    story), quick job postings and push retries."""
    return SandboxSettings(
        job_task_seconds=0.0,
        push_backoff_seconds=0.5,
        world=WorldSizes(members=30, recruiters=4, projects=3, inmails=0, notes=0),
    )


@dataclass(frozen=True)
class _Candidate:
    first: str
    last: str
    email: str | None
    headline: str
    location: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()


def plant(db: Database, sandbox: httpx.Client) -> LinkedInExamples:
    """Make the demo's LinkedIn story in the sandbox (see the module's docstring)."""
    for email, contracts, role in SEATED:
        first, last = next((f, la) for e, f, la, _ in names.STAFF if e == email)
        _post(sandbox, "/sandbox/members", firstName=first, lastName=last, emailAddress=email,
              headline=f"{first} {last} at Recruiter Demo")  # fmt: skip
        for contract in contracts:
            _post(sandbox, "/sandbox/seats", member=email, contract=contract, role=role)
    people = _candidates(db)
    taken = {_fold(p.name) for p in people} | _member_names(sandbox)
    exact = [p for p in people if p.email][:EXACT]
    rest = [p for p in people if p not in exact]
    by_name = rest[:BY_NAME]
    exact_ids = [_member(sandbox, p, email=p.email) for p in exact]
    for n, person in enumerate(by_name):
        _member(sandbox, person, email=None)
        if n < SHARED_NAME:
            _member(sandbox, person, email=None, headline="Consultant", location="Malmö, Sweden")
    members = _member_names(sandbox)
    unmatched = [p for p in rest[BY_NAME:] if _fold(p.name) not in members]
    newcomers = []
    for first, last, headline in NEWCOMERS:
        if _fold(f"{first} {last}") not in taken:
            email = f"{_ascii(first)}.{_ascii(last)}@example.com"
            _post(sandbox, "/sandbox/members", firstName=first, lastName=last,
                  emailAddress=email, headline=headline, location="Stockholm, Sweden")  # fmt: skip
            newcomers.append(email)
    _history(sandbox, exact_ids, newcomers[:2])
    return LinkedInExamples(
        exact=tuple(p.name for p in exact),
        by_name=tuple(p.name for p in by_name),
        shared_name=tuple(p.name for p in by_name[:SHARED_NAME]),
        unmatched=tuple(p.name for p in unmatched[:UNMATCHED]),
        recruiter_member=names.DEMO_RECRUITER,
        export_member=newcomers[2],
        export_job=_export_job(db),
        history_member=exact[0].email or "",
        share_member=newcomers[3],
    )


def _candidates(db: Database) -> list[_Candidate]:
    """Candidates in the hiring manager's active jobs, in a fixed order."""
    with db.read_session() as session:
        manager = select(User.id).where(User.email == names.DEMO_HIRING_MANAGER)
        jobs = (
            select(JobRole.job_id)
            .join(Job, Job.id == JobRole.job_id)
            .where(JobRole.user_id.in_(manager), JobRole.role == "hiring_manager")
            .where(Job.status == "active")
        )
        rows = session.execute(
            select(
                Candidate.first_name,
                Candidate.last_name,
                Candidate.email,
                Candidate.headline,
                Candidate.location,
            )
            .where(
                Candidate.id.in_(
                    select(Application.candidate_id).where(
                        Application.job_id.in_(jobs), Application.status == "active"
                    )
                )
            )
            .order_by(Candidate.last_name, Candidate.first_name, Candidate.id)
        ).all()
    return [_Candidate(*row) for row in rows]


def _export_job(db: Database) -> str:
    """The title of an active job with a Prospect stage that the demo recruiter recruits for,
    and no other active job has."""
    with db.read_session() as session:
        recruiter = select(User.id).where(User.email == names.DEMO_RECRUITER)
        titles = session.scalars(
            select(Job.title)
            .join(JobRole, JobRole.job_id == Job.id)
            .join(Stage, Stage.job_id == Job.id)
            .where(JobRole.user_id.in_(recruiter), JobRole.role == "recruiter")
            .where(Job.status == "active", Stage.name == "Prospect")
            .order_by(Job.title)
        ).all()
        active = session.scalars(select(Job.title).where(Job.status == "active")).all()
    unique = [t for t in titles if active.count(t) == 1]
    if not unique:
        raise RuntimeError("the demo has no active job of the recruiter's to export to")
    return unique[0]


def _member(
    sandbox: httpx.Client,
    person: _Candidate,
    *,
    email: str | None,
    headline: str | None = None,
    location: str | None = None,
) -> str:
    shown = headline or person.headline
    title, _, company = shown.partition(" at ")
    fields: dict[str, Any] = {
        "firstName": person.first,
        "lastName": person.last,
        "emailAddress": email,
        "headline": shown or None,
        "location": location or person.location or "Stockholm, Sweden",
        "currentTitle": title.split(" | ")[0] or None,
        "currentCompany": company or None,
    }
    return str(_post(sandbox, "/sandbox/members", **fields)["memberId"])


# The story's InMails and notes: (which exact match, seat, days ago, fields of the action).
_RECRUITER, _COLLEAGUE = names.DEMO_RECRUITER, COLLEAGUE
INMAILS: tuple[tuple[int, str, float, dict[str, Any]], ...] = (
    (0, _RECRUITER, 9, {
        "subject": "Backend role in Stockholm",
        "body": "Hi! Your work on payment systems caught my eye. We are hiring for a senior "
        "backend role in Stockholm; would you be open to a short call?",
    }),
    (0, _RECRUITER, 8, {
        "reply": True,
        "body": "Thanks for reaching out. Yes, I'd be happy to talk: Thursday afternoon works.",
    }),
    (0, _COLLEAGUE, 5, {
        "subject": "Platform team", "body": "Hello from the platform team at Norrsken.",
    }),
    (1, _RECRUITER, 3, {
        "subject": "Quick question", "body": "Are you still interested in data roles?",
    }),
    (2, _COLLEAGUE, 2, {
        "body": "We met at the Stockholm meetup; can I tell you about an opening?",
    }),
)  # fmt: skip
NOTES: tuple[tuple[int, str, float, dict[str, Any]], ...] = (
    (0, _RECRUITER, 8, {
        "note": "Strong on Go and Kafka; prefers hybrid work, two days a week at the office.",
    }),
    (0, _COLLEAGUE, 4, {"note": "Also a good fit for the platform team."}),
    (0, _COLLEAGUE, 4, {"note": "Private: asked about the salary band.", "shared": False}),
    (1, _COLLEAGUE, 1, {"note": "Met at a meetup; open to a move in spring."}),
)  # fmt: skip


def _history(sandbox: httpx.Client, exact: list[str], sharing: list[str]) -> None:
    """InMails, notes and profile shares of the last days."""
    now = int(time.time() * 1000)

    def ago(days: float) -> int:
        return now - int(days * DAY_MS)

    for path, entries in (("/sandbox/inmails", INMAILS), ("/sandbox/notes", NOTES)):
        for which, seat, days, fields in entries:
            _post(sandbox, path, member=exact[which], seat=seat, createdAt=ago(days), **fields)
    for n, member in enumerate(sharing):
        hello = "Hi! Would you like to hear about our open roles?"
        _post(sandbox, "/sandbox/inmails", member=member, seat=_RECRUITER, createdAt=ago(6 - n),
              body=hello)  # fmt: skip
        # The first shares their e-mail address with the profile, the second does not.
        _post(sandbox, "/sandbox/profile-shares", member=member, seat=_RECRUITER,
              shareEmail=n == 0, createdAt=ago(5 - n))  # fmt: skip


def _member_names(sandbox: httpx.Client) -> set[str]:
    """Every member's name, folded."""
    found: set[str] = set()
    start = 0
    while True:
        page = sandbox.get("/sandbox/members", params={"start": start, "count": 100})
        page.raise_for_status()
        elements = page.json()["elements"]
        found |= {_fold(f"{m['firstName']} {m['lastName']}") for m in elements}
        if len(elements) < 100:
            return found
        start += 100


def _post(sandbox: httpx.Client, path: str, **body: Any) -> dict[str, Any]:
    answer = sandbox.post(path, json={k: v for k, v in body.items() if v is not None})
    if answer.status_code >= 300:
        raise RuntimeError(f"the demo's LinkedIn sandbox refused {path}: {answer.text}")
    return dict(answer.json())


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def _fold(name: str) -> str:
    return " ".join(_ascii(name).split())


# --- The one-step setup ---------------------------------------------------------------------


async def set_up_linkedin(server_url: str, sandbox_url: str, password: str) -> str:
    """Connect the demo to LinkedIn at contract level (see the module's docstring); what it
    did, in words. DemoSetupError in words when it cannot."""
    try:
        async with (
            httpx.AsyncClient(base_url=sandbox_url, timeout=30) as browser,
            asyncio.timeout(SETUP_TIMEOUT),
        ):
            admin = await _signed_in(server_url, names.DEMO_ADMIN, password)
            try:
                row = await _enable(LinkedInService(admin), browser)
            finally:
                await admin.aclose()
            for email, _contracts, _role in SEATED:
                await _connect_own_account(server_url, email, password, browser)
    except TimeoutError as error:
        raise DemoSetupError(
            f"LinkedIn was not set up within {SETUP_TIMEOUT:.0f} s; Admin settings > "
            "LinkedIn integration shows where it stands."
        ) from error
    except (ApiError, httpx.HTTPError, DemoSetupError) as error:
        raise DemoSetupError(f"LinkedIn could not be set up: {error}") from error
    return (
        f"LinkedIn is enabled at contract level on {row.contract_name or row.contract_urn}, "
        "and the admin, the recruiter and the hiring manager have connected their own "
        f"LinkedIn accounts. {row.history_message or ''}"
    ).strip()


async def _signed_in(server_url: str, email: str, password: str) -> ApiClient:
    api = ApiClient(server_url)
    auth = AuthService(api, keyring_backend=null.Keyring())  # type: ignore[no-untyped-call]
    try:
        await auth.sign_in(email, password)
    except BaseException:
        await api.aclose()
        raise
    return api


async def _enable(linkedin: LinkedInService, browser: httpx.AsyncClient) -> LinkedInIntegration:
    """The wizard's steps from where the integration stands, then the Recruiter admin's."""
    row = await linkedin.integration()
    if row.state in (LinkedInState.NOT_CONNECTED, LinkedInState.SIGNING_IN):
        start = await linkedin.connect()
        await _browser_sign_in(browser, start, names.DEMO_ADMIN)
        row = await linkedin.wait_for(
            lambda i: i.state is not LinkedInState.SIGNING_IN, every=WAIT_EVERY
        )
    if row.state is LinkedInState.CHOOSE_CONTRACT:
        row = await linkedin.choose_contract(STOCKHOLM)
    if row.state is LinkedInState.CONNECTED:
        row = await linkedin.request_integration()
    if row.state is LinkedInState.REQUESTED:
        row = await linkedin.notify_partner()
    if row.level is not LinkedInLevel.CONTRACT:
        # The Recruiter admin's part, in Recruiter's Admin settings > ATS.
        enabled = await browser.post("/sandbox/integrations/enable", json={"level": "contract"})
        if enabled.status_code >= 300:
            raise DemoSetupError(f"LinkedIn Recruiter did not enable it: {enabled.text}")

    def finished(i: LinkedInIntegration) -> bool:
        done = i.history_state in (HistorySyncState.DONE, HistorySyncState.FAILED)
        return i.state is LinkedInState.ENABLED and i.level is LinkedInLevel.CONTRACT and done

    return await linkedin.wait_for(finished, every=WAIT_EVERY)


async def _connect_own_account(
    server_url: str, email: str, password: str, browser: httpx.AsyncClient
) -> None:
    api = await _signed_in(server_url, email, password)
    try:
        linkedin = LinkedInService(api)
        if not (await linkedin.my_connection()).connected:
            await _browser_sign_in(browser, await linkedin.connect_me(), email)
            await linkedin.wait_for_my_connection(every=WAIT_EVERY)
    finally:
        await api.aclose()


async def _browser_sign_in(
    browser: httpx.AsyncClient, start: AuthorizationStart, member: str
) -> None:
    """What the person does in the system browser: LinkedIn's sign-in page, "Sign in and
    allow" as `member`, and the redirect back to the ATS server."""
    url = urlparse(start.authorization_url)
    fields = {k: v[0] for k, v in parse_qs(url.query).items()}
    page = await browser.get(url.path, params=fields)
    page.raise_for_status()
    decision = await browser.post(
        "/oauth/v2/authorization", data={**fields, "member": member, "decision": "allow"}
    )
    if decision.status_code != 302:
        raise DemoSetupError(f"LinkedIn's sign-in did not go through: {decision.text}")
    back = await browser.get(decision.headers["location"], headers={"Accept": "text/html"})
    if back.status_code >= 300:
        raise DemoSetupError(f"The ATS server did not accept the LinkedIn sign-in: {back.text}")

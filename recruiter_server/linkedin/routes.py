"""Routes of /api/v1/linkedin: the admin's setup wizard, the user's own connection, the
candidate's LinkedIn tab, and LinkedIn's push callback (stable: /webhooks/export).

They live here rather than in recruiter_server/api/routes because they reach LinkedIn
(httpx), which only this package may. Thin as the others: parse, call, answer.
"""

import html
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import or_, select

from recruiter_api import linkedin as wire
from recruiter_api.enums import LinkedInEventOutcome, LinkedInFeature
from recruiter_server.api.deps import CurrentActor, ReadSession
from recruiter_server.api.problems import problem_response
from recruiter_server.db.models import InMailMessage, LinkedInEventLog, LinkedInNote
from recruiter_server.domain import access
from recruiter_server.domain.candidates import get_candidate
from recruiter_server.domain.errors import DomainError, Invalid
from recruiter_server.domain.linkedin.integration import FEATURE_WORDS, integration, is_on
from recruiter_server.linkedin import indicator, profiles, setup, webhooks
from recruiter_server.linkedin.context import Context
from recruiter_server.linkedin.worker import LinkedInService, pull_now, push_now

router = APIRouter(prefix="/linkedin", tags=["linkedin"])


def get_context(request: Request) -> Context:
    service: LinkedInService = request.app.state.linkedin
    return service.ctx


LinkedIn = Annotated[Context, Depends(get_context)]


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _integration(ctx: Context) -> wire.LinkedInIntegration:
    with ctx.db.read_session() as session:
        return wire.LinkedInIntegration.model_validate(integration(session))


# --- The organisation's setup (admins) --------------------------------------------------


@router.get("/integration")
def read_integration(ctx: LinkedIn, actor: CurrentActor) -> wire.LinkedInIntegration:
    """Where the setup stands, the level and the features on (also in the sync feed)."""
    return _integration(ctx)


@router.post("/integration/connect")
def connect(request: Request, ctx: LinkedIn, actor: CurrentActor) -> wire.AuthorizationStart:
    """Start the admin's LinkedIn sign-in: open `authorization_url` in a browser."""
    return setup.start_sign_in(ctx, actor, setup.ORGANISATION, _base(request))


@router.post("/integration/contract")
def choose_contract(
    body: wire.ContractChoice, ctx: LinkedIn, actor: CurrentActor
) -> wire.LinkedInIntegration:
    """Choose the contract to connect, when the admin holds seats on several."""
    setup.choose_contract(ctx, actor, body.contract)
    return _integration(ctx)


@router.post("/integration/request")
def request_integration(ctx: LinkedIn, actor: CurrentActor) -> wire.LinkedInIntegration:
    """Request Recruiter System Connect (LinkedIn then shows "Notify partner")."""
    setup.request_integration(ctx, actor)
    return _integration(ctx)


@router.post("/integration/notify-partner")
def notify_partner(
    request: Request, ctx: LinkedIn, actor: CurrentActor
) -> wire.LinkedInIntegration:
    """Notify partner: this server configures the integrations ("Partner ready")."""
    setup.notify_partner(ctx, actor, _base(request))
    return _integration(ctx)


@router.post("/integration/refresh")
def refresh(ctx: LinkedIn, actor: CurrentActor) -> wire.LinkedInIntegration:
    """Ask LinkedIn for the integration's status now."""
    access.ensure_admin(actor, "refresh the LinkedIn status")
    setup.refresh_status(ctx)
    return _integration(ctx)


@router.post("/integration/history-sync")
def history_sync(ctx: LinkedIn, actor: CurrentActor) -> wire.LinkedInIntegration:
    """Run the historical sync again; its progress shows on the integration."""
    setup.rerun_history(ctx, actor)
    return _integration(ctx)


@router.post("/integration/pull")
def pull(ctx: LinkedIn, actor: CurrentActor) -> wire.PullResult:
    """Pull InMails, notes and stub profiles now (contract level)."""
    access.ensure_admin(actor, "pull from LinkedIn")
    return pull_now(ctx)


@router.post("/integration/push")
def push(ctx: LinkedIn, actor: CurrentActor) -> wire.PushResult:
    """Send the In-ATS indicator's changes now."""
    access.ensure_admin(actor, "push to LinkedIn")
    return push_now(ctx)


@router.delete("/integration")
def disconnect(ctx: LinkedIn, actor: CurrentActor) -> wire.LinkedInIntegration:
    """Disconnect the organisation from LinkedIn; the setup can be run again."""
    setup.disconnect(ctx, actor)
    return _integration(ctx)


@router.get("/integration/events")
def events(
    session: ReadSession,
    actor: CurrentActor,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    outcome: LinkedInEventOutcome | None = None,
) -> list[wire.LinkedInEvent]:
    """The latest pushes from LinkedIn and what came of each, newest first."""
    access.ensure_admin(actor, "see LinkedIn's events")
    stmt = select(LinkedInEventLog).order_by(LinkedInEventLog.received_at.desc()).limit(limit)
    if outcome is not None:
        stmt = stmt.where(LinkedInEventLog.outcome == outcome.value)
    return [
        wire.LinkedInEvent.model_validate(row, from_attributes=True)
        for row in session.scalars(stmt)
    ]


@router.get("/integration/outbox")
def outbox(session: ReadSession, actor: CurrentActor) -> wire.OutboxStatus:
    """The In-ATS indicator push: what waits, what fails, how much LinkedIn holds."""
    access.ensure_admin(actor, "see the LinkedIn push")
    waiting, failing, sent, error = indicator.summary(session)
    return wire.OutboxStatus(pending=waiting, failing=failing, sent_records=sent, last_error=error)


# --- Sign-in callback (a browser, no token: `state` proves who started it) ---------------


@router.get("/oauth/callback", response_model=None)
def oauth_callback(
    request: Request,
    ctx: LinkedIn,
    state: Annotated[str, Query(min_length=1, max_length=200)],
    code: Annotated[str | None, Query(max_length=2000)] = None,
    error: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Where LinkedIn's sign-in sends the browser back."""
    try:
        message = setup.finish_sign_in(ctx, state, code, error)
    except DomainError as exc:
        if "text/html" in request.headers.get("accept", ""):
            return _page("LinkedIn sign-in failed", exc.detail, exc.status)
        return problem_response(request, exc.status, exc.detail)
    if "text/html" in request.headers.get("accept", ""):
        return _page("LinkedIn", message, 200)
    return JSONResponse({"message": message})


def _page(title: str, message: str, status: int) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}"
        "</title></head><body style='font-family: sans-serif; max-width: 36rem; margin: 3rem auto'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>",
        status_code=status,
    )


# --- The user's own account ------------------------------------------------------------


@router.get("/me")
def my_connection(ctx: LinkedIn, actor: CurrentActor) -> wire.UserConnection:
    """The signed-in user's LinkedIn account and seat, if connected."""
    return profiles.user_status(ctx, actor)


@router.post("/me/connect")
def connect_me(request: Request, ctx: LinkedIn, actor: CurrentActor) -> wire.AuthorizationStart:
    """Start the user's own LinkedIn sign-in."""
    return setup.start_sign_in(ctx, actor, setup.USER, _base(request))


@router.delete("/me")
def disconnect_me(ctx: LinkedIn, actor: CurrentActor) -> wire.UserConnection:
    profiles.disconnect_user(ctx, actor)
    return profiles.user_status(ctx, actor)


@router.get("/projects")
def projects(ctx: LinkedIn, actor: CurrentActor) -> list[wire.RecruiterProject]:
    """The user's LinkedIn Recruiter projects."""
    return profiles.projects(ctx, actor)


# --- The candidate's LinkedIn tab -------------------------------------------------------


@router.get("/candidates/{candidate_id}/profile")
def profile(candidate_id: uuid.UUID, ctx: LinkedIn, actor: CurrentActor) -> wire.ProfileLookup:
    """The linked profile (an exact match links by itself), name suggestions, or no match."""
    return profiles.lookup(ctx, actor, candidate_id)


@router.post("/candidates/{candidate_id}/projects")
def save_to_project(
    candidate_id: uuid.UUID, body: wire.SaveToProject, ctx: LinkedIn, actor: CurrentActor
) -> wire.ProjectSave:
    """Save the linked candidate to one of the user's Recruiter projects."""
    return profiles.save_to_project(ctx, actor, candidate_id, body.project_id)


@router.get("/candidates/{candidate_id}/history")
def history(
    candidate_id: uuid.UUID, session: ReadSession, actor: CurrentActor
) -> wire.CandidateHistory:
    """InMail and notes history (contract level): the text of the caller's own InMails, who
    and when of the others'."""
    get_candidate(session, actor, candidate_id)
    row = integration(session)
    features = [LinkedInFeature(f) for f in row.features if is_on(row, LinkedInFeature(f))]
    inmails: list[Any] = []
    notes: list[Any] = []
    message = None
    if is_on(row, LinkedInFeature.INMAIL_HISTORY):
        mine = (InMailMessage.full.is_(True)) & (
            InMailMessage.correspondent_user_id == actor.user_id
        )
        others = (InMailMessage.full.is_(False)) & (
            or_(
                InMailMessage.correspondent_user_id.is_(None),
                InMailMessage.correspondent_user_id != actor.user_id,
            )
        )
        inmails = list(
            session.scalars(
                select(InMailMessage)
                .where(InMailMessage.candidate_id == candidate_id, or_(mine, others))
                .order_by(InMailMessage.sent_at)
            )
        )
    else:
        message = (
            f"{FEATURE_WORDS[LinkedInFeature.INMAIL_HISTORY].capitalize()} and "
            f"{FEATURE_WORDS[LinkedInFeature.NOTES_HISTORY]} need contract-level access."
        )
    if is_on(row, LinkedInFeature.NOTES_HISTORY):
        notes = list(
            session.scalars(
                select(LinkedInNote)
                .where(LinkedInNote.candidate_id == candidate_id)
                .order_by(LinkedInNote.created_at)
            )
        )
    return wire.CandidateHistory(
        features=features,
        inmails=[wire.InMailMessage.model_validate(m) for m in inmails],
        notes=[wire.LinkedInNote.model_validate(n) for n in notes],
        message=message,
    )


# --- LinkedIn's push callback (stable path) ----------------------------------------------


@router.get("/webhooks/export")
def validate_callback(
    ctx: LinkedIn,
    challenge_code: Annotated[str, Query(alias="challengeCode", min_length=1, max_length=200)],
) -> dict[str, str]:
    """LinkedIn's validation of the callback: the code and its HMAC-SHA256 with the secret."""
    return webhooks.challenge(ctx, challenge_code)


@router.post("/webhooks/export")
async def receive_push(request: Request, ctx: LinkedIn) -> dict[str, str]:
    """A signed push from LinkedIn (1-click export, integration status change)."""
    body = await request.body()
    if len(body) > 10_000:
        raise Invalid("A push from LinkedIn is a small JSON object; this body is too large.")
    signature = request.headers.get("x-li-signature")
    message = await run_in_threadpool(webhooks.receive, ctx, body, signature)
    return {"status": "ok", "message": message}

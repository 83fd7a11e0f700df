"""LinkedIn's pushes to `POST /api/v1/linkedin/webhooks/export` (the CALLBACK_URL) and its
`challengeCode` validation (a GET on the same address).

A push is `{"id", "type"}` signed with `X-LI-Signature: hmacsha256=<hex HMAC-SHA256 of the
body with the partner app's client secret>`. It is refused unless the signature is right,
and an event id already handled is refused as a replay (answered 200, so LinkedIn stops
sending it). The server then fetches the event by its id: an EXPORT_CANDIDATE_PROFILE from
`exportedCandidates` (the candidate goes through domain/linkedin/intake.py's checks), an
INTEGRATION_STATUS_CHANGE from `atsIntegrations` (the setup's state follows). Every push and
its outcome is logged in words for the admins; when LinkedIn cannot be read just then, the
answer is 503 and LinkedIn sends the push again.
"""

import hashlib
import hmac
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from recruiter_api.enums import LinkedInEventOutcome
from recruiter_server.db.models import LinkedInEventLog
from recruiter_server.db.types import utcnow
from recruiter_server.domain.errors import DomainError, Invalid, Unauthorized
from recruiter_server.domain.linkedin.intake import Export, ExportRefused, accept_export, describe
from recruiter_server.linkedin.context import Context, log_event
from recruiter_server.linkedin.errors import LinkedInRefused, LinkedInUnavailable
from recruiter_server.linkedin.setup import refresh_status

log = logging.getLogger("recruiter.linkedin")

EXPORT = "EXPORT_CANDIDATE_PROFILE"
STATUS_CHANGE = "INTEGRATION_STATUS_CHANGE"
SIGNATURE_PREFIX = "hmacsha256="


class TryAgain(DomainError):
    """LinkedIn could not be read just now: LinkedIn retries a push answered with 503."""

    status = 503
    title = "Service unavailable"


def _secret(ctx: Context) -> str:
    return ctx.client.partner().client_secret


def challenge(ctx: Context, code: str) -> dict[str, str]:
    """The answer to LinkedIn's validation of the callback address."""
    digest = hmac.new(_secret(ctx).encode(), code.encode(), hashlib.sha256).hexdigest()
    return {"challengeCode": code, "challengeResponse": digest}


def receive(ctx: Context, body: bytes, signature: str | None) -> str:
    """Handle one push; what came of it, in words. Raises the refusal LinkedIn gets."""
    expected = SIGNATURE_PREFIX + hmac.new(_secret(ctx).encode(), body, hashlib.sha256).hexdigest()
    event_id, kind = _peek(body)
    if not signature or not hmac.compare_digest(signature.strip(), expected):
        message = "A push claiming to come from LinkedIn was refused: its X-LI-Signature is " + (
            "missing." if not signature else "not LinkedIn's signature of its body."
        )
        _log(ctx, kind or "unknown", LinkedInEventOutcome.REFUSED, message, event_id)
        raise Unauthorized(message)
    if event_id is None or kind is None:
        message = 'A signed push was refused: its body is not {"id": ..., "type": ...}.'
        _log(ctx, kind or "unknown", LinkedInEventOutcome.REFUSED, message, event_id)
        raise Invalid(message)
    with ctx.db.read_session() as session:
        earlier = session.scalars(
            select(LinkedInEventLog).where(LinkedInEventLog.handled_key == event_id)
        ).first()
    if earlier is not None:
        message = (
            f"The {kind} push {event_id} was sent again and ignored: it was handled on "
            f"{earlier.received_at:%Y-%m-%d %H:%M} UTC ({earlier.outcome})."
        )
        _log(ctx, kind, LinkedInEventOutcome.REFUSED, message, event_id)
        return message
    if kind == EXPORT:
        return _export(ctx, event_id)
    if kind == STATUS_CHANGE:
        return _status_change(ctx, event_id)
    message = f"A push of an unknown type {kind!r} was ignored."
    _log(ctx, kind, LinkedInEventOutcome.REFUSED, message, event_id, handled=True)
    return message


def _peek(body: bytes) -> tuple[str | None, str | None]:
    try:
        data = json.loads(body)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    event_id, kind = data.get("id"), data.get("type")
    return (
        str(event_id)[:200] if isinstance(event_id, str | int) and str(event_id) else None,
        str(kind)[:40] if isinstance(kind, str) and kind else None,
    )


def _log(
    ctx: Context,
    kind: str,
    outcome: LinkedInEventOutcome,
    message: str,
    event_id: str | None,
    *,
    handled: bool = False,
    **refs: Any,
) -> bool:
    """Write one line of the event list; False when the event had been handled meanwhile
    (a parallel delivery of the same push)."""
    log.info("LinkedIn push %s %s: %s", kind, outcome.value, message)
    with ctx.db.write_session() as session:
        log_event(
            session,
            type=kind,
            outcome=outcome.value,
            message=message,
            event_id=event_id,
            handled=handled,
            **refs,
        )
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def _export(ctx: Context, event_id: str) -> str:
    try:
        with ctx.db.read_session() as session:
            credentials = ctx.app_credentials(session)
        found = ctx.client.call(
            "GET",
            "/v2/exportedCandidates",
            app=credentials,
            params={"q": "request", "requestId": event_id},
            what="fetch the exported candidate",
        )
    except LinkedInUnavailable as exc:
        _log(ctx, EXPORT, LinkedInEventOutcome.FAILED, exc.detail, event_id)
        raise TryAgain(exc.detail) from exc
    except (LinkedInRefused, DomainError) as exc:
        message = f"The export {event_id} could not be fetched from LinkedIn: {exc.detail}"
        _log(ctx, EXPORT, LinkedInEventOutcome.REFUSED, message, event_id, handled=True)
        return message
    elements = found.get("elements") or []
    if not elements:
        message = f"LinkedIn has no export {event_id} for this server; it was ignored."
        _log(ctx, EXPORT, LinkedInEventOutcome.REFUSED, message, event_id, handled=True)
        return message
    export = _export_of(event_id, elements[0])
    max_age = timedelta(seconds=ctx.settings.linkedin_export_max_age_seconds)
    refusal: str | None = None
    with ctx.db.write_session() as session:
        try:
            accepted = accept_export(session, export, max_age=max_age, now=utcnow())
            message = describe(accepted, accepted.job)
            log_event(
                session,
                type=EXPORT,
                outcome=LinkedInEventOutcome.ACCEPTED.value,
                message=message,
                event_id=event_id,
                handled=True,
                candidate_id=accepted.candidate.id,
                job_id=accepted.job.id,
                application_id=accepted.application.id,
            )
            session.commit()
        except ExportRefused as exc:
            session.rollback()
            refusal = exc.detail
        except IntegrityError:
            # The same push delivered twice at once: the other delivery made the candidate.
            session.rollback()
            message = f"The export {event_id} arrived twice at once; it was handled once."
            _log(ctx, EXPORT, LinkedInEventOutcome.REFUSED, message, event_id)
            return message
    if refusal is not None:
        _log(ctx, EXPORT, LinkedInEventOutcome.REFUSED, refusal, event_id, handled=True)
        return refusal
    ctx.wake()
    return message


def _export_of(event_id: str, element: dict[str, Any]) -> Export:
    candidate = element.get("candidate") or {}
    exporter = element.get("exporter") or {}
    exported_ms = element.get("exportedAt")
    exported_at = (
        datetime.fromtimestamp(int(exported_ms) / 1000, tz=UTC)
        if isinstance(exported_ms, int | float)
        else utcnow()
    )
    return Export(
        request_id=event_id,
        integration_context=element.get("integrationContext"),
        job_posting_id=str(element.get("externalJobPostingId") or ""),
        exported_at=exported_at,
        seat_urn=exporter.get("seat"),
        exporter_name=f"{exporter.get('firstName') or ''} {exporter.get('lastName') or ''}".strip(),
        member_id=str(candidate.get("id") or "").removeprefix("urn:li:person:"),
        first_name=str(candidate.get("firstName") or ""),
        last_name=str(candidate.get("lastName") or ""),
        headline=str(candidate.get("headline") or ""),
        location=str(candidate.get("location") or ""),
        profile_url=candidate.get("profileUrl"),
        email=candidate.get("emailAddress"),
    )


def _status_change(ctx: Context, event_id: str) -> str:
    try:
        with ctx.db.read_session() as session:
            credentials = ctx.app_credentials(session)
        changed = ctx.client.finder(
            "/v2/atsIntegrations",
            app=credentials,
            params={"q": "request", "requestId": event_id},
            what="fetch the integration's status change",
        )
        state = refresh_status(ctx)
    except LinkedInUnavailable as exc:
        _log(ctx, STATUS_CHANGE, LinkedInEventOutcome.FAILED, exc.detail, event_id)
        raise TryAgain(exc.detail) from exc
    except (LinkedInRefused, DomainError) as exc:
        message = f"The status change {event_id} could not be read: {exc.detail}"
        _log(ctx, STATUS_CHANGE, LinkedInEventOutcome.REFUSED, message, event_id, handled=True)
        return message
    listed = ", ".join(f"{c.get('integrationType')} {c.get('status')}" for c in changed)
    message = (
        f"LinkedIn changed the integration ({listed or 'no details'}); it is now {state.value}."
    )
    _log(ctx, STATUS_CHANGE, LinkedInEventOutcome.ACCEPTED, message, event_id, handled=True)
    return message

"""The admin's setup of Recruiter System Connect, step by step (seed/README.md):

connect (LinkedIn sign-in, authorization code with `state`) -> choose the contract when the
admin holds seats on several -> request Recruiter System Connect ("Notify partner") ->
notify partner (this server configures the integrations and its push callback: "Partner
ready") -> a Recruiter admin enables company or contract level in Recruiter -> LinkedIn
pushes INTEGRATION_STATUS_CHANGE (polled as well, in case a push is lost) -> the historical
sync runs and says when it is done -> Enabled, with the level. Disconnect and run it again at
any time; the row always shows what LinkedIn last said.
"""

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select

from recruiter_api.enums import HistorySyncState, LinkedInLevel, LinkedInState
from recruiter_api.linkedin import AuthorizationStart
from recruiter_server.db.models import (
    LinkedInOAuthState,
    LinkedInOutbox,
    LinkedInSentRecord,
    LinkedInUserConnection,
)
from recruiter_server.db.types import utcnow
from recruiter_server.domain import access
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Conflict, Invalid
from recruiter_server.domain.linkedin.history import publish
from recruiter_server.domain.linkedin.integration import connection, integration, set_enabled
from recruiter_server.linkedin.client import Credentials, key_path, key_text
from recruiter_server.linkedin.context import (
    CALLBACK_PATH,
    WEBHOOK_PATH,
    Context,
    unique_foreign_id,
)
from recruiter_server.linkedin.errors import LinkedInRefused, LinkedInUnavailable
from recruiter_server.linkedin.sealed import seal, unseal

ORGANISATION = "organisation"
USER = "user"
SIGN_IN_MINUTES = 15
INTEGRATION_TYPES = ("ONE_CLICK_EXPORT", "IN_ATS_INDICATOR", "PROFILE_PLUGIN", "CSA_API")
ALL_PRODUCT_USERS = "ALL_PRODUCT_USERS"
_LINKEDIN_STATES = {
    "NOT_REQUESTED": LinkedInState.CONNECTED,
    "REQUESTED": LinkedInState.REQUESTED,
    "PARTNER_READY": LinkedInState.PARTNER_READY,
    "DISABLED": LinkedInState.DISABLED,
}
# States in which LinkedIn's view is the truth and a status poll is worth making.
WATCHED = frozenset(
    {
        LinkedInState.REQUESTED.value,
        LinkedInState.PARTNER_READY.value,
        LinkedInState.ENABLED.value,
        LinkedInState.DISABLED.value,
    }
)


def state_hash(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


# --- Sign-in (the organisation's admin, or a user for themself) -------------------------


def start_sign_in(
    ctx: Context, actor: Actor, purpose: str, request_base: str
) -> AuthorizationStart:
    """An authorization URL for the browser; LinkedIn redirects to this server's callback."""
    if purpose == ORGANISATION:
        access.ensure_admin(actor, "connect the organisation to LinkedIn")
    redirect_uri = ctx.public_url(request_base) + CALLBACK_PATH
    credentials = ensure_application(ctx, redirect_uri)
    state = secrets.token_urlsafe(32)
    now = utcnow()
    expires = now + timedelta(minutes=SIGN_IN_MINUTES)
    with ctx.db.write_session() as session:
        session.execute(delete(LinkedInOAuthState).where(LinkedInOAuthState.expires_at < now))
        session.add(
            LinkedInOAuthState(
                state_hash=state_hash(state),
                purpose=purpose,
                user_id=actor.user_id,
                redirect_uri=redirect_uri,
                created_at=now,
                expires_at=expires,
            )
        )
        if purpose == ORGANISATION:
            row = integration(session, lock=True)
            if row.state == LinkedInState.NOT_CONNECTED.value:
                row.state = LinkedInState.SIGNING_IN.value
                row.last_error = None
        session.commit()
    return AuthorizationStart(
        authorization_url=ctx.client.authorization_url(credentials.client_id, redirect_uri, state),
        state=state,
        expires_at=expires,
    )


def ensure_application(ctx: Context, redirect_uri: str) -> Credentials:
    """The customer (child) application of this ATS instance, provisioned by the partner app
    on first use and found again by its uniqueForeignId; it must accept `redirect_uri`."""
    partner = ctx.client.partner()
    with ctx.db.read_session() as session:
        foreign_id = unique_foreign_id(session)
        known = connection(session).app_client_id is not None
    found = ctx.client.finder(
        "/v2/provisionedApplications",
        app=partner,
        params={"q": "credentialsByUniqueForeignId", "uniqueForeignId": foreign_id},
        what="find this server's LinkedIn application",
    )
    if found:
        app = found[0]
        urls = list(app.get("oauth2AuthorizedCallbackUrls") or [])
        if redirect_uri not in urls:
            ctx.client.call(
                "POST",
                f"/v2/provisionedApplications/{app['key']}",
                app=partner,
                json={"patch": {"$set": {"oauth2AuthorizedCallbackUrls": [*urls, redirect_uri]}}},
                what="register this server's sign-in address with LinkedIn",
            )
    else:
        app = ctx.client.call(
            "POST",
            "/v2/provisionedApplications",
            app=partner,
            json={
                "name": ctx.settings.linkedin_instance_name,
                "description": "Recruiter ATS: Recruiter System Connect",
                "uniqueForeignId": foreign_id,
                "oauth2AuthorizedCallbackUrls": [redirect_uri],
                "validJsSdkDomains": [],
            },
            what="create this server's LinkedIn application",
        )
    credentials = Credentials(
        str(app["credentials"]["client_id"]), str(app["credentials"]["client_secret"])
    )
    with ctx.db.write_session() as session:
        conn = connection(session)
        if not known or conn.app_client_id != credentials.client_id:
            conn.app_client_id = credentials.client_id
            conn.app_client_secret = seal(ctx.settings, credentials.client_secret)
            conn.application_urn = str(app.get("key") or "")
            conn.unique_foreign_id = foreign_id
        session.commit()
    return credentials


def finish_sign_in(ctx: Context, state: str, code: str | None, error: str | None) -> str:
    """LinkedIn's redirect back: exchange the code, read who signed in and their contracts.
    Returns what happened, in words for the browser page; Invalid when it cannot go on."""
    with ctx.db.write_session() as session:
        pending = session.get(LinkedInOAuthState, state_hash(state))
        if pending is None or pending.expires_at < utcnow():
            raise Invalid(
                "This LinkedIn sign-in is unknown or has expired; start it again from Recruiter "
                "Desktop."
            )
        purpose, user_id, redirect_uri = pending.purpose, pending.user_id, pending.redirect_uri
        session.delete(pending)
        if error is not None and purpose == ORGANISATION:
            row = integration(session, lock=True)
            if row.state == LinkedInState.SIGNING_IN.value:
                row.state = LinkedInState.NOT_CONNECTED.value
        session.commit()
    if error is not None:
        return "The LinkedIn sign-in was cancelled; nothing changed. You can close this window."
    if not code:
        raise Invalid("LinkedIn sent no authorization code; start the sign-in again.")
    with ctx.db.read_session() as session:
        credentials = ctx.app_credentials(session)
    tokens = ctx.client.exchange_code(credentials, code, redirect_uri)
    token = str(tokens["access_token"])
    me = ctx.client.call("GET", "/v2/me", member_token=token, what="read who signed in")
    contracts = [
        {
            "contract": c.get("contract"),
            "name": c.get("name") or c.get("contract"),
            "organization": c.get("organization"),
            "seat": c.get("seat"),
            "role": c.get("role"),
        }
        for c in ctx.client.finder(
            "/v2/recruiterContracts",
            member_token=token,
            params={"q": "contractsByMember"},
            what="list the Recruiter contracts",
        )
    ]
    name = f"{me.get('localizedFirstName', '')} {me.get('localizedLastName', '')}".strip()
    sealed = seal(ctx.settings, token)
    refresh = tokens.get("refresh_token")
    expires = utcnow() + timedelta(seconds=int(tokens.get("expires_in", 3600)))
    if purpose == USER:
        return _save_user(
            ctx,
            user_id,
            me=me,
            contracts=contracts,
            sealed=sealed,
            refresh=refresh,
            expires=expires,
            name=name,
        )
    with ctx.db.write_session() as session:
        conn = connection(session)
        conn.admin_member_id = str(me.get("id"))
        conn.admin_access_token = sealed
        conn.admin_refresh_token = seal(ctx.settings, str(refresh)) if refresh else None
        conn.admin_token_expires_at = expires
        row = integration(session, lock=True)
        row.connected_by_id = user_id
        row.connected_member_name = name
        row.connected_at = utcnow()
        row.contracts = contracts
        row.last_error = None
        if row.state in (LinkedInState.NOT_CONNECTED.value, LinkedInState.SIGNING_IN.value):
            if not contracts:
                row.state = LinkedInState.NOT_CONNECTED.value
                row.last_error = (
                    f"{name} holds no seat on a LinkedIn Recruiter contract; sign in with the "
                    "account of a Recruiter admin."
                )
            elif len(contracts) == 1:
                _choose(row, contracts[0])
            else:
                row.state = LinkedInState.CHOOSE_CONTRACT.value
        session.commit()
        if row.state == LinkedInState.CHOOSE_CONTRACT.value:
            return (
                f"Signed in to LinkedIn as {name}. Back in Recruiter Desktop, choose which of "
                f"your {len(contracts)} contracts to connect."
            )
        return f"Signed in to LinkedIn as {name}. You can close this window."


def _save_user(
    ctx: Context,
    user_id: Any,
    *,
    me: dict[str, Any],
    contracts: list[dict[str, Any]],
    sealed: str,
    refresh: Any,
    expires: Any,
    name: str,
) -> str:
    with ctx.db.write_session() as session:
        conn = session.scalars(
            select(LinkedInUserConnection).where(LinkedInUserConnection.user_id == user_id)
        ).one_or_none()
        if conn is None:
            conn = LinkedInUserConnection(user_id=user_id)
            session.add(conn)
        conn.member_id = str(me.get("id"))
        conn.first_name = str(me.get("localizedFirstName") or "")
        conn.last_name = str(me.get("localizedLastName") or "")
        conn.email = me.get("emailAddress")
        conn.seats = [
            {"contract": c["contract"], "seat": c["seat"], "role": c["role"]} for c in contracts
        ]
        conn.access_token = sealed
        conn.refresh_token = seal(ctx.settings, str(refresh)) if refresh else None
        conn.expires_at = expires
        conn.connected_at = utcnow()
        session.flush()
        # Their seat's InMails are theirs in full from now on.
        publish(session)
        session.commit()
    return f"Your LinkedIn account ({name}) is connected. You can close this window."


# --- The contract, the request, the partner's part --------------------------------------


def _choose(row: Any, contract: dict[str, Any]) -> None:
    row.contract_urn = contract["contract"]
    row.contract_name = contract.get("name")
    row.organization_urn = contract.get("organization")
    row.state = LinkedInState.CONNECTED.value


def choose_contract(ctx: Context, actor: Actor, contract_urn: str) -> None:
    access.ensure_admin(actor, "choose the LinkedIn contract")
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        if row.state not in (LinkedInState.CHOOSE_CONTRACT.value, LinkedInState.CONNECTED.value):
            raise Conflict(
                "The contract is chosen before Recruiter System Connect is requested; "
                "disconnect and connect again to choose another one."
                if row.state != LinkedInState.NOT_CONNECTED.value
                else "Connect to LinkedIn first."
            )
        chosen = next((c for c in row.contracts if c.get("contract") == contract_urn), None)
        if chosen is None:
            names = ", ".join(f"{c.get('name')} ({c.get('contract')})" for c in row.contracts)
            raise Invalid(f"{contract_urn} is not one of your contracts: {names}.")
        _choose(row, chosen)
        session.commit()


def admin_token(ctx: Context) -> str:
    """The connecting admin's LinkedIn token, renewed with its refresh token when expired."""
    with ctx.db.read_session() as session:
        conn = connection(session)
        if conn.admin_access_token is None:
            raise Conflict("Connect to LinkedIn first (sign in as a Recruiter admin).")
        token = unseal(ctx.settings, conn.admin_access_token)
        expires, refresh = conn.admin_token_expires_at, conn.admin_refresh_token
        credentials = ctx.app_credentials(session)
    if expires is None or expires > utcnow() or refresh is None:
        return token
    tokens = ctx.client.refresh_member_token(credentials, unseal(ctx.settings, refresh))
    with ctx.db.write_session() as session:
        conn = connection(session)
        conn.admin_access_token = seal(ctx.settings, str(tokens["access_token"]))
        if tokens.get("refresh_token"):
            conn.admin_refresh_token = seal(ctx.settings, str(tokens["refresh_token"]))
        conn.admin_token_expires_at = utcnow() + timedelta(
            seconds=int(tokens.get("expires_in", 3600))
        )
        session.commit()
    return str(tokens["access_token"])


def request_integration(ctx: Context, actor: Actor) -> None:
    """Request Recruiter System Connect for the chosen contract (LinkedIn: "Notify partner")."""
    access.ensure_admin(actor, "request Recruiter System Connect")
    with ctx.db.read_session() as session:
        row = integration(session)
        if row.contract_urn is None or row.state in (
            LinkedInState.NOT_CONNECTED.value,
            LinkedInState.SIGNING_IN.value,
            LinkedInState.CHOOSE_CONTRACT.value,
        ):
            raise Conflict("Connect to LinkedIn and choose the contract before requesting.")
        contract = row.contract_urn
    answer = ctx.client.call(
        "POST",
        "/v2/atsIntegrations",
        member_token=admin_token(ctx),
        params={"action": "requestIntegration"},
        json={"contract": contract},
        what="request Recruiter System Connect",
    )
    summary = answer.get("value", answer)
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        row.requested_at = utcnow()
        if summary.get("organization"):
            row.organization_urn = summary["organization"]
        session.commit()
    refresh_status(ctx)


def integration_keys(ctx: Context, credentials: Credentials) -> list[dict[str, str]]:
    """The keys of this instance's integrations at LinkedIn (after the request)."""
    rows = ctx.client.finder(
        "/v2/atsIntegrations",
        app=credentials,
        params={"q": "criteria"},
        what="read the integrations' status",
    )
    return [
        {
            "integrationContext": r["integrationContext"],
            "integrationType": r["integrationType"],
            "tenantType": "RECRUITER",
            "dataProvider": "ATS",
        }
        for r in rows
    ]


def notify_partner(ctx: Context, actor: Actor, request_base: str) -> None:
    """The partner's part ("Notify partner"): name each integration, which makes it Partner
    ready, and configure the push callback and who in Recruiter sees the ATS data."""
    access.ensure_admin(actor, "notify the partner")
    with ctx.db.read_session() as session:
        row = integration(session)
        if row.state not in (
            LinkedInState.REQUESTED.value,
            LinkedInState.PARTNER_READY.value,
            LinkedInState.ENABLED.value,
            LinkedInState.DISABLED.value,
        ):
            raise Conflict("Request Recruiter System Connect first.")
        credentials = ctx.app_credentials(session)
    keys = integration_keys(ctx, credentials)
    if not keys:
        raise Conflict("LinkedIn lists no integration for this server: request it again.")
    answer = ctx.client.call(
        "POST",
        "/v2/atsIntegrations",
        app=credentials,
        headers={"X-RestLi-Method": "batch_partial_update"},
        json={
            "entities": {
                key_text(key): {
                    "patch": {"$set": {"integrationName": ctx.settings.linkedin_instance_name}}
                }
                for key in keys
            }
        },
        what="mark the integrations ready",
    )
    _raise_batch_errors(answer, "mark the integrations ready")
    callback = ctx.public_url(request_base) + WEBHOOK_PATH
    by_type = {key["integrationType"]: key for key in keys}
    settings_of = {
        "ONE_CLICK_EXPORT": {"CALLBACK_URL": callback, "JOB_POSTING_VIEWERS": ALL_PRODUCT_USERS},
        "IN_ATS_INDICATOR": {"APPLICATION_VIEWERS": ALL_PRODUCT_USERS},
    }
    for kind, values in settings_of.items():
        if kind not in by_type:
            continue
        answer = ctx.client.call(
            "PUT",
            f"/v2/atsIntegrations/{key_path(by_type[kind])}/configurations",
            app=credentials,
            json={
                "entities": {n: {"configurationValue": {"string": v}} for n, v in values.items()}
            },
            what="configure the push callback",
        )
        _raise_batch_errors(answer, "configure the push callback")
    with ctx.db.write_session() as session:
        connection(session).callback_url = callback
        session.commit()
    refresh_status(ctx)


def _raise_batch_errors(answer: dict[str, Any], what: str) -> None:
    errors = answer.get("errors") or {}
    if errors:
        first = next(iter(errors.values()))
        message = first.get("message", "refused") if isinstance(first, dict) else str(first)
        raise LinkedInRefused(f"Could not {what}: LinkedIn refused: {message}", 400, message)


# --- What LinkedIn says -----------------------------------------------------------------


def linkedin_state(rows: list[dict[str, Any]]) -> tuple[LinkedInState, LinkedInLevel | None]:
    """The setup state LinkedIn's integrations add up to (as LinkedIn's widget shows it)."""
    statuses = {r.get("integrationType"): r.get("status") for r in rows}
    if not statuses:
        return LinkedInState.CONNECTED, None
    if any(s == "ENABLED" for s in statuses.values()):
        level = (
            LinkedInLevel.CONTRACT
            if statuses.get("CSA_API") == "ENABLED"
            else LinkedInLevel.COMPANY
        )
        return LinkedInState.ENABLED, level
    if any(s == "DISABLED" for s in statuses.values()):
        return LinkedInState.DISABLED, None
    if all(statuses.get(t) == "PARTNER_READY" for t in INTEGRATION_TYPES):
        return LinkedInState.PARTNER_READY, None
    return LinkedInState.REQUESTED, None


def refresh_status(ctx: Context) -> LinkedInState:
    """Ask LinkedIn where the integration stands and record it; a newly enabled level (or a
    higher one) starts the historical sync."""
    with ctx.db.read_session() as session:
        row = integration(session)
        if row.state in (
            LinkedInState.NOT_CONNECTED.value,
            LinkedInState.SIGNING_IN.value,
            LinkedInState.CHOOSE_CONTRACT.value,
        ):
            return LinkedInState(row.state)
        credentials = ctx.app_credentials(session)
    rows = ctx.client.finder(
        "/v2/atsIntegrations",
        app=credentials,
        params={"q": "criteria"},
        what="read the integrations' status",
    )
    state, level = linkedin_state(rows)
    start_history = False
    now = utcnow()
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        before = row.level if row.state == LinkedInState.ENABLED.value else None
        connection(session).status_polled_at = now
        if state is LinkedInState.ENABLED:
            set_enabled(session, row, level, now)
            # A new level brings data to send or pull; going down to company level does not.
            start_history = (
                level is not None
                and level.value != before
                and not (level is LinkedInLevel.COMPANY and before == LinkedInLevel.CONTRACT.value)
            )
        else:
            set_enabled(session, row, None, now)
            row.state = state.value
        if start_history:
            row.history_state = HistorySyncState.RUNNING.value
            row.history_done = 0
            row.history_total = 0
            row.history_started_at = now
            row.history_finished_at = None
            row.history_message = "The first sync with LinkedIn is starting."
        session.commit()
        result = LinkedInState(row.state)
    if start_history:
        ctx.wake()
    return result


def rerun_history(ctx: Context, actor: Actor) -> None:
    """Run the historical sync again (an admin's "sync everything now")."""
    access.ensure_admin(actor, "run the LinkedIn history sync")
    with ctx.db.write_session() as session:
        row = integration(session, lock=True)
        if row.state != LinkedInState.ENABLED.value:
            raise Conflict("The history sync runs once LinkedIn has enabled the integration.")
        if row.history_state != HistorySyncState.RUNNING.value:
            row.history_state = HistorySyncState.RUNNING.value
            row.history_done = 0
            row.history_total = 0
            row.history_started_at = utcnow()
            row.history_finished_at = None
            row.history_message = "The sync with LinkedIn is starting again."
        session.commit()
    ctx.wake()


# --- Disconnect ---------------------------------------------------------------------------


def disconnect(ctx: Context, actor: Actor) -> None:
    """Sign the organisation out of LinkedIn and forget the setup (the customer application
    stays, so connecting again finds it). Users' own connections are kept."""
    access.ensure_admin(actor, "disconnect LinkedIn")
    with ctx.db.read_session() as session:
        conn = connection(session)
        token = unseal(ctx.settings, conn.admin_access_token) if conn.admin_access_token else None
        has_app = conn.app_client_id is not None
        credentials = ctx.app_credentials(session) if has_app else None
    if credentials is not None:
        _forget_at_linkedin(ctx, credentials, token)
    with ctx.db.write_session() as session:
        conn = connection(session)
        conn.admin_member_id = None
        conn.admin_access_token = None
        conn.admin_refresh_token = None
        conn.admin_token_expires_at = None
        conn.callback_url = None
        conn.status_polled_at = None
        session.execute(delete(LinkedInOutbox))
        session.execute(delete(LinkedInSentRecord))
        session.execute(
            delete(LinkedInOAuthState).where(LinkedInOAuthState.purpose == ORGANISATION)
        )
        row = integration(session, lock=True)
        set_enabled(session, row, None, utcnow())
        for name in (
            "level",
            "contract_urn",
            "contract_name",
            "organization_urn",
            "connected_by_id",
            "connected_member_name",
            "connected_at",
            "requested_at",
            "enabled_at",
            "history_started_at",
            "history_finished_at",
            "history_message",
            "last_pull_at",
            "last_error",
        ):
            setattr(row, name, None)
        row.state = LinkedInState.NOT_CONNECTED.value
        row.features = []
        row.contracts = []
        row.history_state = HistorySyncState.IDLE.value
        row.history_done = 0
        row.history_total = 0
        session.commit()


def _forget_at_linkedin(ctx: Context, credentials: Credentials, token: str | None) -> None:
    """Best effort: LinkedIn being down must not keep an admin from disconnecting."""
    try:
        for key in integration_keys(ctx, credentials):
            if key["integrationType"] == "ONE_CLICK_EXPORT":
                ctx.client.call(
                    "DELETE",
                    f"/v2/atsIntegrations/{key_path(key)}/configurations",
                    app=credentials,
                    params={"ids": "CALLBACK_URL"},
                    what="remove the push callback",
                )
        if token is not None:
            ctx.client.revoke(credentials, token)
    except (LinkedInRefused, LinkedInUnavailable):
        return

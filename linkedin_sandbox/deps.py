"""Typed dependencies of the endpoints: the running sandbox and who is calling.

Three kinds of bearer token exist: the partner app's (client credentials of the parent app;
only for provisionedApplications), a customer application's (client credentials of a child
app; for everything the ATS reads and writes), and a member's (authorization code; says which
member signed in, through which application).
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select

from linkedin_sandbox import db
from linkedin_sandbox.errors import EMPTY_TOKEN, EXPIRED_TOKEN, INVALID_TOKEN, ApiError
from linkedin_sandbox.events import Deliverer
from linkedin_sandbox.limits import RateLimits
from linkedin_sandbox.settings import SandboxSettings
from linkedin_sandbox.world import CustomerApp, Member, app_by_id, member_by_id

PARTNER = "PARTNER"
APPLICATION = "APPLICATION"
MEMBER = "MEMBER"


@dataclass
class Sandbox:
    """One running sandbox: its settings, database, throttles and push loop."""

    settings: SandboxSettings
    store: db.Store
    limits: RateLimits
    deliverer: Deliverer


def get_sandbox(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


SandboxDep = Annotated[Sandbox, Depends(get_sandbox)]


@dataclass(frozen=True)
class Caller:
    kind: str
    app: CustomerApp | None
    member: Member | None


def get_caller(request: Request, sandbox: SandboxDep) -> Caller:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "Empty oauth2 access token", service_error_code=EMPTY_TOKEN)
    with sandbox.store.read() as conn:
        row = conn.execute(select(db.tokens).where(db.tokens.c.token == token.strip())).first()
        if row is None:
            raise ApiError(401, "Invalid access token", service_error_code=INVALID_TOKEN)
        if row.expires_at <= db.now_ms():
            raise ApiError(
                401, "The token used in the request has expired", service_error_code=EXPIRED_TOKEN
            )
        app = None if row.app_id is None else app_by_id(conn, row.app_id)
        member = None if row.member_id is None else member_by_id(conn, row.member_id)
    return Caller(kind=row.kind, app=app, member=member)


CallerDep = Annotated[Caller, Depends(get_caller)]


def require_partner(caller: CallerDep) -> Caller:
    if caller.kind != PARTNER:
        raise ApiError(403, "Only the partner application's token may manage provisioned apps")
    return caller


def require_application(caller: CallerDep) -> CustomerApp:
    if caller.kind != APPLICATION or caller.app is None:
        raise ApiError(
            403,
            "This resource needs a customer application's token "
            "(client credentials of the provisioned application)",
        )
    return caller.app


@dataclass(frozen=True)
class SignedInMember:
    member: Member
    app: CustomerApp | None


def require_member(caller: CallerDep) -> SignedInMember:
    if caller.kind != MEMBER or caller.member is None:
        raise ApiError(403, "This resource needs a member's token (authorization code flow)")
    return SignedInMember(caller.member, caller.app)


def require_app_or_member(caller: CallerDep) -> CustomerApp:
    """The customer application behind an application token or a member's token."""
    if caller.kind in (APPLICATION, MEMBER) and caller.app is not None:
        return caller.app
    raise ApiError(
        403, "This resource needs a token of a customer application or of a member signed in to one"
    )


PartnerDep = Annotated[Caller, Depends(require_partner)]
ApplicationDep = Annotated[CustomerApp, Depends(require_application)]
MemberDep = Annotated[SignedInMember, Depends(require_member)]
AppOrMemberDep = Annotated[CustomerApp, Depends(require_app_or_member)]

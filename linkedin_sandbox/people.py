"""Members, seats and Recruiter projects: how they are made (seed and /sandbox actions) and what
the ATS reads about them.

- `GET /v2/me`, `GET /v2/recruiterContracts?q=contractsByMember` (member token): who signed in,
  and the contracts where they hold a seat (the wizard's contract choice, a user's seat).
- `GET /v2/people/(id:ID)`, `GET /v2/people?q=email&email=`, `GET /v2/people?q=name&firstName=
  &lastName=` (application or member token, PROFILE_PLUGIN enabled): the profile widget's lookups.
- `GET /v2/hiringProjects?q=viewer`, `GET|POST /v2/hiringProjects/{id}/candidates` (member
  token, PROFILE_PLUGIN enabled): save a member to one of the user's Recruiter projects.
"""

import re
import secrets
import string
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response
from sqlalchemy import Connection, insert, select

from linkedin_sandbox import db
from linkedin_sandbox.deps import AppOrMemberDep, MemberDep, SandboxDep
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.integrations import PROFILE_PLUGIN, require_enabled
from linkedin_sandbox.restli import finder_page, paging_params, parse_id, required_param
from linkedin_sandbox.world import (
    ADMIN,
    RECRUITER,
    Member,
    Seat,
    contract_by_id,
    fold,
    member_by_email,
    member_by_id,
    members_named,
    seats_of_member,
)

router = APIRouter(prefix="/v2", tags=["people"])

_ID_ALPHABET = string.ascii_letters + string.digits


def new_member_id() -> str:
    """An opaque id in the style of LinkedIn's person ids."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def profile_url(first_name: str, last_name: str, member_id: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{first_name} {last_name}")).strip("-")
    return f"https://www.linkedin.com/in/{slug}-{member_id[:6].lower()}"


def add_member(
    conn: Connection,
    *,
    first_name: str,
    last_name: str,
    email: str | None = None,
    headline: str | None = None,
    location: str = "Stockholm, Sweden",
    current_title: str | None = None,
    current_company: str | None = None,
    member_id: str | None = None,
    at: int | None = None,
) -> Member:
    """A new LinkedIn member; e-mail addresses are unique among members, as on LinkedIn."""
    if not first_name.strip() or not last_name.strip():
        raise ApiError(400, "A member needs a first and a last name")
    new_id = member_id or new_member_id()
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", new_id):
        raise ApiError(400, "A member id is 1 to 64 letters, digits, - or _")
    if member_by_id(conn, new_id) is not None:
        raise ApiError(409, f"A member with id {new_id} exists already")
    address = None if not email else email.strip().lower()
    if address is not None:
        if "@" not in address:
            raise ApiError(400, f"{email!r} is not an e-mail address")
        if member_by_email(conn, address) is not None:
            raise ApiError(409, f"Another member has the e-mail address {address}")
    if headline is None:
        headline = (
            " at ".join(p for p in (current_title, current_company) if p) or "LinkedIn member"
        )
    conn.execute(
        insert(db.members).values(
            id=new_id,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            email=address,
            headline=headline,
            location=location,
            current_title=current_title,
            current_company=current_company,
            profile_url=profile_url(first_name, last_name, new_id),
            created_at=db.now_ms() if at is None else at,
        )
    )
    return Member(
        id=new_id,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=address,
        headline=headline,
        location=location,
        current_title=current_title,
        current_company=current_company,
        profile_url=profile_url(first_name, last_name, new_id),
    )


def add_seat(
    conn: Connection, member: Member, contract_id: int, role: str, seat_id: int | None = None
) -> Seat:
    if role not in (ADMIN, RECRUITER):
        raise ApiError(400, f"A seat's role is {ADMIN} or {RECRUITER}")
    if contract_by_id(conn, contract_id) is None:
        raise ApiError(404, f"No contract {contract_id}")
    if any(s.contract_id == contract_id for s in seats_of_member(conn, member.id)):
        raise ApiError(409, f"{member.name} holds a seat on contract {contract_id} already")
    values: dict[str, Any] = {
        "contract_id": contract_id,
        "member_id": member.id,
        "role": role,
        "active": True,
        "created_at": db.now_ms(),
    }
    if seat_id is not None:
        values["id"] = seat_id
    result = conn.execute(insert(db.seats).values(**values))
    new_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
    return Seat(new_id, contract_id, member.id, role, True)


def contracts_of(conn: Connection, member: Member) -> list[dict[str, Any]]:
    """The contracts where the member holds an active seat, with that seat."""
    found = []
    for seat in seats_of_member(conn, member.id):
        contract = contract_by_id(conn, seat.contract_id)
        if contract is None or not seat.active:
            continue
        organization = conn.execute(
            select(db.organizations.c.name).where(db.organizations.c.id == contract.organization_id)
        ).scalar()
        found.append(
            {
                "contract": contract.urn,
                "name": contract.name,
                "organization": contract.organization_urn,
                "organizationName": organization,
                "seat": seat.urn,
                "role": seat.role,
            }
        )
    return found


@router.get("/me")
def me(sandbox: SandboxDep, signed_in: MemberDep) -> dict[str, Any]:
    member = signed_in.member
    return {
        "id": member.id,
        "localizedFirstName": member.first_name,
        "localizedLastName": member.last_name,
        "localizedHeadline": member.headline,
        "emailAddress": member.email,
        "profileUrl": member.profile_url,
    }


@router.get("/recruiterContracts")
def recruiter_contracts(
    request: Request, sandbox: SandboxDep, signed_in: MemberDep
) -> dict[str, Any]:
    if request.query_params.get("q") != "contractsByMember":
        raise ApiError(400, "Use q=contractsByMember")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        elements = contracts_of(conn, signed_in.member)
    return finder_page(request, elements, start, count)


@router.get("/people/{key}")
def person(key: str, sandbox: SandboxDep, app: AppOrMemberDep) -> dict[str, Any]:
    """One profile by member id: `/v2/people/(id:ID)` or `/v2/people/ID`."""
    wanted = key.removeprefix("(id:").removesuffix(")").removeprefix("urn:li:person:")
    with sandbox.store.read() as conn:
        require_enabled(conn, app, PROFILE_PLUGIN)
        member = member_by_id(conn, wanted)
    if member is None:
        raise ApiError(404, f"No LinkedIn member {wanted}")
    return member.profile()


@router.get("/people")
def find_people(request: Request, sandbox: SandboxDep, app: AppOrMemberDep) -> dict[str, Any]:
    """`q=email&email=` (exact match) or `q=name&firstName=&lastName=` (name suggestions)."""
    finder = request.query_params.get("q")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        require_enabled(conn, app, PROFILE_PLUGIN)
        if finder == "email":
            found = member_by_email(conn, required_param(request, "email"))
            members = [] if found is None else [found]
        elif finder == "name":
            first = required_param(request, "firstName")
            last = required_param(request, "lastName")
            members = members_named(conn, first, last)
        else:
            raise ApiError(400, "Use q=email&email=... or q=name&firstName=...&lastName=...")
    return finder_page(request, [m.profile() for m in members], start, count)


def _project(conn: Connection, project: str, member: Member) -> Any:
    project_id = parse_id(project.removeprefix("urn:li:hiringProject:"))
    row = None
    if project_id is not None:
        row = conn.execute(select(db.projects).where(db.projects.c.id == project_id)).first()
    if row is None:
        raise ApiError(404, f"No Recruiter project {project_id}")
    if not any(
        s.contract_id == row.contract_id and s.active for s in seats_of_member(conn, member.id)
    ):
        raise ApiError(403, f"{member.name} holds no seat on the contract of project {project_id}")
    return row


def _project_json(conn: Connection, row: Any) -> dict[str, Any]:
    size = len(
        list(
            conn.execute(
                select(db.project_candidates.c.member_id).where(
                    db.project_candidates.c.project_id == row.id
                )
            )
        )
    )
    return {
        "id": row.id,
        "urn": f"urn:li:hiringProject:{row.id}",
        "name": row.name,
        "contract": f"urn:li:contract:{row.contract_id}",
        "owner": f"urn:li:seat:{row.owner_seat_id}",
        "candidates": size,
    }


@router.get("/hiringProjects")
def hiring_projects(request: Request, sandbox: SandboxDep, signed_in: MemberDep) -> dict[str, Any]:
    """`q=viewer`: the projects on the contracts where the signed-in member holds a seat."""
    if request.query_params.get("q") != "viewer":
        raise ApiError(400, "Use q=viewer")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        if signed_in.app is not None:
            require_enabled(conn, signed_in.app, PROFILE_PLUGIN)
        contracts = [s.contract_id for s in seats_of_member(conn, signed_in.member.id) if s.active]
        query = (
            select(db.projects)
            .where(db.projects.c.contract_id.in_(contracts))
            .order_by(db.projects.c.id)
        )
        elements = [_project_json(conn, row) for row in conn.execute(query)]
    return finder_page(request, elements, start, count)


@router.get("/hiringProjects/{project_id}/candidates")
def project_candidates(
    project_id: str, request: Request, sandbox: SandboxDep, signed_in: MemberDep
) -> dict[str, Any]:
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        project = _project(conn, project_id, signed_in.member)
        query = (
            select(db.project_candidates)
            .where(db.project_candidates.c.project_id == project.id)
            .order_by(db.project_candidates.c.added_at)
        )
        elements = [
            {
                "candidate": f"urn:li:person:{row.member_id}",
                "addedAt": row.added_at,
                "addedBy": None
                if row.added_by_seat_id is None
                else f"urn:li:seat:{row.added_by_seat_id}",
            }
            for row in conn.execute(query)
        ]
    return finder_page(request, elements, start, count)


@router.post("/hiringProjects/{project_id}/candidates", status_code=201)
def save_to_project(
    project_id: str,
    body: Annotated[dict[str, Any], Body()],
    response: Response,
    sandbox: SandboxDep,
    signed_in: MemberDep,
) -> dict[str, Any]:
    """`{"candidate": "urn:li:person:ID"}`: 201, or 200 when the member is in it already."""
    candidate = body.get("candidate")
    if not isinstance(candidate, str) or not candidate.startswith("urn:li:person:"):
        raise ApiError(400, 'The body must be {"candidate": "urn:li:person:ID"}')
    with sandbox.store.write() as conn:
        if signed_in.app is not None:
            require_enabled(conn, signed_in.app, PROFILE_PLUGIN)
        row = _project(conn, project_id, signed_in.member)
        member = member_by_id(conn, candidate.removeprefix("urn:li:person:"))
        if member is None:
            raise ApiError(404, f"No LinkedIn member {candidate}")
        seat = next(
            s
            for s in seats_of_member(conn, signed_in.member.id)
            if s.contract_id == row.contract_id
        )
        existing = conn.execute(
            select(db.project_candidates)
            .where(db.project_candidates.c.project_id == row.id)
            .where(db.project_candidates.c.member_id == member.id)
        ).first()
        if existing is None:
            added_at = db.now_ms()
            conn.execute(
                insert(db.project_candidates).values(
                    project_id=row.id,
                    member_id=member.id,
                    added_by_seat_id=seat.id,
                    added_at=added_at,
                )
            )
        else:
            response.status_code = 200
            added_at = existing.added_at
    return {
        "project": f"urn:li:hiringProject:{row.id}",
        "candidate": member.urn,
        "addedBy": seat.urn,
        "addedAt": added_at,
    }

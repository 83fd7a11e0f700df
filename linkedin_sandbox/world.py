"""Who is who in the sandbox: members, contracts, seats and ATS instances (customer apps), read
from the database, and how a person's words ("maja@...", "Anna Berg", "urn:li:seat:70001")
find one of them, with a refusal in words when none or several match.
"""

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from linkedin_sandbox import db
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.restli import parse_id

ADMIN = "ADMIN"
RECRUITER = "RECRUITER"

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLDS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "þ": "th", "œ": "oe"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: 'Łukasz Ødegård' -> 'lukasz odegard'."""
    lowered = text.casefold().translate(_FOLDS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class Member:
    id: str
    first_name: str
    last_name: str
    email: str | None
    headline: str
    location: str
    current_title: str | None
    current_company: str | None
    profile_url: str

    @property
    def urn(self) -> str:
        return f"urn:li:person:{self.id}"

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def profile(self) -> dict[str, Any]:
        """The member as the profile lookup shows them: LinkedIn never gives out the e-mail."""
        return {
            "id": self.urn,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "headline": self.headline,
            "location": self.location,
            "currentPosition": {"title": self.current_title, "companyName": self.current_company},
            "profileUrl": self.profile_url,
        }


@dataclass(frozen=True)
class Contract:
    id: int
    organization_id: int
    name: str

    @property
    def urn(self) -> str:
        return f"urn:li:contract:{self.id}"

    @property
    def organization_urn(self) -> str:
        return f"urn:li:organization:{self.organization_id}"


@dataclass(frozen=True)
class Seat:
    id: int
    contract_id: int
    member_id: str
    role: str
    active: bool

    @property
    def urn(self) -> str:
        return f"urn:li:seat:{self.id}"


@dataclass(frozen=True)
class CustomerApp:
    """One ATS instance: a child application the partner provisioned for a customer."""

    id: int
    client_id: str
    client_secret: str
    name: str
    description: str
    unique_foreign_id: str
    callback_urls: list[str]
    js_sdk_domains: list[str]
    organization_id: int | None
    contract_id: int | None

    @property
    def urn(self) -> str:
        return f"urn:li:developerApplication:{self.id}"

    @property
    def organization_urn(self) -> str | None:
        if self.organization_id is None:
            return None
        return f"urn:li:organization:{self.organization_id}"

    @property
    def contract_urn(self) -> str | None:
        return None if self.contract_id is None else f"urn:li:contract:{self.contract_id}"


def _member(row: Any) -> Member:
    return Member(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        headline=row.headline,
        location=row.location,
        current_title=row.current_title,
        current_company=row.current_company,
        profile_url=row.profile_url,
    )


def _app(row: Any) -> CustomerApp:
    return CustomerApp(
        id=row.id,
        client_id=row.client_id,
        client_secret=row.client_secret,
        name=row.name,
        description=row.description,
        unique_foreign_id=row.unique_foreign_id,
        callback_urls=list(row.callback_urls),
        js_sdk_domains=list(row.js_sdk_domains),
        organization_id=row.organization_id,
        contract_id=row.contract_id,
    )


def member_by_id(conn: Connection, member_id: str) -> Member | None:
    row = conn.execute(select(db.members).where(db.members.c.id == member_id)).first()
    return None if row is None else _member(row)


def member_by_email(conn: Connection, email: str) -> Member | None:
    query = select(db.members).where(db.members.c.email == email.strip().lower())
    row = conn.execute(query).first()
    return None if row is None else _member(row)


def all_members(conn: Connection) -> list[Member]:
    rows = conn.execute(select(db.members).order_by(db.members.c.created_at, db.members.c.id))
    return [_member(row) for row in rows]


def members_named(conn: Connection, first_name: str, last_name: str) -> list[Member]:
    """Members whose first and last names equal these, ignoring case and accents."""
    first, last = fold(first_name), fold(last_name)
    return [
        member
        for member in all_members(conn)
        if fold(member.first_name) == first and fold(member.last_name) == last
    ]


def resolve_member(conn: Connection, text: str) -> Member:
    """A member from an id, `urn:li:person:ID`, an e-mail address or a unique full name."""
    wanted = text.strip()
    if wanted.startswith("urn:li:person:"):
        wanted = wanted.removeprefix("urn:li:person:")
    if "@" in wanted:
        found = member_by_email(conn, wanted)
        if found is None:
            raise ApiError(404, f"No LinkedIn member has the e-mail address {wanted}")
        return found
    found = member_by_id(conn, wanted)
    if found is not None:
        return found
    matches = [m for m in all_members(conn) if fold(m.name) == fold(wanted)]
    if not matches:
        raise ApiError(404, f"No LinkedIn member is {text!r} (give a member id, e-mail or name)")
    if len(matches) > 1:
        listed = "; ".join(f"{m.id} ({m.headline}, {m.location})" for m in matches)
        raise ApiError(
            409,
            f"{len(matches)} members are named {matches[0].name}: {listed}. "
            "Give the member id or e-mail address instead.",
        )
    return matches[0]


def contract_by_id(conn: Connection, contract_id: int) -> Contract | None:
    row = conn.execute(select(db.contracts).where(db.contracts.c.id == contract_id)).first()
    return None if row is None else Contract(row.id, row.organization_id, row.name)


def all_contracts(conn: Connection) -> list[Contract]:
    rows = conn.execute(select(db.contracts).order_by(db.contracts.c.id))
    return [Contract(row.id, row.organization_id, row.name) for row in rows]


def resolve_contract(conn: Connection, text: str) -> Contract:
    """A contract from `urn:li:contract:N`, N, or its name."""
    wanted = text.strip().removeprefix("urn:li:contract:")
    for contract in all_contracts(conn):
        if str(contract.id) == wanted or fold(contract.name) == fold(wanted):
            return contract
    names = ", ".join(f"{c.id} ({c.name})" for c in all_contracts(conn))
    raise ApiError(404, f"No contract is {text!r}; the contracts are: {names}")


def _seat(row: Any) -> Seat:
    return Seat(row.id, row.contract_id, row.member_id, row.role, bool(row.active))


def seat_by_id(conn: Connection, seat_id: int) -> Seat | None:
    row = conn.execute(select(db.seats).where(db.seats.c.id == seat_id)).first()
    return None if row is None else _seat(row)


def seats_of_member(conn: Connection, member_id: str) -> list[Seat]:
    query = select(db.seats).where(db.seats.c.member_id == member_id).order_by(db.seats.c.id)
    return [_seat(row) for row in conn.execute(query)]


def seats_on_contract(conn: Connection, contract_id: int) -> list[Seat]:
    query = select(db.seats).where(db.seats.c.contract_id == contract_id).order_by(db.seats.c.id)
    return [_seat(row) for row in conn.execute(query)]


def resolve_seat(conn: Connection, text: str, contract_id: int | None = None) -> Seat:
    """A seat from `urn:li:seat:N`, N, or a member (id, e-mail, name) who holds one; with
    `contract_id`, the seat must be (or is chosen) on that contract."""
    wanted = text.strip().removeprefix("urn:li:seat:")
    seat: Seat | None = None
    number = parse_id(wanted)
    if number is not None:
        seat = seat_by_id(conn, number)
    if seat is None:
        member = resolve_member(conn, text)
        held = [s for s in seats_of_member(conn, member.id) if s.active]
        if contract_id is not None:
            held = [s for s in held if s.contract_id == contract_id]
        if not held:
            where = "" if contract_id is None else f" on contract {contract_id}"
            raise ApiError(404, f"{member.name} holds no Recruiter seat{where}")
        if len(held) > 1:
            listed = ", ".join(f"{s.urn} (contract {s.contract_id})" for s in held)
            raise ApiError(409, f"{member.name} holds several seats: {listed}; give the seat")
        return held[0]
    if not seat.active:
        raise ApiError(409, f"The seat {seat.urn} is not active")
    if contract_id is not None and seat.contract_id != contract_id:
        raise ApiError(
            409, f"The seat {seat.urn} is on contract {seat.contract_id}, not {contract_id}"
        )
    return seat


def app_by_client_id(conn: Connection, client_id: str) -> CustomerApp | None:
    query = select(db.customer_apps).where(db.customer_apps.c.client_id == client_id)
    row = conn.execute(query).first()
    return None if row is None else _app(row)


def app_by_id(conn: Connection, app_id: int) -> CustomerApp | None:
    row = conn.execute(select(db.customer_apps).where(db.customer_apps.c.id == app_id)).first()
    return None if row is None else _app(row)


def all_apps(conn: Connection) -> list[CustomerApp]:
    rows = conn.execute(select(db.customer_apps).order_by(db.customer_apps.c.id))
    return [_app(row) for row in rows]


def resolve_app(conn: Connection, text: str, among: list[CustomerApp]) -> CustomerApp:
    """An ATS instance among `among` by its name, uniqueForeignId, client id or URN/id."""
    wanted = text.strip().removeprefix("urn:li:developerApplication:")
    for app in among:
        if wanted in (str(app.id), app.client_id, app.unique_foreign_id) or fold(app.name) == fold(
            wanted
        ):
            return app
    names = ", ".join(f'"{a.name}" ({a.unique_foreign_id})' for a in among) or "none"
    raise ApiError(404, f"No ATS instance is {text!r}; the instances here are: {names}")

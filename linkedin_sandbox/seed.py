"""The seeded world: one organisation with two Recruiter contracts, an admin holding a seat on
both, recruiters, members with profiles (some sharing a name, some with e-mail addresses),
Recruiter projects, and some InMails and notes from before any integration.

The same `WorldSizes` make the same people, ids and texts; only times follow the clock.
"""

import random
import string

from sqlalchemy import Connection, insert

from linkedin_sandbox import db
from linkedin_sandbox.history import add_note, send_inmail, share_profile
from linkedin_sandbox.people import add_member, add_seat
from linkedin_sandbox.settings import WorldSizes
from linkedin_sandbox.world import ADMIN, RECRUITER, Member, Seat, fold

ORGANIZATION_ID = 1001
ORGANIZATION_NAME = "Norrsken Industries AB"
CONTRACTS = ((50001, "Norrsken Recruiter Stockholm"), (50002, "Norrsken Recruiter Oslo"))
ADMIN_EMAIL = "maja.lindqvist@norrsken.example"
FIRST_SEAT_ID = 70001
FIRST_PROJECT_ID = 90001

_RECRUITERS = (
    ("Erik", "Sandberg"),
    ("Sofia", "Nilsson"),
    ("Jonas", "Berg"),
    ("Amira", "Haddad"),
    ("Lars", "Ødegård"),
    ("Ingrid", "Solberg"),
)
_SHARED_NAMES = (("Anna", "Svensson"), ("Erik", "Johansson"), ("Maria", "Nowak"), ("Ali", "Khan"))
_FIRST = (
    "Łukasz", "Søren", "Zoë", "José", "Åsa", "Björn", "Chiara", "Mehmet", "Aino", "Nils",
    "Fatima", "Oskar", "Ewa", "Mikael", "Jürgen", "Leila", "Tomás", "Sigrid", "Kofi", "Hanna",
    "Dmitri", "Maëlle", "Astrid", "Pekka",
)  # fmt: skip
_LAST = (
    "Kowalski", "Nørgaard", "Weiß", "García", "Lindström", "Rossi", "Öztürk", "Virtanen",
    "Eklund", "Dubois", "Andersen", "Mäkinen", "Okafor", "Petrov", "Larsen", "Holm", "Fagerlund",
    "Bjørnstad",
)  # fmt: skip
_TITLES = (
    "Backend Engineer", "Product Designer", "Data Scientist", "Sales Manager", "Frontend Developer",
    "Project Manager", "Controller", "DevOps Engineer", "HR Business Partner", "Marketing Lead",
    "QA Engineer", "Solutions Architect",
)  # fmt: skip
_COMPANIES = (
    "Volvo Cars", "Spotify", "Klarna", "Ericsson", "Equinor", "Nokia", "Maersk", "IKEA",
    "Northvolt", "Telia", "Kahoot!", "Wolt",
)  # fmt: skip
_LOCATIONS = (
    "Stockholm, Sweden", "Gothenburg, Sweden", "Oslo, Norway", "Copenhagen, Denmark",
    "Helsinki, Finland", "Malmö, Sweden", "Bergen, Norway", "Kraków, Poland", "Berlin, Germany",
)  # fmt: skip
_PROJECTS = (
    "Backend hiring",
    "Nordic sales leaders",
    "Graduate programme",
    "Data team",
    "Oslo office",
)
_INMAIL_SUBJECTS = (
    "An engineering role at Norrsken",
    "Would you like to hear about a new team?",
    "Your profile caught my eye",
)
_NOTES = (
    "Strong on distributed systems; open to a move in spring.",
    "Prefers hybrid work, two days in the office at most.",
    "Met at the Nordic tech meetup; follow up after the summer.",
    "Not looking right now, ask again in six months.",
)


def _member_id(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))


def _email(first: str, last: str, number: int, domain: str = "example.com") -> str:
    local = f"{fold(first)}.{fold(last)}".replace(" ", "")
    ascii_only = "".join(c for c in local if c.isascii() and (c.isalnum() or c == "."))
    return f"{ascii_only}{number}@{domain}" if number else f"{ascii_only}@{domain}"


def _person(
    conn: Connection, rng: random.Random, name: tuple[str, str], *, email: str | None, at: int
) -> Member:
    first, last = name
    title, company = rng.choice(_TITLES), rng.choice(_COMPANIES)
    return add_member(
        conn,
        first_name=first,
        last_name=last,
        email=email,
        headline=f"{title} at {company}",
        location=rng.choice(_LOCATIONS),
        current_title=title,
        current_company=company,
        member_id=_member_id(rng),
        at=at,
    )


def _prospect_names(rng: random.Random, sizes: WorldSizes) -> list[tuple[str, str]]:
    """Groups of two or three sharing a name first, then names nobody else has."""
    names: list[tuple[str, str]] = []
    for group in range(sizes.shared_name_groups):
        pair = _SHARED_NAMES[group % len(_SHARED_NAMES)]
        names.extend([pair] * (3 if group % 2 == 0 else 2))
    taken = set(names) | set(_RECRUITERS)
    while len(names) < sizes.members:
        pair = (rng.choice(_FIRST), rng.choice(_LAST))
        if pair in taken and len(taken) < len(_FIRST) * len(_LAST):
            continue
        taken.add(pair)
        names.append(pair)
    return names[: sizes.members]


def seed_world(store: db.Store, sizes: WorldSizes, now: int | None = None) -> None:
    """Fills an empty sandbox database with the world of these sizes."""
    rng = random.Random(sizes.random_seed)  # noqa: S311 - a reproducible world, not secrets
    now = db.now_ms() if now is None else now
    with store.write() as conn:
        conn.execute(insert(db.organizations).values(id=ORGANIZATION_ID, name=ORGANIZATION_NAME))
        for contract_id, name in CONTRACTS:
            conn.execute(
                insert(db.contracts).values(
                    id=contract_id, organization_id=ORGANIZATION_ID, name=name
                )
            )
        at = now - 1_000_000
        admin = add_member(
            conn,
            first_name="Maja",
            last_name="Lindqvist",
            email=ADMIN_EMAIL,
            headline="Head of Talent Acquisition at Norrsken Industries",
            current_title="Head of Talent Acquisition",
            current_company="Norrsken Industries",
            member_id=_member_id(rng),
            at=at,
        )
        seat_id = FIRST_SEAT_ID
        seats: list[Seat] = []
        for contract_id, _ in CONTRACTS:
            seats.append(add_seat(conn, admin, contract_id, ADMIN, seat_id))
            seat_id += 1
        recruiter_seats: list[Seat] = []
        for index in range(sizes.recruiters):
            first, last = _RECRUITERS[index % len(_RECRUITERS)]
            number = index // len(_RECRUITERS)
            email = _email(first, last, number, "norrsken.example")
            member = add_member(
                conn,
                first_name=first,
                last_name=last,
                email=email,
                headline=f"Recruiter at {ORGANIZATION_NAME}",
                current_title="Recruiter",
                current_company=ORGANIZATION_NAME,
                member_id=_member_id(rng),
                at=at + 1 + index,
            )
            contract_id = CONTRACTS[index % len(CONTRACTS)][0]
            recruiter_seats.append(add_seat(conn, member, contract_id, RECRUITER, seat_id))
            seat_id += 1
        seats.extend(recruiter_seats)
        prospects: list[Member] = []
        for index, (first, last) in enumerate(_prospect_names(rng, sizes)):
            known = rng.random() < sizes.email_share
            address = _email(first, last, index + 1) if known else None
            prospects.append(_person(conn, rng, (first, last), email=address, at=at + 100 + index))
        for index in range(sizes.projects):
            contract_id = CONTRACTS[index % len(CONTRACTS)][0]
            owner = next(s for s in seats if s.contract_id == contract_id)
            project_id = FIRST_PROJECT_ID + index
            conn.execute(
                insert(db.projects).values(
                    id=project_id,
                    contract_id=contract_id,
                    owner_seat_id=owner.id,
                    name=_PROJECTS[index % len(_PROJECTS)],
                    created_at=at,
                )
            )
            for member in rng.sample(prospects, min(3, len(prospects))):
                conn.execute(
                    insert(db.project_candidates).values(
                        project_id=project_id,
                        member_id=member.id,
                        added_by_seat_id=owner.id,
                        added_at=at,
                    )
                )
        _seed_history(conn, rng, sizes, seats=seats, prospects=prospects, now=now)


def _seed_history(
    conn: Connection,
    rng: random.Random,
    sizes: WorldSizes,
    *,
    seats: list[Seat],
    prospects: list[Member],
    now: int,
) -> None:
    if not prospects:
        return
    span = sizes.history_days * 86_400_000
    used: set[tuple[int, str]] = set()
    for _ in range(sizes.inmails):
        seat, member = rng.choice(seats), rng.choice(prospects)
        if (seat.id, member.id) in used:
            continue
        used.add((seat.id, member.id))
        sent = now - rng.randint(3_600_000, span)
        shared = rng.random() < 0.8
        send_inmail(
            conn,
            seat,
            member,
            body=f"Hi {member.first_name}, would you be open to a conversation about a role?",
            subject=rng.choice(_INMAIL_SUBJECTS),
            reply=False,
            shared=shared,
            at=sent,
        )
        answered = min(now - 60_000, sent + rng.randint(3_600_000, 2 * 86_400_000))
        chance = rng.random()
        if chance < 0.3 and member.email:
            share_profile(conn, seat, member, share_email=True, email=None, at=answered)
        elif chance < 0.6:
            send_inmail(
                conn,
                seat,
                member,
                body="Thanks for reaching out, tell me more.",
                subject=None,
                reply=True,
                shared=shared,
                at=answered,
            )
    for _ in range(sizes.notes):
        seat, member = rng.choice(seats), rng.choice(prospects)
        written = now - rng.randint(3_600_000, span)
        add_note(
            conn, seat, member, text=rng.choice(_NOTES), shared=rng.random() < 0.75, at=written
        )

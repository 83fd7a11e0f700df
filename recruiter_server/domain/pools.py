"""Talent pools and their members.

Everyone in the organisation sees every pool; admins and recruiters create, rename and fill
them. A pool's member list shows only the candidates the reader may see. The system pool
("LinkedIn") belongs to the LinkedIn integration: people may read it but never change it,
and the integration fills it through `add_system_member`.
"""

import uuid

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from recruiter_server.db.models import Candidate, PoolMember, TalentPool
from recruiter_server.domain import access, new_ids
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Duplicate, Forbidden, Invalid, NotFound
from recruiter_server.sync.serialize import public

SYSTEM_POOL_REFUSAL = (
    "The LinkedIn pool is kept by the LinkedIn integration; it cannot be changed by hand."
)
NAME_MAX = 200
DESCRIPTION_MAX = 20_000


def list_pools_stmt(actor: Actor) -> Select[TalentPool]:
    """Every pool: pools are organisation-wide, so any signed-in `actor` reads them all."""
    return select(TalentPool)


def get_pool(session: Session, actor: Actor, pool_id: uuid.UUID) -> TalentPool:
    """One pool, or NotFound; every signed-in `actor` may read every pool."""
    pool = session.get(TalentPool, pool_id)
    if pool is None:
        raise NotFound("No such talent pool.")
    return pool


def list_members_stmt(session: Session, actor: Actor, pool_id: uuid.UUID) -> Select[PoolMember]:
    """The members of a pool whose candidate the actor may see."""
    get_pool(session, actor, pool_id)
    return select(PoolMember).where(
        PoolMember.pool_id == pool_id,
        access.candidate_clause(actor, PoolMember.candidate_id),  # type: ignore[arg-type]
    )


def create_pool(
    session: Session,
    actor: Actor,
    *,
    name: str,
    description: str = "",
    pool_id: uuid.UUID | None = None,
) -> TalentPool:
    """A new pool made by an admin or recruiter; names are unique whatever their case."""
    access.ensure_staff(actor, "create talent pools")
    name = _valid_name(name)
    description = _valid_description(description)
    _ensure_name_free(session, name, keep=None)
    new_ids.ensure_new_id(session, TalentPool, pool_id, "A talent pool")
    pool = TalentPool(name=name, description=description, created_by_id=actor.user_id)
    if pool_id is not None:
        pool.id = pool_id
    session.add(pool)
    session.flush()
    return pool


def update_pool(
    session: Session,
    actor: Actor,
    pool_id: uuid.UUID,
    *,
    name: str | None = None,
    description: str | None = None,
) -> TalentPool:
    """Rename a pool or change its description; the system pool refuses."""
    access.ensure_staff(actor, "change talent pools")
    pool = _changeable_pool(session, pool_id)
    if name is not None:
        name = _valid_name(name)
        if name != pool.name:
            _ensure_name_free(session, name, keep=pool.id)
            pool.name = name
    if description is not None:
        description = _valid_description(description)
        if description != pool.description:
            pool.description = description
    session.flush()
    return pool


def add_member(
    session: Session, actor: Actor, pool_id: uuid.UUID, candidate_id: uuid.UUID
) -> PoolMember:
    """Put a candidate in a pool; adding a member again answers the existing row."""
    member, _created = put_member(session, actor, pool_id, candidate_id)
    return member


def put_member(
    session: Session, actor: Actor, pool_id: uuid.UUID, candidate_id: uuid.UUID
) -> tuple[PoolMember, bool]:
    """`add_member`, also saying whether the row is new (REST answers 201 or 200)."""
    access.ensure_staff(actor, "add candidates to talent pools")
    pool = _changeable_pool(session, pool_id)
    return _put_member(session, pool, candidate_id, added_by=actor.user_id)


def remove_member(
    session: Session, actor: Actor, pool_id: uuid.UUID, candidate_id: uuid.UUID
) -> None:
    """Take a candidate out of a pool; a candidate who is not in it is left as they are."""
    access.ensure_staff(actor, "remove candidates from talent pools")
    pool = _changeable_pool(session, pool_id)
    _ensure_candidate(session, candidate_id)
    member = _find_member(session, pool.id, candidate_id)
    if member is not None:
        session.delete(member)
        session.flush()


def add_system_member(session: Session, pool_key: str, candidate_id: uuid.UUID) -> PoolMember:
    """Put a candidate in a system pool (`pool_key` "linkedin"): for the LinkedIn
    integration only, which acts for nobody, so no permission is checked. Idempotent."""
    pool = session.scalars(
        select(TalentPool).where(TalentPool.system_key == pool_key).with_for_update()
    ).one_or_none()
    if pool is None:
        raise NotFound(f"There is no system talent pool {pool_key!r}.")
    member, _created = _put_member(session, pool, candidate_id, added_by=None)
    return member


# --- Internals ---------------------------------------------------------------------------


def _changeable_pool(session: Session, pool_id: uuid.UUID) -> TalentPool:
    # The lock serialises changes of one pool, so two people adding the same candidate at
    # once on PostgreSQL find each other's row instead of a unique violation, and two
    # renames wait for each other instead of failing on the version check. The row is read
    # again under the lock, in case this session loaded it before another commit.
    pool = session.get(TalentPool, pool_id, with_for_update=True, populate_existing=True)
    if pool is None:
        raise NotFound("No such talent pool.")
    if pool.is_system:
        raise Forbidden(SYSTEM_POOL_REFUSAL)
    return pool


def _put_member(
    session: Session, pool: TalentPool, candidate_id: uuid.UUID, *, added_by: uuid.UUID | None
) -> tuple[PoolMember, bool]:
    _ensure_candidate(session, candidate_id)
    existing = _find_member(session, pool.id, candidate_id)
    if existing is not None:
        return existing, False
    member = PoolMember(pool_id=pool.id, candidate_id=candidate_id, added_by_id=added_by)
    session.add(member)
    session.flush()
    return member, True


def _find_member(
    session: Session, pool_id: uuid.UUID, candidate_id: uuid.UUID
) -> PoolMember | None:
    return session.scalars(
        select(PoolMember).where(
            PoolMember.pool_id == pool_id, PoolMember.candidate_id == candidate_id
        )
    ).one_or_none()


def _ensure_candidate(session: Session, candidate_id: uuid.UUID) -> None:
    # Only staff change pools and staff see every candidate, so existence is the whole check.
    if session.get(Candidate, candidate_id) is None:
        raise NotFound("No such candidate.")


def _valid_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise Invalid("A talent pool needs a name.")
    name = name.strip()
    if len(name) > NAME_MAX:
        raise Invalid(f"A talent pool's name can be at most {NAME_MAX} characters long.")
    return name


def _valid_description(description: str) -> str:
    if not isinstance(description, str):
        raise Invalid("A talent pool's description must be text.")
    if len(description) > DESCRIPTION_MAX:
        raise Invalid(
            f"A talent pool's description can be at most {DESCRIPTION_MAX} characters long."
        )
    return description


def _ensure_name_free(session: Session, name: str, *, keep: uuid.UUID | None) -> None:
    stmt = select(TalentPool).where(func.lower(TalentPool.name) == name.lower())
    if keep is not None:
        stmt = stmt.where(TalentPool.id != keep)
    clash = session.scalars(stmt.limit(1)).first()
    if clash is not None:
        raise Duplicate(f"A talent pool named {clash.name!r} already exists.", public(clash))

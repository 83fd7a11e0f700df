"""Users of the organisation: creating them, changing them, deactivating them.

Users are never deleted (history names them); an admin deactivates them instead, which signs
out every session of theirs at once. E-mail addresses are stored lower-cased, so the unique
index finds duplicates whatever the case.
"""

import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from recruiter_api.enums import OrgRole
from recruiter_api.requests import UserCreate, UserUpdate
from recruiter_server.auth.passwords import hash_password
from recruiter_server.auth.sessions import normalize_email, revoke_user_sessions
from recruiter_server.db import locks
from recruiter_server.db.models import User
from recruiter_server.domain.access import ensure_admin
from recruiter_server.domain.actor import Actor
from recruiter_server.domain.errors import Duplicate, Invalid, NotFound
from recruiter_server.sync.serialize import public


def create_user(
    session: Session,
    *,
    email: str,
    first_name: str,
    last_name: str,
    role: OrgRole,
    password: str,
) -> User:
    """Create a user without checking who asks (the `create-admin` command, the demo seed).

    Input is held to the same rules as the REST body; a taken e-mail raises Duplicate.
    """
    try:
        body = UserCreate(
            email=email, first_name=first_name, last_name=last_name, role=role, password=password
        )
    except ValidationError as exc:
        raise Invalid(_in_words(exc)) from exc
    address = normalize_email(str(body.email))
    # Two admins adding the same person at once would both pass the check below and one
    # would hit the unique index; the lock makes the second get the Duplicate answer.
    locks.lock(session, "user-email:" + address)
    existing = session.scalars(select(User).where(User.email == address)).first()
    if existing is not None:
        raise Duplicate(
            f"A user with the e-mail {address} already exists: "
            f"{existing.first_name} {existing.last_name}.",
            entity=public(existing),
        )
    user = User(
        email=address,
        first_name=body.first_name,
        last_name=body.last_name,
        role=body.role.value,
        active=True,
        password_hash=hash_password(body.password),
    )
    session.add(user)
    session.flush()
    return user


def admin_create_user(session: Session, actor: Actor, body: UserCreate) -> User:
    """An admin adds a user to the organisation."""
    ensure_admin(actor, "add users")
    return create_user(
        session,
        email=str(body.email),
        first_name=body.first_name,
        last_name=body.last_name,
        role=body.role,
        password=body.password,
    )


def update_user(session: Session, actor: Actor, user_id: uuid.UUID, body: UserUpdate) -> User:
    """An admin changes a user's names, role, password or whether they may sign in.

    Deactivating a user or setting a new password signs out all of their sessions. Admins
    cannot lock themselves out: they may neither deactivate themselves nor drop their own
    admin role, which also keeps at least one active admin in the organisation.
    """
    ensure_admin(actor, "change users")
    user = get_user(session, actor, user_id)
    if user.id == actor.user_id:
        if body.active is False:
            raise Invalid("You cannot deactivate your own account; ask another admin to do it.")
        if body.role is not None and body.role is not OrgRole.ADMIN:
            raise Invalid("You cannot remove your own admin role; ask another admin to do it.")
    if body.first_name is not None:
        user.first_name = body.first_name
    if body.last_name is not None:
        user.last_name = body.last_name
    if body.role is not None:
        user.role = body.role.value
    if body.active is not None and body.active != user.active:
        user.active = body.active
        if not body.active:
            revoke_user_sessions(session, user.id, "account deactivated")
    if body.password is not None:
        user.password_hash = hash_password(body.password)
        revoke_user_sessions(session, user.id, "password changed")
    session.flush()
    return user


def get_user(session: Session, actor: Actor, user_id: uuid.UUID) -> User:
    """Any signed-in user may see every user of the organisation."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


def users_query(actor: Actor, *, role: OrgRole | None, active: bool | None) -> Select[Any]:
    """The users a list shows, filtered by role and by whether they may sign in."""
    stmt = select(User)
    if role is not None:
        stmt = stmt.where(User.role == role.value)
    if active is not None:
        stmt = stmt.where(User.active == active)
    return stmt


def _in_words(exc: ValidationError) -> str:
    problems = "; ".join(
        f"{'.'.join(str(part) for part in err['loc']) or 'user'}: {err['msg']}"
        for err in exc.errors()
    )
    return f"The user is not valid: {problems}"

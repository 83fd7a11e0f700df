"""Routes of /api/v1/users: everyone lists users; admins add and change them."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from recruiter_api.entities import Page, User
from recruiter_api.enums import OrgRole
from recruiter_api.requests import UserCreate, UserUpdate
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db import models
from recruiter_server.domain import users as domain

router = APIRouter(prefix="/users", tags=["users"])


@router.get("")
def list_users(
    actor: CurrentActor,
    session: ReadSession,
    paging: Annotated[PageParams, Depends(page_params)],
    role: Annotated[OrgRole | None, Query(description="Only users with this role")] = None,
    active: Annotated[bool | None, Query(description="Only active or only deactivated")] = None,
) -> Page[User]:
    """The users of the organisation, a page at a time."""
    stmt = domain.users_query(actor, role=role, active=active)
    return fetch_page(session, stmt, models.User.id, paging, User.model_validate)


@router.get("/{user_id}")
def read_user(user_id: uuid.UUID, actor: CurrentActor, session: ReadSession) -> User:
    """One user."""
    return User.model_validate(domain.get_user(session, actor, user_id))


@router.post("", status_code=status.HTTP_201_CREATED)
def create_user(body: UserCreate, actor: CurrentActor, session: WriteSession) -> User:
    """Add a user (admins only); 409 names the user who already has the e-mail."""
    user = domain.admin_create_user(session, actor, body)
    session.commit()
    return User.model_validate(user)


@router.patch("/{user_id}")
def update_user(
    user_id: uuid.UUID, body: UserUpdate, actor: CurrentActor, session: WriteSession
) -> User:
    """Change a user's names, role, password or active flag (admins only)."""
    user = domain.update_user(session, actor, user_id, body)
    session.commit()
    return User.model_validate(user)

"""Routes of /api/v1/pools: talent pools and their members."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from recruiter_api import entities as api
from recruiter_api.requests import PoolCreate, PoolUpdate
from recruiter_server.api.deps import CurrentActor, ReadSession, WriteSession
from recruiter_server.api.paging import PageParams, fetch_page, page_params
from recruiter_server.db.models import PoolMember, TalentPool
from recruiter_server.domain import pools

router = APIRouter(tags=["pools"])

Paging = Annotated[PageParams, Depends(page_params)]


@router.get("/pools")
def list_pools(
    session: ReadSession, actor: CurrentActor, paging: Paging
) -> api.Page[api.TalentPool]:
    """Every talent pool of the organisation, the system LinkedIn pool included."""
    return fetch_page(
        session, pools.list_pools_stmt(actor), TalentPool.id, paging, api.TalentPool.model_validate
    )


@router.post("/pools", status_code=status.HTTP_201_CREATED)
def create_pool(body: PoolCreate, session: WriteSession, actor: CurrentActor) -> api.TalentPool:
    """A new talent pool (admins and recruiters)."""
    pool = pools.create_pool(session, actor, name=body.name, description=body.description)
    session.commit()
    return api.TalentPool.model_validate(pool)


@router.get("/pools/{pool_id}")
def get_pool(pool_id: uuid.UUID, session: ReadSession, actor: CurrentActor) -> api.TalentPool:
    return api.TalentPool.model_validate(pools.get_pool(session, actor, pool_id))


@router.patch("/pools/{pool_id}")
def update_pool(
    pool_id: uuid.UUID, body: PoolUpdate, session: WriteSession, actor: CurrentActor
) -> api.TalentPool:
    """Rename a pool or change its description (admins and recruiters; not the system pool)."""
    pool = pools.update_pool(session, actor, pool_id, name=body.name, description=body.description)
    session.commit()
    return api.TalentPool.model_validate(pool)


@router.get("/pools/{pool_id}/members")
def list_members(
    pool_id: uuid.UUID, session: ReadSession, actor: CurrentActor, paging: Paging
) -> api.Page[api.PoolMember]:
    """The pool's members whose candidate the caller may see."""
    stmt = pools.list_members_stmt(session, actor, pool_id)
    return fetch_page(session, stmt, PoolMember.id, paging, api.PoolMember.model_validate)


@router.put(
    "/pools/{pool_id}/members/{candidate_id}",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": api.PoolMember, "description": "The candidate was already a member"}},
)
def add_member(
    pool_id: uuid.UUID,
    candidate_id: uuid.UUID,
    session: WriteSession,
    actor: CurrentActor,
    response: Response,
) -> api.PoolMember:
    """Put a candidate in a pool: 201 with the new member, or 200 with the existing one."""
    member, created = pools.put_member(session, actor, pool_id, candidate_id)
    session.commit()
    if not created:
        response.status_code = status.HTTP_200_OK
    return api.PoolMember.model_validate(member)


@router.delete("/pools/{pool_id}/members/{candidate_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_member(
    pool_id: uuid.UUID, candidate_id: uuid.UUID, session: WriteSession, actor: CurrentActor
) -> None:
    """Take a candidate out of a pool; a candidate who is not in it answers 204 too."""
    pools.remove_member(session, actor, pool_id, candidate_id)
    session.commit()

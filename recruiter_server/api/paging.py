"""Keyset paging of REST lists: `?limit=&after=`, ordered by id, stable under inserts."""

import uuid
from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session

from recruiter_api.entities import Page

T = TypeVar("T", bound=BaseModel)


class PageParams(BaseModel):
    limit: int = 100
    after: uuid.UUID | None = None


def page_params(
    limit: Annotated[int, Query(ge=1, le=500, description="Items per page")] = 100,
    after: Annotated[
        uuid.UUID | None, Query(description="`next_after` of the previous page")
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, after=after)


def fetch_page(
    session: Session,
    stmt: Select[Any],
    id_column: InstrumentedAttribute[uuid.UUID],
    params: PageParams,
    to_item: Callable[[Any], T],
) -> Page[T]:
    """Run `stmt` (selecting ORM rows) one page at a time."""
    if params.after is not None:
        stmt = stmt.where(id_column > params.after)
    rows: Sequence[Any] = session.scalars(stmt.order_by(id_column).limit(params.limit + 1)).all()
    items = [to_item(row) for row in rows[: params.limit]]
    next_after = rows[params.limit - 1].id if len(rows) > params.limit else None
    return Page[T](items=items, next_after=next_after)

"""Rows whose id the client chose: an offline client makes the UUID of a note, a feedback or
a candidate itself, so that its later changes can name the row before the server saw it."""

import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from recruiter_server.db.models import Synced
from recruiter_server.domain.errors import Duplicate
from recruiter_server.sync.serialize import public


def ensure_new_id(
    session: Session,
    model: type[Synced],
    row_id: uuid.UUID | None,
    what: str,
    *,
    may_see: Callable[[Synced], bool] = lambda _row: True,
) -> None:
    """Refuse an id that is taken; the existing row is named only to whom may see it.
    `what` starts the message: "A note" -> "A note with this id already exists."."""
    if row_id is None:
        return
    existing = session.get(model, row_id)
    if existing is not None:
        shown = public(existing) if may_see(existing) else None
        raise Duplicate(f"{what} with this id already exists.", shown)

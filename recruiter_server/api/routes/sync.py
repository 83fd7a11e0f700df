"""Routes of /api/v1/sync: the pull feed and the mutation push (stable)."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from recruiter_api.enums import FeedShape
from recruiter_api.sync import (
    CURSOR_HEADER,
    HAS_MORE_HEADER,
    ChangesPage,
    MutationBatch,
    MutationResults,
    ResetRequired,
    RowsPage,
)
from recruiter_server.api.deps import CurrentActor, DatabaseDep, ReadSession, SettingsDep
from recruiter_server.sync import feed, mutations

router = APIRouter(prefix="/sync", tags=["sync"])


@router.get("/changes", response_model=ChangesPage | RowsPage | ResetRequired)
def changes(
    *,
    session: ReadSession,
    actor: CurrentActor,
    settings: SettingsDep,
    cursor: Annotated[
        str | None,
        Query(max_length=400, description="`cursor` of the previous page; none: from the start"),
    ] = None,
    limit: Annotated[int | None, Query(ge=1, le=10_000, description="Changes per page")] = None,
    shape: Annotated[
        FeedShape, Query(description="`changes`: an object a change; `rows`: an array a change")
    ] = FeedShape.CHANGES,
) -> Response:
    """The changes the caller may see since the cursor, in commit order."""
    page = feed.pull(session, actor, cursor, limit or settings.sync_page_limit, shape)
    if isinstance(page, feed.Reset):
        return JSONResponse({"reset_required": True, "reason": page.reason})
    # The database rendered each row's JSON; validating thousands of rows again here would
    # cost more than reading them.
    headers = {CURSOR_HEADER: page.cursor, HAS_MORE_HEADER: "true" if page.has_more else "false"}
    return Response(page.to_json(), media_type="application/json", headers=headers)


@router.post("/mutations")
def push(db: DatabaseDep, actor: CurrentActor, batch: MutationBatch) -> MutationResults:
    """Apply the client's mutations in order; a replayed mutation id gets its first answer."""
    return MutationResults(results=mutations.apply_all(db, actor, batch))

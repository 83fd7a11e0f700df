"""Messages of the sync protocol: the pull feed and the mutation push (see DESIGN.md)."""

from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from recruiter_api.enums import ChangeOp, FeedShape, MutationStatus, SyncEntity

# Mutation types, named `entity.verb` (stable).
MOVE_STAGE = "application.move_stage"
REJECT = "application.reject"
WITHDRAW = "application.withdraw"
HIRE = "application.hire"
NOTE_CREATE = "note.create"
FEEDBACK_SUBMIT = "feedback.submit"
FEEDBACK_UPDATE = "feedback.update"
POOL_ADD_MEMBER = "pool.add_member"
POOL_REMOVE_MEMBER = "pool.remove_member"
CANDIDATE_UPDATE = "candidate.update"
LINK_PROFILE = "linkedin.link_profile"
UNLINK_PROFILE = "linkedin.unlink_profile"


class Change(BaseModel):
    """One row of the feed: the entity's current data, or a tombstone (`data` is null)."""

    entity: SyncEntity
    id: UUID
    op: ChangeOp
    version: int
    data: dict[str, Any] | None


class ChangesPage(BaseModel):
    changes: list[Change]
    cursor: str
    has_more: bool
    total: int | None = Field(
        default=None,
        description="First page only: how many changes the whole pull sends (for progress)",
    )


# A page's `cursor` and `has_more` again, as headers of the answer: a client that reads
# them can ask for the next page before it has decoded this one.
CURSOR_HEADER = "Sync-Cursor"
HAS_MORE_HEADER = "Sync-Has-More"


class RowsPage(BaseModel):
    """A page of the feed in the `rows` shape (`?shape=rows`): the same changes, in the same
    order, as arrays: `["candidate", "upsert", [values in fields["candidate"] order]]` or
    `["note", "delete", "<id>", <version>]`."""

    shape: Literal[FeedShape.ROWS]
    fields: dict[SyncEntity, list[str]] = Field(
        description="Each entity's field names, in the order of its rows' values"
    )
    changes: list[
        tuple[SyncEntity, Literal[ChangeOp.UPSERT], list[Any]]
        | tuple[SyncEntity, Literal[ChangeOp.DELETE], UUID, int]
    ]
    cursor: str
    has_more: bool
    total: int | None = Field(
        default=None,
        description="First page only: how many changes the whole pull sends (for progress)",
    )


class ResetRequired(BaseModel):
    """The delta since the cursor cannot be computed: drop the cache and pull from the start."""

    reset_required: Literal[True] = True
    reason: str


MAX_MUTATIONS_PER_PUSH = 500


class Mutation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: UUID = Field(description="Client-made mutation id; a replay is answered, never re-applied")
    type: Annotated[str, Field(min_length=3, max_length=64, pattern=r"^[a-z_]+\.[a-z_]+$")]
    entity_id: UUID = Field(description="The target, or the new row's client-made UUID")
    base_version: int | None = Field(default=None, ge=0)
    args: dict[str, Any] = {}


class MutationBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mutations: Annotated[list[Mutation], Field(max_length=MAX_MUTATIONS_PER_PUSH)]


class MutationResult(BaseModel):
    id: UUID
    status: MutationStatus
    detail: str | None = None
    entity: dict[str, Any] | None = None


class MutationResults(BaseModel):
    results: list[MutationResult]

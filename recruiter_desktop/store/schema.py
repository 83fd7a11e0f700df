"""The tables of the local cache.

The entity tables are a disposable copy of what the server lets the user see: their columns
are derived from the wire models (recruiter_api.entities), so the cache cannot drift from
the feed. Values are stored exactly as the feed sends them: UUIDs and timestamps as their
wire text, booleans as 0/1, lists (tags) as JSON text. Applying a page therefore needs no
conversion per value, and a row read back is the wire `data` again.

The outbox, the sync state and the user-facing messages are the client's own: they are kept
across schema changes and migrated explicitly (database.py).
"""

import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel
from sqlalchemy import (
    Column,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    column,
    table,
    text,
)
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.types import TypeEngine

from recruiter_api import entities as api
from recruiter_api import linkedin
from recruiter_api.enums import SyncEntity

# Bump on any change of the tables below, and add the step to database.py's MIGRATIONS.
# 1: first release. 2: outbox.summary; candidates' name index ignores case. 3: applications
# index covers counts per stage; search prefixes of one letter. 4: the LinkedIn entities.
# 5: the search index in a file of its own.
SCHEMA_VERSION = 5

metadata = MetaData()


def _sql_type(annotation: Any) -> tuple[type[TypeEngine[Any]], bool, bool]:
    """(column type, nullable, stored as JSON text) of a wire field's annotation."""
    nullable = False
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        nullable = True
        (annotation,) = [a for a in args if a is not type(None)]
    if typing.get_origin(annotation) is list:
        return Text, nullable, True
    if annotation is bool or annotation is int:
        return Integer, nullable, False
    if annotation in (str, UUID, datetime) or (
        isinstance(annotation, type) and issubclass(annotation, Enum)
    ):
        return Text, nullable, False
    raise TypeError(f"no cache column type for the wire type {annotation!r}")


def _entity_table(name: str, model: type[BaseModel], *indexes: tuple[str, ...]) -> Table:
    columns: list[Column[Any]] = []
    for field, info in model.model_fields.items():
        sql_type, nullable, _ = _sql_type(info.annotation)
        columns.append(Column(field, sql_type, primary_key=field == "id", nullable=nullable))
    tbl = Table(name, metadata, *columns)
    for cols in indexes:
        Index(f"ix_{name}_{'_'.join(cols)}", *(tbl.c[c] for c in cols))
    return tbl


def _nocase(tbl: Table, *cols: str) -> Index:
    """An index that serves `ORDER BY col COLLATE NOCASE` and case-blind prefix ranges."""
    return Index(
        f"ix_{tbl.name}_{'_'.join(cols)}_nocase", *(tbl.c[c].collate("NOCASE") for c in cols)
    )


users = _entity_table("users", api.User)
jobs = _entity_table("jobs", api.Job)
stages = _entity_table("stages", api.Stage, ("job_id", "position"))
job_roles = _entity_table("job_roles", api.JobRole, ("user_id",), ("job_id",))
candidates = _entity_table("candidates", api.Candidate)
# A list sorted by name must not put "de Vries" after "Zimmermann".
_nocase(candidates, "last_name", "first_name")
# Who holds a LinkedIn member (before linking them to someone else): the few with one only.
Index(
    "ix_candidates_linkedin_member_id",
    candidates.c.linkedin_member_id,
    sqlite_where=candidates.c.linkedin_member_id.is_not(None),
)
applications = _entity_table(
    "applications",
    api.Application,
    # Counts per stage and the board read the index alone (active ones, by time in stage).
    ("job_id", "status", "stage_id", "stage_entered_at"),
    ("candidate_id",),
)
stage_changes = _entity_table("stage_changes", api.StageChange, ("application_id",))
talent_pools = _entity_table("talent_pools", api.TalentPool)
pool_members = _entity_table("pool_members", api.PoolMember, ("pool_id",), ("candidate_id",))
notes = _entity_table("notes", api.Note, ("candidate_id",))
feedback = _entity_table("feedback", api.Feedback, ("application_id",))
# One row: the organisation's LinkedIn setup.
linkedin_integrations = _entity_table("linkedin_integrations", linkedin.LinkedInIntegration)
# A candidate's link; a member linked to another candidate cannot be linked again.
linkedin_links = _entity_table(
    "linkedin_links", linkedin.LinkedInLink, ("candidate_id",), ("member_id",)
)
# A candidate's history, paged newest first.
inmail_messages = _entity_table(
    "inmail_messages", linkedin.InMailMessage, ("candidate_id", "sent_at")
)
linkedin_notes = _entity_table(
    "linkedin_notes", linkedin.LinkedInNote, ("candidate_id", "created_at")
)


@dataclass(frozen=True)
class EntitySpec:
    """How one feed entity lands in the cache: its table, its fields in column order, the
    fields held as JSON text, and the statements that write its rows.

    `upsert_sql` takes `values(data)`; it updates a row in place (ON CONFLICT DO UPDATE
    rather than INSERT OR REPLACE), so a row keeps its rowid: the search index is keyed by
    the candidates' rowids. `delete_sql` takes `(id,)`."""

    entity: str
    table: Table
    fields: tuple[str, ...]
    json_fields: frozenset[str]
    upsert_sql: str
    delete_sql: str

    def values(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        """The row of `data` (a feed change's data) in column order, lists as JSON text.

        Raises ValueError naming the field when `data` lacks one."""
        try:
            row = tuple(data[f] for f in self.fields)
        except KeyError as exc:
            raise ValueError(f"The server sent a {self.entity} without its {exc.args[0]}.") from exc
        if self.json_fields:
            row = tuple(
                json.dumps(v) if f in self.json_fields else v
                for f, v in zip(self.fields, row, strict=True)
            )
        return row


def _spec(entity: SyncEntity, tbl: Table, model: type[BaseModel]) -> EntitySpec:
    # Identifiers below come from our own models, never from data.
    fields = tuple(model.model_fields)
    names = ", ".join(f'"{f}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    updates = ", ".join(f'"{f}" = excluded."{f}"' for f in fields if f != "id")
    on_conflict = f"ON CONFLICT (id) DO UPDATE SET {updates}"
    return EntitySpec(
        entity=entity.value,
        table=tbl,
        fields=fields,
        json_fields=frozenset(
            f for f, info in model.model_fields.items() if _sql_type(info.annotation)[2]
        ),
        upsert_sql=f'INSERT INTO "{tbl.name}" ({names}) VALUES ({marks}) {on_conflict}',  # noqa: S608
        delete_sql=f'DELETE FROM "{tbl.name}" WHERE id = ?',  # noqa: S608
    )


ENTITIES: dict[str, EntitySpec] = {
    spec.entity: spec
    for spec in (
        _spec(SyncEntity.USER, users, api.User),
        _spec(SyncEntity.JOB, jobs, api.Job),
        _spec(SyncEntity.STAGE, stages, api.Stage),
        _spec(SyncEntity.JOB_ROLE, job_roles, api.JobRole),
        _spec(SyncEntity.CANDIDATE, candidates, api.Candidate),
        _spec(SyncEntity.APPLICATION, applications, api.Application),
        _spec(SyncEntity.STAGE_CHANGE, stage_changes, api.StageChange),
        _spec(SyncEntity.TALENT_POOL, talent_pools, api.TalentPool),
        _spec(SyncEntity.POOL_MEMBER, pool_members, api.PoolMember),
        _spec(SyncEntity.NOTE, notes, api.Note),
        _spec(SyncEntity.FEEDBACK, feedback, api.Feedback),
        _spec(SyncEntity.LINKEDIN_INTEGRATION, linkedin_integrations, linkedin.LinkedInIntegration),
        _spec(SyncEntity.LINKEDIN_LINK, linkedin_links, linkedin.LinkedInLink),
        _spec(SyncEntity.INMAIL_MESSAGE, inmail_messages, linkedin.InMailMessage),
        _spec(SyncEntity.LINKEDIN_NOTE, linkedin_notes, linkedin.LinkedInNote),
    )
}
"""Feed entity name ("candidate") -> how it is stored."""

ENTITY_TABLES: tuple[Table, ...] = tuple(spec.table for spec in ENTITIES.values())
ENTITY_BY_TABLE: dict[str, EntitySpec] = {spec.table.name: spec for spec in ENTITIES.values()}


# --- The client's own tables (kept across schema changes) ---------------------------------

outbox = Table(
    "outbox",
    metadata,
    # The send order: AUTOINCREMENT so a number is never reused after the queue empties.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),  # the client mutation id (UUID text)
    Column("type", Text, nullable=False),  # "application.move_stage"
    Column("entity_id", Text, nullable=False),
    Column("base_version", Integer, nullable=True),
    Column("args", Text, nullable=False),  # JSON object, exactly as the server expects
    # JSON list of {"table", "id", "before": the row as stored, or null when the effect
    # created it}: the rows the optimistic effect changed or created, as they were.
    Column("undo", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    # The change in words ("Move Ada Lovelace to Interview on Backend Engineer"), for the list
    # of pending changes and for the message when the server refuses it.
    Column("summary", Text, nullable=False, server_default=text("''")),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("last_attempt_at", Text, nullable=True),
    Column("last_error", Text, nullable=True),
    sqlite_autoincrement=True,
)


class StateKey(StrEnum):
    """The keys of `sync_state`."""

    CURSOR = "cursor"  # the feed's opaque cursor; absent = pull from the start
    LAST_SUCCESS = "last_success"  # ISO 8601 UTC time of the last complete sync
    SERVER_ID = "server_id"
    USER_ID = "user_id"
    ROLE = "role"
    # The search file's generation this file is in step with (search_state below).
    SEARCH_GENERATION = "search_generation"


sync_state = Table(
    "sync_state",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=True),
)

sync_messages = Table(
    "sync_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("read", Integer, nullable=False, server_default=text("0")),
    sqlite_autoincrement=True,
)
Index("ix_sync_messages_read", sync_messages.c.read)

# What the user saw when making a change that the server is not sent (the profile of the
# LinkedIn member being linked: the mutation carries the member id alone), so that the
# change's optimistic effect shows the same each time it is applied again. At most one row a
# queued mutation (`id` is the outbox's), gone when the mutation leaves the outbox.
mutation_hints = Table(
    "mutation_hints",
    metadata,
    Column("id", Text, primary_key=True),
    Column("hints", Text, nullable=False),  # JSON object
)

CLIENT_TABLES: tuple[Table, ...] = (outbox, sync_state, sync_messages, mutation_hints)


# --- Full-text search over candidates -----------------------------------------------------

# The index lives in a file of its own beside the cache (`<cache>.search.sqlite3`), attached
# to every connection as SEARCH_SCHEMA, so that a first sync builds it in a child process
# while the app builds the cache's indexes (SQLite lets one writer at a time into a file;
# store/sql_apart.py says why not a thread). Queries
# name its table unqualified. A transaction spanning both files is not atomic across them
# after a crash (WAL), so each counts its changes to the index (search_state.generation,
# and sync_state's SEARCH_GENERATION): when they differ on opening, the index is rebuilt.
SEARCH_SCHEMA = "search"
# Its rowid is the candidate's rowid in `candidates` (apply.py keeps a candidate's rowid
# stable across updates), so a match joins back with `candidates.rowid = candidate_search.rowid`.
# Columns: name = "first last", email, headline, location, tags (space-separated), jobs =
# the titles of the jobs the candidate has applications in.
FTS_TABLE = "candidate_search"
FTS_COLUMNS = ("name", "email", "headline", "location", "tags", "jobs")
FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_SCHEMA}.{FTS_TABLE} USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
SEARCH_STATE_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SEARCH_SCHEMA}.search_state (generation INTEGER NOT NULL)"
)

candidate_search: TableClause = table(
    FTS_TABLE, column("rowid", Integer), *(column(c, Text) for c in FTS_COLUMNS)
)
"""A Core handle on the FTS table for queries (it is created by FTS_DDL, not by metadata)."""

# Letters that Unicode does not decompose into a base letter and an accent, so FTS5's
# remove_diacritics keeps them; names are folded by hand so that "lukasz" finds Łukasz and
# "weiss" finds Weiß. search.fold folds typed words the same way.
SEARCH_FOLDS: tuple[tuple[str, str], ...] = (
    ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"),
    ("œ", "oe"), ("Œ", "Oe"), ("ß", "ss"), ("đ", "d"), ("Đ", "D"), ("ð", "d"),
    ("Ð", "D"), ("þ", "th"), ("Þ", "Th"), ("ħ", "h"), ("Ħ", "H"), ("ı", "i"),  # noqa: RUF001 (the dotless i is meant)
)  # fmt: skip


def _folded(expression: str) -> str:
    for letter, plain in SEARCH_FOLDS:
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


# The FTS row of candidates selected by `WHERE {where}` (one source of truth for apply.py
# and for rebuilding the whole index). Names are folded only when they hold a letter to
# fold (one in a hundred): the eighteen replace() calls cost a third of building the rows.
_NAME = "c.first_name || ' ' || c.last_name"
_FOLDABLE = "".join(letter for letter, _ in SEARCH_FOLDS)
_FOLDED_NAME = f"CASE WHEN {_NAME} GLOB '*[{_FOLDABLE}]*' THEN {_folded(_NAME)} ELSE {_NAME} END"
_ROW_VALUES = (
    f"SELECT c.rowid, {_FOLDED_NAME}, coalesce(c.email, ''), c.headline, c.location,"  # noqa: S608 (constants)
    " coalesce((SELECT group_concat(t.value, ' ') FROM json_each(c.tags) AS t), ''),"
)
FTS_ROWS_SELECT = (
    _ROW_VALUES  # noqa: S608 (constants)
    + " coalesce((SELECT group_concat(j.title, ' ') FROM applications AS a"
    "  JOIN jobs AS j ON j.id = a.job_id WHERE a.candidate_id = c.id), '')"
    " FROM candidates AS c"
)
# Every candidate's row, with the job titles gathered in one pass: for a rebuild, which may
# run while the applications' index by candidate is being built (so cannot use it).
FTS_ALL_ROWS_SELECT = (
    _ROW_VALUES  # noqa: S608 (constants)
    + " coalesce(g.titles, '') FROM candidates AS c LEFT JOIN"
    " (SELECT a.candidate_id, group_concat(j.title, ' ') AS titles FROM applications AS a"
    "  JOIN jobs AS j ON j.id = a.job_id GROUP BY a.candidate_id) AS g"
    " ON g.candidate_id = c.id"
)
FTS_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) "


def wire_timestamp(at: datetime | None = None) -> str:
    """`at` (default: now) as the wire writes timestamps: ISO 8601 UTC ending in "Z"."""
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    # Always with microseconds, as the server writes them, so the texts sort as the times.
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

"""The optimistic effects of queued mutations on the cache, and how to take them back.

Each mutation type has an effect: what the server will most likely do, applied to the cached
rows at once so the user sees their change. While an effect runs, every row it changes or
creates is remembered as it was (the undo snapshot, kept in the outbox row).

The cache holds the server's rows with the pending effects on top. To bring in anything
from the server (a pulled page, the answer to a push), the effects are rewound newest first
(each snapshot restored), the server's rows written, and the still-pending effects replayed
oldest first on top of them, taking fresh snapshots. Rewinding everything rather than one
mutation keeps the snapshots chained: each describes the rows as the one before it left them.

Rows an effect creates that the server will make under its own id (a stage change) are
provisional: they carry version 0 and an id derived from the mutation id, and vanish when
the effect is rewound; the server's row arrives with the next pull.
"""

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from recruiter_api import sync as wire
from recruiter_desktop.store import hints, outbox, sync_state
from recruiter_desktop.store.schema import ENTITY_BY_TABLE

# Provisional ids: uuid5(mutation id, what) is the same each time the effect is replayed.
PROVISIONAL_VERSION = 0


def read_row(conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any] | None:
    """One cached row as stored (tags as JSON text), or None."""
    spec = ENTITY_BY_TABLE[table]
    cur = conn.execute(
        f'SELECT {", ".join(spec.fields)} FROM "{table}" WHERE id = ?',  # noqa: S608 (schema names)
        (row_id,),
    )
    row = cur.fetchone()
    return None if row is None else dict(zip(spec.fields, row, strict=True))


def write_row(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert or update one row from stored values (no JSON encoding: see EntitySpec.values
    for wire data)."""
    spec = ENTITY_BY_TABLE[table]
    conn.execute(spec.upsert_sql, tuple(row[f] for f in spec.fields))


class Effects:
    """The rows one mutation's effect touches, remembered before their first change.

    `hints` are what the user saw that the server is not sent (hints.py), e.g. the profile
    of the LinkedIn member being linked."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        mutation_id: str,
        at: str,
        user_id: str | None,
        hints: Mapping[str, Any] | None = None,
    ) -> None:
        self.conn = conn
        self.mutation_id = mutation_id
        self.at = at  # when the change was made (wire text): its timestamps
        self.user_id = user_id
        self.hints: Mapping[str, Any] = hints or {}
        self.undo: list[dict[str, Any]] = []
        self.candidates: set[str] = set()  # whose search rows need a refresh
        self.provisional: list[tuple[str, str]] = []  # (table, id) of provisional rows made
        self._seen: set[tuple[str, str]] = set()

    def provisional_id(self, what: str) -> str:
        return str(uuid.uuid5(uuid.UUID(self.mutation_id), what))

    def insert_provisional(self, table: str, what: str, row: dict[str, Any]) -> None:
        """Create a row the server will make under its own id."""
        row_id = self.provisional_id(what)
        if self.insert(table, {"id": row_id, "version": PROVISIONAL_VERSION, **row}):
            self.provisional.append((table, row_id))

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        return read_row(self.conn, table, row_id)

    def _remember(self, table: str, row_id: str, before: dict[str, Any] | None) -> None:
        if (table, row_id) not in self._seen:
            self._seen.add((table, row_id))
            self.undo.append({"table": table, "id": row_id, "before": before})
        if table == "candidates":
            self.candidates.add(row_id)

    def update(self, table: str, row_id: str, changes: dict[str, Any]) -> dict[str, Any] | None:
        """Change fields of an existing row (stored values); the new row, or None if absent."""
        row = self.get(table, row_id)
        if row is None:
            return None
        self._remember(table, row_id, row)
        new = {**row, **changes}
        write_row(self.conn, table, new)
        return new

    def insert(self, table: str, row: dict[str, Any]) -> bool:
        """Create a row unless one with its id exists already (the server's, after a push
        that was answered but not yet settled); whether it was created."""
        if self.get(table, row["id"]) is not None:
            return False
        self._remember(table, row["id"], None)
        write_row(self.conn, table, row)
        return True

    def delete(self, table: str, row_id: str) -> None:
        row = self.get(table, row_id)
        if row is not None:
            self._remember(table, row_id, row)
            self.conn.execute(ENTITY_BY_TABLE[table].delete_sql, (row_id,))


Effect = Callable[[Effects, str, dict[str, Any]], None]
EFFECTS: dict[str, Effect] = {}


def effect(kind: str) -> Callable[[Effect], Effect]:
    def register(fn: Effect) -> Effect:
        EFFECTS[kind] = fn
        return fn

    return register


def _history(
    fx: Effects,
    app: dict[str, Any],
    action: str,
    *,
    from_stage_id: str | None,
    to_stage_id: str,
    reason: str | None = None,
) -> None:
    fx.insert_provisional(
        "stage_changes",
        "stage_change",
        {
            "updated_at": fx.at,
            "application_id": app["id"],
            "job_id": app["job_id"],
            "candidate_id": app["candidate_id"],
            "action": action,
            "from_stage_id": from_stage_id,
            "to_stage_id": to_stage_id,
            "reason": reason,
            "changed_by_id": fx.user_id,
            "changed_at": fx.at,
        },
    )


def _active_application(fx: Effects, application_id: str) -> dict[str, Any] | None:
    app = fx.get("applications", application_id)
    return app if app is not None and app["status"] == "active" else None


@effect("application.move_stage")
def _move_stage(fx: Effects, application_id: str, args: dict[str, Any]) -> None:
    app = _active_application(fx, application_id)
    if app is None or app["stage_id"] == args["stage_id"]:
        return
    fx.update(
        "applications",
        application_id,
        {"stage_id": args["stage_id"], "stage_entered_at": fx.at, "updated_at": fx.at},
    )
    _history(fx, app, "moved", from_stage_id=app["stage_id"], to_stage_id=args["stage_id"])


@effect("application.reject")
def _reject(fx: Effects, application_id: str, args: dict[str, Any]) -> None:
    app = _active_application(fx, application_id)
    if app is None:
        return
    fx.update(
        "applications",
        application_id,
        {
            "status": "rejected",
            "reject_reason": args["reason"],
            "closed_at": fx.at,
            "updated_at": fx.at,
        },
    )
    _history(
        fx,
        app,
        "rejected",
        from_stage_id=app["stage_id"],
        to_stage_id=app["stage_id"],
        reason=args["reason"],
    )


@effect("application.withdraw")
def _withdraw(fx: Effects, application_id: str, args: dict[str, Any]) -> None:
    app = _active_application(fx, application_id)
    if app is None:
        return
    fx.update(
        "applications",
        application_id,
        {"status": "withdrawn", "closed_at": fx.at, "updated_at": fx.at},
    )
    _history(fx, app, "withdrawn", from_stage_id=app["stage_id"], to_stage_id=app["stage_id"])


@effect("application.hire")
def _hire(fx: Effects, application_id: str, args: dict[str, Any]) -> None:
    app = _active_application(fx, application_id)
    if app is None:
        return
    last = fx.conn.execute(
        "SELECT id FROM stages WHERE job_id = ? ORDER BY position DESC LIMIT 1", (app["job_id"],)
    ).fetchone()
    to_stage = last[0] if last is not None else app["stage_id"]
    changes: dict[str, Any] = {"status": "hired", "closed_at": fx.at, "updated_at": fx.at}
    if to_stage != app["stage_id"]:
        changes.update(stage_id=to_stage, stage_entered_at=fx.at)
    fx.update("applications", application_id, changes)
    _history(fx, app, "hired", from_stage_id=app["stage_id"], to_stage_id=to_stage)


@effect("note.create")
def _note_create(fx: Effects, note_id: str, args: dict[str, Any]) -> None:
    fx.insert(
        "notes",
        {
            "id": note_id,
            "version": PROVISIONAL_VERSION,
            "updated_at": fx.at,
            "candidate_id": args["candidate_id"],
            "application_id": args.get("application_id"),
            "author_id": fx.user_id,
            "body": args["body"],
            "created_at": fx.at,
        },
    )


@effect("feedback.submit")
def _feedback_submit(fx: Effects, feedback_id: str, args: dict[str, Any]) -> None:
    app = fx.get("applications", args["application_id"])
    if app is None or fx.user_id is None:
        return
    fx.insert(
        "feedback",
        {
            "id": feedback_id,
            "version": PROVISIONAL_VERSION,
            "updated_at": fx.at,
            "application_id": app["id"],
            "job_id": app["job_id"],
            "candidate_id": app["candidate_id"],
            "interviewer_id": fx.user_id,
            "rating": args["rating"],
            "recommendation": args["recommendation"],
            "comments": args.get("comments", ""),
            "submitted_at": fx.at,
        },
    )


@effect("feedback.update")
def _feedback_update(fx: Effects, feedback_id: str, args: dict[str, Any]) -> None:
    changes = {k: v for k, v in args.items() if v is not None}
    fx.update("feedback", feedback_id, {**changes, "updated_at": fx.at})


@effect("pool.add_member")
def _pool_add(fx: Effects, pool_id: str, args: dict[str, Any]) -> None:
    existing = fx.conn.execute(
        "SELECT 1 FROM pool_members WHERE pool_id = ? AND candidate_id = ?",
        (pool_id, args["candidate_id"]),
    ).fetchone()
    if existing is not None:
        return
    fx.insert_provisional(
        "pool_members",
        "pool_member",
        {
            "updated_at": fx.at,
            "pool_id": pool_id,
            "candidate_id": args["candidate_id"],
            "added_by_id": fx.user_id,
            "added_at": fx.at,
        },
    )


@effect("pool.remove_member")
def _pool_remove(fx: Effects, pool_id: str, args: dict[str, Any]) -> None:
    rows = fx.conn.execute(
        "SELECT id FROM pool_members WHERE pool_id = ? AND candidate_id = ?",
        (pool_id, args["candidate_id"]),
    ).fetchall()
    for (member_id,) in rows:
        fx.delete("pool_members", member_id)


# What the server stores for a field sent as null (recruiter_server/domain/candidates.py).
_CLEARED_TO: dict[str, Any] = {
    "last_name": "",
    "email": None,
    "phone": None,
    "linkedin_member_id": None,
    "headline": "",
    "location": "",
    "tags": [],
}


def candidate_changes(fields: dict[str, Any]) -> dict[str, Any]:
    """The stored values a candidate.update's `fields` lead to, as the server stores them."""
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        stored = _CLEARED_TO.get(name) if value is None else value
        if name == "email" and stored is not None:
            stored = stored.strip().lower()
        elif name == "tags":
            stored = json.dumps(_distinct(stored or []))
        elif isinstance(stored, str):
            stored = stored.strip()
        changes[name] = stored
    return changes


def _distinct(tags: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for tag in (t.strip() for t in tags):
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return kept


@effect("candidate.update")
def _candidate_update(fx: Effects, candidate_id: str, args: dict[str, Any]) -> None:
    changes = candidate_changes(args["fields"])
    fx.update("candidates", candidate_id, {**changes, "updated_at": fx.at})


# --- LinkedIn profile links -------------------------------------------------------------

# The profile fields a link keeps as last read (recruiter_api.linkedin.LinkedInLink), and
# what a link made here shows of them until the server reads the profile again.
LINK_PROFILE_FIELDS: dict[str, str | None] = {
    "first_name": "",
    "last_name": "",
    "headline": "",
    "location": "",
    "profile_url": None,
}


def _links_of(fx: Effects, candidate_id: str) -> list[dict[str, Any]]:
    ids = fx.conn.execute("SELECT id FROM linkedin_links WHERE candidate_id = ?", (candidate_id,))
    return [row for (link_id,) in ids.fetchall() if (row := fx.get("linkedin_links", link_id))]


def _set_member(fx: Effects, candidate_id: str, member_id: str | None) -> None:
    candidate = fx.get("candidates", candidate_id)
    if candidate is not None and candidate["linkedin_member_id"] != member_id:
        fx.update("candidates", candidate_id, {"linkedin_member_id": member_id})


@effect(wire.LINK_PROFILE)
def _link_profile(fx: Effects, candidate_id: str, args: dict[str, Any]) -> None:
    # As the server does: the candidate's one link points at the member (a new link, or the
    # same row relinked), with the profile as the user chose it; the candidate carries the
    # member id. Linking the member already linked changes nothing.
    member_id = args["member_id"]
    current = _links_of(fx, candidate_id)
    if current and current[0]["member_id"] == member_id:
        return
    profile = {name: fx.hints.get(name, empty) for name, empty in LINK_PROFILE_FIELDS.items()}
    linked = {
        "updated_at": fx.at,
        "member_id": member_id,
        "matched_by": "user",
        "linked_by_id": fx.user_id,
        "linked_at": fx.at,
        **profile,
    }
    if current:
        fx.update("linkedin_links", current[0]["id"], linked)
    else:
        fx.insert_provisional(
            "linkedin_links", "linkedin_link", {"candidate_id": candidate_id, **linked}
        )
    _set_member(fx, candidate_id, member_id)


@effect(wire.UNLINK_PROFILE)
def _unlink_profile(fx: Effects, candidate_id: str, args: dict[str, Any]) -> None:
    # The link and the member id go, and with them the InMails and LinkedIn notes, which the
    # server shows only of a linked member.
    for link in _links_of(fx, candidate_id):
        fx.delete("linkedin_links", link["id"])
    for table in ("inmail_messages", "linkedin_notes"):
        ids = fx.conn.execute(
            f'SELECT id FROM "{table}" WHERE candidate_id = ?',  # noqa: S608 (names above)
            (candidate_id,),
        ).fetchall()
        for (row_id,) in ids:
            fx.delete(table, row_id)
    _set_member(fx, candidate_id, None)


# The entity of the `entity` a push result carries, by mutation type.
RESULT_ENTITY: dict[str, str | None] = {
    "application.move_stage": "application",
    "application.reject": "application",
    "application.withdraw": "application",
    "application.hire": "application",
    "note.create": "note",
    "feedback.submit": "feedback",
    "feedback.update": "feedback",
    "pool.add_member": "pool_member",
    "pool.remove_member": None,
    "candidate.update": "candidate",
    # An applied link answers the link; a link or unlink in conflict, the link that won.
    wire.LINK_PROFILE: "linkedin_link",
    wire.UNLINK_PROFILE: "linkedin_link",
}


# --- Rewind and replay ----------------------------------------------------------------


def rewind(conn: sqlite3.Connection) -> set[str]:
    """Take back the effects of every pending mutation, newest first, leaving the server's
    rows as last seen; the ids of the candidates whose rows were restored."""
    touched: set[str] = set()
    for mutation in reversed(outbox.pending(conn)):
        for entry in reversed(mutation.undo):
            table, row_id, before = entry["table"], entry["id"], entry["before"]
            if before is None:
                conn.execute(ENTITY_BY_TABLE[table].delete_sql, (row_id,))
            else:
                write_row(conn, table, before)
            if table == "candidates":
                touched.add(row_id)
    return touched


def replay(conn: sqlite3.Connection) -> set[str]:
    """Apply the effects of every pending mutation again, oldest first, on the current rows,
    refreshing their undo snapshots; the ids of the candidates whose rows changed."""
    touched: set[str] = set()
    user_id = sync_state.user_id(conn)
    kept = hints.every(conn)
    for mutation in outbox.pending(conn):
        fx = Effects(conn, mutation.id, mutation.created_at, user_id, kept.get(mutation.id))
        run(fx, mutation.type, mutation.entity_id, mutation.args)
        outbox.set_undo(conn, mutation.id, fx.undo)
        touched |= fx.candidates
    return touched


def run(fx: Effects, kind: str, entity_id: str, args: dict[str, Any]) -> None:
    """Apply one mutation's effect; a type without a known effect changes nothing locally
    (it is still sent)."""
    apply_effect = EFFECTS.get(kind)
    if apply_effect is not None:
        apply_effect(fx, entity_id, args)

"""Changes the user makes, applied to the cache at once and queued for the server.

Each write checks what the server would refuse outright (and raises LocalWriteError with
the reason in words instead of queueing), then in ONE transaction applies its optimistic
effect (optimistic.py) and appends the mutation to the outbox with the undo snapshot of the
rows it changed. Mutation types and `args` are exactly those of
recruiter_server/sync/mutations.py; new rows (notes, feedback) get a client-made UUID that
is also the mutation's `entity_id`.

`settle` brings the server's answers in, `rebase` re-applies pending effects on top of the
current rows, `undo` takes one pending change back.
"""

import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from recruiter_api import sync as wire
from recruiter_api.enums import Recommendation
from recruiter_api.requests import CandidateUpdate, LongText, MemberId, NoteBody, Reason
from recruiter_desktop.store import hints, optimistic, outbox, search_index, sync_state
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.optimistic import LINK_PROFILE_FIELDS, Effects, read_row
from recruiter_desktop.store.queries.linkedin import link_refusal
from recruiter_desktop.store.schema import ENTITIES, ENTITY_BY_TABLE, wire_timestamp


class LocalWriteError(ValueError):
    """A change the server would refuse; the message says why, in words for the user."""


@dataclass(frozen=True)
class LocalWrite:
    """A queued change: its mutation id, the row it targets or creates, and it in words."""

    mutation_id: str
    entity_id: str
    summary: str


# --- Reading what a check needs -------------------------------------------------------


def _row(conn: sqlite3.Connection, table: str, row_id: str, missing: str) -> dict[str, Any]:
    row = read_row(conn, table, str(row_id))
    if row is None:
        raise LocalWriteError(missing)
    return row


def _name(conn: sqlite3.Connection, candidate_id: str) -> str:
    row = read_row(conn, "candidates", candidate_id)
    if row is None:
        return "the candidate"
    return f"{row['first_name']} {row['last_name']}".strip()


def _title(conn: sqlite3.Connection, job_id: str) -> str:
    row = read_row(conn, "jobs", job_id)
    return row["title"] if row is not None else "the job"


def _on(conn: sqlite3.Connection, app: Mapping[str, Any]) -> str:
    """'Ada Lovelace on Backend Engineer'."""
    return f"{_name(conn, app['candidate_id'])} on {_title(conn, app['job_id'])}"


_STATUS_WORDS = {"rejected": "was rejected", "withdrawn": "withdrew", "hired": "was hired"}


def _active_application(
    conn: sqlite3.Connection, application_id: str, doing: str
) -> dict[str, Any]:
    app = _row(conn, "applications", application_id, "That application is not in your cache.")
    if app["status"] != "active":
        raise LocalWriteError(
            f"{_name(conn, app['candidate_id'])} {_STATUS_WORDS.get(app['status'], 'is closed')}"
            f" on {_title(conn, app['job_id'])}: only an active application can be {doing}."
        )
    return app


def _signed_in(conn: sqlite3.Connection) -> str:
    user_id = sync_state.user_id(conn)
    if user_id is None:
        raise LocalWriteError("Sign in first: this cache does not know who you are.")
    return user_id


def _valid(adapter: TypeAdapter[str], value: str, what: str, limit: int) -> str:
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        kind = exc.errors()[0]["type"]
        if kind == "string_too_short":
            raise LocalWriteError(f"Write {what}: it cannot be blank.") from None
        if kind == "string_too_long":
            raise LocalWriteError(f"Keep {what} within {limit:,} characters.") from None
        raise LocalWriteError(
            f"{what.capitalize()} holds characters that cannot be stored."
        ) from None


_REASON = TypeAdapter(Reason)
_NOTE_BODY = TypeAdapter(NoteBody)
_COMMENTS = TypeAdapter(LongText)


def _rating(rating: int) -> int:
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 4:
        raise LocalWriteError("Give a rating from 1 to 4.")
    return rating


def _recommendation(value: str) -> str:
    try:
        return Recommendation(value).value
    except ValueError:
        words = ", ".join(r.value.replace("_", " ") for r in Recommendation)
        raise LocalWriteError(f"Choose a recommendation: {words}.") from None


# --- Queueing -------------------------------------------------------------------------


def _queue(
    conn: sqlite3.Connection,
    kind: str,
    entity_id: str,
    args: dict[str, Any],
    *,
    summary: str,
    base_version: int | None,
    seen: Mapping[str, Any] | None = None,
) -> LocalWrite:
    """Apply the effect of a new mutation and append it, in the caller's transaction;
    `seen` are its hints (hints.py), kept beside it."""
    mutation_id = str(uuid.uuid4())
    at = wire_timestamp()
    if (
        base_version is not None
        and kind != wire.MOVE_STAGE
        and _has_pending_on(conn, entity_id, kind)
    ):
        # The server's version after the earlier pending change is not known yet, and the
        # server would take that change (our own) for someone else's: send no base. A stage
        # move keeps its base: the server skips the mover's own moves when it looks for a
        # conflict, so a move by someone else in between is still caught.
        base_version = None
    fx = Effects(conn, mutation_id, at, sync_state.user_id(conn), seen)
    optimistic.run(fx, kind, entity_id, args)
    outbox.append(
        conn,
        mutation_id=mutation_id,
        type=kind,
        entity_id=entity_id,
        base_version=base_version,
        args=args,
        undo=fx.undo,
        summary=summary,
        created_at=at,
    )
    if seen:
        hints.put(conn, mutation_id, seen)
    if fx.candidates:
        search_index.refresh(conn, fx.candidates)
    return LocalWrite(mutation_id, entity_id, summary)


# A link change names the candidate, but its base is the version of the candidate's link:
# only an earlier link change waiting for the server leaves that unknown. (A candidate edit
# after a waiting link sends no base: the link changes the candidate on the server too.)
_LINK_CHANGES = (wire.LINK_PROFILE, wire.UNLINK_PROFILE)


def _has_pending_on(conn: sqlite3.Connection, entity_id: str, kind: str) -> bool:
    if kind in _LINK_CHANGES:
        row = conn.execute(
            "SELECT 1 FROM outbox WHERE entity_id = ? AND type IN (?, ?) LIMIT 1",
            (entity_id, *_LINK_CHANGES),
        )
    else:
        row = conn.execute("SELECT 1 FROM outbox WHERE entity_id = ? LIMIT 1", (entity_id,))
    return row.fetchone() is not None


# --- Applications ---------------------------------------------------------------------


def move_stage(cache: Cache, application_id: str, stage_id: str) -> LocalWrite:
    """Move an active application to another stage of its job."""
    with cache.write() as conn:
        _signed_in(conn)
        app = _active_application(conn, application_id, "moved")
        stage = read_row(conn, "stages", str(stage_id))
        if stage is None or stage["job_id"] != app["job_id"]:
            raise LocalWriteError("That stage is not one of the stages of this job.")
        if stage["id"] == app["stage_id"]:
            raise LocalWriteError(f"{_name(conn, app['candidate_id'])} is in {stage['name']}.")
        return _queue(
            conn,
            wire.MOVE_STAGE,
            app["id"],
            {"stage_id": stage["id"]},
            summary=f"Move {_on(conn, app)} to {stage['name']}",
            base_version=app["version"],
        )


def reject(cache: Cache, application_id: str, reason: str) -> LocalWrite:
    """Reject an active application, for a reason."""
    reason = _valid(_REASON, reason, "a reason for the rejection", 500)
    with cache.write() as conn:
        _signed_in(conn)
        app = _active_application(conn, application_id, "rejected")
        summary = f"Reject {_on(conn, app)}"
        args = {"reason": reason}
        return _queue(
            conn, wire.REJECT, app["id"], args, summary=summary, base_version=app["version"]
        )


def withdraw(cache: Cache, application_id: str) -> LocalWrite:
    """Record that the candidate withdrew an active application."""
    with cache.write() as conn:
        _signed_in(conn)
        app = _active_application(conn, application_id, "withdrawn")
        summary = f"Withdraw {_on(conn, app)}"
        return _queue(
            conn, wire.WITHDRAW, app["id"], {}, summary=summary, base_version=app["version"]
        )


def hire(cache: Cache, application_id: str) -> LocalWrite:
    """Hire the candidate of an active application (it moves to the job's last stage)."""
    with cache.write() as conn:
        _signed_in(conn)
        app = _active_application(conn, application_id, "hired")
        summary = f"Hire {_on(conn, app)}"
        return _queue(conn, wire.HIRE, app["id"], {}, summary=summary, base_version=app["version"])


# --- Notes, feedback, pools, candidates ------------------------------------------------


def create_note(
    cache: Cache, candidate_id: str, body: str, application_id: str | None = None
) -> LocalWrite:
    """A note on a candidate, optionally tied to one of their applications; `entity_id` of
    the result is the new note's id."""
    body = _valid(_NOTE_BODY, body, "the note", 20_000)
    with cache.write() as conn:
        _signed_in(conn)
        candidate = _row(conn, "candidates", candidate_id, "That candidate is not in your cache.")
        args: dict[str, Any] = {"candidate_id": candidate["id"], "body": body}
        if application_id is not None:
            app = _row(conn, "applications", application_id, "That application is not known.")
            if app["candidate_id"] != candidate["id"]:
                raise LocalWriteError("That application belongs to another candidate.")
            args["application_id"] = app["id"]
        summary = f"Note on {_name(conn, candidate['id'])}"
        note_id = str(uuid.uuid4())
        return _queue(conn, wire.NOTE_CREATE, note_id, args, summary=summary, base_version=None)


def submit_feedback(
    cache: Cache, application_id: str, rating: int, recommendation: str, comments: str = ""
) -> LocalWrite:
    """The signed-in interviewer's feedback on an application; `entity_id` of the result is
    the new feedback's id."""
    rating = _rating(rating)
    recommendation = _recommendation(recommendation)
    comments = _valid(_COMMENTS, comments, "the comments", 20_000)
    with cache.write() as conn:
        user_id = _signed_in(conn)
        app = _row(conn, "applications", application_id, "That application is not in your cache.")
        mine = conn.execute(
            "SELECT 1 FROM feedback WHERE application_id = ? AND interviewer_id = ?",
            (app["id"], user_id),
        ).fetchone()
        if mine is not None:
            raise LocalWriteError(
                f"You already gave feedback on {_on(conn, app)}; change that one instead."
            )
        args = {
            "application_id": app["id"],
            "rating": rating,
            "recommendation": recommendation,
            "comments": comments,
        }
        summary = f"Feedback on {_on(conn, app)}"
        feedback_id = str(uuid.uuid4())
        return _queue(
            conn, wire.FEEDBACK_SUBMIT, feedback_id, args, summary=summary, base_version=None
        )


def update_feedback(
    cache: Cache,
    feedback_id: str,
    *,
    rating: int | None = None,
    recommendation: str | None = None,
    comments: str | None = None,
) -> LocalWrite:
    """Change the signed-in user's own feedback; only the fields given change."""
    args: dict[str, Any] = {}
    if rating is not None:
        args["rating"] = _rating(rating)
    if recommendation is not None:
        args["recommendation"] = _recommendation(recommendation)
    if comments is not None:
        args["comments"] = _valid(_COMMENTS, comments, "the comments", 20_000)
    if not args:
        raise LocalWriteError("Nothing to change in the feedback.")
    with cache.write() as conn:
        user_id = _signed_in(conn)
        row = _row(conn, "feedback", feedback_id, "That feedback is not in your cache.")
        if row["interviewer_id"] != user_id:
            raise LocalWriteError("Only its author can change a piece of feedback.")
        app = read_row(conn, "applications", row["application_id"]) or row
        summary = f"Edit your feedback on {_on(conn, app)}"
        base = row["version"]
        return _queue(
            conn, wire.FEEDBACK_UPDATE, row["id"], args, summary=summary, base_version=base
        )


def _changeable_pool(conn: sqlite3.Connection, pool_id: str) -> dict[str, Any]:
    pool = _row(conn, "talent_pools", pool_id, "That talent pool is not in your cache.")
    if pool["is_system"]:
        raise LocalWriteError(
            f"The pool {pool['name']} is kept by the system; it cannot be changed."
        )
    return pool


def add_to_pool(cache: Cache, pool_id: str, candidate_id: str) -> LocalWrite:
    """Put a candidate in a talent pool."""
    with cache.write() as conn:
        _signed_in(conn)
        pool = _changeable_pool(conn, pool_id)
        candidate = _row(conn, "candidates", candidate_id, "That candidate is not in your cache.")
        summary = f"Add {_name(conn, candidate['id'])} to {pool['name']}"
        args = {"candidate_id": candidate["id"]}
        return _queue(
            conn,
            wire.POOL_ADD_MEMBER,
            pool["id"],
            args,
            summary=summary,
            base_version=pool["version"],
        )


def remove_from_pool(cache: Cache, pool_id: str, candidate_id: str) -> LocalWrite:
    """Take a candidate out of a talent pool."""
    with cache.write() as conn:
        _signed_in(conn)
        pool = _changeable_pool(conn, pool_id)
        candidate = _row(conn, "candidates", candidate_id, "That candidate is not in your cache.")
        summary = f"Remove {_name(conn, candidate['id'])} from {pool['name']}"
        args = {"candidate_id": candidate["id"]}
        return _queue(
            conn,
            wire.POOL_REMOVE_MEMBER,
            pool["id"],
            args,
            summary=summary,
            base_version=pool["version"],
        )


def update_candidate(cache: Cache, candidate_id: str, fields: Mapping[str, Any]) -> LocalWrite:
    """Change a candidate's fields (those of recruiter_api.requests.CandidateUpdate; None
    clears a field)."""
    try:
        checked = CandidateUpdate.model_validate(dict(fields))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'fields'}: {err['msg']}"
            for err in exc.errors()[:3]
        )
        raise LocalWriteError(f"The candidate's details are not valid: {problems}.") from None
    sent = checked.model_dump(mode="json", exclude_unset=True)
    if not sent:
        raise LocalWriteError("Nothing to change in the candidate.")
    if "first_name" in sent and sent["first_name"] is None:
        raise LocalWriteError("A candidate's first name cannot be removed.")
    with cache.write() as conn:
        _signed_in(conn)
        row = _row(conn, "candidates", candidate_id, "That candidate is not in your cache.")
        summary = f"Edit {_name(conn, row['id'])}"
        args = {"fields": sent}
        base = row["version"]
        return _queue(
            conn, wire.CANDIDATE_UPDATE, row["id"], args, summary=summary, base_version=base
        )


# --- LinkedIn profile links ------------------------------------------------------------

_MEMBER_ID = TypeAdapter(MemberId)


def _linkable(conn: sqlite3.Connection, candidate_id: str) -> dict[str, Any]:
    """The candidate, when the signed-in user may link or unlink their LinkedIn profile as
    far as the cache tells."""
    _signed_in(conn)
    candidate = _row(conn, "candidates", candidate_id, "That candidate is not in your cache.")
    refusal = link_refusal(conn, candidate["id"])
    if refusal is not None:
        raise LocalWriteError(refusal)
    return candidate


def _link_of(conn: sqlite3.Connection, candidate_id: str) -> dict[str, Any] | None:
    found = conn.execute(
        "SELECT id FROM linkedin_links WHERE candidate_id = ? LIMIT 1", (candidate_id,)
    ).fetchone()
    return None if found is None else read_row(conn, "linkedin_links", found[0])


def link_profile(
    cache: Cache,
    candidate_id: str,
    member_id: str,
    *,
    first_name: str = "",
    last_name: str = "",
    headline: str = "",
    location: str = "",
    profile_url: str | None = None,
) -> LocalWrite:
    """Link a candidate to the LinkedIn member the user chose (a name suggestion of the
    profile lookup), replacing their link to another member. The profile fields are what
    the LinkedIn tab shows of the member until the server has read the profile; the server
    is sent the member id alone. `entity_id` of the result is the candidate's id."""
    member_id = _valid(_MEMBER_ID, member_id.strip(), "the LinkedIn member id", 100)
    with cache.write() as conn:
        candidate = _linkable(conn, candidate_id)
        name = _name(conn, candidate["id"])
        current = _link_of(conn, candidate["id"])
        if current is not None and current["member_id"] == member_id:
            raise LocalWriteError(f"{name} is linked to that LinkedIn profile already.")
        holder = conn.execute(
            "SELECT candidate_id FROM linkedin_links WHERE member_id = ? AND candidate_id != ?"
            " UNION SELECT id FROM candidates WHERE linkedin_member_id = ? AND id != ?"
            " LIMIT 1",
            (member_id, candidate["id"], member_id, candidate["id"]),
        ).fetchone()
        if holder is not None:
            raise LocalWriteError(
                f"That LinkedIn profile is linked to {_name(conn, holder[0])} already; unlink "
                "it there first, or merge the two candidates."
            )
        profile = {
            "first_name": first_name.strip(),
            "last_name": last_name.strip(),
            "headline": headline.strip(),
            "location": location.strip(),
            "profile_url": profile_url,
        }
        shown = f"{profile['first_name']} {profile['last_name']}".strip() or member_id
        return _queue(
            conn,
            wire.LINK_PROFILE,
            candidate["id"],
            {"member_id": member_id},
            summary=f"Link {name} to the LinkedIn profile of {shown}",
            base_version=current["version"] if current is not None else None,
            seen={k: v for k, v in profile.items() if v != LINK_PROFILE_FIELDS[k]},
        )


def unlink_profile(cache: Cache, candidate_id: str) -> LocalWrite:
    """Remove a candidate's link to their LinkedIn profile (the server then never matches
    that member to them by itself again). `entity_id` of the result is the candidate's id."""
    with cache.write() as conn:
        candidate = _linkable(conn, candidate_id)
        name = _name(conn, candidate["id"])
        current = _link_of(conn, candidate["id"])
        if current is None and candidate["linkedin_member_id"] is None:
            raise LocalWriteError(f"{name} is not linked to a LinkedIn profile.")
        return _queue(
            conn,
            wire.UNLINK_PROFILE,
            candidate["id"],
            {},
            summary=f"Unlink {name} from LinkedIn",
            base_version=current["version"] if current is not None else None,
        )


# --- Bringing the server's answers in -------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """The server's answer to one pushed mutation (a MutationResult), and the message to
    keep for the user, if any."""

    mutation_id: str
    status: str  # "applied" | "conflict" | "rejected"
    entity: Mapping[str, Any] | None = None
    message: str | None = None


def settle(cache: Cache, answers: Sequence[Answer]) -> None:
    """Bring the server's answers in, in one transaction: each answered mutation leaves the
    outbox; an applied one keeps its effect (its provisional rows go: the server's own come
    with the next pull), a conflicting or rejected one is taken back; the server's entity,
    when the answer carries one, is written; messages are kept. Answers to mutations no
    longer queued are ignored (a retried push)."""
    with cache.write() as conn:
        touched = optimistic.rewind(conn)
        user_id = sync_state.user_id(conn)
        kept = hints.every(conn)
        for answer in answers:
            mutation = outbox.get(conn, answer.mutation_id)
            if mutation is None:
                continue
            outbox.remove(conn, [mutation.id])
            if answer.status == "applied":
                fx = Effects(conn, mutation.id, mutation.created_at, user_id, kept.get(mutation.id))
                optimistic.run(fx, mutation.type, mutation.entity_id, mutation.args)
                for table, row_id in fx.provisional:
                    conn.execute(ENTITY_BY_TABLE[table].delete_sql, (row_id,))
                touched |= fx.candidates
            entity = optimistic.RESULT_ENTITY.get(mutation.type)
            if answer.entity is not None and entity is not None:
                touched |= _write_server_entity(conn, entity, answer.entity)
            if answer.message:
                sync_state.add_message(conn, answer.message)
        hints.forget_settled(conn)
        touched |= optimistic.replay(conn)
        if touched:
            search_index.refresh(conn, touched)


def _write_server_entity(
    conn: sqlite3.Connection, entity: str, data: Mapping[str, Any]
) -> set[str]:
    """Write the server's row unless the cache holds a newer one; candidates touched."""
    spec = ENTITIES[entity]
    current = conn.execute(
        f'SELECT version FROM "{spec.table.name}" WHERE id = ?',  # noqa: S608 (schema names)
        (data["id"],),
    ).fetchone()
    if current is not None and current[0] > data["version"]:
        return set()
    conn.execute(spec.upsert_sql, spec.values(data))
    if entity == "candidate":
        return {data["id"]}
    return set()


def undo(cache: Cache, mutation_id: str) -> bool:
    """Take back a pending change: restore the rows its effect changed and drop it from the
    outbox; False if it was not queued."""
    with cache.read() as conn:
        if outbox.get(conn, mutation_id) is None:
            return False
    settle(cache, [Answer(mutation_id, "rejected")])
    return True


def rebase(cache: Cache) -> None:
    """Take the pending changes' effects back and apply them again, oldest first, on the
    server's rows, refreshing their undo snapshots. apply_page and settle already do this
    around the server rows they write (rows must come in through them: a pending effect is
    taken back by restoring its snapshot, which would overwrite a server row written
    behind their back); rebase is safe at any time and changes nothing when the effects
    are in step, e.g. it fills in the author of notes queued before the user was known."""
    with cache.write() as conn:
        touched = optimistic.rewind(conn) | optimistic.replay(conn)
        if touched:
            search_index.refresh(conn, touched)

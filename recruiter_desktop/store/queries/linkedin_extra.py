"""What the candidate's LinkedIn tab needs of the cache beyond queries/linkedin.py: whether
an unlink made here still waits for the server (candidate_link then reads None, as if the
candidate had never been linked, and the tab says the unlink waits to sync)."""

import sqlite3

from recruiter_api.sync import LINK_PROFILE, UNLINK_PROFILE


def unlink_waiting(conn: sqlite3.Connection, candidate_id: str) -> bool:
    """Whether the last link or unlink of this candidate made here is an unlink the server
    has not acknowledged yet."""
    row = conn.execute(
        "SELECT type FROM outbox WHERE entity_id = ? AND type IN (?, ?) ORDER BY seq DESC LIMIT 1",
        (candidate_id, LINK_PROFILE, UNLINK_PROFILE),
    ).fetchone()
    return row is not None and row[0] == UNLINK_PROFILE

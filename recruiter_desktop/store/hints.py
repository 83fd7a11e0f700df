"""Hints of queued mutations (the `mutation_hints` table): what the user saw when making a
change that the server is not sent, for the change's optimistic effect.

A link to a LinkedIn member is sent as the member id alone, yet the LinkedIn tab should show
the profile the user chose while the link waits for the server. The effect is applied again
whenever server rows come in (optimistic.py), from the outbox row alone; the profile is kept
here beside it, keyed by the mutation id, and goes when the mutation leaves the outbox.

Writes need the writer inside its transaction, as for the outbox.
"""

import json
import sqlite3
from collections.abc import Mapping
from typing import Any


def put(conn: sqlite3.Connection, mutation_id: str, hints: Mapping[str, Any]) -> None:
    """Keep `hints` (JSON-ready values) for a mutation queued in the same transaction."""
    conn.execute(
        "INSERT INTO mutation_hints (id, hints) VALUES (?, ?)"
        " ON CONFLICT (id) DO UPDATE SET hints = excluded.hints",
        (mutation_id, json.dumps(dict(hints))),
    )


def every(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Mutation id -> its hints, for all the queued mutations that have some."""
    rows = conn.execute("SELECT id, hints FROM mutation_hints")
    return {mutation_id: json.loads(text) for mutation_id, text in rows}


def forget_settled(conn: sqlite3.Connection) -> None:
    """Drop the hints of mutations no longer in the outbox."""
    conn.execute("DELETE FROM mutation_hints WHERE id NOT IN (SELECT id FROM outbox)")

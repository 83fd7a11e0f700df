"""The Candidates page's list: every candidate by name, or, with a filter text, the best
search matches (store/search.py) as rows of the same shape."""

import sqlite3

from recruiter_desktop.store.queries.candidates import (
    CandidateListRow,
    candidate_count,
    candidate_page,
)
from recruiter_desktop.store.queries.common import Page, check_page, snapshot
from recruiter_desktop.store.search import MAX_LIMIT, search


def candidate_list(
    conn: sqlite3.Connection, *, text: str = "", offset: int = 0, limit: int = 100
) -> Page[CandidateListRow]:
    """Candidates `offset` .. `offset + limit` sorted by name, of all of them (`total` is the
    count of the cache) or, when `text` holds a word, of the best MAX_LIMIT matches of
    `text`, best first (a search ranks a bounded set: see store/search.py)."""
    check_page(limit, offset)
    if not text.strip():
        with snapshot(conn):
            total = candidate_count(conn)
            rows = candidate_page(conn, offset=offset, limit=limit)
        return Page(tuple(rows), total, offset, limit)
    hits = search(conn, text, MAX_LIMIT)
    found = tuple(
        CandidateListRow(h.candidate_id, h.first_name, h.last_name, h.headline, h.location, h.email)
        for h in hits[offset : offset + limit]
    )
    return Page(found, len(hits), offset, limit)

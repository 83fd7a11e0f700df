"""The views' queries over a cache filled through a real server's feed, checked against the
server's own database: counts, orders, pages, names of who did what, what a hiring manager
sees; and that no query reads a whole big table."""

import json
import re
import sqlite3
import string
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest

from recruiter_api.enums import ApplicationStatus, JobStatus
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.queries import candidates as candidate_q
from recruiter_desktop.store.queries import jobs as job_q
from recruiter_desktop.store.queries import pipeline as pipeline_q
from recruiter_desktop.store.queries import pools as pool_q
from recruiter_desktop.store.queries.common import ACTIVE_ONLY, Page
from recruiter_desktop.store.queries.jobs import JobSort
from recruiter_desktop.store.queries.pipeline import PipelineSort
from recruiter_desktop.store.queries.pools import MemberSort
from recruiter_desktop.store.search import fold, words
from tests.desktop.store.seeded_org import SeededOrg, seeded_org

T = TypeVar("T")
NOW = datetime(2030, 1, 1, tzinfo=UTC)
ALL = tuple(ApplicationStatus)
DEMO_HM = "hiring.manager@demo.example"
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[SeededOrg]:
    with seeded_org(tmp_path_factory.mktemp("queries"), sqlite_template) as built:
        yield built


@pytest.fixture
def conn(org: SeededOrg) -> Iterator[sqlite3.Connection]:
    with org.admin.read() as connection:
        yield connection


def nocase(text: str) -> str:
    """SQLite's NOCASE: ASCII letters folded, the rest compared as they are."""
    return text.translate(_ASCII_LOWER)


def every_page(fetch: Callable[..., Page[T]], size: int) -> list[T]:
    """All rows, page by page (`fetch(limit=..., offset=...)`); each page's total and paging
    fields must agree."""
    items: list[T] = []
    while True:
        page = fetch(limit=size, offset=len(items))
        assert page.offset == len(items) and page.limit == size
        assert len(page.items) <= size
        assert page.items or not page.has_more, "an empty page before the end"
        items.extend(page.items)
        assert page.has_more == (len(items) < page.total)
        if not page.has_more:
            assert len(items) == page.total
            return items


def rowids(cache: Cache, table: str) -> dict[str, int]:
    with cache.read() as conn:
        return dict(conn.execute(f"SELECT id, rowid FROM {table}").fetchall())  # noqa: S608


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def busiest_job(org: SeededOrg) -> str:
    [(job_id,)] = org.truth(
        "SELECT job_id FROM applications GROUP BY job_id ORDER BY count(*) DESC LIMIT 1"
    )
    return str(job_id)


def user_names(org: SeededOrg) -> dict[str, str]:
    return {
        i: f"{f} {last}" for i, f, last in org.truth("SELECT id, first_name, last_name FROM users")
    }


# --- Jobs ----------------------------------------------------------------------------------


def test_the_job_list_counts_active_applications_per_stage_as_the_server(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    page = job_q.job_list(conn, limit=100)

    jobs = org.truth("SELECT id, title, status FROM jobs")
    assert page.total == len(jobs) == 16
    assert {(j.id, j.title, j.status.value) for j in page.items} == set(jobs)
    grouped = org.truth(
        "SELECT job_id, stage_id, status, count(*) FROM applications GROUP BY 1, 2, 3"
    )
    counts = Counter({(job, stage, status): n for job, stage, status, n in grouped})
    for job in page.items:
        stages = org.truth(
            "SELECT id, name, position FROM stages WHERE job_id = ? ORDER BY position", job.id
        )
        assert [(s.stage_id, s.name, s.position) for s in job.stages] == stages
        assert [s.active for s in job.stages] == [
            counts[(job.id, s, "active")] for s, _, _ in stages
        ]
        assert job.active == sum(
            n for (j, _, st), n in counts.items() if j == job.id and st == "active"
        )
        assert job.total == sum(n for (j, _, _), n in counts.items() if j == job.id)
    assert any(job.active and job.total > job.active for job in page.items)


@pytest.mark.parametrize("sort", list(JobSort))
def test_the_job_list_sorts_and_pages(
    conn: sqlite3.Connection, org: SeededOrg, sort: JobSort
) -> None:
    rank = {"active": 0, "draft": 1, "closed": 2}
    rowid = rowids(org.admin, "jobs")
    rows = org.truth(
        "SELECT id, title, code, department, location, status, opened_at, created_at FROM jobs"
    )
    keys: dict[JobSort, Callable[[tuple[Any, ...]], tuple[Any, ...]]] = {
        JobSort.TITLE: lambda r: (nocase(r[1]),),
        JobSort.CODE: lambda r: (nocase(r[2]),),
        JobSort.DEPARTMENT: lambda r: (nocase(r[3]), nocase(r[1])),
        JobSort.LOCATION: lambda r: (nocase(r[4]), nocase(r[1])),
        JobSort.STATUS: lambda r: (rank[r[5]], nocase(r[1])),
        JobSort.OPENED: lambda r: (r[6] is None, r[6] or "", nocase(r[1])),
        JobSort.CREATED: lambda r: (r[7],),
    }
    expected = [r[0] for r in sorted(rows, key=lambda r: (*keys[sort](r), rowid[r[0]]))]

    ascending = every_page(partial(job_q.job_list, conn, sort=sort), 5)
    descending = every_page(partial(job_q.job_list, conn, sort=sort, descending=True), 3)

    assert [j.id for j in ascending] == expected
    assert [j.id for j in descending] == expected[::-1]


def test_the_job_list_filters_by_status_and_by_words_of_its_text(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    rows = org.truth("SELECT id, status, title, code, department, location FROM jobs")
    drafts_and_closed = {r[0] for r in rows if r[1] in ("draft", "closed")}
    page = job_q.job_list(conn, statuses={JobStatus.DRAFT, JobStatus.CLOSED}, limit=100)
    assert {j.id for j in page.items} == drafts_and_closed
    assert str(org.world.jobs["ops"].id) in drafts_and_closed

    searched = 0
    for text in ("engineer", "ENG stockholm", "malmo", "Göteborg sales", "sales eng", "zzz"):
        typed = words(text)
        expected = {r[0] for r in rows if all(w in fold(" ".join(r[2:])) for w in typed)}
        found = job_q.job_list(conn, text=text, limit=100)
        assert {j.id for j in found.items} == expected, text
        assert found.total == len(expected)
        searched += bool(expected)
    assert searched >= 3
    both = job_q.job_list(conn, text="engineer", statuses={JobStatus.ACTIVE}, limit=100)
    assert all(j.status is JobStatus.ACTIVE and "engineer" in fold(j.title) for j in both.items)


def test_a_job_shows_its_stages_and_the_people_on_it(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    eng = org.world.jobs["eng"]
    details = job_q.job_details(conn, str(eng.id))

    assert details is not None
    assert (details.code, details.title, details.status) == (
        "ENG",
        "Eng engineer",
        JobStatus.ACTIVE,
    )
    assert [s.name for s in details.stages] == [
        "Prospect",
        "Screening",
        "Interview",
        "Offer",
        "Hired",
    ]
    assert [s.position for s in details.stages] == [0, 1, 2, 3, 4]
    assert [(m.name, m.role) for m in details.members] == [
        ("Hm Tester", "hiring_manager"),
        ("Recruiter Tester", "recruiter"),
        ("Interviewer Tester", "interviewer"),
        ("Interviewer2 Tester", "interviewer"),
    ]
    assert details.members[0].email == "hm@example.org" and details.members[0].active
    assert job_q.job_details(conn, "no-such-job") is None


# --- The pipeline --------------------------------------------------------------------------


def applications_of(
    org: SeededOrg, job_id: str, statuses: tuple[ApplicationStatus, ...]
) -> list[dict[str, Any]]:
    rowid = rowids(org.admin, "applications")
    candidate_rowid = rowids(org.admin, "candidates")
    rows = org.truth(
        "SELECT a.id, a.candidate_id, c.first_name, c.last_name, c.headline, a.stage_id,"
        " s.name, s.position, a.status, a.applied_at, a.stage_entered_at, a.closed_at"
        " FROM applications AS a JOIN candidates AS c ON c.id = a.candidate_id"
        " JOIN stages AS s ON s.id = a.stage_id WHERE a.job_id = ?",
        job_id,
    )
    keys = ("id", "candidate_id", "first", "last", "headline", "stage_id", "stage", "position",
            "status", "applied_at", "entered_at", "closed_at")  # fmt: skip
    chosen = {s.value for s in statuses}
    return [
        {**dict(zip(keys, r, strict=True)), "rowid": rowid[r[0]], "crowid": candidate_rowid[r[1]]}
        for r in rows
        if r[8] in chosen
    ]


def test_the_board_shows_each_stage_with_its_longest_waiting_applications_first(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    job_id = busiest_job(org)
    board = pipeline_q.pipeline(conn, job_id, per_stage=7, now=NOW)

    assert board is not None and board.job_id == job_id
    stages = org.truth("SELECT id, name FROM stages WHERE job_id = ? ORDER BY position", job_id)
    assert [(s.stage_id, s.name) for s in board.stages] == stages
    active = applications_of(org, job_id, ACTIVE_ONLY)
    for column in board.stages:
        in_stage = sorted(
            (a for a in active if a["stage_id"] == column.stage_id),
            key=lambda a: (a["entered_at"], a["rowid"]),
        )
        assert column.count == len(in_stage)
        assert [c.application_id for c in column.cards] == [a["id"] for a in in_stage[:7]]
        for card, app in zip(column.cards, in_stage, strict=False):
            assert (card.first_name, card.last_name, card.headline) == (
                app["first"],
                app["last"],
                app["headline"],
            )
            assert card.status is ApplicationStatus.ACTIVE
            assert card.time_in_stage == NOW - at(app["entered_at"])
    assert sum(c.count for c in board.stages) == len(active) > 20

    everyone = pipeline_q.pipeline(conn, job_id, statuses=ALL, now=NOW)
    assert everyone is not None
    assert sum(c.count for c in everyone.stages) == len(applications_of(org, job_id, ALL))
    assert pipeline_q.pipeline(conn, "no-such-job") is None


def test_a_stage_pages_through_all_its_applications(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    job_id = busiest_job(org)
    every = applications_of(org, job_id, ALL)
    stage_id = Counter(a["stage_id"] for a in every).most_common(1)[0][0]

    for statuses in (ACTIVE_ONLY, ALL, (ApplicationStatus.REJECTED, ApplicationStatus.HIRED)):
        chosen = {s.value for s in statuses}
        expected = sorted(
            (a for a in every if a["stage_id"] == stage_id and a["status"] in chosen),
            key=lambda a: (a["entered_at"], a["rowid"]),
        )
        cards = every_page(
            partial(pipeline_q.stage_cards, conn, job_id, stage_id, statuses=statuses, now=NOW), 4
        )
        assert [c.application_id for c in cards] == [a["id"] for a in expected]
        # Time in the stage ends when the application closes.
        assert [c.time_in_stage for c in cards] == [
            at(a["closed_at"] or NOW.isoformat()) - at(a["entered_at"]) for a in expected
        ]
        assert [c.closed_at is None for c in cards] == [a["status"] == "active" for a in expected]


def test_the_pipeline_table_sorts_and_pages_every_way(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    job_id = busiest_job(org)
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        for statuses in (ACTIVE_ONLY, ALL):
            apps = applications_of(org, job_id, statuses)
            keys: dict[PipelineSort, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
                PipelineSort.STAGE: lambda a: (a["position"], a["entered_at"], a["rowid"]),
                PipelineSort.NAME: lambda a: (
                    nocase(a["last"]),
                    nocase(a["first"]),
                    a["crowid"],
                    a["rowid"],
                ),
                PipelineSort.APPLIED: lambda a: (a["applied_at"], a["rowid"]),
            }
            for sort in PipelineSort:
                if sort is PipelineSort.TIME_IN_STAGE:
                    # Shortest time in the stage first: the latest to enter it.
                    expected = [
                        a["id"] for a in sorted(apps, key=lambda a: (a["entered_at"], a["rowid"]))
                    ][::-1]
                else:
                    expected = [a["id"] for a in sorted(apps, key=keys[sort])]
                for size in (3, 13):
                    table = partial(
                        pipeline_q.pipeline_table, conn, job_id, statuses=statuses, sort=sort
                    )
                    rows = every_page(table, size)
                    assert [r.card.application_id for r in rows] == expected, (sort, size)
                    reverse = pipeline_q.pipeline_table(
                        conn, job_id, statuses=statuses, sort=sort, descending=True, limit=1000
                    )
                    assert [r.card.application_id for r in reverse.items] == expected[::-1]
                stage_of = {a["id"]: (a["stage"], a["position"]) for a in apps}
                assert all(
                    (r.stage_name, r.stage_position) == stage_of[r.card.application_id]
                    for r in rows
                )
    finally:
        conn.set_trace_callback(None)
    by_name = [sql for sql in traced if "ORDER BY c.last_name" in sql]
    # Both ways of reading a page by name ran: walking the name index, and sorting the job.
    assert any("CROSS JOIN" in sql for sql in by_name)
    assert any("CROSS JOIN" not in sql for sql in by_name)


# --- Talent pools --------------------------------------------------------------------------


def test_pools_count_their_members_and_page_through_them(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    page = pool_q.pools(conn)
    truth = org.truth(
        "SELECT p.id, p.name, p.is_system, (SELECT count(*) FROM pool_members AS m"
        " WHERE m.pool_id = p.id) FROM talent_pools AS p"
    )
    assert page.total == len(truth)
    assert {(p.id, p.name, p.is_system, p.members) for p in page.items} == {
        (i, n, bool(s), c) for i, n, s, c in truth
    }
    systems = [p.is_system for p in page.items]
    assert systems == sorted(systems, reverse=True) and systems[0]
    people = [p for p in page.items if not p.is_system]
    assert [nocase(p.name) for p in people] == sorted(nocase(p.name) for p in people)

    names = user_names(org)
    rowid = rowids(org.admin, "pool_members")
    for pool in page.items:
        members = org.truth(
            "SELECT m.id, m.added_at, c.first_name, c.last_name, m.added_by_id"
            " FROM pool_members AS m JOIN candidates AS c ON c.id = m.candidate_id"
            " WHERE m.pool_id = ?",
            pool.id,
        )
        newest = sorted(members, key=lambda m: (m[1], rowid[m[0]]), reverse=True)
        by_name = sorted(members, key=lambda m: (nocase(m[3]), nocase(m[2]), rowid[m[0]]))
        for sort, expected in ((MemberSort.ADDED, newest), (MemberSort.NAME, by_name)):
            got = every_page(partial(pool_q.pool_members, conn, pool.id, sort=sort), 7)
            assert [m.member_id for m in got] == [m[0] for m in expected]
            assert [m.added_by for m in got] == [names.get(m[4]) for m in expected]
    assert pool_q.pool_members(conn, "no-such-pool").items == ()


# --- Candidates ----------------------------------------------------------------------------


def test_the_candidate_list_is_sorted_by_name_and_paged_at_any_offset(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    rowid = rowids(org.admin, "candidates")
    truth = org.truth("SELECT id, first_name, last_name FROM candidates")
    expected = [
        r[0] for r in sorted(truth, key=lambda r: (nocase(r[2]), nocase(r[1]), rowid[r[0]]))
    ]

    assert candidate_q.candidate_count(conn) == len(expected) > 400
    listed: list[str] = []
    while len(listed) < len(expected):
        listed.extend(r.id for r in candidate_q.candidate_page(conn, offset=len(listed), limit=97))
    assert listed == expected
    for offset in (0, 1, 250, len(expected) - 3):
        page = candidate_q.candidate_page(conn, offset=offset, limit=10)
        assert [r.id for r in page] == expected[offset : offset + 10]
    assert candidate_q.candidate_page(conn, offset=len(expected), limit=10) == []


def test_a_candidate_shows_applications_with_history_notes_and_feedback(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    [(candidate_id,)] = org.truth(
        "SELECT candidate_id FROM applications GROUP BY candidate_id"
        " ORDER BY count(*) DESC, candidate_id LIMIT 1"
    )
    details = candidate_q.candidate(conn, candidate_id, notes_limit=50)
    names = user_names(org)

    assert details is not None
    [(first, last, version, tags)] = org.truth(
        "SELECT first_name, last_name, version, tags FROM candidates WHERE id = ?", candidate_id
    )
    assert (details.first_name, details.last_name, details.version) == (first, last, version)
    assert list(details.tags) == json.loads(tags)

    apps = org.truth(
        "SELECT a.id, j.title, s.name, a.status, a.applied_at FROM applications AS a"
        " JOIN jobs AS j ON j.id = a.job_id JOIN stages AS s ON s.id = a.stage_id"
        " WHERE a.candidate_id = ? ORDER BY a.applied_at DESC",
        candidate_id,
    )
    assert [(a.id, a.job_title, a.stage_name, a.status.value) for a in details.applications] == [
        r[:4] for r in apps
    ]
    assert len(apps) >= 3
    for app in details.applications:
        history = org.truth(
            "SELECT h.id, h.action, f.name, t.name, h.changed_by_id, h.changed_at"
            " FROM stage_changes AS h LEFT JOIN stages AS f ON f.id = h.from_stage_id"
            " JOIN stages AS t ON t.id = h.to_stage_id WHERE h.application_id = ?"
            " ORDER BY h.changed_at",
            app.id,
        )
        assert [
            (h.id, h.action, h.from_stage, h.to_stage, h.changed_by, h.changed_at)
            for h in app.history
        ] == [(i, action, f, t, names.get(by), at(when)) for i, action, f, t, by, when in history]
        assert app.history[0].action == "created"
    assert any(h.changed_by for a in details.applications for h in a.history)

    feedback = org.truth(
        "SELECT id, interviewer_id, rating, recommendation, comments FROM feedback"
        " WHERE candidate_id = ? ORDER BY submitted_at DESC",
        candidate_id,
    )
    assert [
        (f.id, f.interviewer, f.rating, f.recommendation, f.comments) for f in details.feedback
    ] == [(i, names[who], rating, advice, text) for i, who, rating, advice, text in feedback]
    assert candidate_q.candidate(conn, "no-such-candidate") is None


def test_notes_come_newest_first_with_their_authors(
    conn: sqlite3.Connection, org: SeededOrg
) -> None:
    [(candidate_id, count)] = org.truth(
        "SELECT candidate_id, count(*) FROM notes GROUP BY candidate_id"
        " ORDER BY count(*) DESC, candidate_id LIMIT 1"
    )
    names = user_names(org)
    notes = org.truth(
        "SELECT id, author_id, body, created_at FROM notes WHERE candidate_id = ?"
        " ORDER BY created_at DESC",
        candidate_id,
    )
    expected = [(i, names.get(a), body, at(when)) for i, a, body, when in notes]

    paged = every_page(partial(candidate_q.candidate_notes, conn, candidate_id), 1)
    assert [(n.id, n.author, n.body, n.created_at) for n in paged] == expected
    details = candidate_q.candidate(conn, candidate_id, notes_limit=1)
    assert details is not None
    assert (len(details.notes), details.note_count) == (1, count)
    assert details.notes[0].id == expected[0][0]

    alice = candidate_q.candidate(conn, str(org.world.candidates["alice"].id))
    assert alice is not None
    assert [(n.author, n.body) for n in alice.notes] == [("Recruiter Tester", "Strong portfolio.")]
    assert [(f.interviewer, f.rating, f.recommendation, f.job_title) for f in alice.feedback] == [
        ("Interviewer2 Tester", 3, "yes", "Eng engineer")
    ]
    bob = candidate_q.candidate(conn, str(org.world.candidates["bob"].id))
    assert bob is not None
    assert [p.name for p in bob.pools] == ["Silver medalists"]


# --- A hiring manager's jobs ---------------------------------------------------------------


def funnel_truth(org: SeededOrg, job_id: str) -> list[tuple[str, int, int]]:
    stages = org.truth(
        "SELECT id, name, position FROM stages WHERE job_id = ? ORDER BY position", job_id
    )
    apps = org.truth(
        "SELECT s.position, a.status FROM applications AS a JOIN stages AS s ON s.id = a.stage_id"
        " WHERE a.job_id = ?",
        job_id,
    )
    return [
        (
            name,
            sum(1 for p, st in apps if p == position and st == "active"),
            sum(1 for p, _ in apps if p >= position),
        )
        for _, name, position in stages
    ]


def test_a_hiring_manager_sees_their_jobs_with_a_funnel(org: SeededOrg) -> None:
    user_id = org.user_id(DEMO_HM)
    mine = org.truth(
        "SELECT j.id, j.status, j.title, group_concat(r.role) FROM job_roles AS r"
        " JOIN jobs AS j ON j.id = r.job_id WHERE r.user_id = ? GROUP BY j.id",
        user_id,
    )
    rank = {"active": 0, "draft": 1, "closed": 2}
    expected = [m[0] for m in sorted(mine, key=lambda m: (rank[m[1]], nocase(m[2])))]
    assert len(expected) >= 2

    with org.admin.read() as conn:
        jobs = every_page(partial(job_q.my_jobs, conn, user_id), 1)
        active = job_q.my_jobs(conn, user_id, statuses={JobStatus.ACTIVE})
    assert [j.id for j in jobs] == expected
    assert {j.id: set(j.roles) for j in jobs} == {m[0]: set(m[3].split(",")) for m in mine}
    status = {m[0]: m[1] for m in mine}
    assert [j.id for j in active.items] == [i for i in expected if status[i] == "active"]
    for job in jobs:
        funnel = funnel_truth(org, job.id)
        assert [(f.name, f.current, f.reached) for f in job.funnel] == funnel
        assert job.funnel[0].reached == job.total
        assert job.active == sum(f.current for f in job.funnel)
        assert job.hired == sum(
            1
            for (s,) in org.truth("SELECT status FROM applications WHERE job_id = ?", job.id)
            if s == "hired"
        )


def test_the_hiring_managers_own_cache_shows_only_their_job(org: SeededOrg) -> None:
    hm = str(org.world.users["hm"].id)
    eng = str(org.world.jobs["eng"].id)
    with org.hm.read() as conn:
        listed = job_q.job_list(conn)
        [job] = job_q.my_jobs(conn, hm).items
        board = pipeline_q.pipeline(conn, eng, now=NOW)

    assert [j.id for j in listed.items] == [eng]
    assert (job.id, job.roles) == (eng, ("hiring_manager",))
    assert [(f.name, f.current, f.reached) for f in job.funnel] == funnel_truth(org, eng)
    assert board is not None
    by_stage = {
        c.name: [f"{card.first_name} {card.last_name}" for card in c.cards] for c in board.stages
    }
    assert by_stage["Screening"] == ["Alice Candidate"]
    assert by_stage["Interview"] == ["Carol Candidate"]
    assert "Ana Silva" in by_stage["Prospect"] and "Zoë Åkesson" in by_stage["Prospect"]


# --- Refusals and plans --------------------------------------------------------------------


def test_pages_and_filters_that_make_no_sense_are_refused_in_words(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(ValueError, match="1 to 1000 rows, not 0"):
        job_q.job_list(conn, limit=0)
    with pytest.raises(ValueError, match="before the first row"):
        candidate_q.candidate_page(conn, offset=-1)
    with pytest.raises(ValueError, match="at least one application status"):
        pipeline_q.pipeline_table(conn, "x", statuses=())
    with pytest.raises(ValueError, match="1 to 1000 rows, not 1001"):
        pool_q.pool_members(conn, "x", limit=1001)


# The big tables and the names the queries give them.
BIG_TABLES = {
    "candidates": "c",
    "applications": "a",
    "stage_changes": "h",
    "notes": "n",
    "feedback": "f",
    "pool_members": "m",
}


def test_no_query_reads_a_whole_big_table(conn: sqlite3.Connection, org: SeededOrg) -> None:
    job_id = busiest_job(org)
    candidate_id = str(org.world.candidates["alice"].id)
    [pool] = [p.id for p in pool_q.pools(conn).items if p.members][:1]
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        job_q.job_list(conn, text="engineer")
        job_q.job_details(conn, job_id)
        pipeline_q.pipeline(conn, job_id)
        pipeline_q.stage_cards(conn, job_id, "x", offset=5)
        for sort in PipelineSort:
            pipeline_q.pipeline_table(conn, job_id, sort=sort, limit=5, offset=3)
        pool_q.pools(conn)
        for member_sort in MemberSort:
            pool_q.pool_members(conn, pool, sort=member_sort)
        candidate_q.candidate_count(conn)
        candidate_q.candidate_page(conn, offset=100)
        candidate_q.candidate(conn, candidate_id)
        job_q.my_jobs(conn, org.user_id(DEMO_HM))
    finally:
        conn.set_trace_callback(None)
    selects = [sql for sql in traced if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) > 20
    names = "|".join([*BIG_TABLES, *BIG_TABLES.values()])
    # "SCAN x" without "USING ... INDEX": every row of the table read.
    whole = re.compile(rf"^SCAN ({names})$")
    for sql in selects:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert not [step for step in plan if whole.match(step)], (sql, plan)

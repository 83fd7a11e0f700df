"""On PostgreSQL transactions commit out of the order they started or took numbers in; the
feed's cursor must never skip a row whose transaction commits late."""

import threading
import time

import httpx
import pytest

from recruiter_server.db.engine import Database
from recruiter_server.db.models import Note
from recruiter_server.db.sync_tracking import take_seq, write_index_rows
from tests.server.sync_client import Replica
from tests.server.world import World

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("database_url", ["postgresql"], indirect=True),
]


def _note(world: World, body: str) -> Note:
    return Note(
        candidate_id=world.candidates["alice"].id, author_id=world.users["recruiter"].id, body=body
    )


def test_a_transaction_started_first_and_committed_last_is_not_skipped(
    http: httpx.Client, world: World, db: Database
) -> None:
    replica = Replica(http, world.auth("recruiter"))
    replica.pull()
    early = db.write_session()
    early_note = _note(world, "started first")
    early.add(early_note)
    early.flush()  # its row is written, uncommitted
    with db.write_session() as late:
        late_note = _note(world, "started second, committed first")
        late.add(late_note)
        late.commit()
    first = replica.pull()
    assert [c["id"] for c in first] == [str(late_note.id)]
    early.commit()
    early.close()
    second = replica.pull()
    assert [c["id"] for c in second] == [str(early_note.id)]


def test_a_pull_between_taking_a_number_and_committing_misses_nothing(
    http: httpx.Client, world: World, db: Database
) -> None:
    replica = Replica(http, world.auth("recruiter"))
    replica.pull()
    candidate = world.candidates["dave"]
    holder = db.engine.connect()
    tx = holder.begin()
    # The first transaction takes its number and writes its index row, then stalls.
    holder_seq = take_seq(holder)
    write_index_rows(
        holder,
        holder_seq,
        [
            {
                "entity": "candidate",
                "entity_id": candidate.id,
                "op": "upsert",
                "version": 1,
                "job_id": None,
                "candidate_id": candidate.id,
                "application_id": None,
                "user_id": None,
            }
        ],
        upsert=True,
    )
    # A second transaction commits meanwhile: it must wait for the first one's number.
    done = threading.Event()
    second_note = _note(world, "second transaction")

    def second() -> None:
        with db.write_session() as s:
            s.add(second_note)
            s.commit()
        done.set()

    worker = threading.Thread(target=second)
    worker.start()
    time.sleep(0.5)
    assert not done.is_set(), "the second commit must queue behind the first one's number"
    assert replica.pull() == []  # nothing committed yet, so nothing to send and no cursor move
    tx.commit()
    holder.close()
    worker.join(timeout=10)
    assert done.is_set()
    changes = replica.pull()
    assert [(c["entity"], c["id"]) for c in changes] == [
        ("candidate", str(candidate.id)),
        ("note", str(second_note.id)),
    ]


def test_rows_of_concurrent_writers_all_arrive(
    http: httpx.Client, world: World, db: Database
) -> None:
    """Eight writers commit while a reader pulls continuously: the replica ends with every row."""
    replica = Replica(http, world.auth("recruiter"))
    replica.pull()
    written: list[str] = []
    lock = threading.Lock()

    def writer(n: int) -> None:
        for i in range(10):
            with db.write_session() as s:
                note = _note(world, f"writer {n} note {i}")
                s.add(note)
                s.flush()
                time.sleep(0.002 * ((n + i) % 3))  # uneven commit times
                s.commit()
                with lock:
                    written.append(str(note.id))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        replica.pull(limit=7)
    for t in threads:
        t.join()
    replica.pull(limit=7)
    assert set(written) <= replica.ids("note")
    assert len(written) == 80

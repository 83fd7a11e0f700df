"""The sync engine against the real server on loopback, with real cache files."""

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from recruiter_desktop.store import local_writes, outbox
from recruiter_server.db.engine import Database
from recruiter_server.db.models import Note, StageChange, User
from tests.desktop.services.desktop import cache_versions, close, row, server_versions, sign_in
from tests.desktop.services.flaky_proxy import CUT, FORWARD, FlakyProxy, unavailable
from tests.server.live_server import LiveServer
from tests.server.world import World

RECRUITER = "recruiter@example.org"


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """SyncStatus is a QObject: a Qt application exists, as in the app."""


def _notes(db: Database, body_prefix: str) -> list[str]:
    with db.read_session() as s:
        return list(
            s.scalars(
                select(Note.body).where(Note.body.startswith(body_prefix)).order_by(Note.created_at)
            )
        )


def test_first_sync_fills_the_cache_with_progress(
    server: LiveServer, world: World, tmp_path: Path
) -> None:
    progress: list[tuple[int, int]] = []

    async def scenario() -> None:
        session = await sign_in(server.url, RECRUITER, tmp_path)
        session.status.progress_changed.connect(lambda done, total: progress.append((done, total)))
        result = await session.engine.sync_now()
        assert not result.offline
        assert cache_versions(session.cache) == server_versions(server.url, RECRUITER)
        assert session.status.online
        assert session.status.last_sync
        await close(session)

    asyncio.run(scenario())
    assert progress
    assert progress[-1][0] == progress[-1][1] > 0


def test_offline_writes_reach_the_server_once_in_order(
    server: LiveServer, world: World, db: Database, tmp_path: Path
) -> None:
    alice = str(world.candidates["alice"].id)
    carol_eng = str(world.app("carol", "eng").id)
    stages = [str(world.stages["eng"][name].id) for name in ("Offer", "Interview", "Screening")]

    async def scenario() -> None:
        session = await sign_in(server.url, RECRUITER, tmp_path)
        await session.engine.sync_now()
        server.__exit__(None, None, None)  # the server goes away
        offline = await session.engine.sync_now()
        assert offline.offline
        assert not session.status.online
        for i in range(17):
            local_writes.create_note(session.cache, alice, f"offline note {i:02d}")
        for stage in stages:
            local_writes.move_stage(session.cache, carol_eng, stage)
        session.engine.local_write_done()
        assert session.status.pending == 20
        assert (await session.engine.sync_now()).offline  # still down: nothing lost
        with LiveServer(server.app, port=server.port):
            result = await session.engine.sync_now()
            assert result.pushed == 20
            assert session.status.pending == 0
            assert cache_versions(session.cache) == server_versions(server.url, RECRUITER)
            app_row = row(session.cache, "applications", carol_eng)
            assert app_row is not None and app_row["stage_id"] == stages[-1]
        await close(session)

    asyncio.run(scenario())
    assert _notes(db, "offline note") == [f"offline note {i:02d}" for i in range(17)]
    with db.read_session() as s:
        moves = s.scalars(
            select(StageChange.to_stage_id)
            .where(StageChange.application_id == world.app("carol", "eng").id)
            .where(StageChange.action == "moved")
            .order_by(StageChange.application_version)
        ).all()
    assert [str(m) for m in moves] == stages


def test_cut_answers_and_a_restarting_server_converge(
    server: LiveServer, world: World, db: Database, tmp_path: Path
) -> None:
    alice = str(world.candidates["alice"].id)

    async def scenario() -> None:
        async with FlakyProxy(server.port) as proxy:
            session = await sign_in(proxy.url, RECRUITER, tmp_path)
            await session.engine.sync_now()
            for i in range(3):
                local_writes.create_note(session.cache, alice, f"flaky note {i}")
            # The push is applied but its answer is cut; the retry meets a restarting server,
            # then gets through and is answered from the server's record.
            proxy.plan(CUT, unavailable())
            result = await session.engine.sync_now()
            assert result.pushed == 3
            assert not result.offline
            pushes = [p for p in proxy.paths() if p[1] == "/api/v1/sync/mutations"]
            assert [p[2] for p in pushes] == [CUT, 503, 200]
            # A pull cut in the middle of its answer is retried too.
            local_writes.create_note(session.cache, alice, "flaky note 3")
            proxy.plan(FORWARD, CUT)  # the push goes through, the pull is cut
            await session.engine.sync_now()
            assert cache_versions(session.cache) == server_versions(server.url, RECRUITER)
            await close(session)

    asyncio.run(scenario())
    assert _notes(db, "flaky note") == [f"flaky note {i}" for i in range(4)]


def test_the_loser_of_a_race_converges_and_is_told_who_and_where(
    server: LiveServer, world: World, tmp_path: Path
) -> None:
    carol_eng = str(world.app("carol", "eng").id)
    offer = str(world.stages["eng"]["Offer"].id)
    screening = str(world.stages["eng"]["Screening"].id)
    messages: list[str] = []

    async def scenario() -> None:
        winner = await sign_in(server.url, "hm@example.org", tmp_path / "hm")
        loser = await sign_in(server.url, RECRUITER, tmp_path / "recruiter")
        loser.status.message_added.connect(messages.append)
        await winner.engine.sync_now()
        await loser.engine.sync_now()
        local_writes.move_stage(winner.cache, carol_eng, offer)
        local_writes.move_stage(loser.cache, carol_eng, screening)
        await winner.engine.sync_now()
        result = await loser.engine.sync_now()
        app_row = row(loser.cache, "applications", carol_eng)
        assert app_row is not None
        assert app_row["stage_id"] == offer
        assert cache_versions(loser.cache) == server_versions(server.url, RECRUITER)
        assert result.messages == messages
        await close(winner)
        await close(loser)

    asyncio.run(scenario())
    assert len(messages) == 1
    assert "Carol Candidate" in messages[0]
    assert "Eng engineer" in messages[0]


def test_a_hiring_manager_removed_from_a_job_loses_its_rows(
    server: LiveServer, world: World, tmp_path: Path
) -> None:
    eng = world.jobs["eng"]

    async def scenario() -> None:
        session = await sign_in(server.url, "hm@example.org", tmp_path)
        await session.engine.sync_now()
        assert row(session.cache, "applications", str(world.app("alice", "eng").id))
        async with httpx.AsyncClient(base_url=server.url) as http:
            admin = world.auth("admin")
            roles = (await http.get(f"/api/v1/jobs/{eng.id}/roles", headers=admin)).json()
            mine = next(r for r in roles if r["user_id"] == str(world.users["hm"].id))
            gone = await http.delete(f"/api/v1/jobs/{eng.id}/roles/{mine['id']}", headers=admin)
            assert gone.status_code == 204
        await session.engine.sync_now()
        versions = cache_versions(session.cache)
        assert not [k for k in versions if k[0] in ("application", "candidate", "job", "stage")]
        assert versions == server_versions(server.url, "hm@example.org")
        await close(session)

    asyncio.run(scenario())


def test_reset_required_rebuilds_the_cache_and_keeps_the_outbox(
    server: LiveServer, world: World, db: Database, tmp_path: Path
) -> None:
    alice = str(world.candidates["alice"].id)

    async def scenario() -> None:
        session = await sign_in(server.url, "hm@example.org", tmp_path)
        await session.engine.sync_now()
        server.__exit__(None, None, None)
        local_writes.create_note(session.cache, alice, "kept across a reset")
        # While the client is away, an admin makes the hiring manager a recruiter.
        with db.write_session() as s:
            user = s.get(User, world.users["hm"].id)
            assert user is not None
            user.role = "recruiter"
            s.commit()
        with LiveServer(server.app, port=server.port):
            result = await session.engine.sync_now()
            assert result.resets == 1
            assert result.pushed == 1
            assert cache_versions(session.cache) == server_versions(server.url, "hm@example.org")
            assert row(session.cache, "candidates", str(world.candidates["dave"].id))
        await close(session)

    asyncio.run(scenario())
    assert _notes(db, "kept across") == ["kept across a reset"]


def test_a_client_killed_mid_push_loses_nothing_and_applies_nothing_twice(
    server: LiveServer, world: World, db: Database, tmp_path: Path
) -> None:
    alice = str(world.candidates["alice"].id)
    root = Path(__file__).resolve().parents[3]

    async def scenario() -> None:
        async with FlakyProxy(server.port) as proxy:
            proxy.hold_path = "/api/v1/sync/mutations"
            client = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.desktop.services.killed_client",
                proxy.url,
                str(tmp_path),
                alice,
                "5",
                cwd=root,
                stdout=asyncio.subprocess.PIPE,
            )
            assert client.stdout is not None
            assert await asyncio.wait_for(client.stdout.readline(), 60) == b"QUEUED\n"
            # The server applied the push; its answer never reaches the client, killed now.
            await asyncio.wait_for(proxy.held.wait(), 60)
            client.kill()
            await client.wait()
            assert _notes(db, "before the kill") == [f"before the kill {i}" for i in range(5)]

            proxy.hold_path = None
            session = await sign_in(proxy.url, RECRUITER, tmp_path)  # the same cache file
            with session.cache.read() as conn:
                assert outbox.count(conn) == 5
            result = await session.engine.sync_now()
            assert result.pushed == 5  # the outbox survived the kill
            assert session.status.pending == 0
            assert cache_versions(session.cache) == server_versions(server.url, RECRUITER)
            await close(session)

    asyncio.run(scenario())
    assert _notes(db, "before the kill") == [f"before the kill {i}" for i in range(5)]


def test_background_rounds_at_start_after_a_write_and_on_reconnect(
    server: LiveServer, world: World, db: Database, tmp_path: Path
) -> None:
    alice = str(world.candidates["alice"].id)

    async def until(condition: Callable[[], bool], what: str) -> None:
        for _ in range(200):
            if condition():
                return
            await asyncio.sleep(0.025)
        raise AssertionError(f"timed out waiting for {what}")

    async def scenario() -> None:
        session = await sign_in(server.url, RECRUITER, tmp_path)
        engine = session.engine
        engine.write_delay, engine.offline_retry = 0.05, 0.1
        engine.start()
        await until(lambda: bool(session.status.last_sync), "the first round at start")
        local_writes.create_note(session.cache, alice, "pushed by itself")
        engine.local_write_done()
        await until(lambda: _notes(db, "pushed by itself") != [], "the round after a write")
        server.__exit__(None, None, None)
        engine.request_sync()
        await until(lambda: not session.status.online, "going offline")
        local_writes.create_note(session.cache, alice, "pushed on reconnect")
        engine.local_write_done()
        with LiveServer(server.app, port=server.port):
            await until(lambda: session.status.online, "the reconnect")
            await until(lambda: session.status.pending == 0, "the push on reconnect")
        await close(session)

    asyncio.run(scenario())
    assert _notes(db, "pushed on reconnect") == ["pushed on reconnect"]


def test_an_unexpected_error_is_told_and_the_background_sync_lives_on(
    server: LiveServer, world: World, tmp_path: Path
) -> None:
    messages: list[str] = []

    async def scenario() -> None:
        session = await sign_in(server.url, RECRUITER, tmp_path)
        session.status.message_added.connect(messages.append)
        engine = session.engine
        engine.offline_retry = 0.05
        engine.start()
        for _ in range(200):
            if session.status.last_sync:
                break
            await asyncio.sleep(0.025)
        session.cache.close()  # the cache can no longer be used: every round fails
        engine.request_sync()
        for _ in range(200):
            if messages:
                break
            await asyncio.sleep(0.025)
        assert engine.running
        await engine.stop()
        await session.api.aclose()

    asyncio.run(scenario())
    assert messages
    assert "unexpected error" in messages[0]


def test_a_push_tells_the_views_which_entities_it_changed(
    server: LiveServer, world: World, tmp_path: Path
) -> None:
    assert world.pool is not None
    pool, carol = str(world.pool.id), str(world.candidates["carol"].id)
    announced: list[frozenset[str]] = []

    async def scenario() -> None:
        session = await sign_in(server.url, RECRUITER, tmp_path)
        await session.engine.sync_now()
        session.status.data_changed.connect(announced.append)
        local_writes.add_to_pool(session.cache, pool, carol)
        await session.engine.sync_now()
        await close(session)

    asyncio.run(scenario())
    # The push's announcement comes before the pull's: it names the rows' entity, so a
    # view showing pool members reloads even when the pull brings nothing.
    assert "pool_member" in announced[0]

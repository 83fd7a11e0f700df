"""LinkedInService against the real ATS server and the real LinkedIn sandbox on loopback, as
the desktop uses it: the admin's whole setup with the wizard's waits (at company level, and
at contract level on the second of two contracts), the user's own connection, the three
outcomes of a profile lookup, Recruiter projects, link and unlink as local writes settled by
sync rounds (one lost to someone else's link), and the history reaching the cache at contract
level only. The browser is played by following the authorization URL with httpx."""

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recruiter_api.enums import (
    COMPANY_FEATURES,
    CONTRACT_FEATURES,
    HistorySyncState,
    LinkedInEventOutcome,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
    MatchedBy,
    ProfileOutcome,
)
from recruiter_api.linkedin import AuthorizationStart, LinkedInIntegration
from recruiter_desktop.services.errors import Conflict, Forbidden
from recruiter_desktop.services.linkedin import LinkedInService
from recruiter_desktop.services.workspace import Who, Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.queries import linkedin as queries
from recruiter_desktop.store.queries.pools import pool_members, pools
from tests.desktop.services.desktop import close, sign_in
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import (
    ADMIN_EMAIL,
    MEMBER_EMAILS,
    OSLO,
    SEATS,
    STOCKHOLM,
    LinkedIn,
)
from tests.server.live_server import LiveServer
from tests.server.world import World

# The LinkedIn tests' fixtures: the sandbox, and the ATS server pointed at it.
__all__ = ["ats", "li", "linkedin_settings", "sandbox"]

# How often the tests' waits read the state again (the app's default is 2 s).
EVERY = 0.1
LINK = frozenset({"linkedin_link", "candidate"})


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """SyncStatus is a QObject: a Qt application exists, as in the app."""


async def desktop(url: str, user: str, data_dir: Path) -> Workspace:
    """`user`'s signed-in desktop after its first sync (rounds run when a test says)."""
    email = f"{user}@example.org"
    session = await sign_in(url, email, data_dir)
    me = await session.api.me()
    await session.engine.sync_now()
    return Workspace(session, Who(str(me.user.id), email, me.user.role, url))


async def browser(li: LinkedIn, start: AuthorizationStart, member: str) -> None:
    """The person signs in to LinkedIn in the system browser, which LinkedIn sends back to
    the server."""
    answer = await asyncio.to_thread(li.sign_in, start.model_dump(mode="json"), member)
    assert answer.status_code == 200, answer.text


def history_finished(row: LinkedInIntegration) -> bool:
    done = (HistorySyncState.DONE, HistorySyncState.FAILED)
    return row.state is LinkedInState.ENABLED and row.history_state in done


async def set_up(
    linkedin: LinkedInService, li: LinkedIn, level: LinkedInLevel, contract: str
) -> LinkedInIntegration:
    """The admin's wizard, step by step, waiting where the wizard waits."""
    start = await linkedin.connect()
    assert (await linkedin.integration()).state is LinkedInState.SIGNING_IN
    signed_in = asyncio.create_task(
        linkedin.wait_for(lambda i: i.state is not LinkedInState.SIGNING_IN, every=EVERY)
    )
    await browser(li, start, ADMIN_EMAIL)
    row = await signed_in
    assert row.state is LinkedInState.CHOOSE_CONTRACT
    assert {c.contract for c in row.contracts} == {STOCKHOLM, OSLO}
    assert (await linkedin.choose_contract(contract)).state is LinkedInState.CONNECTED
    assert (await linkedin.request_integration()).state is LinkedInState.REQUESTED
    assert (await linkedin.notify_partner()).state is LinkedInState.PARTNER_READY

    # A Recruiter admin enables the level in Recruiter while the wizard waits and shows it.
    polled: list[LinkedInIntegration] = []
    enabled = asyncio.create_task(
        linkedin.wait_for(history_finished, every=EVERY, on_poll=polled.append)
    )
    body = {"level": level.value, "contract": contract}
    answer = await asyncio.to_thread(li.sandbox.post, "/sandbox/integrations/enable", json=body)
    assert answer.status_code == 200, answer.text
    row = await enabled
    assert polled[0].state is LinkedInState.PARTNER_READY and polled[-1] is row
    assert row.history_state is HistorySyncState.DONE, row.history_message
    assert (row.level, row.contract_urn) == (level, contract)
    return row


async def connect_own_account(workspace: Workspace, li: LinkedIn, member: str) -> None:
    start = await workspace.linkedin.connect_me()
    connected = asyncio.create_task(workspace.linkedin.wait_for_my_connection(every=EVERY))
    await browser(li, start, member)
    assert (await connected).connected


def test_company_level_setup_connection_profiles_projects_and_links_through_the_sync(
    li: LinkedIn, ats: LiveServer, world: World, tmp_path: Path
) -> None:
    li.member("Alice", "Candidate", "alice@example.net")
    first = li.member("Carol", "Candidate", headline="Designer in Oslo")
    second = li.member("Carol", "Candidate", headline="Engineer in Malmö")
    alice, carol, dave = (str(world.candidates[n].id) for n in ("alice", "carol", "dave"))

    async def scenario() -> None:
        admin = await desktop(ats.url, "admin", tmp_path)
        recruiter = await desktop(ats.url, "recruiter", tmp_path)
        try:
            with pytest.raises(Forbidden, match="Only admins"):
                await recruiter.linkedin.connect()
            mine = await recruiter.linkedin.my_connection()
            assert not mine.connected and "an admin does that first" in mine.message
            # Leaving a wait ends it at once.
            waiting = asyncio.create_task(
                admin.linkedin.wait_for(lambda i: i.state is LinkedInState.ENABLED, every=60)
            )
            await asyncio.sleep(0.2)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting

            row = await set_up(admin.linkedin, li, LinkedInLevel.COMPANY, STOCKHOLM)
            assert row.features == list(COMPANY_FEATURES)
            assert row.connected_member_name == "Maja Lindqvist"
            accepted = await admin.linkedin.events(outcome=LinkedInEventOutcome.ACCEPTED)
            assert any(e.type == "INTEGRATION_STATUS_CHANGE" for e in accepted)
            assert (await admin.linkedin.push_now()).failed == 0
            assert (await admin.linkedin.indicator_status()).pending == 0

            # The recruiter's own account, with the wait for the browser to come back.
            await connect_own_account(recruiter, li, MEMBER_EMAILS["erik"])
            mine = await recruiter.linkedin.my_connection()
            assert (mine.name, mine.seat) == ("Erik Sandberg", SEATS[("erik", STOCKHOLM)])
            assert LinkedInFeature.PROFILE_WIDGET in mine.features

            # The three outcomes of a lookup.
            exact = await recruiter.linkedin.profile(alice)
            assert exact.outcome is ProfileOutcome.LINKED and exact.link is not None
            assert exact.link.matched_by is MatchedBy.EMAIL
            assert exact.profile is not None and exact.profile.first_name == "Alice"
            suggested = await recruiter.linkedin.profile(carol)
            assert suggested.outcome is ProfileOutcome.SUGGESTIONS
            assert {s.member_id for s in suggested.suggestions} == {first, second}
            nothing = await recruiter.linkedin.profile(dave)
            assert nothing.outcome is ProfileOutcome.NO_MATCH
            assert "No LinkedIn member matches Dave Candidate" in nothing.message

            projects = await recruiter.linkedin.projects()
            assert projects
            saved = await recruiter.linkedin.save_to_project(alice, projects[0].id)
            assert saved.added and saved.member_id == exact.link.member_id
            assert not (await recruiter.linkedin.save_to_project(alice, projects[0].id)).added
            with pytest.raises(Conflict, match="Link Carol Candidate to their LinkedIn"):
                await recruiter.linkedin.save_to_project(carol, projects[0].id)

            # Company level: no history, online or in the cache, and it says why.
            history = await recruiter.linkedin.history(alice)
            assert history.inmails == [] and history.notes == []
            assert history.message is not None and "contract-level" in history.message
            erik = SEATS[("erik", STOCKHOLM)]
            inmail = {"member": exact.link.member_id, "body": "Hi", "seat": erik}
            sent = await asyncio.to_thread(li.sandbox.post, "/sandbox/inmails", json=inmail)
            assert sent.status_code == 201, sent.text
            with pytest.raises(Conflict, match="contract-level"):
                await admin.linkedin.pull_now()
            changed: list[frozenset[str]] = []
            recruiter.status.data_changed.connect(changed.append)
            await recruiter.session.engine.sync_now()
            state = await recruiter.read(queries.integration)
            assert state is not None and state.level is LinkedInLevel.COMPANY
            assert not state.gives(LinkedInFeature.INMAIL_HISTORY)
            cached = await recruiter.read(queries.candidate_link, alice)
            assert cached is not None and cached.matched_by is MatchedBy.EMAIL
            assert (await recruiter.read(queries.candidate_inmails, alice)).total == 0

            # Link a suggestion: it shows at once, and the next round settles it.
            chosen = next(s for s in suggested.suggestions if s.member_id == first)
            await recruiter.write(
                LINK,
                local_writes.link_profile,
                carol,
                chosen.member_id,
                first_name=chosen.first_name,
                last_name=chosen.last_name,
                headline=chosen.headline,
                location=chosen.location,
                profile_url=chosen.profile_url,
            )
            shown = await recruiter.read(queries.candidate_link, carol)
            assert shown is not None and shown.pending and shown.headline == "Designer in Oslo"
            assert recruiter.status.pending == 1
            round_ = await recruiter.session.engine.sync_now()
            assert (round_.pushed, round_.messages) == (1, [])
            linked = await recruiter.read(queries.candidate_link, carol)
            assert linked is not None and not linked.pending
            assert (linked.member_id, linked.linked_by) == (first, "Recruiter Tester")
            assert any("linkedin_link" in entities for entities in changed)
            online = await recruiter.linkedin.profile(carol)
            assert online.profile is not None and online.profile.headline == "Designer in Oslo"

            # The admin relinks Carol from their desktop while the recruiter's unlink waits:
            # the recruiter's cache takes the admin's link, with a message naming Carol.
            await connect_own_account(admin, li, MEMBER_EMAILS["maja"])
            await admin.session.engine.sync_now()
            await recruiter.write(LINK, local_writes.unlink_profile, carol)
            assert await recruiter.read(queries.candidate_link, carol) is None
            await admin.write(LINK, local_writes.link_profile, carol, second, first_name="Carol")
            assert (await admin.session.engine.sync_now()).messages == []
            said: list[str] = []
            recruiter.status.message_added.connect(said.append)
            lost = await recruiter.session.engine.sync_now()
            [message] = lost.messages
            assert message.startswith("Unlink Carol Candidate from LinkedIn: not applied")
            assert "Admin Tester linked them" in message and said == [message]
            after = await recruiter.read(queries.candidate_link, carol)
            assert after is not None and not after.pending
            assert (after.member_id, after.linked_by) == (second, "Admin Tester")

            assert not (await recruiter.linkedin.disconnect_me()).connected
            gone = await admin.linkedin.disconnect()
            assert gone.state is LinkedInState.NOT_CONNECTED and gone.contract_urn is None
        finally:
            await close(recruiter.session)
            await close(admin.session)

    asyncio.run(scenario())


def test_contract_level_on_the_second_contract_brings_the_history_into_the_cache(
    li: LinkedIn, ats: LiveServer, world: World, tmp_path: Path
) -> None:
    alice_member = li.member("Alice", "Candidate", "alice@example.net")
    stub = li.member("Stina", "Shared", "stina.shared@example.com")
    alice = str(world.candidates["alice"].id)
    sofia, maja = SEATS[("sofia", OSLO)], SEATS[("maja", OSLO)]

    def on_linkedin() -> None:
        """What Sofia and Maja do in Recruiter: InMails, notes, a profile shared."""
        for seat, text in ((sofia, "Hej Alice, from Sofia"), (maja, "Hello Alice, from Maja")):
            body = {"member": alice_member, "body": text, "subject": "A role", "seat": seat}
            assert li.sandbox.post("/sandbox/inmails", json=body).status_code == 201
        for text, shared in (("Great fit for eng.", True), ("Private thoughts.", False)):
            note = {"member": alice_member, "note": text, "seat": sofia, "shared": shared}
            assert li.sandbox.post("/sandbox/notes", json=note).status_code == 201
        body = {"member": stub, "body": "Hi Stina", "seat": sofia}
        assert li.sandbox.post("/sandbox/inmails", json=body).status_code == 201
        share = {"member": stub, "seat": sofia}
        assert li.sandbox.post("/sandbox/profile-shares", json=share).status_code == 201

    async def scenario() -> None:
        admin = await desktop(ats.url, "admin", tmp_path)
        recruiter = await desktop(ats.url, "recruiter", tmp_path)
        try:
            row = await set_up(admin.linkedin, li, LinkedInLevel.CONTRACT, OSLO)
            assert row.features == list(CONTRACT_FEATURES)
            await connect_own_account(recruiter, li, MEMBER_EMAILS["sofia"])
            assert (await recruiter.linkedin.profile(alice)).outcome is ProfileOutcome.LINKED
            await asyncio.to_thread(on_linkedin)
            pulled = await admin.linkedin.pull_now()
            assert (pulled.stub_profiles, pulled.candidates_created) == (1, 1)

            await recruiter.session.engine.sync_now()
            inmails = await recruiter.read(queries.candidate_inmails, alice)
            online = await recruiter.linkedin.history(alice)
            # Sofia's own InMail in full, Maja's as who and when: in the cache as online.
            assert {(m.correspondent_name, m.body) for m in inmails.items} == {
                ("Sofia Nilsson", "Hej Alice, from Sofia"),
                ("Maja Lindqvist", None),
            }
            assert {(m.correspondent_name, m.body) for m in online.inmails} == {
                (m.correspondent_name, m.body) for m in inmails.items
            }
            notes = await recruiter.read(queries.candidate_linkedin_notes, alice)
            assert [n.text for n in notes.items] == [n.text for n in online.notes]
            assert [n.text for n in notes.items] == ["Great fit for eng."]
            # The stub profile is a member of the system LinkedIn pool.
            found = await recruiter.read(pools)
            pool = next(p for p in found.items if p.system_key == "linkedin")
            members = await recruiter.read(pool_members, pool.id)
            assert [(m.first_name, m.last_name, m.email) for m in members.items] == [
                ("Stina", "Shared", "stina.shared@example.com")
            ]

            # The history sync runs again on request, its progress read while it runs.
            again = await admin.linkedin.start_history_sync()
            assert again.history_state in (HistorySyncState.RUNNING, HistorySyncState.DONE)
            done = await admin.linkedin.wait_for(history_finished, every=EVERY)
            assert done.history_state is HistorySyncState.DONE, done.history_message
            assert (await admin.linkedin.refresh()).state is LinkedInState.ENABLED
        finally:
            await close(recruiter.session)
            await close(admin.session)

    asyncio.run(scenario())

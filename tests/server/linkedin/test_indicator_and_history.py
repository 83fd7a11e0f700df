"""What flows between the ATS and Recruiter after the setup: the In-ATS indicator (never a
candidate only in Prospect), and at contract level InMail history, notes history and stub
profiles, with other people's InMails as who and when only; nothing of that at company level."""

from typing import Any

from sqlalchemy import select

from recruiter_server.db.models import Candidate, PoolMember, TalentPool
from tests.server.linkedin.flows import MEMBER_EMAILS, OSLO, SEATS, STOCKHOLM, LinkedIn, wait_for
from tests.server.sync_client import Replica


def jobs_in_indicator(li: LinkedIn, member: str) -> list[dict[str, Any]]:
    shown = li.indicator(member)
    return [job for i in shown["instances"] for c in i["candidates"] for job in c["jobs"]]


def test_the_indicator_shows_candidates_beyond_prospect_only(li: LinkedIn) -> None:
    alice = li.member("Alice", "Candidate", "alice@example.net")
    bob = li.member("Bob", "Candidate", "bob@example.net")
    li.set_up("company", STOCKHOLM)

    (job,) = jobs_in_indicator(li, alice)
    assert job["title"] == "Eng engineer" and job["currentStage"] == "Screening"
    assert [s["stage"] for s in job["stages"]] == ["Screening"]
    (feedback,) = job["interviewFeedback"]
    assert feedback["interviewer"]["firstName"] == "Interviewer2"
    assert {"attribute": "Rating", "result": "3 of 4"} in feedback["evaluations"]
    candidate = li.indicator(alice)["instances"][0]["candidates"][0]
    assert [n["note"] for n in candidate["notes"]] == ["Strong portfolio."]
    # Bob is only in Prospect: nothing of him reached LinkedIn.
    assert li.indicator(bob)["instances"] == []

    screening = li.world.stages["sales"]["Screening"].id
    moved = li.mutate(
        "admin", "application.move_stage", li.world.app("bob", "sales").id, stage_id=str(screening)
    )
    assert moved["status"] == "applied", moved
    note = li.server.post(
        "/api/v1/notes",
        json={"candidate_id": str(li.world.candidates["bob"].id), "body": "Call after lunch."},
        headers=li.as_("admin"),
    )
    assert note.status_code == 201, note.text
    # The worker pushes by itself; "push now" does the same at once.
    li.push()
    (job,) = wait_for("bob in the indicator", lambda: jobs_in_indicator(li, bob))
    assert [s["stage"] for s in job["stages"]] == ["Prospect", "Screening"]
    assert job["currentStage"] == "Screening"
    notes = li.indicator(bob)["instances"][0]["candidates"][0]["notes"]
    assert [n["note"] for n in notes] == ["Prefers remote.", "Call after lunch."]
    status = li.ok(li.server.get("/api/v1/linkedin/integration/outbox", headers=li.as_("admin")))
    assert status["pending"] == 0 and status["sent_records"] > 5


def test_contract_level_brings_inmails_notes_and_stub_profiles(li: LinkedIn) -> None:
    alice = li.member("Alice", "Candidate", "alice@example.net")
    stub = li.member("Stina", "Shared", "stina.shared@example.com")
    li.set_up("contract", OSLO)
    li.connect_user("recruiter", MEMBER_EMAILS["sofia"])
    li.connect_user("admin", MEMBER_EMAILS["maja"])
    sofia, maja = SEATS[("sofia", OSLO)], SEATS[("maja", OSLO)]
    cid = str(li.world.candidates["alice"].id)
    linked = li.server.get(f"/api/v1/linkedin/candidates/{cid}/profile", headers=li.as_("admin"))
    assert li.ok(linked)["outcome"] == "linked"
    for seat, text in ((sofia, "Hej Alice, from Sofia"), (maja, "Hello Alice, from Maja")):
        sent = li.sandbox.post(
            "/sandbox/inmails",
            json={"member": alice, "body": text, "subject": "A role", "seat": seat},
        )
        assert sent.status_code == 201, sent.text
    for text, shared in (("Great fit for eng.", True), ("Private thoughts.", False)):
        made = li.sandbox.post(
            "/sandbox/notes", json={"member": alice, "note": text, "seat": sofia, "shared": shared}
        )
        assert made.status_code == 201, made.text
    assert (
        li.sandbox.post(
            "/sandbox/inmails", json={"member": stub, "body": "Hi Stina", "seat": sofia}
        ).status_code
        == 201
    )
    share = li.sandbox.post("/sandbox/profile-shares", json={"member": stub, "seat": sofia})
    assert share.status_code == 201, share.text

    pulled = li.ok(li.post("/integration/pull"))
    assert pulled["stub_profiles"] == 1 and pulled["candidates_created"] == 1
    assert li.integration()["last_pull_at"] is not None

    def inmails(user: str) -> list[dict[str, Any]]:
        feed = Replica(li.server, li.as_(user))
        changes = feed.pull(limit=5)
        # The first page counts what the whole pull sends: others' InMails left out.
        first = li.server.get(
            "/api/v1/sync/changes", params={"limit": 5, "shape": "rows"}, headers=li.as_(user)
        )
        assert li.ok(first)["total"] == len(changes)
        rows = [r for (e, _i), r in feed.rows.items() if e == "inmail_message"]
        return [r for r in rows if r["candidate_id"] == cid]

    def bodies(rows: list[dict[str, Any]]) -> dict[str, str | None]:
        return {r["correspondent_name"]: r["body"] for r in rows}

    # Each seat holder reads their own InMail in full, the other's as who and when.
    assert bodies(inmails("recruiter")) == {
        "Sofia Nilsson": "Hej Alice, from Sofia",
        "Maja Lindqvist": None,
    }
    assert bodies(inmails("admin")) == {
        "Sofia Nilsson": None,
        "Maja Lindqvist": "Hello Alice, from Maja",
    }
    assert bodies(inmails("hm")) == {"Sofia Nilsson": None, "Maja Lindqvist": None}
    assert inmails("hm2") == []  # alice is not in their jobs
    history = li.ok(
        li.server.get(f"/api/v1/linkedin/candidates/{cid}/history", headers=li.as_("recruiter"))
    )
    assert bodies(history["inmails"]) == bodies(inmails("recruiter"))
    assert [n["text"] for n in history["notes"]] == ["Great fit for eng."]
    assert history["notes"][0]["author_name"] == "Sofia Nilsson"

    with li.db.read_session() as session:
        pool = session.scalars(select(TalentPool).where(TalentPool.system_key == "linkedin")).one()
        members = session.scalars(
            select(PoolMember.candidate_id).where(PoolMember.pool_id == pool.id)
        )
        (candidate,) = [session.get(Candidate, m) for m in members]
        assert candidate is not None
        assert (candidate.first_name, candidate.last_name) == ("Stina", "Shared")
        assert candidate.email == "stina.shared@example.com"
        assert candidate.linkedin_member_id == stub and candidate.source == "LinkedIn"
    # A second pull makes no duplicate.
    assert li.ok(li.post("/integration/pull"))["candidates_created"] == 0


def test_company_level_never_shows_contract_level_history(li: LinkedIn) -> None:
    alice = li.member("Alice", "Candidate", "alice@example.net")
    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    cid = str(li.world.candidates["alice"].id)
    li.ok(li.server.get(f"/api/v1/linkedin/candidates/{cid}/profile", headers=li.as_("recruiter")))
    sent = li.sandbox.post(
        "/sandbox/inmails", json={"member": alice, "body": "Hi", "seat": SEATS[("erik", STOCKHOLM)]}
    )
    assert sent.status_code == 201
    assert li.post("/integration/pull").status_code == 409
    history = li.ok(
        li.server.get(f"/api/v1/linkedin/candidates/{cid}/history", headers=li.as_("recruiter"))
    )
    assert history["inmails"] == [] and history["notes"] == []
    assert "contract-level" in history["message"]
    assert history["features"] == ["one_click_export", "in_ats_indicator", "profile_widget"]
    feed = Replica(li.server, li.as_("admin"))
    feed.pull()
    assert not feed.ids("inmail_message") and not feed.ids("linkedin_note")

"""1-click export from LinkedIn Recruiter (the sandbox's contact card) into the ATS: accepted
into Prospect, and each refusal that creates nothing, logged in words for the admins."""

import hashlib
import hmac
import json
import time
from typing import Any

from sqlalchemy import func, select

from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_SECRET
from recruiter_server.db.models import (
    Application,
    Candidate,
    Job,
    JobRole,
    LinkedInLink,
    Stage,
    StageChange,
)
from tests.server.linkedin.flows import MEMBER_EMAILS, SEATS, STOCKHOLM, LinkedIn
from tests.server.world import make_job

ERIK = SEATS[("erik", STOCKHOLM)]  # the ATS "recruiter": recruiter on eng
JONAS = SEATS[("jonas", STOCKHOLM)]  # the ATS "hm": hiring manager on eng only


def counts(li: LinkedIn) -> tuple[int, int]:
    with li.db.read_session() as session:
        return (
            session.execute(select(func.count()).select_from(Candidate)).scalar_one(),
            session.execute(select(func.count()).select_from(Application)).scalar_one(),
        )


def ready(li: LinkedIn) -> None:
    """Jobs LinkedIn must know before the setup syncs them: a closed one and one whose
    stages lack Prospect (imported from an older system)."""
    with li.db.write_session() as session:
        make_job(session, "legacy", status="closed")
        job = Job(code="NOPRO", title="Nopro engineer", status="active")
        session.add(job)
        session.flush()
        session.add_all(
            [Stage(job_id=job.id, name=n, position=i) for i, n in enumerate(("Screening", "Offer"))]
        )
        session.commit()
    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    li.connect_user("hm", MEMBER_EMAILS["jonas"])


def test_an_export_lands_in_prospect_once_and_a_second_job_reuses_the_candidate(
    li: LinkedIn,
) -> None:
    ready(li)
    member = li.member("Zelda", "Exported", headline="Staff Engineer at Volvo Cars")
    before = counts(li)
    verdict = li.exported(member, "Eng engineer", ERIK)
    assert verdict["outcome"] == "accepted", verdict["message"]
    assert "now in Prospect" in verdict["message"] and "Recruiter Tester" in verdict["message"]
    with li.db.read_session() as session:
        candidate = session.get(Candidate, verdict["candidate_id"])
        assert candidate is not None and candidate.linkedin_member_id == member
        assert candidate.source == "LinkedIn" and "Recruiter Tester" in (
            candidate.source_detail or ""
        )
        app = session.get(Application, verdict["application_id"])
        assert app is not None
        stage = session.get(Stage, app.stage_id)
        assert stage is not None and stage.name == "Prospect"
        created = session.scalars(
            select(StageChange).where(StageChange.application_id == app.id)
        ).one()
        assert created.changed_by_id == li.world.users["recruiter"].id
        link = session.scalars(select(LinkedInLink).where(LinkedInLink.member_id == member)).one()
        assert link.matched_by == "export" and link.first_name == "Zelda"
    assert counts(li) == (before[0] + 1, before[1] + 1)

    # Replayed by LinkedIn: refused, nothing new.
    again = li.sandbox.post(f"/sandbox/events/{verdict['event_id']}/redeliver")
    assert again.status_code == 200, again.text

    def replay_logged() -> bool:
        return sum(bool(e["event_id"] == verdict["event_id"]) for e in li.events()) == 2

    deadline = time.monotonic() + 20
    while not replay_logged():
        assert time.monotonic() < deadline, "the replay was never logged"
        time.sleep(0.1)
    replay = next(e for e in li.events() if e["event_id"] == verdict["event_id"])
    assert replay["outcome"] == "refused" and "sent again" in replay["message"]
    assert counts(li) == (before[0] + 1, before[1] + 1)

    # The same member to another job: the same candidate, now in both.
    with li.db.write_session() as session:
        session.add(
            JobRole(
                job_id=li.world.jobs["sales"].id,
                user_id=li.world.users["recruiter"].id,
                role="recruiter",
            )
        )
        session.commit()
    second = li.exported(member, "Sales engineer", ERIK)
    assert second["outcome"] == "accepted", second["message"]
    assert second["candidate_id"] == verdict["candidate_id"]
    assert "existing candidate" in second["message"]
    assert counts(li) == (before[0] + 1, before[1] + 2)


def test_exports_that_break_a_rule_are_refused_and_create_nothing(li: LinkedIn) -> None:
    ready(li)
    member = li.member("Yusuf", "Refused")
    before = counts(li)
    cases: list[tuple[str, str, dict[str, Any], str]] = [
        ("Legacy engineer", ERIK, {"includeClosed": True}, "closed"),
        ("Nopro engineer", ERIK, {}, "no Prospect stage"),
        ("Sales engineer", JONAS, {}, "neither the hiring manager nor the recruiter role"),
        (
            "Eng engineer",
            ERIK,
            {"exportedAt": int(time.time() * 1000) - 3 * 86_400_000},
            "3 days ago",
        ),
    ]
    for job, seat, extra, words in cases:
        verdict = li.exported(member, job, seat, **extra)
        assert verdict["outcome"] == "refused", (job, verdict["message"])
        assert words in verdict["message"], verdict["message"]
    # An exporter whose seat no ATS user connected.
    maja = li.exported(member, "Eng engineer", SEATS[("maja", STOCKHOLM)])
    assert maja["outcome"] == "refused" and "belongs to no user" in maja["message"]
    assert counts(li) == before
    # The admins see each refusal.
    refused = li.ok(
        li.server.get(
            "/api/v1/linkedin/integration/events",
            params={"outcome": "refused"},
            headers=li.as_("admin"),
        )
    )
    assert len(refused) >= 5
    hidden = li.server.get("/api/v1/linkedin/integration/events", headers=li.as_("recruiter"))
    assert hidden.status_code == 403


def test_a_push_with_a_bad_signature_is_refused(li: LinkedIn) -> None:
    ready(li)
    before = counts(li)
    body = json.dumps({"id": "forged-1", "type": "EXPORT_CANDIDATE_PROFILE"}).encode()
    wrong = hmac.new(b"not-the-secret", body, hashlib.sha256).hexdigest()
    for signature in (f"hmacsha256={wrong}", None):
        headers = {"Content-Type": "application/json"}
        if signature:
            headers["X-LI-Signature"] = signature
        answer = li.server.post("/api/v1/linkedin/webhooks/export", content=body, headers=headers)
        assert answer.status_code == 401, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
    assert counts(li) == before
    logged = [e for e in li.events() if e["event_id"] == "forged-1"]
    assert len(logged) == 2 and all(e["outcome"] == "refused" for e in logged)
    assert all("signature" in e["message"].lower() for e in logged)
    # The right signature of the same bytes goes through the checks (and LinkedIn has no
    # such export): the forged attempts did not mark the id as handled.
    right = hmac.new(DEFAULT_PARTNER_CLIENT_SECRET.encode(), body, hashlib.sha256).hexdigest()
    answer = li.server.post(
        "/api/v1/linkedin/webhooks/export",
        content=body,
        headers={"Content-Type": "application/json", "X-LI-Signature": f"hmacsha256={right}"},
    )
    assert answer.status_code == 200, answer.text
    assert "could not be fetched" in answer.json()["message"]


def test_the_callback_answers_the_challenge(li: LinkedIn) -> None:
    code = "3f1c2a9e-1111-4a4a-9b9b-000000000001"
    answer = li.ok(
        li.server.get("/api/v1/linkedin/webhooks/export", params={"challengeCode": code})
    )
    expected = hmac.new(
        DEFAULT_PARTNER_CLIENT_SECRET.encode(), code.encode(), hashlib.sha256
    ).hexdigest()
    assert answer == {"challengeCode": code, "challengeResponse": expected}

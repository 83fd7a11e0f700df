"""The candidate's LinkedIn tab: the three matching outcomes, link and unlink as sync
mutations with their conflict rule, and saving to a Recruiter project."""

from tests.server.linkedin.flows import MEMBER_EMAILS, STOCKHOLM, LinkedIn
from tests.server.sync_client import Replica


def profile(li: LinkedIn, user: str, candidate: str) -> dict[str, object]:
    cid = li.world.candidates[candidate].id
    return dict(
        li.ok(li.server.get(f"/api/v1/linkedin/candidates/{cid}/profile", headers=li.as_(user)))
    )


def test_exact_match_suggestions_and_no_match_then_link_and_unlink(li: LinkedIn) -> None:
    alice = li.member("Alice", "Candidate", "alice@example.net")
    first = li.member("Carol", "Candidate", headline="Designer in Oslo")
    second = li.member("Carol", "Candidate", headline="Engineer in Malmö")
    li.set_up("company", STOCKHOLM)
    cid = li.world.candidates["carol"].id
    # Not before the user connected their own account.
    early = li.server.get(f"/api/v1/linkedin/candidates/{cid}/profile", headers=li.as_("recruiter"))
    assert early.status_code == 403 and "Connect your own LinkedIn" in early.json()["detail"]
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    li.connect_user("admin", MEMBER_EMAILS["maja"])

    exact = profile(li, "recruiter", "alice")
    assert exact["outcome"] == "linked", exact
    assert exact["link"]["member_id"] == alice and exact["link"]["matched_by"] == "email"  # type: ignore[index]
    assert "e-mail" in str(exact["message"])
    suggested = profile(li, "recruiter", "carol")
    assert suggested["outcome"] == "suggestions"
    assert {s["member_id"] for s in suggested["suggestions"]} == {first, second}  # type: ignore[attr-defined]
    nothing = profile(li, "recruiter", "dave")
    assert nothing["outcome"] == "no_match" and "No LinkedIn member" in str(nothing["message"])

    linked = li.mutate("recruiter", "linkedin.link_profile", cid, member_id=first)
    assert linked["status"] == "applied", linked
    assert linked["entity"]["matched_by"] == "user"
    assert linked["entity"]["linked_by_id"] == str(li.world.users["recruiter"].id)
    feed = Replica(li.server, li.as_("admin"))
    feed.pull()
    links = [r for (e, _i), r in feed.rows.items() if e == "linkedin_link"]
    assert {r["member_id"] for r in links} == {alice, first}
    shown = profile(li, "recruiter", "carol")
    assert shown["outcome"] == "linked" and shown["profile"]["headline"] == "Designer in Oslo"  # type: ignore[index]

    # The admin, who had not seen that link, picks the other Carol: a conflict in words.
    clash = li.mutate("admin", "linkedin.link_profile", cid, member_id=second)
    assert clash["status"] == "conflict" and "Recruiter Tester linked them" in clash["detail"]
    # An interviewer may not link at all.
    li.connect_user("interviewer", MEMBER_EMAILS["jonas"])
    refused = li.mutate("interviewer", "linkedin.link_profile", cid, member_id=second)
    assert refused["status"] == "rejected"
    # The same member cannot be two candidates.
    taken = li.mutate(
        "recruiter", "linkedin.link_profile", li.world.candidates["dave"].id, member_id=alice
    )
    assert taken["status"] == "rejected" and "linked to Alice Candidate" in taken["detail"]

    unlinked = li.mutate(
        "recruiter", "linkedin.unlink_profile", cid, base_version=linked["entity"]["version"]
    )
    assert unlinked["status"] == "applied", unlinked
    feed.pull()
    assert {r["member_id"] for (e, _i), r in feed.rows.items() if e == "linkedin_link"} == {alice}
    # The unlinked member is not offered again.
    again = profile(li, "recruiter", "carol")
    assert {s["member_id"] for s in again["suggestions"]} == {second}  # type: ignore[attr-defined]


def test_a_linked_candidate_is_saved_to_a_recruiter_project(li: LinkedIn) -> None:
    li.member("Alice", "Candidate", "alice@example.net")
    li.set_up("company", STOCKHOLM)
    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    projects = li.ok(li.server.get("/api/v1/linkedin/projects", headers=li.as_("recruiter")))
    assert projects, "the seeded contract has projects"
    assert profile(li, "recruiter", "alice")["outcome"] == "linked"
    cid = li.world.candidates["alice"].id
    path = f"/api/v1/linkedin/candidates/{cid}/projects"
    body = {"project_id": projects[0]["id"]}
    saved = li.ok(li.server.post(path, json=body, headers=li.as_("recruiter")))
    assert saved["added"] is True
    assert li.ok(li.server.post(path, json=body, headers=li.as_("recruiter")))["added"] is False

"""Demo mode: the in-process ATS server and its demo organisation."""

from collections import Counter
from pathlib import Path

import httpx

from recruiter_desktop.demo import DEMO_PASSWORD, DEMO_USERS, DemoServer
from tests.server.sync_client import Replica


def _signed_in(http: httpx.Client, email: str) -> dict[str, str]:
    answer = http.post("/api/v1/auth/token", data={"username": email, "password": DEMO_PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_the_demo_server_serves_a_seeded_organisation_and_cleans_up(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as demo, httpx.Client(base_url=demo.url, timeout=30) as http:
        folder = demo.folder
        assert folder.parent == tmp_path
        assert demo.url.startswith("http://127.0.0.1:")
        for user in DEMO_USERS:
            me = http.get("/api/v1/me", headers=_signed_in(http, user.email)).json()
            assert me["user"]["role"] == user.role.value
        replica = Replica(http, _signed_in(http, "recruiter@demo.example"))
        replica.pull()
        kinds = Counter(entity for entity, _ in replica.rows)
        assert 200 <= kinds["candidate"] <= 500
        assert 10 <= kinds["job"] <= 15
        assert kinds["note"] > 0 and kinds["feedback"] > 0
        assert kinds["stage_change"] > kinds["application"]  # histories, not only arrivals
        roles = {data["role"] for (entity, _), data in replica.rows.items() if entity == "user"}
        assert roles == {"admin", "recruiter", "hiring_manager", "interviewer"}
    assert not folder.exists()
    assert demo.url == ""


def test_a_hiring_manager_of_the_demo_holds_roles_on_some_jobs_not_all(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as demo, httpx.Client(base_url=demo.url, timeout=30) as http:
        everything = Replica(http, _signed_in(http, "recruiter@demo.example"))
        everything.pull()
        theirs = Replica(http, _signed_in(http, "hiring.manager@demo.example"))
        theirs.pull()
        assert 0 < len(theirs.ids("job")) < len(everything.ids("job"))

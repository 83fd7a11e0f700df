"""Bad input gets a 4xx in LinkedIn's error shape, never a 500 or a traceback."""

from collections.abc import Iterator

import pytest

from linkedin_sandbox import SandboxSettings, create_app
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import Ats, candidate_key, enable
from tests.linkedin_sandbox.conftest import FAST
from tests.server.live_server import LiveServer

SHAPE = {"status", "serviceErrorCode", "code", "message"}
HUGE = "9" * 30  # beyond SQLite's 64-bit integers


@pytest.fixture(scope="module")
def enabled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ats]:
    """One sandbox with an instance enabled at contract level, shared by the garbage tests:
    garbage changes nothing, and a sandbox each would cost seconds."""
    app = create_app(tmp_path_factory.mktemp("errors") / "sandbox.db", SandboxSettings(**FAST))
    with LiveServer(app, lifespan=True) as server:
        instance = Ats(server.url)
        instance.connect(callback=None)
        enable(server.url, "contract")
        yield instance
        instance.close()


def test_unknown_paths_and_methods(enabled: Ats) -> None:
    missing = web.get(f"{enabled.url}/v2/nothingHere")
    assert missing.status_code == 404
    assert set(missing.json()) == SHAPE
    wrong = web.patch(f"{enabled.url}/v2/atsCandidates")
    assert wrong.status_code == 405
    assert set(wrong.json()) == SHAPE


def test_broken_json_and_wrong_shapes(enabled: Ats) -> None:
    broken = web.post(
        f"{enabled.url}/sandbox/exports",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert broken.status_code == 400
    assert set(broken.json()) == SHAPE
    extra = web.post(f"{enabled.url}/sandbox/inmails", json={"member": "x", "body": "y", "z": 1})
    assert extra.status_code == 400
    assert "z" in extra.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "params", "body"),
    [
        ("PUT", "/v2/atsCandidates", {}, {"entities": "nope"}),
        ("PUT", "/v2/atsCandidates", {}, {"entities": {"garbage": {}}}),
        ("PUT", "/v2/atsCandidates", {"ids[x].a": "1"}, {"entities": {}}),
        ("GET", "/v2/atsCandidates", {"ids": "List((((("}, None),
        ("DELETE", "/v2/atsApplications", {}, None),
        ("POST", "/v2/simpleJobPostings", {}, {"elements": "x"}),
        ("GET", "/v2/simpleJobPostingTasks", {}, None),
        ("GET", "/v2/conversationEvents", {"q": "criteria", "viewer": "urn:li:seat:x"}, None),
        ("GET", "/v2/conversationEvents", {"q": "criteria", "viewer": "seat"}, None),
        (
            "GET",
            "/v2/prospectNotes",
            {"q": "criteria", "contract": "urn:li:contract:1", "count": "0"},
            None,
        ),
        ("GET", "/v2/mailStubs", {"q": "contract", "contract": "x", "start": "-1"}, None),
        ("GET", "/v2/exportedCandidates", {"q": "request"}, None),
        ("GET", "/v2/atsIntegrations", {"q": "nothing"}, None),
        ("GET", "/v2/atsIntegrations/garbage", {}, None),
        ("PUT", "/v2/atsIntegrations/a=b/configurations", {}, {"entities": {}}),
        ("GET", "/v2/people", {"q": "name"}, None),
        ("GET", "/v2/hiringProjects/abc/candidates", {}, None),
        ("POST", "/v2/atsIntegrations", {"action": "nope"}, {}),
        ("GET", "/v2/conversationEvents", {"q": "criteria", "viewer": f"urn:li:seat:{HUGE}"}, None),
        (
            "GET",
            "/v2/prospectNotes",
            {"q": "criteria", "contract": f"urn:li:contract:{HUGE}"},
            None,
        ),
        (
            "GET",
            "/v2/prospectNotes",
            {"q": "criteria", "contract": "urn:li:contract:50001", "cutoffDate": HUGE},
            None,
        ),
        (
            "GET",
            "/v2/seatsV2",
            {"q": "attributes", "contracts": "urn:li:contract:50001", "count": HUGE},
            None,
        ),
        ("GET", "/v2/atsCandidates", {f"ids[{HUGE}].atsCandidateId": "x"}, None),
    ],
)
def test_garbage_is_a_4xx_in_linkedins_shape(
    enabled: Ats,
    method: str,
    path: str,
    params: dict[str, str],
    body: object,
) -> None:
    answer = enabled.http.request(method, path, params=params, json=body, headers=enabled.headers)
    assert 400 <= answer.status_code < 500, answer.text
    assert set(answer.json()) == SHAPE


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/sandbox/exports", {"member": "nobody", "job": "x"}),
        ("/sandbox/integrations/enable", {"level": "galactic"}),
        ("/sandbox/integrations/disable", {"contract": "urn:li:contract:9"}),
        ("/sandbox/notes", {"member": "nobody", "note": "x"}),
        ("/sandbox/seats", {"member": "nobody", "contract": "50001"}),
        ("/sandbox/members", {"firstName": "", "lastName": "x"}),
        ("/sandbox/members", {"firstName": "A", "lastName": "B", "id": "bad id!"}),
        ("/sandbox/events/nope/redeliver", None),
        ("/sandbox/notes", {"member": "x", "note": "y", "createdAt": int(HUGE)}),
        ("/sandbox/exports", {"member": "x", "job": "y", "exportedAt": -1}),
        ("/sandbox/inmails", {"member": "x", "body": "y", "seat": HUGE}),
        ("/sandbox/seats", {"member": "x", "contract": HUGE}),
    ],
)
def test_sandbox_actions_refuse_in_words(enabled: Ats, path: str, body: object) -> None:
    answer = web.post(f"{enabled.url}{path}", json=body)
    assert 400 <= answer.status_code < 500, answer.text
    assert answer.json()["message"]


def test_the_openapi_document_is_served(enabled: Ats) -> None:
    document = web.get(f"{enabled.url}/openapi.json").json()
    assert "/v2/atsCandidates" in document["paths"]
    assert "/sandbox/exports" in document["paths"]


def test_oversized_numbers_in_records_are_refused_per_record(enabled: Ats) -> None:
    answer = enabled.put(
        "/v2/atsCandidates",
        {candidate_key("C1"): {"firstName": "Ada", "atsCreatedAt": int(HUGE)}},
    )
    assert answer.status_code == 200
    assert answer.json()["errors"][candidate_key("C1")]["status"] == 400
    removed = web.delete(f"{enabled.url}/sandbox/notes/{HUGE}")
    assert removed.status_code == 400

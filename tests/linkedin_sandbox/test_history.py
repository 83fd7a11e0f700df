"""Contract-level history: InMails in windows of at most 12 hours, notes shared with the
organisation (a deleted one reads active: false), stub profiles, and seats."""

from typing import Any

import pytest

from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import STOCKHOLM, Ats, enable
from tests.linkedin_sandbox.conftest import Running, StartSandbox

HOUR = 3_600_000
SEAT = "urn:li:seat:70001"  # the admin's seat on Stockholm


@pytest.fixture
def quiet(start_sandbox: StartSandbox) -> Running:
    """A sandbox without seeded history, so each test sees only what it makes."""
    return start_sandbox(world={"members": 8, "recruiters": 2, "inmails": 0, "notes": 0})


@pytest.fixture
def contract_level(quiet: Running) -> Any:
    instance = Ats(quiet.url)
    instance.connect(callback=None)
    enable(quiet.url, "contract")
    yield instance
    instance.close()


def _prospect(url: str, with_email: bool = True) -> dict[str, Any]:
    members = web.get(f"{url}/sandbox/members", params={"count": "100"}).json()["elements"]
    found: dict[str, Any] = next(
        m for m in members if not m["seats"] and bool(m["emailAddress"]) == with_email
    )
    return found


def _post(url: str, path: str, **body: Any) -> dict[str, Any]:
    answer = web.post(f"{url}/sandbox/{path}", json=body)
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def test_inmails_of_a_seat_in_a_window(contract_level: Ats) -> None:
    url = contract_level.url
    member = _prospect(url)["id"]
    t0 = 1_700_000_000_000
    _post(url, "inmails", member=member, seat=SEAT, body="Hello", subject="A role", createdAt=t0)
    _post(
        url,
        "inmails",
        member=member,
        seat=SEAT,
        body="Tell me more",
        reply=True,
        createdAt=t0 + HOUR,
    )
    other = _prospect(url, with_email=False)["id"]
    _post(url, "inmails", member=other, seat=SEAT, body="Secret", shared=False, createdAt=t0)
    events = contract_level.http.get(
        "/v2/conversationEvents",
        params={
            "q": "criteria",
            "viewer": SEAT,
            "timeRange.start": t0,
            "timeRange.end": t0 + 12 * HOUR,
        },
        headers=contract_level.headers,
    )
    assert events.status_code == 200
    elements = events.json()["elements"]
    assert [(e["direction"], e["body"]) for e in elements] == [
        ("OUTBOUND", "Hello"),
        ("INBOUND", "Tell me more"),
    ]
    assert elements[0]["sender"] == elements[1]["recipient"]
    assert elements[0]["prospect"] == member
    too_wide = contract_level.http.get(
        "/v2/conversationEvents",
        params={
            "q": "criteria",
            "viewer": SEAT,
            "timeRange.start": t0,
            "timeRange.end": t0 + 13 * HOUR,
        },
        headers=contract_level.headers,
    )
    assert too_wide.status_code == 400
    assert "12 hours" in too_wide.json()["message"]


def test_a_reply_needs_an_inmail_first(contract_level: Ats) -> None:
    answer = web.post(
        f"{contract_level.url}/sandbox/inmails",
        json={"member": _prospect(contract_level.url)["id"], "body": "Hi", "reply": True},
    )
    assert answer.status_code == 409
    assert "send one first" in answer.json()["message"]


def test_only_shared_notes_and_a_deleted_one_reads_inactive(contract_level: Ats) -> None:
    url = contract_level.url
    member = _prospect(url)["id"]
    shared = _post(url, "notes", member=member, note="Strong candidate", seat=SEAT)
    _post(url, "notes", member=member, note="Private thought", seat=SEAT, shared=False)
    web.delete(f"{url}/sandbox/notes/{shared['id']}").raise_for_status()
    notes = contract_level.http.get(
        "/v2/prospectNotes",
        params={"q": "criteria", "contract": STOCKHOLM},
        headers=contract_level.headers,
    ).json()["elements"]
    assert [(n["note"], n["active"]) for n in notes] == [("Strong candidate", False)]
    assert notes[0]["owner"] == SEAT


def test_stub_profiles_with_and_without_email(contract_level: Ats) -> None:
    url = contract_level.url
    known = _prospect(url)
    unknown = _prospect(url, with_email=False)
    for member in (known, unknown):
        _post(url, "inmails", member=member["id"], seat=SEAT, body="A role for you?")
    _post(url, "profile-shares", member=known["id"], seat=SEAT)
    _post(url, "profile-shares", member=unknown["id"], seat=SEAT, shareEmail=False)
    stubs = contract_level.http.get(
        "/v2/mailStubs",
        params={"q": "contract", "contract": STOCKHOLM},
        headers=contract_level.headers,
    ).json()["elements"]
    assert [(s["prospect"], s["emailAddress"]) for s in stubs] == [
        (known["id"], known["emailAddress"]),
        (unknown["id"], None),
    ]
    refused = web.post(f"{url}/sandbox/profile-shares", json={"member": unknown["id"]})
    assert refused.status_code == 400
    assert "no e-mail address" in refused.json()["message"]


def test_seats_of_the_contract(contract_level: Ats) -> None:
    seats = contract_level.http.get(
        "/v2/seatsV2",
        params={"q": "attributes", "contracts": STOCKHOLM},
        headers=contract_level.headers,
    ).json()["elements"]
    assert seats[0]["id"] == SEAT
    assert seats[0]["emailAddress"] == "maja.lindqvist@norrsken.example"
    other = contract_level.http.get(
        "/v2/seatsV2",
        params={"q": "attributes", "contracts": "urn:li:contract:50002"},
        headers=contract_level.headers,
    )
    assert other.status_code == 403

"""The `linkedin-sandbox` commands, each run through main() against a live sandbox."""

import argparse
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from linkedin_sandbox.cli import build_parser, main
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import Ats, application_key, candidate_key
from tests.linkedin_sandbox.receiver import Receiver


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--url", url])
    out, err = capsys.readouterr()
    return code, out, err


def _prospect(url: str) -> dict[str, Any]:
    members = web.get(f"{url}/sandbox/members", params={"count": "100"}).json()["elements"]
    found: dict[str, Any] = next(m for m in members if not m["seats"] and m["emailAddress"])
    return found


def test_every_subcommand_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[2] / "linkedin_sandbox" / "README.md").read_text()
    parser = build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    names = list(subparsers[0].choices)
    assert "share-profile" in names
    for name in names:
        assert f"linkedin-sandbox {name}" in readme, name


def test_status_before_and_after_the_setup(
    capsys: pytest.CaptureFixture[str], ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    code, out, _ = run(capsys, ats.url, "status")
    assert code == 0
    assert "Contract urn:li:contract:50001 Norrsken Recruiter Stockholm" in out
    assert "none yet" in out
    ats.connect(callback=receiver[1])
    _, out, _ = run(capsys, ats.url, "status")
    assert '"Attract" (ats-1) on urn:li:contract:50001: Partner ready' in out


def test_enable_and_disable(
    capsys: pytest.CaptureFixture[str], ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    ats.connect(callback=hook)
    code, out, _ = run(capsys, ats.url, "enable", "--level", "contract")
    assert code == 0
    assert '"Attract" is now Enabled (contract level)' in out
    callback.wait_for_pushes(1)
    code, out, _ = run(capsys, ats.url, "disable", "--ats", "ats-1")
    assert code == 0
    assert "is now Disabled" in out
    callback.wait_for_pushes(2)
    code, _, err = run(capsys, ats.url, "disable")
    assert code == 1
    assert "is not enabled" in err


def test_members_and_add_member_and_add_seat(capsys: pytest.CaptureFixture[str], ats: Ats) -> None:
    code, out, _ = run(capsys, ats.url, "members", "svensson")
    assert code == 0
    assert out.count("Anna Svensson") == 3
    code, out, _ = run(
        capsys,
        ats.url,
        "add-member",
        "--first",
        "Ada",
        "--last",
        "Lovelace",
        "--email",
        "ada@example.org",
        "--id",
        "ada",
    )
    assert code == 0
    assert "Added member ada: Ada Lovelace (ada@example.org)" in out
    code, out, _ = run(capsys, ats.url, "add-seat", "ada", "--contract", "50002")
    assert code == 0
    assert "urn:li:contract:50002" in out


def test_export_jobs_and_the_indicator(
    capsys: pytest.CaptureFixture[str], ats: Ats, receiver: tuple[Receiver, str]
) -> None:
    callback, hook = receiver
    ats.connect(callback=hook)
    run(capsys, ats.url, "enable", "--level", "company")
    ats.post_job("J-7", "Backend Engineer")
    member = _prospect(ats.url)
    _, out, _ = run(capsys, ats.url, "jobs")
    assert "J-7" in out and "Backend Engineer [LISTED]" in out
    code, _, err = run(capsys, ats.url, "export", member["memberId"], "--job", "Chef")
    assert code == 1
    assert 'No job matching "Chef" in ATS "Attract".' in err
    code, out, _ = run(
        capsys,
        ats.url,
        "export",
        member["emailAddress"],
        "--job",
        "backend",
        "--seat",
        "erik.sandberg@norrsken.example",
    )
    assert code == 0
    assert '"Backend Engineer" (J-7) in ATS "Attract" as urn:li:seat:70003' in out
    assert callback.wait_for_pushes(2)[1].json["type"] == "EXPORT_CANDIDATE_PROFILE"
    _, out, _ = run(capsys, ats.url, "events")
    assert "EXPORT_CANDIDATE_PROFILE" in out

    code, out, _ = run(capsys, ats.url, "indicator", member["memberId"])
    assert "Nothing from the ATS" in out
    candidate = {"firstName": member["firstName"], "emailAddresses": [member["emailAddress"]]}
    ats.put("/v2/atsCandidates", {candidate_key("C1"): candidate})
    application = {"atsCandidateId": "C1", "atsJobPostingId": "J-7", "source": "LinkedIn"}
    ats.put("/v2/atsApplications", {application_key("A1"): application})
    base = f"/v2/atsApplications/{application_key('A1')}"
    stages = {
        "S1": {"stage": "Prospect", "atsCreatedAt": 1_700_000_000_000},
        "S2": {"stage": "Interview", "atsCreatedAt": 1_700_100_000_000},
    }
    ats.put(f"{base}/stages", stages)
    feedback = {
        "feedback": "Clear thinker",
        "atsCreatedAt": 1_700_200_000_000,
        "evaluations": [{"attribute": "Communication", "result": "4/4"}],
        "interviewer": {"firstName": "Rita", "lastName": "Book"},
    }
    ats.put(f"{base}/interviewFeedback", {"F1": feedback})
    note = {
        "note": "Keen on Rust",
        "atsCreatedAt": 1_700_050_000_000,
        "author": {"firstName": "Sofia", "lastName": "Nilsson"},
    }
    ats.put(f"/v2/atsCandidates/{candidate_key('C1')}/notes", {"N1": note})
    code, out, _ = run(capsys, ats.url, "indicator", member["emailAddress"])
    assert code == 0
    assert 'ATS "Attract": candidate C1 (matched by e-mail)' in out
    assert "Backend Engineer (J-7): Interview, active" in out
    assert "2023-11-14 22:13  Prospect" in out
    assert 'Rita Book: "Clear thinker" Communication: 4/4' in out
    assert 'Sofia Nilsson: "Keen on Rust"' in out


def test_inmail_note_and_share_profile(capsys: pytest.CaptureFixture[str], ats: Ats) -> None:
    member = _prospect(ats.url)["memberId"]
    code, _, err = run(capsys, ats.url, "share-profile", member)
    assert code == 1
    assert "send one first" in err
    code, out, _ = run(capsys, ats.url, "inmail", member, "--body", "A role for you?")
    assert code == 0
    assert "urn:li:seat:70001 sent an InMail" in out and "shared with the organisation" in out
    code, out, _ = run(capsys, ats.url, "inmail", member, "--body", "Tell me more", "--reply")
    assert code == 0
    assert "answered urn:li:seat:70001" in out
    code, out, _ = run(capsys, ats.url, "share-profile", member)
    assert code == 0
    assert "mail stub urn:li:mailStub:" in out
    code, out, _ = run(capsys, ats.url, "note", member, "--text", "Call in May", "--private")
    assert code == 0
    assert "private (never synced)" in out
    note_id = out.split(": ")[1].split(" ")[0]
    code, out, _ = run(capsys, ats.url, "note", "--delete", note_id)
    assert code == 0
    assert "active: false" in out
    code, _, err = run(capsys, ats.url, "note", member)
    assert code == 1
    assert "--text" in err


def test_an_unreachable_sandbox_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "http://127.0.0.1:9", "status")
    assert code == 1
    assert "Cannot reach the sandbox at http://127.0.0.1:9" in err


def test_serve_runs_the_sandbox_on_its_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    database = tmp_path / "served.db"
    command = [
        *(sys.executable, "-m", "linkedin_sandbox.cli", "serve"),
        *("--port", str(port), "--db", str(database), "--reset"),
    ]
    process = subprocess.Popen(  # noqa: S603 (our own module, a fixed command line)
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if web.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
            time.sleep(0.1)
        code, out, _ = run(capsys, url, "status")
        assert code == 0
        assert "Maja Lindqvist" in out
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert database.exists()
    assert f"LinkedIn sandbox on http://127.0.0.1:{port}" in output.decode()


def test_serve_says_when_it_cannot_use_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["serve", "--db", str(tmp_path / "no-such-dir" / "sandbox.db")])
    assert code == 1
    assert "Cannot use the database file" in capsys.readouterr().err

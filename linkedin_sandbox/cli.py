"""`linkedin-sandbox`: run the sandbox, and do what people do inside LinkedIn Recruiter.

`serve` runs the API. Every other command calls a running sandbox over HTTP (`--url`, by default
http://127.0.0.1:8100) through its /sandbox actions and prints the answer in words; a refusal
is a sentence on stderr and exit status 1.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from linkedin_sandbox.app import create_app
from linkedin_sandbox.settings import SandboxSettings

DEFAULT_URL = "http://127.0.0.1:8100"


class CommandFailed(Exception):
    """A reason the command cannot go on, in words for the person who ran it."""


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%d %H:%M")


def _call(
    args: argparse.Namespace,
    method: str,
    path: str,
    *,
    json: dict[str, Any] | None = None,
    params: dict[str, str] | None = None,
) -> dict[str, Any]:
    try:
        with httpx.Client(base_url=args.url, timeout=30) as client:
            answer = client.request(method, path, json=json, params=params)
    except httpx.HTTPError as exc:
        raise CommandFailed(
            f"Cannot reach the sandbox at {args.url} ({type(exc).__name__}): "
            "is `linkedin-sandbox serve` running there?"
        ) from None
    try:
        body = answer.json()
    except ValueError:
        body = {"message": answer.text}
    if answer.status_code >= 400:
        message = body.get("message") if isinstance(body, dict) else None
        raise CommandFailed(str(message or f"The sandbox answered {answer.status_code}"))
    if not isinstance(body, dict):
        raise CommandFailed("The sandbox answered something that is not a JSON object")
    return body


# serve


def _serve(args: argparse.Namespace) -> int:
    try:
        settings = SandboxSettings()
    except ValidationError as exc:
        problems = "; ".join(
            f"LINKEDIN_SANDBOX_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        raise CommandFailed(f"The sandbox settings are not valid: {problems}") from None
    database = Path(args.db)
    if args.reset:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    try:
        app = create_app(database, settings)
    except SQLAlchemyError as exc:
        reason = str(exc.orig) if isinstance(exc, DBAPIError) else type(exc).__name__
        raise CommandFailed(f"Cannot use the database file {database}: {reason}") from None
    print(f"LinkedIn sandbox on http://{args.host}:{args.port} (database {database})")
    print(f"Partner app {settings.partner_client_id!r}: API under /v2, OAuth under /oauth/v2")
    # Rest.li batch deletes put up to 100 compound keys in the URL: allow long request lines.
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="info", h11_max_incomplete_event_size=1 << 20
    )
    return 0


# Looking around


def _status(args: argparse.Namespace) -> int:
    world = _call(args, "GET", "/sandbox/world")
    for organization in world["organizations"]:
        print(f"Organisation {organization['name']} ({organization['urn']})")
    for contract in world["contracts"]:
        print(f"Contract {contract['urn']} {contract['name']}")
        for seat in contract["seats"]:
            email = f" <{seat['emailAddress']}>" if seat["emailAddress"] else ""
            print(f"  {seat['seat']:<20} {seat['role']:<10} {seat['name']}{email}")
    print("ATS instances:")
    if not world["atsInstances"]:
        print("  none yet (the ATS provisions one with provisionedApplications)")
    for ats in world["atsInstances"]:
        where = f" on {ats['contract']}" if ats["contract"] else ""
        callback = ats["callbackUrl"] or "no CALLBACK_URL"
        if ats["callbackUrl"]:
            callback += " (validated)" if ats["callbackValidated"] else " (not yet validated)"
        print(f'  "{ats["name"]}" ({ats["uniqueForeignId"]}){where}: {ats["widget"]}; {callback}')
    print(
        "Recruiter projects: "
        + ", ".join(f"{p['name']} ({p['contract']})" for p in world["projects"])
    )
    print(f"Members: {world['members']}; partner client id {world['partner']['clientId']!r}")
    return 0


def _members(args: argparse.Namespace) -> int:
    answer = _call(args, "GET", "/sandbox/members", params={"search": args.search, "count": "100"})
    for member in answer["elements"]:
        email = member["emailAddress"] or "(no e-mail)"
        print(
            f"{member['memberId']}  {member['firstName']} {member['lastName']}  {email}  "
            f"{member['headline']}, {member['location']}"
        )
    total = answer["paging"]["total"]
    print(f"{total} member(s)" + (" (first 100 shown)" if total > 100 else ""))
    return 0


def _add_member(args: argparse.Namespace) -> int:
    body = {
        "firstName": args.first,
        "lastName": args.last,
        "emailAddress": args.email,
        "headline": args.headline,
        "currentTitle": args.title,
        "currentCompany": args.company,
        "id": args.id,
    }
    if args.location:
        body["location"] = args.location
    member = _call(args, "POST", "/sandbox/members", json=body)
    email = member["emailAddress"] or "no e-mail"
    print(
        f"Added member {member['memberId']}: {member['firstName']} {member['lastName']} ({email})"
    )
    return 0


def _add_seat(args: argparse.Namespace) -> int:
    body = {"member": args.member, "contract": args.contract, "role": args.role.upper()}
    seat = _call(args, "POST", "/sandbox/seats", json=body)
    print(f"{seat['member']} now holds {seat['seat']} ({seat['role']}) on {seat['contract']}")
    return 0


def _jobs(args: argparse.Namespace) -> int:
    answer = _call(args, "GET", "/sandbox/jobs", params={"ats": args.ats} if args.ats else None)
    for ats in answer["atsInstances"]:
        print(f'"{ats["name"]}" ({ats["application"]}):')
        if not ats["jobs"]:
            print("  no jobs synced yet")
        for job in ats["jobs"]:
            print(f"  {job['externalJobPostingId']:<12} {job['title']} [{job['state']}]")
    return 0


def _events(args: argparse.Namespace) -> int:
    params = {"status": args.status} if args.status else None
    answer = _call(args, "GET", "/sandbox/events", params=params)
    if not answer["elements"]:
        print("No push events.")
    for event in answer["elements"]:
        error = f"; last error: {event['lastError']}" if event["lastError"] else ""
        print(
            f"{_when(event['createdAt'])} {event['type']} {event['id']}: {event['status']} "
            f"after {event['attempts']} attempt(s){error}"
        )
    return 0


# What people do in LinkedIn Recruiter


def _setup_line(answer: dict[str, Any], verb: str) -> str:
    ats = answer["ats"]
    if not answer["changed"]:
        return f'"{ats["name"]}" is already {ats["widget"]}; nothing changed.'
    return (
        f'"{ats["name"]}" is now {ats["widget"]} ({verb} in Admin settings > ATS); '
        f"INTEGRATION_STATUS_CHANGE {answer['event']} goes to the ATS."
    )


def _enable(args: argparse.Namespace) -> int:
    body = {"level": args.level, "contract": args.contract, "ats": args.ats, "admin": args.admin}
    print(_setup_line(_call(args, "POST", "/sandbox/integrations/enable", json=body), "enabled"))
    return 0


def _disable(args: argparse.Namespace) -> int:
    body = {"contract": args.contract, "ats": args.ats, "admin": args.admin}
    print(_setup_line(_call(args, "POST", "/sandbox/integrations/disable", json=body), "disabled"))
    return 0


def _export(args: argparse.Namespace) -> int:
    body = {
        "member": args.member,
        "job": args.job,
        "ats": args.ats,
        "seat": args.seat,
        "includeClosed": args.include_closed,
    }
    answer = _call(args, "POST", "/sandbox/exports", json=body)
    member, job, ats = answer["member"], answer["job"], answer["ats"]
    print(
        f"Exported {member['firstName']} {member['lastName']} ({member['id']}) to "
        f'"{job["title"]}" ({job["externalJobPostingId"]}) in ATS "{ats["name"]}" '
        f"as {answer['seat']}."
    )
    print(f"EXPORT_CANDIDATE_PROFILE {answer['requestId']} goes to the ATS's CALLBACK_URL.")
    return 0


def _author(record: dict[str, Any], field: str) -> str:
    person = record.get(field) or {}
    return " ".join(p for p in (person.get("firstName"), person.get("lastName")) if p) or "someone"


def _feedback_line(record: dict[str, Any]) -> str:
    scores = ", ".join(f"{e['attribute']}: {e['result']}" for e in record.get("evaluations", []))
    said = f'"{record["feedback"]}"' if record.get("feedback") else ""
    who = _author(record, "interviewer")
    return f"{_when(record['atsCreatedAt'])} {who}: {said} {scores}".rstrip()


def _note_line(record: dict[str, Any]) -> str:
    return f'{_when(record["atsCreatedAt"])} {_author(record, "author")}: "{record["note"]}"'


def _print_job(job: dict[str, Any]) -> None:
    status = f"closed: {job['dispositionReason']}" if job["dispositionReason"] else "active"
    stage = job["currentStage"] or "-"
    print(f"      {job['title']} ({job['atsJobPostingId']}): {stage}, {status}")
    for move in job["stages"]:
        print(f"        {_when(move['atsCreatedAt'])}  {move['stage']}")


def _print_candidate(ats_name: str, candidate: dict[str, Any]) -> None:
    how = "linked by hand" if candidate["matchedBy"] == "MANUAL" else "matched by e-mail"
    print(f'  ATS "{ats_name}": candidate {candidate["atsCandidateId"]} ({how})')
    print("    Jobs and status")
    if not candidate["jobs"]:
        print("      none")
    for job in candidate["jobs"]:
        _print_job(job)
    feedback = [
        (job["title"], record) for job in candidate["jobs"] for record in job["interviewFeedback"]
    ]
    if feedback:
        print("    Interview feedback")
        for title, record in feedback:
            print(f"      {title}: {_feedback_line(record)}")
    notes = candidate["notes"] + [note for job in candidate["jobs"] for note in job["notes"]]
    if notes:
        print("    Notes")
        for note in sorted(notes, key=lambda n: n["atsCreatedAt"]):
            print(f"      {_note_line(note)}")


def _indicator(args: argparse.Namespace) -> int:
    params = {"member": args.member}
    if args.seat:
        params["seat"] = args.seat
    answer = _call(args, "GET", "/sandbox/indicator", params=params)
    member = answer["member"]
    viewer = f" as seen by {answer['seat']}" if answer["seat"] else ""
    print(f"In-ATS: {member['firstName']} {member['lastName']} ({member['id']}){viewer}")
    if not answer["instances"]:
        print("  Nothing from the ATS: no synced candidate matches this member.")
    for ats in answer["instances"]:
        for candidate in ats["candidates"]:
            _print_candidate(ats["name"], candidate)
    return 0


def _inmail(args: argparse.Namespace) -> int:
    body = {
        "member": args.member,
        "body": args.body,
        "subject": args.subject,
        "seat": args.seat,
        "reply": args.reply,
        "shared": not args.private,
    }
    answer = _call(args, "POST", "/sandbox/inmails", json=body)
    who = (
        f"{answer['prospect']} answered {answer['seat']}"
        if args.reply
        else (f"{answer['seat']} sent an InMail to {answer['prospect']}")
    )
    shared = "shared with the organisation" if answer["shared"] else "private (never synced)"
    print(f"{who} ({answer['id']} in {answer['thread']}, {shared}).")
    return 0


def _note(args: argparse.Namespace) -> int:
    if args.delete:
        answer = _call(args, "DELETE", f"/sandbox/notes/{args.delete}")
        print(f"Deleted the note {answer['id']}; the ATS reads it as active: false.")
        return 0
    if not args.member or not args.text:
        raise CommandFailed("Give the member and --text, or --delete NOTE_ID")
    body = {"member": args.member, "note": args.text, "seat": args.seat, "shared": not args.private}
    answer = _call(args, "POST", "/sandbox/notes", json=body)
    shared = "shared with the organisation" if answer["shared"] else "private (never synced)"
    print(f"{answer['owner']} noted about {answer['prospect']}: {answer['id']} ({shared}).")
    return 0


def _share_profile(args: argparse.Namespace) -> int:
    body = {
        "member": args.member,
        "seat": args.seat,
        "shareEmail": not args.without_email,
        "emailAddress": args.email,
    }
    answer = _call(args, "POST", "/sandbox/profile-shares", json=body)
    email = answer["emailAddress"] or "no e-mail address"
    print(
        f"{answer['prospect']} answered {answer['owner']} and shared their profile "
        f"({email}): mail stub {answer['id']}."
    )
    return 0


_Adder = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _looking_around(command: _Adder) -> None:
    serve = command("serve", _serve, "serve the sandbox's API over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument("--port", type=int, default=8100, help="port to listen on (%(default)s)")
    serve.add_argument("--db", default="linkedin-sandbox.db", help="SQLite file (%(default)s)")
    serve.add_argument("--reset", action="store_true", help="start from a freshly seeded file")
    command("status", _status, "the organisation, contracts, seats and ATS instances")
    members = command("members", _members, "list members, or those whose name/e-mail has SEARCH")
    members.add_argument("search", nargs="?", default="", metavar="SEARCH")
    add_member = command("add-member", _add_member, "add a LinkedIn member")
    add_member.add_argument("--first", required=True, help="first name")
    add_member.add_argument("--last", required=True, help="last name")
    add_member.add_argument("--email", help="e-mail address LinkedIn knows (none by default)")
    add_member.add_argument("--headline")
    add_member.add_argument("--location")
    add_member.add_argument("--title", help="current job title")
    add_member.add_argument("--company", help="current company")
    add_member.add_argument("--id", help="member id (made up when left out)")
    add_seat = command("add-seat", _add_seat, "give a member a Recruiter seat on a contract")
    add_seat.add_argument("member", metavar="MEMBER")
    add_seat.add_argument("--contract", required=True)
    add_seat.add_argument("--role", choices=["admin", "recruiter"], default="recruiter")
    jobs = command("jobs", _jobs, "the jobs each ATS instance has synced to LinkedIn")
    jobs.add_argument("--ats", help="only this ATS instance")
    events = command("events", _events, "push events and how their delivery went")
    events.add_argument("--status", choices=["pending", "delivered", "failed"])


def _admin_settings(command: _Adder) -> None:
    enable = command("enable", _enable, "a Recruiter admin enables an ATS in Admin settings > ATS")
    enable.add_argument("--level", choices=["company", "contract"], required=True)
    for sub in (enable, command("disable", _disable, "a Recruiter admin disables an ATS")):
        sub.add_argument("--contract", help="the contract (when several ATS instances are listed)")
        sub.add_argument("--ats", help="the ATS instance: name, uniqueForeignId or client id")
        sub.add_argument("--as", dest="admin", help="the admin (default: the contract's first)")


def _recruiting(command: _Adder) -> None:
    export = command("export", _export, "1-Click Export of a member to a job of an ATS")
    export.add_argument("member", metavar="MEMBER", help="member id, e-mail address or unique name")
    export.add_argument("--job", required=True, help="job title (or part of it) or job id")
    export.add_argument("--ats", help='"Change ATS": another ATS instance on the contract')
    export.add_argument("--seat", help="the exporting seat or its holder (default: an admin)")
    export.add_argument(
        "--include-closed",
        action="store_true",
        help="also find closed jobs (plays a close the ATS has not synced yet)",
    )
    indicator = command("indicator", _indicator, "what Recruiter's In-ATS section shows")
    indicator.add_argument("member", metavar="MEMBER")
    indicator.add_argument("--seat", help="as seen by this seat (applies ACLs)")
    inmail = command("inmail", _inmail, "an InMail between a seat holder and a member")
    inmail.add_argument("member", metavar="MEMBER")
    inmail.add_argument("--body", required=True)
    inmail.add_argument("--subject")
    inmail.add_argument("--seat", help="the seat holder's seat (default: the first admin's)")
    inmail.add_argument("--reply", action="store_true", help="the member answers instead")
    inmail.add_argument("--private", action="store_true", help="not shared with the organisation")
    note = command("note", _note, "a Recruiter note about a member, or --delete one")
    note.add_argument("member", metavar="MEMBER", nargs="?")
    note.add_argument("--text")
    note.add_argument("--seat", help="the note's author seat (default: the first admin's)")
    note.add_argument("--private", action="store_true", help="not shared with the organisation")
    note.add_argument("--delete", metavar="NOTE_ID", help="delete this note instead")
    share = command("share-profile", _share_profile, "a member answers and shares their profile")
    share.add_argument("member", metavar="MEMBER")
    share.add_argument("--seat", help="the seat whose InMail they answer (default: first admin's)")
    share.add_argument("--without-email", action="store_true", help="share the profile only")
    share.add_argument("--email", help="the address they share (default: the one LinkedIn knows)")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every `linkedin-sandbox` command."""
    parser = argparse.ArgumentParser(
        prog="linkedin-sandbox",
        description="A local stand-in for LinkedIn Recruiter and its partner API "
        "(Recruiter System Connect).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        if name != "serve":
            sub.add_argument("--url", default=DEFAULT_URL, help="the running sandbox (%(default)s)")
        return sub

    _looking_around(command)
    _admin_settings(command)
    _recruiting(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `linkedin-sandbox` command; returns the process's exit status."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except CommandFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

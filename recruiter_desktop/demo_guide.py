"""What the demo's window tells and offers about the demo (Help > About the demo, and the Demo
menu's one-step LinkedIn setup): plain data and one coroutine function, so that the views
can show it without importing the in-process servers (demo.py, demo_linkedin.py)."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass


class DemoSetupError(Exception):
    """The one-step LinkedIn setup could not finish; the message says why, in words."""


@dataclass(frozen=True)
class LinkedInExamples:
    """Demo candidates by how LinkedIn matches them, and what to try the sandbox's commands
    on: `exact` share their e-mail address with a member, `by_name` only their name (those in
    `shared_name` with two members), `unmatched` no member at all."""

    exact: tuple[str, ...]
    by_name: tuple[str, ...]
    shared_name: tuple[str, ...]
    unmatched: tuple[str, ...]
    # The demo recruiter's LinkedIn account (their Recruiter seat, for --seat).
    recruiter_member: str
    # A member to export and the title of an active job the recruiter recruits for.
    export_member: str
    export_job: str
    # A member linked by e-mail (an exact match), for InMails and notes.
    history_member: str
    # A member who is no candidate yet, to share their profile (a stub in the LinkedIn pool).
    share_member: str


@dataclass(frozen=True)
class DemoGuide:
    """The demo's servers and LinkedIn examples; `set_up_linkedin()` connects LinkedIn at
    contract level in one step (as the admin would through the wizard, plus the Recruiter
    admin's part in the sandbox) and returns what it did, in words (English, as the server's
    own messages); it raises an exception with words when it cannot."""

    server_url: str
    sandbox_url: str
    contract_name: str
    admin_member: str
    examples: LinkedInExamples
    set_up_linkedin: Callable[[], Awaitable[str]]

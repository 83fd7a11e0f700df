"""What can go wrong when the server talks to LinkedIn, in words for the admin, with the fix."""

from recruiter_server.domain.errors import DomainError


class LinkedInNotConfigured(DomainError):
    """The server has no partner application to talk to LinkedIn with."""

    status = 409
    title = "Conflict"


class LinkedInUnavailable(DomainError):
    """LinkedIn could not be reached, or kept failing or throttling: try again later."""

    status = 502
    title = "Bad gateway"


class LinkedInRefused(DomainError):
    """LinkedIn answered a call with a refusal (4xx) that retrying will not change."""

    status = 409
    title = "Conflict"

    def __init__(self, detail: str, status_code: int, linkedin_message: str) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.linkedin_message = linkedin_message

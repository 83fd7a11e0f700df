"""Helpers of the network services' tests."""

from recruiter_desktop.services.api_client import ApiClient, RetryPolicy

# Four attempts, waits of 0.2 s doubling: exact figures for assertions.
POLICY = RetryPolicy(attempts=4, base_delay=0.2, max_delay=5.0, max_retry_after=30.0)
RECRUITER = "recruiter@example.org"
PASSWORD = "pw"


class Sleeps:
    """Stands in for asyncio.sleep: records each wait and returns at once, so that retries
    cost no time in tests."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def make_client(url: str, sleeps: Sleeps) -> ApiClient:
    """A client whose waits are recorded, with the jitter fixed at its middle (each wait is
    3/4 of the nominal delay)."""
    return ApiClient(url, retry=POLICY, sleep=sleeps, jitter=lambda: 0.5)

"""LinkedIn's throttles: records written per minute per application and integration calls per
application per UTC day. Counted in memory: a restart of the sandbox starts the counts over,
which is what a test that restarts it wants.
"""

import math
import threading
import time
from collections import deque

from linkedin_sandbox.errors import ApiError


class RateLimits:
    """Sliding one-minute window of records and a daily count of integration calls, per app."""

    def __init__(self, records_per_minute: int, integration_requests_per_day: int) -> None:
        self.records_per_minute = records_per_minute
        self.integration_requests_per_day = integration_requests_per_day
        self._lock = threading.Lock()
        self._records: dict[int, deque[tuple[float, int]]] = {}
        self._daily: dict[tuple[int, int], int] = {}

    def take_records(self, app_id: int, count: int) -> None:
        """Counts `count` records written by the app; 429 with Retry-After when over the limit."""
        now = time.monotonic()
        with self._lock:
            window = self._records.setdefault(app_id, deque())
            while window and window[0][0] <= now - 60:
                window.popleft()
            used = sum(n for _, n in window)
            if used + count > self.records_per_minute:
                # Wait until enough of the oldest writes leave the window.
                need = used + count - self.records_per_minute
                freed = 0
                retry_at = now + 60
                for at, n in window:
                    freed += n
                    if freed >= need:
                        retry_at = at + 60
                        break
                retry_after = max(1, math.ceil(retry_at - now))
                raise ApiError(
                    429,
                    f"Too many records: this application may write {self.records_per_minute} "
                    f"records a minute and has written {used} in the last minute; "
                    f"retry after {retry_after} s",
                    headers={"Retry-After": str(retry_after)},
                )
            window.append((now, count))

    def take_integration_call(self, app_id: int) -> None:
        """Counts one call to atsIntegrations; 429 until UTC midnight when over the daily limit."""
        now = time.time()
        day = int(now // 86400)
        with self._lock:
            used = self._daily.get((app_id, day), 0)
            if used >= self.integration_requests_per_day:
                retry_after = max(1, math.ceil((day + 1) * 86400 - now))
                raise ApiError(
                    429,
                    f"Too many integration calls: {self.integration_requests_per_day} a day for "
                    f"this application; retry after {retry_after} s (UTC midnight)",
                    headers={"Retry-After": str(retry_after)},
                )
            self._daily[(app_id, day)] = used + 1

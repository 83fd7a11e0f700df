"""A raw HTTP/1.1 front of the real test server that misbehaves on cue.

Each request is read off the socket and handled by the next step of the script (when the
script is empty, it goes through): passed to the real server untouched, answered with a
canned answer (a 503, a 429 with Retry-After...), passed through but with the connection cut
in the middle of the answer's body, or dropped without an answer. Every connection carries one
request, so the client meets each fault on a connection of its own, as after a server restart.
"""

import asyncio
import json
from collections import deque
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Answer:
    """Answer with this instead of asking the server."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/problem+json"

    def encode(self) -> bytes:
        body = b"" if self.body is None else json.dumps(self.body).encode()
        lines = [
            f"HTTP/1.1 {self.status} {HTTPStatus(self.status).phrase}",
            f"Content-Type: {self.media_type}",
            f"Content-Length: {len(body)}",
            "Connection: close",
            *(f"{name}: {value}" for name, value in self.headers.items()),
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def unavailable(detail: str = "The server is restarting.") -> Answer:
    return Answer(503, {"title": "Service Unavailable", "status": 503, "detail": detail})


def too_many(retry_after: int) -> Answer:
    return Answer(
        429,
        {"title": "Too Many Requests", "status": 429, "detail": "Slow down a little."},
        headers={"Retry-After": str(retry_after)},
    )


FORWARD = "forward"
CUT = "cut in the middle of the answer"
DROP = "closed without an answer"
# Passed to the server, which answers, but the answer is held back for ever: the client
# sees a request that never returns (then, say, the client process is killed).
HOLD = "answer held back"
Step = Answer | str


class FlakyProxy:
    """`async with FlakyProxy(port) as proxy`: `proxy.url` for the client, `proxy.plan(...)`
    for the next requests, `proxy.seen` lists (method, path, what happened)."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.script: deque[Step] = deque()
        self.seen: list[tuple[str, str, int | str]] = []
        self.url = ""
        self._server: asyncio.Server | None = None
        # Requests whose path starts with this are held (HOLD) whatever the script says.
        self.hold_path: str | None = None
        self.held = asyncio.Event()
        self._release = asyncio.Event()
        self._handlers: set[asyncio.Task[None]] = set()

    def plan(self, *steps: Step) -> None:
        self.script.extend(steps)

    def paths(self) -> list[tuple[str, str, int | str]]:
        """What happened to each request, its query left out."""
        return [(method, target.split("?")[0], what) for method, target, what in self.seen]

    async def __aenter__(self) -> "FlakyProxy":
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._release.set()
        self._server.close()
        await self._server.wait_closed()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _handle(  # noqa: PLR0912 (a branch per scripted fault)
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            headers = []
            for line in lines[1:]:
                if not line:
                    continue
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
                if name.strip().lower() != "connection":
                    headers.append(line)
            body = await reader.readexactly(length)
            step = self.script.popleft() if self.script else FORWARD
            if self.hold_path is not None and target.startswith(self.hold_path):
                step = HOLD
            if isinstance(step, Answer):
                writer.write(step.encode())
                self.seen.append((method, target, step.status))
            elif step == DROP:
                self.seen.append((method, target, DROP))
            elif step == HOLD:
                request = "\r\n".join([lines[0], *headers, "Connection: close", "", ""])
                await self._ask_server(request.encode() + body)
                self.seen.append((method, target, HOLD))
                self.held.set()
                await self._release.wait()  # until the proxy closes
            else:
                request = "\r\n".join([lines[0], *headers, "Connection: close", "", ""])
                answer = await self._ask_server(request.encode() + body)
                status = int(answer.split(b" ", 2)[1])
                if step == CUT:
                    end_of_head = answer.index(b"\r\n\r\n") + 4
                    answer = answer[: end_of_head + (len(answer) - end_of_head) // 2]
                self.seen.append((method, target, status if step == FORWARD else CUT))
                writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def _ask_server(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            writer.write(request)
            await writer.drain()
            return await reader.read()
        finally:
            writer.close()
            await writer.wait_closed()

"""A stand-in for the ATS's callback URL: answers LinkedIn's challengeCode validation, records
each push with its X-LI-Signature, and fails on demand so tests can watch the retries."""

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request, Response


@dataclass(frozen=True)
class Push:
    body: bytes
    signature: str | None

    @property
    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data

    def signed_with(self, secret: str) -> bool:
        expected = "hmacsha256=" + hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        return self.signature == expected


class Receiver:
    """The callback app; `secret` is what it proves in the challenge."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.pushes: list[Push] = []
        self.challenges: list[dict[str, str]] = []
        self.failures_to_give = 0
        self.wrong_challenge_answers = 0
        self._lock = threading.Lock()
        self.app = FastAPI()
        self.app.add_api_route("/hook", self._challenge, methods=["GET"])
        self.app.add_api_route("/hook", self._push, methods=["POST"])

    def _challenge(self, request: Request) -> dict[str, str]:
        code = request.query_params.get("challengeCode", "")
        with self._lock:
            self.challenges.append(dict(request.query_params))
            wrong = self.wrong_challenge_answers > 0
            if wrong:
                self.wrong_challenge_answers -= 1
        secret = "not-the-secret" if wrong else self.secret
        answer = hmac.new(secret.encode(), code.encode(), hashlib.sha256).hexdigest()
        return {"challengeCode": code, "challengeResponse": answer}

    async def _push(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            self.pushes.append(Push(body, request.headers.get("X-LI-Signature")))
            if self.failures_to_give > 0:
                self.failures_to_give -= 1
                return Response(status_code=503)
        return Response(status_code=200)

    def wait_for_pushes(self, count: int, timeout: float = 10.0) -> list[Push]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.pushes) >= count:
                    return list(self.pushes)
            time.sleep(0.02)
        raise AssertionError(f"expected {count} pushes, got {len(self.pushes)}")

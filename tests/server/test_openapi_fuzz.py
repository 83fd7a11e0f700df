"""Fuzzing of every operation of the live server's OpenAPI document with schemathesis.

Whatever `/openapi.json` lists when the test runs is exercised, with data that fits the
schema and data that does not, signed in as an admin and as an interviewer. No answer may be
a 500, and every error answer must be RFC 9457 problem+json. Path parameters are sometimes
the ids of real rows of the world, so that requests reach past the 404 of a random UUID.

The run is bounded: a few examples per operation and mode, and once the time budget is spent
each remaining operation still gets one example of each mode, so none goes untested.
"""

import time
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import APIOperation, Case, CheckContext, GenerationMode, Response
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.core.result import Ok

from recruiter_api.problems import PROBLEM_MEDIA_TYPE
from tests.server.live_server import LiveServer
from tests.server.world import World

EXAMPLES_PER_OPERATION = 6
# Per database and user; about 10-15 s are needed on this 2-core machine today.
TIME_BUDGET_SECONDS = 25.0
AUTH_PATHS = "/api/v1/auth/"

Operation = APIOperation[Any, Any, Any, Any]


def error_is_problem_json(ctx: CheckContext, response: Response, case: Case[Any]) -> None:
    """Every 4xx and 5xx answer is application/problem+json carrying its status."""
    if response.status_code < 400:
        return
    content_type = response.headers.get("content-type", [""])[0].split(";")[0].strip()
    if content_type != PROBLEM_MEDIA_TYPE:
        raise AssertionError(
            f"{case.operation.label} answered {response.status_code} as {content_type!r}, "
            f"not {PROBLEM_MEDIA_TYPE}: {response.content[:300]!r}"
        )
    body = response.json()
    if not isinstance(body, dict) or body.get("status") != response.status_code:
        raise AssertionError(
            f"{case.operation.label} answered {response.status_code} with a problem body "
            f"that does not carry that status: {response.content[:300]!r}"
        )


CHECKS: list[CheckFunction] = [not_a_server_error, error_is_problem_json]


def known_ids(world: World) -> dict[str, str]:
    """Ids of real rows, by the names the API gives its path parameters."""
    assert world.pool is not None
    return {
        "user_id": str(world.users["recruiter"].id),
        "job_id": str(world.jobs["eng"].id),
        "stage_id": str(world.stages["eng"]["Screening"].id),
        "candidate_id": str(world.candidates["alice"].id),
        "application_id": str(world.app("alice", "eng").id),
        "pool_id": str(world.pool.id),
    }


def operations(server: LiveServer) -> list[Operation]:
    """The operations the live server documents, in the order they are fuzzed."""
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json", timeout=30)
    found = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"the OpenAPI document is not valid: {result.err()}"
        found.append(result.ok())
    assert found, "the OpenAPI document lists no operations"
    # Signing out ends the session whose token every request carries, and failed sign-ins
    # trip the rate limit: the auth operations go last, and sign-out last of all.
    return sorted(
        found, key=lambda op: (op.path.startswith(AUTH_PATHS), op.path.endswith("/logout"))
    )


def fuzz_operation(
    operation: Operation,
    mode: GenerationMode,
    *,
    examples: int,
    base_url: str,
    session: requests.Session,
    headers: dict[str, str],
    ids: dict[str, str],
) -> None:
    """Send `examples` generated requests of one mode to one operation and check each answer."""
    real_ids = {name: value for name, value in ids.items() if f"{{{name}}}" in operation.path}
    strategy = operation.as_strategy(generation_mode=mode)
    if real_ids:
        strategy = st.one_of(
            strategy, operation.as_strategy(generation_mode=mode, path_parameters=real_ids)
        )

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        # No "explain" phase: on a failure it replays many variations, each an HTTP request.
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Case[Any]) -> None:
        case.call_and_validate(base_url=base_url, session=session, headers=headers, checks=CHECKS)

    try:
        run()
    except Unsatisfiable:
        # Schemathesis cannot make invalid input for an operation that accepts anything
        # (no parameters, or parameters of any shape): there is nothing negative to send.
        if mode is GenerationMode.POSITIVE:
            raise


@pytest.mark.slow
@pytest.mark.parametrize("user", ["admin", "interviewer"])
def test_no_operation_answers_500_or_a_non_problem_error(
    server: LiveServer, world: World, user: str
) -> None:
    ops = operations(server)
    ids = known_ids(world)
    deadline = time.monotonic() + TIME_BUDGET_SECONDS
    with requests.Session() as session:
        for operation in ops:
            for mode in GenerationMode:
                fuzz_operation(
                    operation,
                    mode,
                    examples=EXAMPLES_PER_OPERATION if time.monotonic() < deadline else 1,
                    base_url=server.url,
                    session=session,
                    headers=world.auth(user),
                    ids=ids,
                )

"""Liveness and readiness."""

from fastapi import APIRouter
from sqlalchemy import text

from recruiter_server.api.deps import ReadSession

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(session: ReadSession) -> dict[str, str]:
    """Answers once the database answers."""
    session.execute(text("SELECT 1"))
    return {"status": "ok"}

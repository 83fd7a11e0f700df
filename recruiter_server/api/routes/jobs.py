"""Routes of /api/v1/jobs."""

from fastapi import APIRouter

router = APIRouter(tags=["jobs"])

"""Routes of /api/v1/feedback."""

from fastapi import APIRouter

router = APIRouter(tags=["feedback"])

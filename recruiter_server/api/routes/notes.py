"""Routes of /api/v1/notes."""

from fastapi import APIRouter

router = APIRouter(tags=["notes"])

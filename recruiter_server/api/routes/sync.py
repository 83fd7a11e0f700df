"""Routes of /api/v1/sync."""

from fastapi import APIRouter

router = APIRouter(tags=["sync"])

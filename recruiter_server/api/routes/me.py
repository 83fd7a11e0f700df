"""Routes of /api/v1/me."""

from fastapi import APIRouter

router = APIRouter(tags=["me"])

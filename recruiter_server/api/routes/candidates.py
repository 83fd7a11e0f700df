"""Routes of /api/v1/candidates."""

from fastapi import APIRouter

router = APIRouter(tags=["candidates"])

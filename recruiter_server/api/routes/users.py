"""Routes of /api/v1/users."""

from fastapi import APIRouter

router = APIRouter(tags=["users"])

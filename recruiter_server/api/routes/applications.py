"""Routes of /api/v1/applications."""

from fastapi import APIRouter

router = APIRouter(tags=["applications"])

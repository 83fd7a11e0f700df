"""Routes of /api/v1/pools."""

from fastapi import APIRouter

router = APIRouter(tags=["pools"])

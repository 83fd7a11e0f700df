"""A local stand-in for LinkedIn's Recruiter System Connect partner API and for what people do
inside LinkedIn Recruiter, for the demo, the tests and development (see README.md).

In-process use: `create_app(database_path, settings)` gives the FastAPI app; `SandboxSettings`
and `WorldSizes` tune it; `seed_world` fills an empty database (create_app calls it itself).
"""

from linkedin_sandbox.app import create_app
from linkedin_sandbox.seed import ADMIN_EMAIL, seed_world
from linkedin_sandbox.settings import SandboxSettings, WorldSizes

__all__ = ["ADMIN_EMAIL", "SandboxSettings", "WorldSizes", "create_app", "seed_world"]

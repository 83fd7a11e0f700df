"""An organisation big enough to page and rank through, on a real server, pulled through its
feed into real cache files: the test world (every role, small), a demo organisation from
`seed_demo` (names from many countries, histories, notes, feedback, pools) and a few
candidates with known names for search.

It is built once per test module (seeding and a first sync take seconds) and only read by
the tests: the queries never write.
"""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from recruiter_desktop.store.database import Cache, open_cache
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from recruiter_server.demo.seed import seed_demo
from tests.desktop.store.server_feed import Feed
from tests.fixtures.server import SECRET
from tests.server.live_server import LiveServer
from tests.server.world import World, build_world

# first name, last name, headline, location, tags, codes of the world's jobs they apply to
Person = tuple[str, str, str, str, list[str], list[str]]
NAMED: tuple[Person, ...] = (
    ("Ana", "Silva", "Backend developer", "Lisbon, Portugal", ["django", "python"], ["eng"]),
    ("Anabel", "Silvestre", "Account executive", "Porto, Portugal", [], ["sales"]),
    ("Jürgen", "Weiß", "Controller", "Zürich, Switzerland", ["ifrs"], []),
    ("Zoë", "Åkesson", "Data engineer", "Umeå, Sweden", ["spark"], ["eng", "sales"]),
    ("Łukasz", "Søndergaard", "QA engineer", "Kraków, Poland", [], ["eng"]),
)


@dataclass
class SeededOrg:
    """`admin` is a cache synced as the world's admin (sees everything), `hm` one synced as
    the world's hiring manager (sees the job "eng" only); `server_db` is the server's own
    SQLite file, the truth to compare with."""

    world: World
    server_db: Path
    admin: Cache
    hm: Cache
    named: dict[str, str]  # "Ana Silva" -> candidate id

    def truth(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows of the server's database (which stores UUIDs and times as the wire does)."""
        with closing(sqlite3.connect(self.server_db)) as conn:
            return conn.execute(sql, params).fetchall()

    def user_id(self, email: str) -> str:
        [(user_id,)] = self.truth("SELECT id FROM users WHERE email = ?", email)
        return str(user_id)


@contextmanager
def seeded_org(
    folder: Path, template: Path, *, candidates: int = 400, applications: int = 1200
) -> Iterator[SeededOrg]:
    server_db = folder / "server.db"
    shutil.copyfile(template, server_db)
    settings = Settings(database_url=f"sqlite:///{server_db}", secret_key=SecretStr(SECRET))
    db = Database(settings.database_url)
    caches: list[Cache] = []
    try:
        world = build_world(db, settings)
        seed_demo(db, candidates=candidates, applications=applications)
        with LiveServer(create_app(settings, db)) as server, Feed(server.url, world) as feed:
            named = {f"{p[0]} {p[1]}": _add(feed, world, p) for p in NAMED}
            for user in ("admin", "hm"):
                caches.append(open_cache(folder / f"{user}.sqlite3"))
                feed.sync(caches[-1], user, limit=500)
        yield SeededOrg(world, server_db, caches[0], caches[1], named)
    finally:
        for cache in caches:
            cache.close()
        db.dispose()


def _add(feed: Feed, world: World, person: Person) -> str:
    first, last, headline, location, tags, jobs = person
    body = {"first_name": first, "last_name": last, "headline": headline, "location": location}
    created = feed.call("recruiter", "POST", "/api/v1/candidates", json={**body, "tags": tags})
    candidate_id: str = created.json()["id"]
    for code in jobs:
        feed.call(
            "recruiter",
            "POST",
            "/api/v1/applications",
            json={"candidate_id": candidate_id, "job_id": str(world.jobs[code].id)},
        )
    return candidate_id

"""The screenshots of the candidate's LinkedIn tab and of the LinkedIn talent pool in docs/
(shown in README.md), taken offscreen against the demo and its LinkedIn sandbox.

    .venv/bin/python scripts/linkedin_candidate_screenshots.py [--out docs] [--lang en|sv]

The demo's LinkedIn is set up in one step at contract level (Demo > Set up LinkedIn in one
step), then the recruiter's candidate pane shows:
- linkedin-candidate-exact.png: a candidate whose e-mail address LinkedIn knows (the profile,
  linked by LinkedIn's exact match);
- linkedin-candidate-history.png: an exact match with InMails and notes (contract level: the
  recruiter's own InMails in full, a colleague's as who and when);
- linkedin-candidate-suggestions.png: a candidate two LinkedIn members share a name with;
- linkedin-candidate-no-match.png: a candidate no member matches;
- linkedin-pool.png: Talent pools with the LinkedIn pool's shared profiles, one of them open
  on their LinkedIn tab;
- linkedin-candidate-company-level.png: the first candidate again once LinkedIn Recruiter's
  admin has moved the integration down to company level.

Nothing of the user's own settings or keyring is touched.
"""

import asyncio
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import httpx
from PySide6.QtWidgets import QWidget
from shots import close, open_window, run, save, until

from recruiter_api.enums import LinkedInLevel
from recruiter_desktop.demo import DemoServer
from recruiter_desktop.demo_guide import DemoGuide
from recruiter_desktop.store.queries.linkedin import integration
from recruiter_desktop.store.queries.pools import PoolSummary
from recruiter_desktop.store.search import search
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.pools_page import PoolsPage

SIZE = (1760, 990)


class Shooter:
    """The recruiter's window, and the LinkedIn tab of one candidate after another."""

    def __init__(self, window: MainWindow, out: Path) -> None:
        self.window = window
        self.out = out
        self.pane = window.candidate_pane
        self.tab = self.pane.linkedin

    async def candidate(self, name: str) -> None:
        """Open `name` on their LinkedIn tab, with the server's answer shown."""
        hits = await self.window.workspace.read(search, name, limit=5)
        hit = next(h for h in hits if f"{h.first_name} {h.last_name}" == name)
        self.window.open_candidate(hit.candidate_id)
        await until(f"{name}'s pane", lambda: self.pane.data is not None)
        self.pane.tabs.setCurrentWidget(self.tab)
        await until(
            f"{name}'s LinkedIn tab",
            lambda: self.tab.cached is not None and self.tab.answer is not None,
        )
        await self.sync()

    async def sync(self) -> None:
        """A round, as the engine's own (the tab asks for one after an exact match)."""
        await self.window.workspace.session.engine.sync_now()
        await until("the tab to settle", lambda: not self.tab.looking_up)

    async def save(self, widget: QWidget, name: str) -> None:
        await save(widget, self.out / name)


async def _shoot(out: Path, folder: Path) -> None:
    with DemoServer(folder) as demo:
        guide = demo.guide
        if guide is None:
            raise SystemExit("screenshots: the demo has no LinkedIn guide")
        print(f"screenshots: {await guide.set_up_linkedin()}")
        window = await open_window(demo, "recruiter@demo.example", folder, SIZE)
        shooter = Shooter(window, out)
        examples = guide.examples
        dock = window.candidate_dock
        for name, picture in (
            (examples.exact[-1], "linkedin-candidate-exact.png"),
            (examples.exact[0], "linkedin-candidate-history.png"),
            (examples.shared_name[0], "linkedin-candidate-suggestions.png"),
            (examples.unmatched[0], "linkedin-candidate-no-match.png"),
        ):
            await shooter.candidate(name)
            await shooter.save(dock, picture)

        pools = window.go("pools")
        if not isinstance(pools, PoolsPage):
            raise SystemExit("screenshots: the Talent pools page is not where it should be")
        await until("the LinkedIn pool", lambda: _is_linkedin(pools.pool))
        await until("its members", lambda: pools.members.rowCount() > 0)
        pools.table.setCurrentIndex(pools.members.index(0, 0))
        await until("the member's pane", lambda: shooter.pane.data is not None)
        shooter.pane.tabs.setCurrentWidget(shooter.tab)
        await until("their LinkedIn tab", lambda: bool(shooter.tab.profile_cards))
        await shooter.save(window, "linkedin-pool.png")

        await _company_level(demo.sandbox_url, guide, window)
        window.go("jobs")
        await shooter.candidate(examples.exact[0])
        await shooter.save(dock, "linkedin-candidate-company-level.png")
        await close(window)


def _is_linkedin(pool: PoolSummary | None) -> bool:
    return pool is not None and pool.system_key == "linkedin"


async def _company_level(sandbox_url: str, guide: DemoGuide, window: MainWindow) -> None:
    """LinkedIn Recruiter's admin moves the integration down to company level; the window's
    cache learns it with a sync."""
    async with httpx.AsyncClient(base_url=sandbox_url, timeout=30) as sandbox:
        answer = await sandbox.post("/sandbox/integrations/enable", json={"level": "company"})
    if answer.status_code >= 300:
        raise SystemExit(f"screenshots: the sandbox refused company level: {answer.text}")
    workspace = window.workspace

    async def company() -> bool:
        await workspace.session.engine.sync_now()
        state = await workspace.read(integration)
        return state is not None and state.level is LinkedInLevel.COMPANY

    deadline = time.monotonic() + 60
    while not await company():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: {guide.server_url} never showed company level")
        await asyncio.sleep(0.5)


def main() -> int:
    return run("Take the LinkedIn tab's screenshots of docs/.", _shoot)


if __name__ == "__main__":
    sys.exit(main())

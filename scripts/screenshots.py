"""The screenshots of docs/ (shown in README.md), taken offscreen against the demo.

    .venv/bin/python scripts/screenshots.py [--out docs] [--lang en|sv]

- jobs-board.png: the recruiter's Jobs page with the busiest job's pipeline board, and a
  candidate in its Interview stage open in the candidate pane;
- candidate-pane.png: that candidate's pane on its Feedback tab (interview feedback);
- hiring-manager-funnel.png: the hiring manager's My jobs, with the funnel of their first
  job and its candidates by time in stage.

The demo's server runs in this process with a fresh database, as `recruiter-desktop --demo`
runs it; nothing of the user's own settings or keyring is touched.
"""

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from recruiter_desktop.app import install_translators
from recruiter_desktop.demo import DEMO_PASSWORD, DemoServer
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.shell import open_workspace, signed_in_client
from recruiter_desktop.store.queries.jobs import job_list
from recruiter_desktop.store.queries.pipeline import pipeline
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.jobs import JobsPage
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.window_capture import capture, settle

SIZE = (1760, 990)
ROOT = Path(__file__).resolve().parent.parent


async def _window(demo: DemoServer, email: str, folder: Path) -> MainWindow:
    """`email`'s main window, signed in and synced, shown at SIZE."""
    keyring = null.Keyring()  # type: ignore[no-untyped-call]  # keyring's is not annotated
    client = await signed_in_client(demo.url, email, DEMO_PASSWORD, keyring)
    workspace = await open_workspace(client, demo.folder)
    await workspace.session.engine.sync_now()
    settings = AppSettings(QSettings(str(folder / f"{email}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    window.resize(*SIZE)
    window.show()
    return window


async def _close(window: MainWindow) -> None:
    session = window.workspace.session
    window.close()
    await session.close()
    await session.api.aclose()


async def _interviewing(workspace: Workspace) -> tuple[str, str]:
    """(job id, candidate id): the job with most active candidates, and the candidate who
    has waited longest in its Interview stage."""
    jobs = await workspace.read(job_list, limit=100)
    busiest = max(jobs.items, key=lambda job: job.active)
    board = await workspace.read(pipeline, busiest.id)
    if board is None:
        raise SystemExit(f"screenshots: the job {busiest.title} is not in the cache")
    interview = next(column for column in board.stages if column.name == "Interview")
    if not interview.cards:
        raise SystemExit(f"screenshots: nobody is in Interview on {busiest.title}")
    return busiest.id, interview.cards[0].candidate_id


async def _shoot(out: Path, folder: Path) -> None:
    with DemoServer(folder) as demo:
        recruiter = await _window(demo, "recruiter@demo.example", folder)
        job_id, candidate_id = await _interviewing(recruiter.workspace)
        jobs = recruiter.go("jobs")
        if not isinstance(jobs, JobsPage):
            raise SystemExit("screenshots: the Jobs page is not where it should be")
        jobs.open_job(job_id)
        await settle()  # the board's columns
        _choose_card(jobs, candidate_id)
        recruiter.open_candidate(candidate_id)
        await _save(recruiter, out / "jobs-board.png")
        pane = recruiter.candidate_pane
        pane.tabs.setCurrentWidget(pane.feedback)
        await _save(recruiter.candidate_dock, out / "candidate-pane.png")
        await _close(recruiter)

        manager = await _window(demo, "hiring.manager@demo.example", folder)
        manager.go("my_jobs")
        await _save(manager, out / "hiring-manager-funnel.png")
        await _close(manager)


def _choose_card(jobs: JobsPage, candidate_id: str) -> None:
    """Select the candidate's card on the board, as the click that opens them does."""
    for column in jobs.job.board.columns:
        for card in column.model.cards():
            row = column.model.row_of(card.application_id)
            if card.candidate_id == candidate_id and row is not None:
                column.cards.setCurrentIndex(column.model.index(row, 0))
                return
    raise SystemExit("screenshots: the candidate's card is not on the board")


async def _save(widget: QWidget, path: Path) -> None:
    await capture(widget, path)
    print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Take the screenshots of docs/.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (docs/)")
    parser.add_argument("--lang", choices=["en", "sv"], default="en")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # one window closes before the next opens
    translation = install_translators(app, args.lang)
    if translation.problems:
        raise SystemExit(f"screenshots: {' '.join(translation.problems)}")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="recruiter-screenshots-") as folder, loop:
        loop.run_until_complete(_shoot(out, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

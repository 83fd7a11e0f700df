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

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from shots import close, open_window, run, save

from recruiter_desktop.demo import DemoServer
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.jobs import job_list
from recruiter_desktop.store.queries.pipeline import pipeline
from recruiter_desktop.views.jobs import JobsPage
from recruiter_desktop.views.window_capture import settle

SIZE = (1760, 990)


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
        recruiter = await open_window(demo, "recruiter@demo.example", folder, SIZE)
        job_id, candidate_id = await _interviewing(recruiter.workspace)
        jobs = recruiter.go("jobs")
        if not isinstance(jobs, JobsPage):
            raise SystemExit("screenshots: the Jobs page is not where it should be")
        jobs.open_job(job_id)
        await settle()  # the board's columns
        _choose_card(jobs, candidate_id)
        recruiter.open_candidate(candidate_id)
        await save(recruiter, out / "jobs-board.png")
        pane = recruiter.candidate_pane
        pane.tabs.setCurrentWidget(pane.feedback)
        await save(recruiter.candidate_dock, out / "candidate-pane.png")
        await close(recruiter)

        manager = await open_window(demo, "hiring.manager@demo.example", folder, SIZE)
        manager.go("my_jobs")
        await save(manager, out / "hiring-manager-funnel.png")
        await close(manager)


def _choose_card(jobs: JobsPage, candidate_id: str) -> None:
    """Select the candidate's card on the board, as the click that opens them does."""
    for column in jobs.job.board.columns:
        for card in column.model.cards():
            row = column.model.row_of(card.application_id)
            if card.candidate_id == candidate_id and row is not None:
                column.cards.setCurrentIndex(column.model.index(row, 0))
                return
    raise SystemExit("screenshots: the candidate's card is not on the board")


def main() -> int:
    return run("Take the screenshots of docs/.", _shoot)


if __name__ == "__main__":
    sys.exit(main())

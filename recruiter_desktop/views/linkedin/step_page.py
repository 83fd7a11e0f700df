"""The base of the setup wizard's pages: a column of content, one server call or wait at a
time (left at once by Back, Cancel or the next step), problems in words with Try again, and
moving on by itself when the step is done."""

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from recruiter_desktop.views.linkedin.parts import ProblemLine, WaitingLine
from recruiter_desktop.views.linkedin.setup_state import SetupState
from recruiter_desktop.views.owned_spawn import spawn_for

T = TypeVar("T")
# The steps a wizard's page may be numbered as: sign-in to first sync (seed steps 3 to 11).
STEPS = 6


class StepPage(QWizardPage):
    """A page of the wizard. Subclasses add their widgets to `body` (above `waiting` and
    `problem`), start their work with `run`, and call `finish` when their step is done."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self._task: asyncio.Task[Any] | None = None
        self._retry: Callable[[], None] | None = None
        self.complete = False
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.waiting = WaitingLine()
        self.problem = ProblemLine()
        self.problem.retry.connect(self._try_again)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.waiting)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def set_step_title(self, number: int, title: str) -> None:
        """The page's title, with where it is among the setup's steps."""
        words = self.tr("Step %1 of %2: %3")
        self.setTitle(
            words.replace("%1", str(number)).replace("%2", str(STEPS)).replace("%3", title)
        )

    def run(
        self,
        work: Coroutine[Any, Any, T],
        done: Callable[[T], None],
        *,
        waiting: str | None,
        retry: Callable[[], None],
    ) -> None:
        """Start `work` (leaving whatever ran before), showing `waiting` meanwhile (unless
        None: the page shows it its own way); `done` gets its result; a failure shows in
        words and Try again calls `retry`."""
        self.leave()
        self.problem.hide()
        if waiting is not None:
            self.waiting.wait(waiting)
        self._retry = retry

        def answered(result: T) -> None:
            self._task = None
            self.waiting.hide()
            done(result)

        self._task = spawn_for(self, work, done=answered, failed=self._failed)

    @property
    def busy(self) -> bool:
        """Whether a call or a wait of this page runs."""
        return self._task is not None and not self._task.done()

    def leave(self) -> None:
        """Stop the call or wait under way (its answer is dropped)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.waiting.hide()

    def fail(self, message: str, *, action: str | None = None) -> None:
        """Show a problem of the step (not a failed call): Try again (or `action`) calls the
        last `retry`."""
        self.waiting.hide()
        self.problem.show_problem(message, action=action)

    def finish(self) -> None:
        """The step is done: Next is enabled, and the wizard moves on by itself if this page
        is still the one shown."""
        self.complete = True
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def isComplete(self) -> bool:
        return self.complete

    def initializePage(self) -> None:
        self.complete = False
        self.problem.hide()

    def cleanupPage(self) -> None:
        """Back: leave the wait; the step's state stays on the server."""
        self.leave()

    def _failed(self, message: str) -> None:
        self._task = None
        self.fail(message)

    def _try_again(self) -> None:
        if self._retry is not None:
            self._retry()

"""The setup wizard's last steps (seed steps 7-11): the Recruiter admin enables company- or
contract-level access in LinkedIn Recruiter while the wizard waits for it, the first full
sync with its progress, and a summary of what is now on."""

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from recruiter_api.enums import (
    HistorySyncState,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
)
from recruiter_api.linkedin import LinkedInIntegration
from recruiter_desktop.views import tones
from recruiter_desktop.views.candidate.cards import heading
from recruiter_desktop.views.linkedin.parts import paragraph, rich
from recruiter_desktop.views.linkedin.setup_state import SetupState
from recruiter_desktop.views.linkedin.step_page import StepPage
from recruiter_desktop.views.linkedin.wording import CONTRACT_ONLY, WORDS


def enabled(row: LinkedInIntegration) -> bool:
    return row.state is LinkedInState.ENABLED


def _levels_table() -> str:
    rows = "".join(
        f"<tr><td style='padding: 4px 12px 4px 0'><b>{escape(WORDS.level_access(level))}</b>"
        f"</td><td style='padding: 4px 0'>{escape(WORDS.level_gives(level))}</td></tr>"
        for level in (LinkedInLevel.COMPANY, LinkedInLevel.CONTRACT)
    )
    # Indented as far as the numbered steps' text, under the step that lists the options.
    return f"<table style='margin-left: 22px'>{rows}</table>"


class EnablePage(StepPage):
    """What the Recruiter admin does in LinkedIn Recruiter, while the wizard waits for
    LinkedIn to say the integration is enabled (and at which level)."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(5, self.tr("Enable access in LinkedIn Recruiter"))
        self.setSubTitle(
            self.tr(
                "A Recruiter admin of your contract now enables the integration in LinkedIn "
                "Recruiter. This page moves on by itself when LinkedIn says it is enabled."
            )
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.body.addWidget(heading(self.tr("For the Recruiter admin")))
        self.steps = [
            self.tr("Sign in to LinkedIn with the Recruiter admin account and open Recruiter."),
            self.tr("In the More menu, choose Admin settings, then the ATS tab."),
            self.tr("This ATS is listed there with two options that can be enabled:"),
            self.tr("Enable the access level you chose."),
        ]
        self.instructions = rich(
            "<ol style='margin-left: -20px'>"
            + "".join(f"<li>{escape(step)}</li>" for step in self.steps[:3])
            + f"</ol>{_levels_table()}<ol start='4' style='margin-left: -20px'>"
            + f"<li>{escape(self.steps[3])}</li></ol>"
        )
        self.body.addWidget(self.instructions)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Company-level access is enough for exports and the profile on each "
                    "candidate's LinkedIn tab; choose contract-level access to see InMails "
                    "and Recruiter notes here too. The level can be changed later in "
                    "Recruiter."
                )
            )
        )
        self.copy = QPushButton(self.tr("&Copy the instructions"))
        self.copy.setToolTip(self.tr("Copy these steps, to send them to your Recruiter admin."))
        self.copy.clicked.connect(self._copy)
        self.check = QPushButton(self.tr("C&heck now"))
        self.check.setToolTip(self.tr("Ask LinkedIn for the status now."))
        self.check.clicked.connect(self._check)
        self.copied = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.check)
        buttons.addWidget(self.copied, 1)
        self.body.addLayout(buttons)

    def initializePage(self) -> None:
        super().initializePage()
        self.copied.clear()
        self._show(self.setup.integration)
        self._wait()

    def _show(self, row: LinkedInIntegration) -> None:
        if row.state is LinkedInState.DISABLED:
            self.status.setText(
                self.tr(
                    "LinkedIn shows: Disabled. A Recruiter admin turned the integration off; "
                    "they enable it again the same way."
                )
            )
            tones.mark_problem(self.status)
        else:
            self.status.setText(
                self.tr("LinkedIn shows: %1.").replace("%1", WORDS.state(row.state, row.level))
            )
            tones.mark_good(self.status)

    def _wait(self) -> None:
        self.run(
            self.setup.service.wait_for(enabled, every=self.setup.every, on_poll=self._polled),
            self._answered,
            waiting=self.tr(
                "Waiting for the Recruiter admin to enable access… LinkedIn is asked every "
                "few seconds."
            ),
            retry=self._wait,
        )

    def _polled(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self._show(row)

    def _check(self) -> None:
        self.run(
            self.setup.service.refresh(),
            self._answered,
            waiting=self.tr("Asking LinkedIn for the status…"),
            retry=self._check,
        )

    def _answered(self, row: LinkedInIntegration) -> None:
        self._polled(row)
        if enabled(row):
            self.finish()
        else:
            self._wait()

    def _copy(self) -> None:
        lines = [
            self.tr("Enabling Recruiter System Connect for our ATS in LinkedIn Recruiter:"),
            *(f"{n}. {step}" for n, step in enumerate(self.steps[:3], start=1)),
            *(
                f"   - {WORDS.level_access(level)}: {WORDS.level_gives(level)}"
                for level in (LinkedInLevel.COMPANY, LinkedInLevel.CONTRACT)
            ),
            f"4. {self.steps[3]}",
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self.copied.setText(self.tr("Copied: paste them into a message to your Recruiter admin."))


class HistoryPage(StepPage):
    """The first full sync: its progress as the server reports it, and its end."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.set_step_title(6, self.tr("The first full sync"))
        self.setSubTitle(
            self.tr(
                "The ATS server sends the jobs and candidates of the recent past to LinkedIn "
                "and, at contract level, reads InMails, notes and stub profiles."
            )
        )
        self.level = QLabel()
        self.level.setWordWrap(True)
        self.body.addWidget(self.level)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("First sync progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.body.addWidget(self.progress)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "You may close the wizard: the sync goes on in the server, and Admin "
                    "settings > LinkedIn integration shows its progress."
                )
            )
        )
        self._started = False

    def initializePage(self) -> None:
        super().initializePage()
        row = self.setup.integration
        self._show(row)
        if (
            self.setup.rerun
            and not self._started
            and row.history_state is not (HistorySyncState.RUNNING)
        ):
            self._start()
        else:
            self._follow(row)

    def _show(self, row: LinkedInIntegration) -> None:
        words = self.tr("%1 on %2.")
        self.level.setText(
            words.replace("%1", WORDS.state(row.state, row.level)).replace(
                "%2", row.contract_name or row.contract_urn or ""
            )
        )
        tones.mark_good(self.level)
        if row.history_state is HistorySyncState.RUNNING and row.history_total == 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, max(row.history_total, 1))
            self.progress.setValue(
                row.history_total
                if row.history_state is HistorySyncState.DONE
                else min(row.history_done, row.history_total)
            )
        self.message.setText(row.history_message or "")

    def _start(self) -> None:
        self._started = True
        self.run(
            self.setup.service.start_history_sync(),
            self._follow,
            waiting=self.tr("Starting the sync…"),
            retry=self._start,
        )

    def _follow(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self._show(row)
        if row.history_state is not HistorySyncState.RUNNING:
            self._ended(row)
            return
        self.run(
            self.setup.service.wait_for(
                lambda r: r.history_state is not HistorySyncState.RUNNING,
                every=self.setup.every,
                on_poll=self._polled,
            ),
            self._ended,
            # The progress bar shows the wait.
            waiting=None,
            retry=lambda: self._follow(self.setup.integration),
        )

    def _polled(self, row: LinkedInIntegration) -> None:
        self.setup.update(row)
        self._show(row)

    def _ended(self, row: LinkedInIntegration) -> None:
        self._polled(row)
        again = self.tr("Run the sync again")
        self._retry = self._start
        if row.history_state is HistorySyncState.DONE:
            self.finish()
        elif row.history_state is HistorySyncState.FAILED:
            self.fail(
                row.history_message or self.tr("The sync with LinkedIn failed."), action=again
            )
        else:
            self.fail(self.tr("The first sync has not started."), action=self.tr("Start the sync"))


class SummaryPage(StepPage):
    """What is now on, what the level leaves out, and what users do next."""

    def __init__(self, setup: SetupState, parent: QWidget | None = None) -> None:
        super().__init__(setup, parent)
        self.setTitle(self.tr("LinkedIn is connected"))
        self.setSubTitle(
            self.tr("Recruiter System Connect is enabled; the LinkedIn features are on.")
        )
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.body.addWidget(self.state)
        self.body.addWidget(heading(self.tr("Now on")))
        self.features = rich("")
        self.body.addWidget(self.features)
        self.left_out = paragraph()
        self.body.addWidget(self.left_out)
        self.history = paragraph()
        self.body.addWidget(self.history)
        self.body.addWidget(heading(self.tr("Next")))
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Tell your recruiters and hiring managers: each connects their own "
                    "LinkedIn account in User settings > LinkedIn, and the features appear on "
                    "each candidate's LinkedIn tab. Admin settings > LinkedIn integration "
                    "shows the integration's state from now on."
                )
            )
        )

    def initializePage(self) -> None:
        super().initializePage()
        row = self.setup.integration
        words = self.tr("%1 on %2, signed in to LinkedIn as %3.")
        self.state.setText(
            words.replace("%1", WORDS.state(row.state, row.level))
            .replace("%2", row.contract_name or row.contract_urn or "")
            .replace("%3", row.connected_member_name or "")
        )
        tones.mark_good(self.state)
        on = [LinkedInFeature(f) for f in row.features]
        self.features.setText(
            "<ul style='margin-left: -20px'>"
            + "".join(
                f"<li style='margin-bottom: 4px'><b>{escape(WORDS.feature(f))}</b>: "
                f"{escape(WORDS.feature_gives(f))}</li>"
                for f in on
            )
            + "</ul>"
        )
        missing = [f for f in CONTRACT_ONLY if f not in on]
        self.left_out.setVisible(bool(missing))
        self.left_out.setText(
            self.tr(
                "Company-level access leaves out %1: they need contract-level access, which a "
                "Recruiter admin can enable in Recruiter (More > Admin settings > ATS tab)."
            ).replace("%1", ", ".join(WORDS.feature(f) for f in missing))
        )
        self.history.setText(row.history_message or "")
        self.complete = True

    def isComplete(self) -> bool:
        return True

"""Admin settings > LinkedIn integration: the integration's true state and what to do next,
the level and what each level gives, the first full sync's progress and end, LinkedIn's recent
events, and the setup's buttons (Connect or Resume setup, Refresh status, Re-run setup,
Disconnect).

The state is the cache's (it shows offline too) and follows the sync: the tab reads it again
whenever a round brings a change of `linkedin_integration`. While the history sync runs, the
tab follows its progress from the server. The events and the setup's steps need the server.
"""

import asyncio
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import (
    CONTRACT_FEATURES,
    HistorySyncState,
    LinkedInLevel,
    LinkedInState,
)
from recruiter_api.linkedin import LinkedInIntegration
from recruiter_desktop.services.linkedin import DEFAULT_EVERY
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.queries.linkedin import IntegrationState, integration
from recruiter_desktop.views import tones
from recruiter_desktop.views.candidate.cards import heading
from recruiter_desktop.views.candidate.wording import moment
from recruiter_desktop.views.linkedin.events_list import EventsList
from recruiter_desktop.views.linkedin.parts import ProblemLine, paragraph, rich
from recruiter_desktop.views.linkedin.wizard import SetupWizard
from recruiter_desktop.views.linkedin.wording import WORDS
from recruiter_desktop.views.owned_spawn import spawn_for

READABLE_WIDTH = 860
SECTION_SPACE = 14
EVENTS_SHOWN = 20
# Entities whose change may come with a new event from LinkedIn (an accepted export).
_EVENT_ENTITIES = frozenset({"linkedin_integration", "candidate", "application"})


def _section(*widgets: QWidget) -> QWidget:
    """Widgets one under the other, set apart from what is above them."""
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, SECTION_SPACE, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return section


class IntegrationTab(QWidget):
    """The organisation's LinkedIn integration, for admins. `every`: seconds between the
    reads of the state while the tab or its wizard waits."""

    def __init__(
        self, workspace: Workspace, *, every: float = DEFAULT_EVERY, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.every = every
        self.state: IntegrationState | None = None
        self.loaded = False
        self.wizard: SetupWizard | None = None
        self.confirmation: QMessageBox | None = None
        self._following: asyncio.Task[Any] | None = None

        state_box = self._state_box()
        self.features_title = heading(self.tr("What each level gives"))
        self.features = rich("")
        self.history_title = heading(self.tr("First full sync"))
        self.history_bar = QProgressBar()
        self.history_bar.setAccessibleName(self.tr("First sync progress"))
        self.history_bar.setFormat(self.tr("%v of %m"))
        self.history_text = paragraph()
        self.events_title = heading(self.tr("Recent events from LinkedIn"))
        self.events_note = paragraph(
            self.tr(
                "What LinkedIn sent this server (1-Click Exports, status changes) and what "
                "came of each, newest first."
            )
        )
        self.events = EventsList()

        self.history_section = _section(self.history_title, self.history_bar, self.history_text)
        column = QVBoxLayout()
        column.addWidget(heading(self.tr("LinkedIn integration"), size=1.4))
        column.addWidget(state_box)
        column.addWidget(self.history_section)
        column.addWidget(_section(self.features_title, self.features))
        column.addWidget(_section(self.events_title, self.events_note, self.events))
        column.addStretch(1)
        self._scrolled(column)

        workspace.status.data_changed.connect(self._data_changed)
        workspace.status.last_sync_changed.connect(self._synced)
        self._show(None)
        self.reload()

    def _state_box(self) -> QFrame:
        """The state, what to do next, the details and the setup's buttons, in a panel."""
        self.title = heading("", size=1.25)
        self.title.setAccessibleName(self.tr("Integration state"))
        self.next_step = paragraph()
        self.problem = paragraph()
        tones.mark_problem(self.problem)
        self.details = QFormLayout()
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # One row each, shown when the state has it (rows are hidden, never deleted).
        self.detail_values: dict[str, QLabel] = {}
        for key, label in (
            ("contract", self.tr("Contract:")),
            ("connected_by", self.tr("Connected by:")),
            ("account", self.tr("LinkedIn account:")),
            ("requested", self.tr("Requested:")),
            ("enabled", self.tr("Enabled since:")),
            ("pulled", self.tr("InMails and notes read:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(label, value)
            self.detail_values[key] = value
        self.connect_button = QPushButton()
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.resume)
        self.refresh_button = QPushButton(self.tr("&Refresh status"))
        self.refresh_button.setToolTip(self.tr("Ask LinkedIn for the integration's status now."))
        self.refresh_button.clicked.connect(self.refresh)
        self.rerun_button = QPushButton(self.tr("Re-run set&up"))
        self.rerun_button.setToolTip(
            self.tr("Run the setup wizard again from the start: sign in, steps, first sync.")
        )
        self.rerun_button.clicked.connect(self.rerun)
        self.disconnect_button = QPushButton(self.tr("&Disconnect…"))
        self.disconnect_button.setToolTip(self.tr("Disconnect the organisation from LinkedIn."))
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        buttons = QHBoxLayout()
        for button in (
            self.connect_button,
            self.refresh_button,
            self.rerun_button,
            self.disconnect_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.action_problem = ProblemLine()
        self.action_problem.button.hide()
        self.busy = QLabel()
        self.busy.hide()

        box = QFrame()
        box.setObjectName("state_box")
        box.setStyleSheet(
            "QFrame#state_box { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.next_step)
        layout.addWidget(self.problem)
        layout.addLayout(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.action_problem)
        return box

    def _scrolled(self, column: QVBoxLayout) -> None:
        """Lay `column` out at a readable width in a scroll area filling the tab."""
        inner = QWidget()
        inner.setMaximumWidth(READABLE_WIDTH)
        inner.setLayout(column)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addWidget(inner, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- Reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the integration from the cache again."""
        spawn_for(self, self.workspace.read(integration), done=self._show)

    def reload_events(self) -> None:
        """Read LinkedIn's latest events from the server."""
        spawn_for(
            self,
            self.workspace.linkedin.events(limit=EVENTS_SHOWN),
            done=self.events.show_events,
            failed=self.events.show_problem,
        )

    def _data_changed(self, entities: object) -> None:
        if not isinstance(entities, frozenset):
            return
        if "linkedin_integration" in entities:
            self.reload()
        if entities & _EVENT_ENTITIES and self.isVisible():
            self.reload_events()

    def _synced(self, _when: str) -> None:
        # A refused export changes nothing in the feed: each round looks for new events.
        if self.isVisible():
            self.reload_events()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_events()
        self._follow_history()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stop_following()

    # --- Showing ---------------------------------------------------------------------------

    def _show(self, state: IntegrationState | None) -> None:
        self.state = state
        self.loaded = True
        current = LinkedInState.NOT_CONNECTED if state is None else state.state
        level = None if state is None else state.level
        self.title.setText(WORDS.state(current, level))
        if current is LinkedInState.ENABLED:
            tones.mark_good(self.title)
        elif current is LinkedInState.DISABLED:
            tones.mark_problem(self.title)
        else:
            tones.mark_plain(self.title)
        self.next_step.setText(WORDS.next_step(current))
        error = None if state is None else state.last_error
        self.problem.setVisible(error is not None)
        if current is LinkedInState.NOT_CONNECTED:
            problem = self.tr("Problem: %1")
        else:
            problem = self.tr("Problem: %1 Press Refresh status once it is fixed.")
        self.problem.setText(problem.replace("%1", error or ""))
        self._show_details(state)
        self._show_buttons(current)
        self._show_levels(state)
        self._show_history(state)
        self._follow_history()

    def _show_details(self, state: IntegrationState | None) -> None:
        shown: dict[str, str] = {}
        if state is not None:
            if state.contract_name or state.contract_urn:
                shown["contract"] = state.contract_name or state.contract_urn or ""
            if state.connected_at is not None:
                words = self.tr("%1, on %2")
                shown["connected_by"] = words.replace(
                    "%1", state.connected_by or self.tr("an admin")
                ).replace("%2", moment(state.connected_at))
            if state.connected_member_name:
                shown["account"] = state.connected_member_name
            if state.requested_at is not None:
                shown["requested"] = moment(state.requested_at)
            if state.state is LinkedInState.ENABLED and state.enabled_at is not None:
                shown["enabled"] = moment(state.enabled_at)
            if state.last_pull_at is not None:
                shown["pulled"] = moment(state.last_pull_at)
        for row, (key, value) in enumerate(self.detail_values.items()):
            value.setText(shown.get(key, ""))
            self.details.setRowVisible(row, key in shown)

    def _show_buttons(self, current: LinkedInState) -> None:
        connected = current is not LinkedInState.NOT_CONNECTED
        if connected:
            self.connect_button.setText(self.tr("Resume &setup…"))
            self.connect_button.setToolTip(
                self.tr("Open the setup wizard at the step where the setup stands.")
            )
        else:
            self.connect_button.setText(self.tr("&Connect…"))
            self.connect_button.setToolTip(
                self.tr("Start the setup wizard: connect the organisation to LinkedIn.")
            )
        self.connect_button.setVisible(current is not LinkedInState.ENABLED)
        self.rerun_button.setVisible(connected)
        self.disconnect_button.setVisible(connected)
        self.refresh_button.setVisible(connected)

    def _show_levels(self, state: IntegrationState | None) -> None:
        level = state.level if state is not None and state.state is LinkedInState.ENABLED else None
        rows = []
        for each in (LinkedInLevel.COMPANY, LinkedInLevel.CONTRACT):
            name = escape(WORDS.level_access(each))
            if each is level:
                name += " " + escape(self.tr("(this organisation)"))
            rows.append(
                f"<tr><td style='padding: 3px 12px 3px 0'><b>{name}</b></td>"
                f"<td style='padding: 3px 0'>{escape(WORDS.level_gives(each))}</td></tr>"
            )
        text = f"<table>{''.join(rows)}</table>"
        if state is not None and state.state is LinkedInState.ENABLED:
            on = [f for f in CONTRACT_FEATURES if f in state.features]
            text += "<p>" + escape(self.tr("On now:")) + "</p><ul style='margin-left: -20px'>"
            text += "".join(
                f"<li><b>{escape(WORDS.feature(f))}</b>: {escape(WORDS.feature_gives(f))}</li>"
                for f in on
            )
            text += "</ul>"
        self.features.setText(text)

    def _show_history(self, state: IntegrationState | None) -> None:
        shown = state is not None and state.history_state is not HistorySyncState.IDLE
        self.history_section.setVisible(shown)
        if state is None or not shown:
            return
        self._show_progress(
            state.history_state, state.history_done, state.history_total, state.history_message
        )
        if state.history_state is HistorySyncState.DONE and state.history_finished_at:
            words = self.tr("Done on %1. %2")
            self.history_text.setText(
                words.replace("%1", moment(state.history_finished_at)).replace(
                    "%2", state.history_message or ""
                )
            )
        if state.history_state is HistorySyncState.FAILED:
            tones.mark_problem(self.history_text)
        else:
            tones.mark_plain(self.history_text)

    def _show_progress(
        self, history: HistorySyncState, done: int, total: int, message: str | None
    ) -> None:
        if history is HistorySyncState.RUNNING and total == 0:
            self.history_bar.setRange(0, 0)
        else:
            self.history_bar.setRange(0, max(total, 1))
            finished = history is HistorySyncState.DONE
            self.history_bar.setValue(total if finished else min(done, total))
        self.history_text.setText(message or "")

    # --- The history sync's progress --------------------------------------------------------

    def _follow_history(self) -> None:
        """While the history sync runs, show its progress from the server and sync the
        cache when it ends."""
        running = (
            self.state is not None
            and self.state.state is LinkedInState.ENABLED
            and self.state.history_state is HistorySyncState.RUNNING
        )
        if not running or not self.isVisible() or self._following is not None:
            return
        self._following = spawn_for(
            self,
            self.workspace.linkedin.wait_for(
                lambda r: r.history_state is not HistorySyncState.RUNNING,
                every=self.every,
                on_poll=self._progress,
            ),
            done=self._history_ended,
            failed=self._history_unread,
        )

    def _progress(self, row: LinkedInIntegration) -> None:
        if shiboken6.isValid(self):
            self._show_progress(
                row.history_state, row.history_done, row.history_total, row.history_message
            )

    def _history_ended(self, _row: LinkedInIntegration) -> None:
        self._following = None
        self.workspace.sync_now()

    def _history_unread(self, _message: str) -> None:
        # Offline: the cache's progress stays shown; the next round's change reads it again.
        self._following = None

    def _stop_following(self) -> None:
        if self._following is not None:
            self._following.cancel()
            self._following = None

    # --- Actions -----------------------------------------------------------------------------

    def _act(self, busy: str) -> None:
        self.busy.setText(busy)
        self.busy.show()
        self.action_problem.hide()

    def _acted(self, _result: object = None) -> None:
        self.busy.hide()
        self.workspace.sync_now()
        self.reload_events()

    def _refused(self, message: str) -> None:
        self.busy.hide()
        self.action_problem.show_problem(message)

    def resume(self) -> None:
        """Connect / Resume setup: the wizard at the step where the setup stands."""
        self._open_wizard(rerun=False)

    def rerun(self) -> None:
        """Re-run setup: the wizard from its first page."""
        self._open_wizard(rerun=True)

    def _open_wizard(self, *, rerun: bool) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self._act(self.tr("Reading the setup from the server…"))
        spawn_for(
            self,
            self.workspace.linkedin.integration(),
            done=lambda row: self._wizard_for(row, rerun=rerun),
            failed=self._refused,
        )

    def _wizard_for(self, row: LinkedInIntegration, *, rerun: bool) -> None:
        self.busy.hide()
        if self.wizard is not None:
            return
        wizard = SetupWizard(self.workspace, row, rerun=rerun, every=self.every, parent=self)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self._acted()

    def refresh(self) -> None:
        """Refresh status: ask LinkedIn now; the answer reaches the tab with the sync."""
        self._act(self.tr("Asking LinkedIn for the status…"))
        spawn_for(self, self.workspace.linkedin.refresh(), done=self._acted, failed=self._refused)

    def ask_disconnect(self) -> None:
        """Disconnect…: ask first (`confirmation` is the question while it is open)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Disconnect from LinkedIn"),
            self.tr("Disconnect the organisation from LinkedIn?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "1-Click Export, the In-ATS indicator and the candidates' LinkedIn tabs stop "
                "for everyone, and the InMails and Recruiter notes synced here are removed. "
                "Candidates and their links to LinkedIn profiles stay, and so do users' own "
                "LinkedIn accounts. You can connect again later."
            )
        )
        confirm = box.addButton(self.tr("Disconnect"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is confirm:
                self.disconnect_linkedin()
            box.deleteLater()

        box.finished.connect(answered)
        self.confirmation = box
        box.open()

    def disconnect_linkedin(self) -> None:
        """Disconnect the organisation from LinkedIn (asked first by ask_disconnect)."""
        self._act(self.tr("Disconnecting from LinkedIn…"))
        spawn_for(
            self, self.workspace.linkedin.disconnect(), done=self._acted, failed=self._refused
        )

"""The Interview feedback tab: the feedback the cache holds (the server already keeps other
interviewers' feedback from an interviewer until they have given theirs), and a form for
each application on which the signed-in interviewer still owes theirs."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from recruiter_api.enums import Recommendation
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.queries.candidate_pane import FeedbackDue
from recruiter_desktop.store.queries.candidates import FeedbackEntry
from recruiter_desktop.views.candidate.cards import (
    Card,
    CardColumn,
    byline,
    heading,
    muted,
    name_line,
)
from recruiter_desktop.views.candidate.editor import (
    SUBMIT_KEYS,
    SubmittingEditor,
    submit_keys_text,
)
from recruiter_desktop.views.candidate.flow_layout import FlowLayout
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import (
    ago,
    by_whom,
    moment,
    rating_text,
    recommendation_text,
)
from recruiter_desktop.views.key_hints import KeyHint
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.tones import mark_problem

FEEDBACK_ENTITIES = frozenset({"feedback"})
RECOMMENDATION_TONES = {
    Recommendation.STRONG_NO: Tone.DANGER,
    Recommendation.NO: Tone.DANGER,
    Recommendation.YES: Tone.SUCCESS,
    Recommendation.STRONG_YES: Tone.SUCCESS,
}


def _choices(values: list[tuple[str, str]], name: str) -> tuple[QWidget, QButtonGroup]:
    """A row of toggle buttons of which one at most is chosen (a segmented control); the
    buttons wrap to a second line in a narrow pane."""
    row = QWidget()
    flow = FlowLayout(row, spacing=4)
    group = QButtonGroup(row)
    group.setExclusive(True)
    for value, text in values:
        button = QPushButton(text)
        button.setCheckable(True)
        # The native look barely tells a checked button from the others: the choice shows in
        # the palette's highlight.
        button.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border: 1px solid palette(highlight);"
            " border-radius: 3px; padding: 3px 10px; }"
        )
        button.setProperty("value", value)
        button.setAccessibleName(f"{name}: {text}")
        group.addButton(button)
        flow.addWidget(button)
    return row, group


def _chosen(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return "" if button is None else str(button.property("value"))


class FeedbackForm(Card):
    """The signed-in interviewer's feedback on one application: rating 1-4, a
    recommendation, comments; Submit (or Ctrl+Enter in the comments) saves it."""

    def __init__(
        self, workspace: Workspace, due: FeedbackDue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.application_id = due.application_id
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 2px solid rgba(59, 130, 246, 150);"
            " border-radius: 8px; }"
        )
        self.body.addWidget(heading(self.tr("Your feedback")))
        application = QLabel(
            self.tr("%1 · now in %2").replace("%1", due.job_title).replace("%2", due.stage_name)
        )
        application.setWordWrap(True)
        self.body.addWidget(application)
        self.body.addWidget(muted(self.tr("Rating")))
        row, self.rating = _choices(
            [(str(r), rating_text(r)) for r in range(1, 5)], self.tr("Rating")
        )
        self.body.addWidget(row)
        self.body.addWidget(muted(self.tr("Recommendation")))
        row, self.recommendation = _choices(
            [(r.value, recommendation_text(r)) for r in Recommendation],
            self.tr("Recommendation"),
        )
        self.body.addWidget(row)
        self.comments = SubmittingEditor()
        self.comments.setPlaceholderText(self.tr("Comments: strengths, concerns, evidence…"))
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setFixedHeight(96)
        self.comments.submitted.connect(self.submit)
        self.body.addWidget(self.comments)
        self.error = QLabel()
        self.error.setWordWrap(True)
        mark_problem(self.error)
        self.error.setVisible(False)
        self.body.addWidget(self.error)
        self.submit_button = QPushButton(self.tr("Submit feedback"))
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(
            self.tr("Submit your feedback (%1 in the comments)").replace("%1", submit_keys_text())
        )
        self.submit_button.clicked.connect(self.submit)
        actions = QHBoxLayout()
        actions.addWidget(
            muted(
                self.tr("Others' feedback on this application shows once you have submitted yours.")
            ),
            1,
        )
        actions.addWidget(self.submit_button)
        self.body.addLayout(actions)

    def choose(self, rating: int, recommendation: Recommendation) -> None:
        """Pick a rating and a recommendation, as clicking their buttons does."""
        for group, value in (
            (self.rating, str(rating)),
            (self.recommendation, recommendation.value),
        ):
            for button in group.buttons():
                if button.property("value") == value:
                    button.setChecked(True)

    def submit(self) -> None:
        """Save the feedback (the store checks it and says in words what is missing)."""
        rating = _chosen(self.rating)
        self.submit_button.setEnabled(False)
        self.error.setVisible(False)
        spawn_for(
            self,
            self.workspace.write(
                FEEDBACK_ENTITIES,
                local_writes.submit_feedback,
                self.application_id,
                int(rating) if rating else 0,
                _chosen(self.recommendation),
                self.comments.toPlainText(),
            ),
            done=lambda _: self.submit_button.setEnabled(True),
            failed=self._refused,
        )

    def _refused(self, message: str) -> None:
        self.submit_button.setEnabled(True)
        self.error.setText(message)
        self.error.setVisible(True)


class FeedbackCard(Card):
    """One interviewer's feedback: who, their recommendation, when and on which job, the
    rating, the comments."""

    def __init__(
        self, given: FeedbackEntry, *, pending: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.feedback_id = given.id
        top = QHBoxLayout()
        self.interviewer = name_line(by_whom(given.interviewer))
        top.addWidget(self.interviewer, 1)
        if pending:
            top.addWidget(Pill(self.tr("Waiting to sync"), Tone.WARNING))
        self.recommendation = Pill(
            recommendation_text(given.recommendation),
            RECOMMENDATION_TONES[given.recommendation],
        )
        top.addWidget(self.recommendation)
        self.body.addLayout(top)
        self.body.addWidget(
            byline(ago(given.submitted_at), moment(given.submitted_at), given.job_title)
        )
        stars = "●" * given.rating + "○" * (4 - given.rating)
        self.rating = QLabel(
            self.tr("Rating %1  %2").replace("%1", stars).replace("%2", rating_text(given.rating))
        )
        self.rating.setAccessibleName(self.tr("Rating %1 of 4").replace("%1", str(given.rating)))
        self.body.addWidget(self.rating)
        if given.comments:
            comments = QLabel(given.comments)
            comments.setTextFormat(Qt.TextFormat.PlainText)
            comments.setWordWrap(True)
            comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(comments)


class FeedbackTab(CardColumn):
    """Forms for the feedback the user owes, then the feedback given, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Interview feedback"))
        self._drafts: dict[str, FeedbackForm] = {}
        KeyHint(self.tr("Submit your feedback (in its comments)"), [SUBMIT_KEYS], self)

    def forms(self) -> list[FeedbackForm]:
        return [card for card in self.cards() if isinstance(card, FeedbackForm)]

    def feedback(self) -> list[FeedbackCard]:
        return [card for card in self.cards() if isinstance(card, FeedbackCard)]

    def show_feedback(
        self,
        feedback: tuple[FeedbackEntry, ...],
        due: tuple[FeedbackDue, ...],
        pending: frozenset[str],
    ) -> None:
        # A form being filled in survives a reload (a sync may land while the interviewer
        # types): it is kept aside and put back while its application still waits for it.
        kept = {d.application_id for d in due}
        self._drafts = {k: f for k, f in self._drafts.items() if k in kept}
        self.clear(keep=list(self._drafts.values()))
        for wanted in due:
            form = self._drafts.get(wanted.application_id)
            if form is None:
                form = self._drafts[wanted.application_id] = FeedbackForm(self.workspace, wanted)
            self.add(form)
        for given in feedback:
            self.add(FeedbackCard(given, pending=given.id in pending))
        self.set_empty_text(self.tr("No interview feedback yet."))

"""The candidate's LinkedIn tab: their LinkedIn profile (the three matching outcomes: the
linked profile, members with their name to link, no match), link and unlink, save to a
Recruiter project, and at contract level the InMail and notes history.

What the sync brings (the integration's state, the link, InMails, notes) is read from the
cache, so the tab works offline with what the last sync kept and says so. Looking the
candidate up on LinkedIn needs the server: the tab asks it when the tab is shown for a
candidate, when the candidate's link changed since the last answer, when asked again
(Refresh), and after a failed answer once the server is back; not on every sync. An exact
match links the candidate on the server, so the tab then asks for a sync to bring the link
(and its history) into the cache. Link and unlink are local writes, shown at once and marked
until the server has them."""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import LinkedInFeature, OrgRole, ProfileOutcome
from recruiter_api.linkedin import ProfileLookup
from recruiter_desktop.services.errors import ApiError, Offline
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.queries.common import Page
from recruiter_desktop.store.queries.linkedin import (
    CandidateLink,
    InMailEntry,
    IntegrationState,
    LinkedInNoteEntry,
    candidate_inmails,
    candidate_link,
    candidate_linkedin_notes,
    integration,
    link_refusal,
)
from recruiter_desktop.store.queries.linkedin_extra import unlink_waiting
from recruiter_desktop.views.candidate.cards import heading, muted
from recruiter_desktop.views.candidate.linkedin.history import (
    HISTORY_PAGE,
    HistorySection,
    InMailCard,
    LinkedInNoteCard,
)
from recruiter_desktop.views.candidate.linkedin.notice import Notice
from recruiter_desktop.views.candidate.linkedin.profile_cards import (
    LinkFacts,
    ProfileCard,
    ShownProfile,
    SuggestionCard,
)
from recruiter_desktop.views.candidate.linkedin.project_dialog import ProjectDialog
from recruiter_desktop.views.candidate.linkedin.setup_words import SetupWords
from recruiter_desktop.views.candidate.pills import Tone
from recruiter_desktop.views.candidate.wording import ago
from recruiter_desktop.views.owned_spawn import spawn_for

# What the tab shows; "linkedin" is how a push of LinkedIn mutations is announced.
LINKEDIN_ENTITIES = frozenset(
    {"linkedin_link", "inmail_message", "linkedin_note", "linkedin_integration", "linkedin"}
)
# Changes after which a failed or refused answer of the server is worth asking again.
SETUP_ENTITIES = frozenset({"linkedin_integration", "linkedin"})
LINK_ENTITIES = frozenset({"linkedin_link", "candidate"})
REFRESH_KEYS = QKeySequence("Ctrl+Shift+L")


class Ask(Enum):
    """When a load asks the server to look the candidate up again."""

    IF_CHANGED = 1  # only when the link changed since the last answer (or there is none)
    IF_FAILED = 2  # also when the last answer failed or was refused
    ALWAYS = 3


@dataclass(frozen=True)
class Cached:
    """What the cache holds for the tab (history pages None below contract level)."""

    integration: IntegrationState | None
    link: CandidateLink | None
    unlink_waiting: bool
    refusal: str | None
    inmails: Page[InMailEntry] | None
    notes: Page[LinkedInNoteEntry] | None

    @property
    def waiting(self) -> bool:
        """A link or unlink made here waits for the server (which would answer as before)."""
        return self.unlink_waiting or (self.link is not None and self.link.pending)

    def gives(self, feature: LinkedInFeature) -> bool:
        return self.integration is not None and self.integration.gives(feature)


@dataclass(frozen=True)
class Answer:
    """The server's answer for the candidate: the lookup, or why there is none."""

    connected: bool
    lookup: ProfileLookup | None = None
    offline: bool = False
    problem: str | None = None

    @property
    def failed(self) -> bool:
        return self.offline or self.problem is not None or not self.connected

    @property
    def linked_member(self) -> str | None:
        lookup = self.lookup
        if lookup is None or lookup.outcome is not ProfileOutcome.LINKED or lookup.link is None:
            return None
        return lookup.link.member_id


class LinkedInTab(QWidget):
    """One candidate's LinkedIn tab; `show_candidate(id, name)` chooses them (the pane
    calls it each time it shows them; the tab reads and asks only while it is shown)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.words = SetupWords(self)
        self.setAccessibleName(self.tr("LinkedIn"))
        self.candidate_id: str | None = None
        self.candidate_name = ""
        self.cached: Cached | None = None
        self.answer: Answer | None = None
        # The linked member id the last answer was about (None: not linked); "" before one.
        self._answer_key: str | None = ""
        self._waiting_ask: Ask | None = Ask.IF_CHANGED
        self._generation = 0
        self._ask_generation = 0
        self._asking = False
        self.unlink_question: QMessageBox | None = None
        self.project_dialog: ProjectDialog | None = None
        self.profile_cards: list[ProfileCard] = []
        self.suggestion_cards: list[SuggestionCard] = []

        self.notice = Notice()
        self.message = Notice()
        self.profile_area = QVBoxLayout()
        self.profile_area.setSpacing(8)
        self._profile_widgets: list[QWidget] = []
        self.inmails = HistorySection(self.tr("InMail history"))
        self.inmails.more.clicked.connect(lambda: self._more(inmails=True))
        self.notes = HistorySection(self.tr("Notes from LinkedIn Recruiter"))
        self.notes.more.clicked.connect(lambda: self._more(inmails=False))
        self.scroll_area = self._scrolling_column()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        workspace.status.data_changed.connect(self._data_changed)
        workspace.status.online_changed.connect(self._online_changed)

    def _title_row(self) -> QHBoxLayout:
        """ "LinkedIn profile" and the Refresh button (Ctrl+Shift+L)."""
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Look the candidate up on LinkedIn again (%1)").replace(
                "%1", REFRESH_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QShortcut(REFRESH_KEYS, self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.setWhatsThis(self.tr("Look the candidate up on LinkedIn again"))
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("LinkedIn profile")), 1)
        row.addWidget(self.refresh_button)
        return row

    def _scrolling_column(self) -> QScrollArea:
        """The tab's sections one under the other, scrolling together."""
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(2, 10, 2, 10)
        column.setSpacing(8)
        column.addLayout(self._title_row())
        column.addWidget(self.notice)
        column.addWidget(self.message)
        column.addLayout(self.profile_area)
        column.addWidget(self.inmails)
        column.addWidget(self.notes)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        return area

    # --- Choosing and loading -------------------------------------------------------------

    @property
    def looking_up(self) -> bool:
        """Whether the server is being asked to look the candidate up."""
        return self._asking

    def show_candidate(self, candidate_id: str, name: str) -> None:
        """Show this candidate's LinkedIn tab (read when the tab is shown)."""
        self.candidate_name = name
        if candidate_id == self.candidate_id:
            return
        self.candidate_id = candidate_id
        self.cached = None
        self.answer = None
        self._answer_key = ""
        self._asking = False
        self._ask_generation += 1
        self.message.clear_notice()
        self._clear_profile()
        self.notice.clear_notice()
        self.inmails.say("")
        self.notes.say("")
        self._say_in_profile(muted(self.tr("Loading…")))
        self._load_when_shown(Ask.IF_CHANGED)

    def refresh(self) -> None:
        """Look the candidate up on LinkedIn again (Ctrl+Shift+L)."""
        self.message.clear_notice()
        self._load_when_shown(Ask.ALWAYS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        waiting = self._waiting_ask
        self._load_when_shown(Ask.IF_FAILED if waiting is None else max_ask(waiting, Ask.IF_FAILED))

    def _data_changed(self, entities: object) -> None:
        if isinstance(entities, frozenset) and entities & LINKEDIN_ENTITIES:
            self._load_when_shown(Ask.IF_FAILED if entities & SETUP_ENTITIES else Ask.IF_CHANGED)

    def _online_changed(self, online: bool) -> None:
        if online and self.answer is not None and self.answer.offline:
            self._load_when_shown(Ask.IF_FAILED)

    def _load_when_shown(self, ask: Ask) -> None:
        if self.candidate_id is None:
            return
        if not self.isVisible():
            waiting = self._waiting_ask
            self._waiting_ask = ask if waiting is None else max_ask(waiting, ask)
            return
        self._waiting_ask = None
        self._load(self.candidate_id, ask)

    def _load(self, candidate_id: str, ask: Ask) -> None:
        """Read the cache and show it; then ask the server when `ask` and what changed say
        so, and show its answer."""
        self._generation += 1
        generation = self._generation
        work = self._read_cache(
            candidate_id, _limit(len(self.inmails.cards())), _limit(len(self.notes.cards()))
        )

        def arrived(cached: Cached) -> None:
            if generation != self._generation or candidate_id != self.candidate_id:
                return
            self.cached = cached
            if self._should_ask(cached, ask):
                self._ask(candidate_id)
            self._render()

        spawn_for(self, work, done=arrived, failed=self._problem)

    def _should_ask(self, cached: Cached, ask: Ask) -> bool:
        if not cached.gives(LinkedInFeature.PROFILE_WIDGET) or cached.waiting:
            # A link or unlink made here waits: the server would answer as before it.
            return False
        if self._asking and ask is not Ask.ALWAYS:
            return False
        key = cached.link.member_id if cached.link is not None else None
        failed = self.answer is None or self.answer.failed
        return ask is Ask.ALWAYS or self._answer_key != key or (ask is Ask.IF_FAILED and failed)

    def _ask(self, candidate_id: str) -> None:
        self._asking = True
        self._ask_generation += 1
        generation = self._ask_generation

        def answered(answer: Answer) -> None:
            if generation != self._ask_generation or candidate_id != self.candidate_id:
                return
            self._asking = False
            cached = self.cached
            linked = answer.linked_member
            key = linked
            if answer.failed and cached is not None and cached.link is not None:
                key = cached.link.member_id
            self.answer, self._answer_key = answer, key
            if linked is not None and (
                cached is None
                or cached.link is None
                or cached.link.member_id != linked
                or not cached.link.name
            ):
                # The server linked the candidate just now (LinkedIn's exact match), or read
                # the profile of a link for the first time: a sync brings the link, the
                # profile kept for offline use and the history it publishes into the cache.
                self.workspace.sync_now()
            self._render()

        spawn_for(self, self._ask_server(candidate_id), done=answered)

    async def _read_cache(self, candidate_id: str, inmail_limit: int, note_limit: int) -> Cached:
        read = self.workspace.read
        state = await read(integration)
        link = await read(candidate_link, candidate_id)
        unlinking = await read(unlink_waiting, candidate_id)
        refusal = await read(link_refusal, candidate_id)
        inmails = notes = None
        if state is not None and state.gives(LinkedInFeature.INMAIL_HISTORY):
            inmails = await read(candidate_inmails, candidate_id, limit=inmail_limit)
        if state is not None and state.gives(LinkedInFeature.NOTES_HISTORY):
            notes = await read(candidate_linkedin_notes, candidate_id, limit=note_limit)
        return Cached(state, link, unlinking, refusal, inmails, notes)

    async def _ask_server(self, candidate_id: str) -> Answer:
        linkedin = self.workspace.linkedin
        try:
            mine = await linkedin.my_connection()
            if not mine.connected:
                return Answer(connected=False)
            return Answer(connected=True, lookup=await linkedin.profile(candidate_id))
        except Offline:
            return Answer(connected=True, offline=True)
        except ApiError as error:
            return Answer(connected=True, problem=str(error))

    # --- Showing --------------------------------------------------------------------------

    def _render(self) -> None:
        cached, answer = self.cached, self.answer
        if cached is None:
            return
        scrolled = self.scroll_area.verticalScrollBar().value()
        self._clear_profile()
        not_ready = self.words.not_ready(
            cached.integration, admin=self.workspace.who.role is OrgRole.ADMIN
        )
        self.refresh_button.setVisible(not not_ready)
        if not_ready:
            self.notice.say(not_ready, Tone.INFO)
            self.inmails.setVisible(False)
            self.notes.setVisible(False)
            return
        self._show_notice(answer)
        self._show_profile(cached, answer)
        self._show_history(cached)
        self.scroll_area.verticalScrollBar().setValue(scrolled)

    def _show_notice(self, answer: Answer | None) -> None:
        if answer is None:
            self.notice.clear_notice()
        elif answer.offline:
            last = self.workspace.status.last_sync
            text = self.tr(
                "Offline: the server cannot be reached. This shows what this computer kept "
                "from the last sync; looking up, saving to projects and new links wait for "
                "the server."
            )
            if last:
                from_iso = _parse(last)
                if from_iso is not None:
                    text += " " + self.tr("Last synced %1.").replace("%1", ago(from_iso))
            self.notice.say(text, Tone.WARNING)
        elif answer.problem is not None:
            self.notice.say(answer.problem, Tone.DANGER)
        elif not answer.connected:
            self.notice.say(self.words.connect_yourself(), Tone.INFO)
        else:
            self.notice.clear_notice()

    def _show_profile(self, cached: Cached, answer: Answer | None) -> None:
        name = self.candidate_name
        link = cached.link
        usable = answer is not None and not answer.failed and answer.lookup is not None
        if cached.unlink_waiting:
            waiting = Notice()
            waiting.say(
                self.tr("Unlinked on this computer; the server gets the unlink at the next sync."),
                Tone.WARNING,
            )
            self._say_in_profile(waiting)
        elif link is not None and link.pending:
            self._profile_card(ShownProfile.of_cache(link), _facts(link), cached, answer)
        elif usable and answer is not None and answer.lookup is not None:
            self._show_lookup(answer.lookup, cached)
        elif link is not None:
            self._profile_card(ShownProfile.of_cache(link), _facts(link), cached, answer)
        elif answer is None or (self._asking and answer.failed):
            self._say_in_profile(muted(self.tr("Looking %1 up on LinkedIn…").replace("%1", name)))
        elif answer.offline:
            self._say_in_profile(
                muted(
                    self.tr(
                        "%1 is not linked to a LinkedIn profile on this computer. Looking them "
                        "up on LinkedIn needs the server."
                    ).replace("%1", name)
                )
            )

    def _show_lookup(self, lookup: ProfileLookup, cached: Cached) -> None:
        name = self.candidate_name
        if lookup.outcome is ProfileOutcome.LINKED and lookup.link is not None:
            link = cached.link
            wire = lookup.link
            if lookup.profile is not None:
                shown = ShownProfile.of_lookup(lookup.profile)
            elif link is not None and link.member_id == wire.member_id:
                shown = ShownProfile.of_cache(link)
            else:
                shown = ShownProfile(
                    wire.member_id,
                    wire.first_name,
                    wire.last_name,
                    wire.headline,
                    wire.location,
                    wire.profile_url,
                )
            if link is not None and link.member_id == wire.member_id:
                facts = _facts(link)
            else:
                facts = LinkFacts(wire.matched_by, None, wire.linked_at, pending=False)
            self._profile_card(shown, facts, cached, self.answer)
        elif lookup.outcome is ProfileOutcome.SUGGESTIONS:
            self._say_in_profile(heading(self.tr("Possible matches on LinkedIn"), size=1.0))
            self._say_in_profile(
                muted(
                    self.tr(
                        "LinkedIn has no exact match for %1 on e-mail address or member id. "
                        "%n member(s) have the same name: link the one who is %1.",
                        "",
                        len(lookup.suggestions),
                    ).replace("%1", name)
                )
            )
            for profile in lookup.suggestions:
                card = SuggestionCard(ShownProfile.of_lookup(profile), cached.refusal)
                card.link_asked.connect(self.link)
                self.suggestion_cards.append(card)
                self._say_in_profile(card)
        else:
            self._say_in_profile(heading(self.tr("No match found on LinkedIn"), size=1.0))
            self._say_in_profile(
                muted(
                    self.tr(
                        "No LinkedIn member matches %1: not by e-mail address, member id or "
                        "name. Exporting them from LinkedIn Recruiter (1-Click Export) links "
                        "them."
                    ).replace("%1", name)
                )
            )

    def _profile_card(
        self, shown: ShownProfile, facts: LinkFacts, cached: Cached, answer: Answer | None
    ) -> None:
        card = ProfileCard(shown, facts)
        card.unlink_asked.connect(self.ask_unlink)
        card.save_asked.connect(self.ask_project)
        unlink = cached.refusal
        if unlink is None and cached.link is None:
            unlink = self.tr("Unlink works once the link has reached this computer (syncing…).")
        save: str | None = None
        if facts.pending:
            save = self.tr("Saving to a project waits until the server has the link.")
        elif answer is None or answer.offline or answer.problem is not None:
            save = self.tr("Saving to a Recruiter project needs the server.")
        elif not answer.connected:
            save = self.tr("Saving to a Recruiter project needs your own LinkedIn account.")
        card.offer(save=save, unlink=unlink)
        self.profile_cards.append(card)
        self._say_in_profile(card)

    def _show_history(self, cached: Cached) -> None:
        self.inmails.setVisible(True)
        self.notes.setVisible(True)
        me = self.workspace.who.user_id
        name = self.candidate_name
        linked = cached.link is not None
        if cached.inmails is None:
            self.inmails.say(self.words.inmails_need_contract_level())
        elif cached.inmails.total == 0:
            self.inmails.say(self._empty_history(linked, inmails=True))
        else:
            page = cached.inmails
            self.inmails.show_cards(
                [InMailCard(entry, me, name) for entry in page.items],
                self.tr(
                    "Your InMails in full; other people's in your organisation as who and "
                    "when only."
                )
                + self._pulled(),
                page.total - len(page.items),
            )
            self._name_more(self.inmails, page.total - len(page.items), inmails=True)
        if cached.notes is None:
            self.notes.say(self.words.notes_need_contract_level())
        elif cached.notes.total == 0:
            self.notes.say(self._empty_history(linked, inmails=False))
        else:
            notes = cached.notes
            self.notes.show_cards(
                [LinkedInNoteCard(note, me) for note in notes.items],
                self.tr("Notes your organisation shared in LinkedIn Recruiter about %1.").replace(
                    "%1", name
                ),
                notes.total - len(notes.items),
            )
            self._name_more(self.notes, notes.total - len(notes.items), inmails=False)

    def _empty_history(self, linked: bool, *, inmails: bool) -> str:
        name = self.candidate_name
        if not linked:
            text = (
                self.tr("InMails show here once %1 is linked to their LinkedIn profile.")
                if inmails
                else self.tr("Notes show here once %1 is linked to their LinkedIn profile.")
            )
            return text.replace("%1", name)
        text = (
            self.tr("No InMails with %1 shared with your organisation yet.")
            if inmails
            else self.tr("No notes about %1 shared in LinkedIn Recruiter yet.")
        )
        return text.replace("%1", name) + self._pulled()

    def _pulled(self) -> str:
        """When InMails and notes were last brought from LinkedIn."""
        state = self.cached.integration if self.cached is not None else None
        if state is not None and state.last_pull_at is not None:
            return " " + self.tr("Brought in from LinkedIn every two hours (last: %1).").replace(
                "%1", ago(state.last_pull_at)
            )
        return " " + self.tr("Brought in from LinkedIn every two hours.")

    def _name_more(self, section: HistorySection, left: int, *, inmails: bool) -> None:
        shown = min(left, HISTORY_PAGE)
        section.more.setText(
            self.tr("Show %n older InMail(s)", "", shown)
            if inmails
            else self.tr("Show %n older note(s)", "", shown)
        )

    def _more(self, *, inmails: bool) -> None:
        candidate_id = self.candidate_id
        section = self.inmails if inmails else self.notes
        if candidate_id is None:
            return
        section.more.setEnabled(False)
        offset = len(section.cards())
        me = self.workspace.who.user_id
        name = self.candidate_name

        def arrived(page: Page[InMailEntry] | Page[LinkedInNoteEntry]) -> None:
            if candidate_id != self.candidate_id or page.offset != len(section.cards()):
                return
            left = page.total - page.offset - len(page.items)
            cards: list[QWidget] = [
                InMailCard(item, me, name)
                if isinstance(item, InMailEntry)
                else LinkedInNoteCard(item, me)
                for item in page.items
            ]
            section.append(cards, left)
            self._name_more(section, left, inmails=inmails)

        if inmails:
            work = self.workspace.read(
                candidate_inmails, candidate_id, limit=HISTORY_PAGE, offset=offset
            )
            spawn_for(self, work, done=arrived, failed=self._problem)
        else:
            notes = self.workspace.read(
                candidate_linkedin_notes, candidate_id, limit=HISTORY_PAGE, offset=offset
            )
            spawn_for(self, notes, done=arrived, failed=self._problem)

    def _say_in_profile(self, widget: QWidget) -> None:
        self.profile_area.addWidget(widget)
        self._profile_widgets.append(widget)

    def _clear_profile(self) -> None:
        for widget in self._profile_widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._profile_widgets = []
        self.profile_cards = []
        self.suggestion_cards = []

    # --- Actions --------------------------------------------------------------------------

    def link(self, member_id: str) -> None:
        """Link the candidate to this suggested member (a local write, synced after)."""
        lookup = self.answer.lookup if self.answer is not None else None
        chosen = next(
            (s for s in (lookup.suggestions if lookup else []) if s.member_id == member_id),
            None,
        )
        if self.candidate_id is None or chosen is None:
            return
        self.message.clear_notice()
        spawn_for(
            self,
            self.workspace.write(
                LINK_ENTITIES,
                local_writes.link_profile,
                self.candidate_id,
                member_id,
                first_name=chosen.first_name,
                last_name=chosen.last_name,
                headline=chosen.headline,
                location=chosen.location,
                profile_url=chosen.profile_url,
            ),
            failed=self._problem,
        )

    def ask_unlink(self) -> None:
        """Ask whether to unlink the profile; unlink when the user says yes."""
        card = self.profile_cards[0] if self.profile_cards else None
        if self.candidate_id is None or card is None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unlink LinkedIn profile"),
            self.tr(
                "Unlink %1 from the LinkedIn profile of %2? LinkedIn will not match this "
                "profile to %1 by itself again."
            )
            .replace("%1", self.candidate_name)
            .replace("%2", card.profile.name or card.profile.member_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Unlink"))
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        candidate_id = self.candidate_id
        # Not exec(): a nested event loop would run the loop's tasks inside this slot.
        question.accepted.connect(lambda: self._unlink(candidate_id))
        question.finished.connect(lambda _result: setattr(self, "unlink_question", None))
        self.unlink_question = question
        question.open()

    def _unlink(self, candidate_id: str) -> None:
        self.message.clear_notice()
        spawn_for(
            self,
            self.workspace.write(LINK_ENTITIES, local_writes.unlink_profile, candidate_id),
            failed=self._problem,
        )

    def ask_project(self) -> None:
        """Choose a Recruiter project to save the candidate to."""
        if self.candidate_id is None:
            return
        dialog = ProjectDialog(self.workspace, self.candidate_id, self.candidate_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda said: self.message.say(said, Tone.SUCCESS))
        dialog.finished.connect(lambda _result: setattr(self, "project_dialog", None))
        self.project_dialog = dialog
        dialog.open()

    def _problem(self, message: str) -> None:
        self.message.say(message, Tone.DANGER)
        self._load_when_shown(Ask.IF_CHANGED)


def max_ask(first: Ask, second: Ask) -> Ask:
    """The one of two asks that asks the server more often."""
    return first if first.value >= second.value else second


def _limit(shown: int) -> int:
    """How many history rows a reload reads: as many as are shown, in whole pages."""
    return min(1000, max(HISTORY_PAGE, -(-shown // HISTORY_PAGE) * HISTORY_PAGE))


def _facts(link: CandidateLink) -> LinkFacts:
    return LinkFacts(link.matched_by, link.linked_by, link.linked_at, link.pending)


def _parse(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None

"""A LinkedIn member's profile as the LinkedIn tab shows it: the linked profile (with how it
was linked and the actions on it) and a name suggestion with its Link button.

LinkedIn gives no photos to partners: a round badge with the member's initials stands in."""

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recruiter_api.enums import MatchedBy
from recruiter_api.linkedin import LinkedInProfile
from recruiter_desktop.store.queries.linkedin import CandidateLink
from recruiter_desktop.views.candidate.avatar import Avatar
from recruiter_desktop.views.candidate.cards import Card, heading, muted
from recruiter_desktop.views.candidate.flow_layout import FlowLayout
from recruiter_desktop.views.candidate.header import LinkLabel
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import ago, moment


@dataclass(frozen=True)
class ShownProfile:
    """What a card shows of a member: LinkedIn's profile as read now, or as the cache kept it
    (then without the current position, which only a lookup gives)."""

    member_id: str
    first_name: str
    last_name: str
    headline: str
    location: str
    profile_url: str | None
    current_title: str | None = None
    current_company: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @classmethod
    def of_lookup(cls, profile: LinkedInProfile) -> "ShownProfile":
        return cls(
            profile.member_id,
            profile.first_name,
            profile.last_name,
            profile.headline,
            profile.location,
            profile.profile_url,
            profile.current_title,
            profile.current_company,
        )

    @classmethod
    def of_cache(cls, link: CandidateLink) -> "ShownProfile":
        return cls(
            link.member_id,
            link.first_name,
            link.last_name,
            link.headline,
            link.location,
            link.profile_url,
        )


@dataclass(frozen=True)
class LinkFacts:
    """How and when the candidate was linked, and by whom (None: LinkedIn itself, or a user
    the cache does not name yet); `pending` while a link made here waits for the server."""

    matched_by: MatchedBy
    linked_by: str | None
    linked_at: datetime
    pending: bool


class _MemberCard(Card):
    """The photo placeholder, name, headline, location, current position and profile link
    of a member, with room for more lines and buttons under them."""

    def __init__(self, profile: ShownProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        avatar = Avatar(48)
        avatar.set_name(profile.first_name, profile.last_name)
        avatar.setToolTip(self.tr("LinkedIn shares no photos with other applications"))
        self.name = heading(
            profile.name or self.tr("LinkedIn member %1").replace("%1", profile.member_id)
        )
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.top = QHBoxLayout()
        self.top.setSpacing(8)
        self.top.addWidget(self.name, 1)
        lines = QVBoxLayout()
        lines.setSpacing(3)
        lines.addLayout(self.top)
        position = "" if self._headline_says_position() else self._position()
        for text in (profile.headline, position, profile.location):
            if text:
                lines.addWidget(_plain(text, quiet=text != profile.headline))
        self.link = LinkLabel()
        if profile.profile_url:
            self.link.set_link(self.tr("View profile on LinkedIn"), profile.profile_url)
            self.link.setToolTip(profile.profile_url)
            lines.addWidget(self.link)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(lines, 1)
        self.body.addLayout(row)

    def _headline_says_position(self) -> bool:
        """Whether the headline names the current title and company already (LinkedIn's
        default headline is "Title at Company")."""
        headline = self.profile.headline.casefold()
        parts = (self.profile.current_title, self.profile.current_company)
        return all(part.casefold() in headline for part in parts if part)

    def _position(self) -> str:
        title, company = self.profile.current_title, self.profile.current_company
        if title and company:
            return self.tr("%1 at %2").replace("%1", title).replace("%2", company)
        return title or company or ""


class ProfileCard(_MemberCard):
    """The candidate's linked LinkedIn profile: how it was linked, Unlink and Save to project.

    Signals:
        unlink_asked(): the user clicked Unlink (the tab confirms first).
        save_asked(): the user clicked Save to Recruiter project.
    """

    unlink_asked = Signal()
    save_asked = Signal()

    def __init__(
        self, profile: ShownProfile, facts: LinkFacts | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.waiting = Pill(self.tr("Waiting to sync"), Tone.WARNING)
        self.waiting.setToolTip(
            self.tr("Linked on this computer; the server gets the link at the next sync.")
        )
        self.waiting.setVisible(facts is not None and facts.pending)
        self.top.addWidget(self.waiting, 0, Qt.AlignmentFlag.AlignTop)
        self.how = muted(self._how(facts) if facts is not None else "")
        self.how.setVisible(facts is not None)
        if facts is not None:
            self.how.setToolTip(moment(facts.linked_at))
        self.body.addWidget(self.how)
        self.save_button = QPushButton(self.tr("Save to Recruiter project…"))
        self.save_button.setToolTip(
            self.tr("Save the member to one of your LinkedIn Recruiter projects")
        )
        self.save_button.clicked.connect(self.save_asked)
        self.unlink_button = QPushButton(self.tr("Unlink…"))
        self.unlink_button.setToolTip(
            self.tr("Unlink this LinkedIn profile from the candidate (asks first)")
        )
        self.unlink_button.clicked.connect(self.unlink_asked)
        self.refusal = muted()
        self.refusal.setVisible(False)
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=8)
        flow.addWidget(self.save_button)
        flow.addWidget(self.unlink_button)
        self.body.addWidget(buttons)
        self.body.addWidget(self.refusal)

    def offer(self, *, save: str | None, unlink: str | None) -> None:
        """Enable Save and Unlink, or disable them and say why (`save`, `unlink`: the
        reason in words, None when they may be used)."""
        self.save_button.setEnabled(save is None)
        self.unlink_button.setEnabled(unlink is None)
        reasons = list(dict.fromkeys(r for r in (unlink, save) if r))
        self.refusal.setText("\n".join(reasons))
        self.refusal.setVisible(bool(reasons))

    def _how(self, facts: LinkFacts) -> str:
        when = ago(facts.linked_at)
        if facts.matched_by is MatchedBy.EMAIL:
            text = self.tr("LinkedIn matched the e-mail address exactly, %1.")
        elif facts.matched_by is MatchedBy.MEMBER_ID:
            text = self.tr("LinkedIn matched the member id exactly, %1.")
        elif facts.matched_by is MatchedBy.EXPORT:
            text = self.tr("Linked by a 1-Click Export from LinkedIn Recruiter, %1.")
        elif facts.matched_by is MatchedBy.INMAIL_STUB:
            text = self.tr("Linked when they shared their profile in reply to an InMail, %1.")
        elif facts.linked_by:
            text = self.tr("Linked by %2, %1.").replace("%2", facts.linked_by)
        else:
            text = self.tr("Linked by hand, %1.")
        return text.replace("%1", when)


class SuggestionCard(_MemberCard):
    """A member with the candidate's name, and the button that links them.

    Signals:
        link_asked(str): link the candidate to this member (their member id).
    """

    link_asked = Signal(str)

    def __init__(
        self, profile: ShownProfile, refusal: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.link_button = QPushButton(self.tr("Link"))
        described = ", ".join(p for p in (profile.name, profile.headline) if p)
        self.link_button.setAccessibleName(self.tr("Link %1").replace("%1", described))
        self.link_button.setToolTip(
            refusal or self.tr("Link the candidate to this LinkedIn profile")
        )
        self.link_button.setEnabled(refusal is None)
        self.link_button.clicked.connect(lambda: self.link_asked.emit(profile.member_id))
        self.top.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)


def _plain(text: str, *, quiet: bool) -> QLabel:
    label = muted(text) if quiet else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label

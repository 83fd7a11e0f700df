"""The top of the candidate pane: who the candidate is, how to reach them, where they came
from, their tags and pools, and the "Add to pool" menu."""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.store.queries.candidates import CandidateDetails
from recruiter_desktop.store.queries.pools import PoolSummary
from recruiter_desktop.views.candidate.avatar import Avatar
from recruiter_desktop.views.candidate.cards import heading, muted
from recruiter_desktop.views.candidate.elided_label import ElidedLabel
from recruiter_desktop.views.candidate.flow_layout import FlowLayout
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import by_whom, day

ADD_TO_POOL_KEYS = QKeySequence("Ctrl+Shift+P")


class LinkLabel(ElidedLabel):
    """A link on one line, cut with "…" when narrow (the link still goes to the whole
    address)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.target = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(True)

    def set_link(self, text: str, target: str) -> None:
        self.target = target
        self.setText(text)

    def show_text(self, text: str) -> None:
        if not text:  # also while ElidedLabel is being made, before `target` is
            super().show_text("")
            return
        target = html.escape(self.target, quote=True)
        super().show_text(f'<a href="{target}">{html.escape(text)}</a>')


class Contact(QWidget):
    """An e-mail address or phone number: a link that opens the mail or phone app, text that
    can be selected, and a button that copies it."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._value = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.link = LinkLabel()
        self.copy = QToolButton()
        self.copy.setText(self.tr("Copy"))
        self.copy.setAutoRaise(True)
        self.copy.setToolTip(self.tr("Copy the %1").replace("%1", what))
        self.copy.setAccessibleName(self.tr("Copy the %1").replace("%1", what))
        self.copy.clicked.connect(self._copy)
        layout.addWidget(self.link, 1)
        layout.addWidget(self.copy)

    def set_value(self, value: str | None, scheme: str) -> None:
        self._value = value or ""
        self.setVisible(bool(value))
        if value:
            self.link.set_link(value, f"{scheme}:{value.replace(' ', '')}")
            self.link.setAccessibleName(f"{self._what}: {value}")
            self.link.setToolTip(self.tr("Click to open; select to copy"))

    def value(self) -> str:
        return self._value

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._value)


class CandidateHeader(QWidget):
    """Name, headline, location, contacts, source, tags and pools of a candidate.

    Signals:
        pool_add_asked(str): add the candidate to this pool (id).
        pool_remove_asked(str): take the candidate out of this pool (id).
    """

    pool_add_asked = Signal(str)
    pool_remove_asked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = Avatar()
        self.name = heading("", size=1.6)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.place = muted()
        self.email = Contact(self.tr("e-mail address"))
        self.phone = Contact(self.tr("phone number"))
        self.source = muted()
        self.pools_menu = QMenu(self)
        self.pool_button = QPushButton(self.tr("Add to pool"))
        self.pool_button.setToolTip(
            self.tr("Add to or remove from talent pools (%1)").replace(
                "%1", ADD_TO_POOL_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.pool_button.setMenu(self.pools_menu)
        self.tags_line = QWidget()
        self._tag_flow = FlowLayout(self.tags_line)
        # The pools the candidate is in, and the button that changes them, after them.
        self.pools_line = QWidget()
        self._pool_flow = FlowLayout(self.pools_line)
        self._pool_flow.addWidget(self.pool_button)
        self._in_pools = False

        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name)
        who.addWidget(self.headline)
        who.addWidget(self.place)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(who, 1)
        # Side by side, or one under the other in a narrow pane.
        self.contacts_line = QWidget()
        contacts = FlowLayout(self.contacts_line, spacing=16, line_spacing=0)
        contacts.addWidget(self.email)
        contacts.addWidget(self.phone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.contacts_line)
        layout.addWidget(self.source)
        layout.addWidget(self.tags_line)
        layout.addWidget(self.pools_line)

    def show_candidate(self, details: CandidateDetails) -> None:
        self.avatar.set_name(details.first_name, details.last_name)
        full_name = f"{details.first_name} {details.last_name}".strip()
        self.name.setText(full_name)
        self.setAccessibleName(self.tr("Candidate %1").replace("%1", full_name))
        self.headline.setText(details.headline)
        self.headline.setVisible(bool(details.headline))
        self.place.setText(details.location)
        self.place.setVisible(bool(details.location))
        self.email.set_value(details.email, "mailto")
        self.phone.set_value(details.phone, "tel")
        source = details.source or self.tr("unknown")
        if details.source_detail:
            source = f"{source} · {details.source_detail}"
        added = (
            self.tr("Source: %1 · added %2 by %3")
            .replace("%1", source)
            .replace("%2", day(details.created_at))
            .replace("%3", by_whom(details.created_by))
        )
        self.source.setText(added)
        _fill(self._tag_flow, [Pill(tag, Tone.INFO, elides=True) for tag in details.tags])
        self.tags_line.setVisible(bool(details.tags))
        pools: list[QWidget] = []
        if details.pools:
            label = muted(self.tr("In pools:"))
            label.setWordWrap(False)
            pools.append(label)
            pools.extend(Pill(pool.name, elides=True) for pool in details.pools)
        _fill(self._pool_flow, [*pools, self.pool_button], keep=self.pool_button)
        self._in_pools = bool(details.pools)
        self._show_pools_line()

    def set_pools(self, pools: tuple[PoolSummary, ...] | None, member_of: set[str]) -> None:
        """The pools the menu offers (None: this user may not change pools, so no menu), with
        those the candidate is in checked. The system pool is listed but cannot be chosen."""
        self.pool_button.setVisible(pools is not None)
        self._show_pools_line()
        self.pools_menu.clear()
        if pools is None:
            return
        if not pools:
            none = self.pools_menu.addAction(self.tr("No talent pools yet"))
            none.setEnabled(False)
        for pool in pools:
            action = QAction(pool.name, self.pools_menu)
            action.setCheckable(True)
            action.setChecked(pool.id in member_of)
            if pool.is_system:
                action.setText(
                    self.tr("%1 (filled by the LinkedIn integration)").replace("%1", pool.name)
                )
                action.setEnabled(False)
            else:
                action.toggled.connect(
                    lambda checked, pool_id=pool.id: self._toggled(pool_id, checked)
                )
            self.pools_menu.addAction(action)

    def _show_pools_line(self) -> None:
        self.pools_line.setVisible(self._in_pools or not self.pool_button.isHidden())

    def pool_names(self) -> list[str]:
        """The pools the candidate is shown in."""
        return [pill.text() for pill in self.pools_line.findChildren(Pill)]

    def _toggled(self, pool_id: str, checked: bool) -> None:
        if checked:
            self.pool_add_asked.emit(pool_id)
        else:
            self.pool_remove_asked.emit(pool_id)


def _fill(flow: FlowLayout, widgets: list[QWidget], keep: QWidget | None = None) -> None:
    """Put these widgets in the flow, instead of those in it (deleted, except `keep`)."""
    while (item := flow.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None and widget is not keep:
            widget.setParent(None)
            widget.deleteLater()
    for widget in widgets:
        flow.addWidget(widget)

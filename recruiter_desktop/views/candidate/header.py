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
from recruiter_desktop.views.candidate.flow_layout import FlowLayout
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import by_whom, day

ADD_TO_POOL_KEYS = QKeySequence("Ctrl+Shift+P")


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
        self.link = QLabel()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.link.setOpenExternalLinks(True)
        self.copy = QToolButton()
        self.copy.setText(self.tr("Copy"))
        self.copy.setAutoRaise(True)
        self.copy.setToolTip(self.tr("Copy the %1").replace("%1", what))
        self.copy.setAccessibleName(self.tr("Copy the %1").replace("%1", what))
        self.copy.clicked.connect(self._copy)
        layout.addWidget(self.link)
        layout.addWidget(self.copy)

    def set_value(self, value: str | None, scheme: str) -> None:
        self._value = value or ""
        self.setVisible(bool(value))
        if value:
            target = html.escape(f"{scheme}:{value.replace(' ', '')}", quote=True)
            self.link.setText(f'<a href="{target}">{html.escape(value)}</a>')
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
        self.pools_line = QWidget()
        self._pool_flow = FlowLayout(self.pools_line)

        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name)
        who.addWidget(self.headline)
        who.addWidget(self.place)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(who, 1)
        top.addWidget(self.pool_button, 0, Qt.AlignmentFlag.AlignTop)
        contacts = QHBoxLayout()
        contacts.setSpacing(16)
        contacts.addWidget(self.email)
        contacts.addWidget(self.phone)
        contacts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(contacts)
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
        _fill(self._tag_flow, [Pill(tag, Tone.INFO) for tag in details.tags])
        self.tags_line.setVisible(bool(details.tags))
        pools: list[QWidget] = []
        if details.pools:
            label = muted(self.tr("In pools:"))
            label.setWordWrap(False)
            label.setContentsMargins(0, 2, 0, 2)  # the pills' border and padding
            pools.append(label)
            pools.extend(Pill(pool.name) for pool in details.pools)
        _fill(self._pool_flow, pools)
        self.pools_line.setVisible(bool(details.pools))

    def set_pools(self, pools: tuple[PoolSummary, ...] | None, member_of: set[str]) -> None:
        """The pools the menu offers (None: this user may not change pools, so no menu), with
        those the candidate is in checked. The system pool is listed but cannot be chosen."""
        self.pool_button.setVisible(pools is not None)
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

    def _toggled(self, pool_id: str, checked: bool) -> None:
        if checked:
            self.pool_add_asked.emit(pool_id)
        else:
            self.pool_remove_asked.emit(pool_id)


def _fill(flow: FlowLayout, widgets: list[QWidget]) -> None:
    while (item := flow.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
    for widget in widgets:
        flow.addWidget(widget)

"""The Talent pools page: the pools with their member counts on the left, the chosen pool's
members on the right (read lazily), a search box that adds a candidate to the pool, and
removal of a member. The system LinkedIn pool is marked and read-only: the LinkedIn
integration fills it with InMail stub profiles (at contract level, every two hours), shown
with their e-mail address when they shared it; the page says where they come from and, from
the integration's state in the cache, what the pool waits for."""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_api.enums import LinkedInFeature, OrgRole
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store import local_writes
from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.local_writes import LocalWrite
from recruiter_desktop.store.queries.linkedin import IntegrationState, integration
from recruiter_desktop.store.queries.pools import (
    MemberSort,
    PoolMemberRow,
    PoolSummary,
    pool_members,
    pools,
)
from recruiter_desktop.views.candidate.cards import heading, muted
from recruiter_desktop.views.candidate.linkedin.setup_words import SetupWords
from recruiter_desktop.views.candidate.pills import Pill, Tone
from recruiter_desktop.views.candidate.wording import ago, by_whom, moment
from recruiter_desktop.views.list_table import list_table
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.paged_model import Column, PagedModel
from recruiter_desktop.views.search_dialog import SearchPanel
from recruiter_desktop.views.tones import mark_plain, mark_problem

Index = QModelIndex | QPersistentModelIndex
POOL_ENTITIES = frozenset({"talent_pool", "pool_member", "pool"})
MEMBER_ENTITIES = frozenset({"pool_member", "candidate", "pool"})
INTEGRATION_ENTITIES = frozenset({"linkedin_integration"})
# The members table's columns (logical): the e-mail address shows in the LinkedIn pool only,
# after the name; "Added by" there is always the integration, so it is hidden.
EMAIL_COLUMN, LOCATION_COLUMN, ADDED_BY_COLUMN = 5, 2, 4
ADD_KEYS = QKeySequence("Ctrl+F")
REMOVE_KEYS = QKeySequence(Qt.Key.Key_Delete)
_NO_POOL = "00000000-0000-0000-0000-000000000000"


class PoolDelegate(QStyledItemDelegate):
    """A pool on two lines: its name in bold (with a LinkedIn badge for the system pool)
    and its number of members."""

    _PAD = 8

    def __init__(self, model: PagedModel[PoolSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 2 * QFontMetrics(option.font).lineSpacing() + 2 * self._PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        pool = self._model.item(index.row())
        if pool is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = option.palette.color(role)
        quiet = text if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        line = QFontMetrics(option.font).lineSpacing()
        area = option.rect.adjusted(self._PAD + 4, self._PAD, -self._PAD, -self._PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text)
        name_box = QRect(area.left(), area.top(), area.width(), line)
        badge = self.tr("System") if pool.is_system else ""
        badge_width = QFontMetrics(option.font).horizontalAdvance(badge) + 14 if badge else 0
        name = QFontMetrics(bold).elidedText(
            pool.name, Qt.TextElideMode.ElideRight, name_box.width() - badge_width - 6
        )
        painter.drawText(name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        if badge:
            left = area.left() + QFontMetrics(bold).horizontalAdvance(name) + 8
            pill = QRect(left, name_box.top() + 1, badge_width, line - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(10, 102, 194))
            painter.setBrush(QColor(10, 102, 194, 40))
            painter.drawRoundedRect(pill, 7, 7)
            painter.setFont(option.font)
            painter.setPen(text)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setFont(option.font)
        painter.setPen(quiet)
        count = self.tr("%Ln candidate(s)", "", pool.members)
        painter.drawText(
            QRect(area.left(), area.top() + line, area.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        painter.restore()


def _name(member: PoolMemberRow) -> str:
    return f"{member.first_name} {member.last_name}".strip()


class PoolsPage(QWidget):
    """Talent pools and their members.

    Signals:
        candidate_opened(str): a member's candidate id, when their row is selected or opened.
    """

    candidate_opened = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Talent pools"))
        self.pool: PoolSummary | None = None
        self._shown_id: str | None = None
        self.pools: PagedModel[PoolSummary] = PagedModel(
            workspace,
            pools,
            [Column(self.tr("Pool"), lambda p: p.name)],
            key=lambda p: p.id,
            reload_on=POOL_ENTITIES,
        )
        self.pools.setParent(self)
        self.members: PagedModel[PoolMemberRow] = PagedModel(
            workspace,
            pool_members,
            [
                Column(self.tr("Name"), _name),
                Column(self.tr("Headline"), lambda m: m.headline),
                Column(self.tr("Location"), lambda m: m.location),
                Column(
                    self.tr("Added"),
                    lambda m: ago(m.added_at, datetime.now(UTC)),
                    tooltip=lambda m: moment(m.added_at),
                ),
                Column(self.tr("Added by"), lambda m: by_whom(m.added_by)),
                Column(self.tr("E-mail"), lambda m: m.email or self.tr("Not shared")),
            ],
            key=lambda m: m.member_id,
            arguments={"pool_id": _NO_POOL, "sort": MemberSort.ADDED},
            reload_on=MEMBER_ENTITIES,
        )
        self.members.setParent(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("pools_splitter")  # the main window remembers it by name
        splitter.addWidget(self._pool_column())
        splitter.addWidget(self._pool_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.pools.total_changed.connect(self._pools_counted)
        self.pools.loading_changed.connect(self._pools_loaded)
        self.pools.dataChanged.connect(self._pool_rows_changed)
        self.members.loading_changed.connect(self._members_loaded)
        self.members.failed.connect(self._problem)
        self.pools.failed.connect(self._problem)
        add = QShortcut(ADD_KEYS, self, self._focus_add)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.setWhatsThis(self.tr("Add a candidate to the pool"))
        workspace.status.data_changed.connect(self._integration_changed)
        self.words = SetupWords(self)
        self.integration: IntegrationState | None = None
        self.pools.reload()

    # --- Building -------------------------------------------------------------------------

    def _pool_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Talent pools"), size=1.3))
        self.pool_list = QListView()
        self.pool_list.setModel(self.pools)
        self.pool_list.setItemDelegate(PoolDelegate(self.pools, self.pool_list))
        self.pool_list.setAccessibleName(self.tr("Talent pools"))
        self.pool_list.setUniformItemSizes(True)
        self.pool_list.selectionModel().currentRowChanged.connect(self._pool_chosen)
        layout.addWidget(self.pool_list, 1)
        return column

    def _pool_panel(self) -> QWidget:
        panel = QWidget()
        self.title = heading("", size=1.4)
        self.title.setWordWrap(False)
        self.badge = Pill(self.tr("LinkedIn · system pool"), Tone.INFO)
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.count = muted()
        self.count.setWordWrap(False)
        self.description = QLabel()
        self.description.setWordWrap(True)
        # Where the LinkedIn pool's candidates come from: told once the integration is read.
        self.read_only = muted()
        self.adder = SearchPanel(self.workspace, enter_does=self.tr("Enter adds one to the pool."))
        self.adder.setMaximumHeight(260)
        self.adder.candidate_chosen.connect(self.add_member)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = self._member_table()
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove_button = QPushButton(self.tr("Remove from pool"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected candidate from the pool (%1)").replace(
                "%1", REMOVE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(REMOVE_KEYS, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.setWhatsThis(self.tr("Remove the selected candidate from the pool"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.badge)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.read_only)
        layout.addWidget(self.adder)
        layout.addWidget(self.message)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        return panel

    def _member_table(self) -> QTableView:
        table = list_table(
            self.members, self.tr("Members of the pool"), self.fontMetrics().height() + 12
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 180), (2, 160), (3, 110), (4, 140), (EMAIL_COLUMN, 220)):
            table.setColumnWidth(column, width)
        header.moveSection(EMAIL_COLUMN, 1)
        table.selectionModel().currentRowChanged.connect(self._member_chosen)
        table.activated.connect(self._member_opened)
        return table

    # --- Choosing -------------------------------------------------------------------------

    def _pools_loaded(self, loading: bool) -> None:
        if not loading and self.pool is None and self.pools.rowCount() > 0:
            self.pool_list.setCurrentIndex(self.pools.index(0, 0))

    def _pools_counted(self, total: int) -> None:
        if total == 0:
            self.title.setText(self.tr("No talent pools yet"))

    def _pool_rows_changed(self) -> None:
        # A sync changed a pool's count or name: the panel shows the pool as it is now.
        current = self.pool_list.currentIndex()
        pool = self.pools.item(current.row()) if current.isValid() else None
        if pool is not None and self.pool is not None and pool.id == self.pool.id:
            self._show_pool(pool, again=True)

    def _pool_chosen(self, current: Index, _previous: Index) -> None:
        self.pools.with_item(
            current,
            lambda pool: self._show_pool(
                pool, again=self.pool is not None and self.pool.id == pool.id
            ),
        )

    def _show_pool(self, pool: PoolSummary, *, again: bool) -> None:
        self.pool = pool
        self.title.setText(pool.name)
        self.badge.setVisible(pool.is_system)
        self.count.setText(self.tr("%Ln candidate(s)", "", pool.members))
        # The system pool's own words are the server's, in English: the page says it here.
        self.description.setText(pool.description)
        self.description.setVisible(bool(pool.description) and not pool.is_system)
        changeable = not pool.is_system and self.workspace.who.sees_everything
        self.read_only.setVisible(pool.is_system)
        for column in (LOCATION_COLUMN, ADDED_BY_COLUMN):
            self.table.setColumnHidden(column, pool.is_system)
        self.table.setColumnHidden(EMAIL_COLUMN, not pool.is_system)
        if pool.is_system:
            self._read_integration()
        self.adder.setVisible(changeable)
        self.remove_button.setVisible(changeable)
        self.adder.box.setPlaceholderText(
            self.tr("Add a candidate to %1: type a name, e-mail, tag or job…").replace(
                "%1", pool.name
            )
        )
        if not again:
            self.message.clear()
            self.adder.clear()
            self.remove_button.setEnabled(False)
            self.members.set_arguments(pool_id=pool.id)

    def _members_loaded(self, loading: bool) -> None:
        if loading:
            return
        empty = self.members.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self._say_empty()

    def _say_empty(self) -> None:
        if self.pool is None or not self.pool.is_system:
            self.empty.setText(self.tr("No candidates in this pool yet."))
            return
        state = self.integration
        if state is None or not state.gives(LinkedInFeature.PROFILE_WIDGET):
            empty = self.tr(
                "LinkedIn adds candidates here once the LinkedIn integration is connected."
            )
        elif not state.gives(LinkedInFeature.STUB_PROFILES):
            empty = self.tr("Nobody yet: this pool fills at contract-level access.")
        else:
            empty = self.tr(
                "Nobody has shared their profile in reply to an InMail yet; LinkedIn is asked "
                "every two hours."
            )
        self.empty.setText(empty)

    # --- The LinkedIn pool's source -------------------------------------------------------

    def _integration_changed(self, entities: object) -> None:
        if (
            isinstance(entities, frozenset)
            and entities & INTEGRATION_ENTITIES
            and self.pool is not None
            and self.pool.is_system
        ):
            self._read_integration()

    def _read_integration(self) -> None:
        spawn_for(
            self, self.workspace.read(integration), done=self._show_source, failed=self._problem
        )

    def _show_source(self, state: IntegrationState | None) -> None:
        """Where the LinkedIn pool's candidates come from, and what it waits for."""
        self.integration = state
        source = self.tr(
            "Read-only: LinkedIn fills this pool with the people who replied to an InMail and "
            "shared their profile and contact details with your organisation (InMail stub "
            "profiles): first and last name, and the e-mail address when they shared it."
        )
        admin = self.workspace.who.role is OrgRole.ADMIN
        waits = self.words.not_ready(state, admin=admin)
        if not waits and state is not None and not state.gives(LinkedInFeature.STUB_PROFILES):
            waits = self.words.stubs_need_contract_level()
        elif not waits and state is not None:
            waits = self.tr("They are brought in from LinkedIn every two hours")
            if state.last_pull_at is not None:
                waits += self.tr(" (last: %1).").replace("%1", ago(state.last_pull_at))
            else:
                waits += "."
        self.read_only.setText(f"{source} {waits}")
        if not self.members.loading:
            self._say_empty()

    def _member_chosen(self, current: Index, _previous: Index) -> None:
        self.remove_button.setEnabled(current.isValid())
        self.members.with_item(current, self._member_shown)

    def _member_shown(self, member: PoolMemberRow) -> None:
        if member.candidate_id != self._shown_id:
            self._shown_id = member.candidate_id
            self.candidate_opened.emit(member.candidate_id)

    def _member_opened(self, index: Index) -> None:
        member = self.members.item(index.row()) if index.isValid() else None
        if member is not None:
            self._shown_id = member.candidate_id
            self.candidate_opened.emit(member.candidate_id)

    def _focus_add(self) -> None:
        if self.adder.isVisible():
            self.adder.box.setFocus()
            self.adder.box.selectAll()

    # --- Changing -------------------------------------------------------------------------

    def add_member(self, candidate_id: str) -> None:
        """Add a candidate (by id) to the pool shown."""
        pool = self.pool
        if pool is None:
            return
        names = {h.candidate_id: f"{h.first_name} {h.last_name}" for h in self.adder.hits()}
        self.adder.clear()
        added = self.tr("Added %1 to %2.").replace("%1", names.get(candidate_id, ""))
        self._change(local_writes.add_to_pool, pool, candidate_id, added.replace("%2", pool.name))

    def remove_selected(self) -> None:
        """Take the selected member out of the pool shown (Delete)."""
        pool = self.pool
        current = self.table.currentIndex()
        member = self.members.item(current.row()) if current.isValid() else None
        if pool is None or member is None or not self.remove_button.isVisible():
            return
        removed = self.tr("Removed %1 from %2.").replace("%1", _name(member))
        self._change(
            local_writes.remove_from_pool,
            pool,
            member.candidate_id,
            removed.replace("%2", pool.name),
        )

    def _change(
        self,
        change: Callable[[Cache, str, str], LocalWrite],
        pool: PoolSummary,
        candidate_id: str,
        done_text: str,
    ) -> None:
        spawn_for(
            self,
            self.workspace.write(frozenset({"pool_member"}), change, pool.id, candidate_id),
            done=lambda _: self._say(done_text),
            failed=self._problem,
        )

    def _say(self, message: str) -> None:
        mark_plain(self.message)
        self.message.setText(message)

    def _problem(self, message: str) -> None:
        mark_problem(self.message)
        self.message.setText(message)

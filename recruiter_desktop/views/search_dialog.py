"""Search-as-you-type over every candidate the user may see (Ctrl+K in the main window).

`LiveSearch` asks store.search.search a moment after the last key (a debounce) and drops an
answer that comes back for text no longer in the box; `SearchPanel` is the box and its list
of hits (the talent pool page reuses it); `SearchDialog` is the Ctrl+K window."""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.store.search import FieldMatch, MatchKind, SearchHit, search
from recruiter_desktop.views.owned_spawn import spawn_for
from recruiter_desktop.views.paged_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 90
RESULTS = 20
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class LiveSearch(QObject):
    """Searches the cache a moment after the text last changed; only the answer for the text
    now typed is delivered.

    Signals:
        answered(str, object): the text and its hits (a list of SearchHit), best first.
        failed(str): the search failed, in words.
    """

    answered = Signal(str, object)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)

    def set_text(self, text: str) -> None:
        """The text typed; its search starts after the debounce."""
        self.text = text
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.answered.emit(text, [])

    def _ask(self) -> None:
        text = self.text
        spawn_for(
            self,
            self.workspace.read(search, text, RESULTS),
            done=lambda hits: self.deliver(text, hits),
            failed=self.failed.emit,
        )

    def deliver(self, text: str, hits: list[SearchHit]) -> None:
        """Hand the hits for `text` on, unless the user has typed on since."""
        if text == self.text:
            self.answered.emit(text, hits)


class SearchHitsModel(QAbstractListModel):
    """The hits of one search, best first; the candidate's id under ID_ROLE, the hit under
    HIT_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.first_name} {hit.last_name}".strip()
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [f"{hit.first_name} {hit.last_name}".strip(), hit.headline, hit.location]
            parts.append(matched_text(hit))
            return " · ".join(p for p in parts if p)
        if role == ID_ROLE:
            return hit.candidate_id
        if role == HIT_ROLE:
            return hit
        return None


def _field_name(match: FieldMatch) -> str:
    names = {
        "name": QApplication.translate("SearchDialog", "name"),
        "email": QApplication.translate("SearchDialog", "e-mail"),
        "headline": QApplication.translate("SearchDialog", "headline"),
        "location": QApplication.translate("SearchDialog", "location"),
        "tags": QApplication.translate("SearchDialog", "tag"),
        "jobs": QApplication.translate("SearchDialog", "job"),
    }
    return names.get(match.field, match.field)


def matched_text(hit: SearchHit) -> str:
    """What the text was found in: "Matches the name · ana@example.org" (the address tells
    two people of one name apart), "Matches tag python · job Backend engineer"."""
    if hit.match is not MatchKind.OTHER:
        name = QApplication.translate("SearchDialog", "Matches the name")
        return f"{name} · {hit.email}" if hit.email else name
    found = " · ".join(f"{_field_name(m)} {m.text}" for m in hit.matched)
    return QApplication.translate("SearchDialog", "Matches %1").replace("%1", found)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit on three lines: the name in bold, the headline and location, and what
    matched in the quieter colour."""

    _PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(320, 3 * line + 2 * self._PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, text_role)
        quiet = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        if selected:
            quiet = colour
        line = QFontMetrics(option.font).lineSpacing()
        area = option.rect.adjusted(self._PAD + 4, self._PAD, -self._PAD, -self._PAD)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        rows = [
            (bold, colour, text),
            (option.font, colour, " · ".join(p for p in (hit.headline, hit.location) if p)),
            (option.font, quiet, matched_text(hit)),
        ]
        for number, (font, pen, words) in enumerate(rows):
            painter.setFont(font)
            painter.setPen(pen)
            box = QRect(area.left(), area.top() + number * line, area.width(), line)
            elided = QFontMetrics(font).elidedText(words, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        painter.restore()


class SearchPanel(QWidget):
    """A search box over a list of hits: results appear while typing; Up and Down move
    through them from the box; Enter, a click or a double click chooses one. `enter_does`
    tells what choosing does ("Enter opens one.").

    Signals:
        candidate_chosen(str): the id of the candidate chosen.
    """

    candidate_chosen = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        placeholder: str = "",
        enter_does: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enter_does = enter_does or self.tr("Enter opens one.")
        self.search = LiveSearch(workspace, self)
        self.search.answered.connect(self._answered)
        self.search.failed.connect(self._failed)
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            placeholder or self.tr("Search candidates by name, e-mail, tag or job…")
        )
        self.box.setAccessibleName(self.tr("Search candidates"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self.search.set_text)
        self.box.installEventFilter(self)
        self.model = SearchHitsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setAccessibleName(self.tr("Candidates found"))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.list.clicked.connect(self._choose)
        self.list.activated.connect(self._choose)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        self._answered("", [])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def hits(self) -> list[SearchHit]:
        return list(self.model.hits)

    def clear(self) -> None:
        self.box.clear()

    def _step(self, by: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        row = max(0, min(rows - 1, self.list.currentIndex().row() + by))
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _choose(self, index: Index) -> None:
        if index.isValid():
            self.candidate_chosen.emit(str(index.data(ID_ROLE)))

    def _answered(self, text: str, hits: object) -> None:
        found = [h for h in hits if isinstance(h, SearchHit)] if isinstance(hits, list) else []
        self.model.set_hits(found)
        if found:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setVisible(bool(found))
        if not text.strip():
            self.state.setText(self.tr("Type a name, e-mail address, tag or job title."))
        elif not found:
            self.state.setText(
                self.tr("No candidate you can see matches “%1”.").replace("%1", text.strip())
            )
        elif len(found) == RESULTS:
            best = self.tr("The best %n matches; type more to narrow them.", "", len(found))
            self.state.setText(f"{best} {self._enter_does}")
        else:
            some = self.tr("%n candidate(s) found.", "", len(found))
            self.state.setText(f"{some} {self._enter_does}")

    def _failed(self, message: str) -> None:
        self.state.setText(message)


class SearchDialog(QDialog):
    """The Ctrl+K search window: type, move with Up and Down, Enter opens, Esc closes.

    Signals:
        candidate_chosen(str): the id of the candidate to open.
    """

    candidate_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search candidates"))
        self.setModal(True)
        self.resize(560, 480)
        self.panel = SearchPanel(workspace)
        self.panel.candidate_chosen.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Opened again, it offers the last search, ready to be typed over.
        self.panel.box.selectAll()
        self.panel.box.setFocus()

    def _chosen(self, candidate_id: str) -> None:
        self.candidate_chosen.emit(candidate_id)
        self.accept()

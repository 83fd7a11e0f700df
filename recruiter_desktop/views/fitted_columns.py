"""A table's columns kept within its width: one column takes the room left; while the table is
too narrow (a small window, the candidate pane open beside it) the columns that matter least
are hidden, then some columns narrow, and both come back once there is room, so the table
does not scroll sideways."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFitter(QObject):
    """Keeps `view`'s columns within its width: `stretch` takes what the others leave. While
    that is less than `stretch_minimum`, the `optional` columns are hidden, the first given
    first (the last given comes back first); then the `narrowing` columns narrow, each down
    to its given width. Columns keep the widths a user drags them to."""

    def __init__(
        self,
        view: QTableView,
        *,
        stretch: int,
        stretch_minimum: int,
        optional: Sequence[int],
        narrowing: Mapping[int, int],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._minimum = stretch_minimum
        self._optional = list(optional)
        self._narrowing = dict(narrowing)
        self._widths: dict[int, int] = {}  # of the hidden columns
        self._natural: dict[int, int] = {}  # of the narrowed columns
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    @property
    def hidden(self) -> list[int]:
        """The optional columns hidden now."""
        header = self._view.horizontalHeader()
        return [column for column in self._optional if header.isSectionHidden(column)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        # The stretching column follows the others; hiding one gives 0: neither is a user's.
        if column != self._stretch and new > 0:
            self.fit()

    def fit(self) -> None:
        """Hide what does not fit the table's width, show what fits again."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit(self._view.horizontalHeader())
        finally:
            self._fitting = False

    def _fit(self, header: QHeaderView) -> None:
        room = self._view.viewport().width() - self._minimum
        needed = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self._stretch and not header.isSectionHidden(column)
        )
        for column in self._optional:
            if needed <= room:
                break
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)
                needed -= self._widths[column]
                header.hideSection(column)
        needed = self._narrow(header, needed - room) + room
        if not self._natural:
            self._show(header, needed, room)

    def _narrow(self, header: QHeaderView, excess: int) -> int:
        """Narrow the narrowing columns by `excess` (as far as they go), or widen them back
        towards their own widths by -`excess`; the excess left."""
        for column, narrowest in self._narrowing.items():
            if excess == 0 or header.isSectionHidden(column):
                continue
            width = header.sectionSize(column)
            natural = self._natural.setdefault(column, width)
            wanted = min(max(width - excess, narrowest), natural)
            if wanted != width:
                header.resizeSection(column, wanted)
                excess -= width - wanted
            if wanted == natural:
                del self._natural[column]
        return excess

    def _show(self, header: QHeaderView, needed: int, room: int) -> None:
        for column in reversed(self._optional):
            if not header.isSectionHidden(column):
                continue
            width = self._widths.get(column, header.defaultSectionSize())
            if needed + width > room:
                break
            header.showSection(column)
            header.resizeSection(column, width)
            needed += width

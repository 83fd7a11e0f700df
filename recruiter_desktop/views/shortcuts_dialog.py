"""Help > Keyboard shortcuts: every shortcut of the window, read from its actions, so the
list never drifts from what the keys do."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    """An action's text without its mnemonic marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


class ShortcutsDialog(QDialog):
    """The shortcuts of a main window: its menus', then those of each page opened so far
    (actions added to the page's widgets, with a text)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        seen: set[int] = set()
        for menu in window.menuBar().findChildren(QMenu):
            self._section(_plain(menu.title()), menu.actions(), seen)
        central = window.centralWidget()
        if central is not None:
            for widget in central.findChildren(QWidget):
                if widget.actions() and widget.accessibleName():
                    self._section(widget.accessibleName(), widget.actions(), seen)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def _section(self, title: str, actions: list[QAction], seen: set[int]) -> None:
        rows = []
        for action in actions:
            if action.shortcut().isEmpty() or not action.text() or id(action) in seen:
                continue
            seen.add(id(action))
            rows.append(QTreeWidgetItem([_plain(action.text()), _keys(action)]))
        if rows:
            section = QTreeWidgetItem([title])
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFlags(section.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(section)
            section.addChildren(rows)

"""Help > Keyboard shortcuts: every shortcut of the window, read from its actions and
shortcuts, so the list never drifts from what the keys do.

A page's shortcuts are listed when they are QActions with a text, QShortcuts whose
`whatsThis()` says what they do, or KeyHints (views/key_hints.py: keys a widget handles
itself).
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.views.key_hints import NATIVE, KeyHint


def _plain(text: str) -> str:
    """An action's text without its mnemonic marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def _rows(widget: QWidget, seen: set[int]) -> list[tuple[str, str]]:
    """(what, keys) of the actions, described shortcuts and key hints in `widget` and its
    children."""
    rows: list[tuple[str, str]] = []
    for action in [*widget.actions(), *widget.findChildren(QAction)]:
        if action.shortcut().isEmpty() or not action.text() or id(action) in seen:
            continue
        seen.add(id(action))
        keys = ", ".join(key.toString(NATIVE) for key in action.shortcuts())
        rows.append((_plain(action.text()), keys))
    for shortcut in widget.findChildren(QShortcut):
        if shortcut.key().isEmpty() or not shortcut.whatsThis() or id(shortcut) in seen:
            continue
        seen.add(id(shortcut))
        rows.append((shortcut.whatsThis(), shortcut.key().toString(NATIVE)))
    for hint in widget.findChildren(KeyHint):
        if id(hint) not in seen:
            seen.add(id(hint))
            rows.append((_plain(hint.what), hint.keys_text()))
    return rows


class ShortcutsDialog(QDialog):
    """The shortcuts of the menus, then of each section (a page, the candidate pane)."""

    def __init__(
        self,
        menus: QMenuBar,
        sections: Sequence[tuple[str, QWidget]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        # What the keys do takes the width; the keys column is as wide as the keys.
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        seen: set[int] = set()
        for menu in menus.findChildren(QMenu):
            self._section(_plain(menu.title()), _rows(menu, seen))
        for title, widget in sections:
            self._section(title, _rows(widget, seen))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(600, 640)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        section = QTreeWidgetItem([title])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setFlags(section.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.tree.addTopLevelItem(section)
        section.addChildren([QTreeWidgetItem([what, keys]) for what, keys in rows])

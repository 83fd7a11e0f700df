"""The main window's sidebar: the app's name, the list of pages, and who is signed in
(LIST_STYLE is the look of such lists of sections, also in Admin settings).

Its colours come from the palette (window, highlight), so it follows the system's light or
dark look.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from recruiter_desktop.services.workspace import Who
from recruiter_desktop.views.roles import role_name

_ITEM_PADDING = 10
LIST_STYLE = (
    "QListWidget { border: none; background: transparent; outline: none; }"
    f"QListWidget::item {{ padding: 7px {_ITEM_PADDING}px; margin: 1px 0; border-radius: 5px; }}"
    "QListWidget::item:selected"
    " { background: palette(highlight); color: palette(highlighted-text); }"
)


class Sidebar(QFrame):
    """The navigation: `pages` lists the pages' titles; each item holds its page's key."""

    def __init__(self, who: Who, pages: list[tuple[str, str]], parent: QWidget | None = None):
        """`pages` are (key, title) in order."""
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel(self.tr("Recruiter"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.pages = QListWidget()
        self.pages.setObjectName("navigation")
        self.pages.setAccessibleName(self.tr("Navigation"))
        self.pages.setStyleSheet(LIST_STYLE)
        self.pages.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key, text in pages:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addItem(item)
        # Wide enough for the longest title in any language, with the items' padding.
        metrics = self.pages.fontMetrics()
        longest = max((metrics.horizontalAdvance(text) for _, text in pages), default=0)
        self.setMinimumWidth(max(140, longest + 2 * _ITEM_PADDING + 24))
        self._role = role_name(who.role)
        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Signed in as"))
        self.who.setToolTip(who.email)
        self.who.setEnabled(False)  # muted, in the palette's disabled text colour
        self.show_name(who.email)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 6, 10)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.who)

    def show_name(self, name: str) -> None:
        """Show who is signed in by this name (their e-mail until the cache has it)."""
        self.who.setText(f"{name}\n{self._role}")

"""Pieces the LinkedIn views share: a paragraph of text, a line that shows something is being
waited for, a problem in words with its Try again button, and the system browser's sign-in
(open the page, open it again, copy its address)."""

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.views import tones


def paragraph(text: str = "") -> QLabel:
    """A wrapped, selectable label: settings text people may want to copy."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def rich(html: str) -> QLabel:
    """A wrapped label of rich text (lists, bold), its links opened in the browser."""
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class WaitingLine(QWidget):
    """A moving bar and what is being waited for; hidden while nothing is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName(self.tr("Waiting"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.hide()

    def wait(self, text: str) -> None:
        """Show that `text` is being waited for."""
        self.label.setText(text)
        self.show()

    @property
    def waiting(self) -> bool:
        return not self.isHidden()


class ProblemLine(QWidget):
    """What went wrong, in words, in the problem colour, with a Try again button.

    Signals:
        retry(): the user pressed Try again.
    """

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tones.mark_problem(self.label)
        self.button = QPushButton(self.tr("Try again"))
        self.button.clicked.connect(self.retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_problem(self, message: str, *, action: str | None = None) -> None:
        """Show `message`; the button reads `action` (Try again when None)."""
        self.label.setText(message)
        self.button.setText(action or self.tr("Try again"))
        self.show()

    @property
    def message(self) -> str:
        """The problem shown ("" when none is)."""
        return "" if self.isHidden() else self.label.text()


class BrowserSignIn(QWidget):
    """LinkedIn's sign-in page in the system browser, and the way back to it while the app
    waits: open it again (a closed tab) or copy its address (another browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.waiting = WaitingLine()
        self.open_again = QPushButton(self.tr("Open the sign-in page again"))
        self.open_again.setToolTip(
            self.tr("Open LinkedIn's sign-in page in your browser again (if you closed it).")
        )
        self.open_again.clicked.connect(self._open)
        self.copy = QPushButton(self.tr("Copy the link"))
        self.copy.setToolTip(
            self.tr("Copy the sign-in page's address, to open it in another browser.")
        )
        self.copy.clicked.connect(self._copy)
        self.copied = QLabel()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_again)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        self.hide()

    def start(self, url: str) -> None:
        """Open `url` in the system browser and show that the app waits for the sign-in."""
        self.url = url
        self.copied.clear()
        self.waiting.wait(
            self.tr(
                "Waiting for you to sign in to LinkedIn in your browser… This moves on by "
                "itself once you have."
            )
        )
        self.show()
        self._open()

    def stop(self) -> None:
        """The sign-in came back, failed or was left: stop showing the wait."""
        self.waiting.hide()
        self.hide()

    def _open(self) -> None:
        QDesktopServices.openUrl(QUrl(self.url))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.copied.setText(self.tr("Link copied."))

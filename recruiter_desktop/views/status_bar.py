"""The main window's status bar: what the sync is doing, in words.

Online or offline, when the last sync reached the server, how many changes made here wait
to be sent, a progress bar while the first sync loads everything, and the messages of what
a sync had to undo (naming candidate and job, as the engine words them). The messages of
this session stay listed behind the Messages button.
"""

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.views import tones

# How long a sync message stays in the status bar's message area.
MESSAGE_MS = 15_000
_REFRESH_MS = 30_000


def local_time(when: datetime) -> QDateTime:
    """An aware datetime as Qt's local date and time (for QLocale's formats)."""
    return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))


class SyncMessagesDialog(QDialog):
    """The sync's messages of this session, newest first."""

    def __init__(self, messages: list[tuple[datetime, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Messages from the sync"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Messages from the sync"))
        self.list.setWordWrap(True)
        locale = QLocale()
        for when, text in reversed(messages):
            stamp = locale.toString(local_time(when).time(), QLocale.FormatType.ShortFormat)
            self.list.addItem(f"{stamp}  {text}")
        if not messages:
            self.list.addItem(self.tr("No messages: every change went through."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)


class SyncStatusBar(QStatusBar):
    """Shows a SyncStatus.

    Signals:
        sign_in_again_requested(): the user asked to sign in again after the server stopped
            accepting the sign-in.
    """

    sign_in_again_requested = Signal()

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.messages: list[tuple[datetime, str]] = []

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("First sync progress"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Last sync"))
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.online_label = QLabel()
        self.online_label.setAccessibleName(self.tr("Connection"))
        self.sign_in_button = QPushButton(self.tr("Sign in again…"))
        self.sign_in_button.setFlat(True)
        self.sign_in_button.hide()
        self.sign_in_button.clicked.connect(self.sign_in_again_requested)
        self.messages_button = QPushButton()
        self.messages_button.setFlat(True)
        self.messages_button.setToolTip(self.tr("What the sync could not apply, in words"))
        self.messages_button.clicked.connect(self.show_messages)
        self.messages_button.hide()
        for widget in (
            self.progress,
            self.sync_label,
            self.pending_label,
            self.online_label,
            self.sign_in_button,
            self.messages_button,
        ):
            self.addPermanentWidget(widget)

        status.online_changed.connect(self._show_online)
        status.syncing_changed.connect(self._show_syncing)
        status.progress_changed.connect(self._show_progress)
        status.last_sync_changed.connect(self._synced)
        status.pending_changed.connect(self._show_pending)
        status.message_added.connect(self.add_message)
        status.sign_in_needed.connect(self._sign_in_needed)
        self._timer = QTimer(self)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(self._show_last_sync)
        self._timer.start()
        self._show_online(status.online)
        self._show_last_sync()
        self._show_pending(status.pending)

    def _show_online(self, online: bool) -> None:
        if not online and self._status.syncing:
            # A round runs only once the server answered: it is being reached, not lost.
            self.online_label.setText(self.tr("Connecting…"))
            self.online_label.setToolTip("")
            tones.mark_plain(self.online_label)
        elif online:
            self.online_label.setText(self.tr("● Online"))
            self.online_label.setToolTip(self.tr("The server answers; changes are sent at once."))
            tones.mark_good(self.online_label)
            self.sign_in_button.hide()
        else:
            self.online_label.setText(self.tr("● Offline"))
            self.online_label.setToolTip(
                self.tr(
                    "The server cannot be reached. You can go on working: your changes are "
                    "kept on this computer and sent when the server answers again."
                )
            )
            tones.mark_problem(self.online_label)
        self._show_last_sync()

    def _show_syncing(self, syncing: bool) -> None:
        self._show_online(self._status.online)
        if syncing:
            self.sync_label.setText(self.tr("Syncing…"))
            return
        self.progress.hide()
        self._show_last_sync()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        words = self.tr("First sync: %1 of %2 items")
        self.progress.setFormat(
            words.replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        )
        self.progress.show()

    def _show_last_sync(self) -> None:
        if self._status.syncing:
            return
        when = datetime.fromisoformat(self._status.last_sync) if self._status.last_sync else None
        self.sync_label.setText(self.last_sync_words(when, datetime.now(UTC)))

    def last_sync_words(self, when: datetime | None, now: datetime) -> str:
        """'Last sync just now', '… 5 minutes ago', '… at 14:02', or 'Not synced yet'."""
        if when is None:
            return self.tr("Not synced yet")
        seconds = (now - when).total_seconds()
        if seconds < 60:
            return self.tr("Last sync just now")
        if seconds < 3600:
            return self.tr("Last sync %n minute(s) ago", "", int(seconds // 60))
        local = local_time(when)
        locale = QLocale()
        if local.date() == local_time(now).date():
            time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
            return self.tr("Last sync at %1").replace("%1", time)
        day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
        return self.tr("Last sync on %1").replace("%1", day)

    def _synced(self) -> None:
        self.sign_in_button.hide()  # a round reached the server: the sign-in works again
        self._show_last_sync()

    def _show_pending(self, count: int) -> None:
        self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", count))
        self.pending_label.setVisible(count > 0)

    def add_message(self, text: str) -> None:
        """Show a sync message now and keep it in the list."""
        self.messages.append((datetime.now(UTC), text))
        self.showMessage(text, MESSAGE_MS)
        self.messages_button.setText(self.tr("%n message(s)", "", len(self.messages)))
        self.messages_button.show()

    def show_messages(self) -> None:
        """The list of this session's sync messages."""
        dialog = SyncMessagesDialog(self.messages, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _sign_in_needed(self) -> None:
        self.sign_in_button.show()

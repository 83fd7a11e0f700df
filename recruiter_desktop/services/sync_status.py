"""What the sync engine tells the UI, as QtCore signals (no widgets here).

Signals:
    online_changed(bool): the server answered, or stopped answering.
    syncing_changed(bool): a sync round started or ended.
    progress_changed(int, int): rows received and (at least) expected in the first sync.
    last_sync_changed(str): ISO time of the last round that reached the server.
    pending_changed(int): changes typed here and not yet acknowledged by the server.
    message_added(str): something the user must know in words, e.g. a change the server
        refused or that conflicted, naming the candidate and the job.
    data_changed(object): the entities a sync round or a local write changed, as a
        frozenset of entity names, so each view reloads only when its own data changed.
    sign_in_needed(): the server no longer accepts this sign-in; syncing waits for a new one.
"""

from PySide6.QtCore import QObject, Signal


class SyncStatus(QObject):
    online_changed = Signal(bool)
    syncing_changed = Signal(bool)
    progress_changed = Signal(int, int)
    last_sync_changed = Signal(str)
    pending_changed = Signal(int)
    message_added = Signal(str)
    data_changed = Signal(object)
    sign_in_needed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online = False
        self.syncing = False
        self.progress = (0, 0)
        self.last_sync = ""
        self.pending = 0

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def set_syncing(self, syncing: bool) -> None:
        if syncing != self.syncing:
            self.syncing = syncing
            self.syncing_changed.emit(syncing)

    def set_progress(self, done: int, total: int) -> None:
        self.progress = (done, total)
        self.progress_changed.emit(done, total)

    def set_last_sync(self, when: str) -> None:
        self.last_sync = when
        self.last_sync_changed.emit(when)

    def set_pending(self, count: int) -> None:
        if count != self.pending:
            self.pending = count
            self.pending_changed.emit(count)

    def add_message(self, text: str) -> None:
        self.message_added.emit(text)

    def announce(self, entities: frozenset[str]) -> None:
        if entities:
            self.data_changed.emit(entities)

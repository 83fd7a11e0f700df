"""The sign-in dialog: server address, e-mail and password.

It remembers the server and e-mail of the last sign-in that worked (AppSettings), says in
words why a sign-in failed, and says when the sign-in will be kept only in memory (no
keyring on this system). The sign-in itself is the caller's `attempt` coroutine: the shell
makes the API client and the sign-in service, so the dialog does no I/O of its own.
"""

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recruiter_desktop.services.api_client import normalize_server_url
from recruiter_desktop.views import tones
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.tasks import spawn

# (server URL, e-mail, password) -> whatever the caller needs once signed in.
Attempt = Callable[[str, str, str], Coroutine[Any, Any, Any]]


class SignInDialog(QDialog):
    """Asks for a server, e-mail and password until `attempt` succeeds or the user cancels.

    Signals:
        signed_in(object): what `attempt` returned; the dialog then closes as accepted.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        attempt: Attempt,
        settings: AppSettings,
        *,
        server: str = "",
        email: str = "",
        storage_message: str | None = None,
        reason: str | None = None,
        account_fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`server`/`email` default to the last ones remembered; `reason` says why the
        dialog shows (e.g. the sign-in expired); `account_fixed` keeps server and e-mail as
        given (signing in again as the same person)."""
        super().__init__(parent)
        self._attempt = attempt
        self._settings = settings
        self._work: asyncio.Task[Any] | None = None
        self.setWindowTitle(self.tr("Sign in to Recruiter"))
        self.setModal(True)

        self.server = QLineEdit(server or settings.server)
        self.server.setPlaceholderText(self.tr("https://ats.example.com"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.email = QLineEdit(email or settings.email)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        if account_fixed:
            self.server.setReadOnly(True)
            self.email.setReadOnly(True)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Password:"), self.password)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why the sign-in failed"))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tones.mark_problem(self.problem)
        self.problem.hide()

        self.note = QLabel(storage_message or "")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(storage_message))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Start where typing is needed: most often only the password is.
        for field in (self.server, self.email, self.password):
            if not field.text() and not field.isReadOnly():
                field.setFocus()
                return
        self.password.setFocus()

    def try_sign_in(self) -> None:
        """Check the fields and sign in (Enter or the Sign in button)."""
        if self._work is not None:
            return
        try:
            server = normalize_server_url(self.server.text())
        except ValueError:
            self._fail(
                self.tr("Write the server's address as https://host or http://host:port."),
                self.server,
            )
            return
        email = self.email.text().strip()
        if "@" not in email:
            self._fail(self.tr("Write the e-mail address you sign in with."), self.email)
            return
        if not self.password.text():
            self._fail(self.tr("Write your password."), self.password)
            return
        self.problem.hide()
        self._work = spawn(
            self._attempt(server, email, self.password.text()),
            done=lambda result: self._succeeded(server, email, result),
            failed=lambda message: self._fail(message, self.password),
        )
        self._set_working(True)

    def reject(self) -> None:
        """Cancel, also while a sign-in is under way (it is abandoned)."""
        if self._work is not None:
            self._work.cancel()
            self._work = None
        super().reject()

    def _succeeded(self, server: str, email: str, result: object) -> None:
        self._set_working(False)
        self._settings.server = server
        self._settings.email = email
        self._settings.sync()
        self.password.clear()
        self.signed_in.emit(result)
        self.accept()

    def _fail(self, message: str, field: QLineEdit) -> None:
        self._set_working(False)
        self.problem.setText(message)
        self.problem.show()
        field.setFocus()
        field.selectAll()

    def _set_working(self, working: bool) -> None:
        if not working:
            self._work = None
        for field in (self.server, self.email, self.password):
            field.setEnabled(not working)
        self.sign_in_button.setEnabled(not working)
        self.sign_in_button.setText(self.tr("Signing in…") if working else self.tr("Sign in"))

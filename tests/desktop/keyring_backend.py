"""Keyring backends for tests: an OS keyring that lives in memory, and one that refuses.

Usable through `keyring.set_keyring(MemoryKeyring())`, by passing an instance to
AuthService, or with PYTHON_KEYRING_BACKEND=tests.desktop.keyring_backend.MemoryKeyring.
Their priority is negative so that keyring's own detection never picks them (keyring
registers every backend class it sees), and chainers leave them out.
"""

from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError


def fail_keyring() -> KeyringBackend:
    """keyring's backend of a machine without a keyring (headless Linux)."""
    return fail.Keyring()  # type: ignore[no-untyped-call]  # keyring's is not annotated


def null_keyring() -> KeyringBackend:
    """keyring's backend that stores nothing, chosen by `keyring --disable`."""
    return null.Keyring()  # type: ignore[no-untyped-call]


def chainer_keyring() -> KeyringBackend:
    """keyring's chainer, over whatever backends it finds (ChainerBackend.backends)."""
    return chainer.ChainerBackend()  # type: ignore[no-untyped-call]


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict of this instance: one instance stands for the OS keyring across
    "restarts" of the app within a test."""

    priority = -10.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's is not annotated
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring the user declined to unlock: present, but every write fails."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

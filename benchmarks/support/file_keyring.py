"""A keyring backend for the benchmarks only: the desktop's sign-in kept in a JSON file of
the benchmark's temporary folder, so that the app started as a child process signs back
in silently, as it does from the OS keyring on a desktop.

Chosen in the child with PYTHON_KEYRING_BACKEND=benchmarks.support.file_keyring.FileKeyring
and KEYRING_FILE naming the file. The product never uses it: it keeps tokens only in an OS
keyring, never in a file (services/auth.py).
"""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

KEYRING_FILE = "RECRUITER_BENCHMARK_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by the environment's RECRUITER_BENCHMARK_KEYRING_FILE
    (or `path`); readable by the owner only."""

    # Negative: keyring's own detection never picks it; only PYTHON_KEYRING_BACKEND does.
    priority = -10.0

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's is not annotated
        self.path = path if path is not None else Path(os.environ[KEYRING_FILE])

    def _entries(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        entries: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return entries

    def _save(self, entries: dict[str, str]) -> None:
        self.path.touch(mode=0o600, exist_ok=True)
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    @staticmethod
    def _key(service: str, username: str) -> str:
        return f"{service}\n{username}"

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(self._key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[self._key(service, username)] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(self._key(service, username), None) is None:
            raise PasswordDeleteError("no such password")
        self._save(entries)

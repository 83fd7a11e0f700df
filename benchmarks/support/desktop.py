"""The desktop side of the desktop benchmarks: a data folder signed in to the demo's
recruiter (optionally with a synced cache), and the app run in a child process
(desktop_child.py) that reports what it measured."""

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from benchmarks.support.desktop_child import REPORT
from benchmarks.support.file_keyring import KEYRING_FILE, FileKeyring
from benchmarks.support.server import EMAIL, PASSWORD
from recruiter_desktop.services.api_client import ApiClient
from recruiter_desktop.services.auth import AuthService
from recruiter_desktop.services.session import open_session

CHILD = "benchmarks.support.desktop_child"
CHILD_TIMEOUT = 900.0


@dataclass(frozen=True)
class Desktop:
    """A desktop data folder and the keyring file that holds its sign-in."""

    server_url: str
    data_dir: Path
    keyring_file: Path

    @property
    def options(self) -> list[str]:
        """`recruiter-desktop`'s options for this server and data folder."""
        return ["--server", self.server_url, "--data-dir", str(self.data_dir)]

    @property
    def env(self) -> dict[str, str]:
        """The child's environment: offscreen, faulthandler on, and the sign-in from the
        keyring file."""
        return {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONFAULTHANDLER": "1",  # a crash says where, on stderr
            "PYTHON_KEYRING_BACKEND": f"{FileKeyring.__module__}.{FileKeyring.__name__}",
            KEYRING_FILE: str(self.keyring_file),
        }


def signed_in(server_url: str, folder: Path, *, first_sync: bool) -> tuple[Desktop, int]:
    """The demo's recruiter signed in (the sign-in kept in the keyring file, as the app
    keeps it in the OS keyring), with the cache synced once if `first_sync`; the desktop
    and the rows the sync pulled."""
    desktop = Desktop(server_url, folder / "desktop", folder / "keyring.json")
    # The engine reports through QtCore signals; the app always has its Qt application.
    app = QCoreApplication.instance() or QCoreApplication([])
    pulled = asyncio.run(_sign_in(desktop, first_sync=first_sync))
    del app
    return desktop, pulled


async def _sign_in(desktop: Desktop, *, first_sync: bool) -> int:
    api = ApiClient(desktop.server_url)
    auth = AuthService(api, keyring_backend=FileKeyring(desktop.keyring_file))
    try:
        await auth.sign_in(EMAIL, PASSWORD)
        if not first_sync:
            return 0
        session = await open_session(api, auth, data_dir=desktop.data_dir, interval=3600)
        try:
            result = await session.engine.sync_now()
        finally:
            await session.close()
        if result.offline or result.messages:
            raise RuntimeError(f"the first sync did not complete: {result.messages}")
        return result.pulled
    finally:
        await api.aclose()


@dataclass
class ChildRun:
    """What a child reported: the seconds from its start to its `ready` line (None: it
    never said), and its other reports by event."""

    ready: float | None = None
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)


def run_child(mode: str, desktop: Desktop | None, **env_extra: str) -> ChildRun:
    """Start `python -m benchmarks.support.desktop_child MODE [options]` (its environment
    with `env_extra`), the clock running from just before the process is made; RuntimeError
    with its stderr when it fails."""
    command = [sys.executable, "-m", CHILD, mode, *(desktop.options if desktop else [])]
    env = desktop.env if desktop else {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.update(env_extra)
    run = ChildRun()
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(  # noqa: S603 (our own module, a fixed command line)
            command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True
        )
        assert child.stdout is not None
        for line in child.stdout:
            if not line.startswith(REPORT):
                continue
            fields: dict[str, Any] = json.loads(line[len(REPORT) :])
            if fields["event"] == "ready" and run.ready is None:
                run.ready = time.perf_counter() - started
            run.reports[fields["event"]] = fields
        status = child.wait(timeout=CHILD_TIMEOUT)
        errors.seek(0)
        said = errors.read().decode(errors="replace")
    if status != 0 or "error" in run.reports:
        error = run.reports.get("error", {}).get("error", "")
        raise RuntimeError(f"the desktop child ({mode}) failed ({status}): {error} {said[-3000:]}")
    return run

"""A seeded ATS server in a process of its own, as the benchmarks measure against."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

SCRIPT = Path(sys.executable).with_name("recruiter-server")
EMAIL = "recruiter@demo.example"
PASSWORD = "demo"  # noqa: S105 (the demo organisation's published password)


def seed(path: Path, candidates: int, applications: int) -> None:
    """A fresh SQLite server database at `path`, migrated and seeded with the demo
    organisation of this many candidates and applications."""
    env = {**os.environ, "RECRUITER_DATABASE_URL": f"sqlite:///{path}"}
    for args in (
        ["migrate"],
        ["seed-demo", "--candidates", str(candidates), "--applications", str(applications)],
    ):
        subprocess.run([str(SCRIPT), *args], env=env, check=True, capture_output=True)  # noqa: S603


class Server:
    """`recruiter-server serve` in a process of its own, as in real life (a server thread in
    the measuring process would share its interpreter lock with the client being
    measured)."""

    def __init__(self, db_path: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "RECRUITER_DATABASE_URL": f"sqlite:///{db_path}"}
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "Server":
        self.process = subprocess.Popen(  # noqa: S603 (our own command)
            [str(SCRIPT), "serve", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                if httpx.get(f"{self.url}/healthz").status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def __exit__(self, *_: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=30)

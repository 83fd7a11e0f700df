"""What the screenshot scripts (screenshots.py, linkedin_screenshots.py,
linkedin_candidate_screenshots.py) share: their command line, the Qt application on a qasync
loop with the demo's server in this process, a demo user's window, waiting and saving.

The scripts set QT_QPA_PLATFORM and QT_API before they import this module (qasync reads
QT_API when imported).
"""

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from recruiter_desktop.app import install_translators
from recruiter_desktop.demo import DEMO_PASSWORD, DemoServer
from recruiter_desktop.shell import open_workspace, signed_in_client
from recruiter_desktop.views.app_settings import AppSettings
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.window_capture import capture

ROOT = Path(__file__).resolve().parent.parent


def program() -> str:
    """The running script's name, which its messages start with."""
    return Path(sys.argv[0]).stem


async def until(what: str, condition: Callable[[], object], within: float = 60.0) -> None:
    """Wait until `condition()` holds, for `within` s at the most."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"{program()}: still waiting for {what} after {within:.0f} s")
        await asyncio.sleep(0.05)


async def open_window(
    demo: DemoServer, email: str, folder: Path, size: tuple[int, int]
) -> MainWindow:
    """`email`'s main window, signed in and synced, shown at `size`; its settings in a file of
    its own in `folder` (nothing of the user's own settings or keyring is touched)."""
    keyring = null.Keyring()  # type: ignore[no-untyped-call]  # keyring's is not annotated
    client = await signed_in_client(demo.url, email, DEMO_PASSWORD, keyring)
    workspace = await open_workspace(client, demo.folder)
    await workspace.session.engine.sync_now()
    settings = AppSettings(QSettings(str(folder / f"{email}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    window.resize(*size)
    window.show()
    return window


async def close(window: MainWindow) -> None:
    """Close the window and its session."""
    session = window.workspace.session
    window.close()
    await session.close()
    await session.api.aclose()


async def save(widget: QWidget, path: Path, *, patience: float = 15.0) -> None:
    """A PNG of `widget` at `path` once what it shows has loaded; says where."""
    await capture(widget, path, patience=patience)
    print(f"{program()}: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def run(description: str, shoot: Callable[[Path, Path], Awaitable[None]]) -> int:
    """The scripts' main: [--out docs] [--lang en|sv], then `shoot(out, folder)` on a qasync
    loop, `folder` a temporary one for the demo's data."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (docs/)")
    parser.add_argument("--lang", choices=["en", "sv"], default="en")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # one window closes before the next opens
    translation = install_translators(app, args.lang)
    if translation.problems:
        raise SystemExit(f"{program()}: {' '.join(translation.problems)}")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="recruiter-screenshots-") as folder, loop:
        loop.run_until_complete(shoot(out, Path(folder)))
    return 0

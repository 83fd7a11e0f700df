"""Building and running the desktop app: the Qt application on a qasync loop, its language,
its log, demo mode's server, and the shell that signs in and shows the window.

High DPI: Qt 6 scales by the screen's factor, unrounded, so text stays crisp at 125 % or
150 %. The palette and style are the system's (light or dark); the views take their colours
from the palette, never fixed ones.

Everything that can go wrong is told in words on stderr (and in full, with tracebacks, in
the log file); the exit status is 0 when the user quits, 1 when the app could not work,
130 when interrupted with Ctrl+C.
"""

import asyncio
import logging
import logging.handlers
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import qasync
from keyring.backend import KeyringBackend
from keyring.backends import null
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from recruiter_desktop.services.api_client import normalize_server_url
from recruiter_desktop.shell import FAILED, DemoAccounts, Shell
from recruiter_desktop.store.paths import data_dir as default_data_dir
from recruiter_desktop.views.app_settings import APPLICATION, ORGANISATION, AppSettings

if TYPE_CHECKING:
    from recruiter_desktop.demo import DemoServer

log = logging.getLogger("recruiter.desktop")

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
TRANSLATION = "recruiter_desktop"
LOG_FILE = "recruiter-desktop.log"
INTERRUPTED = 130
_LOCALES = {"en": QLocale.Language.English, "sv": QLocale.Language.Swedish}


@dataclass(frozen=True)
class Options:
    """The command line (DESIGN.md): `[--demo] [--server URL] [--data-dir DIR] [--lang en|sv]
    [--screenshot PNG]`."""

    demo: bool = False
    server: str | None = None
    data_dir: Path | None = None
    lang: str | None = None
    screenshot: Path | None = None


class _WordsOnly(logging.Formatter):
    """The terminal gets the message; the traceback goes to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = None
        plain.exc_text = None
        plain.stack_info = None
        return super().format(plain)


def configure_logging(data_dir: Path | None) -> Path | None:
    """Warnings and errors in words on stderr; everything, with tracebacks, in the log
    file under the data folder. The log file's path, or None when it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(_WordsOnly("recruiter-desktop: %(message)s"))
    root.addHandler(console)
    path = default_data_dir(data_dir) / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError as error:
        log.warning("no log file at %s: %s", path, error.strerror)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


# Qt's messages that say nothing to a user of this app.
_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log like ours (the harmless ones only to the file)."""
    qt_log = logging.getLogger("recruiter.qt")
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or message.startswith(_QT_NOISE):
        qt_log.info("%s", message)
    elif kind == QtMsgType.QtWarningMsg:
        qt_log.warning("%s", message)
    else:
        qt_log.error("%s", message)


def _unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # A bug in a slot: log it in full, tell it in words, and keep the app running.
    log.error(
        "Something went wrong on this computer; the details are in the log.",
        exc_info=(kind, error, tb),
    )


def _loop_error(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    log.error(
        "Something went wrong on this computer (%s); the details are in the log.",
        context.get("message", "an error in the background"),
        exc_info=context.get("exception"),
    )


def language_of(chosen: str) -> str:
    """The language to show: the one chosen ("en"/"sv"), else the system's if translated,
    else English."""
    if chosen in _LOCALES:
        return chosen
    system = QLocale.system().language()
    return next((code for code, lang in _LOCALES.items() if lang == system), "en")


@dataclass
class Translation:
    """The translators installed for a language, and what could not be loaded, in words."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # The locale (number and date formats) before; `remove` puts it back.
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self, app: QCoreApplication) -> None:
        """Take the translators out of the application again."""
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def install_translators(app: QCoreApplication, language: str) -> Translation:
    """Load the app's and Qt's own translations of `language` ("en" holds the English
    plural forms); when one is missing the app shows English, and `problems` says so."""
    installed = Translation(language)
    if QLocale.system().language() != _LOCALES[language]:
        QLocale.setDefault(QLocale(_LOCALES[language]))
    ours = QTranslator(app)
    if ours.load(f"{TRANSLATION}_{language}", str(I18N_DIR)):
        app.installTranslator(ours)
        installed.translators.append(ours)
    else:
        installed.problems.append(f"The {language} translation is missing from {I18N_DIR}.")
    if language != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(_LOCALES[language]), "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            installed.translators.append(qt_own)
    return installed


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APPLICATION)
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationDisplayName("Recruiter")
    QApplication.setDesktopFileName("recruiter-desktop")
    return QApplication([sys.argv[0]])


def _has_display(options: Options) -> bool:
    if options.screenshot is not None or os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_options(options: Options) -> Options:
    """The options made ready to use; ValueError in words when they cannot work."""
    if options.demo and options.server:
        raise ValueError("--demo starts a server of its own: leave out --server.")
    server = normalize_server_url(options.server) if options.server else None
    data_dir = options.data_dir.expanduser().resolve() if options.data_dir else None
    if data_dir is not None:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ValueError(
                f"The data folder {data_dir} cannot be made: {error.strerror}."
            ) from error
    screenshot = options.screenshot.expanduser().resolve() if options.screenshot else None
    if screenshot is not None and not screenshot.parent.is_dir():
        raise ValueError(f"The folder {screenshot.parent} of the screenshot does not exist.")
    if not _has_display(options):
        raise ValueError(
            "There is no display to show the window on (DISPLAY is not set). Run it in a "
            "desktop session, with ssh -X, or as `xvfb-run -a recruiter-desktop`; "
            "--screenshot PNG needs no display."
        )
    return Options(options.demo, server, data_dir, options.lang, screenshot)


def run(options: Options, *, keyring_backend: KeyringBackend | None = None) -> int:
    """Run the app until the user quits; returns the exit status."""
    try:
        options = check_options(options)
    except ValueError as error:
        print(f"recruiter-desktop: {error}", file=sys.stderr)
        return FAILED
    log_file = configure_logging(options.data_dir)
    sys.excepthook = _unexpected
    qInstallMessageHandler(_qt_message)
    if options.screenshot is not None:
        # --screenshot renders offscreen (DESIGN.md): no display is needed, none is shown.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo: DemoServer | None = None
    if options.demo:
        demo = _start_demo(options.data_dir)
        if demo is None:
            return FAILED
    try:
        return _run_app(options, demo, keyring_backend, log_file)
    finally:
        if demo is not None:
            demo.stop()


def _start_demo(data_dir: Path | None) -> "DemoServer | None":
    """The demo's server, started; None when it cannot start (the reason is logged)."""
    # Only demo mode loads the server (FastAPI, SQLAlchemy's models, argon2): imported at
    # the top of this module, it took 1.5 s of a 2 s cold start (benchmarks/cold_start.py).
    from recruiter_desktop.demo import DemoError, DemoServer  # noqa: PLC0415

    demo = DemoServer(data_dir)
    try:
        demo.start()
    except DemoError as error:
        log.error("%s", error)
        return None
    # Where to point `linkedin-sandbox ... --url` (Help > About the demo tells it too).
    where = f"demo ATS server at {demo.url}, LinkedIn sandbox at {demo.sandbox_url}"
    print(f"recruiter-desktop: {where}", flush=True)
    return demo


def _run_app(
    options: Options,
    demo: "DemoServer | None",
    keyring_backend: KeyringBackend | None,
    log_file: Path | None,
) -> int:
    settings = AppSettings.open(options.data_dir or (demo.folder if demo else None))
    app = _application()
    translation = install_translators(app, language_of(options.lang or settings.language))
    for problem in translation.problems:
        log.warning("%s", problem)
    accounts = None
    if demo is not None:
        from recruiter_desktop.demo import (  # noqa: PLC0415 (see _start_demo)
            DEMO_PASSWORD,
            DEMO_USERS,
            FIRST_DEMO_USER,
        )

        accounts = DemoAccounts(
            server=demo.url,
            password=DEMO_PASSWORD,
            users=[(user.email, user.role) for user in DEMO_USERS],
            first=FIRST_DEMO_USER,
            guide=demo.guide,
        )
        # No demo sign-in outlives the demo: nothing goes to the system keyring.
        keyring_backend = null.Keyring()  # type: ignore[no-untyped-call]
    shell = Shell(
        settings,
        server=options.server,
        # The demo's caches live and die with its server's data.
        data_dir=demo.folder if demo else options.data_dir,
        keyring_backend=keyring_backend,
        demo=accounts,
        screenshot=options.screenshot,
    )
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_loop_error)
    # Python sees Ctrl+C only when it runs: a timer gives it the chance.
    signal.signal(signal.SIGINT, lambda *_: shell.stop(INTERRUPTED))
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    try:
        with loop:
            status: int = loop.run_until_complete(shell.run())
    except Exception as error:  # a bug: told in words here, in full in the log
        log.error(
            "The app stopped on an unexpected error; the details are in the log.",
            exc_info=error,
        )
        status = FAILED
    finally:
        wake.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        settings.sync()
    if status == FAILED and log_file is not None:
        print(f"recruiter-desktop: the log is in {log_file}", file=sys.stderr)
    return status

"""The app's settings (QSettings), each declared once here with its type and default.

Preferences (language), what the sign-in remembers (server, e-mail) and the window's state
(geometry, dock and toolbar state, splitters, last page) live apart under their own groups.
With `--data-dir` they live in `settings.ini` there, so tests and the demo never touch the
user's own settings; otherwise where the platform keeps an app's settings.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "settings.ini"
ORGANISATION = "Recruiter"
APPLICATION = "Recruiter Desktop"
LANGUAGES = ("en", "sv")

_SERVER = "sign_in/server"
_EMAIL = "sign_in/email"
_LANGUAGE = "preferences/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_PAGE = "window/page"
_SPLITTERS = "window/splitters/"


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def open(cls, data_dir: Path | None) -> "AppSettings":
        """`<data_dir>/settings.ini` when a data folder is given, else the platform's place."""
        if data_dir is not None:
            path = data_dir / SETTINGS_FILE
            return cls(QSettings(str(path), QSettings.Format.IniFormat))
        return cls(QSettings(ORGANISATION, APPLICATION))

    def _text(self, key: str) -> str:
        value = self.store.value(key, "")
        return value if isinstance(value, str) else ""

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # What the sign-in remembers ------------------------------------------------------------

    @property
    def server(self) -> str:
        """The server last signed in to ("" before the first sign-in)."""
        return self._text(_SERVER)

    @server.setter
    def server(self, url: str) -> None:
        self.store.setValue(_SERVER, url)

    @property
    def email(self) -> str:
        """The e-mail address last signed in with."""
        return self._text(_EMAIL)

    @email.setter
    def email(self, address: str) -> None:
        self.store.setValue(_EMAIL, address)

    # Preferences --------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "en" or "sv" as chosen in User settings; "" follows the system's language."""
        value = self._text(_LANGUAGE)
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        if code not in (*LANGUAGES, ""):
            raise ValueError(f"No translation for the language {code!r}.")
        self.store.setValue(_LANGUAGE, code)

    # The window's state -------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.store.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's docks and toolbars (QMainWindow.saveState)."""
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue(_STATE, value)

    @property
    def page(self) -> str:
        """The key of the page shown last."""
        return self._text(_PAGE)

    @page.setter
    def page(self, key: str) -> None:
        self.store.setValue(_PAGE, key)

    def splitter(self, name: str) -> QByteArray | None:
        """The saved state of the splitter of this object name."""
        return self._bytes(_SPLITTERS + name)

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self.store.setValue(_SPLITTERS + name, value)

    def sync(self) -> None:
        """Write what changed to disk now."""
        self.store.sync()

"""The Qt translations: current with the code, complete, compiled, and loaded by --lang."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recruiter_desktop.app import install_translators, language_of
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.views.status_bar import SyncStatusBar

ROOT = Path(__file__).resolve().parents[3]


def test_the_translations_hold_every_string_of_the_code_translated_and_compiled() -> None:
    checked = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    translation = install_translators(qapp, "sv")
    assert translation.problems == []
    yield
    translation.remove(qapp)


@pytest.mark.usefixtures("swedish")
def test_swedish_is_shown_with_its_plural_forms_and_formats(qtbot: QtBot) -> None:
    assert QCoreApplication.translate("MainWindow", "Talent pools") == "Talangpooler"
    assert QLocale().language() == QLocale.Language.Swedish
    status = SyncStatus()
    bar = SyncStatusBar(status)
    qtbot.addWidget(bar)
    assert bar.sync_label.text() == "Inte synkad än"
    status.set_pending(1)
    assert bar.pending_label.text() == "1 ändring väntar på att skickas"
    status.set_pending(3)
    assert bar.pending_label.text() == "3 ändringar väntar på att skickas"
    status.set_online(True)
    assert bar.online_label.text() == "● Ansluten"
    # Qt's own dialogs' buttons too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_the_language_is_the_chosen_one_else_the_systems_else_english() -> None:
    assert language_of("sv") == "sv"
    assert language_of("en") == "en"
    system = QLocale.system().language()
    assert language_of("") == ("sv" if system == QLocale.Language.Swedish else "en")

"""The Qt translations: current with the code, complete, compiled, and loaded by --lang."""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recruiter_api.enums import JobRoleKind, JobStatus
from recruiter_desktop.app import install_translators, language_of
from recruiter_desktop.services.sync_status import SyncStatus
from recruiter_desktop.views.jobs.job_list import job_columns
from recruiter_desktop.views.jobs.pipeline_table import pipeline_columns
from recruiter_desktop.views.jobs.wording import job_role, job_status
from recruiter_desktop.views.my_jobs import my_job_columns
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


def _hidden_from_lupdate(path: Path) -> list[str]:
    """The tr/translate calls of a file whose context or text is not a literal string:
    lupdate cannot see their text, so it stays English."""
    hidden: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        literal_count = {"tr": 1, "translate": 2}.get(node.func.attr, 0)
        arguments = node.args[:literal_count]
        if literal_count and not (
            len(arguments) == literal_count
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments)
        ):
            hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return hidden


def test_every_string_of_the_views_is_a_literal_lupdate_finds() -> None:
    sources = [*sorted((ROOT / "recruiter_desktop" / "views").rglob("*.py"))]
    sources += [ROOT / "recruiter_desktop" / name for name in ("app.py", "shell.py", "demo.py")]
    assert [line for path in sources for line in _hidden_from_lupdate(path)] == []


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
    # Column headers and enum wordings built outside any QObject.
    assert [c.title for c in job_columns()][:3] == ["Jobb", "Kod", "Status"]
    assert [c.title for c in pipeline_columns()][2] == "Tid i steget"
    assert [c.title for c in my_job_columns()][3] == "Anställda"
    assert job_status(JobStatus.DRAFT) == "Utkast"
    assert job_role(JobRoleKind.RECRUITER) == "Rekryterare"
    # Qt's own dialogs' buttons too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_the_language_is_the_chosen_one_else_the_systems_else_english() -> None:
    assert language_of("sv") == "sv"
    assert language_of("en") == "en"
    system = QLocale.system().language()
    assert language_of("") == ("sv" if system == QLocale.Language.Swedish else "en")

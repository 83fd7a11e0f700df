"""A fixture for tests that read counted words: the English plural forms ("1 change", "2
changes") come from resources/i18n/recruiter_desktop_en.qm, as in the app."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from recruiter_desktop.app import install_translators


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English translation, installed for the test and taken out after it."""
    translation = install_translators(qapp, "en")
    assert translation.problems == []
    yield
    translation.remove(qapp)

"""Admin settings > LinkedIn integration and User settings > LinkedIn against the real ATS
server and LinkedIn sandbox on loopback: the tab's states as the sync brings them (enabled
with its level and first sync, LinkedIn's refusal of an export among the events, disabled by
LinkedIn, disconnected after confirming, a sign-in's error), and a user connecting their own
LinkedIn account in the browser (leaving the wait once), seeing what each feature waits for,
and disconnecting."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from recruiter_api.enums import LinkedInFeature
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.linkedin import IntegrationTab, MyLinkedInSection
from tests.desktop.views.gui import Gui
from tests.desktop.views.linkedin_browser import EVERY, Browser, browser
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import MEMBER_EMAILS, SEATS, STOCKHOLM, LinkedIn, wait_for
from tests.server.live_server import LiveServer

# The LinkedIn tests' fixtures: the sandbox, the ATS server pointed at it, the browser.
__all__ = ["ats", "browser", "li", "linkedin_settings", "sandbox"]


@pytest.fixture
def desktop(gui: Gui, ats: LiveServer, tmp_path: Path) -> "Desktops":
    return Desktops(gui, ats.url, tmp_path)


class Desktops:
    """Users' desktops signed in to the ATS server that talks to the sandbox."""

    def __init__(self, gui: Gui, url: str, data_dir: Path) -> None:
        self.gui, self.url, self.data_dir = gui, url, data_dir

    def of(self, user: str) -> Workspace:
        return self.gui.workspace(self.url, f"{user}@example.org", self.data_dir)

    def synced(self, workspace: Workspace) -> None:
        """A sync round, as the app's engine runs them in the background."""
        self.gui.run(workspace.session.engine.sync_now())


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def confirm(gui: Gui, box: QMessageBox | None, answer: str) -> None:
    """Press the question's button named `answer`."""
    assert box is not None and box.isVisible()
    [button] = [b for b in box.buttons() if b.text() == answer]
    click(button)
    gui.settle()


def details(tab: IntegrationTab) -> list[str]:
    """The lines of the tab's details shown (contract, who connected, when)."""
    values = tab.detail_values.values()
    return [value.text() for value in values if value.isVisibleTo(tab)]


def state_of(li: LinkedIn, state: str) -> None:
    wait_for(f"the server to say {state}", lambda: li.integration()["state"] == state)


def test_the_tab_shows_the_integration_as_the_sync_brings_it(
    qtbot: QtBot, li: LinkedIn, desktop: Desktops
) -> None:
    gui = desktop.gui
    admin = desktop.of("admin")
    tab = IntegrationTab(admin, every=EVERY)
    qtbot.addWidget(tab)
    tab.resize(900, 900)
    tab.show()
    gui.wait_until(lambda: tab.loaded and tab.events.loaded)
    assert tab.title.text() == "Not connected"
    assert tab.events.note.text() == "No events from LinkedIn yet."
    assert not tab.history_bar.isVisible()

    li.set_up("company", STOCKHOLM)
    desktop.synced(admin)
    gui.wait_until(lambda: tab.title.text() == "Enabled (company level)")
    assert "Norrsken Recruiter Stockholm" in details(tab)
    assert "Maja Lindqvist" in details(tab)
    assert any(line.startswith("Admin Tester, on ") for line in details(tab))
    assert "Company-level access (this organisation)" in tab.features.text()
    assert "1-Click Export" in tab.features.text()
    assert "InMail history</b>:" not in tab.features.text()
    assert tab.history_bar.isVisible() and tab.history_bar.value() == tab.history_bar.maximum()
    assert tab.history_text.text().startswith("Done on ")
    assert "The first sync with LinkedIn is done" in tab.history_text.text()
    assert not tab.connect_button.isVisible()

    # LinkedIn refuses an export: nothing changes in the data, the next round shows it.
    member = li.member("Yusuf", "Refused")
    refused = li.exported(member, "Eng engineer", SEATS[("maja", STOCKHOLM)])
    assert refused["outcome"] == "refused"
    desktop.synced(admin)
    gui.wait_until(lambda: len(tab.events.shown) >= 2)
    newest = tab.events.shown[0]
    assert (newest.kind, newest.outcome) == ("1-Click Export", "Refused")
    assert "belongs to no user" in newest.message

    # A Recruiter admin turns the integration off in Recruiter.
    off = li.sandbox.post("/sandbox/integrations/disable", json={"contract": STOCKHOLM})
    assert off.status_code == 200, off.text
    state_of(li, "disabled")
    desktop.synced(admin)
    gui.wait_until(lambda: tab.title.text() == "Disabled by LinkedIn")
    assert "turned the integration off in LinkedIn Recruiter" in tab.next_step.text()
    assert tab.connect_button.text() == "Resume &setup…"
    click(tab.refresh_button)
    gui.wait_until(tab.busy.isHidden)
    assert tab.action_problem.message == ""

    # Disconnect, after saying no once and yes once.
    click(tab.disconnect_button)
    confirm(gui, tab.confirmation, "Cancel")
    assert li.integration()["state"] == "disabled"
    click(tab.disconnect_button)
    assert tab.confirmation is not None
    assert "users' own LinkedIn accounts" in tab.confirmation.informativeText()
    confirm(gui, tab.confirmation, "Disconnect")
    state_of(li, "not_connected")
    desktop.synced(admin)
    gui.wait_until(lambda: tab.title.text() == "Not connected")
    assert details(tab) == [] and tab.connect_button.text() == "&Connect…"

    # A sign-in with an account that holds no Recruiter seat: the tab says what went wrong.
    li.member("Nils", "Noseat", "nils.noseat@example.com")
    start = li.ok(li.post("/integration/connect"))
    assert li.sign_in(start, "nils.noseat@example.com").status_code == 200
    desktop.synced(admin)
    gui.wait_until(tab.problem.isVisible)
    assert "Nils Noseat holds no seat on a LinkedIn Recruiter contract" in tab.problem.text()
    assert tab.title.text() == "Not connected"


def test_a_user_connects_and_disconnects_their_own_linkedin_account(
    qtbot: QtBot, li: LinkedIn, desktop: Desktops, browser: Browser
) -> None:
    gui = desktop.gui
    recruiter = desktop.of("recruiter")
    section = MyLinkedInSection(recruiter, every=EVERY)
    qtbot.addWidget(section)
    section.resize(700, 600)
    section.show()
    gui.wait_until(lambda: section.mine is not None and section.organisation is not None)
    assert section.account.text() == "Your LinkedIn account is not connected."
    profile, inmails = LinkedInFeature.PROFILE_WIDGET, LinkedInFeature.INMAIL_HISTORY
    assert (
        section.feature_status(profile) == "waits for an admin to set up the LinkedIn integration"
    )

    li.set_up("company", STOCKHOLM)
    desktop.synced(recruiter)
    gui.wait_until(lambda: section.feature_status(inmails).startswith("needs contract"))
    assert section.feature_status(profile) == "waits for you: connect your LinkedIn account"
    assert section.feature_status(inmails) == (
        "needs contract-level access, which the organisation does not have"
    )
    assert "waits for you" in section.features.text()

    # Connect, then leave the wait: the section is as it was.
    click(section.connect_button)
    gui.wait_until(lambda: section.browser.waiting.waiting)
    assert browser.urls[-1] == section.browser.url
    assert section.stop_button.isVisible() and not section.connect_button.isVisible()
    click(section.stop_button)
    gui.wait_until(section.connect_button.isVisible)
    assert not section.browser.isVisible() and not section.stop_button.isVisible()

    # Connect again, and sign in as Erik, who holds a seat on the organisation's contract.
    click(section.connect_button)
    gui.wait_until(lambda: section.browser.waiting.waiting)
    browser.sign_in(li, MEMBER_EMAILS["erik"])
    gui.wait_until(lambda: section.connected)
    assert section.account.text().startswith(
        "Connected as Erik Sandberg (erik.sandberg@norrsken.example) since "
    )
    assert section.seat_note.text() == (
        "Your Recruiter seat is on Norrsken Recruiter Stockholm, the organisation's contract."
    )
    assert section.seat_note.toolTip() == SEATS[("erik", STOCKHOLM)]
    assert section.feature_status(profile) == "on"
    assert not section.connect_button.isVisible() and section.disconnect_button.isVisible()

    click(section.disconnect_button)
    confirm(gui, section.confirmation, "Disconnect")
    gui.wait_until(lambda: not section.connected)
    assert section.account.text() == "Your LinkedIn account is not connected."
    assert section.feature_status(profile) == "waits for you: connect your LinkedIn account"

    # Sofia's seat is on the other contract: connected, but nothing can be tied to her.
    click(section.connect_button)
    gui.wait_until(lambda: section.browser.waiting.waiting)
    browser.sign_in(li, MEMBER_EMAILS["sofia"])
    gui.wait_until(lambda: section.connected)
    assert "holds no seat on Norrsken Recruiter Stockholm" in section.seat_note.text()

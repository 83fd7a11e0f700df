"""The LinkedIn setup wizard driven as an admin against the real ATS server and the real
LinkedIn sandbox on loopback: the whole setup at contract level on the second of two
contracts; at company level with a single contract (the contract page skipped), after a
sign-in with an account that holds no seat, cancelled midway twice and resumed each time
at the right page, then run again from its first page; a server without LinkedIn partner
credentials and a LinkedIn that cannot be reached, in words with Try again. The browser
is played by following the URL the wizard opened; the Recruiter admin's enabling is the
sandbox's action."""

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from recruiter_api.enums import LinkedInState
from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.linkedin import IntegrationTab, SetupWizard
from recruiter_desktop.views.linkedin.setup_state import Step
from recruiter_server.app import create_app
from recruiter_server.config import Settings
from recruiter_server.db.engine import Database
from tests.desktop.views.gui import Gui
from tests.desktop.views.linkedin_browser import EVERY, Browser, add_admin_seat, browser
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import ADMIN_EMAIL, OSLO, STOCKHOLM, LinkedIn
from tests.server.live_server import LiveServer
from tests.server.world import World

# The LinkedIn tests' fixtures: the sandbox, the ATS server pointed at it, the browser.
__all__ = ["ats", "browser", "li", "linkedin_settings", "sandbox"]


@pytest.fixture
def admin(gui: Gui, ats: LiveServer, tmp_path: Path) -> Workspace:
    """The admin's desktop, signed in to the ATS server that talks to the sandbox."""
    return gui.workspace(ats.url, "admin@example.org", tmp_path)


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tab(qtbot: QtBot, gui: Gui, workspace: Workspace) -> IntegrationTab:
    tab = IntegrationTab(workspace, every=EVERY)
    qtbot.addWidget(tab)
    tab.resize(900, 800)
    tab.show()
    gui.wait_until(lambda: tab.loaded)
    return tab


def open_wizard(gui: Gui, tab: IntegrationTab) -> SetupWizard:
    """Connect / Resume setup, and the wizard it opens."""
    click(tab.connect_button)
    gui.wait_until(lambda: tab.wizard is not None and tab.wizard.isVisible())
    assert tab.wizard is not None
    return tab.wizard


def at(wizard: SetupWizard, step: Step) -> bool:
    return wizard.step is step


def details(tab: IntegrationTab) -> list[str]:
    """The lines of the tab's details shown (contract, who connected, when)."""
    values = tab.detail_values.values()
    return [value.text() for value in values if value.isVisibleTo(tab)]


def next_page(wizard: SetupWizard) -> None:
    click(wizard.button(QWizard.WizardButton.NextButton))


def synced(gui: Gui, workspace: Workspace) -> None:
    """A sync round, as the app's engine runs them in the background."""
    gui.run(workspace.session.engine.sync_now())


def enable(li: LinkedIn, level: str, contract: str) -> None:
    """The Recruiter admin enables a level in Recruiter's Admin settings > ATS tab."""
    answer = li.sandbox.post(
        "/sandbox/integrations/enable", json={"level": level, "contract": contract}
    )
    assert answer.status_code == 200, answer.text


def test_the_whole_wizard_at_contract_level_on_the_second_of_two_contracts(
    qtbot: QtBot, gui: Gui, li: LinkedIn, browser: Browser, admin: Workspace
) -> None:
    tab = open_tab(qtbot, gui, admin)
    assert tab.title.text() == "Not connected"
    assert tab.connect_button.text() == "&Connect…" and not tab.disconnect_button.isVisible()

    wizard = open_wizard(gui, tab)
    assert at(wizard, Step.BEFORE)
    next_page(wizard)
    sign_in = wizard.sign_in_page
    gui.wait_until(lambda: sign_in.browser.waiting.waiting)
    assert browser.urls and browser.urls[-1] == sign_in.browser.url
    assert "Waiting for you to sign in" in sign_in.browser.waiting.label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # The admin signs in with Maja's account, who holds seats on both contracts.
    browser.sign_in(li, ADMIN_EMAIL)
    gui.wait_until(lambda: wizard.step is Step.CONTRACT)
    contracts = wizard.contract_page
    names = [contracts.contracts.item(r).text() for r in range(contracts.contracts.count())]
    assert names == [
        "Norrsken Recruiter Stockholm (your seat: Admin)",
        "Norrsken Recruiter Oslo (your seat: Admin)",
    ]
    contracts.contracts.setCurrentRow(1)
    next_page(wizard)
    gui.wait_until(lambda: wizard.step is Step.REQUEST)
    assert wizard.integration.contract_urn == OSLO

    request = wizard.request_page
    assert request.box.status.text() == "Status: Not requested"
    assert request.box.contract.text() == "Contract: Norrsken Recruiter Oslo"
    click(request.request)
    gui.wait_until(lambda: wizard.step is Step.PARTNER)
    partner = wizard.partner_page
    assert partner.box.status.text() == "Status: Notify partner"
    # Requested on LinkedIn: there is no going back to before the request.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    click(partner.refresh)  # LinkedIn still shows Notify partner: the page stays
    gui.wait_until(lambda: not partner.busy)
    assert at(wizard, Step.PARTNER)
    click(partner.notify)
    gui.wait_until(lambda: wizard.step is Step.ENABLE)

    waiting = wizard.enable_page
    assert waiting.status.text() == "LinkedIn shows: Partner ready."
    assert "More menu, choose Admin settings, then the ATS tab" in waiting.instructions.text()
    assert "Contract-level access" in waiting.instructions.text()
    gui.wait_until(lambda: waiting.waiting.waiting)
    enable(li, "contract", OSLO)
    gui.wait_until(lambda: wizard.step is Step.SUMMARY, timeout=20)

    summary = wizard.summary_page
    assert summary.state.text() == (
        "Enabled (contract level) on Norrsken Recruiter Oslo, signed in to LinkedIn as "
        "Maja Lindqvist."
    )
    assert "InMail history" in summary.features.text()
    assert "InMail stub profiles" in summary.features.text()
    assert not summary.left_out.isVisible()
    assert summary.history.text().startswith("The first sync with LinkedIn is done")
    click(wizard.button(QWizard.WizardButton.FinishButton))
    gui.wait_until(lambda: tab.wizard is None)

    synced(gui, admin)
    gui.wait_until(lambda: tab.title.text() == "Enabled (contract level)")
    assert tab.rerun_button.isVisible() and not tab.connect_button.isVisible()
    assert "Contract-level access (this organisation)" in tab.features.text()
    gui.wait_until(lambda: bool(tab.events.shown))
    first = tab.events.shown[0]
    assert (first.kind, first.outcome) == ("Status change", "Accepted")


def test_cancelled_midway_the_wizard_resumes_where_the_setup_stands(
    qtbot: QtBot, gui: Gui, li: LinkedIn, browser: Browser, admin: Workspace
) -> None:
    add_admin_seat(li, "Per", "Admin", "per.admin@norrsken.example", STOCKHOLM)
    li.member("Nils", "Noseat", "nils.noseat@example.com")
    tab = open_tab(qtbot, gui, admin)
    wizard = open_wizard(gui, tab)
    next_page(wizard)
    sign_in = wizard.sign_in_page
    gui.wait_until(lambda: sign_in.browser.waiting.waiting)

    # An account without a Recruiter seat: the page says so, and how to go on.
    browser.sign_in(li, "nils.noseat@example.com")
    gui.wait_until(lambda: sign_in.problem.message != "")
    assert "holds no seat on a LinkedIn Recruiter contract" in sign_in.problem.message
    assert sign_in.problem.button.text() == "Sign in again"
    opened = len(browser.urls)
    click(sign_in.problem.button)
    gui.wait_until(lambda: len(browser.urls) > opened and sign_in.browser.waiting.waiting)

    # Per holds a seat on one contract only: the contract page is skipped.
    browser.sign_in(li, "per.admin@norrsken.example")
    gui.wait_until(lambda: wizard.step is Step.REQUEST)
    assert Step.CONTRACT not in wizard.visitedIds()
    assert sign_in.result.text() == "Signed in to LinkedIn as Per Admin."
    request = wizard.request_page
    click(request.request)
    gui.wait_until(lambda: wizard.step is Step.PARTNER)

    # Cancel: the wizard closes, and the tab shows where the setup stands.
    click(wizard.button(QWizard.WizardButton.CancelButton))
    gui.wait_until(lambda: tab.wizard is None)
    synced(gui, admin)
    gui.wait_until(lambda: tab.title.text() == "Notify partner")
    assert "then Notify partner" in tab.next_step.text()
    assert tab.connect_button.text() == "Resume &setup…"
    assert "Norrsken Recruiter Stockholm" in details(tab)

    wizard = open_wizard(gui, tab)
    assert at(wizard, Step.PARTNER)
    partner = wizard.partner_page
    click(partner.notify)
    gui.wait_until(lambda: wizard.step is Step.ENABLE)
    waiting = wizard.enable_page
    gui.wait_until(lambda: waiting.waiting.waiting)
    # Cancel leaves the wait at once.
    click(wizard.button(QWizard.WizardButton.CancelButton))
    assert not waiting.busy and not waiting.waiting.waiting
    gui.wait_until(lambda: tab.wizard is None)
    synced(gui, admin)
    gui.wait_until(lambda: tab.title.text() == "Partner ready")
    assert "More > Admin settings > ATS tab" in tab.next_step.text()

    # The Recruiter admin enables company level while nobody waits; the wizard reopened
    # finds the setup further on than it left it.
    wizard = open_wizard(gui, tab)
    assert at(wizard, Step.ENABLE)
    enable(li, "company", STOCKHOLM)
    gui.wait_until(lambda: wizard.step is Step.SUMMARY, timeout=20)
    summary = wizard.summary_page
    assert summary.state.text().startswith("Enabled (company level) on Norrsken Recruiter")
    assert summary.left_out.isVisible()
    assert "InMail history, Notes history, InMail stub profiles" in summary.left_out.text()
    click(wizard.button(QWizard.WizardButton.FinishButton))
    synced(gui, admin)
    gui.wait_until(lambda: tab.title.text() == "Enabled (company level)")

    # Run again: from the first page, sign in again, the first sync again, the summary.
    click(tab.rerun_button)
    gui.wait_until(lambda: tab.wizard is not None and tab.wizard.isVisible())
    rerun = tab.wizard
    assert rerun is not None and at(rerun, Step.BEFORE)
    before = rerun.before_page
    assert before.rerun_note.isVisible()
    next_page(rerun)
    rerun_sign_in = rerun.sign_in_page
    gui.wait_until(lambda: rerun_sign_in.browser.waiting.waiting)
    browser.sign_in(li, "per.admin@norrsken.example")
    gui.wait_until(lambda: at(rerun, Step.SUMMARY), timeout=20)
    assert Step.HISTORY in rerun.visitedIds()
    assert rerun.integration.state is LinkedInState.ENABLED
    click(rerun.button(QWizard.WizardButton.FinishButton))


def test_without_linkedin_partner_credentials_the_wizard_names_the_settings(
    qtbot: QtBot, gui: Gui, server: LiveServer, world: World, tmp_path: Path
) -> None:
    admin = gui.workspace(server.url, "admin@example.org", tmp_path)
    tab = open_tab(qtbot, gui, admin)
    wizard = open_wizard(gui, tab)
    next_page(wizard)
    sign_in = wizard.sign_in_page
    gui.wait_until(lambda: sign_in.problem.message != "")
    assert "RECRUITER_LINKEDIN_CLIENT_ID" in sign_in.problem.message
    assert "RECRUITER_LINKEDIN_CLIENT_SECRET" in sign_in.problem.message
    assert sign_in.problem.button.text() == "Try again"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(wizard.button(QWizard.WizardButton.CancelButton))
    gui.wait_until(lambda: tab.wizard is None)


@pytest.fixture
def unreachable(linkedin_settings: Settings, db: Database, world: World) -> Iterator[LiveServer]:
    """The ATS server with LinkedIn on a port nobody listens on (no retries: it fails at
    once)."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}"
    settings = linkedin_settings.model_copy(
        update={"linkedin_base_url": nowhere, "linkedin_max_retries": 0}
    )
    with LiveServer(create_app(settings, db)) as server:
        yield server


def test_with_linkedin_unreachable_the_wizard_says_so_and_tries_again(
    qtbot: QtBot, gui: Gui, unreachable: LiveServer, tmp_path: Path
) -> None:
    admin = gui.workspace(unreachable.url, "admin@example.org", tmp_path)
    tab = open_tab(qtbot, gui, admin)
    wizard = open_wizard(gui, tab)
    next_page(wizard)
    sign_in = wizard.sign_in_page
    gui.wait_until(lambda: sign_in.problem.message != "")
    assert "LinkedIn cannot be reached" in sign_in.problem.message
    assert "then try again" in sign_in.problem.message
    click(sign_in.problem.button)  # Try again: asked again, the same answer
    gui.wait_until(lambda: sign_in.problem.message != "" and not sign_in.busy)
    assert "LinkedIn cannot be reached" in sign_in.problem.message
    click(wizard.button(QWizard.WizardButton.CancelButton))
    gui.wait_until(lambda: tab.wizard is None)

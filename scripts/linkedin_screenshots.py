"""The screenshots of the LinkedIn setup in docs/ (shown in README.md), taken offscreen
against the demo and its LinkedIn sandbox, walking the setup as an admin does it.

    .venv/bin/python scripts/linkedin_screenshots.py [--out docs] [--lang en|sv]

- linkedin-wizard-1-before.png ... linkedin-wizard-8-summary.png: each page of the setup
  wizard (the first full sync's page when the sync is still running as the wizard reaches it);
- linkedin-tab-not-connected.png, -notify-partner.png, -partner-ready.png, -enabled.png,
  -disabled.png: Admin settings > LinkedIn integration in each of those states;
- linkedin-user-settings.png: the recruiter's User settings with their own LinkedIn account
  connected.

The browser's part is played by following the wizard's sign-in address with httpx and
answering the sandbox's sign-in page; the Recruiter admin's part is the sandbox's enable
action. Nothing of the user's own settings or keyring is touched.
"""

import asyncio
import os
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import httpx
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget, QWizard
from shots import open_window, run, save, until

from recruiter_api.enums import LinkedInLevel, LinkedInState
from recruiter_desktop.demo import DemoServer
from recruiter_desktop.views.linkedin import IntegrationTab, MyLinkedInSection, SetupWizard
from recruiter_desktop.views.linkedin.setup_state import Step
from recruiter_desktop.views.linkedin.wording import WORDS
from recruiter_desktop.views.main_window import MainWindow
from recruiter_desktop.views.settings_pages import AdminSettingsPage, UserSettingsPage
from recruiter_server.demo import names

SIZE = (1280, 900)
CONTRACT = "Norrsken Recruiter Stockholm"
# The wizard and the tab wait on the server all the time: take the picture once drawn.
PATIENCE = 1.0


class Browser(QObject):
    """Stands in for the system browser: keeps the addresses the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def sign_in(sandbox_url: str, url: str, member: str) -> None:
    """Answer LinkedIn's sign-in page at `url` as `member`, and follow LinkedIn's redirect
    back to the ATS server, as a browser does."""
    fields = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    with httpx.Client(base_url=sandbox_url, timeout=30) as linkedin:
        decision = linkedin.post(
            "/oauth/v2/authorization", data={**fields, "member": member, "decision": "allow"}
        )
    if decision.status_code != 302:
        raise SystemExit(f"linkedin_screenshots: the sign-in was refused: {decision.text}")
    back = httpx.get(decision.headers["location"], headers={"Accept": "text/html"}, timeout=30)
    if back.status_code != 200:
        raise SystemExit(f"linkedin_screenshots: the server refused the sign-in: {back.text}")


def sandbox_action(sandbox_url: str, path: str, body: dict[str, str]) -> None:
    """What a Recruiter admin does in LinkedIn Recruiter (enable, disable)."""
    answer = httpx.post(f"{sandbox_url}{path}", json=body, timeout=30)
    if answer.status_code >= 300:
        raise SystemExit(f"linkedin_screenshots: {path} was refused: {answer.text}")


class Shooter:
    """The demo, the pictures' folder, and the windows open."""

    def __init__(self, demo: DemoServer, out: Path, folder: Path) -> None:
        self.demo = demo
        self.out = out
        self.folder = folder
        self.browser = Browser()
        for scheme in ("http", "https"):
            # PySide6 takes the slot's name as str; its stub says bytes.
            QDesktopServices.setUrlHandler(scheme, self.browser, "open")  # type: ignore[arg-type]

    async def window(self, email: str) -> MainWindow:
        return await open_window(self.demo, email, self.folder, SIZE)

    async def save(self, widget: QWidget, name: str) -> None:
        await save(widget, self.out / name, patience=PATIENCE)

    async def tab_in(self, window: MainWindow, tab: IntegrationTab, state: str, name: str) -> None:
        """The tab once a sync brought `state` (its title), pictured in the window."""
        await window.workspace.session.engine.sync_now()
        await until(f"the tab to show {state}", lambda: tab.title.text() == state)
        await self.save(window, name)

    async def shoot(self) -> None:
        admin = await self.window(names.DEMO_ADMIN)
        page = admin.go("admin")
        if not isinstance(page, AdminSettingsPage):
            raise SystemExit("linkedin_screenshots: Admin settings is not where it should be")
        tab = page.linkedin
        await until("the tab", lambda: tab.loaded)
        await self.save(admin, "linkedin-tab-not-connected.png")
        await self.walk(admin, tab)
        enabled = WORDS.state(LinkedInState.ENABLED, LinkedInLevel.CONTRACT)
        await self.tab_in(admin, tab, enabled, "linkedin-tab-enabled.png")

        recruiter = await self.window(names.DEMO_RECRUITER)
        settings = recruiter.go("settings")
        if not isinstance(settings, UserSettingsPage):
            raise SystemExit("linkedin_screenshots: User settings is not where it should be")
        await self.connect_own(settings.linkedin, names.DEMO_RECRUITER)
        await self.save(recruiter, "linkedin-user-settings.png")
        recruiter.close()

        sandbox_action(self.demo.sandbox_url, "/sandbox/integrations/disable", {})
        service = admin.workspace.linkedin
        deadline = time.monotonic() + 30
        while (await service.integration()).state is not LinkedInState.DISABLED:
            if time.monotonic() > deadline:
                raise SystemExit("linkedin_screenshots: LinkedIn did not disable the integration")
            await asyncio.sleep(0.2)
        disabled = WORDS.state(LinkedInState.DISABLED)
        await self.tab_in(admin, tab, disabled, "linkedin-tab-disabled.png")
        admin.close()

    async def walk(self, window: MainWindow, tab: IntegrationTab) -> SetupWizard:
        """The setup wizard, page by page, with the tab behind it at each stop."""
        tab.resume()
        await until("the wizard", lambda: tab.wizard is not None and tab.wizard.isVisible())
        wizard = tab.wizard
        if wizard is None:
            raise SystemExit("linkedin_screenshots: the wizard did not open")
        await self.save(wizard, "linkedin-wizard-1-before.png")
        wizard.next()
        await until("the browser", lambda: bool(self.browser.urls))
        await self.save(wizard, "linkedin-wizard-2-sign-in.png")
        await asyncio.to_thread(
            sign_in, self.demo.sandbox_url, self.browser.urls[-1], names.DEMO_ADMIN
        )
        await until("the contracts", lambda: wizard.step is Step.CONTRACT)
        contracts = wizard.contract_page
        await self.save(wizard, "linkedin-wizard-3-contract.png")
        for row in range(contracts.contracts.count()):
            if contracts.contracts.item(row).text().startswith(CONTRACT):
                contracts.contracts.setCurrentRow(row)
        wizard.next()
        await until("the request", lambda: wizard.step is Step.REQUEST)
        await self.save(wizard, "linkedin-wizard-4-request.png")
        wizard.request_page.request.click()
        await until("Notify partner", lambda: wizard.step is Step.PARTNER)
        await self.save(wizard, "linkedin-wizard-5-partner.png")
        notify = WORDS.state(LinkedInState.REQUESTED)
        await self.tab_in(window, tab, notify, "linkedin-tab-notify-partner.png")
        wizard.partner_page.notify.click()
        await until("Partner ready", lambda: wizard.step is Step.ENABLE)
        await self.save(wizard, "linkedin-wizard-6-enable.png")
        ready = WORDS.state(LinkedInState.PARTNER_READY)
        await self.tab_in(window, tab, ready, "linkedin-tab-partner-ready.png")
        sandbox_action(self.demo.sandbox_url, "/sandbox/integrations/enable", {"level": "contract"})
        await until("the sync", lambda: wizard.step in (Step.HISTORY, Step.SUMMARY))
        if wizard.step is Step.HISTORY:
            await self.save(wizard, "linkedin-wizard-7-history.png")
        await until("the summary", lambda: wizard.step is Step.SUMMARY, within=120)
        await self.save(wizard, "linkedin-wizard-8-summary.png")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard

    async def connect_own(self, section: MyLinkedInSection, member: str) -> None:
        """The user connects their own LinkedIn account from User settings."""
        await until("the connection", lambda: section.mine is not None)
        opened = len(self.browser.urls)
        section.connect_account()
        await until("the browser", lambda: len(self.browser.urls) > opened)
        await asyncio.to_thread(sign_in, self.demo.sandbox_url, self.browser.urls[-1], member)
        await until("the account", lambda: section.connected)


async def _shoot(out: Path, folder: Path) -> None:
    with DemoServer(folder) as demo:
        await Shooter(demo, out, folder).shoot()


def main() -> int:
    return run("Take the LinkedIn screenshots of docs/.", _shoot)


if __name__ == "__main__":
    sys.exit(main())

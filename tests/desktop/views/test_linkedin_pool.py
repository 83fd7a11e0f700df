"""The system LinkedIn talent pool driven as a user, against the real ATS server and the real
LinkedIn sandbox: it says where its candidates come from and what it waits for, lists the
InMail stub profiles (name, and e-mail address only when shared), and opens one in the
candidate pane."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from recruiter_desktop.views.candidate_pane import CandidatePane
from recruiter_desktop.views.pools_page import EMAIL_COLUMN, PoolsPage
from tests.desktop.views.gui import Gui
from tests.desktop.views.live_org import gui_fixture
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import OSLO, SEATS, LinkedIn
from tests.server.live_server import LiveServer

# The LinkedIn tests' fixtures (the sandbox, the ATS server pointed at it) and the harness.
__all__ = ["ats", "gui_fixture", "li", "linkedin_settings", "sandbox"]


def rows(page: PoolsPage) -> list[tuple[str, str]]:
    """(name, e-mail) of each member row."""
    model = page.members
    return [
        (str(model.index(r, 0).data()), str(model.index(r, EMAIL_COLUMN).data()))
        for r in range(model.rowCount())
    ]


def shares(li: LinkedIn, member: str, *, email: bool) -> None:
    """The member answers Sofia's InMail and shares their profile (with or without e-mail)."""
    sofia = SEATS[("sofia", OSLO)]
    inmail = {"member": member, "body": "Hi", "seat": sofia}
    assert li.sandbox.post("/sandbox/inmails", json=inmail).status_code == 201
    share = {"member": member, "seat": sofia, "shareEmail": email}
    assert li.sandbox.post("/sandbox/profile-shares", json=share).status_code == 201


def test_the_linkedin_pool_lists_shared_stub_profiles_says_where_they_come_from_and_opens_one(
    qtbot: QtBot, gui: Gui, li: LinkedIn, ats: LiveServer, tmp_path: Path
) -> None:
    stina = li.member("Stina", "Shared", "stina.shared@example.com")
    olle = li.member("Olle", "Private", "olle.private@example.com")
    workspace = gui.workspace(ats.url, "recruiter@example.org", tmp_path)
    page = PoolsPage(workspace)
    pane = CandidatePane(workspace)
    page.candidate_opened.connect(pane.show_candidate)
    for widget in (page, pane):
        qtbot.addWidget(widget)
        widget.show()
    page.resize(1100, 600)
    gui.wait_until(lambda: page.pool is not None and page.pool.is_system)
    gui.wait_until(lambda: "once the LinkedIn integration is connected" in page.empty.text())
    assert "InMail stub profiles" in page.read_only.text()
    assert "Your organisation has not connected LinkedIn Recruiter yet" in page.read_only.text()

    li.set_up("company", OSLO)
    gui.run(workspace.session.engine.sync_now())
    gui.wait_until(lambda: "need contract-level access" in page.read_only.text())
    assert "fills at contract-level access" in page.empty.text()

    # The Recruiter admin moves up to contract level.
    enabled = li.ok(li.sandbox.post("/sandbox/integrations/enable", json={"level": "contract"}))
    li.event(enabled["event"])
    li.history_done("contract")
    shares(li, stina, email=True)
    shares(li, olle, email=False)
    li.ok(li.post("/integration/pull"))
    gui.run(workspace.session.engine.sync_now())
    gui.wait_until(lambda: page.members.rowCount() == 2)
    assert sorted(rows(page)) == [
        ("Olle Private", "Not shared"),
        ("Stina Shared", "stina.shared@example.com"),
    ]
    assert "every two hours (last: " in page.read_only.text()
    assert page.pool is not None and page.pool.members == 2
    assert not page.adder.isVisible() and not page.remove_button.isVisible()
    assert not page.table.isColumnHidden(EMAIL_COLUMN)

    stina_row = next(r for r, (name, _) in enumerate(rows(page)) if name == "Stina Shared")
    page.table.setCurrentIndex(page.members.index(stina_row, 0))
    gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)
    assert pane.header.name.text() == "Stina Shared"
    assert pane.header.email.value() == "stina.shared@example.com"

"""The candidate pane's LinkedIn tab driven as a user, against the real ATS server and the real
LinkedIn sandbox on loopback: what it says before the organisation and the user connect, the
three matching outcomes, link and unlink (with the confirmation), save to a Recruiter project,
company level (the contract-only sections explained) and contract level (InMail privacy:
other people's InMails as who and when, never their text), online and offline (server
stopped: what the cache kept, and it says so)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.candidate.linkedin.history import InMailCard, LinkedInNoteCard
from recruiter_desktop.views.candidate.linkedin_tab import LinkedInTab
from recruiter_desktop.views.candidate_pane import CandidatePane
from tests.desktop.views.gui import Gui
from tests.desktop.views.live_org import gui_fixture
from tests.server.linkedin.conftest import ats, li, linkedin_settings, sandbox
from tests.server.linkedin.flows import MEMBER_EMAILS, OSLO, SEATS, LinkedIn
from tests.server.live_server import LiveServer

# The LinkedIn tests' fixtures (the sandbox, the ATS server pointed at it) and the harness.
__all__ = ["ats", "gui_fixture", "li", "linkedin_settings", "sandbox"]


def open_tab(qtbot: QtBot, gui: Gui, workspace: Workspace, li: LinkedIn, who: str) -> CandidatePane:
    """The candidate pane on `who`'s LinkedIn tab."""
    pane = CandidatePane(workspace)
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    choose(gui, pane, li, who)
    return pane


def choose(gui: Gui, pane: CandidatePane, li: LinkedIn, who: str) -> None:
    pane.show_candidate(str(li.world.candidates[who].id))
    gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)
    pane.tabs.setCurrentWidget(pane.linkedin)
    gui.wait_until(lambda: settled(pane.linkedin))


def settled(tab: LinkedInTab) -> bool:
    """The tab shows the cache as read for its candidate, and the server's answer if asked."""
    return tab.cached is not None and not tab.looking_up


def texts(tab: LinkedInTab) -> str:
    """Every text the tab shows, one per line."""
    return "\n".join(label.text() for label in tab.findChildren(QLabel) if label.isVisible())


def cached_name(tab: LinkedInTab) -> str | None:
    """The name of the candidate's linked member as the cache holds it."""
    link = tab.cached.link if tab.cached is not None else None
    return link.name if link is not None else None


def card_text(card: QWidget) -> str:
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def sync(gui: Gui, workspace: Workspace) -> None:
    gui.run(workspace.session.engine.sync_now())


def workspace_of(gui: Gui, ats: LiveServer, user: str, tmp_path: Path) -> Workspace:
    return gui.workspace(ats.url, f"{user}@example.org", tmp_path / user)


def test_company_level_matching_outcomes_link_unlink_projects_and_offline(
    qtbot: QtBot, gui: Gui, li: LinkedIn, ats: LiveServer, tmp_path: Path
) -> None:
    li.member(
        "Alice", "Candidate", "alice@example.net", currentTitle="Engineer", currentCompany="Spotify"
    )
    li.member("Carol", "Candidate", headline="Designer in Oslo")
    li.member("Carol", "Candidate", headline="Engineer in Malmö")
    workspace = workspace_of(gui, ats, "recruiter", tmp_path)
    pane = open_tab(qtbot, gui, workspace, li, "alice")
    tab = pane.linkedin
    # Nothing set up yet: who acts, and where.
    assert "Your organisation has not connected LinkedIn Recruiter yet" in texts(tab)
    assert "An admin does that in Admin settings > LinkedIn integration" in texts(tab)
    assert not tab.inmails.isVisible()

    li.set_up("company")
    sync(gui, workspace)
    gui.wait_until(lambda: settled(tab) and tab.answer is not None)
    assert "Connect your own LinkedIn account" in tab.notice.text()
    assert "User settings > LinkedIn" in tab.notice.text()

    li.connect_user("recruiter", MEMBER_EMAILS["erik"])
    tab.refresh()
    gui.wait_until(lambda: settled(tab) and bool(tab.profile_cards))
    # An exact match on the e-mail address: the profile, linked on the server by itself.
    [card] = tab.profile_cards
    assert card.name.text() == "Alice Candidate"
    assert "Engineer at Spotify" in texts(tab)
    assert card.link.target.startswith("http")
    assert "matched the e-mail address exactly" in card.how.text()
    assert not tab.notice.isVisible()
    # Company level: the contract-only sections say what they need.
    assert "InMail history needs contract-level access" in texts(tab)
    assert "Notes history needs contract-level access" in texts(tab)
    sync(gui, workspace)  # the tab asked for it: the link reaches the cache
    gui.wait_until(lambda: tab.cached is not None and tab.cached.link is not None)
    gui.wait_until(
        lambda: bool(tab.profile_cards) and tab.profile_cards[0].unlink_button.isEnabled()
    )

    # Save to a Recruiter project, chosen among the user's projects.
    tab.profile_cards[0].save_button.click()
    dialog = tab.project_dialog
    assert dialog is not None
    gui.wait_until(lambda: dialog.projects.count() > 0)
    project = dialog.projects.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)
    assert project  # the project's accessible name: its name
    dialog.save_button.click()
    gui.wait_until(tab.message.isVisible)
    assert tab.message.text() == f"Saved Alice Candidate to the Recruiter project {project}."

    # Unlink, once confirmed: waiting to sync, then LinkedIn no longer matches by itself.
    tab.profile_cards[0].unlink_button.click()
    question = tab.unlink_question
    assert question is not None
    assert "Unlink Alice Candidate from the LinkedIn profile of Alice Candidate?" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    gui.settle()
    assert tab.profile_cards and tab.cached is not None and tab.cached.link is not None
    tab.profile_cards[0].unlink_button.click()
    assert tab.unlink_question is not None
    tab.unlink_question.button(QMessageBox.StandardButton.Yes).click()
    gui.wait_until(lambda: "Unlinked on this computer" in texts(tab))
    assert not tab.profile_cards
    sync(gui, workspace)
    gui.wait_until(lambda: "No match found on LinkedIn" in texts(tab))

    # Members with the candidate's name: link one; shown at once, marked until synced.
    choose(gui, pane, li, "carol")
    gui.wait_until(lambda: len(tab.suggestion_cards) == 2)
    assert "2 member(s) have the same name" in texts(tab)
    oslo = next(c for c in tab.suggestion_cards if c.profile.headline == "Designer in Oslo")
    oslo.link_button.click()
    gui.wait_until(lambda: bool(tab.profile_cards) and tab.profile_cards[0].waiting.isVisible())
    assert tab.profile_cards[0].profile.headline == "Designer in Oslo"
    assert not tab.suggestion_cards
    sync(gui, workspace)
    gui.wait_until(lambda: bool(tab.profile_cards) and not tab.profile_cards[0].waiting.isVisible())
    gui.wait_until(lambda: "Linked by Recruiter Tester" in tab.profile_cards[0].how.text())
    sync(gui, workspace)  # the tab asked for it: the profile as read, kept for offline use
    gui.wait_until(lambda: cached_name(tab) == "Carol Candidate")

    # No member at all.
    choose(gui, pane, li, "dave")
    gui.wait_until(lambda: "No match found on LinkedIn" in texts(tab))
    assert not tab.profile_cards and not tab.suggestion_cards

    # The server stops: Carol's link as the cache kept it, and the tab says it is offline.
    ats.__exit__(None, None, None)
    choose(gui, pane, li, "carol")
    gui.wait_until(tab.notice.isVisible)
    assert tab.notice.text().startswith("Offline: the server cannot be reached.")
    [card] = tab.profile_cards
    assert (card.name.text(), card.profile.headline) == ("Carol Candidate", "Designer in Oslo")
    assert not card.save_button.isEnabled()
    assert "needs the server" in card.refusal.text()
    assert "InMail history needs contract-level access" in texts(tab)
    choose(gui, pane, li, "dave")
    gui.wait_until(lambda: "is not linked to a LinkedIn profile on this computer" in texts(tab))


def test_contract_level_history_keeps_other_peoples_inmails_private_online_and_offline(
    qtbot: QtBot, gui: Gui, li: LinkedIn, ats: LiveServer, tmp_path: Path
) -> None:
    alice_member = li.member("Alice", "Candidate", "alice@example.net")
    li.set_up("contract", OSLO)
    li.connect_user("recruiter", MEMBER_EMAILS["sofia"])
    sofia, maja = SEATS[("sofia", OSLO)], SEATS[("maja", OSLO)]
    for seat, text in ((sofia, "Hej Alice, from Sofia"), (maja, "Hello Alice, from Maja")):
        body = {
            "member": alice_member,
            "body": text,
            "subject": f"A role ({text[:3]})",
            "seat": seat,
        }
        assert li.sandbox.post("/sandbox/inmails", json=body).status_code == 201
    for text, shared in (("Great fit for eng.", True), ("Private thoughts.", False)):
        made = {"member": alice_member, "note": text, "seat": maja, "shared": shared}
        assert li.sandbox.post("/sandbox/notes", json=made).status_code == 201
    li.ok(li.post("/integration/pull"))

    workspace = workspace_of(gui, ats, "recruiter", tmp_path)
    pane = open_tab(qtbot, gui, workspace, li, "alice")
    tab = pane.linkedin
    gui.wait_until(lambda: bool(tab.profile_cards))
    # Linked just now by LinkedIn's exact match: the history arrives with the next sync.
    assert "InMails show here once Alice Candidate is linked" in texts(tab)
    sync(gui, workspace)
    gui.wait_until(lambda: len(tab.inmails.cards()) == 2 and len(tab.notes.cards()) == 1)

    shown = texts(tab)
    cards = [c for c in tab.inmails.cards() if isinstance(c, InMailCard)]
    mine = next(c for c in cards if c.entry.full)
    theirs = next(c for c in cards if not c.entry.full)
    assert "You to Alice Candidate" in card_text(mine)
    assert "Hej Alice, from Sofia" in shown and "A role (Hej)" in shown
    assert "Maja Lindqvist to Alice Candidate" in card_text(theirs)
    assert "Only Maja Lindqvist reads the messages of this conversation." in shown
    assert "Hello Alice, from Maja" not in shown and "A role (Hel)" not in shown
    [note] = [c for c in tab.notes.cards() if isinstance(c, LinkedInNoteCard)]
    assert note.note.text == "Great fit for eng." and "Maja Lindqvist" in shown
    assert "Private thoughts." not in shown
    assert "contract-level access" not in shown

    # Offline: the same history from the cache, and the tab says it is offline.
    ats.__exit__(None, None, None)
    tab.refresh()
    gui.wait_until(tab.notice.isVisible)
    assert "Offline" in tab.notice.text()
    gui.wait_until(lambda: len(tab.inmails.cards()) == 2 and len(tab.notes.cards()) == 1)
    assert "Hej Alice, from Sofia" in texts(tab)
    assert "Hello Alice, from Maja" not in texts(tab)
    assert tab.profile_cards and tab.profile_cards[0].name.text() == "Alice Candidate"

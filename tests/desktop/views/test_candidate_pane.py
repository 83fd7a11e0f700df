"""The candidate pane driven as a user, against the real server on loopback: applications
with their history, notes written offline, interview feedback, the pool menu."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desktop.services.workspace import Workspace
from recruiter_desktop.views.candidate.applications_tab import ApplicationCard
from recruiter_desktop.views.candidate.cards import CardColumn
from recruiter_desktop.views.candidate.notes_tab import NoteCard
from recruiter_desktop.views.candidate.pills import Pill
from recruiter_desktop.views.candidate_pane import CandidatePane
from recruiter_desktop.views.main_window import PANE_MINIMUM_WIDTH
from recruiter_server.db.models import Application, Feedback, Note, PoolMember
from tests.desktop.views.live_org import (  # noqa: F401 (fixtures)
    LiveOrg,
    gui_fixture,
    org_fixture,
)
from tests.server.live_server import LiveServer


def open_pane(qtbot: QtBot, org: LiveOrg, workspace: Workspace, candidate: str) -> CandidatePane:
    pane = CandidatePane(workspace)
    qtbot.addWidget(pane)
    pane.resize(640, 800)
    pane.show()
    pane.show_candidate(str(org.world.candidates[candidate].id))
    org.gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)
    return pane


def application_cards(pane: CandidatePane) -> dict[str, ApplicationCard]:
    return {
        card.title.text(): card
        for card in pane.applications.cards()
        if isinstance(card, ApplicationCard)
    }


def test_the_pane_shows_each_application_with_its_history_and_who_moved_it(
    qtbot: QtBot, org: LiveOrg
) -> None:
    world = org.world
    carol_eng = world.app("carol", "eng")
    offer = world.stages["eng"]["Offer"]
    org.call(
        "hm", "POST", f"/api/v1/applications/{carol_eng.id}/move", json={"stage_id": str(offer.id)}
    )
    workspace = org.workspace("recruiter")
    pane = CandidatePane(workspace)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.stack.currentWidget() is pane.empty

    pane.show_candidate(str(world.candidates["carol"].id))
    org.gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)

    assert pane.header.name.text() == "Carol Candidate"
    assert pane.header.headline.text() == "Engineer"
    assert not pane.header.email.isVisible()  # carol has no e-mail address
    assert pane.tabs.tabText(0) == "Applications (2)"
    by_job = application_cards(pane)
    assert set(by_job) == {"Eng engineer", "Sales engineer"}
    eng = by_job["Eng engineer"]
    assert eng.status.text() == "Active"
    assert eng.stage.text().startswith("Offer · ")
    steps = [step.split(", ")[:2] for step in eng.history_steps().splitlines()]
    assert steps == [
        ["Added to Interview", "Recruiter Tester"],
        ["Moved from Interview to Offer", "Hm Tester"],
    ]

    # Someone else writes a note: the pane follows the sync without being asked.
    org.call(
        "hm",
        "POST",
        "/api/v1/notes",
        json={"candidate_id": str(world.candidates["carol"].id), "body": "Asked for May."},
    )
    org.sync(workspace)
    org.gui.wait_until(lambda: pane.tabs.tabText(1) == "Notes (1)")
    [note] = pane.notes.notes()
    assert note.text.text() == "Asked for May."
    assert not note.pending


def test_a_note_written_while_the_server_is_down_shows_at_once_and_reaches_it_later(
    qtbot: QtBot, org: LiveOrg
) -> None:
    workspace = org.workspace("recruiter")
    pane = open_pane(qtbot, org, workspace, "alice")
    org.server.__exit__(None, None, None)  # the server goes away

    pane.write_note()  # Ctrl+Shift+N
    assert pane.tabs.currentWidget() is pane.notes
    QTest.keyClicks(pane.notes.editor, "Available from March")
    QTest.keyClick(pane.notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def newest() -> NoteCard:
        return pane.notes.notes()[0]

    org.gui.wait_until(lambda: newest().text.text() == "Available from March")
    assert newest().pending
    assert pane.notes.editor.toPlainText() == ""
    assert [n.text.text() for n in pane.notes.notes()] == [
        "Available from March",
        "Strong portfolio.",
    ]
    org.sync(workspace)  # still offline: nothing lost, still waiting
    assert newest().pending

    with LiveServer(org.server.app, port=org.server.port):
        org.sync(workspace)
        org.gui.wait_until(lambda: not newest().pending)
    alice = org.world.candidates["alice"].id
    with org.db.read_session() as s:
        bodies = set(s.scalars(select(Note.body).where(Note.candidate_id == alice)))
    assert bodies == {"Available from March", "Strong portfolio."}
    assert newest().text.text() == "Available from March"


def test_an_empty_note_is_refused_in_words(qtbot: QtBot, org: LiveOrg) -> None:
    pane = open_pane(qtbot, org, org.workspace("recruiter"), "bob")
    pane.write_note()
    QTest.keyClicks(pane.notes.editor, "   ")
    QTest.mouseClick(pane.notes.add_button, Qt.MouseButton.LeftButton)
    assert pane.notes.error.isVisible()
    assert "empty" in pane.notes.error.text()
    assert len(pane.notes.notes()) == 1


def test_an_interviewer_submits_feedback_and_then_reads_the_others(
    qtbot: QtBot, org: LiveOrg
) -> None:
    workspace = org.workspace("interviewer")
    pane = open_pane(qtbot, org, workspace, "alice")
    # interviewer2's feedback stays on the server until this interviewer has given theirs.
    assert pane.tabs.tabText(2) == "Feedback (1 due)"
    pane.tabs.setCurrentWidget(pane.feedback)
    [form] = pane.feedback.forms()
    assert pane.feedback.feedback() == []
    assert application_cards(pane)["Eng engineer"].move_button is None  # interviewers do not move

    QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    org.gui.wait_until(form.error.isVisible)
    assert form.error.text() == "Give a rating from 1 to 4."

    def button(text: str) -> QPushButton:
        [found] = [b for b in form.findChildren(QPushButton) if b.text() == text]
        return found

    QTest.mouseClick(button("4 · Excellent"), Qt.MouseButton.LeftButton)
    QTest.mouseClick(button("Strong yes"), Qt.MouseButton.LeftButton)
    QTest.keyClicks(form.comments, "Clear thinking; would hire.")
    QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)

    org.gui.wait_until(lambda: pane.feedback.forms() == [] and len(pane.feedback.feedback()) == 1)
    [mine] = pane.feedback.feedback()
    assert mine.recommendation.text() == "Strong yes"

    org.sync(workspace)
    org.gui.wait_until(lambda: len(pane.feedback.feedback()) == 2)
    assert pane.tabs.tabText(2) == "Feedback (2)"
    with org.db.read_session() as s:
        given = s.scalars(
            select(Feedback).where(Feedback.interviewer_id == org.world.users["interviewer"].id)
        ).one()
    assert (given.rating, given.recommendation, given.comments) == (
        4,
        "strong_yes",
        "Clear thinking; would hire.",
    )


def test_a_recruiter_moves_and_rejects_from_the_applications_tab(
    qtbot: QtBot, org: LiveOrg
) -> None:
    workspace = org.workspace("recruiter")
    pane = open_pane(qtbot, org, workspace, "carol")
    cards = application_cards(pane)
    eng = cards["Eng engineer"]
    assert eng.move_menu is not None
    assert [a.text() for a in eng.move_menu.actions()] == [
        "Prospect",
        "Screening",
        "Offer",
        "Hired",
    ]
    [offer] = [a for a in eng.move_menu.actions() if a.text() == "Offer"]
    offer.trigger()
    org.gui.wait_until(
        lambda: application_cards(pane)["Eng engineer"].stage.text().startswith("Offer · ")
    )

    sales = application_cards(pane)["Sales engineer"]
    assert sales.reject_button is not None
    QTest.mouseClick(sales.reject_button, Qt.MouseButton.LeftButton)
    dialog = pane.reject_dialog
    assert dialog is not None
    assert dialog.isVisible()
    QTest.keyClicks(dialog.reason_edit, "Chose a closer match")
    QTest.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    org.gui.wait_until(
        lambda: application_cards(pane)["Sales engineer"].status.text() == "Rejected"
    )
    assert application_cards(pane)["Sales engineer"].move_button is None  # closed: no actions

    org.sync(workspace)
    carol_eng = org.world.app("carol", "eng")
    carol_sales = org.world.app("carol", "sales")
    with org.db.read_session() as s:
        eng_now = s.get(Application, carol_eng.id)
        sales_now = s.get(Application, carol_sales.id)
        assert eng_now is not None
        assert sales_now is not None
        assert eng_now.stage_id == org.world.stages["eng"]["Offer"].id
        assert (sales_now.status, sales_now.reject_reason) == ("rejected", "Chose a closer match")


def test_a_recruiter_adds_a_candidate_to_a_pool_from_the_header_but_not_to_linkedin(
    qtbot: QtBot, org: LiveOrg
) -> None:
    workspace = org.workspace("recruiter")
    pane = open_pane(qtbot, org, workspace, "alice")
    assert pane.header.pool_button.isVisible()
    actions = {a.text(): a for a in pane.header.pools_menu.actions()}
    linkedin = "LinkedIn (filled by the LinkedIn integration)"
    assert set(actions) == {linkedin, "Silver medalists"}
    assert not actions[linkedin].isEnabled()
    assert not actions["Silver medalists"].isChecked()

    actions["Silver medalists"].trigger()
    org.gui.wait_until(lambda: pane.header.pool_names() == ["Silver medalists"])
    org.sync(workspace)
    pool = org.world.pool
    assert pool is not None
    with org.db.read_session() as s:
        members = set(
            s.scalars(select(PoolMember.candidate_id).where(PoolMember.pool_id == pool.id))
        )
    assert org.world.candidates["alice"].id in members


def test_a_hiring_manager_reads_feedback_and_gets_no_pool_menu(qtbot: QtBot, org: LiveOrg) -> None:
    pane = open_pane(qtbot, org, org.workspace("hm"), "alice")
    assert not pane.header.pool_button.isVisible()
    assert pane.feedback.forms() == []  # a hiring manager reads feedback, gives none
    assert len(pane.feedback.feedback()) == 1


def sticking_out(pane: CandidatePane) -> list[str]:
    """The widgets shown in the pane whose right edge passes the pane's or their scrolling
    column's: they would be cut off."""
    out: list[str] = []
    for area in [pane.content, *pane.findChildren(CardColumn)]:
        edge = area.viewport().width() if isinstance(area, CardColumn) else area.width()
        inside = area.widget() if isinstance(area, CardColumn) else area
        assert inside is not None
        for widget in inside.findChildren(QWidget):
            if not widget.isVisibleTo(pane) or widget.window() is not pane.window():
                continue
            right = widget.mapTo(inside, QPoint(widget.width(), 0)).x()
            if right > edge:
                text = getattr(widget, "text", lambda: "")()
                out.append(f"{type(widget).__name__} {text!r}: right edge {right} > {edge}")
    return out


def test_the_pane_fits_its_narrowest_width_with_long_titles_tags_and_addresses(
    qtbot: QtBot, org: LiveOrg
) -> None:
    world = org.world
    alice = world.candidates["alice"].id
    long_title = "Principal Backend Engineer, Payments Platform (Python, Kubernetes)"
    org.call("admin", "PATCH", f"/api/v1/jobs/{world.jobs['eng'].id}", json={"title": long_title})
    org.call(
        "recruiter",
        "PATCH",
        f"/api/v1/candidates/{alice}",
        json={
            "email": "alice.with.a.rather.long.address@recruiting.subdomain.example.org",
            "tags": ["distributed-systems-and-observability-engineering", "java"],
        },
    )
    org.call(
        "hm",
        "POST",
        "/api/v1/notes",
        json={
            "candidate_id": str(alice),
            "application_id": str(world.app("alice", "eng").id),
            "body": "Talked about the payments team.",
        },
    )
    # The recruiter reads feedback and may move and reject; the interviewer owes a form.
    for user in ("recruiter", "interviewer"):
        pane = CandidatePane(org.workspace(user))
        qtbot.addWidget(pane)
        pane.resize(PANE_MINIMUM_WIDTH, 800)
        pane.show()
        pane.show_candidate(str(alice))
        org.gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)  # noqa: B023
        assert pane.width() == PANE_MINIMUM_WIDTH
        assert pane.header.email.value().startswith("alice.with")
        for tab in (pane.applications, pane.notes, pane.feedback, pane.activity, pane.linkedin):
            pane.tabs.setCurrentWidget(tab)
            org.gui.settle()
            assert sticking_out(pane) == [], (
                f"{user}, {pane.tabs.tabText(pane.tabs.currentIndex())}"
            )
        tags = [pill.text() for pill in pane.header.tags_line.findChildren(Pill)]
        assert "distributed-systems-and-observability-engineering" in tags

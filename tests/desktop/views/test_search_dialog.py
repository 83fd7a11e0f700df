"""Search-as-you-type driven as a user over a cache synced from the live server: results
while typing, arrows and Enter open the candidate, answers for old text are dropped, and a
hiring manager finds only the candidates of their jobs."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest
from pytestqt.qtbot import QtBot

from recruiter_desktop.views.candidate_pane import CandidatePane
from recruiter_desktop.views.search_dialog import SearchDialog
from tests.desktop.views.live_org import (  # noqa: F401 (fixtures)
    LiveOrg,
    gui_fixture,
    org_fixture,
)


def names(dialog: SearchDialog) -> list[str]:
    return [f"{h.first_name} {h.last_name}" for h in dialog.panel.hits()]


def test_typing_a_prefix_shows_hits_and_enter_opens_the_one_chosen(
    qtbot: QtBot, org: LiveOrg
) -> None:
    workspace = org.workspace("recruiter")
    pane = CandidatePane(workspace)
    dialog = SearchDialog(workspace)
    dialog.candidate_chosen.connect(pane.show_candidate)
    qtbot.addWidget(pane)
    qtbot.addWidget(dialog)
    dialog.show()

    QTest.keyClicks(dialog.panel.box, "ca")
    org.gui.wait_until(lambda: names(dialog) != [])
    # Every world candidate's last name is "Candidate": all four, whole word first.
    assert sorted(names(dialog)) == [
        "Alice Candidate",
        "Bob Candidate",
        "Carol Candidate",
        "Dave Candidate",
    ]
    QTest.keyClicks(dialog.panel.box, "rol")
    org.gui.wait_until(lambda: names(dialog) == ["Carol Candidate"])
    assert dialog.panel.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Carol Candidate · Engineer · Stockholm · Matches the name"
    )

    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    org.gui.wait_until(lambda: pane.stack.currentWidget() is pane.content)
    assert pane.header.name.text() == "Carol Candidate"


def test_arrows_move_through_the_hits_and_a_tag_match_says_so(qtbot: QtBot, org: LiveOrg) -> None:
    dialog = SearchDialog(org.workspace("recruiter"))
    qtbot.addWidget(dialog)
    chosen = QSignalSpy(dialog.candidate_chosen)
    dialog.show()
    QTest.keyClicks(dialog.panel.box, "pyth")
    org.gui.wait_until(lambda: len(names(dialog)) == 4)
    assert {h.matched[0].text for h in dialog.panel.hits()} == {"python"}
    second = dialog.panel.hits()[1]
    assert (
        dialog.panel.model.index(1, 0)
        .data(Qt.ItemDataRole.ToolTipRole)
        .endswith("Matches tag python")
    )

    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Down)
    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Down)
    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Up)
    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Enter)

    assert chosen.count() == 1
    assert chosen.at(0) == [second.candidate_id]


def test_escape_closes_and_nothing_found_is_said_in_words(qtbot: QtBot, org: LiveOrg) -> None:
    dialog = SearchDialog(org.workspace("recruiter"))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.panel.box, "zebra")
    org.gui.wait_until(lambda: "zebra" in dialog.panel.state.text())
    assert dialog.panel.state.text() == "No candidate you can see matches “zebra”."
    QTest.keyClick(dialog.panel.box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_answer_for_text_no_longer_typed_is_dropped(qtbot: QtBot, org: LiveOrg) -> None:
    dialog = SearchDialog(org.workspace("recruiter"))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.panel.box, "alice")
    org.gui.wait_until(lambda: names(dialog) == ["Alice Candidate"])
    old = dialog.panel.hits()

    QTest.keyClicks(dialog.panel.box, "x")
    org.gui.wait_until(lambda: "alicex" in dialog.panel.state.text())
    assert names(dialog) == []

    dialog.panel.search.deliver("alice", old)  # an answer for "alice" comes back late
    assert names(dialog) == []
    assert dialog.panel.state.text() == "No candidate you can see matches “alicex”."


def test_a_hiring_manager_finds_no_candidate_of_jobs_they_hold_no_role_on(
    qtbot: QtBot, org: LiveOrg
) -> None:
    dialog = SearchDialog(org.workspace("hm"))  # hiring manager on "eng" only
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.panel.box, "candidate")
    org.gui.wait_until(lambda: names(dialog) != [])
    # bob applied to sales only; dave to nothing: neither is found.
    assert sorted(names(dialog)) == ["Alice Candidate", "Carol Candidate"]
    dialog.panel.clear()
    QTest.keyClicks(dialog.panel.box, "bob")
    org.gui.wait_until(lambda: "bob" in dialog.panel.state.text())
    assert names(dialog) == []

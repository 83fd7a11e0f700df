"""The Candidates page driven as a user over a cache synced from the live server: every
candidate the user may see, read a page at a time as the list scrolls; selecting, opening
and filtering."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QSignalSpy, QTest
from pytestqt.qtbot import QtBot

from recruiter_desktop.views.candidates_page import PAGE, CandidatesPage
from recruiter_server.db.models import Candidate
from tests.desktop.views.live_org import (  # noqa: F401 (fixtures)
    LiveOrg,
    gui_fixture,
    org_fixture,
)


def shown(page: CandidatesPage) -> list[str]:
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def open_page(qtbot: QtBot, org: LiveOrg, user: str) -> CandidatesPage:
    page = CandidatesPage(org.workspace(user))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    org.gui.wait_until(lambda: page.model.rowCount() > 0)
    return page


def test_every_candidate_by_name_selecting_opens_and_the_filter_narrows(
    qtbot: QtBot, org: LiveOrg
) -> None:
    page = open_page(qtbot, org, "recruiter")
    opened = QSignalSpy(page.candidate_opened)
    assert shown(page) == [
        "Alice Candidate",
        "Bob Candidate",
        "Carol Candidate",
        "Dave Candidate",
    ]
    assert page.count.text() == "4 candidate(s)"

    page.table.setFocus()  # the first row becomes current
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert [opened.at(i) for i in range(opened.count())] == [
        [str(org.world.candidates["alice"].id)],
        [str(org.world.candidates["bob"].id)],
    ]

    QTest.keyClicks(page.filter, "dav")
    org.gui.wait_until(lambda: shown(page) == ["Dave Candidate"])
    assert page.count.text() == "1 match(es)"
    QTest.keyClick(page.filter, Qt.Key.Key_Return)
    assert opened.at(opened.count() - 1) == [str(org.world.candidates["dave"].id)]

    page.filter.clear()
    QTest.keyClicks(page.filter, "nobody")
    org.gui.wait_until(page.empty.isVisible)
    assert page.empty.text() == "No candidate you can see matches “nobody”."


def test_a_thousand_candidates_are_read_a_page_at_a_time_as_the_list_scrolls(
    qtbot: QtBot, org: LiveOrg
) -> None:
    with org.db.write_session() as s:
        s.add_all(Candidate(first_name=f"Person{i:04}", last_name="Zeta") for i in range(1000))
        s.commit()
    page = open_page(qtbot, org, "recruiter")
    org.gui.wait_until(lambda: page.model.total == 1004)
    assert page.count.text() == f"{QLocale().toString(1004)} candidate(s)"
    assert page.model.rowCount() == 1004  # the scroll bar spans them all
    assert len(page.model.loaded()) == PAGE  # only the first page is read

    page.table.setFocus()
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # drag the scroll bar to the end
    org.gui.wait_until(lambda: page.model.item(1003) is not None and not page.model.loading)
    assert page.model.index(1003, 0).data() == "Person0999 Zeta"
    assert page.model.item(PAGE) is None  # the pages in between were never read


def test_a_hiring_manager_lists_only_the_candidates_of_their_jobs(
    qtbot: QtBot, org: LiveOrg
) -> None:
    page = open_page(qtbot, org, "hm")
    assert shown(page) == ["Alice Candidate", "Carol Candidate"]

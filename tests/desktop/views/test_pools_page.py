"""The Talent pools page driven as a user against the live server: pools with their counts,
a pool's members, adding a candidate through the search box and removing one, the LinkedIn
pool read-only, and what a hiring manager sees."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desktop.views.pools_page import PoolsPage
from recruiter_server.db.models import PoolMember
from tests.desktop.views.live_org import (  # noqa: F401 (fixtures)
    LiveOrg,
    gui_fixture,
    org_fixture,
)


def open_page(qtbot: QtBot, org: LiveOrg, user: str) -> PoolsPage:
    page = PoolsPage(org.workspace(user))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    org.gui.wait_until(lambda: page.pool is not None)
    return page


def pool_counts(page: PoolsPage) -> dict[str, int]:
    pools = [page.pools.item(row) for row in range(page.pools.rowCount())]
    return {pool.name: pool.members for pool in pools if pool is not None}


def members(page: PoolsPage) -> list[str]:
    return [str(page.members.index(r, 0).data()) for r in range(page.members.rowCount())]


def choose_pool(page: PoolsPage, org: LiveOrg, name: str) -> None:
    for row in range(page.pools.rowCount()):
        pool = page.pools.item(row)
        if pool is not None and pool.name == name:
            page.pool_list.setCurrentIndex(page.pools.index(row, 0))
    org.gui.wait_until(lambda: page.pool is not None and page.pool.name == name)
    org.gui.wait_until(lambda: not page.members.loading)


def server_members(org: LiveOrg) -> set[str]:
    pool = org.world.pool
    assert pool is not None
    names = {c.id: name for name, c in org.world.candidates.items()}
    with org.db.read_session() as s:
        rows = s.scalars(select(PoolMember.candidate_id).where(PoolMember.pool_id == pool.id))
        return {names[r] for r in rows}


def test_the_linkedin_pool_comes_first_is_marked_and_offers_no_change(
    qtbot: QtBot, org: LiveOrg
) -> None:
    page = open_page(qtbot, org, "recruiter")
    assert pool_counts(page) == {"LinkedIn": 0, "Silver medalists": 2}
    assert page.pool is not None
    assert page.pool.name == "LinkedIn"
    assert page.badge.isVisible()
    assert page.read_only.isVisible()
    assert not page.adder.isVisible()
    assert not page.remove_button.isVisible()
    org.gui.wait_until(page.empty.isVisible)
    assert "once the LinkedIn integration is connected" in page.empty.text()

    choose_pool(page, org, "Silver medalists")
    assert not page.badge.isVisible()
    assert page.adder.isVisible()
    assert sorted(members(page)) == ["Bob Candidate", "Dave Candidate"]
    assert page.count.text() == "2 candidate(s)"


def test_a_recruiter_adds_a_candidate_with_the_search_box_and_removes_another(
    qtbot: QtBot, org: LiveOrg
) -> None:
    page = open_page(qtbot, org, "recruiter")
    choose_pool(page, org, "Silver medalists")
    opened = QSignalSpy(page.candidate_opened)

    QTest.keyClicks(page.adder.box, "ali")
    org.gui.wait_until(lambda: [h.first_name for h in page.adder.hits()] == ["Alice"])
    QTest.keyClick(page.adder.box, Qt.Key.Key_Return)
    org.gui.wait_until(lambda: "Alice Candidate" in members(page))
    assert page.message.text() == "Added Alice Candidate to Silver medalists."
    assert page.adder.box.text() == ""
    org.gui.wait_until(lambda: pool_counts(page)["Silver medalists"] == 3)
    assert page.count.text() == "3 candidate(s)"

    [bob] = [r for r, name in enumerate(members(page)) if name == "Bob Candidate"]
    page.table.setFocus()
    page.table.selectRow(bob)
    assert opened.at(opened.count() - 1) == [str(org.world.candidates["bob"].id)]
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    org.gui.wait_until(lambda: "Bob Candidate" not in members(page))
    assert page.message.text() == "Removed Bob Candidate from Silver medalists."

    org.sync(page.workspace)
    assert server_members(org) == {"alice", "dave"}


def test_a_hiring_manager_reads_pools_without_changing_them(qtbot: QtBot, org: LiveOrg) -> None:
    page = open_page(qtbot, org, "hm")
    # Pools are organisation-wide; members only those of the hiring manager's job's candidates.
    assert pool_counts(page) == {"LinkedIn": 0, "Silver medalists": 0}
    choose_pool(page, org, "Silver medalists")
    assert not page.adder.isVisible()
    assert not page.remove_button.isVisible()
    assert members(page) == []

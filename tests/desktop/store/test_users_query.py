"""The Admin settings' list of users, over a cache filled through a real server's feed and
checked against the server's own database."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_api.enums import OrgRole
from recruiter_desktop.store.queries.users import UserRow, user_name, users
from tests.desktop.store.seeded_org import SeededOrg, seeded_org


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[SeededOrg]:
    with seeded_org(
        tmp_path_factory.mktemp("users"), sqlite_template, candidates=20, applications=40
    ) as built:
        yield built


def test_every_user_with_role_and_jobs_in_name_order_page_by_page(org: SeededOrg) -> None:
    with org.admin.read() as conn:
        first = users(conn, limit=5)
        listed: list[UserRow] = list(first.items)
        while len(listed) < first.total:
            listed += users(conn, limit=5, offset=len(listed)).items
    truth = org.truth(
        "SELECT u.email, u.role, u.active, count(DISTINCT r.job_id) FROM users AS u"
        " LEFT JOIN job_roles AS r ON r.user_id = u.id GROUP BY u.id"
    )
    assert {(u.email, u.role.value, u.active, u.jobs) for u in listed} == {
        (email, role, bool(active), jobs) for email, role, active, jobs in truth
    }
    assert len(listed) == first.total == len(truth)
    keys = [(not u.active, u.name.split(" ", 1)[1].lower()) for u in listed]
    assert keys == sorted(keys)
    hm = next(u for u in listed if u.email == "hm@example.org")
    assert (hm.name, hm.role, hm.jobs) == ("Hm Tester", OrgRole.HIRING_MANAGER, 1)


def test_a_users_name_by_id(org: SeededOrg) -> None:
    with org.admin.read() as conn:
        assert user_name(conn, org.user_id("recruiter@demo.example")) == "Sofia Andersson"
        assert user_name(conn, "00000000-0000-0000-0000-000000000000") is None

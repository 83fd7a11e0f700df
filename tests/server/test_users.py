"""Users: listing, adding and changing them; deactivation and password changes sign out."""

import uuid

import httpx
import pytest

from recruiter_api.enums import OrgRole
from recruiter_server.db.engine import Database
from recruiter_server.domain.errors import Duplicate, Invalid
from recruiter_server.domain.users import create_user
from tests.server.world import PASSWORD, World

USERS = "/api/v1/users"
PROBLEM = "application/problem+json"


def sign_in(http: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    return http.post("/api/v1/auth/token", data={"username": email, "password": password})


def new_user(**overrides: str) -> dict[str, str]:
    body = {
        "email": "New.Person@Example.org",
        "first_name": "New",
        "last_name": "Person",
        "role": "interviewer",
        "password": "s3cret-enough",
    }
    return {**body, **overrides}


def test_everyone_lists_users_a_page_at_a_time(http: httpx.Client, world: World) -> None:
    seen: list[str] = []
    after: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 4} | ({"after": after} if after else {})
        response = http.get(USERS, params=params, headers=world.auth("interviewer"))
        assert response.status_code == 200, response.text
        page = response.json()
        seen += [user["email"] for user in page["items"]]
        after = page["next_after"]
        if after is None:
            break
    assert sorted(seen) == sorted(f"{name}@example.org" for name in world.users)


def test_list_filters_by_role_and_active(http: httpx.Client, world: World) -> None:
    managers = http.get(USERS, params={"role": "hiring_manager"}, headers=world.auth("hm"))
    assert sorted(u["email"] for u in managers.json()["items"]) == [
        "hm2@example.org",
        "hm@example.org",
    ]
    inactive = http.get(USERS, params={"active": "false"}, headers=world.auth("hm"))
    assert inactive.json()["items"] == []


def test_read_one_user(http: httpx.Client, world: World) -> None:
    hm = world.users["hm"]
    response = http.get(f"{USERS}/{hm.id}", headers=world.auth("interviewer"))
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == str(hm.id)
    assert body["role"] == "hiring_manager"
    assert body["active"] is True
    assert body["version"] >= 1

    missing = http.get(f"{USERS}/{uuid.uuid4()}", headers=world.auth("admin"))
    assert missing.status_code == 404
    assert missing.headers["content-type"] == PROBLEM
    assert missing.json()["detail"] == "No such user."


def test_admin_adds_a_user_who_can_then_sign_in(http: httpx.Client, world: World) -> None:
    response = http.post(USERS, json=new_user(), headers=world.auth("admin"))
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["email"] == "new.person@example.org"
    assert created["role"] == "interviewer"
    assert created["active"] is True

    signed_in = sign_in(http, "NEW.PERSON@example.org", "s3cret-enough")
    assert signed_in.status_code == 200
    me = http.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    )
    assert me.json()["user"]["id"] == created["id"]


@pytest.mark.parametrize("who", ["recruiter", "hm", "interviewer"])
def test_only_admins_add_and_change_users(http: httpx.Client, world: World, who: str) -> None:
    create = http.post(USERS, json=new_user(), headers=world.auth(who))
    assert create.status_code == 403
    assert create.headers["content-type"] == PROBLEM
    assert create.json()["detail"] == "Only admins may add users."

    target = world.users["interviewer"].id
    change = http.patch(f"{USERS}/{target}", json={"role": "admin"}, headers=world.auth(who))
    assert change.status_code == 403
    assert change.json()["detail"] == "Only admins may change users."
    assert http.get(f"{USERS}/{target}", headers=world.auth(who)).json()["role"] == "interviewer"


def test_duplicate_email_is_409_naming_the_existing_user(http: httpx.Client, world: World) -> None:
    response = http.post(USERS, json=new_user(email="HM@example.ORG"), headers=world.auth("admin"))
    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert "hm@example.org already exists" in problem["detail"]
    assert problem["existing"]["id"] == str(world.users["hm"].id)
    assert problem["existing"]["email"] == "hm@example.org"
    assert "password_hash" not in problem["existing"]


def test_invalid_user_bodies_are_422(http: httpx.Client, world: World) -> None:
    admin = world.auth("admin")
    bad_email = http.post(USERS, json=new_user(email="not an address"), headers=admin)
    assert bad_email.status_code == 422
    assert bad_email.json()["errors"][0]["field"] == "email"
    unknown_field = http.post(USERS, json={**new_user(), "admin": True}, headers=admin)
    assert unknown_field.status_code == 422
    bad_role = http.patch(f"{USERS}/{world.users['hm'].id}", json={"role": "boss"}, headers=admin)
    assert bad_role.status_code == 422
    missing = http.patch(f"{USERS}/{uuid.uuid4()}", json={"first_name": "X"}, headers=admin)
    assert missing.status_code == 404


def test_admin_changes_names_and_role(http: httpx.Client, world: World) -> None:
    target = world.users["interviewer"]
    before = http.get(f"{USERS}/{target.id}", headers=world.auth("admin")).json()
    response = http.patch(
        f"{USERS}/{target.id}",
        json={"first_name": " Ingrid ", "role": "recruiter"},
        headers=world.auth("admin"),
    )
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["first_name"] == "Ingrid"
    assert after["last_name"] == before["last_name"]
    assert after["role"] == "recruiter"
    assert after["version"] > before["version"]
    # The new role takes effect on the user's very next request.
    me = http.get("/api/v1/me", headers=world.auth("interviewer")).json()
    assert me["user"]["role"] == "recruiter"


def test_deactivated_user_cannot_sign_in_and_their_tokens_stop(
    http: httpx.Client, world: World
) -> None:
    fresh = sign_in(http, "hm@example.org").json()
    response = http.patch(
        f"{USERS}/{world.users['hm'].id}", json={"active": False}, headers=world.auth("admin")
    )
    assert response.status_code == 200
    assert response.json()["active"] is False

    for token in (world.tokens["hm"], fresh["access_token"]):
        refused = http.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 401
    assert (
        http.post(
            "/api/v1/auth/refresh", json={"refresh_token": fresh["refresh_token"]}
        ).status_code
        == 401
    )

    deactivated = sign_in(http, "hm@example.org")
    assert deactivated.status_code == 401
    assert "deactivated" in deactivated.json()["detail"]
    # A wrong password does not learn that the account exists.
    wrong = sign_in(http, "hm@example.org", "guess")
    assert wrong.json()["detail"] == "E-mail or password is wrong."

    http.patch(
        f"{USERS}/{world.users['hm'].id}", json={"active": True}, headers=world.auth("admin")
    )
    assert sign_in(http, "hm@example.org").status_code == 200


def test_a_new_password_signs_out_every_session(http: httpx.Client, world: World) -> None:
    target = world.users["recruiter"]
    response = http.patch(
        f"{USERS}/{target.id}", json={"password": "brand-new-pw"}, headers=world.auth("admin")
    )
    assert response.status_code == 200
    assert http.get("/api/v1/me", headers=world.auth("recruiter")).status_code == 401
    assert sign_in(http, "recruiter@example.org").status_code == 401
    assert sign_in(http, "recruiter@example.org", "brand-new-pw").status_code == 200
    # Changing names alone signs nobody out.
    http.patch(
        f"{USERS}/{world.users['hm'].id}", json={"last_name": "X"}, headers=world.auth("admin")
    )
    assert http.get("/api/v1/me", headers=world.auth("hm")).status_code == 200


def test_admin_cannot_lock_themself_out(http: httpx.Client, world: World) -> None:
    me = f"{USERS}/{world.users['admin'].id}"
    deactivate = http.patch(me, json={"active": False}, headers=world.auth("admin"))
    assert deactivate.status_code == 422
    assert deactivate.json()["detail"] == (
        "You cannot deactivate your own account; ask another admin to do it."
    )
    demote = http.patch(me, json={"role": "recruiter"}, headers=world.auth("admin"))
    assert demote.status_code == 422
    assert "cannot remove your own admin role" in demote.json()["detail"]
    assert http.get("/api/v1/me", headers=world.auth("admin")).json()["user"]["role"] == "admin"

    rename = http.patch(
        me, json={"first_name": "Ada", "role": "admin"}, headers=world.auth("admin")
    )
    assert rename.status_code == 200
    assert rename.json()["first_name"] == "Ada"


def test_password_hash_never_appears_in_any_answer(http: httpx.Client, world: World) -> None:
    admin = world.auth("admin")
    created = http.post(USERS, json=new_user(), headers=admin)
    pair = sign_in(http, "new.person@example.org", "s3cret-enough")
    answers = [
        created,
        pair,
        http.post("/api/v1/auth/refresh", json={"refresh_token": pair.json()["refresh_token"]}),
        http.get("/api/v1/me", headers=admin),
        http.get(USERS, headers=admin),
        http.get(f"{USERS}/{created.json()['id']}", headers=admin),
        http.patch(f"{USERS}/{created.json()['id']}", json={"password": "other-pw"}, headers=admin),
        http.post(USERS, json=new_user(), headers=admin),
    ]
    assert [a.status_code for a in answers] == [201, 200, 200, 200, 200, 200, 200, 409]
    for answer in answers:
        assert "$argon2" not in answer.text
        assert "password" not in answer.text


def test_create_user_without_an_actor_checks_its_input(db: Database, world: World) -> None:
    """The `create-admin` command's path holds input to the same rules as REST."""
    with db.write_session() as s:
        user = create_user(
            s,
            email=" Root@Example.ORG ",
            first_name="Root",
            last_name="Admin",
            role=OrgRole.ADMIN,
            password="long-enough",
        )
        s.commit()
        assert user.email == "root@example.org"
    with db.write_session() as s:
        with pytest.raises(Duplicate, match="already exists"):
            create_user(
                s,
                email="ROOT@example.org",
                first_name="R",
                last_name="A",
                role=OrgRole.ADMIN,
                password="long-enough",
            )
        with pytest.raises(Invalid, match="email"):
            create_user(
                s,
                email="root",
                first_name="R",
                last_name="A",
                role=OrgRole.ADMIN,
                password="long-enough",
            )

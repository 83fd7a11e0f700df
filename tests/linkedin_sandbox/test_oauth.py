"""OAuth as LinkedIn runs it: client credentials for apps, the sign-in page and authorization
code for members, refresh and revoke, and the errors of each."""

import time
from urllib.parse import parse_qs, urlparse

from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET
from tests.linkedin_sandbox import web
from tests.linkedin_sandbox.ats import ADMIN, REDIRECT, Ats, bearer, token
from tests.linkedin_sandbox.conftest import Running, StartSandbox


def test_client_credentials_give_a_30_minute_token(sandbox: Running) -> None:
    answer = web.post(
        f"{sandbox.url}/oauth/v2/accessToken",
        data={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_PARTNER_CLIENT_ID,
            "client_secret": DEFAULT_PARTNER_CLIENT_SECRET,
        },
    )
    assert answer.status_code == 200
    assert answer.json()["expires_in"] == 1800
    assert answer.json()["token_type"] == "Bearer"


def test_a_wrong_secret_is_an_invalid_client(sandbox: Running) -> None:
    answer = web.post(
        f"{sandbox.url}/oauth/v2/accessToken",
        data={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_PARTNER_CLIENT_ID,
            "client_secret": "guess",
        },
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"


def test_basic_auth_is_accepted_and_unknown_grants_are_refused(sandbox: Running) -> None:
    auth = (DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET)
    url = f"{sandbox.url}/oauth/v2/accessToken"
    assert web.post(url, data={"grant_type": "client_credentials"}, auth=auth).status_code == 200
    refused = web.post(url, data={"grant_type": "password"}, auth=auth)
    assert refused.status_code == 400
    assert refused.json()["error"] == "unsupported_grant_type"


def test_an_expired_token_is_refused_in_linkedins_words(start_sandbox: StartSandbox) -> None:
    running = start_sandbox(application_token_seconds=1)
    partner = token(running.url, DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET)
    find = f"{running.url}/v2/provisionedApplications"
    params = {"q": "credentialsByUniqueForeignId", "uniqueForeignId": "x"}
    assert web.get(find, params=params, headers=bearer(partner)).status_code == 200
    time.sleep(1.1)
    expired = web.get(find, params=params, headers=bearer(partner))
    assert expired.status_code == 401
    assert expired.json()["serviceErrorCode"] == 65602
    missing = web.get(find, params=params)
    assert missing.status_code == 401
    assert missing.json()["serviceErrorCode"] == 65604


def test_the_sign_in_page_lists_seat_holders_and_redirects_with_code_and_state(ats: Ats) -> None:
    ats.provision()
    page = ats.http.get(
        "/oauth/v2/authorization",
        params={
            "response_type": "code",
            "client_id": ats.client_id,
            "redirect_uri": REDIRECT,
            "state": "abc",
        },
    )
    assert page.status_code == 200
    assert "Maja Lindqvist" in page.text
    assert 'action="/oauth/v2/authorization"' in page.text
    redirect = ats.authorize(ADMIN, state="abc")
    assert redirect.status_code == 302
    location = urlparse(redirect.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["abc"]
    assert query["code"][0]


def test_a_member_token_says_who_signed_in_and_the_code_works_once(ats: Ats) -> None:
    ats.provision()
    redirect = ats.authorize(ADMIN)
    code = parse_qs(urlparse(redirect.headers["location"]).query)["code"][0]
    exchange = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": ats.client_id,
        "client_secret": ats.client_secret,
    }
    first = ats.http.post("/oauth/v2/accessToken", data=exchange)
    assert first.status_code == 200
    assert first.json()["refresh_token"]
    me = ats.http.get("/v2/me", headers=bearer(first.json()["access_token"]))
    assert me.json()["localizedFirstName"] == "Maja"
    again = ats.http.post("/oauth/v2/accessToken", data=exchange)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_refresh_gives_a_new_token_and_revoke_ends_it(ats: Ats) -> None:
    ats.provision()
    redirect = ats.authorize(ADMIN)
    code = parse_qs(urlparse(redirect.headers["location"]).query)["code"][0]
    client = {"client_id": ats.client_id, "client_secret": ats.client_secret}
    tokens = ats.http.post(
        "/oauth/v2/accessToken",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, **client},
    ).json()
    refreshed = ats.http.post(
        "/oauth/v2/accessToken",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], **client},
    )
    assert refreshed.status_code == 200
    new_token = refreshed.json()["access_token"]
    assert ats.http.get("/v2/me", headers=bearer(new_token)).status_code == 200
    assert ats.http.post("/oauth/v2/revoke", data={"token": new_token, **client}).status_code == 200
    assert ats.http.get("/v2/me", headers=bearer(new_token)).status_code == 401


def test_a_redirect_uri_not_registered_gets_an_error_page_and_no_redirect(ats: Ats) -> None:
    ats.provision()
    page = ats.http.get(
        "/oauth/v2/authorization",
        params={
            "response_type": "code",
            "client_id": ats.client_id,
            "redirect_uri": "http://evil.example/cb",
        },
    )
    assert page.status_code == 400
    assert "oauth2AuthorizedCallbackUrls" in page.text
    unknown = ats.http.get(
        "/oauth/v2/authorization",
        params={"response_type": "code", "client_id": "nobody", "redirect_uri": REDIRECT},
    )
    assert unknown.status_code == 400


def test_cancel_and_an_unknown_member(ats: Ats) -> None:
    ats.provision()
    fields = {
        "response_type": "code",
        "client_id": ats.client_id,
        "redirect_uri": REDIRECT,
        "state": "s1",
    }
    cancelled = ats.http.post("/oauth/v2/authorization", data={**fields, "decision": "cancel"})
    assert cancelled.status_code == 302
    query = parse_qs(urlparse(cancelled.headers["location"]).query)
    assert query["error"] == ["user_cancelled_authorize"]
    assert query["state"] == ["s1"]
    unknown = ats.http.post(
        "/oauth/v2/authorization", data={**fields, "member": "nobody@nowhere.example"}
    )
    assert unknown.status_code == 400
    assert "nobody@nowhere.example" in unknown.text

"""What the ATS server does against LinkedIn, played over HTTP for the sandbox's tests: the
partner provisions a customer app, an admin signs in and requests the integration, the partner
configures it, and then syncs jobs and records."""

from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

from linkedin_sandbox.settings import DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET
from tests.linkedin_sandbox import web

ADMIN = "maja.lindqvist@norrsken.example"
ORGANIZATION = "urn:li:organization:1001"
STOCKHOLM = "urn:li:contract:50001"
OSLO = "urn:li:contract:50002"
REDIRECT = "http://127.0.0.1:1/linkedin/callback"
TYPES = ("ONE_CLICK_EXPORT", "IN_ATS_INDICATOR", "PROFILE_PLUGIN", "CSA_API")


def integration_key(integration_type: str, contract: str = STOCKHOLM) -> str:
    context = contract if integration_type == "CSA_API" else ORGANIZATION
    return (
        f"integrationContext={context}&integrationType={integration_type}"
        "&tenantType=RECRUITER&dataProvider=ATS"
    )


def candidate_key(ats_id: str) -> str:
    return f"atsCandidateId={ats_id}&dataProvider=ATS&integrationContext={ORGANIZATION}"


def application_key(ats_id: str) -> str:
    return f"atsJobApplicationId={ats_id}&dataProvider=ATS&integrationContext={ORGANIZATION}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def token(url: str, client_id: str, client_secret: str) -> str:
    answer = web.post(
        f"{url}/oauth/v2/accessToken",
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
        },
    )
    assert answer.status_code == 200, answer.text
    value: str = answer.json()["access_token"]
    return value


class Ats:
    """One ATS instance (one customer app) talking to the sandbox at `url`."""

    def __init__(self, url: str, name: str = "Attract", foreign_id: str = "ats-1") -> None:
        self.url = url
        self.name = name
        self.foreign_id = foreign_id
        self.http = httpx.Client(base_url=url, timeout=10, verify=False)  # noqa: S501 - loopback
        self.client_id = ""
        self.client_secret = ""
        self._token = ""

    def close(self) -> None:
        self.http.close()

    def provision(self) -> dict[str, Any]:
        partner = token(self.url, DEFAULT_PARTNER_CLIENT_ID, DEFAULT_PARTNER_CLIENT_SECRET)
        answer = self.http.post(
            "/v2/provisionedApplications",
            json={
                "name": self.name,
                "uniqueForeignId": self.foreign_id,
                "oauth2AuthorizedCallbackUrls": [REDIRECT],
            },
            headers=bearer(partner),
        )
        assert answer.status_code == 201, answer.text
        app: dict[str, Any] = answer.json()
        self.client_id = app["credentials"]["client_id"]
        self.client_secret = app["credentials"]["client_secret"]
        return app

    @property
    def headers(self) -> dict[str, str]:
        if not self._token:
            self._token = token(self.url, self.client_id, self.client_secret)
        return bearer(self._token)

    def authorize(self, member: str, state: str = "state-1") -> httpx.Response:
        """Answers the sign-in page's form as a browser would; the 302 to the redirect URI."""
        return self.http.post(
            "/oauth/v2/authorization",
            data={
                "response_type": "code",
                "client_id": self.client_id,
                "redirect_uri": REDIRECT,
                "state": state,
                "scope": "r_liteprofile",
                "member": member,
                "decision": "allow",
            },
        )

    def sign_in(self, member: str = ADMIN) -> str:
        """A member's access token through the authorization-code flow."""
        redirect = self.authorize(member)
        assert redirect.status_code == 302, redirect.text
        code = parse_qs(urlparse(redirect.headers["location"]).query)["code"][0]
        answer = self.http.post(
            "/oauth/v2/accessToken",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT,
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
        )
        assert answer.status_code == 200, answer.text
        value: str = answer.json()["access_token"]
        return value

    def request(self, member_token: str, contract: str = STOCKHOLM) -> httpx.Response:
        return self.http.post(
            "/v2/atsIntegrations",
            params={"action": "requestIntegration"},
            json={"contract": contract},
            headers=bearer(member_token),
        )

    def notify_partner(self, contract: str = STOCKHOLM) -> httpx.Response:
        entities = {
            integration_key(t, contract): {
                "patch": {"$set": {"integrationName": f"{self.name} {t}"}}
            }
            for t in TYPES
        }
        return self.http.post(
            "/v2/atsIntegrations",
            json={"entities": entities},
            headers={**self.headers, "x-restli-method": "batch_partial_update"},
        )

    def configure(self, name: str, value: str, integration_type: str = "ONE_CLICK_EXPORT") -> None:
        answer = self.http.put(
            f"/v2/atsIntegrations/{integration_key(integration_type)}/configurations",
            params={"ids": name},
            json={"entities": {name: {"configurationValue": {"string": value}}}},
            headers=self.headers,
        )
        assert answer.status_code == 200 and not answer.json()["errors"], answer.text

    def connect(self, callback: str | None, contract: str = STOCKHOLM) -> None:
        """The whole partner side up to Partner ready, with the CALLBACK_URL if given."""
        self.provision()
        self.connect_provisioned(callback, contract)

    def connect_provisioned(self, callback: str | None, contract: str = STOCKHOLM) -> None:
        assert self.request(self.sign_in(), contract).status_code == 200
        assert self.notify_partner(contract).status_code == 200
        if callback is not None:
            self.configure("CALLBACK_URL", callback)
        self.configure("JOB_POSTING_VIEWERS", "ALL_PRODUCT_USERS")
        self.configure("APPLICATION_VIEWERS", "ALL_PRODUCT_USERS", "IN_ATS_INDICATOR")

    def post_jobs(self, *postings: dict[str, Any]) -> httpx.Response:
        return self.http.post(
            "/v2/simpleJobPostings",
            json={"elements": list(postings)},
            headers={**self.headers, "x-restli-method": "batch_create"},
        )

    def post_job(self, job_id: str, title: str, state: str = "LISTED") -> None:
        answer = self.post_jobs(job(job_id, title, state))
        assert answer.status_code == 200 and answer.json()["elements"][0]["status"] == 202, (
            answer.text
        )

    def put(self, path: str, entities: dict[str, Any], **params: Any) -> httpx.Response:
        return self.http.put(
            path,
            json={"entities": entities},
            params=params,
            headers={**self.headers, "x-restli-method": "batch_update"},
        )


def job(job_id: str, title: str, state: str = "LISTED") -> dict[str, Any]:
    return {
        "integrationContext": ORGANIZATION,
        "externalJobPostingId": job_id,
        "title": title,
        "description": f"{title} in our Stockholm team.",
        "location": "Stockholm, Sweden",
        "state": state,
        "listedAt": 1_700_000_000_000,
    }


def enable(url: str, level: str, **extra: str) -> dict[str, Any]:
    answer = web.post(f"{url}/sandbox/integrations/enable", json={"level": level, **extra})
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data

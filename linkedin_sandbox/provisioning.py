"""`provisionedApplications`: the partner app makes one child (customer) application per ATS
instance, found again by its `uniqueForeignId`. Its credentials are what the ATS then uses for
client credentials, and its `oauth2AuthorizedCallbackUrls` bound the authorization-code flow.
"""

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Connection, insert, update

from linkedin_sandbox import db
from linkedin_sandbox.deps import PartnerDep, SandboxDep
from linkedin_sandbox.errors import ApiError, describe_validation_errors
from linkedin_sandbox.restli import finder_page, paging_params, parse_id, required_param
from linkedin_sandbox.world import CustomerApp, all_apps, app_by_id

router = APIRouter(prefix="/v2", tags=["provisionedApplications"])


class NewApplication(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    uniqueForeignId: str = Field(min_length=1, max_length=200)
    oauth2AuthorizedCallbackUrls: list[str] = []
    validJsSdkDomains: list[str] = []


class ApplicationChanges(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = None
    oauth2AuthorizedCallbackUrls: list[str] | None = None
    validJsSdkDomains: list[str] | None = None


def application_json(app: CustomerApp) -> dict[str, Any]:
    return {
        "key": app.urn,
        "name": app.name,
        "description": app.description,
        "uniqueForeignId": app.unique_foreign_id,
        "oauth2AuthorizedCallbackUrls": app.callback_urls,
        "validJsSdkDomains": app.js_sdk_domains,
        "credentials": {"client_id": app.client_id, "client_secret": app.client_secret},
        "organization": app.organization_urn,
        "contract": app.contract_urn,
    }


def _parse(model: type[BaseModel], body: Any) -> Any:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise ApiError(400, describe_validation_errors(exc.errors())) from None


def _app_from_path(conn: Connection, key: str) -> CustomerApp:
    number = parse_id(key.removeprefix("urn:li:developerApplication:"))
    app = None if number is None else app_by_id(conn, number)
    if app is None:
        raise ApiError(404, f"No provisioned application {key}")
    return app


@router.post("/provisionedApplications", status_code=201)
def provision(
    body: Annotated[dict[str, Any], Body()], sandbox: SandboxDep, _partner: PartnerDep
) -> dict[str, Any]:
    """Makes the child application of one customer (one ATS instance)."""
    new: NewApplication = _parse(NewApplication, body)
    with sandbox.store.write() as conn:
        taken = [a for a in all_apps(conn) if a.unique_foreign_id == new.uniqueForeignId]
        if taken:
            raise ApiError(
                409,
                f"An application with uniqueForeignId {new.uniqueForeignId} exists already "
                f"({taken[0].urn}); find it with q=credentialsByUniqueForeignId",
            )
        result = conn.execute(
            insert(db.customer_apps).values(
                client_id=f"sandbox-app-{secrets.token_hex(6)}",
                client_secret=secrets.token_urlsafe(24),
                name=new.name,
                description=new.description,
                unique_foreign_id=new.uniqueForeignId,
                callback_urls=new.oauth2AuthorizedCallbackUrls,
                js_sdk_domains=new.validJsSdkDomains,
                created_at=db.now_ms(),
            )
        )
        app_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        app = app_by_id(conn, int(app_id)) if app_id is not None else None
    if app is None:
        raise ApiError(500, "The application was not stored")
    return application_json(app)


@router.get("/provisionedApplications")
def find_applications(
    request: Request, sandbox: SandboxDep, _partner: PartnerDep
) -> dict[str, Any]:
    """`q=credentialsByUniqueForeignId&uniqueForeignId=...`: the customer's app, if made."""
    if request.query_params.get("q") != "credentialsByUniqueForeignId":
        raise ApiError(400, "Use q=credentialsByUniqueForeignId&uniqueForeignId=...")
    wanted = required_param(request, "uniqueForeignId")
    start, count = paging_params(request)
    with sandbox.store.read() as conn:
        found = [application_json(a) for a in all_apps(conn) if a.unique_foreign_id == wanted]
    return finder_page(request, found, start, count)


@router.get("/provisionedApplications/{key}")
def get_application(key: str, sandbox: SandboxDep, _partner: PartnerDep) -> dict[str, Any]:
    with sandbox.store.read() as conn:
        return application_json(_app_from_path(conn, key))


@router.post("/provisionedApplications/{key}", status_code=204)
def change_application(
    key: str, body: Annotated[dict[str, Any], Body()], sandbox: SandboxDep, _partner: PartnerDep
) -> Response:
    """A partial update: `{"patch": {"$set": {field: value}}}`."""
    patch = body.get("patch")
    if not isinstance(patch, dict) or not isinstance(patch.get("$set"), dict):
        raise ApiError(400, 'The body must be {"patch": {"$set": {...}}}')
    changes: ApplicationChanges = _parse(ApplicationChanges, patch["$set"])
    columns = {
        "name": changes.name,
        "description": changes.description,
        "callback_urls": changes.oauth2AuthorizedCallbackUrls,
        "js_sdk_domains": changes.validJsSdkDomains,
    }
    values = {column: value for column, value in columns.items() if value is not None}
    with sandbox.store.write() as conn:
        app = _app_from_path(conn, key)
        if values:
            conn.execute(
                update(db.customer_apps).where(db.customer_apps.c.id == app.id).values(**values)
            )
    return Response(status_code=204)

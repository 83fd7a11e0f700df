"""`atsIntegrations`: a customer's Recruiter System Connect integrations, their setup states, and
their configurations (CALLBACK_URL and the viewers settings).

Setup, per ATS instance (customer app):
  not requested -> REQUESTED (the widget's button shows "Notify partner")
  -> PARTNER_READY ("Partner ready": the partner configured each integration)
  -> ENABLED at company level (ONE_CLICK_EXPORT, IN_ATS_INDICATOR, PROFILE_PLUGIN, keyed by
     urn:li:organization:N) or contract level (those three and CSA_API, keyed by urn:li:contract:N)
  -> DISABLED.
The admin requests from the ATS (a member's token), the partner configures with its app token,
and enabling and disabling happen in Recruiter (the /sandbox actions), each pushing an
INTEGRATION_STATUS_CHANGE.
"""

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from linkedin_sandbox import db
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.events import INTEGRATION_STATUS_CHANGE, callback_state, enqueue
from linkedin_sandbox.restli import Key, key_text
from linkedin_sandbox.world import CustomerApp, Member, app_by_id, resolve_contract, seats_of_member

ONE_CLICK_EXPORT = "ONE_CLICK_EXPORT"
IN_ATS_INDICATOR = "IN_ATS_INDICATOR"
PROFILE_PLUGIN = "PROFILE_PLUGIN"
CSA_API = "CSA_API"
COMPANY_TYPES = (ONE_CLICK_EXPORT, IN_ATS_INDICATOR, PROFILE_PLUGIN)
ALL_TYPES = (*COMPANY_TYPES, CSA_API)

REQUESTED = "REQUESTED"
PARTNER_READY = "PARTNER_READY"
ENABLED = "ENABLED"
DISABLED = "DISABLED"
NOT_REQUESTED = "NOT_REQUESTED"

COMPANY = "COMPANY"
CONTRACT = "CONTRACT"

KEY_FIELDS = ("integrationContext", "integrationType", "tenantType", "dataProvider")
CONFIGURATION_NAMES = ("CALLBACK_URL", "JOB_POSTING_VIEWERS", "APPLICATION_VIEWERS")
ALL_PRODUCT_USERS = "ALL_PRODUCT_USERS"

WIDGET_LABELS = {
    NOT_REQUESTED: "Request",
    REQUESTED: "Notify partner",
    PARTNER_READY: "Partner ready",
    DISABLED: "Disabled",
}


def integration_json(row: Any) -> dict[str, Any]:
    return {
        "integrationContext": row.integration_context,
        "integrationType": row.integration_type,
        "tenantType": "RECRUITER",
        "dataProvider": "ATS",
        "integrationName": row.integration_name,
        "status": row.status,
        "requestedAt": row.requested_at,
        "lastModifiedAt": row.updated_at,
    }


def integration_key(row: Any) -> str:
    values = {
        "integrationContext": row.integration_context,
        "integrationType": row.integration_type,
        "tenantType": "RECRUITER",
        "dataProvider": "ATS",
    }
    return key_text(KEY_FIELDS, values)


def rows_of(conn: Connection, app_id: int) -> dict[str, Any]:
    query = select(db.integrations).where(db.integrations.c.app_id == app_id)
    return {row.integration_type: row for row in conn.execute(query)}


def setup_state(rows: dict[str, Any]) -> tuple[str, str | None]:
    """(state, level): what the LinkedIn widget and Recruiter's ATS tab show for an instance."""
    if not rows:
        return NOT_REQUESTED, None
    statuses = {t: row.status for t, row in rows.items()}
    if any(s == ENABLED for s in statuses.values()):
        return ENABLED, CONTRACT if statuses.get(CSA_API) == ENABLED else COMPANY
    if any(s == DISABLED for s in statuses.values()):
        return DISABLED, None
    if all(statuses.get(t) == PARTNER_READY for t in ALL_TYPES):
        return PARTNER_READY, None
    return REQUESTED, None


def widget_label(state: str, level: str | None) -> str:
    if state == ENABLED:
        return f"Enabled ({'contract' if level == CONTRACT else 'company'} level)"
    return WIDGET_LABELS[state]


def is_enabled(conn: Connection, app_id: int, integration_type: str) -> bool:
    row = rows_of(conn, app_id).get(integration_type)
    return row is not None and row.status == ENABLED


def require_enabled(conn: Connection, app: CustomerApp, *types: str) -> None:
    """403 unless at least one of these integrations of the app is enabled."""
    rows = rows_of(conn, app.id)
    if any(t in rows and rows[t].status == ENABLED for t in types):
        return
    shown = " or ".join(types)
    state, _ = setup_state(rows)
    raise ApiError(
        403,
        f"The {shown} integration of {app.name} is not enabled (the setup is {state}); "
        "a Recruiter admin enables it in Admin settings > ATS",
    )


def app_summary(conn: Connection, app: CustomerApp) -> dict[str, Any]:
    """An ATS instance as Recruiter's ATS tab and the widget see it."""
    rows = rows_of(conn, app.id)
    state, level = setup_state(rows)
    url, validated = callback_state(conn, app.id)
    return {
        "application": app.urn,
        "name": app.name,
        "uniqueForeignId": app.unique_foreign_id,
        "clientId": app.client_id,
        "organization": app.organization_urn,
        "contract": app.contract_urn,
        "state": state,
        "level": level,
        "widget": widget_label(state, level),
        "callbackUrl": url,
        "callbackValidated": validated,
        "integrations": [integration_json(rows[t]) for t in ALL_TYPES if t in rows],
    }


def request_integration(
    conn: Connection, app: CustomerApp, member: Member, contract_text: str, now: int
) -> dict[str, Any]:
    """The admin's Request in the ATS: binds the instance to a contract the member has a seat on."""
    contract = resolve_contract(conn, contract_text)
    if not any(s.contract_id == contract.id and s.active for s in seats_of_member(conn, member.id)):
        raise ApiError(403, f"{member.name} holds no Recruiter seat on {contract.urn}")
    rows = rows_of(conn, app.id)
    if app.contract_id is not None and app.contract_id != contract.id:
        if any(row.status == ENABLED for row in rows.values()):
            raise ApiError(
                409,
                f"{app.name} is enabled on {app.contract_urn}; it must be disabled in Recruiter "
                "before it is requested for another contract",
            )
        conn.execute(delete(db.integrations).where(db.integrations.c.app_id == app.id))
        rows = {}
    conn.execute(
        update(db.customer_apps)
        .where(db.customer_apps.c.id == app.id)
        .values(organization_id=contract.organization_id, contract_id=contract.id)
    )
    for integration_type in ALL_TYPES:
        if integration_type in rows:
            continue
        context = contract.urn if integration_type == CSA_API else contract.organization_urn
        conn.execute(
            insert(db.integrations).values(
                app_id=app.id,
                integration_type=integration_type,
                integration_context=context,
                status=REQUESTED,
                requested_at=now,
                updated_at=now,
            )
        )
    bound = app_by_id(conn, app.id)
    return app_summary(conn, app if bound is None else bound)


def check_key(conn: Connection, app: CustomerApp, key: Key) -> Any:
    """The app's integration row named by a compound key; ApiError when it is not one."""
    missing = [f for f in KEY_FIELDS if f not in key]
    if missing:
        raise ApiError(400, f"The key lacks {', '.join(missing)}")
    if key["tenantType"] != "RECRUITER" or key["dataProvider"] != "ATS":
        raise ApiError(400, "tenantType must be RECRUITER and dataProvider ATS")
    if key["integrationType"] not in ALL_TYPES:
        raise ApiError(400, f"integrationType must be one of {', '.join(ALL_TYPES)}")
    row = rows_of(conn, app.id).get(key["integrationType"])
    if row is None:
        raise ApiError(
            404,
            f"{app.name} has no {key['integrationType']} integration: the customer's admin "
            "has not requested Recruiter System Connect yet",
        )
    if row.integration_context != key["integrationContext"]:
        raise ApiError(
            404,
            f"The {key['integrationType']} integration of {app.name} is keyed by "
            f"{row.integration_context}, not {key['integrationContext']}",
        )
    return row


def partner_update(conn: Connection, app: CustomerApp, key: Key, patch: Any, now: int) -> None:
    """The partner's batch_partial_update: names an integration, which makes it Partner ready."""
    row = check_key(conn, app, key)
    if not isinstance(patch, dict) or not isinstance(patch.get("patch"), dict):
        raise ApiError(400, 'Each entity must be {"patch": {"$set": {"integrationName": ...}}}')
    changes = patch["patch"].get("$set", {})
    if not isinstance(changes, dict) or set(changes) - {"integrationName"}:
        raise ApiError(
            400, "The partner may set integrationName only; the status is set in Recruiter"
        )
    name = changes.get("integrationName", row.integration_name)
    if name is not None and not isinstance(name, str):
        raise ApiError(400, "integrationName must be a string")
    status = PARTNER_READY if row.status == REQUESTED else row.status
    conn.execute(
        update(db.integrations)
        .where(db.integrations.c.app_id == app.id)
        .where(db.integrations.c.integration_type == row.integration_type)
        .values(integration_name=name, status=status, updated_at=now)
    )


def _set_status(
    conn: Connection, app_id: int, integration_type: str, status: str, now: int
) -> None:
    conn.execute(
        update(db.integrations)
        .where(db.integrations.c.app_id == app_id)
        .where(db.integrations.c.integration_type == integration_type)
        .values(status=status, updated_at=now)
    )


def _status_change(conn: Connection, app: CustomerApp, changed: list[str], now: int) -> str:
    rows = rows_of(conn, app.id)
    detail = [integration_json(rows[t]) for t in changed]
    return enqueue(conn, app.id, INTEGRATION_STATUS_CHANGE, now, detail=detail)


def enable(conn: Connection, app: CustomerApp, level: str, now: int) -> str | None:
    """Recruiter's Admin > ATS: turns a level on; the event id, or None if nothing changed."""
    rows = rows_of(conn, app.id)
    needed = ALL_TYPES if level == CONTRACT else COMPANY_TYPES
    for integration_type in needed:
        row = rows.get(integration_type)
        if row is None or row.status == REQUESTED:
            state, _ = setup_state(rows)
            raise ApiError(
                409,
                f"{app.name} cannot be enabled yet: its setup is {state} "
                f'("{widget_label(state, None)}"); the partner must configure '
                f"{integration_type} first",
            )
    changed = [t for t in needed if rows[t].status != ENABLED]
    if level == COMPANY and CSA_API in rows and rows[CSA_API].status == ENABLED:
        changed.append(CSA_API)
    if not changed:
        return None
    for integration_type in changed:
        status = DISABLED if integration_type not in needed else ENABLED
        _set_status(conn, app.id, integration_type, status, now)
    return _status_change(conn, app, changed, now)


def disable(conn: Connection, app: CustomerApp, now: int) -> str:
    """Recruiter's Admin > ATS: turns the integration off; the event id."""
    rows = rows_of(conn, app.id)
    changed = [t for t in ALL_TYPES if t in rows and rows[t].status == ENABLED]
    if not changed:
        state, _ = setup_state(rows)
        raise ApiError(409, f"{app.name} is not enabled (its setup is {state})")
    for integration_type in changed:
        _set_status(conn, app.id, integration_type, DISABLED, now)
    return _status_change(conn, app, changed, now)


def configuration(conn: Connection, app_id: int, name: str) -> str | None:
    """A configuration of the app, whichever of its integrations holds it."""
    query = (
        select(db.configurations.c.value)
        .where(db.configurations.c.app_id == app_id)
        .where(db.configurations.c.name == name)
    )
    return conn.execute(query).scalar()


def check_configuration(name: str, value: Any) -> str:
    """The string value of one configuration entity; ApiError when it is not valid."""
    if name not in CONFIGURATION_NAMES:
        raise ApiError(
            400, f"Unknown configuration {name}; known: {', '.join(CONFIGURATION_NAMES)}"
        )
    if not isinstance(value, dict) or not isinstance(value.get("configurationValue"), dict):
        raise ApiError(400, 'A configuration is {"configurationValue": {"string": VALUE}}')
    text = value["configurationValue"].get("string")
    if not isinstance(text, str) or not text:
        raise ApiError(400, "configurationValue.string must be a non-empty string")
    if name == "CALLBACK_URL" and not text.startswith(("https://", "http://")):
        raise ApiError(400, "CALLBACK_URL must be an http(s) URL")
    if name != "CALLBACK_URL" and text != ALL_PRODUCT_USERS:
        raise ApiError(400, f"{name} can only be {ALL_PRODUCT_USERS}")
    return text


def put_configuration(
    conn: Connection, app_id: int, integration_type: str, name: str, value: str
) -> None:
    conn.execute(
        insert(db.configurations)
        .prefix_with("OR REPLACE")
        .values(app_id=app_id, integration_type=integration_type, name=name, value=value)
    )


def delete_configuration(conn: Connection, app_id: int, integration_type: str, name: str) -> None:
    conn.execute(
        delete(db.configurations)
        .where(db.configurations.c.app_id == app_id)
        .where(db.configurations.c.integration_type == integration_type)
        .where(db.configurations.c.name == name)
    )


def configurations_of(conn: Connection, app_id: int, integration_type: str) -> dict[str, str]:
    query = (
        select(db.configurations)
        .where(db.configurations.c.app_id == app_id)
        .where(db.configurations.c.integration_type == integration_type)
    )
    return {row.name: row.value for row in conn.execute(query)}

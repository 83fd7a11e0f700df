"""The organisation's LinkedIn integration as the database holds it: its one public row (the
wizard's state, the level, the features it gives) and its private counterpart, the features
a level gives, and the refusals in words when a feature is off.

Company level gives 1-click export, the In-ATS indicator and the profile widget; contract
level adds InMail history, notes history and stub profiles. Dropping to company level (or
losing the integration) deletes what only contract level may show.
"""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruiter_api.enums import (
    COMPANY_FEATURES,
    CONTRACT_FEATURES,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
)
from recruiter_server.db.models import (
    InMailMessage,
    LinkedInConnection,
    LinkedInIntegration,
    LinkedInNote,
    LinkedInUserConnection,
)
from recruiter_server.domain.errors import Conflict

FEATURE_WORDS = {
    LinkedInFeature.ONE_CLICK_EXPORT: "1-click export",
    LinkedInFeature.IN_ATS_INDICATOR: "the In-ATS indicator",
    LinkedInFeature.PROFILE_WIDGET: "the LinkedIn profile",
    LinkedInFeature.INMAIL_HISTORY: "InMail history",
    LinkedInFeature.NOTES_HISTORY: "notes history",
    LinkedInFeature.STUB_PROFILES: "InMail stub profiles",
}
CONTRACT_ONLY = frozenset(CONTRACT_FEATURES) - frozenset(COMPANY_FEATURES)


class FeatureOff(Conflict):
    """A LinkedIn feature that the integration's state or level does not give."""


def integration(session: Session, *, lock: bool = False) -> LinkedInIntegration:
    """The integration's row (migration 0002 makes it; made again if someone removed it).
    `lock` reads it afresh under a row lock, to serialise the setup's steps."""
    stmt = select(LinkedInIntegration).limit(1)
    if lock:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    row = session.scalars(stmt).first()
    if row is None:
        row = LinkedInIntegration(
            state=LinkedInState.NOT_CONNECTED.value, features=[], contracts=[]
        )
        session.add(row)
        session.flush()
    return row


def connection(session: Session) -> LinkedInConnection:
    """The private side of the connection (one row)."""
    row = session.get(LinkedInConnection, 1)
    if row is None:
        row = LinkedInConnection(id=1, indicator_seq=0)
        session.add(row)
        session.flush()
    return row


def features_of(level: LinkedInLevel | None) -> list[LinkedInFeature]:
    if level is LinkedInLevel.CONTRACT:
        return list(CONTRACT_FEATURES)
    if level is LinkedInLevel.COMPANY:
        return list(COMPANY_FEATURES)
    return []


def level_of(row: LinkedInIntegration) -> LinkedInLevel | None:
    return LinkedInLevel(row.level) if row.level else None


def is_on(row: LinkedInIntegration, feature: LinkedInFeature) -> bool:
    return row.state == LinkedInState.ENABLED.value and feature.value in row.features


def ensure_feature(session: Session, feature: LinkedInFeature) -> LinkedInIntegration:
    """The integration, if it gives `feature` now; FeatureOff in words otherwise."""
    row = integration(session)
    if is_on(row, feature):
        return row
    what = FEATURE_WORDS[feature]
    if row.state != LinkedInState.ENABLED.value:
        raise FeatureOff(
            f"{what.capitalize()} needs the LinkedIn integration, which is not enabled "
            f"(it is {row.state.replace('_', ' ')}); an admin sets it up in Admin settings > "
            "LinkedIn integration."
        )
    raise FeatureOff(
        f"{what.capitalize()} needs contract-level access to LinkedIn Recruiter; this "
        "organisation has company-level access. A Recruiter admin can enable contract level "
        "in Recruiter's Admin settings > ATS."
    )


def set_enabled(
    session: Session, row: LinkedInIntegration, level: LinkedInLevel | None, now: datetime
) -> None:
    """Record what LinkedIn says is enabled (None: nothing, the integration is disabled)."""
    if level is None:
        if row.state == LinkedInState.ENABLED.value:
            row.state = LinkedInState.DISABLED.value
        row.level = None
        row.features = []
        purge_contract_data(session)
        return
    if row.state != LinkedInState.ENABLED.value or row.level != level.value:
        row.enabled_at = now
    row.state = LinkedInState.ENABLED.value
    row.level = level.value
    row.features = [f.value for f in features_of(level)]
    if level is LinkedInLevel.COMPANY:
        purge_contract_data(session)


def purge_contract_data(session: Session) -> None:
    """Delete the InMails and Recruiter notes shown to users: company level never shows
    them. (The raw copies stay private to the server, which re-publishes them if contract
    level comes back.) ORM deletes, so each reaches clients as a tombstone."""
    for model in (InMailMessage, LinkedInNote):
        for row in session.scalars(select(model)):
            session.delete(row)
    session.flush()


def seat_owners(session: Session, contract_urn: str | None) -> dict[str, uuid.UUID]:
    """Recruiter seat URN -> the ATS user who connected with it (on this contract)."""
    owners: dict[str, uuid.UUID] = {}
    if contract_urn is None:
        return owners
    for conn in session.scalars(select(LinkedInUserConnection)):
        for seat in conn.seats:
            if seat.get("contract") == contract_urn and seat.get("seat"):
                owners[str(seat["seat"])] = conn.user_id
    return owners


def user_seat(conn: LinkedInUserConnection, contract_urn: str | None) -> str | None:
    """The user's seat on the organisation's contract, if they hold one."""
    for seat in conn.seats:
        if contract_urn is not None and seat.get("contract") == contract_urn:
            return str(seat.get("seat")) if seat.get("seat") else None
    return None

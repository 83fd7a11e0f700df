"""The words the candidate views show for times, statuses, stage moves and recommendations,
in the user's language."""

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from recruiter_api.enums import ApplicationStatus, Recommendation, StageChangeAction
from recruiter_desktop.store.queries.candidates import HistoryEntry

_CONTEXT = "CandidateWording"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def moment(at: datetime) -> str:
    """A date and time in the user's time zone and locale: "12 Mar 2026, 14:05"."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local, _tr("d MMM yyyy, HH:mm"))


def day(at: datetime) -> str:
    """A date in the user's time zone and locale: "12 Mar 2026"."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local, _tr("d MMM yyyy"))


def ago(at: datetime, now: datetime | None = None) -> str:
    """How long ago, roughly: "just now", "5 minutes ago", "3 days ago"; older than a month
    gives the date."""
    seconds = ((now or datetime.now(UTC)) - at).total_seconds()
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        return _tr("%n minute(s) ago", int(seconds // 60))
    if seconds < 86400:
        return _tr("%n hour(s) ago", int(seconds // 3600))
    if seconds < 31 * 86400:
        return _tr("%n day(s) ago", int(seconds // 86400))
    return day(at)


def duration(since: datetime, until: datetime | None = None) -> str:
    """A span in its largest whole unit: "3 days", "5 hours", "less than an hour"."""
    seconds = ((until or datetime.now(UTC)) - since).total_seconds()
    if seconds < 3600:
        return _tr("less than an hour")
    if seconds < 86400:
        return _tr("%n hour(s)", int(seconds // 3600))
    return _tr("%n day(s)", int(seconds // 86400))


def status_text(status: ApplicationStatus) -> str:
    return {
        ApplicationStatus.ACTIVE: _tr("Active"),
        ApplicationStatus.REJECTED: _tr("Rejected"),
        ApplicationStatus.WITHDRAWN: _tr("Withdrawn"),
        ApplicationStatus.HIRED: _tr("Hired"),
    }[status]


def recommendation_text(recommendation: Recommendation) -> str:
    return {
        Recommendation.STRONG_NO: _tr("Strong no"),
        Recommendation.NO: _tr("No"),
        Recommendation.YES: _tr("Yes"),
        Recommendation.STRONG_YES: _tr("Strong yes"),
    }[recommendation]


def rating_text(rating: int) -> str:
    """The meaning of a rating of 1 to 4."""
    return {
        1: _tr("1 · Poor"),
        2: _tr("2 · Mixed"),
        3: _tr("3 · Good"),
        4: _tr("4 · Excellent"),
    }.get(rating, str(rating))


def step_text(step: HistoryEntry) -> str:
    """What a step of an application's history did: "Moved from Screening to Interview"."""
    if step.action is StageChangeAction.CREATED:
        return _tr("Added to %1").replace("%1", step.to_stage)
    if step.action is StageChangeAction.MOVED:
        return (
            _tr("Moved from %1 to %2")
            .replace("%1", step.from_stage or "?")
            .replace("%2", step.to_stage)
        )
    if step.action is StageChangeAction.REJECTED:
        return _tr("Rejected in %1").replace("%1", step.to_stage)
    if step.action is StageChangeAction.WITHDRAWN:
        return _tr("Withdrew in %1").replace("%1", step.to_stage)
    if step.from_stage and step.from_stage != step.to_stage:
        return _tr("Hired from %1").replace("%1", step.from_stage)
    return _tr("Hired")


def by_whom(name: str | None) -> str:
    """Who did something; the system when no user did."""
    return name if name else _tr("the system")

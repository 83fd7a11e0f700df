"""How the job screens say durations, statuses and roles, in the user's language."""

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from recruiter_api.enums import JobRoleKind, JobStatus

_CONTEXT = "JobWording"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def duration(delta: timedelta) -> str:
    """A time in a stage, rounded down to the largest unit that fits: '3 days', '5 weeks';
    'just now' under a minute."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("%n minute(s)", minutes)
    hours = minutes // 60
    if hours < 24:
        return _tr("%n hour(s)", hours)
    days = hours // 24
    if days < 14:
        return _tr("%n day(s)", days)
    if days < 60:
        return _tr("%n week(s)", days // 7)
    return _tr("%n month(s)", days // 30)


def job_status(status: JobStatus) -> str:
    """'Active', 'Draft' or 'Closed'."""
    return {
        JobStatus.ACTIVE: _tr("Active"),
        JobStatus.DRAFT: _tr("Draft"),
        JobStatus.CLOSED: _tr("Closed"),
    }[status]


def job_role(role: JobRoleKind) -> str:
    """'Hiring manager', 'Recruiter' or 'Interviewer'."""
    return {
        JobRoleKind.HIRING_MANAGER: _tr("Hiring manager"),
        JobRoleKind.RECRUITER: _tr("Recruiter"),
        JobRoleKind.INTERVIEWER: _tr("Interviewer"),
    }[role]


def date(at: datetime) -> str:
    """A day in the user's time zone and locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


def moment(at: datetime) -> str:
    """A day and time in the user's time zone and locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)

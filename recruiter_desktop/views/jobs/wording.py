"""How the job screens say dates, statuses and roles, in the user's language (durations:
views/wording.py)."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from recruiter_api.enums import JobRoleKind, JobStatus

_CONTEXT = "JobWording"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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

"""How the job screens say dates, statuses and roles, in the user's language (durations:
views/wording.py)."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from recruiter_api.enums import JobRoleKind, JobStatus


def job_status(status: JobStatus) -> str:
    """'Active', 'Draft' or 'Closed'."""
    return {
        JobStatus.ACTIVE: QCoreApplication.translate("JobWording", "Active"),
        JobStatus.DRAFT: QCoreApplication.translate("JobWording", "Draft"),
        JobStatus.CLOSED: QCoreApplication.translate("JobWording", "Closed"),
    }[status]


def job_role(role: JobRoleKind) -> str:
    """'Hiring manager', 'Recruiter' or 'Interviewer'."""
    return {
        JobRoleKind.HIRING_MANAGER: QCoreApplication.translate("JobWording", "Hiring manager"),
        JobRoleKind.RECRUITER: QCoreApplication.translate("JobWording", "Recruiter"),
        JobRoleKind.INTERVIEWER: QCoreApplication.translate("JobWording", "Interviewer"),
    }[role]


def date(at: datetime) -> str:
    """A day in the user's time zone and locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


def moment(at: datetime) -> str:
    """A day and time in the user's time zone and locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)

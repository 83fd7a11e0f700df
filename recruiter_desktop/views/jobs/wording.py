"""How the job screens say statuses and roles, in the user's language (durations:
views/wording.py; dates as the candidate pane says them: views/candidate/wording.py)."""

from PySide6.QtCore import QCoreApplication

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

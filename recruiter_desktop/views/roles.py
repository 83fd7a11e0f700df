"""The organisation's roles in words, for menus, titles and lists."""

from PySide6.QtCore import QCoreApplication

from recruiter_api.enums import OrgRole


def role_name(role: OrgRole) -> str:
    """'Admin', 'Recruiter', 'Hiring manager' or 'Interviewer', translated."""
    names = {
        OrgRole.ADMIN: QCoreApplication.translate("Roles", "Admin"),
        OrgRole.RECRUITER: QCoreApplication.translate("Roles", "Recruiter"),
        OrgRole.HIRING_MANAGER: QCoreApplication.translate("Roles", "Hiring manager"),
        OrgRole.INTERVIEWER: QCoreApplication.translate("Roles", "Interviewer"),
    }
    return names[role]

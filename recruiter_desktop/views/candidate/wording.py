"""The words the candidate views show for times, statuses, stage moves and recommendations,
in the user's language."""

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from recruiter_api.enums import ApplicationStatus, Recommendation, StageChangeAction
from recruiter_desktop.store.queries.candidates import HistoryEntry

# Every string is in a QCoreApplication.translate call of its own, with the context written
# out, so that pyside6-lupdate finds it.


def moment(at: datetime) -> str:
    """A date and time in the user's time zone and locale: "12 Mar 2026, 14:05"."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(
        local, QCoreApplication.translate("CandidateWording", "d MMM yyyy, HH:mm")
    )


def day(at: datetime) -> str:
    """A date in the user's time zone and locale: "12 Mar 2026"."""
    local = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(local, QCoreApplication.translate("CandidateWording", "d MMM yyyy"))


class CandidateTimes(QObject):
    """How long ago something happened, with the plural forms (lupdate finds plurals in `tr`
    calls of a QObject, not in QCoreApplication.translate)."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n minute(s) ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n hour(s) ago", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)


_TIMES = CandidateTimes()


def ago(at: datetime, now: datetime | None = None) -> str:
    """How long ago, roughly: "just now", "5 minutes ago", "3 days ago"; older than a month
    gives the date."""
    seconds = int(((now or datetime.now(UTC)) - at).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("CandidateWording", "just now")
    if seconds < 3600:
        return _TIMES.minutes_ago(seconds // 60)
    if seconds < 86400:
        return _TIMES.hours_ago(seconds // 3600)
    if seconds < 31 * 86400:
        return _TIMES.days_ago(seconds // 86400)
    return day(at)


def status_text(status: ApplicationStatus) -> str:
    return {
        ApplicationStatus.ACTIVE: QCoreApplication.translate("CandidateWording", "Active"),
        ApplicationStatus.REJECTED: QCoreApplication.translate("CandidateWording", "Rejected"),
        ApplicationStatus.WITHDRAWN: QCoreApplication.translate("CandidateWording", "Withdrawn"),
        ApplicationStatus.HIRED: QCoreApplication.translate("CandidateWording", "Hired"),
    }[status]


def recommendation_text(recommendation: Recommendation) -> str:
    return {
        Recommendation.STRONG_NO: QCoreApplication.translate("CandidateWording", "Strong no"),
        Recommendation.NO: QCoreApplication.translate("CandidateWording", "No"),
        Recommendation.YES: QCoreApplication.translate("CandidateWording", "Yes"),
        Recommendation.STRONG_YES: QCoreApplication.translate("CandidateWording", "Strong yes"),
    }[recommendation]


def rating_text(rating: int) -> str:
    """The meaning of a rating of 1 to 4."""
    return {
        1: QCoreApplication.translate("CandidateWording", "1 · Poor"),
        2: QCoreApplication.translate("CandidateWording", "2 · Mixed"),
        3: QCoreApplication.translate("CandidateWording", "3 · Good"),
        4: QCoreApplication.translate("CandidateWording", "4 · Excellent"),
    }.get(rating, str(rating))


def step_text(step: HistoryEntry) -> str:
    """What a step of an application's history did: "Moved from Screening to Interview"."""
    if step.action is StageChangeAction.CREATED:
        return QCoreApplication.translate("CandidateWording", "Added to %1").replace(
            "%1", step.to_stage
        )
    if step.action is StageChangeAction.MOVED:
        return (
            QCoreApplication.translate("CandidateWording", "Moved from %1 to %2")
            .replace("%1", step.from_stage or "?")
            .replace("%2", step.to_stage)
        )
    if step.action is StageChangeAction.REJECTED:
        return QCoreApplication.translate("CandidateWording", "Rejected in %1").replace(
            "%1", step.to_stage
        )
    if step.action is StageChangeAction.WITHDRAWN:
        return QCoreApplication.translate("CandidateWording", "Withdrew in %1").replace(
            "%1", step.to_stage
        )
    if step.from_stage and step.from_stage != step.to_stage:
        return QCoreApplication.translate("CandidateWording", "Hired from %1").replace(
            "%1", step.from_stage
        )
    return QCoreApplication.translate("CandidateWording", "Hired")


def by_whom(name: str | None) -> str:
    """Who did something; the system when no user did."""
    return name if name else QCoreApplication.translate("CandidateWording", "the system")

"""Words every view uses for spans of time ("3 days" in a stage), in the user's language."""

from datetime import timedelta

from PySide6.QtCore import QObject


class Durations(QObject):
    """The units of a span, with their plural forms (lupdate finds plural forms only in `tr`
    calls of a QObject)."""

    def under_a_minute(self) -> str:
        return self.tr("under a minute")

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%n week(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)


_DURATIONS = Durations()


def duration(span: timedelta) -> str:
    """A span rounded down to the largest unit that fits: "5 minutes", "3 hours", "3 days"
    (under two weeks), "5 weeks" (under two months), "4 months"; "under a minute" below a
    minute (and for a span that ends before it starts, as clocks may disagree)."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return _DURATIONS.under_a_minute()
    if minutes < 60:
        return _DURATIONS.minutes(minutes)
    hours = minutes // 60
    if hours < 24:
        return _DURATIONS.hours(hours)
    days = hours // 24
    if days < 14:
        return _DURATIONS.days(days)
    if days < 60:
        return _DURATIONS.weeks(days // 7)
    return _DURATIONS.months(days // 30)

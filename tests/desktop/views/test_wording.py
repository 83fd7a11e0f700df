"""Durations as every view says them: the largest unit that fits, rounded down (the source
texts, as no translation is installed here)."""

from datetime import timedelta

import pytest

from recruiter_desktop.views.wording import duration


@pytest.mark.parametrize(
    ("span", "words"),
    [
        (timedelta(seconds=-30), "under a minute"),  # clocks that disagree
        (timedelta(seconds=59), "under a minute"),
        (timedelta(minutes=1), "1 minute(s)"),
        (timedelta(minutes=59, seconds=59), "59 minute(s)"),
        (timedelta(hours=1), "1 hour(s)"),
        (timedelta(hours=23, minutes=59), "23 hour(s)"),
        (timedelta(days=1), "1 day(s)"),
        (timedelta(days=13, hours=23), "13 day(s)"),
        (timedelta(days=14), "2 week(s)"),
        (timedelta(days=59), "8 week(s)"),
        (timedelta(days=60), "2 month(s)"),
        (timedelta(days=400), "13 month(s)"),
    ],
)
def test_a_span_is_said_in_the_largest_unit_that_fits(span: timedelta, words: str) -> None:
    assert duration(span) == words

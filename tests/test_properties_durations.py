"""Properties of retention periods (config.policy.parse_duration and Duration.after): the
short and ISO 8601 spellings mean the same, calendar months clamp to the month's end, and a
later start never ends a period earlier. Derandomized and bounded; see tests/README.md."""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from privacyguard.config.policy import parse_duration

BOUNDED = settings(max_examples=200, deadline=None, derandomize=True, database=None)

starts = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2090, 12, 31),
    timezones=st.just(timezone.utc),
)
counts = st.integers(0, 400)


@BOUNDED
@given(n=counts, start=starts)
def test_days_weeks_and_hours_are_exact_lengths(n: int, start: datetime) -> None:
    assert parse_duration(f"{n}d").after(start) == start + timedelta(days=n)
    assert parse_duration(f"{n} weeks").after(start) == start + timedelta(weeks=n)
    assert parse_duration(f"{n}h").after(start) == start + timedelta(hours=n)
    assert parse_duration(f"P{n}D").after(start) == start + timedelta(days=n)
    assert parse_duration(f"P{n}W").after(start) == start + timedelta(weeks=n)


@BOUNDED
@given(years=st.integers(0, 30), months=st.integers(0, 40), start=starts)
def test_iso_and_short_spellings_agree_and_months_follow_the_calendar(
    years: int, months: int, start: datetime
) -> None:
    end = parse_duration(f"P{years}Y{months}M").after(start) if years or months else start
    assert parse_duration(f"{12 * years + months}mo").after(start) == end
    total = start.month - 1 + months + 12 * years
    assert (end.year, end.month) == (start.year + total // 12, total % 12 + 1)
    # the same day of the month, or the month's last day when it is shorter
    assert end.day == min(start.day, calendar.monthrange(end.year, end.month)[1])
    assert end.time() == start.time() and end.tzinfo == start.tzinfo


@BOUNDED
@given(text=st.sampled_from(["30d", "6 weeks", "1mo", "24 months", "2y", "P1Y6M", "P1M"]),
       a=starts, b=starts)  # fmt: skip
def test_a_later_start_never_ends_earlier(text: str, a: datetime, b: datetime) -> None:
    d = parse_duration(text)
    early, late = sorted((a, b))
    assert d.after(early) <= d.after(late)
    assert d.after(early) >= early

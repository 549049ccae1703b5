"""Business-hours arithmetic: overnight, weekend, holiday, closure day and daylight saving."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from recordskit.audit.business_hours import BusinessClock
from recordskit.pra.office_calendar import OfficeCalendar
from recordskit.profiles import load_profile

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def local(y, m, d, hh=0, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=LA)


@pytest.fixture
def clock():
    return BusinessClock(load_profile("stockton").business_hours, LA, OfficeCalendar())


def test_within_one_day(clock):
    assert clock.between(local(2026, 8, 5, 9), local(2026, 8, 5, 11, 30)) == 2.5


def test_overnight_counts_only_open_hours(clock):
    # Wednesday 16:00 to Thursday 09:00: one hour before closing, one after opening
    assert clock.between(local(2026, 8, 5, 16), local(2026, 8, 6, 9)) == 2.0


def test_weekend_is_skipped(clock):
    # Friday 18:30 (after closing) to Monday 09:00: one business hour
    assert clock.between(local(2026, 8, 28, 18, 30), local(2026, 8, 31, 9)) == 1.0


def test_judicial_holiday_is_skipped(clock):
    # Labor Day 2026 is Monday September 7: Friday 16:00 to Tuesday 09:00 is two hours
    assert clock.between(local(2026, 9, 4, 16), local(2026, 9, 8, 9)) == 2.0
    assert clock.closed_reasons(dt.date(2026, 9, 7))


def test_city_closure_day_is_skipped():
    clock = BusinessClock(load_profile("stockton").business_hours, LA,
                          OfficeCalendar([dt.date(2026, 8, 6)]))
    assert clock.between(local(2026, 8, 5, 16), local(2026, 8, 7, 9)) == 2.0
    assert "city closure day" in clock.closed_reasons(dt.date(2026, 8, 6))


def test_daylight_saving_change_keeps_wall_clock_hours(clock):
    # DST ends Sunday 2026-11-01: Friday 16:00 PDT to Monday 09:00 PST is two business hours,
    # though 66 hours pass on the clock
    start, end = local(2026, 10, 30, 16), local(2026, 11, 2, 9)
    assert start.utcoffset() != end.utcoffset()
    assert clock.between(start, end) == 2.0
    # spring forward: Friday 2026-03-06 16:00 PST to Monday 2026-03-09 10:00 PDT
    assert clock.between(local(2026, 3, 6, 16), local(2026, 3, 9, 10)) == 3.0


def test_add_is_the_inverse_of_between(clock):
    start = local(2026, 9, 4, 15, 30)  # Friday before Labor Day
    due = clock.add(start, 16)
    # 1.5 h Friday, Labor Day closed, 9 h Tuesday, 5.5 h Wednesday
    assert due.astimezone(LA) == local(2026, 9, 9, 13, 30)
    assert clock.between(start, due) == 16


def test_outside_hours_and_reversed_spans_count_nothing(clock):
    assert clock.between(local(2026, 8, 8, 10), local(2026, 8, 9, 15)) == 0  # weekend
    assert clock.between(local(2026, 8, 6, 12), local(2026, 8, 5, 12)) == 0


def test_naive_instants_are_refused(clock):
    with pytest.raises(ValueError):
        clock.between(dt.datetime(2026, 8, 5, 9), local(2026, 8, 5, 10))

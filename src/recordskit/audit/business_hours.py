"""Business hours: how long something took while the city's offices were open.

The hours and the working days are the policy profile's (``business_hours``); the time zone is
the workspace's; a working day is closed when it is a California judicial holiday or one of the
city's closure days, as the records office counts them (``pra.office_calendar.OfficeCalendar``).
Each open day's window is built in local wall-clock time and turned into UTC instants, so a
daylight saving change shifts the window with the clock, as the office does.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from recordskit.pra.office_calendar import OfficeCalendar
from recordskit.profiles import BusinessHours

HOUR = dt.timedelta(hours=1)


@dataclass(frozen=True)
class BusinessClock:
    hours: BusinessHours
    tz: zoneinfo.ZoneInfo
    calendar: OfficeCalendar

    @classmethod
    def for_audit(cls, profile, config) -> BusinessClock:
        """From a policy profile (hours) and a workspace configuration (zone, closure days)."""
        return cls(profile.business_hours, zoneinfo.ZoneInfo(config.time_zone),
                   OfficeCalendar(config.closure_days))

    def closed_reasons(self, day: dt.date) -> tuple[str, ...]:
        """Why ``day`` has no business hours; empty when it has."""
        reasons = []
        if day.weekday() not in self.hours.weekday_numbers:
            reasons.append(f"{day:%A}: not a business day of the policy profile")
        reasons.extend(h.reason for h in self.calendar.holidays_on(day))
        if day in self.calendar.closure_days:
            reasons.append("city closure day")
        return tuple(reasons)

    def is_business_day(self, day: dt.date) -> bool:
        return _is_open(self, day)

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """The open hours of ``day`` as UTC instants."""
        opens = dt.datetime.combine(day, self.hours.opens_at, self.tz).astimezone(dt.UTC)
        closes = dt.datetime.combine(day, self.hours.closes_at, self.tz).astimezone(dt.UTC)
        return opens, closes

    def _windows_from(self, start: dt.datetime) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        day = start.astimezone(self.tz).date() - dt.timedelta(days=1)
        while True:
            if self.is_business_day(day):
                yield self.window(day)
            day += dt.timedelta(days=1)

    def between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Business hours from ``start`` to ``end`` (aware instants); 0 when end <= start."""
        _aware(start, end)
        if end <= start:
            return 0.0
        total = dt.timedelta()
        for opens, closes in self._windows_from(start):
            if opens >= end:
                break
            lo, hi = max(opens, start), min(closes, end)
            if hi > lo:
                total += hi - lo
        return total / HOUR

    def add(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The instant ``hours`` business hours after ``start``."""
        _aware(start)
        left = dt.timedelta(hours=hours)
        if left <= dt.timedelta():
            return start
        for opens, closes in self._windows_from(start):
            lo = max(opens, start)
            if closes <= lo:
                continue
            if closes - lo >= left:
                return lo + left
            left -= closes - lo
        raise AssertionError("unreachable: the windows never end")

    def many_between(self, pairs: Iterable[tuple[dt.datetime | None, dt.datetime | None]]
                     ) -> list[float | None]:
        """``between`` over pairs; None where either end is missing."""
        return [None if a is None or b is None else self.between(a, b) for a, b in pairs]


@lru_cache(maxsize=65536)
def _is_open(clock: BusinessClock, day: dt.date) -> bool:
    return not clock.closed_reasons(day)


def _aware(*moments: dt.datetime) -> None:
    for m in moments:
        if m.tzinfo is None:
            raise ValueError("business hours need time-zone aware instants")

"""Reporting periods: ``2026-Q3``, ``2026-07``, ``2026``, ``2026-07-01..2026-09-30``,
``last-quarter``. A period is a half-open span of calendar days in the city's time zone, turned
into UTC instants for filtering archived timestamps."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass

from recordskit.errors import InputError, Problem


def day_starts_at(day: dt.date, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The first instant of a calendar day in the city's time zone, in UTC."""
    return dt.datetime.combine(day, dt.time(), tz).astimezone(dt.UTC)


@dataclass(frozen=True)
class Period:
    label: str
    first_day: dt.date
    last_day: dt.date  # inclusive

    def starts_at(self, tz: zoneinfo.ZoneInfo) -> dt.datetime:
        """The first instant of the period, in UTC."""
        return day_starts_at(self.first_day, tz)

    def ends_at(self, tz: zoneinfo.ZoneInfo) -> dt.datetime:
        """The first instant after the period, in UTC (the span is half-open)."""
        return day_starts_at(self.last_day + dt.timedelta(days=1), tz)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


def _quarter(year: int, q: int) -> Period:
    first = dt.date(year, 3 * q - 2, 1)
    last = dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
    return Period(f"{year}-Q{q}", first, last)


def parse_period(text: str, today: dt.date | None = None) -> Period:
    """Parse a period label; ``today`` anchors ``last-quarter`` (the city's today by default)."""
    s = text.strip()
    if s in ("last-quarter", "this-quarter"):
        today = today or dt.date.today()
        q = (today.month - 1) // 3 + 1
        year = today.year
        if s == "last-quarter":
            q, year = (4, year - 1) if q == 1 else (q - 1, year)
        return _quarter(year, q)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", s, re.IGNORECASE):
        return _quarter(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return Period(s, first, nxt - dt.timedelta(days=1))
    if m := re.fullmatch(r"(\d{4})", s):
        year = int(m[1])
        return Period(s, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", s):
        try:
            first, last = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            first = last = None
        if first and last and first <= last:
            return Period(s, first, last)
    raise InputError(Problem("--period", "not a period; use 2026-Q3, 2026-07, 2026, "
                             "2026-07-01..2026-09-30 or last-quarter", value=text))

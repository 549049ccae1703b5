"""Time in the synthetic city: the generated period, local time and business hours.

Everything is epoch seconds (UTC) internally: it is cheap to draw, compare and format for
millions of items. Local time (the city's zone) matters for the rhythms of posting and for
business hours, so offsets are looked up once per hour of the period and cached.
"""

from __future__ import annotations

import datetime as dt
import time
import zoneinfo
from functools import cache

from recordskit.profiles import BusinessHours

TIME_ZONE = "America/Los_Angeles"
ZONE = zoneinfo.ZoneInfo(TIME_ZONE)
HOUR = 3600
DAY = 86400

FIRST_MONTH = (2023, 10)
MONTHS = 36
"""2023-10 .. 2026-09: three years, so the quarter 2026-Q3 is complete."""
AUDIT_QUARTER = "2026-Q3"


def local_ts(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> int:
    """Epoch seconds of a wall-clock time in the city."""
    return int(dt.datetime(y, m, d, hh, mm, ss, tzinfo=ZONE).timestamp())


def utc_ts(y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0) -> int:
    return int(dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.UTC).timestamp())


def month_of(index: int) -> tuple[int, int]:
    y, m = FIRST_MONTH
    m += index
    return y + (m - 1) // 12, (m - 1) % 12 + 1


def month_bounds(index: int) -> tuple[int, int]:
    """[start, end) of a generated month, local midnights."""
    y, m = month_of(index)
    ny, nm = month_of(index + 1)
    return local_ts(y, m, 1), local_ts(ny, nm, 1)


def month_index(ts: int) -> int:
    y, m = local_datetime(ts).timetuple()[:2]
    return (y - FIRST_MONTH[0]) * 12 + m - FIRST_MONTH[1]


PERIOD_START = month_bounds(0)[0]
PERIOD_END = month_bounds(MONTHS - 1)[1] - 1
"""Last second of 2026-09-30, local."""
EXPORT_AT = local_ts(2026, 10, 1, 9, 0)
"""When the exports were taken: nothing is captured later."""


@cache
def _offset_for_hour(hour: int) -> int:
    return int(dt.datetime.fromtimestamp(hour * HOUR, ZONE).utcoffset().total_seconds())


def offset(ts: int) -> int:
    """UTC offset of the city, in seconds, at an instant."""
    return _offset_for_hour(ts // HOUR)


def local_seconds(ts: int) -> int:
    """Wall-clock seconds since the epoch (local time read as if it were UTC)."""
    return ts + offset(ts)


def from_local_seconds(local: int) -> int:
    """Inverse of local_seconds for times outside the 01:00-03:00 DST changeover."""
    return local - offset(local - 8 * HOUR)


def weekday(ts: int) -> int:
    """Monday = 0, local."""
    return (local_seconds(ts) // DAY + 3) % 7


def local_hour(ts: int) -> int:
    return local_seconds(ts) % DAY // HOUR


def local_datetime(ts: int) -> dt.datetime:
    """Naive local wall-clock time (what a person types into a spreadsheet)."""
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=local_seconds(ts))


def utc_datetime(ts: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)


def iso_z(ts: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def iso_date(ts: int) -> str:
    return local_datetime(ts).date().isoformat()


def quarter_label(ts: int) -> str:
    d = local_datetime(ts)
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def add_business_hours(ts: int, hours: float, hours_of: BusinessHours) -> int:
    """The instant ``hours`` business hours after ``ts`` (no holidays: the profile's business
    hours are days and opening times only)."""
    open_s = hours_of.opens_at.hour * HOUR + hours_of.opens_at.minute * 60
    close_s = hours_of.closes_at.hour * HOUR + hours_of.closes_at.minute * 60
    days = hours_of.weekday_numbers
    remaining = int(hours * HOUR)
    local = local_seconds(ts)
    day, sec = divmod(local, DAY)
    while True:
        if (day + 3) % 7 in days:
            start = max(sec, open_s)
            if start < close_s:
                if remaining <= close_s - start:
                    return from_local_seconds(day * DAY + start + remaining)
                remaining -= close_s - start
        day += 1
        sec = 0

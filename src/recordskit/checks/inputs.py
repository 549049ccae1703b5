"""What every frame builder reads: one archive version, the policy profile in force, the city's
time zone, an optional reporting period and the instant the run treats as now."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

import polars as pl

from recordskit.archive import Archive
from recordskit.periods import Period
from recordskit.profiles import Profile


@dataclass(frozen=True)
class CheckInputs:
    archive: Archive
    profile: Profile
    tz: zoneinfo.ZoneInfo
    period: Period | None
    now: dt.datetime
    """The run's instant (UTC): nothing may be dated after it."""

    @property
    def as_of(self) -> dt.datetime:
        """The instant register states are judged at: the period's end, or now."""
        if self.period is None:
            return self.now
        return min(self.period.ends_at(self.tz), self.now)

    @property
    def as_of_day(self) -> dt.date:
        """The city's calendar day of ``as_of`` (the last day of the period, or today)."""
        if self.period is not None and self.period.ends_at(self.tz) <= self.now:
            return self.period.last_day
        return self.now.astimezone(self.tz).date()

    def in_period(self, instant: pl.Expr) -> pl.Expr:
        """True where ``instant`` falls in the period (always true without one); null stays
        null, so the caller decides where undated rows belong."""
        if self.period is None:
            return pl.lit(True)
        starts, ends = self.period.starts_at(self.tz), self.period.ends_at(self.tz)
        return (instant >= starts) & (instant < ends)

    def local_day(self, instant: pl.Expr) -> pl.Expr:
        """The city's calendar day of a UTC instant."""
        return instant.dt.convert_time_zone(str(self.tz)).dt.date()

    def table(self, name: str) -> pl.LazyFrame:
        return self.archive.table(name)

    def current(self, name: str) -> pl.LazyFrame:
        return self.archive.current(name)

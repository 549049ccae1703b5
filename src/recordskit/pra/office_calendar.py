"""Which days the city's records office counts as closed, and why.

A day is closed when it is a Saturday or Sunday, a California judicial holiday (CCP §135) or one
of the city's own closure days (CCP §12b, from the workspace's ``closure_days``). The judicial
holidays are the `holidays` package's US/CA calendar corrected by ``judicial_holidays.yaml``
(see that file for what is dropped, added and observed, and why).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from recordskit.errors import ConfigError, RecordsKitError
from recordskit.pra.citations import citation

DATA_FILE = "judicial_holidays.yaml"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CLOSURE_DAY = "city closure day"


class CalendarYearUnsupported(RecordsKitError):
    """A date outside the years the holiday corrections were checked for."""

    def __init__(self, day: dt.date, first_year: int):
        self.day = day
        self.first_year = first_year
        super().__init__(f"{day.isoformat()}: the judicial holiday calendar covers {first_year} "
                         f"and later (see {DATA_FILE})")


@dataclass(frozen=True)
class Holiday:
    day: dt.date
    name: str
    observed: bool = False
    """The day a holiday falling on a weekend is kept (Gov. Code §6701), not the date itself."""

    @property
    def reason(self) -> str:
        if self.observed:
            return (f"{self.name}, observed ({citation('judicial_holidays').text}; "
                    f"{citation('sunday_holidays').text})")
        return f"{self.name} ({citation('judicial_holidays').text})"


@cache
def _rules() -> dict[str, Any]:
    text = resources.files("recordskit.pra").joinpath(DATA_FILE).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{DATA_FILE}: not valid YAML: {exc}") from None
    for key in ("base", "first_year", "drop", "add", "observed", "expected_each_year"):
        if key not in data:
            raise ConfigError(f"{DATA_FILE}: missing key {key!r}")
    return data


def _applies(entry: dict[str, Any], year: int) -> bool:
    return (entry.get("from_year", year) <= year <= entry.get("until_year", year))


def _rule_date(rule: dict[str, Any], year: int) -> dt.date:
    month = int(rule["month"])
    if "day" in rule:
        return dt.date(year, month, int(rule["day"]))
    weekday = WEEKDAYS.index(str(rule["weekday"]).lower())
    nth = int(rule["nth"])
    days = [d for d in range(1, _cal.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth])


def first_year() -> int:
    return int(_rules()["first_year"])


@cache
def judicial_holidays(year: int) -> tuple[Holiday, ...]:
    """The California judicial holidays of ``year``, observed days included, in date order."""
    rules = _rules()
    if year < first_year():
        raise CalendarYearUnsupported(dt.date(year, 1, 1), first_year())
    import holidays as holidays_pkg  # imported here: building the calendar is rarely needed

    base = rules["base"]
    package = holidays_pkg.country_holidays(
        base["country"], subdiv=base["subdiv"], years=year, observed=False,
        language=base.get("language"))
    dropped = {e["name"] for e in rules["drop"] if _applies(e, year)}
    found: list[Holiday] = []
    for day, names in sorted(package.items()):
        for name in names.split("; "):
            if name not in dropped:
                found.append(Holiday(day, name))
    for entry in rules["add"]:
        if _applies(entry, year):
            found.append(Holiday(_rule_date(entry["rule"], year), entry["name"]))

    to_monday = {e["name"] for e in rules["observed"]["sunday_to_monday"]}
    to_friday = {e["name"] for e in rules["observed"]["saturday_to_friday"]}
    observed: list[Holiday] = []
    for h in found:
        if h.day.weekday() == 6 and h.name in to_monday:
            observed.append(Holiday(h.day + dt.timedelta(days=1), h.name, observed=True))
        elif h.day.weekday() == 5 and h.name in to_friday:
            observed.append(Holiday(h.day - dt.timedelta(days=1), h.name, observed=True))

    names = {h.name for h in found}
    missing = [e["name"] for e in rules["expected_each_year"]
               if _applies(e, year) and e["name"] not in names]
    if missing:
        raise ConfigError(
            f"{DATA_FILE}: the {year} calendar lacks {', '.join(missing)}; the `holidays` "
            f"package ({getattr(holidays_pkg, '__version__', '?')}) changed its names or dates: "
            "correct the data file")
    unique = {(h.day, h.name, h.observed): h for h in found + observed}
    return tuple(sorted(unique.values(), key=lambda h: (h.day, h.observed, h.name)))


class OfficeCalendar:
    """Open and closed days of the city's records office."""

    def __init__(self, closure_days: Iterable[dt.date] = ()):
        self.closure_days = frozenset(closure_days)

    def holidays_on(self, day: dt.date) -> tuple[Holiday, ...]:
        return tuple(h for h in judicial_holidays(day.year) if h.day == day)

    def closed_reasons(self, day: dt.date) -> tuple[str, ...]:
        """Why ``day`` is closed ("Saturday", "Cesar Chavez Day (CCP §135)", "city closure
        day"); empty when the office is open."""
        reasons: list[str] = []
        if day.weekday() >= 5:
            reasons.append(WEEKDAYS[day.weekday()].capitalize())
        reasons.extend(h.reason for h in self.holidays_on(day))
        if day in self.closure_days:
            reasons.append(CLOSURE_DAY)
        return tuple(reasons)

    def is_open(self, day: dt.date) -> bool:
        return not self.closed_reasons(day)

    def next_open_day(self, day: dt.date) -> dt.date:
        """The first open day after ``day``."""
        day += dt.timedelta(days=1)
        while not self.is_open(day):
            day += dt.timedelta(days=1)
        return day

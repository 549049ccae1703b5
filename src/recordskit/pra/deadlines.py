"""CPRA determination deadlines: the due date, its extension, and a request's status.

Gov. Code §7922.535 (former §6253(c)): the determination is due 10 calendar days after receipt.
Day 1 is the day after receipt (CCP §12). If the last day is a Saturday, Sunday, judicial holiday
(CCP §135) or a day the office is closed (CCP §12b), it moves to the next open day (CCP §12a).
Every result carries its derivation, step by step, so a records officer can check it.

Readings of the law this module implements (see also ``deadline_rules.yaml`` and
``judicial_holidays.yaml``):

- After-hours receipt (a common practice, not a statutory rule; off unless the workspace sets
  ``pra.after_hours_next_business_day``): a request received at or after ``office_closes_at``
  local time, or on a closed day, counts as received on the next open day.
- Extension: the notice may add at most 14 days to the 10-day limit, so the extended last day
  is day 10 + 14 = day 24 after receipt, and that day moves under CCP §12a like any last day.
  The 14 days are counted from day 10 itself, not from a day 10 that was moved to the next open
  day: the earlier of the two readings, so a due date shown here is never later than the law
  allows.
- The notice is timely when sent on or before the original (moved) due date: it must come
  within the time limit it extends.
- The cyberattack circumstance is available for requests received (actual local date, before
  any after-hours adjustment) on or after its ``available_from`` date.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from recordskit.errors import ConfigError, RecordsKitError
from recordskit.pra.citations import citation
from recordskit.pra.office_calendar import CLOSURE_DAY, OfficeCalendar

DATA_FILE = "deadline_rules.yaml"
DEFAULT_TIME_ZONE = "America/Los_Angeles"


class DeadlineError(RecordsKitError):
    """An extension the law does not allow, or a register row whose deadline cannot be known."""

    def __init__(self, problem: str, *, field: str | None = None, value: object = None):
        self.problem = problem
        self.field = field
        self.value = value
        text = f"{field}: {problem}" if field else problem
        if value is not None:
            text += f" (got {value!r})"
        super().__init__(text)


@dataclass(frozen=True)
class UnusualCircumstance:
    code: str
    paragraph: str
    text: str
    available_from: dt.date | None = None


@cache
def _rules_data() -> dict[str, Any]:
    text = resources.files("recordskit.pra").joinpath(DATA_FILE).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{DATA_FILE}: not valid YAML: {exc}") from None
    for key in ("determination_days", "extension_max_days", "unusual_circumstances",
                "due_soon_days"):
        if key not in data:
            raise ConfigError(f"{DATA_FILE}: missing key {key!r}")
    return data


def determination_days() -> int:
    return int(_rules_data()["determination_days"])


def extension_max_days() -> int:
    return int(_rules_data()["extension_max_days"])


def unusual_circumstances() -> dict[str, UnusualCircumstance]:
    return {
        code: UnusualCircumstance(code, entry["paragraph"], entry["text"],
                                  entry.get("available_from"))
        for code, entry in _rules_data()["unusual_circumstances"].items()
    }


@dataclass(frozen=True)
class DeadlineRules:
    """Everything besides the statute that decides a due date: the office's closed days, its
    time zone and the after-hours practice."""

    calendar: OfficeCalendar = field(default_factory=OfficeCalendar)
    time_zone: zoneinfo.ZoneInfo = field(
        default_factory=lambda: zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))
    office_closes_at: dt.time = dt.time(17, 0)
    after_hours_next_business_day: bool = False

    @classmethod
    def from_config(cls, config: Any) -> DeadlineRules:
        """From a workspace configuration (``recordskit.toml``): closure_days, time_zone and
        the [pra] settings."""
        return cls(
            calendar=OfficeCalendar(config.closure_days),
            time_zone=zoneinfo.ZoneInfo(config.time_zone),
            office_closes_at=config.pra.office_closes_at,
            after_hours_next_business_day=config.pra.after_hours_next_business_day,
        )

    def local(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` in the city's zone; a naive moment is read as city time already."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.time_zone)
        return moment.astimezone(self.time_zone)

    def local_date(self, moment: dt.date | dt.datetime) -> dt.date:
        return self.local(moment).date() if isinstance(moment, dt.datetime) else moment


@dataclass(frozen=True)
class SkippedDay:
    day: dt.date
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"Skipped {_day(self.day)}: {'; '.join(self.reasons)}."


@dataclass(frozen=True)
class DueDate:
    """A determination due date with its derivation."""

    received_on: dt.date
    """Local calendar date the request arrived."""
    counted_as_received_on: dt.date
    """Date receipt counts from: received_on, or the next open day under the after-hours rule."""
    counting_starts_on: dt.date
    last_day_on: dt.date
    """Day 10, before moving past closed days."""
    due_on: dt.date
    skipped: tuple[SkippedDay, ...]
    citations: tuple[str, ...]
    steps: tuple[str, ...]
    received_at: dt.datetime | None = None
    """Local time of receipt, when known."""
    rules: DeadlineRules = field(default_factory=DeadlineRules, repr=False, compare=False)

    @property
    def derivation(self) -> str:
        return "\n".join(self.steps)


@dataclass(frozen=True)
class Extension:
    """A determination due date extended for an unusual circumstance, with its derivation."""

    original: DueDate
    circumstance: UnusualCircumstance
    notice_sent_on: dt.date
    days: int
    last_day_on: dt.date
    """Day 10 + ``days`` after receipt, before moving past closed days."""
    due_on: dt.date
    skipped: tuple[SkippedDay, ...]
    citations: tuple[str, ...]
    steps: tuple[str, ...]

    @property
    def derivation(self) -> str:
        return "\n".join(self.steps)


def _day(d: dt.date) -> str:
    return f"{d:%A} {d.isoformat()}"


def _roll(last_day: dt.date, calendar: OfficeCalendar) -> tuple[dt.date, tuple[SkippedDay, ...]]:
    skipped = []
    day = last_day
    while reasons := calendar.closed_reasons(day):
        skipped.append(SkippedDay(day, reasons))
        day += dt.timedelta(days=1)
    return day, tuple(skipped)


def _rolling_citations(skipped: tuple[SkippedDay, ...]) -> list[str]:
    if not skipped:
        return []
    cited = [citation("last_day_holiday").text]
    reasons = [r for s in skipped for r in s.reasons]
    if any(r not in ("Saturday", "Sunday", CLOSURE_DAY) for r in reasons):
        cited.append(citation("judicial_holidays").text)
    if CLOSURE_DAY in reasons:
        cited.append(citation("office_closed").text)
    return cited


def determination_due(received_at: dt.datetime | dt.date,
                      rules: DeadlineRules | None = None) -> DueDate:
    """The date a determination on a request received at ``received_at`` is due.

    ``received_at``: an aware datetime (the register stores UTC), a naive datetime in city time,
    or a date when the time of day is unknown (the after-hours rule then only looks at whether
    the day was closed).
    """
    rules = rules or DeadlineRules()
    cal = rules.calendar
    local_at = rules.local(received_at) if isinstance(received_at, dt.datetime) else None
    received_on = local_at.date() if local_at else received_at
    steps = []
    if local_at:
        steps.append(f"Received {_day(received_on)} at {local_at:%H:%M} {local_at.tzname()}.")
    else:
        steps.append(f"Received {_day(received_on)}.")

    counted_on = received_on
    if rules.after_hours_next_business_day:
        closed = cal.closed_reasons(received_on)
        late = local_at is not None and local_at.time() >= rules.office_closes_at
        if closed or late:
            counted_on = cal.next_open_day(received_on)
            why = (f"on a day the office was closed ({'; '.join(closed)})" if closed else
                   f"after the office closed at {rules.office_closes_at:%H:%M}")
            steps.append(f"Received {why}: counted as received on {_day(counted_on)}, the next "
                         "business day (workspace setting pra.after_hours_next_business_day).")

    n = determination_days()
    starts = counted_on + dt.timedelta(days=1)
    last_day = counted_on + dt.timedelta(days=n)
    steps.append(f"Counting starts {_day(starts)}: day 1 is the day after receipt "
                 f"({citation('time_computation').text}).")
    steps.append(f"Day {n} falls on {_day(last_day)}.")
    due_on, skipped = _roll(last_day, cal)
    steps.extend(str(s) for s in skipped)
    if skipped:
        steps.append(f"Day {n} is not an open day: the deadline moves to the next open day "
                     f"({citation('last_day_holiday').text}).")
    steps.append(f"Determination due {_day(due_on)}.")
    cited = (citation("determination").text, citation("time_computation").text,
             *_rolling_citations(skipped))
    steps.append(f"Cited: {'; '.join(cited)}.")
    return DueDate(received_on=received_on, counted_as_received_on=counted_on,
                   counting_starts_on=starts, last_day_on=last_day, due_on=due_on,
                   skipped=skipped, citations=cited, steps=tuple(steps), received_at=local_at,
                   rules=rules)


STATUTE_MATCH_MIN = 90
"""rapidfuzz partial ratio above which a register's free-text reason is read as the statute's
wording of a circumstance (registers quote it, abbreviated or reflowed)."""


def circumstance_code(reason: str | None) -> str | None:
    """The unusual circumstance a register's reason names, or None when it names none."""
    from rapidfuzz import fuzz

    if not reason or not reason.strip():
        return None
    words = set(re.findall(r"[a-z]+", reason.casefold()))
    known = unusual_circumstances()
    for code in known:
        if set(code.split("_")) <= words:
            return code
    for code, c in known.items():
        if fuzz.partial_ratio(reason.casefold(), c.text.casefold()) >= STATUTE_MATCH_MIN:
            return code
    return None


def _circumstance(reason: str) -> UnusualCircumstance:
    known = unusual_circumstances()
    code = reason.strip().lower().replace("-", "_").replace(" ", "_")
    if code not in known:
        raise DeadlineError(
            f"not an unusual circumstance of {citation('unusual_circumstances').text}; "
            f"allowed: {', '.join(known)}", field="extension_reason", value=reason)
    return known[code]


def extend(due: DueDate, reason: str, notice_sent_at: dt.datetime | dt.date, *,
           days: int | None = None, written: bool = True) -> Extension:
    """Extend ``due`` for an unusual circumstance (a code of ``deadline_rules.yaml``, e.g.
    ``voluminous_records``) by a written notice sent at ``notice_sent_at``.

    ``days``: calendar days added to the 10-day limit (at most 14, the default).
    Raises DeadlineError naming the field when the law does not allow the extension.
    """
    limit = extension_max_days()
    days = limit if days is None else days
    circumstance = _circumstance(reason)
    if not written:
        raise DeadlineError(f"the extension notice must be written "
                            f"({citation('determination').text})", field="extension_notice_at")
    if not 1 <= days <= limit:
        raise DeadlineError(f"an extension adds 1 to {limit} days "
                            f"({citation('determination').text})", field="days", value=days)
    if circumstance.available_from and due.received_on < circumstance.available_from:
        raise DeadlineError(
            f"{circumstance.code} is an unusual circumstance only for requests received on or "
            f"after {circumstance.available_from.isoformat()}; this one was received "
            f"{due.received_on.isoformat()}", field="extension_reason", value=reason)
    rules = due.rules
    sent_on = rules.local_date(notice_sent_at)
    if sent_on > due.due_on:
        raise DeadlineError(
            f"the extension notice must be sent on or before the original due date "
            f"{due.due_on.isoformat()}; it was sent {sent_on.isoformat()}",
            field="extension_notice_at", value=sent_on.isoformat())
    if sent_on < due.received_on:
        raise DeadlineError(f"the extension notice predates the request (received "
                            f"{due.received_on.isoformat()})", field="extension_notice_at",
                            value=sent_on.isoformat())

    n = determination_days()
    last_day = due.last_day_on + dt.timedelta(days=days)
    due_on, skipped = _roll(last_day, rules.calendar)
    c = citation("unusual_circumstances").text
    steps = [
        f"Original determination due {_day(due.due_on)}.",
        f"Written extension notice sent {_day(sent_on)}, on or before the original due date.",
        f"Unusual circumstance {circumstance.paragraph}: {circumstance.text} ({c}).",
        f"{days} days added to day {n} ({_day(due.last_day_on)}): day {n + days} after "
        f"receipt falls on {_day(last_day)}.",
        *(str(s) for s in skipped),
    ]
    if skipped:
        steps.append(f"Day {n + days} is not an open day: the deadline moves to the next open "
                     f"day ({citation('last_day_holiday').text}).")
    steps.append(f"Extended determination due {_day(due_on)}.")
    cited = (citation("determination").text, c, citation("time_computation").text,
             *_rolling_citations(skipped))
    cited = tuple(dict.fromkeys(cited))
    steps.append(f"Cited: {'; '.join(cited)}.")
    return Extension(original=due, circumstance=circumstance, notice_sent_on=sent_on, days=days,
                     last_day_on=last_day, due_on=due_on, skipped=skipped, citations=cited,
                     steps=tuple(steps))


# --- register status ----------------------------------------------------------------------------

Status = Literal["determined", "overdue", "due_soon", "open"]


@dataclass(frozen=True)
class RequestStatus:
    request_id: str | None
    status: Status
    due_on: dt.date
    is_extended: bool
    days_left: int
    """Calendar days from today to the due date; negative when overdue."""


def due_soon_days() -> int:
    return int(_rules_data()["due_soon_days"])


def request_status(row: Mapping[str, Any], today: dt.date, *,
                   rules: DeadlineRules | None = None,
                   soon_within_days: int | None = None) -> RequestStatus:
    """Status of one ``pra_requests`` register row on ``today``.

    The due date is ``extended_due_on`` when set, else ``due_on``; when the row has neither,
    it is computed from ``received_at`` (and a recorded extension) with ``rules``, which should
    be the workspace's (``DeadlineRules.from_config``). A row with a determination is
    "determined"; otherwise "overdue" after the due date, "due_soon" within
    ``soon_within_days`` (``deadline_rules.yaml``), else "open".
    """
    soon = due_soon_days() if soon_within_days is None else soon_within_days
    request_id = row.get("request_id")
    due_on, is_extended = row.get("extended_due_on"), True
    if due_on is None:
        due_on, is_extended = _computed_due(row, rules)
    days_left = (due_on - today).days
    if row.get("determination_at") is not None or row.get("determination") not in (
            None, "", "pending"):
        status: Status = "determined"
    elif days_left < 0:
        status = "overdue"
    elif days_left <= soon:
        status = "due_soon"
    else:
        status = "open"
    return RequestStatus(request_id, status, due_on, is_extended, days_left)


def _computed_due(row: Mapping[str, Any], rules: DeadlineRules | None) -> tuple[dt.date, bool]:
    if rules is None:
        if row.get("due_on") is not None:
            return row["due_on"], False
        raise DeadlineError("no due date recorded and no deadline rules given to compute one",
                            field="due_on", value=row.get("request_id"))
    if row.get("received_at") is None:
        if row.get("due_on") is not None:
            return row["due_on"], False
        raise DeadlineError("no due date and no receipt time", field="received_at",
                            value=row.get("request_id"))
    due = determination_due(row["received_at"], rules)
    if row.get("extension_reason") and row.get("extension_notice_at") is not None:
        return extend(due, row["extension_reason"], row["extension_notice_at"]).due_on, True
    return (row.get("due_on") or due.due_on), False

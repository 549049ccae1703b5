"""CPRA determination deadlines: worked examples, each computed by hand in its comment.

Calendar facts used below (2026): Jan 1 is a Thursday, so Feb 2 and Mar 2 are Mondays, Mar 3 a
Tuesday, Mar 31 a Tuesday; Thanksgiving is Thu Nov 26, Christmas Fri Dec 25. Daylight saving
time starts Sun 2026-03-08 (PST = UTC-8 before, PDT = UTC-7 after).
"""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit.config import parse_workspace
from recordskit.errors import RecordsKitError
from recordskit.pra.deadlines import (
    DeadlineError,
    DeadlineRules,
    determination_due,
    extend,
    request_status,
)
from recordskit.pra.office_calendar import (
    CalendarYearUnsupported,
    OfficeCalendar,
    judicial_holidays,
)

UTC = dt.UTC
D = dt.date
DETERMINATION = "Gov. Code §7922.535 (former §6253(c))"
UNUSUAL = "Gov. Code §7922.535(c) (former §6253(c))"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def closed(*days: dt.date) -> DeadlineRules:
    return DeadlineRules(calendar=OfficeCalendar(days))


AFTER_HOURS = DeadlineRules(after_hours_next_business_day=True)


# --- the judicial holiday calendar ---------------------------------------------------------------

def test_2026_judicial_holidays_are_exactly_the_court_list():
    # CCP §135 holidays for 2026, as the California courts publish them, except that the courts'
    # Friday 2026-07-03 (Judicial Council alternative day for Sat Jul 4) is deliberately absent:
    # see judicial_holidays.yaml. A change of the `holidays` package that moves any of these
    # fails here.
    got = {(h.day, h.name) for h in judicial_holidays(2026)}
    assert got == {
        (D(2026, 1, 1), "New Year's Day"),
        (D(2026, 1, 19), "Martin Luther King Jr. Day"),
        (D(2026, 2, 12), "Lincoln Day"),
        (D(2026, 2, 16), "Presidents' Day"),
        (D(2026, 3, 31), "Cesar Chavez Day"),
        (D(2026, 5, 25), "Memorial Day"),
        (D(2026, 6, 19), "Juneteenth National Independence Day"),
        (D(2026, 7, 4), "Independence Day"),
        (D(2026, 9, 7), "Labor Day"),
        (D(2026, 9, 25), "Native American Day"),
        (D(2026, 11, 11), "Veterans Day"),
        (D(2026, 11, 26), "Thanksgiving Day"),
        (D(2026, 11, 27), "Day After Thanksgiving"),
        (D(2026, 12, 25), "Christmas Day"),
    }


def test_package_holidays_that_are_not_judicial_holidays_are_dropped():
    cal = OfficeCalendar()
    assert cal.is_open(D(2028, 2, 15))  # Tue: Susan B. Anthony Day in the package
    assert cal.is_open(D(2027, 10, 29))  # Fri: Diwali in the package (excluded by AB 268)
    assert cal.is_open(D(2026, 10, 12))  # Mon: Columbus Day, excluded since 2022
    assert cal.is_open(D(2026, 9, 9))  # Wed: Admission Day


def test_observed_days_sunday_to_monday_and_veterans_day_saturday_to_friday():
    cal = OfficeCalendar()
    # Sun 2027-07-04 -> Mon 2027-07-05 (Gov. Code §6701).
    assert cal.closed_reasons(D(2027, 7, 5)) == (
        "Independence Day, observed (CCP §135; Gov. Code §6701)",)
    # Sat 2028-11-11 -> Fri 2028-11-10 (Gov. Code §6701, Veterans Day only).
    assert cal.closed_reasons(D(2028, 11, 10)) == (
        "Veterans Day, observed (CCP §135; Gov. Code §6701)",)
    # Sat 2026-07-04: the Friday before is NOT a holiday of the office; Sat 2027-12-25 likewise.
    assert cal.is_open(D(2026, 7, 3))
    assert cal.is_open(D(2027, 12, 24))
    assert cal.closed_reasons(D(2026, 7, 4)) == ("Saturday", "Independence Day (CCP §135)")


def test_years_before_the_checked_corrections_are_refused():
    with pytest.raises(CalendarYearUnsupported, match="2010 and later"):
        OfficeCalendar().is_open(D(2009, 6, 1))
    assert issubclass(CalendarYearUnsupported, RecordsKitError)


# --- determination due dates ---------------------------------------------------------------------

def test_received_on_a_tuesday_with_no_holidays():
    # Received Tue 2026-03-03 10:00 PST (18:00 UTC). Day 1 = Wed Mar 4; day 10 = Fri Mar 13,
    # an open day -> due Fri 2026-03-13.
    due = determination_due(utc(2026, 3, 3, 18, 0))
    assert due.due_on == D(2026, 3, 13)
    assert due.skipped == ()
    assert due.steps == (
        "Received Tuesday 2026-03-03 at 10:00 PST.",
        "Counting starts Wednesday 2026-03-04: day 1 is the day after receipt (CCP §12).",
        "Day 10 falls on Friday 2026-03-13.",
        "Determination due Friday 2026-03-13.",
        f"Cited: {DETERMINATION}; CCP §12.",
    )
    assert due.citations == (DETERMINATION, "CCP §12")


def test_day_10_on_a_saturday_moves_to_monday():
    # Received Wed 2026-03-04. Day 10 = Sat Mar 14; skip Sat 14, Sun 15 -> due Mon 2026-03-16.
    due = determination_due(D(2026, 3, 4))
    assert due.last_day_on == D(2026, 3, 14)
    assert due.due_on == D(2026, 3, 16)
    assert due.steps == (
        "Received Wednesday 2026-03-04.",
        "Counting starts Thursday 2026-03-05: day 1 is the day after receipt (CCP §12).",
        "Day 10 falls on Saturday 2026-03-14.",
        "Skipped Saturday 2026-03-14: Saturday.",
        "Skipped Sunday 2026-03-15: Sunday.",
        "Day 10 is not an open day: the deadline moves to the next open day (CCP §12a).",
        "Determination due Monday 2026-03-16.",
        f"Cited: {DETERMINATION}; CCP §12; CCP §12a.",
    )


def test_thanksgiving_weekend():
    # Received Mon 2026-11-16. Day 10 = Thu Nov 26 (Thanksgiving); skip Thu 26, Fri 27 (day
    # after Thanksgiving), Sat 28, Sun 29 -> due Mon 2026-11-30.
    due = determination_due(D(2026, 11, 16))
    assert due.due_on == D(2026, 11, 30)
    assert [str(s) for s in due.skipped] == [
        "Skipped Thursday 2026-11-26: Thanksgiving Day (CCP §135).",
        "Skipped Friday 2026-11-27: Day After Thanksgiving (CCP §135).",
        "Skipped Saturday 2026-11-28: Saturday.",
        "Skipped Sunday 2026-11-29: Sunday.",
    ]
    assert due.steps[-1] == f"Cited: {DETERMINATION}; CCP §12; CCP §12a; CCP §135."


def test_across_the_year_boundary():
    # Received Tue 2026-12-22 (Christmas Fri Dec 25 lies inside the period and does not matter:
    # days are calendar days). Day 10 = Fri 2027-01-01, New Year's Day; skip Fri Jan 1, Sat 2,
    # Sun 3 -> due Mon 2027-01-04.
    due = determination_due(D(2026, 12, 22))
    assert due.last_day_on == D(2027, 1, 1)
    assert due.due_on == D(2027, 1, 4)
    assert [s.reasons for s in due.skipped] == [
        ("New Year's Day (CCP §135)",), ("Saturday",), ("Sunday",)]


def test_day_10_on_christmas():
    # Received Tue 2026-12-15. Day 10 = Fri Dec 25; skip Fri 25, Sat 26, Sun 27 -> Mon Dec 28.
    assert determination_due(D(2026, 12, 15)).due_on == D(2026, 12, 28)


def test_day_10_on_cesar_chavez_day():
    # Received Sat 2026-03-21 (after-hours rule off: receipt counts that day). Day 10 = Tue
    # Mar 31, Cesar Chavez Day -> due Wed 2026-04-01.
    due = determination_due(D(2026, 3, 21))
    assert due.due_on == D(2026, 4, 1)
    assert "Skipped Tuesday 2026-03-31: Cesar Chavez Day (CCP §135)." in due.steps


def test_day_10_on_lincoln_day():
    # Received Mon 2026-02-02. Day 10 = Thu Feb 12, Lincoln Day (not in the package's calendar
    # since 2009; added by the data file) -> due Fri 2026-02-13.
    due = determination_due(D(2026, 2, 2))
    assert due.due_on == D(2026, 2, 13)
    assert "Skipped Thursday 2026-02-12: Lincoln Day (CCP §135)." in due.steps


def test_day_10_on_native_american_day():
    # Received Tue 2026-09-15. Day 10 = Fri Sep 25, Native American Day (fourth Friday of
    # September); skip Fri 25, Sat 26, Sun 27 -> due Mon 2026-09-28.
    due = determination_due(D(2026, 9, 15))
    assert due.due_on == D(2026, 9, 28)
    assert due.skipped[0].reasons == ("Native American Day (CCP §135)",)


def test_susan_b_anthony_day_does_not_move_a_deadline():
    # Received Sat 2028-02-05. Day 10 = Tue Feb 15, Susan B. Anthony Day in the package but not
    # a judicial holiday -> due Tue 2028-02-15.
    assert determination_due(D(2028, 2, 5)).due_on == D(2028, 2, 15)


def test_city_closure_day():
    # Closure day Thu 2026-12-24. Received Mon 2026-12-14 10:00 PST. Day 10 = Thu Dec 24
    # (closure); skip Thu 24, Fri 25 (Christmas), Sat 26, Sun 27 -> due Mon 2026-12-28.
    due = determination_due(utc(2026, 12, 14, 18, 0), closed(D(2026, 12, 24)))
    assert due.due_on == D(2026, 12, 28)
    assert due.steps[3] == "Skipped Thursday 2026-12-24: city closure day."
    assert due.steps[-1] == (f"Cited: {DETERMINATION}; CCP §12; CCP §12a; CCP §135; CCP §12b.")
    # Without the closure day, Thu Dec 24 is an open day.
    assert determination_due(utc(2026, 12, 14, 18, 0)).due_on == D(2026, 12, 24)


def test_saturday_holiday_friday_counts_only_as_a_city_closure():
    # Received Tue 2026-06-23. Day 10 = Fri Jul 3. Jul 4 is a Saturday; the Friday before is not
    # a holiday of the office -> due Fri 2026-07-03. If the city closes that Friday: skip Fri 3
    # (closure), Sat 4 (Saturday; Independence Day), Sun 5 -> due Mon 2026-07-06.
    assert determination_due(D(2026, 6, 23)).due_on == D(2026, 7, 3)
    due = determination_due(D(2026, 6, 23), closed(D(2026, 7, 3)))
    assert due.due_on == D(2026, 7, 6)
    assert due.skipped[1].reasons == ("Saturday", "Independence Day (CCP §135)")


def test_after_hours_rule_off_uses_the_local_date():
    # 2026-03-04 01:30 UTC is Tue 2026-03-03 17:30 PST. Off (the default): received Tue Mar 3,
    # day 10 = Fri Mar 13 -> due Fri 2026-03-13. (The UTC date, Mar 4, would give Mon Mar 16.)
    due = determination_due(utc(2026, 3, 4, 1, 30))
    assert due.received_on == due.counted_as_received_on == D(2026, 3, 3)
    assert due.due_on == D(2026, 3, 13)
    assert due.steps[0] == "Received Tuesday 2026-03-03 at 17:30 PST."
    assert not any("next business day" in s for s in due.steps)


def test_after_hours_rule_on_counts_from_the_next_business_day():
    # Same request, rule on: received after 17:00 -> counts as received Wed Mar 4; day 10 = Sat
    # Mar 14; skip Sat, Sun -> due Mon 2026-03-16.
    due = determination_due(utc(2026, 3, 4, 1, 30), AFTER_HOURS)
    assert due.counted_as_received_on == D(2026, 3, 4)
    assert due.due_on == D(2026, 3, 16)
    assert due.steps[1] == (
        "Received after the office closed at 17:00: counted as received on Wednesday "
        "2026-03-04, the next business day (workspace setting "
        "pra.after_hours_next_business_day).")
    # 17:00 sharp is closed (Tue Mar 3 17:00 PST = Mar 4 01:00 UTC); 16:59 is not.
    assert determination_due(utc(2026, 3, 4, 1, 0), AFTER_HOURS).due_on == D(2026, 3, 16)
    assert determination_due(utc(2026, 3, 4, 0, 59), AFTER_HOURS).due_on == D(2026, 3, 13)


def test_after_hours_rule_on_a_closed_day():
    # Received Sat 2026-03-21 12:00 UTC (05:00 PDT). Rule on: counts as received Mon Mar 23;
    # day 10 = Thu Apr 2 -> due Thu 2026-04-02 (off: Wed Apr 1, see the Cesar Chavez example).
    due = determination_due(utc(2026, 3, 21, 12, 0), AFTER_HOURS)
    assert due.due_on == D(2026, 4, 2)
    assert due.steps[1].startswith("Received on a day the office was closed (Saturday): counted "
                                   "as received on Monday 2026-03-23")


def test_rules_from_workspace_configuration():
    config = parse_workspace({
        "city_name": "Testville", "time_zone": "America/Los_Angeles",
        "closure_days": ["2026-12-24"],
        "pra": {"office_closes_at": "16:30:00", "after_hours_next_business_day": True},
    }, "test")
    rules = DeadlineRules.from_config(config)
    # Mon 2026-12-14 16:45 PST = 2026-12-15 00:45 UTC: after 16:30 -> counts as received Tue
    # Dec 15; day 10 = Fri Dec 25 (Christmas); skip Fri, Sat, Sun -> due Mon 2026-12-28.
    assert determination_due(utc(2026, 12, 15, 0, 45), rules).due_on == D(2026, 12, 28)
    assert rules.calendar.closed_reasons(D(2026, 12, 24)) == ("city closure day",)


# --- extensions ----------------------------------------------------------------------------------

def test_extension_adds_14_days_to_day_10():
    # Received Mon 2026-11-16: day 10 = Thu Nov 26, due Mon Nov 30 (Thanksgiving weekend).
    # Extension: day 24 = Nov 16 + 24 = Thu 2026-12-10, an open day -> extended due Dec 10.
    # (Adding 14 days to the moved due date instead would give Mon Dec 14: later than the law
    # allows under our reading, so it must not be the answer.)
    due = determination_due(D(2026, 11, 16))
    ext = extend(due, "voluminous_records", D(2026, 11, 20))
    assert ext.due_on == D(2026, 12, 10)
    assert ext.due_on != D(2026, 12, 14)
    assert ext.steps == (
        "Original determination due Monday 2026-11-30.",
        "Written extension notice sent Friday 2026-11-20, on or before the original due date.",
        "Unusual circumstance (c)(2): the need to search for, collect, and appropriately "
        "examine a voluminous amount of separate and distinct records that are demanded in a "
        f"single request ({UNUSUAL}).",
        "14 days added to day 10 (Thursday 2026-11-26): day 24 after receipt falls on Thursday "
        "2026-12-10.",
        "Extended determination due Thursday 2026-12-10.",
        f"Cited: {DETERMINATION}; {UNUSUAL}; CCP §12.",
    )


def test_extended_date_itself_rolls_past_closed_days():
    # Received Wed 2026-03-04: due Mon Mar 16. Day 24 = Sat Mar 28; skip Sat 28, Sun 29 ->
    # extended due Mon 2026-03-30. Notice on the original due date itself is timely.
    due = determination_due(D(2026, 3, 4))
    ext = extend(due, "data_compilation", D(2026, 3, 16))
    assert ext.last_day_on == D(2026, 3, 28)
    assert ext.due_on == D(2026, 3, 30)
    assert "Skipped Saturday 2026-03-28: Saturday." in ext.steps
    assert ext.steps[-1] == f"Cited: {DETERMINATION}; {UNUSUAL}; CCP §12; CCP §12a."


def test_shorter_extension_and_reason_spelling():
    # Received Wed 2026-03-04: day 10 Sat Mar 14. 7 days: day 17 = Sat Mar 21 -> Mon Mar 23.
    due = determination_due(D(2026, 3, 4))
    ext = extend(due, "Field facilities", D(2026, 3, 10), days=7)
    assert (ext.circumstance.code, ext.due_on) == ("field_facilities", D(2026, 3, 23))


def test_every_listed_circumstance_is_accepted():
    due = determination_due(D(2026, 3, 4))
    for reason in ("field_facilities", "voluminous_records", "consultation", "data_compilation",
                   "state_of_emergency", "cyberattack"):
        assert extend(due, reason, D(2026, 3, 5)).due_on == D(2026, 3, 30)


def test_invalid_reason_is_rejected():
    due = determination_due(D(2026, 3, 4))
    with pytest.raises(DeadlineError) as exc:
        extend(due, "staff on vacation", D(2026, 3, 5))
    assert exc.value.field == "extension_reason"
    assert str(exc.value) == (
        f"extension_reason: not an unusual circumstance of {UNUSUAL}; allowed: "
        "field_facilities, voluminous_records, consultation, data_compilation, "
        "state_of_emergency, cyberattack (got 'staff on vacation')")


def test_notice_after_the_original_due_date_is_rejected():
    # Due Mon 2026-03-16; a notice on Tue Mar 17 is late.
    due = determination_due(D(2026, 3, 4))
    with pytest.raises(DeadlineError, match="on or before the original due date 2026-03-16; "
                                            "it was sent 2026-03-17") as exc:
        extend(due, "consultation", D(2026, 3, 17))
    assert exc.value.field == "extension_notice_at"


def test_notice_time_is_read_in_the_city_zone():
    # 2026-03-17 05:00 UTC is Mon 2026-03-16 22:00 PDT: still the original due date, timely.
    due = determination_due(D(2026, 3, 4))
    ext = extend(due, "consultation", utc(2026, 3, 17, 5, 0))
    assert ext.notice_sent_on == D(2026, 3, 16)
    with pytest.raises(DeadlineError):
        extend(due, "consultation", utc(2026, 3, 17, 8, 0))  # 01:00 PDT Tue Mar 17


def test_more_than_14_days_is_rejected():
    due = determination_due(D(2026, 3, 4))
    with pytest.raises(DeadlineError, match="adds 1 to 14 days") as exc:
        extend(due, "voluminous_records", D(2026, 3, 5), days=15)
    assert (exc.value.field, exc.value.value) == ("days", 15)
    with pytest.raises(DeadlineError):
        extend(due, "voluminous_records", D(2026, 3, 5), days=0)


def test_notice_must_be_written():
    due = determination_due(D(2026, 3, 4))
    with pytest.raises(DeadlineError, match="must be written"):
        extend(due, "voluminous_records", D(2026, 3, 5), written=False)


def test_cyberattack_only_for_requests_from_2026():
    # Received Mon 2025-12-29: rejected. Received Mon 2026-01-05: day 10 = Thu Jan 15, due
    # Jan 15; day 24 = Thu Jan 29 -> extended due 2026-01-29.
    old = determination_due(D(2025, 12, 29))
    with pytest.raises(DeadlineError, match="only for requests received on or after "
                                            "2026-01-01; this one was received 2025-12-29"):
        extend(old, "cyberattack", D(2025, 12, 30))
    new = determination_due(D(2026, 1, 5))
    assert extend(new, "cyberattack", D(2026, 1, 6)).due_on == D(2026, 1, 29)


def test_notice_before_receipt_is_rejected():
    due = determination_due(D(2026, 3, 4))
    with pytest.raises(DeadlineError, match="predates the request"):
        extend(due, "consultation", D(2026, 3, 3))


# --- register status -----------------------------------------------------------------------------

ROW = {"request_id": "PRA-1", "received_at": utc(2026, 3, 4, 18, 0), "due_on": D(2026, 3, 16),
       "extended_due_on": None, "determination": "pending", "determination_at": None,
       "extension_reason": None, "extension_notice_at": None}


@pytest.mark.parametrize(("today", "status", "days_left"), [
    (D(2026, 3, 5), "open", 11),
    (D(2026, 3, 12), "open", 4),
    (D(2026, 3, 13), "due_soon", 3),
    (D(2026, 3, 16), "due_soon", 0),
    (D(2026, 3, 17), "overdue", -1),
])
def test_status_against_the_due_date(today, status, days_left):
    got = request_status(ROW, today)
    assert (got.status, got.days_left, got.due_on, got.is_extended) == (
        status, days_left, D(2026, 3, 16), False)


def test_status_uses_the_extended_due_date():
    row = {**ROW, "extended_due_on": D(2026, 3, 30), "extension_reason": "voluminous_records"}
    got = request_status(row, D(2026, 3, 17))
    assert (got.status, got.due_on, got.is_extended, got.days_left) == (
        "open", D(2026, 3, 30), True, 13)
    assert request_status(row, D(2026, 3, 31)).status == "overdue"


def test_determined_requests_are_not_overdue():
    row = {**ROW, "determination": "records_provided", "determination_at": utc(2026, 3, 20)}
    assert request_status(row, D(2026, 4, 1)).status == "determined"


def test_status_computes_missing_dates_with_the_rules():
    # Received 2026-03-04 10:00 PST, no dates recorded: due Mon Mar 16; with a recorded
    # extension (notice Mar 10): day 24 Sat Mar 28 -> Mon Mar 30.
    row = {**ROW, "due_on": None}
    assert request_status(row, D(2026, 3, 14), rules=DeadlineRules()).due_on == D(2026, 3, 16)
    row = {**row, "extension_reason": "consultation", "extension_notice_at": utc(2026, 3, 10)}
    got = request_status(row, D(2026, 3, 20), rules=DeadlineRules())
    assert (got.due_on, got.is_extended) == (D(2026, 3, 30), True)
    with pytest.raises(DeadlineError, match="no due date recorded"):
        request_status({**ROW, "due_on": None}, D(2026, 3, 14))

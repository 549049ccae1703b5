import datetime as dt
import zoneinfo

import pytest

from recordskit.errors import InputError
from recordskit.periods import parse_period

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ("2026-q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2026-12", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("2026-03-05..2026-04-01", dt.date(2026, 3, 5), dt.date(2026, 4, 1)),
])
def test_labels(text, first, last):
    p = parse_period(text)
    assert (p.first_day, p.last_day) == (first, last)


def test_last_quarter_wraps_the_year():
    assert parse_period("last-quarter", today=dt.date(2026, 2, 10)).label == "2025-Q4"
    assert parse_period("last-quarter", today=dt.date(2026, 11, 21)).label == "2026-Q3"


def test_instants_are_city_midnights_in_utc():
    p = parse_period("2026-Q3")
    assert p.starts_at(LA) == dt.datetime(2026, 7, 1, 7, tzinfo=dt.UTC)  # PDT
    assert p.ends_at(LA) == dt.datetime(2026, 10, 1, 7, tzinfo=dt.UTC)
    assert parse_period("2026-Q4").ends_at(LA) == dt.datetime(2027, 1, 1, 8, tzinfo=dt.UTC)


@pytest.mark.parametrize("bad", ["2026-Q5", "Q3", "2026-13", "2026-09-30..2026-07-01", "soon"])
def test_bad_labels_are_input_errors(bad):
    with pytest.raises(InputError, match="not a period"):
        parse_period(bad)

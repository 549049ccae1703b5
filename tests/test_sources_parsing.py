"""The shared parsing helpers: vectorized record ids, timestamps, header matching."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordskit.schema import CONTENT_KINDS, PLATFORMS, record_id, record_id_expr
from recordskit.sources.headers import find_header, normalize
from recordskit.sources.ids import record_ids
from recordskit.sources.timestamps import parse_times

TZ = "America/Los_Angeles"


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLATFORMS), st.text(min_size=1),
                          st.sampled_from(CONTENT_KINDS), st.text(min_size=1)),
                min_size=1, max_size=20))
def test_vectorized_record_ids_equal_the_specification(rows):
    frame = pl.DataFrame(rows, schema=["platform", "account_id", "kind", "native_id"],
                         orient="row")
    expected = [record_id(*r[:2], r[2], r[3]) for r in rows]
    assert record_ids(frame).to_list() == expected
    assert frame.select(record_id_expr(pl.col("platform"), pl.col("account_id"),
                                       pl.col("kind"), pl.col("native_id")))[:, 0].to_list() \
        == expected


@pytest.mark.parametrize(("text", "utc", "naive"), [
    ("Fri Feb 20 09:10:58 +0000 2026", dt.datetime(2026, 2, 20, 9, 10, 58), False),
    ("2014-05-06 17:40:19 +0000", dt.datetime(2014, 5, 6, 17, 40, 19), False),
    ("2026-03-06T20:15:00.000Z", dt.datetime(2026, 3, 6, 20, 15), False),
    ("2026-03-01T10:00:00-08:00", dt.datetime(2026, 3, 1, 18, 0), False),
    ("2025-11-03T17:20:05.123456+00:00", dt.datetime(2025, 11, 3, 17, 20, 5, 123456), False),
    ("3/14/2026 2:05 PM", dt.datetime(2026, 3, 14, 21, 5), True),
    ("3/14/2026 2:05 p.m.", dt.datetime(2026, 3, 14, 21, 5), True),
    ("2026-01-10 08:00", dt.datetime(2026, 1, 10, 16, 0), True),
    ("2026-07-04", dt.datetime(2026, 7, 4, 7, 0), True),
])
def test_timestamps(text, utc, naive):
    parsed = parse_times(pl.Series("t", [text]), TZ)
    assert parsed.values[0] == utc.replace(tzinfo=dt.UTC)
    assert parsed.naive == int(naive)
    assert not parsed.unreadable[0]


def test_unreadable_and_missing_times():
    parsed = parse_times(pl.Series("t", ["soon", None, "", "2026-03-08 02:30"]), TZ)
    # 02:30 on 2026-03-08 does not exist in Los Angeles (clocks jump to 03:00)
    assert parsed.unreadable.to_list() == [True, False, False, True]


@pytest.mark.parametrize("bulk", ["2026-03-06T20:15:00Z", "2026-03-06T12:15:00.000-08:00"])
def test_a_column_mostly_in_zoned_iso_reads_its_other_values_the_general_way(bulk):
    # a sample of ISO times with a zone takes the direct path; the values written otherwise
    # must still read exactly as they would alone
    odd = ["3/14/2026 2:05 PM", "soon", "", None, " 2026-03-06T20:15:00.000Z ",
           "2026-03-08 02:30", "2026-07-04", "2026-03-06T20:15:00.250Z",
           "2026-03-01T10:00:00-08:00"]
    column = [bulk] * 1200 + odd + [bulk] * 1200
    parsed = parse_times(pl.Series("t", column), TZ)
    alone = [parse_times(pl.Series("t", [v]), TZ) for v in odd]
    got = slice(1200, 1200 + len(odd))
    assert parsed.values[got].to_list() == [a.values[0] for a in alone]
    assert parsed.unreadable[got].to_list() == [a.unreadable[0] for a in alone]
    assert parsed.naive == sum(a.naive for a in alone) == 2
    assert parsed.values[0] == parsed.values[-1] == dt.datetime(2026, 3, 6, 20, 15, tzinfo=dt.UTC)
    assert parsed.values[1200 + 7] == dt.datetime(2026, 3, 6, 20, 15, 0, 250000, tzinfo=dt.UTC)
    assert parsed.unreadable.sum() == 2


def test_an_empty_time_column_is_all_null_and_nothing_unreadable():
    parsed = parse_times(pl.Series("t", [None, None], dtype=pl.String), TZ)
    assert parsed.values.dtype == pl.Datetime("us", "UTC")
    assert parsed.values.null_count() == 2 and not parsed.unreadable.any()


def test_header_matching_ignores_case_spaces_and_punctuation():
    assert normalize("Account ID") == normalize("account_id") == normalize("ACCOUNT-ID")
    rows = [["Parks log", None], [], ["Platform", "Account ID", "Action"], ["x", "a", "hide"]]
    assert find_header(rows, {"platform": (), "account_id": (), "action": ()},
                       ["platform", "action"]) == (2, {"platform": 0, "account_id": 1,
                                                       "action": 2})

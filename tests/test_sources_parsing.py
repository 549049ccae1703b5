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


def test_header_matching_ignores_case_spaces_and_punctuation():
    assert normalize("Account ID") == normalize("account_id") == normalize("ACCOUNT-ID")
    rows = [["Parks log", None], [], ["Platform", "Account ID", "Action"], ["x", "a", "hide"]]
    assert find_header(rows, {"platform": (), "account_id": (), "action": ()},
                       ["platform", "action"]) == (2, {"platform": 0, "account_id": 1,
                                                       "action": 2})

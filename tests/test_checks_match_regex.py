"""GX's regex expectation on pandas tests each distinct value once when a column repeats its
values (checks/custom_expectations.py): the same answer for every row as GX's own
``column.astype(str).str.contains(regex)``."""

from __future__ import annotations

import pandas as pd
import pytest

from recordskit.checks import custom_expectations as custom
from recordskit.checks.gx_engine import FrameToValidate, validate_frames

VALUES = ["0123456789abcdef" * 4, "0123456789ABCDEF" * 4, "0123456789abcdef" * 4 + "\n",
          "é" * 64, "", " ", "\t\x0b", "a\u00a0b", "١٢٣", "123", "word_1", "x\ny"]
REGEXES = [r"^[0-9a-f]{64}\Z", r"^[0-9a-f]{64}$", r"\S", r"^\d+$", r"\w", r"^x$"]


def _column(values: list[str], rows: int) -> pd.Series:
    return pd.Series([values[i % len(values)] for i in range(rows)], dtype="str",
                     index=pd.RangeIndex(7, 7 + rows), name="c")


@pytest.mark.parametrize("regex", REGEXES)
def test_repeated_values_match_as_gx_matches_them(regex, monkeypatch):
    column = _column(VALUES, 12 * custom.DISTINCT_SAMPLE)
    calls = []
    factorize = pd.factorize
    monkeypatch.setattr(pd, "factorize", lambda v: calls.append(1) or factorize(v))
    got = custom.match_regex(column, regex)
    assert calls, "distinct values were not used"
    pd.testing.assert_series_equal(got, column.astype(str).str.contains(regex))


def test_values_that_do_not_repeat_are_matched_row_by_row():
    column = _column([f"{i:064x}" for i in range(200_000)], 200_000)
    column.iloc[5] = "not hex"
    got = custom.match_regex(column, r"^[0-9a-f]{64}\Z")
    pd.testing.assert_series_equal(got, column.str.contains(r"^[0-9a-f]{64}\Z"))
    assert not got.iloc[5] and got.sum() == 199_999


def test_gx_validates_regexes_through_it(monkeypatch):
    seen = []
    match = custom.match_regex
    monkeypatch.setattr(custom, "match_regex", lambda c, r: seen.append(r) or match(c, r))
    rows = 12 * custom.DISTINCT_SAMPLE
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(rows)], "c": _column(VALUES, rows).values})
    frame.loc[[3, 50_000], "c"] = None  # missing values are not tested
    suite = {"name": "regex", "id": "0c5a2c1e-8f7a-4d43-9d35-2b1f4b9f1a10", "expectations": [
        {"type": "expect_column_values_to_match_regex",
         "kwargs": {"column": "c", "regex": r"^[0-9a-f]{64}\Z"}}]}
    results, _ = validate_frames({"regex": FrameToValidate(suite, frame, "id", {})}, None)
    [r] = results["regex"]
    bad = ~frame["c"].astype(str).str.contains(r"^[0-9a-f]{64}\Z") & frame["c"].notna()
    assert seen == [r"^[0-9a-f]{64}\Z"]
    assert r.result["unexpected_count"] == int(bad.sum())
    assert [row["id"] for row in r.result["unexpected_index_list"]] == list(frame["id"][bad])

"""The content suite's expectations on frames with one defect per record. Most of these defects
cannot enter the archive (the loaders and the schema refuse them), so the suite is exercised on
the prepared frame directly: it must still catch them in data that bypassed the loaders."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import polars as pl
import pytest

from recordskit import Batch
from recordskit.checks import content
from recordskit.checks.columns import conform_frame
from recordskit.checks.content import with_rows_per_version
from recordskit.checks.gx_engine import FrameToValidate, validate_frames
from recordskit.checks.runner import _result
from recordskit.checks.suites import SUITES
from recordskit.schema import CONTENT
from tests.checks_city import _content, at

SPEC = SUITES["content"]
NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
# native id -> (column, value) making the defect; expected failing column
DEFECTS = {
    "dup": (None, None, "rows_per_version"),
    "no-hash": ("content_sha256", None, "content_sha256"),
    "bad-hash": ("content_sha256", "ABC123", "content_sha256"),
    "hash-newline": ("content_sha256", "a" * 64 + "\n", "content_sha256"),  # "$" let it by
    "bad-source-hash": ("source_sha256", "not-a-digest", "source_sha256"),
    "future": ("posted_at", pd.Timestamp("2031-01-01", tz="UTC"), "posted_at"),  # and:
    "captured-early": ("captured_at", pd.Timestamp("2026-06-01", tz="UTC"), "captured_at"),
    "edited-early": ("edited_at", pd.Timestamp("2026-06-30", tz="UTC"), "edited_at"),
    "captured-before-edit": ("edited_at", pd.Timestamp("2026-07-20", tz="UTC"), "captured_at"),
    "platform": ("platform", "myspace", "platform"),
    "kind": ("kind", "story", "kind"),
    "visibility": ("visibility", "gone", "visibility"),
    "unregistered": ("account_id", "nobody", "account_id"),
}
LOOKALIKES = {"edited-late": ("edited_at", pd.Timestamp("2026-07-01 12:00", tz="UTC")),
              "no-source-hash": ("source_sha256", None)}


def _frame() -> pd.DataFrame:
    natives = [*DEFECTS, *LOOKALIKES]
    b = Batch("content.test", "0" * 64, "test")
    rows = [_content(n, at("2026-07-01", 10), f"text {n}", captured=at("2026-07-10"))
            for n in natives]
    b.add("content", pl.DataFrame(rows).with_columns(pl.lit("a" * 64).alias("source_sha256")))
    stored = b.frames["content"]
    stored = pl.concat([stored, stored.filter(pl.col("native_id") == "dup")])  # stored twice
    frame = conform_frame(with_rows_per_version(stored), SPEC.columns).to_pandas()
    frame["edited_at"] = frame["edited_at"].astype("datetime64[us, UTC]")
    by_native = dict(zip(natives, frame.index[:len(natives)], strict=True))  # dup last
    for native, (column, value, _) in DEFECTS.items():
        if column:
            frame[column] = frame[column].astype(object) if value is None else frame[column]
            frame.loc[by_native[native], column] = value
    for native, (column, value) in LOOKALIKES.items():
        frame.loc[by_native[native], column] = value
    frame.attrs["ids"] = {native: frame.loc[i, "record_id"] for native, i in by_native.items()}
    return frame


def _validate(frame: pd.DataFrame, registered: list[str]):
    params = {**{f"allowed_{n}": list(CONTENT.field(n).allowed) for n in
                 ("platform", "kind", "visibility")},
              "registered_accounts": registered, "now": NOW}
    results, _ = validate_frames({"content": FrameToValidate(SPEC.load(), frame, "record_id",
                                                             params)}, None)
    return [_result("content", "record_id", r) for r in results["content"]]


@pytest.fixture(scope="module")
def content_results():
    frame = _frame()
    return frame.attrs["ids"], _validate(frame, ["acc-fb"])


def test_each_defect_fails_its_expectation_and_nothing_else(content_results):
    ids, results = content_results
    native_of = {rid: n for n, rid in ids.items()}
    failing: dict[str, set[str]] = {}
    for r in results:
        for rid in r.failing_ids:
            failing.setdefault(native_of[rid], set()).add(r.columns[0])
    expected = {n: {col} for n, (_, _, col) in DEFECTS.items()}
    expected["future"].add("captured_at")  # captured (2026) before it was posted (2031)
    assert failing == expected


def test_timestamps_outside_utc_fail():
    frame = _frame().head(3).copy()
    frame["posted_at"] = frame["posted_at"].dt.tz_convert("America/Los_Angeles")
    frame["captured_at"] = frame["captured_at"].dt.tz_localize(None)
    failed = {r.columns[0] for r in _validate(frame, ["acc-fb"])
              if r.expectation_type == "expect_column_values_to_be_utc_timestamps"
              and not r.success}
    assert failed == {"posted_at", "captured_at"}


def _window_count(frame: pl.DataFrame) -> list[int]:
    return frame.select(pl.len().over("record_id", "content_sha256"))["len"].to_list()


def test_rows_per_version_counts_what_a_window_over_the_pair_counts(monkeypatch):
    frame = pl.DataFrame({
        "record_id": ["a", "a", "a", "b", "c", None, None, "d", "d", "e"],
        "content_sha256": ["x", "x", "y", "x", None, "y", "y", None, None, "x"],
    })
    assert with_rows_per_version(frame)["rows_per_version"].to_list() == _window_count(frame)
    # every row's hash colliding with every other's: counted from the strings alone
    monkeypatch.setattr(content, "_version_hash",
                        lambda f: pl.Series("h", [7] * f.height, dtype=pl.UInt64))
    assert with_rows_per_version(frame)["rows_per_version"].to_list() == _window_count(frame)
    assert with_rows_per_version(frame.head(0))["rows_per_version"].to_list() == []

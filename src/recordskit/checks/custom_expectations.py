"""Expectations Great Expectations lacks. Import this module before loading suites that use them:
GX drops an expectation whose type it does not know, silently (the runner counts them after
loading). Importing it imports Great Expectations, so only the runner imports it.

It also gives GX's own ``column_values.match_regex`` metric a pandas implementation that tests
each distinct value once when a column repeats its values (see ``match_regex``)."""

from __future__ import annotations

import datetime as dt
import logging

import numpy as np
import pandas as pd
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    column_condition_partial,
)

_UTC_NAMES = ("UTC", "Etc/UTC")


def _is_utc_zone(tz: object) -> bool:
    return tz is dt.UTC or str(tz) in _UTC_NAMES


class ColumnValuesUtcTimestamp(ColumnMapMetricProvider):
    """A value is a time-zone aware timestamp in UTC (a naive one, or one in another zone, is
    not: the archive stores UTC and reports convert)."""

    condition_metric_name = "column_values.recordskit_utc_timestamp"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs) -> pd.Series:
        if isinstance(column.dtype, pd.DatetimeTZDtype):  # one zone for the whole column
            return pd.Series(_is_utc_zone(column.dtype.tz), index=column.index)
        return column.map(lambda v: isinstance(v, dt.datetime) and v.tzinfo is not None
                          and _is_utc_zone(v.tzinfo))


class ExpectColumnValuesToBeUtcTimestamps(ColumnMapExpectation):
    """Expect each value of the column to be a time-zone aware timestamp in UTC."""

    map_metric = "column_values.recordskit_utc_timestamp"
    success_keys = ("mostly",)
    args_keys = ("column",)


CUSTOM_TYPES = ("expect_column_values_to_be_utc_timestamps",)


DISTINCT_SAMPLE = 10_000
"""Rows ``match_regex`` looks at to guess whether a column repeats its values."""


def match_regex(column: pd.Series, regex: str) -> pd.Series:
    """GX's pandas test for ``expect_column_values_to_match_regex`` (``column.astype(str)
    .str.contains(regex)``), giving the same answer for every row, but testing each distinct
    value once when the column repeats its values. ``source_sha256`` holds one digest per
    source file over 10 million content rows: pyarrow's regular expressions cost 3.5 s of CPU
    there, finding the distinct values 0.5 s. The answer is the same because the same call
    tests the same values (pandas decides between pyarrow and Python's ``re`` from the pattern
    and the set of values, which the distinct values share with the column). A column whose
    first rows do not repeat (content hashes) is tested row by row, as GX does."""
    values = column.astype(str)
    if (len(values) > 10 * DISTINCT_SAMPLE
            and values.iloc[:DISTINCT_SAMPLE].nunique() <= DISTINCT_SAMPLE // 10):
        codes, distinct = pd.factorize(values)
        if (codes >= 0).all():  # no missing value (GX drops them before asking)
            matched = np.asarray(distinct.str.contains(regex), dtype=bool)
            return pd.Series(matched[codes], index=values.index, name=values.name)
    return values.str.contains(regex)


_registry_log = logging.getLogger("great_expectations.expectations.registry")
_level = _registry_log.level
_registry_log.setLevel(logging.ERROR)  # it warns that the pandas implementation is replaced
try:
    class ColumnValuesMatchRegexOncePerValue(ColumnMapMetricProvider):
        """``column_values.match_regex`` on pandas through ``match_regex``; GX's own
        implementations serve the other engines and the metrics derived from this one."""

        condition_metric_name = "column_values.match_regex"
        condition_value_keys = ("regex",)

        @column_condition_partial(engine=PandasExecutionEngine)
        def _pandas(cls, column: pd.Series, regex: str, **kwargs) -> pd.Series:
            return match_regex(column, regex)
finally:
    _registry_log.setLevel(_level)

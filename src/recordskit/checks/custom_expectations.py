"""Expectations Great Expectations lacks. Import this module before loading suites that use them:
GX drops an expectation whose type it does not know, silently (the runner counts them after
loading). Importing it imports Great Expectations, so only the runner imports it."""

from __future__ import annotations

import datetime as dt

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

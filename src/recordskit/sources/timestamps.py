"""Reading timestamps from exports: every value becomes a UTC instant.

Exports write times in many ways: epoch seconds (Meta), X's ``Fri Feb 20 09:10:58 +0000 2026``,
ISO 8601 with or without a zone, and free-text dates typed into spreadsheets
(``3/14/2026 2:05 PM``). A value with a zone is converted to UTC; a value without one is read in
the workspace's time zone and counted, because the export did not say which zone it meant.

Parsing is vectorized (one pass per format over the whole column), so a million-row export does
not run Python per row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from recordskit.schema import UTC_TIMESTAMP

# Tried in order; the first format that reads a value wins. Values are normalized first: the
# date/time "T" becomes a space, a trailing "Z" or "UTC" becomes "+00:00", "p.m." becomes "pm".
ZONED_FORMATS = (
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%.f %z",   # Grailbird: 2014-05-06 17:40:19 +0000
    "%Y-%m-%d %H:%M%:z",
    "%a %b %d %H:%M:%S %z %Y",   # X archive: Fri Feb 20 09:10:58 +0000 2026
)
NAIVE_FORMATS = (
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y-%m-%d %I:%M:%S %p",      # a workbook's date cell joined with a typed time
    "%Y-%m-%d %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%y %H:%M",
    "%m/%d/%y",
)


@dataclass(frozen=True)
class ParsedTimes:
    values: pl.Series
    """UTC timestamps; null where the input was empty or unreadable."""
    unreadable: pl.Series
    """True where a non-empty input could not be read (a reject)."""
    naive: int
    """How many values carried no zone and were read in the workspace's time zone."""


def _normalized(raw: pl.Series) -> pl.Series:
    s = raw.cast(pl.String).str.strip_chars()
    s = pl.select(
        pl.when(s.str.len_chars() == 0).then(None).otherwise(s).alias("s")
    ).to_series()
    return (
        s.str.replace(r"^(\d{4}-\d{2}-\d{2})T", "${1} ")
        .str.replace(r"\s*(Z|UTC|GMT)$", "+00:00")
        .str.replace(r"(?i)\s*([ap])\.m\.$", " ${1}m")  # "2:05 p.m." -> "2:05 pm"
    )


def _first_match(s: pl.Series, formats: tuple[str, ...], dtype: pl.Datetime) -> pl.Series:
    attempts = [s.str.strptime(dtype, f, strict=False) for f in formats]
    return pl.select(pl.coalesce(attempts).alias(s.name or "t")).to_series()


def parse_times(raw: pl.Series, tz: str, fmt: str | None = None) -> ParsedTimes:
    """Parse a column of text times to UTC. ``fmt`` (a strptime format) overrides detection."""
    name = raw.name
    if raw.dtype == UTC_TIMESTAMP:
        return ParsedTimes(raw, pl.Series(name, [False] * raw.len(), dtype=pl.Boolean), 0)
    if isinstance(raw.dtype, pl.Datetime):
        if raw.dtype.time_zone:
            out = raw.dt.convert_time_zone("UTC")
            return ParsedTimes(out, pl.Series(name, [False] * raw.len(), dtype=pl.Boolean), 0)
        local = raw.dt.replace_time_zone(tz, ambiguous="earliest", non_existent="null")
        return ParsedTimes(local.dt.convert_time_zone("UTC"), local.is_null() & raw.is_not_null(),
                           int(raw.is_not_null().sum()))
    s = _normalized(raw)
    if fmt is not None:
        zoned_fmt = "%z" in fmt or "%:z" in fmt
        parsed = s.str.strptime(UTC_TIMESTAMP if zoned_fmt else pl.Datetime("us"), fmt,
                                strict=False)
        if zoned_fmt:
            zoned, naive = parsed, pl.Series([None] * s.len(), dtype=pl.Datetime("us"))
        else:
            zoned = pl.Series([None] * s.len(), dtype=UTC_TIMESTAMP)
            naive = parsed
    else:
        zoned = _first_match(s, ZONED_FORMATS, UTC_TIMESTAMP)
        naive = pl.select(
            pl.when(zoned.is_null()).then(_first_match(s, NAIVE_FORMATS, pl.Datetime("us")))
        ).to_series()
    local = naive.dt.replace_time_zone(tz, ambiguous="earliest", non_existent="null")
    values = pl.select(
        pl.coalesce(zoned, local.dt.convert_time_zone("UTC")).alias(name)
    ).to_series()
    unreadable = (values.is_null() & s.is_not_null()).alias(name)
    naive_count = int((zoned.is_null() & local.is_not_null()).sum())
    return ParsedTimes(values, unreadable, naive_count)


def from_epoch(seconds: float | int | str | None) -> dt.datetime | None:
    """Epoch seconds (Meta, Instagram) as a UTC datetime."""
    if seconds is None or seconds == "":
        return None
    return dt.datetime.fromtimestamp(float(seconds), tz=dt.UTC)


def as_utc(value: dt.datetime, tz) -> tuple[dt.datetime, bool]:
    """A datetime in UTC, and whether it was naive (read in ``tz``)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=tz).astimezone(dt.UTC), True
    return value.astimezone(dt.UTC), False

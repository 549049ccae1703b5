"""Typing text cells into the canonical dtypes, one whole column at a time.

Every cell that cannot be read (a text in a date column, a word outside a field's allowed values,
"maybe" in a yes/no column) becomes a Problem located by the table's locator: a CSV line, a YAML
line, or a workbook cell such as ``Log!C7``. The row holding it is marked bad; the caller decides
whether bad rows refuse the file or go to quarantine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import polars as pl

from recordskit.errors import Problem
from recordskit.schema import STRINGS, UTC_TIMESTAMP, Table
from recordskit.sources.sheets import RawTable
from recordskit.sources.timestamps import NAIVE_FORMATS, parse_times

# Spellings of platform names seen in exports and logs, mapped to the canonical names.
PLATFORM_ALIASES = {"twitter": "x", "x (twitter)": "x", "twitter/x": "x", "fb": "facebook",
                    "ig": "instagram", "yt": "youtube"}
TRUE_WORDS = ("true", "yes", "y", "1", "x")
FALSE_WORDS = ("false", "no", "n", "0")


@dataclass
class Typed:
    frame: pl.DataFrame
    """Every row, typed; unreadable cells are null."""
    bad: pl.Series
    """True for rows holding at least one problem."""
    problems: list[Problem] = field(default_factory=list)
    naive: int = 0

    def good(self) -> pl.DataFrame:
        return self.frame.filter(~self.bad)


def blank_to_null_expr(name: str) -> pl.Expr:
    """Column ``name`` trimmed, with blank cells made null."""
    t = pl.col(name).str.strip_chars()
    return pl.when(t.str.len_bytes() > 0).then(t).alias(name)


def _blank_to_null(s: pl.Series) -> pl.Series:
    return s.to_frame().select(blank_to_null_expr(s.name)).to_series()


def canonical_platforms(s: pl.Series) -> pl.Series:
    low = _blank_to_null(s).str.to_lowercase()
    return low.replace(PLATFORM_ALIASES)


def split_list(s: pl.Series, sep: str | None) -> pl.Series:
    """Text cells holding several values: split on ``sep`` (None: any whitespace), trimmed, empty
    parts dropped."""
    if s.dtype == STRINGS:
        return s
    t = s.cast(pl.String)
    parts = t.str.split(sep) if sep is not None else \
        t.str.strip_chars().str.replace_all(r"\s+", " ").str.split(" ")
    return pl.select(
        parts.list.eval(pl.element().str.strip_chars().filter(pl.element().str.len_chars() > 0))
        .alias(s.name)).to_series()


def parse_dates(s: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Calendar dates from text (ISO, US m/d/Y, or a workbook datetime at midnight)."""
    t = _blank_to_null(s.cast(pl.String)).str.replace(r"^(\d{4}-\d{2}-\d{2})T", "${1} ")
    attempts = [t.str.strptime(pl.Datetime("us"), f, strict=False) for f in NAIVE_FORMATS]
    values = pl.select(pl.coalesce(attempts).dt.date().alias(s.name)).to_series()
    return values, values.is_null() & t.is_not_null()


def type_column(raw: pl.Series, dtype: pl.DataType, tz: str, allowed: tuple[str, ...] | None,
                list_sep: str | None = ";", time_format: str | None = None
                ) -> tuple[pl.Series, pl.Series, str, int]:
    """(values, unreadable mask, what a readable value looks like, naive timestamp count)."""
    name = raw.name
    if dtype == STRINGS:
        values = split_list(raw, list_sep)
        return values, pl.Series(name, [False] * raw.len(), dtype=pl.Boolean), "", 0
    s = _blank_to_null(raw.cast(pl.String))
    if dtype == UTC_TIMESTAMP:
        parsed = parse_times(s, tz, time_format)
        return parsed.values.alias(name), parsed.unreadable, "a date and time", parsed.naive
    if dtype == pl.Date:
        values, bad = parse_dates(s)
        return values, bad, "a date", 0
    if dtype == pl.Int64:
        values = s.str.replace(r"\.0+$", "").cast(pl.Int64, strict=False)
        return values, values.is_null() & s.is_not_null(), "a whole number", 0
    if dtype == pl.Boolean:
        low = s.str.to_lowercase()
        values = pl.select(
            pl.when(low.is_in(TRUE_WORDS)).then(True).when(low.is_in(FALSE_WORDS)).then(False)
            .alias(name)).to_series()
        return values, values.is_null() & s.is_not_null(), "yes or no", 0
    if allowed is not None:
        values = canonical_platforms(s) if name == "platform" else s.str.to_lowercase()
        values = values.str.replace_all(" ", "_")
        bad = values.is_not_null() & ~values.is_in(allowed)
        return values, bad, f"one of {', '.join(allowed)}", 0
    return s, pl.Series(name, [False] * raw.len(), dtype=pl.Boolean), "", 0


def type_table(raw: RawTable, table: Table, tz: str, required: Iterable[str] = (),
               list_sep: str | None = ";", time_format: str | None = None) -> Typed:
    """Type every column of ``raw`` that is a field of ``table``; flag empty ``required`` cells."""
    frame = raw.frame
    columns: dict[str, pl.Series] = {}
    bad = pl.Series("bad", [False] * frame.height, dtype=pl.Boolean)
    problems: list[Problem] = []
    naive = 0
    for name in frame.columns:
        f = table.field(name)
        values, unreadable, expected, n = type_column(frame[name], f.dtype, tz, f.allowed,
                                                      list_sep, time_format)
        columns[name] = values
        naive += n
        for i in unreadable.arg_true().to_list():
            problems.append(raw.locator.problem(i, f"not {expected}", field=name,
                                                value=frame[name][i]))
        bad = bad | unreadable
    for name in required:
        empty = columns[name].is_null() if name in columns else \
            pl.Series([True] * frame.height, dtype=pl.Boolean)
        for i in (empty & ~bad).arg_true().to_list():
            problems.append(raw.locator.problem(i, "required value is empty", field=name))
        bad = bad | empty
    problems.sort(key=lambda p: (p.line or 0, p.cell or ""))
    return Typed(pl.DataFrame(list(columns.values())), bad, problems, naive)

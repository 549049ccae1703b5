"""What each column of a prepared frame is: a canonical field, or a derived value with its rule.

A suite may name only the columns its frame declares here. A canonical column carries the
schema's dtype; a derived column states its dtype and, in words, the rule that computes it, so
that a rule folded into a boolean stays readable (the data dictionary of the checks).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from recordskit.schema import TABLES


@dataclass(frozen=True)
class Canonical:
    """A column copied from a canonical table (``table.field``)."""

    table: str
    field: str

    @property
    def dtype(self) -> pl.DataType:
        return TABLES[self.table].field(self.field).dtype

    @property
    def description(self) -> str:
        return f"{self.table}.{self.field}: {TABLES[self.table].field(self.field).description}"


@dataclass(frozen=True)
class Derived:
    """A column computed by checks/, with the rule that computes it."""

    dtype: pl.DataType
    rule: str

    @property
    def description(self) -> str:
        return f"derived: {self.rule}"


Column = Canonical | Derived


def canonical(ref: str) -> Canonical:
    table, field = ref.split(".")
    TABLES[table].field(field)  # raises naming the fields when the reference is wrong
    return Canonical(table, field)


def conform_frame(frame: pl.DataFrame, columns: dict[str, Column]) -> pl.DataFrame:
    """The declared columns, in order, cast to their declared dtypes (strictly: a builder that
    produced another type is a bug, not data to coerce). Columns already of their dtype are
    taken as they are: a ``select`` would copy all of them into one chunk (1 s of CPU for 10
    million content rows, and the pandas conversion gains less than that)."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"prepared frame lacks declared columns {missing}")
    schema = frame.schema
    return pl.DataFrame([frame[name] if schema[name] == col.dtype
                         else frame[name].cast(col.dtype, strict=True)
                         for name, col in columns.items()])


def non_blank(name: str) -> pl.Expr:
    """True where a text column holds something besides whitespace (false for null)."""
    return pl.col(name).str.contains(r"\S").fill_null(False)


def to_pandas(frame: pl.DataFrame):
    """``frame`` as pandas, converted column by column, each polars column released once
    converted: the peak is one copy of the frame plus one column, not two copies (10M content
    rows: 3.2 GiB instead of 5.0 GiB). Empties ``frame``."""
    import pandas as pd

    columns = {name: frame.drop_in_place(name).to_pandas() for name in list(frame.columns)}
    return pd.DataFrame(columns, copy=False)

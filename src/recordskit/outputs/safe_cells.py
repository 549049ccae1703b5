"""Spreadsheet formula neutralization (OWASP "CSV injection").

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may be run
as a formula by Excel, LibreOffice or Google Sheets. Such text gets a leading apostrophe, which
spreadsheet programs read as "this is text" and which a reader sees for what it is. Applies to
text cells only: numbers, dates and booleans are left alone.
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PREFIX = "'"
_TRIGGER_PATTERN = r"^[=+\-@\t\r]"


def neutralize(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is text starting with a trigger."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return PREFIX + value
    return value


def neutralize_frame(frame):
    """A polars frame with every text column neutralized (list-of-text columns too)."""
    import polars as pl

    def fix(expr: pl.Expr) -> pl.Expr:
        return pl.when(expr.str.contains(_TRIGGER_PATTERN)).then(pl.lit(PREFIX) + expr) \
            .otherwise(expr)

    cols = []
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            cols.append(fix(pl.col(name)).alias(name))
        elif dtype == pl.List(pl.String):
            cols.append(pl.col(name).list.eval(fix(pl.element())).alias(name))
    return frame.with_columns(cols) if cols else frame


def is_neutral(value: Any) -> bool:
    return not (isinstance(value, str) and value.startswith(TRIGGERS))

"""Tables as files: CSV for spreadsheets (formula-neutralized) and JSON Lines for programs
(exact values), from polars frames; and how times are shown to people (the city's zone)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def display_frame(frame, tz: str, fmt: str = "%Y-%m-%d %H:%M:%S %Z"):
    """``frame`` with every time-zone-aware timestamp column as text in zone ``tz``."""
    import polars as pl

    cols = [
        pl.col(name).dt.convert_time_zone(tz).dt.strftime(fmt).alias(name)
        for name, dtype in frame.schema.items()
        if isinstance(dtype, pl.Datetime) and dtype.time_zone is not None
    ]
    return frame.with_columns(cols) if cols else frame


def write_csv(path: str | Path, frame) -> Path:
    """CSV (UTF-8, header row); text cells neutralized, lists joined with "; "."""
    import polars as pl

    from recordskit.outputs.safe_cells import neutralize_frame

    flat = frame.with_columns(
        pl.col(name).list.join("; ").alias(name)
        for name, dtype in frame.schema.items() if dtype == pl.List(pl.String))
    path = Path(path)
    neutralize_frame(flat).write_csv(path)
    return path


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_jsonl(path: str | Path, frame) -> Path:
    """One JSON object per row, keys in column order, times as ISO 8601 with their offset."""
    path = Path(path)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in frame.iter_rows(named=True):
            fh.write(json.dumps({k: _json_value(v) for k, v in row.items()},
                                ensure_ascii=False) + "\n")
    return path

"""Workbooks for people: one sheet per table with a frozen, bold header row, an autofilter over
the data, column widths fitted to the content (within limits) and wrapped long text.

Every text cell goes through ``safe_cells.neutralize`` and is stored as a string, so a comment
that reads ``=HYPERLINK(...)`` stays text. Times should be given as text in the city's zone
(``tables.display_frame``): Excel has no time zones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recordskit.outputs.reproducible import stabilize_zip
from recordskit.outputs.safe_cells import neutralize

MIN_WIDTH = 8
MAX_WIDTH = 60
"""Characters. Wider text wraps: a 2,000-character comment must not make a 2,000-wide column."""
WRAP_OVER = 40
"""Columns whose longest value exceeds this many characters are wrapped."""
SAMPLE_ROWS = 500
"""Widths are fitted to the header and the first rows: enough to see the shape of a column."""
SHEET_NAME_MAX = 31  # Excel's limit


@dataclass
class Sheet:
    name: str
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]
    widths: dict[str, int] = field(default_factory=dict)
    """Column name -> width in characters, overriding the fitted width."""


def sheet_from_frame(name: str, frame, widths: dict[str, int] | None = None) -> Sheet:
    """A sheet from a polars frame (list values are joined with "; ")."""
    rows = [[_cell(v) for v in row] for row in frame.iter_rows()]
    return Sheet(name, list(frame.columns), rows, widths or {})


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join("" if v is None else str(v) for v in value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.isoformat()  # openpyxl refuses aware datetimes; show the offset
    return value


def _fitted(values: Sequence[Any]) -> int:
    longest = max((max((len(line) for line in str(v).splitlines()), default=0)
                   for v in values if v is not None), default=0)
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def write_workbook(path: str | Path, sheets: Sequence[Sheet], *,
                   moment: dt.datetime | None = None) -> Path:
    """Write ``sheets`` to an xlsx file. ``moment``: the time recorded in the file's properties
    and zip entries (for identical bytes on a rebuild); the current time when None.

    openpyxl's write-only mode streams the rows (a 10,000-row packet sheet is written several
    times faster than cell by cell)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    names: set[str] = set()
    for sheet in sheets:
        title = sheet.name[:SHEET_NAME_MAX]
        if title in names:
            raise ValueError(f"duplicate sheet name {title!r}")
        names.add(title)
        ws = wb.create_sheet(title)
        wrapped = []
        for i, name in enumerate(sheet.columns, start=1):
            sample = [name, *(r[i - 1] for r in sheet.rows[:SAMPLE_ROWS])]
            longest = max((len(str(v)) for v in sample if v is not None), default=0)
            ws.column_dimensions[get_column_letter(i)].width = sheet.widths.get(
                name, _fitted(sample))
            wrapped.append(longest > WRAP_OVER)
        ws.freeze_panes = "A2"
        if sheet.columns:
            last = get_column_letter(len(sheet.columns))
            ws.auto_filter.ref = f"A1:{last}{max(1, len(sheet.rows) + 1)}"
        header = []
        for name in sheet.columns:
            cell = WriteOnlyCell(ws, value=str(name))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in sheet.rows:
            out = []
            for value, is_wrapped in zip(row, wrapped, strict=True):
                value = neutralize(value)  # so no text starts with "=": never a formula
                if is_wrapped:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.alignment = wrap
                    value = cell
                out.append(value)
            ws.append(out)
    if not sheets:
        wb.create_sheet("Empty")
    if moment is not None:
        wb.properties.created = moment.astimezone(dt.UTC).replace(tzinfo=None)
    path = Path(path)
    wb.save(path)
    if moment is not None:
        stabilize_zip(path, moment)
    return path

"""Tabular inputs (CSV, XLSX, YAML lists) read as text columns that know where each row came from.

A ``RawTable`` holds the rows of one file as a polars frame of text (list fields of YAML stay
lists), with the columns already renamed to canonical field names, and a locator that turns a row
index back into a file line (CSV, YAML) or a sheet and cell reference (XLSX). Typing the values
is ``values.py``'s job; this module only reads.

CSV is read by polars (no Python per row). When polars refuses the file (a row with too many
fields, a broken quote, bytes that are not UTF-8) the file is read again with the csv module,
which names the line of each bad row and keeps the good ones.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from recordskit.errors import Problem
from recordskit.sources.base import Unreadable
from recordskit.sources.headers import find_header, match_columns

HEADER_SCAN_ROWS = 30  # a header lower than this is not a header: title blocks are a few rows


class Locator:
    """Where row ``i`` of a RawTable came from."""

    def __init__(self, path: Path):
        self.path = path

    def problem(self, row: int | None, problem: str, field: str | None = None,
                value: object = None) -> Problem:
        return Problem(str(self.path), problem, field=field,
                       value=None if value is None else str(value), **self.where(row, field))

    def where(self, row: int | None, field: str | None) -> dict[str, object]:
        return {}


class LineLocator(Locator):
    def __init__(self, path: Path, lines: list[int]):
        super().__init__(path)
        self.lines = lines

    def where(self, row, field):
        return {} if row is None else {"line": self.lines[row]}


class CsvLocator(Locator):
    """Lines of CSV records, found only when a problem needs them: quoted fields may hold
    newlines, so a record's line is not its index plus one, and scanning costs a pass."""

    def __init__(self, path: Path):
        super().__init__(path)
        self._lines: list[int] | None = None

    def where(self, row, field):
        if row is None:
            return {}
        if self._lines is None:
            self._lines = [line for line, _ in _csv_records(self.path)][1:]
        return {"line": self._lines[row]}


class SheetLocator(Locator):
    def __init__(self, path: Path, sheet: str, rows: list[int], letters: Mapping[str, str]):
        super().__init__(path)
        self.sheet, self.rows, self.letters = sheet, rows, dict(letters)

    def where(self, row, field):
        if row is None:
            return {}
        letter = self.letters.get(field or "", "")
        number = self.rows[row]
        ref = f"{self.sheet}!{letter}{number}" if letter else f"{self.sheet}!{number}:{number}"
        return {"cell": ref, "line": number}


@dataclass
class RawTable:
    path: Path
    frame: pl.DataFrame
    locator: Locator
    header: list[str] = field(default_factory=list)
    """Every column name of the file, as written (matched or not)."""
    problems: list[Problem] = field(default_factory=list)
    """Rows the reader itself could not read (they are not in ``frame``)."""


def _csv_records(path: Path) -> Iterable[tuple[int, list[str]]]:
    """(first line, fields) of each record, with the csv module (the slow, exact path)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        start = 1
        for rec in reader:
            yield start, rec
            start = reader.line_num + 1


def csv_header(path: Path) -> list[str] | None:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return next(csv.reader(io.StringIO(fh.readline() or "")), None)
    except (UnicodeDecodeError, csv.Error, OSError):
        return None


def read_csv(path: Path, aliases: Mapping[str, Iterable[str]]) -> RawTable:
    """A CSV whose first row is its header; columns renamed to the fields they match."""
    header = csv_header(path) or []
    found = match_columns(header, aliases)
    try:
        frame = pl.read_csv(path, infer_schema=False, columns=[header[i] for i in found.values()],
                            raise_if_empty=False)
        frame = frame.rename({header[i]: f for f, i in found.items()})
        return RawTable(path, frame, CsvLocator(path), header)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, UnicodeDecodeError):
        return _read_csv_exactly(path, header, found)


def _read_csv_exactly(path: Path, header: list[str], found: dict[str, int]) -> RawTable:
    rows: dict[str, list[str | None]] = {f: [] for f in found}
    lines: list[int] = []
    problems: list[Problem] = []
    records = _csv_records(path)
    try:
        for line, rec in records:
            if line == 1:
                continue
            if not any(rec):
                continue
            if len(rec) != len(header):
                problems.append(Problem(str(path), f"row has {len(rec)} fields; the header has "
                                        f"{len(header)}", line=line))
                continue
            for f, i in found.items():
                rows[f].append(rec[i] if rec[i] != "" else None)
            lines.append(line)
    except UnicodeDecodeError as exc:
        problems.append(Problem(str(path), f"file is not UTF-8 text ({exc.reason})",
                                line=(lines[-1] + 1) if lines else 2))
    except csv.Error as exc:
        problems.append(Problem(str(path), f"cannot read the CSV: {exc}",
                                line=(lines[-1] + 1) if lines else 2))
    frame = pl.DataFrame(rows, schema={f: pl.String for f in found})
    return RawTable(path, frame, LineLocator(path, lines), header, problems)


# --- workbooks -----------------------------------------------------------------------------------

def cell_text(value: object) -> str | None:
    """A workbook cell as the text a CSV would hold: numbers without a spurious ".0", dates and
    times in ISO form (no zone: a workbook has none)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def read_xlsx(path: Path, aliases: Mapping[str, Iterable[str]], required: Iterable[str],
              sheet_names: Iterable[str] | None = None) -> list[RawTable]:
    """Every sheet of a workbook with a header row holding the required fields (found by name
    within the first rows), as one RawTable per sheet. Blank rows are skipped."""
    import openpyxl

    required = list(required)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise Unreadable(Problem(str(path), f"cannot open the workbook: {exc}")) from None
    try:
        wanted = set(sheet_names) if sheet_names is not None else None
        tables = [_sheet_table(path, ws, aliases, required) for ws in wb.worksheets
                  if wanted is None or ws.title in wanted]
    finally:
        wb.close()
    return [t for t in tables if t is not None]


def _sheet_table(path: Path, ws, aliases: Mapping[str, Iterable[str]], required: list[str]
                 ) -> RawTable | None:
    from openpyxl.utils import get_column_letter

    rows = ws.iter_rows(values_only=True)
    head_rows: list[tuple] = []
    for r in rows:
        head_rows.append(r)
        if len(head_rows) >= HEADER_SCAN_ROWS:
            break
    hit = find_header(head_rows, aliases, required, scan=HEADER_SCAN_ROWS)
    if hit is None:
        return None
    header_index, found = hit
    data: dict[str, list[str | None]] = {f: [] for f in found}
    numbers: list[int] = []
    body = itertools.chain(
        zip(itertools.count(header_index + 2), head_rows[header_index + 1:], strict=False),
        zip(itertools.count(len(head_rows) + 1), rows, strict=False),
    )
    for n, r in body:
        texts = {f: cell_text(r[i]) if i < len(r) else None for f, i in found.items()}
        if any(v is not None for v in texts.values()):  # blank rows, trailing ones included
            for f, v in texts.items():
                data[f].append(v)
            numbers.append(n)
    letters = {f: get_column_letter(i + 1) for f, i in found.items()}
    frame = pl.DataFrame(data, schema={f: pl.String for f in found})
    header = [str(h) for h in head_rows[header_index] if h is not None]
    return RawTable(path, frame, SheetLocator(path, ws.title, numbers, letters), header)


def xlsx_headers(path: Path, scan: int = HEADER_SCAN_ROWS) -> list[list[object]]:
    """The leading rows of every sheet (for detection)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:
        return []
    try:
        out = []
        for ws in wb.worksheets:
            for n, r in enumerate(ws.iter_rows(values_only=True)):
                if n >= scan:
                    break
                out.append(list(r))
        return out
    finally:
        wb.close()


# --- YAML ----------------------------------------------------------------------------------------

def yaml_rows(path: Path, table: str) -> tuple[list[dict], list[int]]:
    """The mappings of a YAML register (a list, or a mapping whose one key is the table name)
    and the line each starts on. Raises Unreadable for a file that is not such a list."""
    import yaml

    text = path.read_text(encoding="utf-8-sig")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise Unreadable(Problem(str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}",
                                  line=mark.line + 1 if mark else None)) from None
    if isinstance(data, dict) and list(data) == [table]:
        data = data[table]
        node = node.value[0][1]
    if data is None:
        return [], []
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise Unreadable(Problem(str(path), f"a register must be a list of mappings, or a mapping "
                                  f"with the one key {table!r}", line=1))
    return data, [item.start_mark.line + 1 for item in node.value]


"""Register files: one per canonical table, named after it, with the table's field names as
columns (docs/formats.md "Registers"). CSV and XLSX hold list fields joined by ";" and
timestamps as ISO 8601 text in UTC (a workbook date cell cannot carry a zone); YAML holds
native lists, dates and zone-aware timestamps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from recordskit.schema import TABLES
from recordskit.synth.writers.files import open_csv, save_workbook, write_yaml

FORMATS = {
    "accounts": "csv", "account_profiles": "yaml", "staff": "xlsx", "account_access": "xlsx",
    "roster": "yaml", "content_approvals": "csv", "commenter_contacts": "csv",
    "retention_schedule": "yaml", "legal_holds": "yaml", "dispositions": "csv",
    "pra_requests": "xlsx",
}


def path_of(out_dir: Path, table: str) -> Path:
    return out_dir / "registers" / f"{table}.{FORMATS[table]}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def _cell(value: object) -> object:
    if isinstance(value, dt.datetime | list | tuple):
        return _text(value) or None
    return value


class CsvRegister:
    """A CSV register written row by row (for the big ones)."""

    def __init__(self, out_dir: Path, table: str):
        self.names = TABLES[table].names
        self.path = path_of(out_dir, table)
        self._fh, self._csv = open_csv(self.path, self.names)
        self.rows = 0

    def write(self, row: dict) -> None:
        self._csv.writerow([_text(row.get(n)) for n in self.names])
        self.rows += 1

    def close(self) -> None:
        self._fh.close()


def write_register(out_dir: Path, table: str, rows: Iterable[dict], seed: int) -> int:
    names = TABLES[table].names
    rows = list(rows)
    unknown = {k for r in rows for k in r} - set(names)
    if unknown:
        raise ValueError(f"{table}: fields {sorted(unknown)} are not in the schema")
    fmt = FORMATS[table]
    path = path_of(out_dir, table)
    if fmt == "csv":
        reg = CsvRegister(out_dir, table)
        for r in rows:
            reg.write(r)
        reg.close()
    elif fmt == "yaml":
        write_yaml(path, {table: [{n: r.get(n) for n in names} for r in rows]})
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = table
        ws.append(names)
        for r in rows:
            ws.append([_cell(r.get(n)) for n in names])
        save_workbook(wb, path, seed)
    return len(rows)

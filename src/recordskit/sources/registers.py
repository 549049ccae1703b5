"""Registers: the city's own lists (accounts, staff, roster, retention schedule, holds, PRA
requests ...), one file per table named after it (``accounts.csv``, ``staff.xlsx``,
``legal_holds.yaml``), with the table's field names as columns. Templates are in
``data_samples/templates/``; docs/formats.md ("Registers") is the contract.

List fields hold values separated by ``;`` in CSV and XLSX, and lists in YAML. A register that
names a post by ``platform``, ``account_id`` and ``native_id`` (content approvals, dispositions)
gets its ``record_id`` derived from them, as every loader derives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from recordskit.batch import Batch
from recordskit.errors import Problem
from recordskit.schema import STRINGS, TABLES, Table
from recordskit.sources.base import LoadContext, Loader, Unreadable
from recordskit.sources.headers import normalize
from recordskit.sources.ids import record_ids
from recordskit.sources.sheets import (
    LineLocator,
    RawTable,
    cell_text,
    read_csv,
    read_xlsx,
    yaml_rows,
)
from recordskit.sources.values import type_table

SUFFIXES = (".csv", ".xlsx", ".yaml", ".yml")
RECORD_KEY = ("platform", "account_id", "native_id", "kind")
"""Columns a register may give instead of ``record_id``."""


def register_tables() -> dict[str, Table]:
    return {t.name: t for t in TABLES.values() if t.register}


def _aliases(table: Table) -> dict[str, tuple[str, ...]]:
    names = {f.name: () for f in table.fields}
    if "record_id" in names:
        names.update({k: () for k in RECORD_KEY if k not in names})
    return names


def _yaml_table(path: Path, table: Table) -> RawTable:
    rows, lines = yaml_rows(path, table.name)
    columns = list(dict.fromkeys(k for r in rows for k in r))
    data: dict[str, list] = {}
    for c in columns:
        is_list = c in table.names and table.field(c).dtype == STRINGS
        values = [r.get(c) for r in rows]
        if is_list:
            data[c] = pl.Series(c, [[str(x) for x in v] if isinstance(v, list) else
                                    (None if v is None else [str(v)]) for v in values],
                                dtype=STRINGS)
        else:
            data[c] = pl.Series(c, [_yaml_text(v) for v in values], dtype=pl.String)
    frame = pl.DataFrame(list(data.values())) if data else pl.DataFrame()
    return RawTable(path, frame, LineLocator(path, lines), columns)


def _yaml_text(v: object) -> str | None:
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.isoformat()
    return cell_text(v)


class Register(Loader):
    name = "register"
    summary = "registers (accounts, staff, roster ...): <table>.csv, .xlsx or .yaml"
    is_register = True

    def claims(self, path: Path) -> bool:
        return path.is_file() and path.suffix.lower() in SUFFIXES \
            and path.stem.lower() in register_tables()

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        table = register_tables()[path.stem.lower()]
        batch = self.new_batch(path)
        try:
            raws = self._read(path, table)
        except Unreadable as exc:
            yield self.refused(path, exc.problem)
            return
        if not raws:
            yield self.refused(path, raws_problem(path, table))
            return
        for raw in raws:
            known = {normalize(k) for k in _aliases(table)}
            unknown = [h for h in raw.header if normalize(h) and normalize(h) not in known]
            if unknown:
                batch.rejects.append(raw.locator.problem(
                    None, f"unknown columns {unknown}; the {table.name} register has "
                    f"{', '.join(table.names)}"))
                continue
            batch.rejects.extend(raw.problems)
            batch.rows_read += raw.frame.height + len(raw.problems)
            frame = self._typed(raw, table, batch, ctx)
            if frame.height:
                batch.add(table.name, frame)
        yield batch

    def _read(self, path: Path, table: Table) -> list[RawTable]:
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            required = [k for k in table.key if k != "record_id"]
            return read_xlsx(path, _aliases(table), required)
        if suffix == ".csv":
            return [read_csv(path, _aliases(table))]
        return [_yaml_table(path, table)]

    def _typed(self, raw: RawTable, table: Table, batch: Batch, ctx: LoadContext
               ) -> pl.DataFrame:
        derived = [c for c in RECORD_KEY if c in raw.frame.columns and c not in table.names]
        if derived:  # columns naming a post instead of its record id
            ids = self._record_ids(raw)
            raw = RawTable(raw.path, raw.frame.drop(derived).with_columns(ids), raw.locator,
                           raw.header, raw.problems)
        required = [f.name for f in table.fields if not f.nullable]
        typed = type_table(raw, table, ctx.tz_name, required=required)
        batch.rejects.extend(typed.problems)
        batch.naive_timestamps += typed.naive
        return typed.good()

    @staticmethod
    def _record_ids(raw: RawTable) -> pl.Series:
        f = raw.frame
        frame = f.select(
            pl.col("platform").str.strip_chars().str.to_lowercase(),
            pl.col("account_id").str.strip_chars(),
            pl.col("native_id").str.strip_chars(),
            (pl.col("kind") if "kind" in f.columns else pl.lit(None, dtype=pl.String))
            .fill_null("post").alias("kind"),
        )
        ids = record_ids(frame)
        if "record_id" in f.columns:
            return pl.select(pl.coalesce(f["record_id"], ids).alias("record_id")).to_series()
        return ids


def raws_problem(path: Path, table: Table) -> Problem:
    required = ", ".join(k for k in table.key if k != "record_id")
    return Problem(str(path), f"no sheet has a header row with the {table.name} columns "
                   f"({required} at least)")

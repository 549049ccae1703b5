"""The public records request register: request files in, ``pra_requests`` rows out.

A request file is YAML: one mapping whose keys are fields of the ``pra_requests`` table (see
docs/pra.md), or a list of such mappings, or a mapping with the one key ``pra_requests``
holding that list (the register's own format). Times without a zone are city time. The
period [scope_starts_at, scope_ends_at] includes both ends; a date alone for
``scope_ends_at`` means the end of that day. The determination due date (and the
extended one, when an extension is recorded) is computed with ``pra.deadlines`` when the file
does not give it.

Requests are written through the archive like any other record (one archive version per
file); a later file with the same request id and other values is a new version of the request
(a determination recorded, an extension sent).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from recordskit.batch import Batch, file_sha256
from recordskit.errors import InputError, Problem
from recordskit.pra.deadlines import (
    DeadlineError,
    DeadlineRules,
    determination_due,
    extend,
    request_status,
)
from recordskit.schema import PRA_REQUESTS, STRINGS

TABLE = PRA_REQUESTS.name
LOADER = "pra_request"
REQUIRED = tuple(f.name for f in PRA_REQUESTS.fields if not f.nullable)


@dataclass(frozen=True)
class RequestFile:
    path: Path
    rows: pl.DataFrame
    """Typed ``pra_requests`` rows, due dates filled in."""


def _key_lines(path: Path, text: str) -> list[dict[str, int]]:
    """Line of each key, per request mapping (for problem messages)."""
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if node is None:
        return []
    if isinstance(node, yaml.MappingNode) and len(node.value) == 1 and \
            node.value[0][0].value == TABLE:
        node = node.value[0][1]
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    return [{k.value: k.start_mark.line + 1 for k, _ in item.value}
            for item in items if isinstance(item, yaml.MappingNode)]


def _mappings(path: Path, data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and list(data) == [TABLE]:
        data = data[TABLE]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data or not all(isinstance(d, dict) for d in data):
        raise InputError(Problem(str(path), "a request file is a mapping of pra_requests "
                                 "fields, or a list of them", line=1))
    return data


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value).strip() or None


LAST_INSTANT = "23:59:59.999999"


def _end_of_day(value: Any) -> str | None:
    """A date alone for the end of a span (inclusive): the last instant of that day."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.isoformat()} {LAST_INSTANT}"
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
        return f"{day.isoformat()} {LAST_INSTANT}"
    return _text(value)


def read_request_file(path: str | Path, rules: DeadlineRules, tz: str) -> RequestFile:
    """Read and type a request file; compute missing due dates. Raises InputError naming the
    file, line and field of every problem."""
    import yaml

    from recordskit.sources.values import type_column

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = yaml.safe_load(text)
    except OSError as exc:
        raise InputError(Problem(str(path), f"cannot read: {exc.strerror}")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(Problem(str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}",
                                 line=mark.line + 1 if mark else None)) from None
    items = _mappings(path, data)
    lines = _key_lines(path, text)
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    for n, item in enumerate(items):
        where = lines[n] if n < len(lines) else {}
        unknown = [k for k in item if k not in PRA_REQUESTS.names]
        for k in unknown:
            problems.append(Problem(str(path), f"unknown field; a request has "
                                    f"{', '.join(PRA_REQUESTS.names)}", line=where.get(k),
                                    field=str(k)))
        for k in REQUIRED:
            if item.get(k) in (None, ""):
                problems.append(Problem(str(path), "required value is missing",
                                        line=where.get(k, 1), field=k))
        row: dict[str, Any] = {}
        for f in PRA_REQUESTS.fields:
            if f.name not in item or f.name in unknown:
                continue
            raw = item[f.name]
            if f.dtype == STRINGS:
                raw_list = raw if isinstance(raw, list) else ([] if raw is None else [raw])
                row[f.name] = [str(v) for v in raw_list]
                continue
            shown = _end_of_day(raw) if f.name == "scope_ends_at" else _text(raw)
            values, bad, expected, _ = type_column(pl.Series(f.name, [shown], pl.String),
                                                   f.dtype, tz, f.allowed)
            if bad[0]:
                problems.append(Problem(str(path), f"not {expected}", line=where.get(f.name),
                                        field=f.name, value=shown))
            row[f.name] = values[0]
        if not problems:
            try:
                row.update(due_dates(row, rules))
            except DeadlineError as exc:
                problems.append(Problem(str(path), exc.problem,
                                        line=where.get(exc.field or ""), field=exc.field,
                                        value=None if exc.value is None else str(exc.value)))
        rows.append(row)
    if problems:
        raise InputError(problems, summary=f"{path}: {len(problems)} problem(s) in the request "
                         "file; nothing was recorded")
    frame = pl.DataFrame(rows, schema={f.name: f.dtype for f in PRA_REQUESTS.fields
                                       if any(f.name in r for r in rows)})
    return RequestFile(path, frame)


def due_dates(row: Mapping[str, Any], rules: DeadlineRules) -> dict[str, dt.date]:
    """``due_on`` and, with a recorded extension, ``extended_due_on`` (kept when given)."""
    out: dict[str, dt.date] = {}
    due = determination_due(row["received_at"], rules)
    out["due_on"] = row.get("due_on") or due.due_on
    if row.get("extension_reason") and row.get("extension_notice_at") is not None:
        ext = extend(due, row["extension_reason"], row["extension_notice_at"])
        out["extended_due_on"] = row.get("extended_due_on") or ext.due_on
    return out


def register_batch(request_file: RequestFile) -> Batch:
    """The request file's rows as a batch for ``Archive.ingest``."""
    path = request_file.path
    batch = Batch(source_file=str(path), source_sha256=file_sha256(path), loader=LOADER)
    batch.add(TABLE, request_file.rows)
    batch.rows_read = request_file.rows.height
    return batch


def add_requests(ws, path: str | Path, *, update: bool = False):
    """Record the requests of a request file in the workspace's register; returns the
    ``IngestResult``. A request id already in the register is refused unless ``update``."""
    request_file = read_request_file(path, DeadlineRules.from_config(ws.config),
                                     ws.config.time_zone)
    if not update:
        known = set(requests(ws.archive)["request_id"].to_list())
        again = [r for r in request_file.rows["request_id"].to_list() if r in known]
        if again:
            raise InputError([Problem(str(path), "already in the register; pass --update to "
                                      "record a new version of it", field="request_id",
                                      value=r) for r in again])
    [result] = ws.archive.ingest([register_batch(request_file)])
    return result


def requests(archive) -> pl.DataFrame:
    """The current version of every request, in order of receipt."""
    return archive.current(TABLE).select(PRA_REQUESTS.names).collect().sort(
        ["received_at", "request_id"])


def get_request(archive, request_id: str) -> dict[str, Any]:
    rows = requests(archive).filter(pl.col("request_id") == request_id)
    if not rows.height:
        known = requests(archive)["request_id"].to_list()
        hint = f"; the register has {', '.join(known[-10:])}" if known else \
            "; the register is empty (add one with `recordskit pra new REQUEST.yaml`)"
        raise InputError(Problem("request", "no such request in the register" + hint,
                                 value=request_id))
    return rows.row(0, named=True)


def with_status(frame: pl.DataFrame, today: dt.date, rules: DeadlineRules) -> pl.DataFrame:
    """``frame`` (register rows) with status, the due date in force and days left."""
    statuses = [request_status(r, today, rules=rules) for r in frame.iter_rows(named=True)]
    return frame.with_columns(
        pl.Series("status", [s.status for s in statuses], pl.String),
        pl.Series("due_in_force_on", [s.due_on for s in statuses], pl.Date),
        pl.Series("is_extended", [s.is_extended for s in statuses], pl.Boolean),
        pl.Series("days_left", [s.days_left for s in statuses], pl.Int64),
    )


def due_requests(archive, today: dt.date, rules: DeadlineRules) -> pl.DataFrame:
    """Undetermined requests that are overdue or due soon, most urgent first."""
    frame = with_status(requests(archive), today, rules)
    return frame.filter(pl.col("status").is_in(["overdue", "due_soon"])).sort(
        ["days_left", "request_id"])


def public_fields() -> list[str]:
    """Register fields a packet or a listing may show (confidential ones left out)."""
    return [n for n in PRA_REQUESTS.names if n not in PRA_REQUESTS.confidential_fields]


"""The archive: Delta Lake tables in one folder, append-only, with a tamper-evident ingest chain.

How an ingest stays all-or-nothing although Delta commits one table at a time:

1. every row written carries the ``ingest_seq`` of its ingest;
2. the rows of each table are appended first; the ``ingest_log`` rows (one per input file, an
   archive version each) are appended last, all those of one ``ingest`` call in one commit, and
   they record the Delta version every table had after it;
3. readers read ``ingest_log`` first and then each table *at the version the last log row
   recorded*, keeping rows up to the entry's ``ingest_seq``, so rows of an ingest that never
   wrote its log row are never read;
4. a writer (holding the workspace lock) first restores any table whose Delta version is newer
   than the last log row recorded: that is what a killed ingest left behind.

``as_of(version)`` reads the tables at the Delta versions recorded by that log row, so a packet
built at archive version N can be rebuilt later exactly.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import polars as pl

from recordskit import __version__
from recordskit.batch import Batch
from recordskit.errors import InputError, RecordsKitError
from recordskit.hashing import digest_of_digests, sha256_row, sha256_rows
from recordskit.lock import workspace_lock
from recordskit.parallel import ordered_map
from recordskit.schema import (
    GENESIS_SHA256,
    INGEST_LOG,
    INGEST_SEQ,
    REJECTS,
    ROW_SHA256,
    TABLES,
    Table,
)

LOG = INGEST_LOG.name
_LOG_HASHED_FIELDS = tuple(n for n in INGEST_LOG.names if n != "entry_sha256")

Progress = Callable[[str], None]


@dataclass
class IngestResult:
    seq: int | None
    source_file: str
    loader: str
    rows_read: int
    rows_added: dict[str, int] = field(default_factory=dict)
    rows_duplicate: int = 0
    rows_rejected: int = 0
    naive_timestamps: int = 0
    skipped: bool = False
    """True when this exact file was ingested before: nothing was added, no version made."""

    @property
    def total_added(self) -> int:
        """Records added; quarantined rows stored in ``rejects`` are counted as rejected."""
        return sum(n for table, n in self.rows_added.items() if table != REJECTS.name)

    def as_dict(self) -> dict[str, object]:
        return {
            "archive_version": self.seq, "source_file": self.source_file, "loader": self.loader,
            "rows_read": self.rows_read, "rows_added": self.total_added,
            "rows_added_by_table": self.rows_added, "rows_duplicate": self.rows_duplicate,
            "rows_rejected": self.rows_rejected, "naive_timestamps": self.naive_timestamps,
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class Mismatch:
    table: str
    what: str
    key: dict[str, object]
    ingest_seq: int | None = None

    def __str__(self) -> str:
        key = ", ".join(f"{k}={v}" for k, v in self.key.items())
        return f"{self.table}: {self.what} ({key})"


@dataclass
class VerifyReport:
    archive_version: int
    rows_checked: dict[str, int]
    mismatches: list[Mismatch]
    orphan_tables: list[str]

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok, "archive_version": self.archive_version,
            "rows_checked": self.rows_checked,
            "mismatches": [
                {"table": m.table, "what": m.what, "key": m.key, "ingest_seq": m.ingest_seq}
                for m in self.mismatches
            ],
            "uncommitted_writes": self.orphan_tables,
        }


class ArchiveError(RecordsKitError):
    pass


def _operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Archive:
    """A folder of Delta tables. Open one with ``Workspace.archive`` or ``Archive(path)``."""

    def __init__(self, path: Path, lock_dir: Path | None = None, *, _pinned_seq: int | None = None):
        self.path = Path(path)
        self.lock_dir = lock_dir or self.path / "_lock"
        self._pinned_seq = _pinned_seq
        self._session: _WriteSession | None = None  # while an ingest call holds the lock

    # --- creating --------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, lock_dir: Path | None = None) -> Archive:
        """Create every canonical table, empty, and the chain's first entry (version 0)."""
        from deltalake import write_deltalake

        path = Path(path)
        if (path / LOG).exists():
            raise ArchiveError(f"{path}: an archive already exists here")
        path.mkdir(parents=True, exist_ok=True)
        for t in TABLES.values():
            write_deltalake(str(path / t.name), t.empty().to_arrow(), mode="error")
        archive = cls(path, lock_dir)
        with workspace_lock(archive.lock_dir, "init"):
            entry = archive._log_entry(seq=0, operation="init", batch=None, added={},
                                       duplicate=0, rejected=0, digests=[], operator=_operator())
            archive._append_log(_sealed([entry], archive._delta_versions(), GENESIS_SHA256))
        return archive

    def _ensure_tables(self) -> None:
        """Create tables a newer release declares that this archive does not have yet."""
        from deltalake import write_deltalake

        for t in TABLES.values():
            if not (self.path / t.name / "_delta_log").exists():
                write_deltalake(str(self.path / t.name), t.empty().to_arrow(), mode="error")

    # --- reading ---------------------------------------------------------------------------

    def _table_path(self, name: str) -> str:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; the archive has {', '.join(TABLES)}")
        return str(self.path / name)

    def _delta_versions(self) -> dict[str, int]:
        from deltalake import DeltaTable

        return {
            name: DeltaTable(self._table_path(name)).version()
            for name in TABLES
            if name != LOG and (self.path / name / "_delta_log").exists()
        }

    def _iter_files(self, name: str, version: int | None, batch_rows: int = 500_000
                    ) -> Iterator[tuple[pl.DataFrame | None, Mismatch | None]]:
        """Rows of a Delta table version, read file by file in batches of at most
        ``batch_rows``, so that a data file changed behind the Delta log (whose recorded sizes
        the fast readers trust) is reported, not fatal, and memory stays bounded."""
        import pyarrow as pa
        import pyarrow.parquet as pq
        from deltalake import DeltaTable

        columns = list(TABLES[name].polars_schema)
        actions = pa.table(DeltaTable(self._table_path(name), version=version)
                           .get_add_actions(flatten=True)).select(["path", "size_bytes"])
        for rel, size in zip(*actions.to_pydict().values(), strict=True):
            path = self.path / name / rel
            if not path.exists():
                yield None, Mismatch(name, f"data file {rel} is missing", {"file": rel})
                continue
            if path.stat().st_size != size:
                yield None, Mismatch(
                    name, f"data file {rel} was changed on disk (size {path.stat().st_size}, "
                    f"the log recorded {size})", {"file": rel})
            try:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows,
                                                               columns=columns):
                    yield pl.from_arrow(batch), None
            except (OSError, pa.ArrowInvalid) as exc:
                yield None, Mismatch(name, f"data file {rel} is unreadable: {exc}", {"file": rel})

    def _read_files(self, name: str, version: int | None) -> tuple[pl.DataFrame, list[Mismatch]]:
        """All rows of a (small) Delta table version; see _iter_files."""
        parts, problems = [], []
        for frame, problem in self._iter_files(name, version):
            if problem:
                problems.append(problem)
            if frame is not None:
                parts.append(frame)
        t = TABLES[name]
        if not parts:
            return t.empty(), problems
        return pl.concat(parts, how="vertical_relaxed").select(list(t.polars_schema)), problems

    @cached_property
    def _log_and_problems(self) -> tuple[pl.DataFrame, list[Mismatch]]:
        if not (self.path / LOG / "_delta_log").exists():
            raise ArchiveError(f"{self.path}: no archive here (run `recordskit init`)")
        log, problems = self._read_files(LOG, None)
        log = log.sort(INGEST_SEQ)
        if self._pinned_seq is not None:
            log = log.filter(pl.col(INGEST_SEQ) <= self._pinned_seq)
        return log, problems

    @property
    def _log_frame(self) -> pl.DataFrame:
        return self._log_and_problems[0]

    def refresh(self) -> None:
        """Forget the cached log, so the next read sees later ingests."""
        self.__dict__.pop("_log_and_problems", None)

    @property
    def version(self) -> int:
        """The archive version: the ingest sequence of the last committed ingest."""
        log = self._log_frame
        return int(log[INGEST_SEQ][-1]) if log.height else -1

    def _pinned_versions(self) -> dict[str, int]:
        log = self._log_frame
        if not log.height:
            return {}
        return json.loads(log["table_versions"][-1])

    def history(self) -> pl.DataFrame:
        """The ingest log up to this archive's version: one row per ingest."""
        return self._log_frame

    def table(self, name: str) -> pl.LazyFrame:
        """Every committed row of a table (all versions of every item), as a LazyFrame."""
        if name == LOG:
            return self._log_frame.lazy()
        self._table_path(name)  # names the tables that exist when ``name`` is not one
        t = TABLES[name]
        version = self._pinned_versions().get(name)
        if version is None:
            return t.empty().lazy()
        return pl.scan_delta(self._table_path(name), version=version).filter(
            pl.col(INGEST_SEQ) <= self.version
        )

    def current(self, name: str) -> pl.LazyFrame:
        """The latest version of every item of a table."""
        t = TABLES[name]
        if t.system or not t.key:
            return self.table(name)
        order = [*t.version_order, INGEST_SEQ]
        return self.table(name).sort(order, nulls_last=False).unique(
            subset=list(t.key), keep="last", maintain_order=True
        )

    def as_of(self, version: int | None = None, timestamp: dt.datetime | None = None) -> Archive:
        """The archive as it was at an archive version, or at a moment (the last ingest
        committed at or before it)."""
        if (version is None) == (timestamp is None):
            raise ValueError("as_of takes a version or a timestamp")
        log = self._log_frame
        if timestamp is not None:
            if timestamp.tzinfo is None:
                raise ValueError("as_of timestamp must be time-zone aware")
            earlier = log.filter(pl.col("committed_at") <= timestamp)
            if not earlier.height:
                raise ArchiveError(f"the archive has no version at or before {timestamp}")
            version = int(earlier[INGEST_SEQ][-1])
        assert version is not None
        if version not in set(log[INGEST_SEQ].to_list()):
            raise ArchiveError(f"no archive version {version}; versions run 0..{self.version}")
        return Archive(self.path, self.lock_dir, _pinned_seq=version)

    def sql(self, query: str, tables: Iterable[str] | None = None) -> pl.DataFrame:
        """Run DuckDB SQL over this archive version's tables (each table under its own name).

        Each table is a view over the Delta version this archive version recorded, scanned
        lazily: a query reads only the tables and columns it names."""
        import duckdb
        from deltalake import DeltaTable

        pinned = self._pinned_versions()
        con = duckdb.connect()
        try:
            for name in tables or TABLES:
                if name == LOG:
                    con.register(name, self._log_frame.to_arrow())
                    continue
                if name not in pinned:
                    con.register(name, TABLES[name].empty().to_arrow())
                    continue
                dataset = DeltaTable(self._table_path(name),
                                     version=pinned[name]).to_pyarrow_dataset()
                con.register(f"{name}__stored", dataset)
                con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM "{name}__stored" '
                            f"WHERE {INGEST_SEQ} <= {int(self.version)}")
            return con.sql(query).pl()
        finally:
            con.close()

    # --- writing ---------------------------------------------------------------------------

    def ingest(self, batches: Iterable[Batch], operator: str | None = None,
               quarantine: bool = False, progress: Progress | None = None
               ) -> list[IngestResult]:
        """Write batches (a list, or a stream that reads one file at a time) as one commit.

        Each batch becomes its own archive version (one ingest_log entry), and the entries of
        the whole call are appended together, last: a call is committed whole or not at all.
        Without ``quarantine``, a batch with rejects stops the writing; the batches after it are
        still read, so that the error names every problem, and nothing is written."""
        operator = operator or _operator()
        with workspace_lock(self.lock_dir, "ingest"):
            self.refresh()
            self._ensure_tables()
            restored = self._discard_uncommitted()
            session = _WriteSession(self)
            session.versions.update(restored)
            self._session = session
            results: list[IngestResult] = []
            problems: list = []
            rejected_files: list[str] = []
            try:
                for b in batches:
                    if b.rejects and not quarantine:
                        problems.extend(b.rejects)
                        rejected_files.append(b.source_file)
                    if problems:
                        continue
                    if progress:
                        progress(b.source_file)
                    results.append(self._ingest_one(b, operator, session))
                if problems:
                    raise InputError(problems, summary=(
                        f"{len(rejected_files)} file(s) rejected, nothing was written "
                        f"({len(problems)} problem(s); use --quarantine to load the good rows "
                        "and keep the rejected ones)"))
                if session.entries:
                    session.flush()
                    session.compact()
                    self._append_log(_sealed(session.entries, session.versions,
                                             self._last_entry_sha256()))
                    session.compact_log()
            except BaseException:
                self._discard_uncommitted()
                raise
            finally:
                self._session = None
        return results

    def _discard_uncommitted(self) -> dict[str, int]:
        """Restore tables written after the last committed log row (a killed ingest); returns
        the Delta version each restored table is at now (same rows as the recorded one)."""
        from deltalake import DeltaTable

        restored = {}
        for name, version in self._pinned_versions().items():
            table = DeltaTable(self._table_path(name))
            if table.version() > version:
                table.restore(version)
                table.update_incremental()
                restored[name] = table.version()
        return restored

    def _ingest_one(self, batch: Batch, operator: str, session: _WriteSession) -> IngestResult:
        result = IngestResult(None, batch.source_file, batch.loader, batch.rows_read,
                              rows_rejected=len(batch.rejects),
                              naive_timestamps=batch.naive_timestamps)
        if (batch.source_sha256, batch.loader) in session.files_seen:
            result.skipped = True
            result.rows_duplicate = batch.row_count
            return result
        seq = self.version + 1 + len(session.entries)
        frames: dict[str, pl.DataFrame] = {}
        identities: dict[str, pl.DataFrame] = {}
        duplicate = 0
        for name, frame in batch.frames.items():
            t = TABLES[name]
            if t.archive_written:
                raise ArchiveError(f"loader {batch.loader} wrote to {name}, which only the "
                                   "archive writes")
            loaded = batch.row_sha256(name)  # row digests computed by the loader
            if loaded is not None:
                frame = frame.with_columns(loaded.alias(ROW_SHA256))
            fresh, ident, dup = session.new_rows(t, frame)
            duplicate += dup
            if fresh.height:
                frames[name], identities[name] = fresh, ident
        if batch.rejects:
            frames[REJECTS.name] = pl.DataFrame(
                [{"source_file": p.file, "line": p.line, "cell": p.cell, "field": p.field,
                  "value": p.value, "problem": p.problem} for p in batch.rejects],
                schema={f.name: f.dtype for f in REJECTS.fields},
            )
        digests: list[pl.Series] = []
        for name, frame in frames.items():
            t = TABLES[name]
            hashes = (frame[ROW_SHA256] if ROW_SHA256 in frame.columns
                      else sha256_rows(frame, t.row_hash_fields))
            stored = frame.with_columns(
                pl.lit(seq, dtype=pl.Int64).alias(INGEST_SEQ), hashes.alias(ROW_SHA256)
            ).select(list(t.polars_schema))
            session.stage(name, stored)
            result.rows_added[name] = stored.height
            digests.append(f"{name}:" + hashes)
        result.rows_duplicate = duplicate
        session.entries.append(self._log_entry(
            seq=seq, operation="ingest", batch=batch, added=result.rows_added,
            duplicate=duplicate, rejected=len(batch.rejects), digests=digests,
            operator=operator))
        # The whole call commits or nothing does, so its staged rows already count as stored.
        for name, ident in identities.items():
            session.remember(TABLES[name], ident)
        session.files_seen.add((batch.source_sha256, batch.loader))
        if session.staged_rows >= FLUSH_ROWS:
            session.flush()
        result.seq = seq
        return result

    def _last_entry_sha256(self) -> str:
        log = self._log_frame
        return log["entry_sha256"][-1] if log.height else GENESIS_SHA256

    def _log_entry(self, *, seq: int, operation: str, batch: Batch | None, added: dict[str, int],
                   duplicate: int, rejected: int, digests: list[pl.Series],
                   operator: str) -> dict[str, object]:
        """A log entry, to be sealed (``_sealed``) when its call commits."""
        return {
            "ingest_seq": seq,
            "operation": operation,
            "loader": batch.loader if batch else None,
            "source_file": batch.source_file if batch else None,
            "source_sha256": batch.source_sha256 if batch else None,
            "rows_read": batch.rows_read if batch else 0,
            "rows_added": sum(n for table, n in added.items() if table != REJECTS.name),
            "rows_duplicate": duplicate,
            "rows_rejected": rejected,
            "naive_timestamps": batch.naive_timestamps if batch else 0,
            "rows_by_table": json.dumps(added, sort_keys=True),
            "rows_digest": _sorted_digest(pl.concat(digests)) if digests else _EMPTY_DIGEST,
            "operator": operator,
            "tool_version": __version__,
        }

    def _append_log(self, entries: list[dict[str, object]]) -> None:
        """Commit: append the sealed log entries of one call, and extend the cached log."""
        from deltalake import write_deltalake

        frame = pl.DataFrame(entries, schema=INGEST_LOG.polars_schema)
        session = self._session
        target = session.handle(LOG) if session else self._table_path(LOG)
        write_deltalake(target, frame.to_arrow(), mode="append")
        if session:
            target.update_incremental()
        if "_log_and_problems" in self.__dict__:
            log, problems = self._log_and_problems
            self.__dict__["_log_and_problems"] = (pl.concat([log, frame]), problems)

    # --- verifying -------------------------------------------------------------------------

    def verify(self, progress: Progress | None = None) -> VerifyReport:
        """Recompute every row hash, every ingest's row digest and the ingest chain, from what
        is on disk now."""
        from deltalake import DeltaTable

        self.refresh()
        log, log_problems = self._log_and_problems
        mismatches: list[Mismatch] = list(log_problems)
        prev = GENESIS_SHA256
        for row in log.iter_rows(named=True):
            seq = row[INGEST_SEQ]
            if row["prev_entry_sha256"] != prev:
                mismatches.append(Mismatch(LOG, "chain broken: previous-entry hash does not match",
                                           {"ingest_seq": seq}, seq))
            if sha256_row(row, _LOG_HASHED_FIELDS) != row["entry_sha256"]:
                mismatches.append(Mismatch(LOG, "log entry altered: its hash does not match",
                                           {"ingest_seq": seq}, seq))
            prev = row["entry_sha256"]

        checked: dict[str, int] = {}
        stored_digests: list[pl.DataFrame] = []

        pinned = self._pinned_versions()

        def pieces() -> Iterator[tuple[str, Table, pl.DataFrame]]:
            for name, t in TABLES.items():
                if t.system:
                    continue
                if progress:
                    progress(name)
                version = pinned.get(name)
                if version is None:
                    continue
                checked[name] = 0
                for frame, problem in self._iter_files(name, version):
                    if problem:
                        mismatches.append(problem)
                    if frame is not None:
                        yield name, t, frame.filter(pl.col(INGEST_SEQ) <= self.version)

        def check(piece: tuple[str, Table, pl.DataFrame]):
            name, t, frame = piece
            digests = frame.select(INGEST_SEQ, (pl.lit(f"{name}:") + pl.col(ROW_SHA256))
                                   .alias("digest"))
            return name, frame.height, self._verify_rows(t, frame) if frame.height else [], digests

        # two pieces hashed at once: the hashing is most of the work (no more read ahead: a
        # piece is a whole data file, and the consumer here only collects)
        for name, rows, found, digests in ordered_map(check, pieces(), workers=2, ahead=0):
            checked[name] += rows
            mismatches.extend(found)
            stored_digests.append(digests)
        digests = _digests_by_ingest(stored_digests)
        for row in log.iter_rows(named=True):
            seq = row[INGEST_SEQ]
            if digests.get(seq, _EMPTY_DIGEST) != row["rows_digest"]:
                mismatches.append(Mismatch(
                    LOG, "rows of this ingest were added, removed or altered since it was "
                    "committed", {"ingest_seq": seq}, seq))
        orphans = [
            name for name, v in pinned.items()
            if DeltaTable(self._table_path(name)).version() > v
        ] if self._pinned_seq is None else []
        return VerifyReport(self.version, checked, mismatches, orphans)

    @staticmethod
    def _verify_rows(t: Table, frame: pl.DataFrame) -> list[Mismatch]:
        checks = [(sha256_rows(frame, t.row_hash_fields), frame[ROW_SHA256],
                   "row altered: its hash does not match")]
        if t.version_column:
            checks.append((sha256_rows(frame, t.identity_fields), frame[t.version_column],
                           f"{t.version_column} does not match the record's content"))
        found = []
        for recomputed, stored, what in checks:
            bad = frame.filter(recomputed != stored)
            found.extend(Mismatch(t.name, what, {k: r[k] for k in t.key}, r[INGEST_SEQ])
                         for r in bad.select(*t.key, INGEST_SEQ).iter_rows(named=True))
        return found


_EMPTY_DIGEST = digest_of_digests([])


def _digests_by_ingest(parts: list[pl.DataFrame], chunk: int = 100_000) -> dict[int, str]:
    """digest_of_digests() of each ingest's row digests, fed to SHA-256 in sorted chunks rather
    than as one list of Python strings (ten million rows would need gigabytes)."""
    if not parts:
        return {}
    # one sort per ingest, not one of every row of the archive by (ingest, digest): ten times
    # faster on ten million rows; two ingests at once (sorting, joining and hashing run
    # outside the GIL)
    groups = sorted(pl.concat(parts).partition_by(INGEST_SEQ, as_dict=True).items())
    return dict(zip([seq for (seq,), _ in groups],
                    ordered_map(lambda g: _sorted_digest(g[1]["digest"], chunk), groups,
                                workers=2, ahead=0), strict=True))


def _sorted_digest(digests: pl.Series, chunk: int = 100_000) -> str:
    """digest_of_digests() of a series of row digests, sorted and hashed a chunk at a time
    (each chunk joined by polars: no Python string per row)."""
    h = hashlib.sha256()
    column = digests.sort()
    for start in range(0, column.len(), chunk):
        h.update((column.slice(start, chunk).str.join("\n").item() + "\n").encode("ascii"))
    return h.hexdigest()


def _sealed(entries: list[dict[str, object]], versions: dict[str, int], prev: str
            ) -> list[dict[str, object]]:
    """The entries of one commit, chained and hashed: each records the same committed time and
    the Delta versions after the commit (readers keep only rows up to the entry's
    ``ingest_seq``, so every entry of the call sees exactly its own and earlier rows)."""
    committed_at = _now()
    table_versions = json.dumps(versions, sort_keys=True)
    out = []
    for entry in entries:
        entry = {**entry, "committed_at": committed_at, "table_versions": table_versions,
                 "prev_entry_sha256": prev}
        entry["entry_sha256"] = prev = sha256_row(entry, _LOG_HASHED_FIELDS)
        out.append(entry)
    return out


FLUSH_ROWS = 500_000
"""Rows an ingest call stages before appending them to their Delta tables: a few large data
files and commits instead of one per input file, with memory bounded by this many rows."""

COMPACT_AFTER_FILES = 64
"""A table with more data files than this is compacted inside the next ingest that writes it
(before that ingest's log entry, so the new Delta version is the one the entry records). Many
small files make every scan slow; compaction rewrites no row, so row digests are unchanged."""


_KEY_HASH = "__key_hash"


def _with_key_hash(t: Table, frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with a 64-bit hash of its key columns (polars' hash: stable within a process,
    which is all an ingest call needs; equal keys have equal hashes, and the exact comparison
    is done on the keys themselves)."""
    return frame.with_columns(pl.struct(list(t.key)).hash(seed=0).alias(_KEY_HASH))


class _WriteSession:
    """What one ``ingest`` call keeps between its files: open table handles, the Delta
    versions, and the identities already stored, so that each file costs what it adds rather
    than a rescan of the archive."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.versions: dict[str, int] = dict(archive._pinned_versions())
        self.files_seen: set[tuple[str, str]] = set(
            archive._log_frame.filter(pl.col("operation") == "ingest")
            .select("source_sha256", "loader").iter_rows()
        )
        self._handles: dict = {}
        self._known: dict[str, pl.DataFrame] = {}
        self.written: set[str] = set()
        self.entries: list[dict[str, object]] = []
        self._staged: dict[str, list[pl.DataFrame]] = {}
        self.staged_rows = 0

    def handle(self, name: str):
        from deltalake import DeltaTable

        if name not in self._handles:
            self._handles[name] = DeltaTable(self.archive._table_path(name))
        return self._handles[name]

    def stage(self, name: str, stored: pl.DataFrame) -> None:
        self._staged.setdefault(name, []).append(stored)
        self.staged_rows += stored.height

    def flush(self) -> None:
        """Append the staged rows, one Delta commit per table."""
        from deltalake import write_deltalake

        for name, parts in self._staged.items():
            table = self.handle(name)
            write_deltalake(table, pl.concat(parts).to_arrow(), mode="append")
            table.update_incremental()
            self.written.add(name)
            self.versions[name] = table.version()
        self._staged, self.staged_rows = {}, 0

    def compact(self) -> None:
        """Compact the tables this call wrote that have many small files: once per call,
        before its log entries record the versions."""
        for name in sorted(self.written):
            table = self.handle(name)
            if len(table.file_uris()) > COMPACT_AFTER_FILES:
                table.optimize.compact()
                table.update_incremental()
                self.versions[name] = table.version()

    def compact_log(self) -> None:
        table = self.handle(LOG)
        table.update_incremental()
        if len(table.file_uris()) > COMPACT_AFTER_FILES:
            table.optimize.compact()

    @staticmethod
    def _ident_column(t: Table) -> str:
        return t.version_column or "_identity"

    def _identities(self, t: Table, frame: pl.DataFrame) -> pl.DataFrame:
        if t.version_column:
            return frame.select(*t.key, t.version_column)
        return frame.select(*t.key, sha256_rows(frame, t.identity_fields).alias("_identity"))

    def known(self, t: Table) -> pl.DataFrame:
        """Identities already stored: every version for tables with a version column (a capture
        seen before is a duplicate), the current version for registers (a revert is a change);
        with a hash of each key (``_KEY_HASH``) to find a file's keys among them fast."""
        if t.name not in self._known:
            stored = (self.archive.table(t.name) if t.version_column
                      else self.archive.current(t.name)).collect()
            self._known[t.name] = _with_key_hash(t, self._identities(t, stored))
        return self._known[t.name]

    def new_rows(self, t: Table, frame: pl.DataFrame
                 ) -> tuple[pl.DataFrame, pl.DataFrame, int]:
        """Rows of ``frame`` not already stored, their identities, and how many were."""
        key, ident = list(t.key), self._ident_column(t)
        before = frame.height
        identities = self._identities(t, frame)
        marked = frame.with_columns(identities[ident].alias("__ident"))
        marked = marked.unique(subset=[*key, "__ident"], keep="first", maintain_order=True)
        # Only the stored identities whose key hash is among this file's are compared: an
        # integer lookup per stored row instead of hashing every stored key again for every
        # file (1.7 s of a million-row ingest of 138 files; it grows with files times rows).
        # The comparison itself is the exact join below.
        wanted = _with_key_hash(t, marked.select(key))[_KEY_HASH]
        known = self.known(t).filter(pl.col(_KEY_HASH).is_in(wanted.implode()))
        fresh = marked.join(known.drop(_KEY_HASH).rename({ident: "__ident"}),
                            on=[*key, "__ident"], how="anti", nulls_equal=True)
        fresh_ident = fresh.select(*key, pl.col("__ident").alias(ident))
        return fresh.drop("__ident"), fresh_ident, before - fresh.height

    def remember(self, t: Table, identities: pl.DataFrame) -> None:
        known = self.known(t)
        if not t.version_column:  # registers: the new version replaces the current one
            known = known.join(identities.select(t.key), on=list(t.key), how="anti",
                               nulls_equal=True)
        self._known[t.name] = pl.concat([known, _with_key_hash(t, identities)], how="vertical")

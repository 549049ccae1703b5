"""The search index: the archive's content rows with their search text precomputed, kept as
Parquet segments in the workspace's state folder (``.recordskit/search_index/``).

Normalizing text costs far more than searching it, so it is done once per row, when the row
is first searched, not once per query. The content table is append-only, so the index grows by
segments: one per run of new ingests (``seq-<first>-<last>.parquet``), merged into one when
there are more than ``MAX_SEGMENTS``. A segment is trusted only while the ingest chain entry it
was built to still has the hash recorded in the manifest; after any operation other than an
ingest (a disposition deletes rows), or when the archive was rebuilt, the index is rebuilt from
scratch. The index is a cache: deleting the folder is always safe.

An archive read ``as_of`` a version uses the rows of the segments up to that version.

``in_memory=True`` keeps the index's rows in memory between searches of one process (a
notebook session, a service, a benchmark): a search then tests text already in memory instead
of decoding Parquet each time. One-shot commands leave it off.

Most records have one version. The rows of records with several versions (as of the latest
archive version) are also kept together in ``multi-<seq>.parquet``, so a search works out
current versions from that small table instead of rescanning the index: a record outside it
has one version at every archive version.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from recordskit.archive import Archive
from recordskit.pra.normalize import search_texts
from recordskit.schema import CONTENT, INGEST_SEQ

MANIFEST = "manifest.json"
MAX_SEGMENTS = 8
FORMAT = 2
TEXT_COLUMN = "search_text"
COLUMNS = tuple(dict.fromkeys((
    "record_id", INGEST_SEQ, "content_sha256", *CONTENT.version_order, "posted_at", "platform",
    "account_id", "kind", "visibility", "author_native_id", "author_handle")))
"""Content columns the index keeps besides the search text: what scopes filter on and what
tells and orders the versions of a record. An index built with other columns is rebuilt."""


def with_search_text(frame: pl.LazyFrame) -> pl.LazyFrame:
    """``frame`` (content columns including ``text``) with its search text added."""
    return frame.with_columns(
        pl.col("text").map_batches(search_texts, return_dtype=pl.String).alias(TEXT_COLUMN))


@dataclass(frozen=True)
class Segment:
    file: str
    first_seq: int
    last_seq: int
    last_entry_sha256: str


@dataclass(frozen=True)
class IndexState:
    segments: list[Segment]
    multi: str | None
    """File of the rows of records with several versions."""
    multi_rows: int = 0


BUILD_ROWS = 1_000_000
"""About how many content rows are normalized at a time when the index is built."""
ROW_GROUP = 256 * 1024


def rows_per_seq(archive: Archive) -> dict[int, int]:
    """How many content rows each archive version (ingest) added, from the ingest log."""
    log = archive.history()
    return {int(seq): int(json.loads(by or "{}").get("content", 0))
            for seq, by in zip(log[INGEST_SEQ].to_list(), log["rows_by_table"].to_list(),
                               strict=True)}


def seq_runs(seqs: list[int], sizes: dict[int, int], limit: int) -> list[list[int]]:
    """``seqs`` (ascending) cut into runs of consecutive ones that added at most ``limit``
    content rows together (or one version that added more)."""
    runs: list[list[int]] = []
    total = 0
    for seq in seqs:
        n = sizes.get(seq, 0)
        if not runs or total + n > limit:
            runs.append([])
            total = 0
        runs[-1].append(seq)
        total += n
    return runs


_LOADED: dict[Path, tuple[tuple[str, ...], pl.DataFrame]] = {}
"""Index rows kept in memory, by index folder: (segment files, rows). One entry per folder."""


class SearchIndex:
    """The index of one archive, kept in ``folder``."""

    def __init__(self, folder: str | Path, *, in_memory: bool = False):
        self.folder = Path(folder)
        self.in_memory = in_memory

    def _rows_in_memory(self, segments: list[Segment]) -> pl.DataFrame:
        files = tuple(s.file for s in segments)
        cached = _LOADED.get(self.folder)
        if cached is None or cached[0] != files:
            _LOADED[self.folder] = (files, pl.read_parquet(
                [str(self.folder / f) for f in files]))
        return _LOADED[self.folder][1]

    def _manifest(self) -> IndexState:
        path = self.folder / MANIFEST
        empty = IndexState([], None)
        if not path.exists():
            return empty
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return empty
        if doc.get("format") != FORMAT or doc.get("columns") != list(COLUMNS):
            return empty
        return IndexState([Segment(**s) for s in doc.get("segments", [])], doc.get("multi"),
                          int(doc.get("multi_rows", 0)))

    def _write_manifest(self, state: IndexState) -> None:
        tmp = self.folder / f".{MANIFEST}.{os.getpid()}"
        tmp.write_text(json.dumps({"format": FORMAT, "columns": list(COLUMNS),
                                   "multi": state.multi,
                                   "multi_rows": state.multi_rows,
                                   "segments": [s.__dict__ for s in state.segments]},
                                  indent=1), encoding="utf-8")
        tmp.replace(self.folder / MANIFEST)

    def _valid(self, segments: list[Segment], log: pl.DataFrame) -> bool:
        entries = dict(zip(log[INGEST_SEQ].to_list(), log["entry_sha256"].to_list(),
                           strict=True))
        for s in segments:
            if entries.get(s.last_seq) != s.last_entry_sha256 or \
                    not (self.folder / s.file).exists():
                return False
        if segments:
            newest = max(s.last_seq for s in segments)
            later = log.filter((pl.col(INGEST_SEQ) > newest)
                               & ~pl.col("operation").is_in(["ingest", "init"]))
            if later.height:
                return False
        return True

    def _build(self, archive: Archive, first: int, last: int) -> pl.DataFrame:
        rows = archive.table("content").filter(
            (pl.col(INGEST_SEQ) >= first) & (pl.col(INGEST_SEQ) <= last))
        return with_search_text(rows.select(*COLUMNS, "text")).select(
            *COLUMNS, TEXT_COLUMN).collect()

    def _build_segment(self, archive: Archive, first: int, last: int, entry: str) -> Segment:
        """Index the rows of archive versions first..last into one segment, a run of versions
        of about BUILD_ROWS rows at a time, each written as it is built: normalizing ten
        million texts at once held every text several times over (8.5 GiB)."""
        import pyarrow.parquet as pq

        name = f"seq-{first:08d}-{last:08d}.parquet"
        tmp = self.folder / f".{name}.{os.getpid()}"
        sizes = rows_per_seq(archive)
        writer = None
        try:
            for run in seq_runs(list(range(first, last + 1)), sizes, BUILD_ROWS):
                table = self._build(archive, run[0], run[-1]).to_arrow()
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema, compression="lz4")
                writer.write_table(table, row_group_size=ROW_GROUP)
                del table
        finally:
            if writer is not None:
                writer.close()
        tmp.replace(self.folder / name)
        return Segment(name, first, last, entry)

    def _merge_segments(self, segments: list[Segment], tip: int, entry: str) -> Segment:
        """One segment of the rows of ``segments``, streamed from their files to the new one."""
        name = f"seq-{0:08d}-{tip:08d}.parquet"
        tmp = self.folder / f".{name}.{os.getpid()}"
        pl.scan_parquet([str(self.folder / s.file) for s in segments]).sink_parquet(
            tmp, compression="lz4", statistics=True, row_group_size=ROW_GROUP)
        tmp.replace(self.folder / name)
        return Segment(name, 0, tip, entry)

    def _write_multi(self, frame: pl.DataFrame, tip: int) -> str:
        name = f"multi-{tip:08d}.parquet"
        tmp = self.folder / f".{name}.{os.getpid()}"
        frame.write_parquet(tmp, compression="lz4")
        tmp.replace(self.folder / name)
        return name

    def _multi_rows(self, state: IndexState, new: pl.LazyFrame) -> pl.DataFrame:
        """Rows of every record with several versions, once ``new`` rows are added."""
        ids = new.select("record_id").collect()["record_id"]
        seen = pl.concat([
            pl.scan_parquet([str(self.folder / s.file) for s in state.segments])
            .filter(pl.col("record_id").is_in(ids.unique().implode())).collect()
        ]) if state.segments else new.head(0).collect()
        multi_ids = pl.concat([ids.filter(ids.is_duplicated()), seen["record_id"]]).unique()
        parts = [seen, new.filter(pl.col("record_id").is_in(multi_ids.implode())).collect()]
        if state.multi:
            parts.append(pl.read_parquet(self.folder / state.multi))
        return pl.concat(parts).unique(subset=["record_id", INGEST_SEQ, "content_sha256"],
                                       maintain_order=True)

    def _all_multi_rows(self, rows: pl.LazyFrame) -> pl.DataFrame:
        """Rows of every record that ``rows`` holds several versions of."""
        ids = rows.select("record_id").collect()["record_id"]
        several = ids.filter(ids.is_duplicated()).unique()
        return rows.filter(pl.col("record_id").is_in(several.implode())).collect()

    def update(self, archive: Archive) -> IndexState:
        """Bring the index up to the archive's latest version; return its state."""
        from filelock import FileLock

        self.folder.mkdir(parents=True, exist_ok=True)
        latest = Archive(archive.path, archive.lock_dir)  # the index covers every version
        log = latest.history()
        with FileLock(str(self.folder / ".lock")):
            state = self._manifest()
            if not self._valid(state.segments, log) or (state.segments and not state.multi):
                state = IndexState([], None)
            if not state.segments:  # files of an index of another format or archive
                for stale_file in self.folder.glob("*.parquet"):
                    stale_file.unlink(missing_ok=True)
            covered = max((s.last_seq for s in state.segments), default=-1)
            tip = latest.version
            if tip <= covered:
                return state
            entry = log.filter(pl.col(INGEST_SEQ) == tip)["entry_sha256"][0]
            built = self._build_segment(latest, covered + 1, tip, entry)
            stale = [s.file for s in state.segments] + ([state.multi] if state.multi else [])
            if len(state.segments) + 1 > MAX_SEGMENTS:
                segments = [self._merge_segments([*state.segments, built], tip, entry)]
                stale.append(built.file)
                multi = self._all_multi_rows(pl.scan_parquet(
                    str(self.folder / segments[0].file)))
            else:
                multi = self._multi_rows(state, pl.scan_parquet(str(self.folder / built.file)))
                segments = [*state.segments, built]
                stale = [state.multi] if state.multi else []
            new_state = IndexState(segments, self._write_multi(multi, tip), multi.height)
            self._write_manifest(new_state)
            keep = {s.file for s in segments} | {new_state.multi}
            for name in stale:
                if name not in keep:
                    (self.folder / name).unlink(missing_ok=True)
            return new_state

    def open(self, archive: Archive) -> IndexView:
        """The index brought up to date, as ``archive`` (at its version) sees it."""
        state = self.update(archive)
        segments = [s for s in state.segments if s.first_seq <= archive.version]
        at = pl.col(INGEST_SEQ) <= archive.version
        if not segments:
            rows = empty_index()
        elif self.in_memory:
            rows = self._rows_in_memory(state.segments).lazy()
            if archive.version < state.segments[-1].last_seq:
                rows = rows.filter(at)
        else:
            rows = pl.scan_parquet([str(self.folder / s.file) for s in segments]).filter(at)
        multi = pl.scan_parquet(str(self.folder / state.multi)).filter(at) \
            if state.multi and state.multi_rows else None
        return IndexView(rows, multi)

    def scan(self, archive: Archive) -> pl.LazyFrame:
        """The indexed rows of ``archive`` (at its version), search text included."""
        return self.open(archive).rows


@dataclass(frozen=True)
class IndexView:
    rows: pl.LazyFrame
    """Every row, search text included."""
    multi: pl.LazyFrame | None
    """Rows of the records that have several versions in the latest archive (None: there are
    none): every record outside them has a single version."""


def empty_index() -> pl.LazyFrame:
    schema = {n: CONTENT.polars_schema[n] for n in COLUMNS}
    return pl.LazyFrame(schema={**schema, TEXT_COLUMN: pl.String})


def unindexed(archive: Archive) -> pl.LazyFrame:
    """The same rows computed on the fly (no index folder): fine for small archives."""
    return with_search_text(archive.table("content").select(*COLUMNS, "text")).select(
        *COLUMNS, TEXT_COLUMN)

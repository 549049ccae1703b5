"""Exhaustive search of the archive: every record whose text matches a keyword query within a
scope (time span, accounts, platforms, authors, kinds), as of one archive version.

Recall comes first: the query language (``query``) is exact word matching on normalized text
(``normalize``) with no ranking, no stemming and no result limit, so every matching record is
returned. Filters on columns (accounts, platforms, time) run before the text test, on the
search index (``search_index``), and the text test is a vectorized substring test.

Records and versions:

- by default the *current* version of each record (as of the archive version) is tested, and
  a record matches when its current version does;
- ``include_versions``: every version is tested, and each matching version is a hit (an edit
  that removed the keyword does not hide the earlier text);
- records whose current version is hidden, removed by the city or deleted by its author are
  left out unless ``include_removed``;
- the time span applies to ``posted_at``: [starts_at, ends_at).

Each hit carries its thread context: the post its thread belongs to (``thread_*`` columns) and
the item it answers when that is not the post (``parent_*``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from recordskit.archive import Archive
from recordskit.pra.query import Node, parse_query
from recordskit.pra.query_match import query_expr
from recordskit.pra.search_index import (
    TEXT_COLUMN,
    SearchIndex,
    rows_per_seq,
    seq_runs,
    unindexed,
)
from recordskit.schema import CONTENT, INGEST_SEQ

VERSION_ORDER = [*CONTENT.version_order, INGEST_SEQ]
"""How the archive orders the versions of a record (``Archive.current``)."""
VERSION_KEY = ["record_id", INGEST_SEQ, "content_sha256"]
CONTEXT_FIELDS = ("record_id", "kind", "author_handle", "author_display_name", "posted_at",
                  "text", "visibility")


@dataclass(frozen=True)
class SearchScope:
    """What to search for and where. Times are UTC instants; ``ends_at`` is exclusive."""

    query: str | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    account_ids: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    """Native ids or handles (with or without "@", any case)."""
    kinds: tuple[str, ...] = ()
    include_removed: bool = False
    include_versions: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "query": self.query or "", "starts_at": _iso(self.starts_at),
            "ends_at": _iso(self.ends_at), "account_ids": list(self.account_ids),
            "platforms": list(self.platforms), "authors": list(self.authors),
            "kinds": list(self.kinds), "include_removed": self.include_removed,
            "include_versions": self.include_versions,
        }


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass
class SearchResult:
    scope: SearchScope
    query: Node
    archive_version: int
    hits: pl.DataFrame
    """One row per hit: the content columns, ``is_current_version``, ``version_number``,
    ``version_count`` and the thread context columns, ordered by posted_at, record_id and
    version."""
    counts: dict[str, int] = field(default_factory=dict)
    """Rows in scope, versions that matched, records hit."""

    @property
    def record_ids(self) -> list[str]:
        return self.hits["record_id"].unique(maintain_order=True).to_list()


def _author_handle(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars_start("@").str.to_lowercase()


def scope_filter(scope: SearchScope) -> pl.Expr:
    """The column filters of ``scope`` (everything but the text and the record-level
    visibility rule)."""
    conds: list[pl.Expr] = []
    if scope.starts_at is not None:
        conds.append(pl.col("posted_at") >= scope.starts_at)
    if scope.ends_at is not None:
        conds.append(pl.col("posted_at") < scope.ends_at)
    if scope.account_ids:
        conds.append(pl.col("account_id").is_in(list(scope.account_ids)))
    if scope.platforms:
        conds.append(pl.col("platform").is_in(list(scope.platforms)))
    if scope.kinds:
        conds.append(pl.col("kind").is_in(list(scope.kinds)))
    if scope.authors:
        handles = [a.lstrip("@").lower() for a in scope.authors]
        conds.append(pl.col("author_native_id").is_in(list(scope.authors))
                     | _author_handle(pl.col("author_handle")).is_in(handles))
    return pl.all_horizontal(conds) if conds else pl.lit(True)


def _ranked(versions: pl.DataFrame) -> pl.DataFrame:
    """Versions of some records with their rank: current or not, number, count and the
    current version's visibility."""
    versions = versions.sort(VERSION_ORDER, nulls_last=False)
    return versions.with_columns(
        (pl.int_range(pl.len()).over("record_id") == pl.len().over("record_id") - 1)
        .alias("is_current_version"),
        (pl.int_range(pl.len()).over("record_id") + 1).cast(pl.Int64).alias("version_number"),
        pl.len().over("record_id").cast(pl.Int64).alias("version_count"),
        pl.col("visibility").last().over("record_id").alias("current_visibility"),
    )


def _single(matched: pl.DataFrame) -> pl.DataFrame:
    """Matched rows of records with one version: each is current."""
    return matched.with_columns(
        pl.lit(True).alias("is_current_version"), pl.lit(1, pl.Int64).alias("version_number"),
        pl.lit(1, pl.Int64).alias("version_count"),
        pl.col("visibility").alias("current_visibility"))


RANKED = [*VERSION_KEY, "is_current_version", "version_number", "version_count",
          "current_visibility"]


def match_versions(archive: Archive, scope: SearchScope, index: SearchIndex | None = None
                   ) -> tuple[pl.DataFrame, Node, int]:
    """The keys (record id, ingest seq, content sha256) of the record versions that are hits,
    with ``is_current_version``, ``version_number`` and ``version_count``; the parsed query;
    and how many rows the scope held. The fast part of a search: no text is read but the
    search text.

    With an index, only records it lists as having several versions are looked up again to
    rank their versions; every other matched row is its record's only version."""
    node = parse_query(scope.query)
    view = index.open(archive) if index is not None else None
    source = view.rows if view is not None else unindexed(archive)
    in_scope = source.filter(scope_filter(scope))
    wanted = [*VERSION_KEY, *CONTENT.version_order, "visibility"]
    matched, in_scope_count = pl.collect_all([
        in_scope.filter(query_expr(node, TEXT_COLUMN)).select(wanted),
        in_scope.select(pl.len()),
    ])
    in_scope_count = int(in_scope_count.item())
    lookup = view.multi if view is not None else source
    several = None
    if matched.height and lookup is not None:
        ids = matched["record_id"].implode()
        several = _ranked(lookup.filter(pl.col("record_id").is_in(ids)).select(wanted)
                          .collect()).filter(pl.col("version_count") > 1)
    if several is None or not several.height:
        hits = _single(matched).select(RANKED)
    else:
        hits = pl.concat([
            _single(matched.filter(~pl.col("record_id").is_in(several["record_id"].implode())))
            .select(RANKED),
            several.join(matched.select(VERSION_KEY), on=VERSION_KEY, how="semi")
            .select(RANKED),
        ])
    if not scope.include_versions:
        hits = hits.filter(pl.col("is_current_version"))
    if not scope.include_removed:
        hits = hits.filter(pl.col("current_visibility") == "visible")
    return hits.drop("current_visibility"), node, in_scope_count


READ_ROWS = 1_000_000
"""About how many rows of the content table one read of ``_hit_rows`` covers: the reader
holds a read's decoded columns at once, so this bounds the memory it needs."""


def _hit_rows(archive: Archive, keys: pl.DataFrame) -> pl.DataFrame:
    """The stored rows of the hit versions (every content column) with the rank columns of
    ``keys``, in no particular order.

    Only the archive versions that hold hits are read, a run of versions of about
    ``READ_ROWS`` rows at a time (the Delta files of other versions are skipped by their
    statistics), each with a filter on the run's hit record ids that the Parquet reader applies
    before it decodes the other columns. One filter over the whole table built the hash set of
    every hit id again for each chunk the reader tested, and a semi-join does not reach the
    reader, so every column of every row was decoded (and, on the streaming engine, held)."""
    content = archive.table("content")
    if not keys.height:
        return content.head(0).collect().join(keys, on=VERSION_KEY, how="inner")
    parts = []
    seqs = keys[INGEST_SEQ].unique().sort().to_list()
    for run in seq_runs(seqs, rows_per_seq(archive), READ_ROWS):
        run_keys = keys.filter(pl.col(INGEST_SEQ).is_in(run))
        in_run = pl.col(INGEST_SEQ).is_between(run[0], run[-1]) & pl.col(INGEST_SEQ).is_in(run)
        hit = pl.col("record_id").is_in(run_keys["record_id"].implode())
        rows = content.filter(in_run & hit).collect()
        parts.append(rows.join(run_keys, on=VERSION_KEY, how="inner"))
        del rows
    return pl.concat(parts)


def _current_context(content: pl.LazyFrame, record_ids: pl.Series) -> pl.DataFrame:
    """The context fields of the current version of each of ``record_ids``, read apart from
    the hits and narrowly: only the columns the context shows and those that order versions."""
    rows = content.select(list(dict.fromkeys([*CONTEXT_FIELDS, *VERSION_ORDER])))
    if record_ids.len():
        rows = rows.filter(pl.col("record_id").is_in(record_ids.implode()))
    else:
        rows = rows.head(0)
    return rows.collect().sort(VERSION_ORDER, nulls_last=False).unique(
        "record_id", keep="last", maintain_order=True).select(CONTEXT_FIELDS)


def _prefixed(context: pl.DataFrame, prefix: str) -> pl.DataFrame:
    return context.select([pl.col(c).alias(f"{prefix}_{c}") for c in CONTEXT_FIELDS])


HIT_ORDER = ["posted_at", "record_id", *VERSION_ORDER, "version_number"]
"""How hits are ordered (the version number only breaks ties between two versions of a record
captured at the same moment by one ingest, so that they always come in the order they are
numbered)."""


def _hit_order(frame: pl.DataFrame) -> pl.Series:
    """The row positions of ``frame`` in HIT_ORDER.

    Sorting on several columns costs polars more than ten times what sorting on one does, so
    the rows are sorted by ``posted_at`` alone, and only those that share their ``posted_at``
    with another row are sorted again on every column, and put back in the places their group
    took."""
    first = frame.select(pl.col("posted_at").arg_sort(nulls_last=True)).to_series()
    tied = frame["posted_at"].gather(first).is_duplicated()
    if not tied.any():
        return first
    rows = first.filter(tied)
    resolved = frame[rows].with_columns(rows.alias("__pos")).sort(HIT_ORDER, nulls_last=True)
    return first.scatter(tied.arg_true(), resolved["__pos"])


def _joined_context(narrow: pl.DataFrame, context: pl.DataFrame) -> pl.DataFrame:
    """``narrow`` (hit ids, thread and parent ids) with the context columns, in its order."""
    joined = (narrow.join(_prefixed(context, "thread"), left_on="thread_record_id",
                          right_on="thread_record_id", how="left", coalesce=False,
                          maintain_order="left")
              .join(_prefixed(context, "parent"), left_on="parent_record_id",
                    right_on="parent_record_id", how="left", coalesce=False,
                    maintain_order="left"))
    # the thread post itself has no separate thread context; a parent that is the thread post
    # is shown once, as the thread
    same_as_thread = pl.col("parent_record_id") == pl.col("thread_record_id")
    return joined.with_columns(
        [pl.when(pl.col("thread_record_id") == pl.col("record_id")).then(None)
         .otherwise(pl.col(f"thread_{c}")).alias(f"thread_{c}") for c in CONTEXT_FIELDS]
        + [pl.when(same_as_thread).then(None).otherwise(pl.col(f"parent_{c}"))
           .alias(f"parent_{c}") for c in CONTEXT_FIELDS]
    )


def _context_columns(hits: pl.DataFrame, context: pl.DataFrame
                     ) -> tuple[pl.Series, list[pl.Series | pl.Expr]]:
    """The order of ``hits`` (row positions in HIT_ORDER) and, in that order, the thread and
    parent ids as shown and the thread context columns (``thread_*``, ``parent_*``).

    The sort, the joins and the context rules run on the few columns they need, the rows
    already in order; the wide rows are gathered once, by the caller. When no hit has any
    context, the context columns are null literals, which take no memory (3 million hits would
    otherwise carry 14 empty columns of 46 MB each)."""
    narrow = hits.select(*dict.fromkeys([*HIT_ORDER, "thread_record_id", "parent_record_id"])
                         ).rechunk()  # gathers from many chunks cost several times more
    order = _hit_order(narrow)
    narrow = narrow[order]
    empty = _joined_context(narrow.head(0), context.head(0))
    new = [c for c in empty.columns if c not in hits.columns]
    if context.height:
        joined = _joined_context(narrow, context)
        return order, [joined[c] for c in ["thread_record_id", "parent_record_id", *new]]
    shown = narrow.select(
        pl.when(pl.col("thread_record_id") == pl.col("record_id")).then(None)
        .otherwise(pl.col("thread_record_id")).alias("thread_record_id"),
        pl.when(pl.col("parent_record_id") == pl.col("thread_record_id")).then(None)
        .otherwise(pl.col("parent_record_id")).alias("parent_record_id"))
    return order, [shown["thread_record_id"], shown["parent_record_id"],
                   *(pl.lit(None, empty.schema[c]).alias(c) for c in new)]


def search(archive: Archive, scope: SearchScope, *, index: SearchIndex | None = None
           ) -> SearchResult:
    """Every hit of ``scope`` in ``archive`` (pin a version with ``archive.as_of``)."""
    keys, node, in_scope = match_versions(archive, scope, index)
    # without earlier versions, each record has one hit (its current version)
    records_hit = keys["record_id"].n_unique() if scope.include_versions else keys.height
    hits = _hit_rows(archive, keys)
    del keys
    # the thread post and the parent of each hit, as currently archived (hit or not)
    context_ids = pl.concat([hits["thread_record_id"], hits["parent_record_id"]]) \
        .drop_nulls().unique()
    context = _current_context(archive.table("content"), context_ids)
    order, added = _context_columns(hits, context)
    # the rows in their order, a column at a time, each released once copied: the hits of a
    # query matching a third of ten million comments are never held twice
    columns = []
    for name in hits.columns:
        column = hits.get_column(name)
        hits = hits.drop(name)
        # one chunk first: gathering from many chunks costs several times more
        columns.append(column.rechunk().gather(order))
        del column
    hits = pl.DataFrame(columns).with_columns(*added)
    counts = {"rows_in_scope": in_scope, "versions_hit": hits.height,
              "records_hit": records_hit}
    return SearchResult(scope, node, archive.version, hits, counts)


def index_for(state_dir: str | Path, *, in_memory: bool = False) -> SearchIndex:
    """The search index kept in a workspace's state folder (``in_memory``: see
    ``search_index``)."""
    return SearchIndex(Path(state_dir) / "search_index", in_memory=in_memory)


def with_query(scope: SearchScope, query: str | None) -> SearchScope:
    return replace(scope, query=query)

"""The archive's guarantees: append, idempotence, versions, time travel, all-or-nothing."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from recordskit import Batch, InputError, Problem
from recordskit.archive import ArchiveError
from tests.builders import T0, content_batch


def test_append_makes_one_version_per_file(workspace):
    archive = workspace.archive
    assert archive.version == 0
    [r1] = archive.ingest([content_batch(range(5), "a.json")])
    [r2] = archive.ingest([content_batch(range(5, 8), "b.json")])
    assert (r1.seq, r1.total_added, r2.seq, r2.total_added) == (1, 5, 2, 3)
    assert archive.version == 2
    assert archive.table("content").collect().height == 8
    log = archive.history()
    assert log["ingest_seq"].to_list() == [0, 1, 2]
    assert log["rows_added"].to_list() == [0, 5, 3]
    assert log["source_file"].to_list()[1:] == ["a.json", "b.json"]


def test_same_file_again_adds_nothing_and_makes_no_version(workspace):
    archive = workspace.archive
    archive.ingest([content_batch(range(5), "a.json")])
    [again] = archive.ingest([content_batch(range(5), "a.json")])
    assert again.skipped and again.total_added == 0 and again.seq is None
    assert archive.version == 1
    assert archive.table("content").collect().height == 5


def test_overlapping_export_adds_only_new_items(workspace):
    archive = workspace.archive
    archive.ingest([content_batch(range(5), "jan.json")])
    later = T0 + dt.timedelta(days=30)
    [r] = archive.ingest([content_batch(range(3, 9), "feb.json", captured=later)])
    assert r.rows_added == {"content": 4}
    assert r.rows_duplicate == 2
    assert archive.table("content").collect().height == 9


def test_changed_item_is_a_new_version_and_the_old_one_is_kept(workspace):
    archive = workspace.archive
    archive.ingest([content_batch([1, 2], "v1.json")])
    edited = content_batch([1], "v2.json", text="edited comment {i}",
                           captured=T0 + dt.timedelta(hours=5))
    [r] = archive.ingest([edited])
    assert r.rows_added == {"content": 1}
    history = archive.table("content").filter(pl.col("native_id") == "1").sort("ingest_seq")
    texts = history.collect()["text"].to_list()
    assert texts == ["comment 1", "edited comment 1"]
    rid = history.collect()["record_id"].unique().to_list()
    assert len(rid) == 1, "a new version keeps the record id"
    current = archive.current("content").collect()
    assert current.height == 2
    assert current.filter(pl.col("native_id") == "1")["text"].item() == "edited comment 1"


def test_an_older_capture_ingested_late_does_not_become_current(workspace):
    archive = workspace.archive
    archive.ingest([content_batch([1], "new.json", text="edited {i}",
                                  captured=T0 + dt.timedelta(days=2))])
    archive.ingest([content_batch([1], "old.json", text="original {i}", captured=T0)])
    assert archive.table("content").collect().height == 2
    assert archive.current("content").collect()["text"].item() == "edited 1"


def test_register_rows_version_against_the_current_row(workspace):
    def staff(title, name):
        b = Batch(name, name * 8, "test")
        b.add("staff", pl.DataFrame([{"staff_id": "s1", "name": "Ana Ruiz", "title": title}]))
        return b

    archive = workspace.archive
    archive.ingest([staff("Analyst", "a")])
    archive.ingest([staff("Manager", "b")])
    [back] = archive.ingest([staff("Analyst", "c")])  # a revert is a change too
    assert back.rows_added == {"staff": 1}
    [same] = archive.ingest([staff("Analyst", "d")])
    assert same.rows_added == {} and same.rows_duplicate == 1
    assert archive.current("staff").collect()["title"].item() == "Analyst"
    assert archive.table("staff").collect().height == 3


def test_as_of_version_and_timestamp(workspace):
    archive = workspace.archive
    archive.ingest([content_batch(range(3), "a.json")])
    committed_1 = archive.history()["committed_at"][-1]
    archive.ingest([content_batch([1], "b.json", text="changed {i}",
                                  captured=T0 + dt.timedelta(hours=1))])
    archive.ingest([content_batch(range(3, 6), "c.json")])

    v1 = archive.as_of(version=1)
    assert v1.version == 1
    assert v1.table("content").collect().height == 3
    assert v1.current("content").filter(pl.col("native_id") == "1").collect()["text"].item() \
        == "comment 1"
    assert archive.as_of(timestamp=committed_1).version == 1
    assert archive.as_of(version=2).table("content").collect().height == 4
    assert archive.table("content").collect().height == 7
    with pytest.raises(ArchiveError, match="no archive version 9"):
        archive.as_of(version=9)
    with pytest.raises(ArchiveError, match="no version at or before"):
        archive.as_of(timestamp=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))


def test_sql_reads_the_same_data_through_duckdb(workspace):
    archive = workspace.archive
    archive.ingest([content_batch(range(4), "a.json")])
    out = archive.sql("SELECT count(*) AS n, count(DISTINCT record_id) AS ids FROM content")
    assert out.row(0) == (4, 4)
    older = archive.as_of(version=0).sql("SELECT count(*) AS n FROM content")
    assert older.item() == 0


def test_a_rejected_file_stops_the_whole_ingest_before_anything_is_written(workspace):
    archive = workspace.archive
    good = content_batch(range(3), "good.json")
    bad = content_batch(range(3, 5), "bad.json")
    bad.rejects.append(Problem("bad.json", "not a valid timestamp", line=7, field="posted_at",
                               value="yesterday"))
    with pytest.raises(InputError) as err:
        archive.ingest([good, bad])
    assert "bad.json:7" in str(err.value.problems[0])
    assert archive.version == 0
    assert archive.table("content").collect().height == 0


def test_a_stream_with_a_bad_file_writes_nothing_and_names_every_problem(workspace):
    from deltalake import DeltaTable

    archive = workspace.archive
    read: list[str] = []

    def stream():
        for name, bad in (("a.json", False), ("b.json", True), ("c.json", False),
                          ("d.json", True)):
            b = content_batch(range(len(read) * 10, len(read) * 10 + 5), name)
            if bad:
                b.rejects.append(Problem(name, "not a date and time", line=3,
                                         field="posted_at", value="soon"))
            read.append(name)
            yield b

    before = DeltaTable(str(workspace.archive_path / "content")).version()
    with pytest.raises(InputError) as err:
        archive.ingest(stream())
    assert read == ["a.json", "b.json", "c.json", "d.json"], "every file was still read"
    assert [p.file for p in err.value.problems] == ["b.json", "d.json"]
    assert archive.version == 0
    assert archive.table("content").collect().height == 0
    assert DeltaTable(str(workspace.archive_path / "content")).version() == before, \
        "nothing reached the content table"


def test_one_call_commits_its_files_as_versions_in_one_log_commit(workspace, monkeypatch):
    from deltalake import DeltaTable

    from recordskit import archive as archive_module

    monkeypatch.setattr(archive_module, "FLUSH_ROWS", 7)  # flush staged rows mid-call
    archive = workspace.archive
    log_path = str(workspace.archive_path / "ingest_log")
    log_before = DeltaTable(log_path).version()
    results = archive.ingest(content_batch(range(i * 4, i * 4 + 4), f"f{i}.json")
                             for i in range(5))
    assert [r.seq for r in results] == [1, 2, 3, 4, 5]
    assert DeltaTable(log_path).version() == log_before + 1, "one commit of the log"
    assert len(DeltaTable(str(workspace.archive_path / "content")).file_uris()) == 3
    for seq in range(6):
        pinned = archive.as_of(version=seq)
        assert pinned.table("content").collect().height == seq * 4
        assert pinned.verify().ok
    log = archive.history()
    assert log["prev_entry_sha256"].to_list()[1:] == log["entry_sha256"].to_list()[:-1]
    assert archive.verify().ok


def test_quarantine_keeps_good_rows_and_stores_the_rejects(workspace):
    archive = workspace.archive
    bad = content_batch(range(3), "mixed.csv")
    bad.rejects.append(Problem("mixed.csv", "unknown visibility", line=4, field="visibility",
                               value="zapped"))
    [r] = archive.ingest([bad], quarantine=True)
    assert r.rows_added == {"content": 3, "rejects": 1}
    assert r.total_added == 3 and r.rows_rejected == 1
    rejects = archive.table("rejects").collect()
    assert rejects.select("source_file", "line", "field", "value", "problem").row(0) == (
        "mixed.csv", 4, "visibility", "zapped", "unknown visibility")
    assert archive.history().select("rows_added", "rows_rejected").row(-1) == (3, 1)


def test_duplicate_rows_inside_one_file_are_counted_not_stored(workspace):
    b = content_batch([1, 2], "dup.json")
    b.frames["content"] = pl.concat([b.frames["content"], b.frames["content"]])
    [r] = workspace.archive.ingest([b])
    assert r.rows_added == {"content": 2} and r.rows_duplicate == 2


def test_small_files_are_compacted_without_changing_rows_or_history(workspace, monkeypatch):
    from recordskit import archive as archive_module

    monkeypatch.setattr(archive_module, "COMPACT_AFTER_FILES", 3)
    archive = workspace.archive
    results = archive.ingest([content_batch([i], f"f{i}.json") for i in range(8)])
    assert [r.seq for r in results] == list(range(1, 9))
    from deltalake import DeltaTable

    files = DeltaTable(str(workspace.archive_path / "content")).file_uris()
    assert len(files) <= 4, "the content table was compacted"
    assert archive.table("content").collect().height == 8
    assert archive.as_of(version=2).table("content").collect().height == 2
    report = archive.verify()
    assert report.ok and not report.orphan_tables


def test_several_edits_in_one_export_order_by_edit_time(workspace):
    rows = content_batch([1], "edits.json")
    first = rows.frames["content"]
    edits = pl.concat([
        first.with_columns(pl.lit("third").alias("text"),
                           pl.lit(T0 + dt.timedelta(hours=3)).alias("edited_at")),
        first.with_columns(pl.lit("second").alias("text"),
                           pl.lit(T0 + dt.timedelta(hours=2)).alias("edited_at")),
        first,
    ]).drop("content_sha256")
    b = Batch("edits.json", "e" * 64, "test")
    b.add("content", edits)
    workspace.archive.ingest([b])
    assert workspace.archive.table("content").collect().height == 3
    assert workspace.archive.current("content").collect()["text"].item() == "third"


def test_a_capture_in_many_files_of_one_call_is_stored_once(workspace):
    archive = workspace.archive
    archive.ingest([content_batch(range(3), "first.json")])
    files = [content_batch(range(i, i + 3), f"part-{i}.json",
                           captured=T0 + dt.timedelta(days=i)) for i in range(1, 40)]
    results = archive.ingest(files)
    assert sum(r.rows_added.get("content", 0) for r in results) == 39
    assert sum(r.rows_duplicate for r in results) == 39 * 3 - 39
    assert archive.table("content").collect()["record_id"].n_unique() == 42


def test_a_frame_replaced_after_loading_is_hashed_again_not_stored_with_a_stale_digest(
        workspace):
    archive = workspace.archive
    batch = content_batch(range(3), "a.json")
    assert batch.row_sha256("content") is not None  # computed where the batch was loaded
    batch.frames["content"] = batch.frames["content"].with_columns(  # a field only the row
        pl.col("captured_at") + dt.timedelta(hours=1))                # digest covers
    assert batch.row_sha256("content") is None
    archive.ingest([batch])
    report = archive.verify()
    assert report.ok, report.mismatches


def test_registers_written_again_in_another_call_add_nothing(tmp_path):
    # the duplicate probe compares a hash of each key with the hashes of the stored keys, read
    # back from Delta: keys of every type (text, timestamps, dates) must hash alike both ways
    import shutil
    from pathlib import Path

    from recordskit import init_workspace, open_workspace
    from recordskit.sources import default_registry, read_inputs
    from recordskit.sources.reading import workspace_context

    sample = Path(__file__).resolve().parents[1] / "data_samples" / "city"
    root = tmp_path / "ws"
    init_workspace(root)
    shutil.copy(sample / "recordskit.toml", root / "recordskit.toml")
    ws = open_workspace(root)
    registry = default_registry(ws.config)
    first = ws.archive.ingest(read_inputs([sample / "registers"], workspace_context(ws),
                                          registry).batches)
    assert {r.source_file.rsplit("/", 1)[-1] for r in first if r.total_added} >= {
        "accounts.csv", "account_profiles.yaml", "content_approvals.csv"}
    again = tmp_path / "registers"
    shutil.copytree(sample / "registers", again)
    for f in again.iterdir():  # other bytes, the same rows
        if f.suffix == ".yaml":
            f.write_bytes(f.read_bytes() + b"\n")
        elif f.suffix == ".csv":
            lines = f.read_bytes().splitlines(keepends=True)
            lines[1:3] = lines[2:0:-1] if len(lines) > 3 else lines[1:3]
            f.write_bytes(b"".join(lines))
    ws = open_workspace(root)
    second = ws.archive.ingest(read_inputs([again], workspace_context(ws), registry).batches)
    assert sum(r.total_added for r in second) == 0
    assert sum(r.rows_duplicate for r in second if not r.skipped) > 3000

"""verify detects records altered or removed on disk and a broken ingest chain."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from click.testing import CliRunner

from recordskit.cli import cli
from recordskit.hashing import sha256_row
from recordskit.schema import INGEST_LOG
from tests.builders import content_batch


def _parquet_files(table_dir: Path) -> list[Path]:
    return sorted(table_dir.glob("*.parquet"), key=lambda p: p.stat().st_mtime)


def _rewrite(path: Path, change) -> None:
    table = pq.read_table(path)
    pq.write_table(change(table), path)


def _ingest_three(workspace):
    workspace.archive.ingest([content_batch(range(5), "a.json")])
    workspace.archive.ingest([content_batch(range(5, 9), "b.json")])
    workspace.archive.ingest([content_batch(range(9, 12), "c.json")])


def test_clean_archive_verifies(workspace):
    _ingest_three(workspace)
    result = CliRunner().invoke(cli, ["-w", str(workspace.root), "verify"])
    assert result.exit_code == 0, result.output
    assert "12 rows and 4 chain entries verified" in result.output


def test_a_value_changed_in_a_parquet_file_is_detected_and_named(workspace):
    _ingest_three(workspace)
    target = _parquet_files(workspace.archive_path / "content")[1]  # the b.json ingest
    victim = pq.read_table(target).column("record_id")[0].as_py()

    def change_text(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index("text")
        texts = table.column("text").to_pylist()
        texts[0] = "a quietly rewritten comment"
        return table.set_column(i, "text", pa.array(texts, pa.string()))

    _rewrite(target, change_text)
    report = workspace.archive.verify()
    assert not report.ok
    rows = [m for m in report.mismatches if "record_id" in m.key]
    assert [(m.key["record_id"], m.what) for m in rows] == [
        (victim, "content_sha256 does not match the record's content"),
    ]
    assert any(m.what.startswith(f"data file {target.name} was changed on disk")
               for m in report.mismatches)

    result = CliRunner().invoke(cli, ["-w", str(workspace.root), "verify"])
    assert result.exit_code == 1
    assert victim in result.output


def test_text_rewritten_with_its_digests_recomputed_is_still_detected(workspace):
    """The row hash covers content_sha256, and the ingest's rows digest covers the row hashes:
    a forger who recomputes one digest is caught by the next."""
    import polars as pl

    from recordskit.hashing import sha256_rows
    from recordskit.schema import CONTENT

    _ingest_three(workspace)
    target = _parquet_files(workspace.archive_path / "content")[1]
    victim = pq.read_table(target).column("record_id")[0].as_py()

    def forge(recompute_row: bool):
        def change(table: pa.Table) -> pa.Table:
            frame = pl.from_arrow(table)
            frame = frame.with_columns(pl.when(pl.col("record_id") == victim)
                                       .then(pl.lit("a quietly rewritten comment"))
                                       .otherwise(pl.col("text")).alias("text"))
            frame = frame.with_columns(
                sha256_rows(frame, CONTENT.identity_fields).alias("content_sha256"))
            if recompute_row:
                frame = frame.with_columns(
                    sha256_rows(frame, CONTENT.row_hash_fields).alias("row_sha256"))
            return frame.to_arrow().cast(table.schema)
        return change

    _rewrite(target, forge(recompute_row=False))
    report = workspace.archive.verify()
    assert [(m.key.get("record_id"), m.what) for m in report.mismatches
            if "record_id" in m.key] == [(victim, "row altered: its hash does not match")]

    _rewrite(target, forge(recompute_row=True))
    report = workspace.archive.verify()
    assert not [m for m in report.mismatches if "record_id" in m.key]
    assert [m.ingest_seq for m in report.mismatches if m.table == "ingest_log"] == [2]


def test_a_row_deleted_from_a_parquet_file_is_detected(workspace):
    _ingest_three(workspace)
    target = _parquet_files(workspace.archive_path / "content")[0]
    _rewrite(target, lambda t: t.slice(1))
    report = workspace.archive.verify()
    by_ingest = [m for m in report.mismatches if m.ingest_seq is not None]
    assert [m.ingest_seq for m in by_ingest] == [1]
    assert "added, removed or altered" in by_ingest[0].what


def test_a_rewritten_chain_entry_breaks_the_chain_at_the_next_one(workspace):
    """An attacker who alters an ingest_log entry and recomputes its own hash still breaks the
    link from the following entry."""
    _ingest_three(workspace)
    for path in _parquet_files(workspace.archive_path / "ingest_log"):
        table = pq.read_table(path)
        if table.column("ingest_seq")[0].as_py() != 2:
            continue
        row = table.to_pylist()[0]
        row["rows_added"] = 400
        row["entry_sha256"] = sha256_row(row, [n for n in INGEST_LOG.names
                                               if n != "entry_sha256"])
        pq.write_table(pa.Table.from_pylist([row], schema=table.schema), path)
    report = workspace.archive.verify()
    assert [(m.ingest_seq, m.what) for m in report.mismatches if m.ingest_seq] == [
        (3, "chain broken: previous-entry hash does not match")]


def test_an_altered_chain_entry_is_detected(workspace):
    _ingest_three(workspace)
    for path in _parquet_files(workspace.archive_path / "ingest_log"):
        table = pq.read_table(path)
        if table.column("ingest_seq")[0].as_py() == 1:
            i = table.schema.get_field_index("operator")
            _rewrite(path, lambda t, i=i: t.set_column(
                i, "operator", pc.utf8_upper(t.column("operator"))))
    report = workspace.archive.verify()
    assert (1, "log entry altered: its hash does not match") in [
        (m.ingest_seq, m.what) for m in report.mismatches]


def test_verify_checks_a_bag_and_names_the_changed_file(tmp_path):
    import bagit

    folder = tmp_path / "PRA-1"
    folder.mkdir()
    (folder / "records.csv").write_text("record_id,text\nx-1,hello\n", encoding="utf-8")
    bagit.make_bag(str(folder), {"External-Identifier": "PRA-1"}, checksums=["sha256"])
    runner = CliRunner()
    ok = runner.invoke(cli, ["verify", str(folder)])
    assert ok.exit_code == 0, ok.output
    assert "valid bag" in ok.output and "PRA-1" in ok.output
    (folder / "data" / "records.csv").write_text("record_id,text\nx-1,HELLO\n", encoding="utf-8")
    bad = runner.invoke(cli, ["verify", str(folder), "--json"])
    assert bad.exit_code == 1
    assert '"ok": false' in bad.output and "records.csv" in bad.output


def test_chunked_ingest_digests_equal_the_specification():
    import random

    import polars as pl

    from recordskit.archive import _digests_by_ingest
    from recordskit.hashing import digest_of_digests

    rng = random.Random(3)
    rows = [(rng.randint(1, 4), f"content:{rng.getrandbits(256):064x}") for _ in range(1000)]
    parts = [pl.DataFrame({"ingest_seq": [s for s, _ in rows[i:i + 300]],
                           "digest": [d for _, d in rows[i:i + 300]]},
                          schema={"ingest_seq": pl.Int64, "digest": pl.String})
             for i in range(0, len(rows), 300)]
    got = _digests_by_ingest(parts, chunk=7)
    for seq in {s for s, _ in rows}:
        assert got[seq] == digest_of_digests([d for s, d in rows if s == seq])

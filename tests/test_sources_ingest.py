"""`recordskit ingest` end to end: idempotence, overlaps, edits, refusal and quarantine."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import polars as pl
import pytest

from tests.sources_fixtures import EXPORTS, city, exports, run, untidy_log  # noqa: F401


def _json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ok(result) -> None:
    assert result.exit_code == 0, result.output


def _archive(ws):
    """The workspace's archive as the commands left it (they ran with their own instance)."""
    ws.archive.refresh()
    return ws.archive


def test_ingest_everything_then_again_adds_nothing(city):  # noqa: F811
    first = _json(run(city, "ingest", str(EXPORTS), "--json"))
    assert first["totals"]["rows_rejected"] == 0
    assert first["totals"]["rows_added"] > 30
    by_loader = {f["loader"] for f in first["files"]}
    assert by_loader >= {"x_archive", "facebook", "instagram", "youtube", "moderation_log",
                         "vendor_csv:archivesocial", "register"}
    version = _archive(city).version
    again = _json(run(city, "ingest", str(EXPORTS), "--json"))
    assert again["totals"]["rows_added"] == 0
    assert _archive(city).version == version


def test_overlapping_export_adds_only_new_items(city, tmp_path):  # noqa: F811
    _ok(run(city, "ingest", str(EXPORTS / "x_archive")))
    before = _archive(city).table("content").collect().height
    later = tmp_path / "x_later"
    shutil.copytree(EXPORTS / "x_archive", later)
    part = later / "data" / "tweets-part1.js"
    text = part.read_text()
    new = text[text.index("  {"):text.rindex("]")].replace("1894000000000000003",
                                                           "1899000000000000009")
    part.write_text(text[:text.rindex("]")].rstrip() + ",\n" + new + "]\n")
    doc = _json(run(city, "ingest", str(later), "--json"))
    added = {f["source_file"].rsplit("/", 1)[-1]: f["rows_added"] for f in doc["files"]}
    assert added == {"deleted-tweets.js": 0, "note-tweet.js": 0, "tweets-part1.js": 1,
                     "tweets.js": 0}
    assert _archive(city).table("content").collect().height == before + 1


def test_an_edited_item_becomes_a_new_version(city, tmp_path):  # noqa: F811
    _ok(run(city, "ingest", str(EXPORTS / "vendor" / "archivesocial.csv")))
    later = tmp_path / "archivesocial.csv"
    later.write_text((EXPORTS / "vendor" / "archivesocial.csv").read_text().replace(
        "Will the farmers market still be open?,,visible,2026-03-02T08:00:00Z",
        "Will the farmers market still be open Saturday?,,visible,2026-03-09T08:00:00Z"))
    doc = _json(run(city, "ingest", str(later), "--json"))
    assert doc["totals"]["rows_added"] == 1 and doc["totals"]["rows_duplicate"] == 4
    versions = _archive(city).table("content").filter(
        pl.col("native_id") == "fb_100200300_2").collect()
    assert versions.height == 2 and versions["record_id"].n_unique() == 1
    current = _archive(city).current("content").filter(
        pl.col("native_id") == "fb_100200300_2").collect()
    assert current["text"].to_list() == ["Will the farmers market still be open Saturday?"]


def _truncated_json(exports):  # noqa: F811
    path = exports / "facebook" / "your_facebook_activity" / "posts" / "your_posts_1.json"
    text = path.read_text()
    path.write_text(text[: len(text) // 2])
    return exports / "facebook", f"{path}:{text[: len(text) // 2].count(chr(10)) + 1}: file " \
        "ends before the JSON is complete"


def _csv_bad_row(exports):  # noqa: F811
    path = exports / "vendor" / "archivesocial.csv"
    path.write_text(path.read_text().replace("2026-03-01T16:30:00Z", "last Tuesday"))
    return path, f"{path}:4: Created (UTC): not a date and time (got 'last Tuesday')"


def _xlsx_text_date(exports):  # noqa: F811
    path = untidy_log(exports / "moderation" / "march.xlsx", acted_at_b="after lunch")
    return path, f"{path} [March!G7]: acted_at: not a date and time (got 'after lunch')"


@pytest.mark.parametrize("damage", [_truncated_json, _csv_bad_row, _xlsx_text_date])
def test_damaged_input_is_refused_whole_and_nothing_is_written(city, exports, damage):  # noqa: F811
    bad, message = damage(exports)
    version = _archive(city).version
    good = exports / "youtube_old"
    result = run(city, "ingest", str(good), str(bad))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "nothing was written" in result.stderr
    assert _archive(city).version == version


def test_quarantine_loads_good_rows_and_keeps_the_rejects(city, exports):  # noqa: F811
    bad, _ = _csv_bad_row(exports)
    doc = _json(run(city, "ingest", str(bad), "--quarantine", "--json"))
    [f] = doc["files"]
    assert (f["rows_read"], f["rows_added_by_table"]["content"], f["rows_rejected"]) == (5, 4, 1)
    rejects = _archive(city).table("rejects").collect()
    assert rejects.select("line", "field", "value").rows() == [(4, "Created (UTC)",
                                                                 "last Tuesday")]


def test_account_flag_names_the_account_of_an_anonymous_export(city, tmp_path):  # noqa: F811
    shutil.copytree(EXPORTS / "facebook_old" / "comments", tmp_path / "comments")
    refused = run(city, "ingest", str(tmp_path / "comments"))
    assert refused.exit_code == 2 and "pass --account" in refused.stderr
    doc = _json(run(city, "ingest", str(tmp_path / "comments"), "--account", "parks-fb",
                    "--json"))
    assert doc["totals"]["rows_added"] == 1
    unknown = run(city, "ingest", str(tmp_path / "comments"), "--account", "nope")
    assert unknown.exit_code == 2 and "unknown account 'nope'" in unknown.stderr


def test_forced_format_and_unknown_format(city):  # noqa: F811
    doc = _json(run(city, "ingest", str(EXPORTS / "vendor" / "archivesocial.csv"),
                    "--format", "vendor_csv:archivesocial", "--json"))
    assert doc["files"][0]["loader"] == "vendor_csv:archivesocial"
    result = run(city, "ingest", str(EXPORTS / "vendor"), "--format", "vendor_csv:pagefreezer")
    assert result.exit_code == 2
    assert "unknown format 'vendor_csv:pagefreezer'" in result.stderr


def test_summary_table_lists_each_file(city):  # noqa: F811
    result = run(city, "ingest", str(EXPORTS / "youtube_old"))
    assert result.exit_code == 0
    assert "comments.csv" in result.stdout and "duplicate" in result.stdout


def test_help_does_not_import_openpyxl():
    code = ("import sys; from recordskit.cli import cli\n"
            "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "try:\n    cli.main(['ingest', '--help'], standalone_mode=False)\n"
            "except SystemExit:\n    pass\n"
            "print('openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("False")


def test_progress_bar_only_on_a_terminal_for_large_inputs(monkeypatch, capsys):
    import io

    from recordskit.cli import ingest_cmd
    from recordskit.sources import default_registry
    from tests.sources_fixtures import settings

    plan = default_registry(settings()).plan([EXPORTS / "x_archive"])
    assert not ingest_cmd._progress(plan, enabled=True).enabled  # pytest's stderr: no terminal

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert not ingest_cmd._progress(plan, enabled=True).enabled  # small input
    monkeypatch.setattr(ingest_cmd, "LARGE_INPUT_BYTES", 1)
    assert not ingest_cmd._progress(plan, enabled=False).enabled  # --json
    bar = ingest_cmd._progress(plan, enabled=True)
    assert bar.enabled
    with bar as tick:
        for f in plan.files:
            tick(str(f))
    assert bar.bar.tasks[0].completed == bar.total


def test_the_edit_of_a_tweet_is_its_current_version(city):  # noqa: F811
    _ok(run(city, "ingest", str(EXPORTS / "x_archive")))
    current = _archive(city).current("content").filter(
        pl.col("native_id") == "1892543000000000001").collect()
    assert current["text"].to_list() == [
        "City Council meets Tuesday at 6:00 PM. Agenda here: https://t.co/Ab12Cd34"]

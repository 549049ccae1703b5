"""Vendor CSV through a column map: mapping, roles, vendor spellings, located row problems."""

from __future__ import annotations

import datetime as dt

from recordskit.schema import record_id
from tests.sources_fixtures import EXPORTS, content, ctx, load  # noqa: F401

VENDOR = EXPORTS / "vendor" / "archivesocial.csv"


def test_rows_map_onto_content(ctx):  # noqa: F811
    [batch] = load(VENDOR, ctx)
    assert batch.loader == "vendor_csv:archivesocial" and batch.rows_read == 5
    rows = content([batch])
    post = rows["fb_100200300_1"]
    assert post["text"] == "Road closure on Main St this weekend.\nDetour via Oak St."
    assert post["platform"] == "facebook" and post["kind"] == "post"
    assert post["author_role"] == "city"
    assert post["captured_at"] == dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)
    comment = rows["fb_100200300_2"]
    assert comment["author_role"] == "public"
    assert comment["parent_record_id"] == post["record_id"] == comment["thread_record_id"]
    assert rows["fb_100200300_3"]["author_role"] == "legislator"   # roster facebook:Jane Mayor
    spam = rows["fb_100200300_4"]
    assert spam["account_id"] == "stockton-fb"                      # named by its handle
    assert spam["visibility"] == "removed_by_city"                  # vendor "Removed"
    assert spam["urls"] == ["http://spam.example", "http://spam2.example"]
    reply = rows["fb_100200300_5"]
    assert reply["kind"] == "reply"
    assert reply["parent_record_id"] == record_id("facebook", "stockton-fb", "comment",
                                                  "fb_100200300_2")
    # "2026-03-01 09:45:00" has no zone: read in America/Los_Angeles and counted
    assert reply["posted_at"] == dt.datetime(2026, 3, 1, 17, 45, tzinfo=dt.UTC)
    assert batch.naive_timestamps == 1


def test_bad_rows_are_named_by_line(ctx, tmp_path):  # noqa: F811
    lines = VENDOR.read_text(encoding="utf-8").splitlines(keepends=True)
    # the first record spans lines 2-3 (a newline inside quotes); records 2.. start on line 4
    lines[3] = lines[3].replace("2026-03-01T16:30:00Z", "yesterday")
    lines[4] = lines[4].replace(",Comment,", ",Story,")
    lines[5] = lines[5].replace("City of Stockton,Comment", ",Comment")
    bad = tmp_path / "archivesocial.csv"
    bad.write_text("".join(lines), encoding="utf-8")
    [batch] = load(bad, ctx, "vendor_csv:archivesocial")
    found = {(p.line, p.field): p for p in batch.rejects}
    assert set(found) == {(4, "Created (UTC)"), (5, "Type"), (6, "Account")}
    assert found[(4, "Created (UTC)")].value == "yesterday"
    assert found[(6, "Account")].problem == "required value is empty"
    assert batch.frames["content"].height == 2   # the good rows, for --quarantine


def test_an_account_missing_from_the_register_is_kept_for_the_audit(ctx, tmp_path):  # noqa: F811
    """ACC-2 reports accounts seen in content that the register lacks: their rows must load."""
    text = VENDOR.read_text(encoding="utf-8").replace("City of Stockton,Comment",
                                                      "events-ig,Comment")
    path = tmp_path / "archivesocial.csv"
    path.write_text(text, encoding="utf-8")
    rows = content(load(path, ctx, "vendor_csv:archivesocial"))
    assert rows["fb_100200300_4"]["account_id"] == "events-ig"


def test_ragged_row_is_named_by_line_and_the_rest_kept(ctx, tmp_path):  # noqa: F811
    extra = "fb_9,Facebook,stockton-fb,Post,,,,,,x,y,z,extra,1,2,3\n"  # 16 fields, header 15
    text = VENDOR.read_text(encoding="utf-8") + extra
    bad = tmp_path / "archivesocial.csv"
    bad.write_text(text, encoding="utf-8")
    [batch] = load(bad, ctx, "vendor_csv:archivesocial")
    [problem] = batch.rejects
    assert problem.line == 8 and "fields" in problem.problem
    assert batch.frames["content"].height == 5

"""X archives: current layout (tweets.js, partN, deleted, notes, edits) and Grailbird."""

from __future__ import annotations

import datetime as dt

from recordskit.schema import record_id
from tests.sources_fixtures import EXPORTS, content, ctx, load  # noqa: F401

UTC = dt.UTC


def test_multi_part_archive_reads_every_part_as_its_own_batch(ctx):  # noqa: F811
    batches = load(EXPORTS / "x_archive", ctx)
    names = sorted(b.source_file.rsplit("/", 1)[-1] for b in batches)
    assert names == ["deleted-tweets.js", "note-tweet.js", "tweets-part1.js", "tweets.js"]
    rows = content(batches)
    assert set(rows) == {"1892543000000000001", "1892600000000000002", "1894000000000000003",
                         "1895000000000000004", "1896000000000000777"}
    assert all(r["account_id"] == "stockton-x" and r["author_role"] == "city"
               for r in rows.values())


def test_tweet_fields(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "x_archive", ctx))
    reply = rows["1892600000000000002"]
    assert reply["kind"] == "reply"
    assert reply["posted_at"] == dt.datetime(2026, 2, 20, 12, 0, tzinfo=UTC)
    assert reply["parent_record_id"] == record_id("x", "stockton-x", "reply",
                                                  "1892590000000000009")
    assert reply["text"].endswith("¡Gracias!")
    photo = rows["1894000000000000003"]
    assert photo["media_refs"] == ["https://pbs.twimg.com/media/GkParkOpening.jpg"]
    assert "🌳" in photo["text"]
    assert rows["1895000000000000004"]["visibility"] == "deleted_by_author"
    note = rows["1896000000000000777"]
    assert note["urls"] == ["https://www.stocktonca.gov/budget"]
    assert note["posted_at"] == dt.datetime(2026, 3, 6, 20, 15, tzinfo=UTC)


def test_an_edit_is_a_new_version_of_the_first_tweet(ctx):  # noqa: F811
    batch = next(b for b in load(EXPORTS / "x_archive", ctx) if b.source_file.endswith(
        "/tweets.js"))
    versions = batch.frames["content"].filter(
        batch.frames["content"]["native_id"] == "1892543000000000001").sort("edited_at",
                                                                            nulls_last=False)
    assert versions.height == 2
    assert versions["record_id"].n_unique() == 1
    assert versions["content_sha256"].n_unique() == 2
    first, edit = versions.rows(named=True)
    assert "5:30 PM" in first["text"] and first["edited_at"] is None
    assert "6:00 PM" in edit["text"]
    assert edit["posted_at"] == first["posted_at"]
    assert edit["edited_at"] == dt.datetime(2026, 2, 20, 9, 25, 2, tzinfo=UTC)


def test_grailbird_monthly_files_and_csv_give_the_same_items(ctx):  # noqa: F811
    from_js = content(load(EXPORTS / "grailbird", ctx))
    from_csv = content(load(EXPORTS / "grailbird" / "tweets.csv", ctx))
    assert set(from_js) == set(from_csv) == {"463734600000000001", "463740000000000002"}
    for native in from_js:
        for field in ("record_id", "text", "posted_at", "kind", "parent_record_id", "urls"):
            assert from_js[native][field] == from_csv[native][field], field
    assert from_js["463734600000000001"]["text"] == \
        "Library hours change next week:\nMon-Thu 10-8, Fri-Sat 10-5."


def test_export_of_unknown_account_is_refused(ctx, tmp_path):  # noqa: F811
    import shutil

    shutil.copytree(EXPORTS / "x_archive", tmp_path / "x")
    account = tmp_path / "x" / "data" / "account.js"
    account.write_text(account.read_text().replace("CityofStockton", "SomeoneElse"))
    batches = load(tmp_path / "x", ctx)
    assert all(len(b.rejects) == 1 for b in batches)
    assert "cannot tell which account this export belongs to; pass --account" in \
        batches[0].rejects[0].problem


def test_truncated_tweets_js_names_the_line(ctx, tmp_path):  # noqa: F811
    text = (EXPORTS / "x_archive" / "data" / "tweets.js").read_text()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "account.js").write_text(
        (EXPORTS / "x_archive" / "data" / "account.js").read_text())
    cut = tmp_path / "data" / "tweets.js"
    cut.write_text(text[: len(text) // 2])
    [batch] = load(tmp_path, ctx)
    [problem] = batch.rejects
    assert problem.file == str(cut)
    assert problem.line == text[: len(text) // 2].count("\n") + 1
    assert "truncated" in problem.problem
    assert not batch.frames

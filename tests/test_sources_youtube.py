"""YouTube Takeout comments: both header orders, lower-case and translated headers."""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit.schema import record_id
from recordskit.sources.youtube import segments_text
from tests.sources_fixtures import EXPORTS, content, ctx, load  # noqa: F401


@pytest.mark.parametrize(("cell", "text"), [
    ('{"takeoutSegments":[{"text":"Correction: "},{"text":"5:45 PM"}]}', "Correction: 5:45 PM"),
    ('{"text":"a"},{"text":"\\n"},{"text":"b"}', "a\nb"),
    ('{"text":"only"}', "only"),
    ("plain text", "plain text"),
])
def test_segments(cell, text):
    assert segments_text(cell) == text


@pytest.mark.parametrize("folder", ["youtube_old", "youtube_new", "youtube_translated"])
def test_each_layout_reads_the_same_fields(ctx, folder):  # noqa: F811
    rows = content(load(EXPORTS / folder, ctx))
    assert len(rows) == 2
    top, reply = sorted(rows.values(), key=lambda r: r["posted_at"])
    assert top["kind"] == "comment" and reply["kind"] == "reply"
    assert top["account_id"] == "stockton-yt"
    assert top["author_native_id"] == "UCstockton00000000000001"
    assert top["author_role"] == "city"
    video = top["thread_record_id"]
    assert top["parent_record_id"] == video == reply["thread_record_id"]
    assert reply["parent_record_id"] == top["record_id"]
    assert top["record_id"] == record_id("youtube", "stockton-yt", "comment", top["native_id"])


def test_old_layout_values(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "youtube_old", ctx))
    reply = rows["UgzAbCdEfGhIjKlMnOpQrStUv4AaABAg.9xYzReply01"]
    assert reply["text"] == "Correction: 5:45 PM"
    assert reply["posted_at"] == dt.datetime(2025, 11, 3, 18, 2, 44, 500000, tzinfo=dt.UTC)


def test_new_layout_joins_segments_with_newlines(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "youtube_new", ctx))
    assert rows["UgwNewLayoutTopLevel0000001AaABAg"]["text"] == \
        "Public comment can be submitted online.\nLink below."

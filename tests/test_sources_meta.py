"""Facebook and Instagram downloads: Meta's mis-encoding repaired, derived ids stable."""

from __future__ import annotations

import datetime as dt
import json

from recordskit.sources.mojibake import repair, repair_text
from tests.sources_fixtures import EXPORTS, content, ctx, load  # noqa: F401


def test_repair_restores_accents_and_emoji_and_keeps_correct_text():
    assert repair_text("Caf\u00c3\u00a9 \u00f0\u009f\u008e\u0089") == "Café 🎉"
    assert repair_text("Adi\u00f3s") == "Adiós"          # already right: not UTF-8 bytes
    assert repair_text("Café 🎉") == "Café 🎉"            # already right: above U+00FF
    assert repair_text("plain") == "plain"
    assert repair({"a": ["Jos\u00c3\u00a9", 1, None]}) == {"a": ["José", 1, None]}


def test_facebook_posts(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "facebook", ctx))
    cafe = rows["post:1771578658"]
    assert cafe["text"] == "Café Week starts today on the Miracle Mile ☕🎉 ¡Bienvenidos!"
    assert cafe["urls"] == ["https://www.stocktonca.gov/news/cafe-week"]
    assert cafe["posted_at"] == dt.datetime(2026, 2, 20, 9, 10, 58, tzinfo=dt.UTC)
    assert cafe["edited_at"] == dt.datetime(2026, 2, 20, 9, 33, 20, tzinfo=dt.UTC)
    assert cafe["account_id"] == "stockton-fb" and cafe["author_role"] == "city"
    assert rows["post:1771492258"]["text"].startswith("Adiós")
    assert rows["post:1771492258"]["media_refs"] == [
        "your_facebook_activity/posts/media/CityofStockton_123/1771492258_n.jpg"]
    assert rows["post:1771492258#2"]["text"] == "A second post in the same second."


def test_facebook_comments_both_wrappers(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "facebook", ctx))
    reply = rows["comment:1771600000"]
    assert reply["text"] == "Thanks José! We fixed the pothole 👍"
    assert reply["kind"] == "reply"
    assert reply["parent_record_id"] is None
    assert rows["comment:1771601234"]["kind"] == "comment"
    old = content(load(EXPORTS / "facebook_old", ctx))
    [(native, row)] = old.items()
    assert row["text"] == "The pool opens June 1 — see you there!"
    assert row["account_id"] == "parks-fb" and row["author_role"] == "city"


def test_facebook_ids_stable_across_reexports(ctx, tmp_path):  # noqa: F811
    """A later download lists a new post first and an edit of an old one: the old posts keep
    their record ids, the edit keeps its id with a new digest."""
    import shutil

    shutil.copytree(EXPORTS / "facebook", tmp_path / "fb")
    posts_path = tmp_path / "fb/your_facebook_activity/posts/your_posts_1.json"
    posts = json.loads(posts_path.read_text())
    posts[1]["data"][0]["post"] = "Adi\u00f3s to the old library sign. Thanks, volunteers!"
    posts.insert(0, {"timestamp": 1771700000, "data": [{"post": "New post"}], "title": ""})
    posts_path.write_text(json.dumps(posts))
    before = content(load(EXPORTS / "facebook", ctx))
    after = content(load(tmp_path / "fb", ctx))
    assert set(after) == set(before) | {"post:1771700000"}
    for native in before:
        assert after[native]["record_id"] == before[native]["record_id"]
    assert after["post:1771492258"]["content_sha256"] != before["post:1771492258"][
        "content_sha256"]
    assert after["post:1771578658"]["content_sha256"] == before["post:1771578658"][
        "content_sha256"]


def test_instagram(ctx):  # noqa: F811
    rows = content(load(EXPORTS / "instagram", ctx))
    assert rows["post:1771578700"]["text"] == "Sunset on the Delta 🌅 #Stockton"
    carousel = rows["post:1772000000"]
    assert carousel["text"] == "Señora Rivera's class visited City Hall"
    assert len(carousel["media_refs"]) == 2
    comment = rows["comment:1772001000"]
    assert comment["text"] == "Gracias por venir 🙌"
    assert comment["account_id"] == "stockton-ig" and comment["author_role"] == "city"


def test_truncated_meta_json_is_refused_with_its_line(ctx, tmp_path):  # noqa: F811
    import shutil

    shutil.copytree(EXPORTS / "instagram", tmp_path / "ig")
    path = tmp_path / "ig/your_instagram_activity/comments/post_comments_1.json"
    path.write_text(path.read_text()[:-40])
    batches = load(tmp_path / "ig", ctx)
    bad = [b for b in batches if b.rejects]
    assert len(bad) == 1 and bad[0].source_file == str(path)
    assert bad[0].rejects[0].line is not None
    assert "truncated" in bad[0].rejects[0].problem

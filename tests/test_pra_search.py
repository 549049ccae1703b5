"""Exhaustive search: the query language, word-boundary semantics, recall against a brute-force
reference on random texts, and the archive-level rules (versions, removals, scope, as-of,
thread context, the index)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordskit import Batch
from recordskit.errors import InputError
from recordskit.pra.normalize import search_text, search_texts
from recordskit.pra.query import All, And, Not, Or, Phrase, parse_query
from recordskit.pra.query_match import query_expr, query_sql
from recordskit.pra.search import SearchScope, index_for, search
from recordskit.schema import record_id
from tests.builders import T0, content_batch

# --- a brute-force reference, written independently of recordskit.pra.normalize ---------------


def ref_words(text: str) -> list[str]:
    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if not unicodedata.combining(c)
                       and unicodedata.category(c)[0] != "M")

    t = fold(fold(text).casefold())
    out, cur = [], ""
    for c in t:
        if c.isalnum():
            cur += c
        else:
            if cur:
                out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def ref_match(node, words: list[str]) -> bool:
    if isinstance(node, All):
        return True
    if isinstance(node, Phrase):
        n = len(node.words)
        for i in range(len(words) - n + 1):
            if all((words[i + j].startswith(w) if star else words[i + j] == w)
                   for j, (w, star) in enumerate(zip(node.words, node.prefix, strict=True))):
                return True
        return False
    if isinstance(node, Not):
        return not ref_match(node.part, words)
    if isinstance(node, And):
        return all(ref_match(p, words) for p in node.parts)
    if isinstance(node, Or):
        return any(ref_match(p, words) for p in node.parts)
    raise TypeError(node)


def vector_hits(texts: list[str], query: str) -> list[bool]:
    frame = pl.DataFrame({"text": texts}).with_columns(
        search_texts(pl.Series("text", texts)).alias("search_text"))
    return frame.select(query_expr(parse_query(query)).alias("m"))["m"].to_list()


# --- word boundaries ----------------------------------------------------------------------------

TEXTS = ["The park is open", "Park's gate", "parking lot full", "PARK", "Parque Las Palmas",
         "park-and-ride", "Café Lumière", "CAFE", "cafe\u0301 crème", "permit", "permitting",
         "Permits issued", "e-mail me", "email me", "#parks", "Straße", "STRASSE",
         "harbor way", "Harbor-Way", "harbor  way", "harbor road way", "sideshow",
         "sideshows", "SIDESHOW!"]


@pytest.mark.parametrize(("query", "expected"), [
    ("park", {"The park is open", "Park's gate", "PARK", "park-and-ride"}),
    ("park*", {"The park is open", "Park's gate", "parking lot full", "PARK", "park-and-ride",
               "#parks"}),
    ("cafe", {"Café Lumière", "CAFE", "cafe\u0301 crème"}),
    ("café", {"Café Lumière", "CAFE", "cafe\u0301 crème"}),
    ("permit*", {"permit", "permitting", "Permits issued"}),
    ("permit", {"permit"}),
    ('"harbor way"', {"harbor way", "Harbor-Way", "harbor  way"}),
    ("e-mail", {"e-mail me"}),
    ("strasse", {"Straße", "STRASSE"}),
    ("sideshow", {"sideshow", "SIDESHOW!"}),
    ("park AND gate", {"Park's gate"}),
    ("lot OR gate", {"Park's gate", "parking lot full"}),
    ("sideshow* NOT sideshows", {"sideshow", "SIDESHOW!"}),
    ('"harb* way"', {"harbor way", "Harbor-Way", "harbor  way"}),
])
def test_word_boundary_semantics(query, expected):
    hits = {t for t, m in zip(TEXTS, vector_hits(TEXTS, query), strict=True) if m}
    assert hits == expected
    assert hits == {t for t in TEXTS if ref_match(parse_query(query), ref_words(t))}


def test_operators_precedence_and_errors():
    assert str(parse_query("a b OR NOT c")) == "((a AND b) OR NOT c)"
    assert str(parse_query("(a OR b) c")) == "((a OR b) AND c)"
    assert str(parse_query("and or not")) == "(and AND or AND not)"  # lower case: words
    assert isinstance(parse_query(""), All)
    assert str(parse_query("visibility:removed_by_city")) == "visibility:removed_by_city"
    for bad in ("(park", "park)", '"park', "AND", "p*rk", "*", "park OR", "---"):
        with pytest.raises(InputError) as err:
            parse_query(bad)
        assert err.value.problems[0].field is None and err.value.problems[0].file == "query"


# --- recall against the reference on random texts -----------------------------------------------

FRAGMENTS = st.sampled_from([*"parkPARK éÉèçñüß'’-_.,!?#@ \t\n0123", "ﬁ", "İ", "e\u0301",
                             "Ⅻ", "²", "ǅ", "ing", "ermit", "cafe", "CAFÉ", "mail"])
TEXT = st.lists(FRAGMENTS, max_size=25).map("".join)
WORDS = ["park", "parking", "permit", "cafe", "e", "ss", "a", "fi", "12"]


@st.composite
def queries(draw, depth=2):
    if depth == 0 or draw(st.booleans()):
        n = draw(st.integers(1, 2))
        ws = [draw(st.sampled_from(WORDS)) + ("*" if draw(st.booleans()) else "")
              for _ in range(n)]
        return f'"{" ".join(ws)}"' if n > 1 else ws[0]
    op = draw(st.sampled_from(["AND", "OR", "NOT", ""]))
    left, right = draw(queries(depth=depth - 1)), draw(queries(depth=depth - 1))
    if op == "NOT":
        return f"NOT ({left})"
    return f"({left}) {op} ({right})".replace("  ", " ")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXT, min_size=1, max_size=20),
       query=queries())
def test_every_matching_text_is_found(texts, query):
    node = parse_query(query)
    assert vector_hits(texts, query) == [ref_match(node, ref_words(t)) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_vectorized_normalization_equals_the_python_path(text):
    assert search_texts(pl.Series([text])).item() == search_text(text)
    assert search_text(text) == " " + " ".join(ref_words(text)) + " "


def test_duckdb_translation_agrees():
    import duckdb

    frame = pl.DataFrame({"text": TEXTS}).with_columns(
        search_texts(pl.Series(TEXTS)).alias("search_text"),
        pl.lit("visible").alias("visibility"))
    for q in ["park", "park*", '"harbor way"', "lot OR gate OR park", "NOT park*",
              '"harb* way"', "visibility:visible AND cafe"]:
        node = parse_query(q)
        polars_hits = frame.filter(query_expr(node))["text"].to_list()
        sql = f"SELECT text FROM frame WHERE {query_sql(node)}"
        duck_hits = [r[0] for r in duckdb.sql(sql).fetchall()]
        assert sorted(polars_hits) == sorted(duck_hits), q


# --- over an archive -----------------------------------------------------------------------------


def _batch(name: str, rows: list[dict]) -> Batch:
    sha = hashlib.sha256(repr((name, rows)).encode()).hexdigest()
    b = Batch(source_file=name, source_sha256=sha, loader="test")
    b.add("content", pl.DataFrame(rows).with_columns(pl.lit(name).alias("source_file"),
                                                     pl.lit(sha).alias("source_sha256")))
    b.rows_read = len(rows)
    return b


def _item(native, text, *, kind="comment", account="pd-fb", parent=None, thread=None,
          posted=T0, captured=T0, visibility="visible", author="u1"):
    return {"record_id": record_id("facebook", account, kind, native), "platform": "facebook",
            "account_id": account, "native_id": native, "kind": kind,
            "parent_record_id": parent, "thread_record_id": thread,
            "author_native_id": author, "author_handle": f"@{author}", "author_role": "public",
            "posted_at": posted, "captured_at": captured, "text": text,
            "visibility": visibility}


@pytest.fixture
def city(workspace):
    post = _item("p1", "Sideshow on Hammer Lane last night", kind="post")
    pid = post["record_id"]
    rows = [
        post,
        _item("c1", "Stop the sideshow!", parent=pid, thread=pid, author="u2"),
        _item("c2", "Unrelated comment", parent=pid, thread=pid),
        _item("c3", "sideshow again", parent=pid, thread=pid, visibility="removed_by_city"),
        _item("c4", "first draft: sideshow", parent=pid, thread=pid),
        _item("c5", "old sideshow", posted=T0 - dt.timedelta(days=90), account="parks-fb"),
    ]
    c1 = rows[1]["record_id"]
    rows.append(_item("r1", "I agree", kind="reply", parent=c1, thread=pid))
    workspace.archive.ingest([_batch("fb1.json", rows)])
    later = T0 + dt.timedelta(days=1)
    workspace.archive.ingest([_batch("fb2.json", [
        _item("c4", "edited: nothing here", parent=pid, thread=pid, captured=later),
        _item("r2", "Replying about the sideshow", kind="reply", parent=c1, thread=pid,
              captured=later),
    ])])
    return workspace, {r["native_id"]: r["record_id"] for r in rows}


def natives(result, ids):
    back = {v: k for k, v in ids.items()}
    return sorted(back.get(r, r) for r in result.hits["record_id"].to_list())


def test_current_versions_removed_and_versions(city):
    ws, ids = city
    ids["r2"] = record_id("facebook", "pd-fb", "reply", "r2")
    base = search(ws.archive, SearchScope(query="sideshow"))
    assert natives(base, ids) == ["c1", "c5", "p1", "r2"]
    removed = search(ws.archive, SearchScope(query="sideshow", include_removed=True))
    assert natives(removed, ids) == ["c1", "c3", "c5", "p1", "r2"]
    versions = search(ws.archive, SearchScope(query="sideshow", include_versions=True))
    assert natives(versions, ids) == ["c1", "c4", "c5", "p1", "r2"]
    c4 = versions.hits.filter(pl.col("record_id") == ids["c4"]).row(0, named=True)
    assert c4["text"] == "first draft: sideshow" and not c4["is_current_version"]
    assert (c4["version_number"], c4["version_count"]) == (1, 2)


def test_scope_filters_and_as_of(city):
    ws, ids = city
    scoped = search(ws.archive, SearchScope(query="sideshow", account_ids=("pd-fb",),
                                            starts_at=T0 - dt.timedelta(days=30)))
    assert "c5" not in natives(scoped, ids)
    by_author = search(ws.archive, SearchScope(query="sideshow", authors=("@U2",)))
    assert natives(by_author, ids) == ["c1"]
    first = search(ws.archive.as_of(version=1), SearchScope(query="sideshow",
                                                            include_versions=True))
    assert first.archive_version == 1
    assert "r2" not in natives(first, ids) and ids["c4"] in first.record_ids


def test_thread_context(city):
    ws, ids = city
    hits = search(ws.archive, SearchScope(query="agree")).hits
    reply = hits.row(0, named=True)
    assert reply["thread_text"] == "Sideshow on Hammer Lane last night"
    assert reply["parent_text"] == "Stop the sideshow!"
    post = search(ws.archive, SearchScope(query="hammer")).hits.row(0, named=True)
    assert post["thread_text"] is None  # the post is its own thread
    comment = search(ws.archive, SearchScope(query="stop")).hits.row(0, named=True)
    assert comment["thread_text"] == "Sideshow on Hammer Lane last night"
    assert comment["parent_text"] is None  # its parent is the thread post, shown once


def test_hits_without_any_context_have_the_same_columns_empty(city):
    ws, _ = city
    lone = search(ws.archive, SearchScope(query="old")).hits  # c5: no thread, no parent
    threaded = search(ws.archive, SearchScope(query="agree")).hits
    assert lone.height == 1 and lone.schema == threaded.schema
    context = lone.select(pl.col("^(thread|parent)_.*$"))
    assert context.width == 16 and context.null_count().row(0) == (1,) * 16
    assert lone.vstack(threaded).height == 2


def test_context_is_the_current_version_of_records_outside_the_hits(city):
    """The thread post and the parent are read apart from the hits: each shows its latest
    version as of the archive version searched, whichever version of the hit is shown."""
    ws, ids = city
    pid, c1 = ids["p1"], ids["c1"]
    later = T0 + dt.timedelta(days=2)
    ws.archive.ingest([_batch("fb3.json", [
        _item("p1", "Sideshow on Hammer Lane, update: arrests made", kind="post",
              captured=later),
        _item("c1", "Stop the sideshow!", parent=pid, thread=pid, author="u2", captured=later,
              visibility="removed_by_city"),
        _item("r1", "I agree, edited", kind="reply", parent=c1, thread=pid, captured=later),
    ])])
    index = index_for(ws.state_dir)
    for idx in (None, index):
        now = search(ws.archive, SearchScope(query="agree", include_versions=True), index=idx)
        assert [(h["text"], h["version_number"], h["version_count"], h["is_current_version"])
                for h in now.hits.iter_rows(named=True)] == [
            ("I agree", 1, 2, False), ("I agree, edited", 2, 2, True)]
        for h in now.hits.iter_rows(named=True):
            assert h["thread_text"] == "Sideshow on Hammer Lane, update: arrests made"
            assert h["parent_text"] == "Stop the sideshow!"
            assert h["parent_visibility"] == "removed_by_city"
        before = search(ws.archive.as_of(version=2), SearchScope(query="agree"), index=idx)
        reply = before.hits.row(0, named=True)
        assert reply["text"] == "I agree"
        assert reply["thread_text"] == "Sideshow on Hammer Lane last night"
        assert reply["parent_visibility"] == "visible"
        # an earlier version is a hit; its thread (not a hit) shows the post as edited
        draft = search(ws.archive, SearchScope(query="draft", include_versions=True),
                       index=idx).hits.row(0, named=True)
        assert draft["record_id"] == ids["c4"] and not draft["is_current_version"]
        assert draft["thread_text"] == "Sideshow on Hammer Lane, update: arrests made"
        assert draft["parent_text"] is None  # its parent is the thread post
    assert search(ws.archive, SearchScope(query="nothing-matches-this")).hits.columns == \
        search(ws.archive, SearchScope(query="agree")).hits.columns


def test_index_built_in_runs_and_merged_gives_the_same_hits(city, monkeypatch):
    """Segments built a few rows at a time, extended ingest by ingest and merged when there
    are too many, with a record edited across segments: the same hits as without an index."""
    from recordskit.pra import search_index

    monkeypatch.setattr(search_index, "BUILD_ROWS", 3)
    monkeypatch.setattr(search_index, "MAX_SEGMENTS", 2)
    ws, ids = city
    pid = ids["p1"]
    index = index_for(ws.state_dir)
    scopes = [SearchScope(query="sideshow", include_versions=True, include_removed=True),
              SearchScope(query="sideshow"), SearchScope(query="stop", include_versions=True)]

    def same() -> None:
        for scope in scopes:
            assert search(ws.archive, scope, index=index).hits.equals(
                search(ws.archive, scope).hits), scope

    same()
    for i in range(4):
        ws.archive.ingest([_batch(f"more{i}.json", [
            _item("c1", f"Stop the sideshow! ({i})", parent=pid, thread=pid, author="u2",
                  captured=T0 + dt.timedelta(days=3 + i)),
            _item(f"n{i}", f"another sideshow {i}", parent=pid, thread=pid),
        ])])
        same()
        state = index.update(ws.archive)
        assert len(state.segments) <= 2
        assert state.multi_rows == 4 + i  # the two versions of c4, and c1 with its edits
        files = {p.name for p in (ws.state_dir / "search_index").glob("*.parquet")}
        assert files == {s.file for s in state.segments} | {state.multi}


def test_index_gives_the_same_hits_and_follows_new_ingests(city):
    ws, ids = city
    index = index_for(ws.state_dir)
    for q in ["sideshow", "side*", "NOT sideshow", "", '"hammer lane"']:
        for scope in (SearchScope(query=q), SearchScope(query=q, include_removed=True,
                                                        include_versions=True)):
            plain = search(ws.archive, scope).hits
            indexed = search(ws.archive, scope, index=index).hits
            assert plain.equals(indexed), q
    ws.archive.ingest([content_batch(range(3), name="x.json", text="sideshow {i}")])
    assert len(search(ws.archive, SearchScope(query="sideshow"), index=index).record_ids) == 7
    old = search(ws.archive.as_of(version=1), SearchScope(query="sideshow"), index=index)
    assert len(old.record_ids) == 4


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 3)), st.integers(0, 3),
                          st.integers(0, 2), st.one_of(st.none(), st.integers(0, 2))),
                max_size=40, unique=True))
def test_hit_order_is_the_order_on_every_column(rows):
    """Hits are sorted on posted_at, and again on every column only where posted_at ties."""
    from recordskit.pra.search import HIT_ORDER, _hit_order

    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    frame = pl.DataFrame({
        "posted_at": [None if p is None else base + dt.timedelta(hours=p) for p, *_ in rows],
        "record_id": [f"r{r}" for _, r, _, _ in rows],
        "captured_at": [base + dt.timedelta(days=c) for *_, c, _ in rows],
        "edited_at": [None if e is None else base + dt.timedelta(days=e) for *_, e in rows],
    }, schema={"posted_at": pl.Datetime("us", "UTC"), "record_id": pl.String,
               "captured_at": pl.Datetime("us", "UTC"), "edited_at": pl.Datetime("us", "UTC")}
    ).with_columns(pl.lit(1, pl.Int64).alias("ingest_seq"),
                   pl.lit(1, pl.Int64).alias("version_number"))
    assert frame[_hit_order(frame)].equals(frame.sort(HIT_ORDER, nulls_last=True))


# --- the command ---------------------------------------------------------------------------------


def test_search_command_formats_and_options(city):
    import csv
    import io
    import json

    from click.testing import CliRunner

    from recordskit.cli import cli

    ws, ids = city
    runner = CliRunner()
    w = ["-w", str(ws.root)]
    doc = json.loads(runner.invoke(cli, [*w, "search", "sideshow", "--format", "json"]).output)
    assert doc["counts"]["records_hit"] == 4 and doc["archive_version"] == 2
    assert all(h["posted_at"].endswith(("-0700", "-0800")) for h in doc["hits"])
    removed = json.loads(runner.invoke(cli, [*w, "search", "sideshow", "--include-removed",
                                             "--account", "pd-fb", "--format", "json"]).output)
    assert {h["native_id"] for h in removed["hits"]} == {"p1", "c1", "c3", "r2"}
    day = (T0 - dt.timedelta(days=90)).date().isoformat()
    dated = json.loads(runner.invoke(cli, [*w, "search", "sideshow", "--from", day, "--to", day,
                                           "--format", "json"]).output)
    assert [h["native_id"] for h in dated["hits"]] == ["c5"]
    old = json.loads(runner.invoke(cli, [*w, "search", "draft", "--as-of", "1",
                                         "--format", "json"]).output)
    assert old["archive_version"] == 1 and old["counts"]["records_hit"] == 1
    out = runner.invoke(cli, [*w, "search", "sideshow OR hammer", "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and rows[0]["author_handle"].startswith("'@")  # neutralized
    table = runner.invoke(cli, [*w, "search", "agree"])
    assert table.exit_code == 0 and "I agree" in table.output
    bad = runner.invoke(cli, [*w, "search", "(sideshow"])
    assert bad.exit_code == 2 and "parenthesis" in bad.output

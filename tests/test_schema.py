"""The schema is the single source: docs follow it, rows conform to it, hashes are stable."""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordskit import data_dictionary, hashing, schema
from recordskit.errors import SchemaError
from tests.builders import REPO


def test_data_dictionary_matches_the_schema():
    committed = (REPO / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary.render(), "run `make docs` and commit the result"


def test_every_design_table_is_declared():
    design = {"accounts", "account_profiles", "staff", "account_access", "roster", "content",
              "commenter_contacts", "moderation_actions", "retention_schedule", "legal_holds",
              "dispositions", "pra_requests", "ingest_log"}
    assert design <= set(schema.TABLES)


def test_naming_conventions():
    for t in schema.TABLES.values():
        for f in t.fields:
            if f.name.endswith("_at"):
                assert f.dtype == schema.UTC_TIMESTAMP, f"{t.name}.{f.name}"
            if f.name.endswith("_on"):
                assert f.dtype == pl.Date, f"{t.name}.{f.name}"
            if f.dtype == pl.Boolean:
                assert f.name.startswith(("is_", "has_")), f"{t.name}.{f.name}"


def test_confidential_data_is_marked():
    assert schema.TABLES["commenter_contacts"].confidential
    assert "email" in schema.TABLES["commenter_contacts"].confidential_fields
    assert schema.TABLES["pra_requests"].confidential_fields == ["requester_contact"]


def test_conform_rejects_what_a_loader_must_not_produce():
    ok = {"staff_id": "s1", "name": "Ana"}
    assert schema.conform("staff", pl.DataFrame([ok])).columns == schema.TABLES["staff"].names
    with pytest.raises(SchemaError, match="unknown columns"):
        schema.conform("staff", pl.DataFrame([{**ok, "salary": 1}]))
    with pytest.raises(SchemaError, match="required column name"):
        schema.conform("staff", pl.DataFrame([{"staff_id": "s1"}]))
    with pytest.raises(SchemaError, match="null value"):
        schema.conform("staff", pl.DataFrame([ok, {"staff_id": "s2", "name": None}]))
    with pytest.raises(SchemaError, match="not in"):
        schema.conform("accounts", pl.DataFrame([{"account_id": "a", "platform": "myspace"}]))


def test_record_ids_are_stable_and_fold_comment_and_reply():
    rid = schema.record_id("facebook", "pw-fb", "comment", "123_456")
    assert rid == schema.record_id("facebook", "pw-fb", "reply", "123_456")
    assert len(rid) == 27 and rid.startswith("fa-")
    assert rid != schema.record_id("facebook", "pw-fb", "message", "123_456")
    assert rid != schema.record_id("facebook", "other", "comment", "123_456")
    frame = pl.DataFrame({"p": ["facebook"], "a": ["pw-fb"], "k": ["reply"], "n": ["123_456"]})
    out = frame.select(schema.record_id_expr(pl.col("p"), pl.col("a"), pl.col("k"), pl.col("n")))
    assert out.item() == rid


def test_record_id_is_pinned():
    """A record id must never change between releases: packets and holds cite it."""
    expected = hashlib.sha256(b"x\x1facc\x1fitem\x1f1").hexdigest()[:24]
    assert schema.record_id("x", "acc", "post", "1") == "x-" + expected


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
rows = st.fixed_dictionaries({
    "s": st.none() | text,
    "n": st.none() | st.integers(-(2**62), 2**62),
    "b": st.none() | st.booleans(),
    "d": st.none() | st.dates(dt.date(1970, 1, 1), dt.date(2100, 1, 1)),
    "t": st.none() | st.datetimes(dt.datetime(1970, 1, 2), dt.datetime(2100, 1, 1),
                                  timezones=st.just(dt.UTC)),
    "l": st.none() | st.lists(text, max_size=4),
})
SCHEMA = {"s": pl.String, "n": pl.Int64, "b": pl.Boolean, "d": pl.Date,
          "t": schema.UTC_TIMESTAMP, "l": schema.STRINGS}


@settings(max_examples=150, deadline=None)
@given(st.lists(rows, min_size=1, max_size=8))
def test_vectorized_hash_equals_the_specification(batch):
    frame = pl.DataFrame(batch, schema=SCHEMA)
    vectorized = hashing.sha256_rows(frame, list(SCHEMA)).to_list()
    reference = [hashing.sha256_row(r, list(SCHEMA)) for r in batch]
    assert vectorized == reference


def test_vectorized_hash_escapes_and_converts_zones_as_the_specification_does():
    la = dt.timezone(dt.timedelta(hours=-8))
    batch = [{"s": "back\\slash \x1e rs \x1f us", "l": ["a\x1fb", "c\\"],
              "t": dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=la)},
             {"s": "plain", "l": ["x"], "t": dt.datetime(2026, 7, 1, 12, tzinfo=la)}]
    frame = pl.DataFrame(batch, schema={"s": pl.String, "l": schema.STRINGS,
                                        "t": pl.Datetime("us", "America/Los_Angeles")})
    assert hashing.sha256_rows(frame, ["s", "l", "t"]).to_list() == \
        [hashing.sha256_row(r, ["s", "l", "t"]) for r in batch]


def test_canonical_form_is_unambiguous():
    a = hashing.canonical_row({"x": "a\x1eb=c"}, ["x"])
    b = hashing.canonical_row({"x": "a", "b": "c"}, ["x", "b"])
    assert a != b
    assert hashing.canonical_row({"l": ["a\x1fb"]}, ["l"]) != \
        hashing.canonical_row({"l": ["a", "b"]}, ["l"])
    assert hashing.canonical_row({"l": []}, ["l"]) != hashing.canonical_row({"l": [""]}, ["l"])
    assert hashing.canonical_row({"l": None}, ["l"]) != hashing.canonical_row({"l": []}, ["l"])


def test_adding_a_nullable_field_keeps_old_digests():
    row = {"a": "x", "t": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}
    assert hashing.sha256_row(row, ["a", "t"]) == hashing.sha256_row({**row, "new": None},
                                                                     ["a", "t", "new"])

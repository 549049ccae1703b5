"""Moderation logs: CSV and untidy workbooks; unreadable cells named by sheet and cell."""

from __future__ import annotations

import datetime as dt

from recordskit.schema import record_id
from tests.sources_fixtures import EXPORTS, ctx, load, untidy_log  # noqa: F401


def _actions(batch) -> dict:
    return {r["action_id"]: r for r in batch.frames["moderation_actions"].iter_rows(named=True)}


def test_csv_log(ctx):  # noqa: F811
    [batch] = load(EXPORTS / "moderation" / "parks_log.csv", ctx)
    assert not batch.rejects and batch.rows_read == 3
    rows = _actions(batch)
    hide = rows["PK-001"]
    assert hide["action"] == "hide" and hide["platform"] == "facebook"
    assert hide["record_id"] == record_id("facebook", "stockton-fb", "comment", "fb_100200300_4")
    assert hide["acted_at"] == dt.datetime(2026, 3, 1, 18, tzinfo=dt.UTC)
    ban = rows["PK-002"]
    assert ban["record_id"] is None and ban["acted_at"] == dt.datetime(2026, 3, 1, 18, 5,
                                                                       tzinfo=dt.UTC)
    [derived] = [r for k, r in rows.items() if k.startswith("ma-")]
    assert derived["action"] == "delete"            # "deleted"
    assert derived["reason_code"] == "solicitation"  # "Solicitation"
    assert derived["poster_unavailable_reason"] == "account deactivated"
    assert batch.naive_timestamps == 2
    again = _actions(load(EXPORTS / "moderation" / "parks_log.csv", ctx)[0])
    assert set(again) == set(rows)  # derived ids are stable


def test_untidy_workbook(ctx, tmp_path):  # noqa: F811
    path = untidy_log(tmp_path / "log.xlsx")
    [batch] = load(path, ctx)
    assert batch.loader == "moderation_log"
    assert not batch.rejects
    assert batch.rows_read == 3           # title, subtitle, blank and trailing rows skipped
    rows = _actions(batch)
    assert rows["PK-101"]["acted_at"] == dt.datetime(2026, 3, 14, 16, 30, tzinfo=dt.UTC)
    assert rows["PK-102"]["acted_at"] == dt.datetime(2026, 3, 14, 21, 5, tzinfo=dt.UTC)
    assert rows["PK-102"]["action"] == "unhide"
    ban = rows["PK-103"]
    assert (ban["platform"], ban["account_id"], ban["action"]) == ("x", "stockton-x", "ban")
    assert batch.naive_timestamps == 3


def test_text_in_a_date_cell_is_named_by_sheet_and_cell(ctx, tmp_path):  # noqa: F811
    path = untidy_log(tmp_path / "log.xlsx", acted_at_b="after lunch")
    [batch] = load(path, ctx)
    [problem] = batch.rejects
    assert problem.cell == "March!G7"
    assert problem.value == "after lunch"
    assert str(problem).startswith(f"{path} [March!G7]: acted_at: not a date and time")
    assert set(_actions(batch)) == {"PK-101", "PK-103"}


def test_unknown_action_and_empty_account(ctx, tmp_path):  # noqa: F811
    src = (EXPORTS / "moderation" / "parks_log.csv").read_text()
    bad = tmp_path / "log.csv"
    bad.write_text(src.replace(",Hide,", ",Zap,").replace("PK-002,Facebook,stockton-fb",
                                                           "PK-002,Facebook,"))
    [batch] = load(bad, ctx)
    problems = {(p.line, p.field): p.problem for p in batch.rejects}
    assert set(problems) == {(2, "action"), (3, "account_id")}
    assert problems[(2, "action")].startswith("unknown action")
    assert problems[(3, "account_id")] == "required value is empty"
    kept = batch.frames["moderation_actions"]["action_id"].to_list()
    assert [k[:3] for k in kept] == ["ma-"]   # only the third row was readable

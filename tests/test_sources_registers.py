"""Registers from CSV, XLSX and YAML; the templates stay in step with the schema."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from recordskit.schema import record_id
from recordskit.sources.registers import RECORD_KEY, register_tables
from tests.sources_fixtures import EXPORTS, ctx, load  # noqa: F401

TEMPLATES = Path(__file__).parents[1] / "data_samples" / "templates"


def test_every_register_has_a_template():
    assert {p.stem for p in TEMPLATES.iterdir()} == set(register_tables())


@pytest.mark.parametrize("table", sorted(register_tables()))
def test_template_header_is_the_table_fields(table):
    [path] = TEMPLATES.glob(f"{table}.*")
    with open(path, newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    fields = register_tables()[table].names
    if "record_id" in fields:  # the templates name posts the way people can: by native id
        fields = [f for f in fields if f != "record_id"]
        header = [h for h in header if h not in RECORD_KEY or h in fields]
    assert sorted(header) == sorted(fields)


@pytest.mark.parametrize("table", sorted(register_tables()))
def test_template_loads_cleanly(ctx, table):  # noqa: F811
    [path] = TEMPLATES.glob(f"{table}.*")
    [batch] = load(path, ctx)
    assert not batch.rejects, [str(p) for p in batch.rejects]
    assert batch.frames[table].height == batch.rows_read >= 1


def test_lists_times_and_derived_record_ids(ctx):  # noqa: F811
    [holds] = load(TEMPLATES / "legal_holds.csv", ctx)
    hold = holds.frames["legal_holds"].row(0, named=True)
    assert hold["scope_account_ids"] == ["city-fb", "parks-x"]
    assert hold["scope_query"] == 'Smith OR "Pacific Ave"'
    assert hold["scope_starts_at"] == dt.datetime(2025, 11, 1, 7, tzinfo=dt.UTC)
    assert hold["issued_on"] == dt.date(2026, 2, 10)
    [approvals] = load(TEMPLATES / "content_approvals.csv", ctx)
    assert approvals.frames["content_approvals"]["record_id"][0] == record_id(
        "facebook", "city-fb", "post", "post:1771578658")


def test_yaml_register(ctx):  # noqa: F811
    [batch] = load(EXPORTS / "registers" / "roster.yaml", ctx)
    rows = batch.frames["roster"].rows(named=True)
    assert [r["handles"] for r in rows] == [["x:@MayorJane", "facebook:Jane Mayor"],
                                            ["youtube:UCortega0000000000000001"]]
    assert rows[0]["term_starts_on"] == dt.date(2025, 1, 1) and rows[1]["term_ends_on"] is None


def test_xlsx_register_with_a_title_row(ctx, tmp_path):  # noqa: F811
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws["A1"] = "Staff with access to city accounts"
    ws.merge_cells("A1:F1")
    ws.append(["Staff ID", "Name", "Title", "Department", "Hired On", "Separated On"])
    ws.append(["S-1", "Ana Ruiz", "Analyst", "Clerk", dt.datetime(2020, 1, 6), None])
    ws.append(["S-2", "Bo Chen", "Editor", "Clerk", "2/3/2021", "someday"])
    path = tmp_path / "staff.xlsx"
    wb.save(path)
    [batch] = load(path, ctx)
    [problem] = batch.rejects
    assert problem.cell == "Staff!F4" and problem.field == "separated_on"
    [row] = batch.frames["staff"].rows(named=True)
    assert row["hired_on"] == dt.date(2020, 1, 6)


def test_unknown_column_and_empty_required_value(ctx, tmp_path):  # noqa: F811
    typo = tmp_path / "staff.csv"
    typo.write_text("staff_id,name,titel\nS-1,Ana Ruiz,Analyst\n")
    [batch] = load(typo, ctx)
    assert "unknown columns ['titel']" in batch.rejects[0].problem
    empty = tmp_path / "accounts.csv"
    empty.write_text("account_id,platform,handle\nA-1,,@x\nA-2,x,@y\n")
    [batch] = load(empty, ctx)
    [problem] = batch.rejects
    assert (problem.line, problem.field, problem.problem) == (2, "platform",
                                                              "required value is empty")
    assert batch.frames["accounts"]["account_id"].to_list() == ["A-2"]

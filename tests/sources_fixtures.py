"""Fixtures for the loader tests: a workspace knowing the fixture city's accounts, and workbooks
built the way departments build them (title rows, merged cells, blank rows, typed dates)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordskit import init_workspace
from recordskit.cli import cli

EXPORTS = Path(__file__).parent / "fixtures" / "exports"

VENDOR_MAP = """
[vendor_csv.archivesocial.columns]
native_id = "Item ID"
platform = "Network"
account_id = "Account"
kind = "Type"
parent_native_id = "Parent ID"
thread_native_id = "Thread ID"
author_native_id = "Author ID"
author_handle = "Author Handle"
author_display_name = "Author Name"
posted_at = "Created (UTC)"
edited_at = "Edited (UTC)"
text = "Content"
urls = "Links"
visibility = "State"
captured_at = "Captured (UTC)"
"""


def run(ws, *args: str):
    """``recordskit -w WS ARGS`` in-process; returns click's Result."""
    return CliRunner().invoke(cli, ["-w", str(ws.root), *args], catch_exceptions=False)


@pytest.fixture
def city(tmp_path):
    """A workspace with the fixture registers (accounts, roster, staff) ingested."""
    ws = init_workspace(tmp_path / "ws", city_name="City of Stockton (test)")
    with open(ws.root / "recordskit.toml", "a", encoding="utf-8") as fh:
        fh.write(VENDOR_MAP)
    result = run(ws, "ingest", str(EXPORTS / "registers"))
    assert result.exit_code == 0, result.output
    from recordskit import open_workspace

    return open_workspace(ws.root)


@pytest.fixture
def exports(tmp_path) -> Path:
    """A private copy of the fixture exports, for tests that change files."""
    dest = tmp_path / "exports"
    shutil.copytree(EXPORTS, dest)
    return dest


HEADER = ["Action ID", "Platform", "Account ID", "Item ID", "Item Kind", "Action", "Acted At",
          "Moderator", "Reason Code", "Reason", "Poster ID", "Poster Name"]


def untidy_log(path: Path, acted_at_b: object = "3/14/2026 2:05 PM") -> Path:
    """A moderation log as departments keep it: a merged title, a subtitle, a blank row, the
    header on row 4, a blank row between actions, text and real dates, trailing blank rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "March"
    ws["A1"] = "Parks Department - Facebook moderation log"
    ws.merge_cells("A1:L1")
    ws["A2"] = "Kept by the site administrator; one row per action"
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(HEADER)  # row 4
    ws.append(["PK-101", "Facebook", "stockton-fb", "fb_100200300_4", "comment", "Hide",
               dt.datetime(2026, 3, 14, 9, 30), "S001", "solicitation",
               "Promotion of a business", "u_557", "Spam Bot"])  # row 5: a real date cell
    ws.append([None] * 12)  # row 6: blank
    ws.append(["PK-102", "facebook", "stockton-fb", "fb_100200300_2", "comment", "unhide",
               acted_at_b, "S002", None, None, "u_555", "Maria Lopez"])  # row 7: text date
    ws.append(["PK-103", "Twitter", "@CityofStockton", None, None, "Banned",
               "2026-03-15 08:00", "S001", "profanity", "Repeated profanity", "99887766",
               "samresident"])  # row 8
    for _ in range(5):  # formatted but empty rows at the end
        ws.append([None] * 12)
    ws.cell(row=20, column=1).number_format = "General"
    wb.save(path)
    return path


def settings():
    import tomllib

    from recordskit.config import parse_workspace

    return parse_workspace({"city_name": "Test", **tomllib.loads(VENDOR_MAP)}, "test")


@pytest.fixture
def ctx():
    """A load context knowing the fixture registers (no archive involved)."""
    from recordskit.sources.base import LoadContext
    from recordskit.sources.registers import Register

    context = LoadContext(settings())
    for f in sorted((EXPORTS / "registers").iterdir()):
        for batch in Register().load(f, context):
            assert not batch.rejects, batch.rejects
            context = context.with_registers(batch)
    return context


def load(path: Path, ctx, loader_name: str | None = None):
    """The batches of one input, detected or forced."""
    from recordskit.sources import default_registry

    registry = default_registry(ctx.settings)
    loader = registry.get(loader_name) if loader_name else registry.detect(path)
    assert loader is not None, f"nothing claims {path}"
    return list(loader.load(path, ctx))


def content(batches) -> dict:
    """native_id -> content row (the last one when an item has several versions)."""
    rows = {}
    for b in batches:
        assert not b.rejects, b.rejects
        if "content" in b.frames:
            for r in b.frames["content"].iter_rows(named=True):
                rows[r["native_id"]] = r
    return rows

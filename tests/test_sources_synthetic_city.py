"""Ingesting the committed synthetic city yields exactly the generator's counts per table."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from recordskit.archive import Archive
from recordskit.workspace import open_workspace
from tests.sources_fixtures import run

CITY = Path(__file__).parents[1] / "data_samples" / "city"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("city") / "city"
    shutil.copytree(CITY, root)  # the sample folder is a workspace without an archive
    ws = open_workspace(root)
    Archive.create(ws.archive_path, lock_dir=ws.state_dir)
    result = run(ws, "ingest", str(root), "--json")
    assert result.exit_code == 0, result.output
    return open_workspace(root), json.loads(result.stdout)


def test_counts_per_table_match_the_answer_key(ingested):
    ws, doc = ingested
    expected = json.loads((CITY / "answer_key.json").read_text())["counts"]
    got = {t: ws.archive.table(t).collect().height for t in expected}
    assert got == expected
    assert doc["totals"]["rows_rejected"] == 0
    assert sorted(Path(p).name for p in doc["ignored"]) == [
        "README.md", "answer_key.json", "pra_request.yaml", "recordskit.toml"]


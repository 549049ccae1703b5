"""The shared output machinery as packets use it: run folders, bags, formula-safe cells,
workbooks, escaped HTML, reproducible files and notebook failures."""

from __future__ import annotations

import datetime as dt
import zipfile

import bagit
import nbformat
import openpyxl
import polars as pl
import pytest

from recordskit.outputs.bag import BagInvalid, seal_bag, validate_bag
from recordskit.outputs.html import render
from recordskit.outputs.notebook import NotebookFailed, execute_notebook, notebook_to_html
from recordskit.outputs.run_folder import RunFolderExists, new_run_id, run_folder
from recordskit.outputs.safe_cells import neutralize, neutralize_frame
from recordskit.outputs.tables import write_csv
from recordskit.outputs.xlsx import sheet_from_frame, write_workbook

MOMENT = dt.datetime(2026, 10, 1, 16, 0, tzinfo=dt.UTC)
DANGEROUS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_run_folder_renames_into_place_and_never_overwrites(tmp_path):
    target = tmp_path / "reports" / "run"
    with run_folder(target) as tmp:
        assert tmp.parent == target.parent and tmp != target
        (tmp / "a.txt").write_text("1")
        assert not target.exists()
    assert (target / "a.txt").read_text() == "1"
    with pytest.raises(RunFolderExists), run_folder(target):
        pass
    with pytest.raises(RuntimeError), run_folder(target, overwrite=True) as tmp:
        (tmp / "a.txt").write_text("2")
        raise RuntimeError("boom")
    assert (target / "a.txt").read_text() == "1"  # a failed run leaves the earlier one
    with run_folder(target, overwrite=True) as tmp:
        (tmp / "a.txt").write_text("3")
    assert (target / "a.txt").read_text() == "3"
    assert sorted(p.name for p in target.parent.iterdir()) == ["run"]
    assert new_run_id() != new_run_id()


def test_bag_seals_and_detects_tampering(tmp_path):
    folder = tmp_path / "bag"
    folder.mkdir()
    (folder / "x.csv").write_text("a,b\n")
    seal_bag(folder, {"Request-Id": "R-1", "Parameters": {"as_of": 3}, "Tags": ["a", "b"]})
    validate_bag(folder)
    bag = bagit.Bag(str(folder))
    assert bag.info["Request-Id"] == "R-1" and bag.info["Tags"] == ["a", "b"]
    assert (folder / "manifest-sha256.txt").exists()
    (folder / "data" / "x.csv").write_text("a,c\n")
    with pytest.raises(BagInvalid):
        validate_bag(folder)


def test_formulas_are_neutralized_in_csv_and_xlsx(tmp_path):
    assert [neutralize(v) for v in DANGEROUS] == ["'" + v for v in DANGEROUS]
    assert neutralize("plain") == "plain" and neutralize(-5) == -5
    frame = pl.DataFrame({"text": [*DANGEROUS, "ok"], "n": list(range(7)),
                          "tags": [["=x"]] * 7})
    safe = neutralize_frame(frame)
    assert safe["text"].to_list() == ["'" + v for v in DANGEROUS] + ["ok"]
    assert safe["tags"][0].to_list() == ["'=x"]
    write_csv(tmp_path / "t.csv", frame)
    text = (tmp_path / "t.csv").read_text()
    assert "\n=" not in text and ",=" not in text
    path = write_workbook(tmp_path / "t.xlsx", [sheet_from_frame("S", frame)], moment=MOMENT)
    ws = openpyxl.load_workbook(path)["S"]
    cells = [ws.cell(r, 1) for r in range(2, 9)]
    assert all(c.data_type == "s" for c in cells)
    assert cells[0].value == "'" + DANGEROUS[0]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:C8"


def test_workbook_bytes_are_reproducible(tmp_path):
    frame = pl.DataFrame({"text": ["a" * 100, "b"]})
    a = write_workbook(tmp_path / "a.xlsx", [sheet_from_frame("S", frame)], moment=MOMENT)
    b = write_workbook(tmp_path / "b.xlsx", [sheet_from_frame("S", frame)], moment=MOMENT)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        assert b"2026-10-01T16:00:00Z" in z.read("docProps/core.xml")
    ws = openpyxl.load_workbook(a)["S"]
    assert ws["A2"].alignment.wrap_text and ws.column_dimensions["A"].width == 60


def test_templates_escape_archive_text():
    html = render("recordskit.pra", "cover_letter.html.j2", **_letter("<script>alert(1)</script>"))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _letter(text):
    return {"city_name": "City", "request_id": "R-1", "requester": text, "description": text,
            "received": "x", "letter_on": "x", "determination_label": "x",
            "determination_text": "x", "determination_cites": [], "due_on": "x",
            "due_steps": [], "extension": None, "due_in_force_on": "x", "exemptions": [],
            "availability": "x", "availability_cites": [], "assistance": "x",
            "assistance_cites": [], "responsible_intro": "x", "responsible_cite": "x",
            "officials": [], "records_officer": None, "files": [], "bates_range": None,
            "archive_version": 1}


def test_a_failing_notebook_cell_is_named(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print('<b>ok</b>', x)"),
        nbformat.v4.new_code_cell("raise ValueError('bad input')"),
    ], metadata={"kernelspec": {"name": "recordskit", "display_name": "recordskit",
                                "language": "python"}})
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    with pytest.raises(NotebookFailed) as err:
        execute_notebook(path, tmp_path / "out.ipynb", {"x": 2}, cwd=tmp_path)
    assert err.value.cell_index == 2  # the template's third cell, whatever papermill inserts
    assert "cell 3 (In [" in str(err.value)
    assert "ValueError" in str(err.value) and "bad input" in str(err.value)
    html = notebook_to_html(tmp_path / "out.ipynb", tmp_path / "out.html").read_text()
    assert "raise ValueError" not in html  # no code
    assert "&lt;b&gt;ok&lt;/b&gt; 2" in html


def test_the_project_kernel_is_registered_when_missing(tmp_path, monkeypatch):
    """A fresh environment without `make env` still runs notebooks on its own Python."""
    import sys

    from jupyter_client.kernelspec import KernelSpecManager

    from recordskit.outputs import notebook

    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "share" / "jupyter"))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    name = "recordskit-test-kernel"
    assert name not in KernelSpecManager().find_kernel_specs()
    notebook.ensure_kernel(name)
    spec = KernelSpecManager().get_kernel_spec(name)
    assert spec.argv[0] == sys.executable

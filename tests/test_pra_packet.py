"""The response packet end to end: ``recordskit pra run`` executes the notebook with papermill
and seals a BagIt bag that validates, opens in openpyxl and pandas, prints to a readable PDF,
holds no planted personal data or commenter contact, escapes markup, keeps formulas as text,
and rebuilds to the same payload at the same archive version."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import bagit
import nbformat
import pytest
from click.testing import CliRunner

from recordskit import init_workspace
from recordskit.cli import cli
from tests.pra_city import CONTACTS, EMAIL, FORMULA, PHONE, REQUEST_YAML, SCRIPT, SSN, build_city

REQUEST_ID = "PRA-2026-077"
NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "pra_response_packet.ipynb"


def run(ws, *args):
    result = CliRunner().invoke(cli, ["-w", str(ws.root), *args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def packet(tmp_path_factory):
    ws = init_workspace(tmp_path_factory.mktemp("city") / "ws", city_name="City of Testville")
    ids = build_city(ws)
    request_file = ws.root / "request.yaml"
    request_file.write_text(REQUEST_YAML, encoding="utf-8")
    assert run(ws, "pra", "new", str(request_file)).exit_code == 0
    result = run(ws, "pra", "run", REQUEST_ID, "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    return ws, Path(doc["packet"]), doc, ids


def payload_texts(bag: Path) -> dict[str, str]:
    """Every payload file as text: xlsx parts unzipped, PDF text extracted."""
    from pypdf import PdfReader

    out = {}
    for path in sorted((bag / "data").rglob("*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    out[f"{path.name}:{name}"] = z.read(name).decode("utf-8", "replace")
        elif path.suffix == ".pdf":
            out[path.name] = "\n".join(p.extract_text() for p in PdfReader(path).pages)
            out[path.name + ":bytes"] = path.read_bytes().decode("latin-1")
        elif path.is_file():
            out[path.name] = path.read_text(encoding="utf-8")
    return out


def test_packet_is_a_valid_bag_in_the_reports_folder(packet):
    ws, bag_path, doc, _ = packet
    assert bag_path == ws.reports_dir / "pra" / REQUEST_ID
    bag = bagit.Bag(str(bag_path))
    bag.validate()
    assert "sha256" in bag.algorithms
    payload = sorted(p.name for p in (bag_path / "data").iterdir())
    assert payload == ["cover_letter.html", "cover_letter.pdf", "packet.html", "records.csv",
                       "records.jsonl", "records.xlsx"]
    assert bag.info["Request-Id"] == REQUEST_ID
    ws.archive.refresh()  # `pra new` ran through the command line
    assert int(bag.info["Archive-Version"]) == ws.archive.version == doc["archive_version"]
    assert json.loads(bag.info["Parameters"])["include_removed"] is True
    assert bag.info["Tool-Version"].startswith("recordskit ")
    assert not [p for p in bag_path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_workbook_sheets_and_layout(packet):
    import openpyxl
    import pandas as pd

    _, bag, _, ids = packet
    path = bag / "data" / "records.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Index", "Records", "Removed content", "Exemption log",
                             "Search log"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    records = wb["Records"]
    header = [c.value for c in records[1]]
    text_col = header.index("text") + 1
    assert records.column_dimensions[openpyxl.utils.get_column_letter(text_col)].width <= 60
    texts = [records.cell(r, text_col) for r in range(2, records.max_row + 1)]
    assert any(c.alignment.wrap_text for c in texts)
    formula = [c for c in texts if "HYPERLINK" in str(c.value)]
    assert formula and all(c.data_type == "s" and not str(c.value).startswith("=")
                           for c in formula)
    sheets = pd.read_excel(path, sheet_name=None)
    recs = sheets["Records"]
    assert recs["bates_number"].tolist() == [f"{REQUEST_ID}-{n:06d}"
                                             for n in range(1, len(recs) + 1)]
    assert ids["post"] in set(recs["thread_record_id"].dropna())
    assert recs["posted_at"].str.endswith(("PDT", "PST")).all()
    public = recs[recs["author_role"] == "public"]
    assert (public["author_display_name"] == "[WITHHELD: name of a member of the public]").all()
    assert (recs[recs["author_role"] == "city"]["author_display_name"]
            == "Police Department").all()
    removed = sheets["Removed content"]
    row = removed[removed["record_id"] == ids["hidden"]].iloc[0]
    assert (row["action"], row["reason_code"]) == ("hide", "illegal_activity")
    assert row["moderator"] == "Pat Moderator, Social Media Coordinator"
    assert row["poster"] == "user_u3 (id u3)" and row["removed_on"] == "2026-07-10"
    assert row["removed_time"].startswith("14:00:00")
    assert "[REDACTED: PHONE]" in row["removed_text"]


def test_exemption_log_names_exemption_and_who_decided(packet):
    import pandas as pd

    _, bag, _, _ = packet
    log = pd.read_excel(bag / "data" / "records.xlsx", sheet_name="Exemption log")
    assert set(log["withheld"]) >= {"social security number", "email address", "phone number",
                                    "name of a member of the public"}
    assert log["exemption"].str.contains(r"§7927\.700 \(former §6254\(c\)\)").all()
    assert (log["responsible"] == "Records Officer, City Clerk").all()
    records = pd.read_csv(bag / "data" / "records.csv")
    assert records["text"].str.contains(r"\[REDACTED: SSN\]").any()


def test_csv_and_jsonl_open_and_formulas_are_neutralized(packet):
    import pandas as pd

    _, bag, _, _ = packet
    csv = pd.read_csv(bag / "data" / "records.csv")
    assert all(not str(v).startswith(("=", "+", "-", "@", "\t", "\r"))
               for col in csv.columns for v in csv[col].dropna())
    assert csv["text"].str.contains("HYPERLINK").any()
    lines = (bag / "data" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(csv)
    first = json.loads(lines[0])
    assert first["posted_at"].endswith(("-07:00", "-08:00"))


def test_cover_letter_pdf_reads_back(packet):
    from pypdf import PdfReader

    _, bag, doc, _ = packet
    text = " ".join(p.extract_text() for p in PdfReader(bag / "data" / "cover_letter.pdf").pages)
    flat = re.sub(r"\s+", " ", text)
    assert REQUEST_ID in flat
    assert doc["due_on"] == "2026-07-30" and "2026-07-30" in flat
    assert "§7922.540 (former §§6253(d), 6255(b))" in flat
    assert "Records Officer, City Clerk" in flat
    assert "Records provided in part" in flat


def test_no_personal_data_or_contact_value_in_any_payload_file(packet):
    _, bag, _, _ = packet
    texts = payload_texts(bag)
    assert any(name.startswith("records.xlsx:xl/") for name in texts)
    values = [SSN, EMAIL, PHONE, "requester.private@example.com",
              *(v for c in CONTACTS for k, v in c.items()
                if k not in ("platform", "author_native_id"))]
    for name, text in texts.items():
        for value in values:
            assert value not in text, f"{value!r} found in {name}"
        assert "5369043" not in re.sub(r"\D", "", text) or name.endswith(":bytes"), name


def test_markup_in_comments_is_escaped_in_every_html_output(packet):
    _, bag, _, _ = packet
    for name in ("packet.html", "cover_letter.html"):
        html = (bag / "data" / name).read_text(encoding="utf-8")
        assert SCRIPT not in html
    packet_html = (bag / "data" / "packet.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in packet_html
    assert FORMULA.split("(")[0] in packet_html


def test_rebuild_at_the_same_version_gives_the_same_payload(packet, tmp_path):
    ws, bag, doc, _ = packet
    again = run(ws, "pra", "run", REQUEST_ID, "--out", str(tmp_path / "again"),
                "--as-of", str(doc["archive_version"]), "--json")
    assert again.exit_code == 0, again.output
    first = (bag / "manifest-sha256.txt").read_text()
    second = (tmp_path / "again" / "manifest-sha256.txt").read_text()
    assert first == second


def test_an_earlier_packet_is_never_replaced_unless_asked(packet):
    ws, bag, _, _ = packet
    before = (bag / "manifest-sha256.txt").read_text()
    result = run(ws, "pra", "run", REQUEST_ID)
    assert result.exit_code == 2 and "--overwrite" in result.output
    assert (bag / "manifest-sha256.txt").read_text() == before


def test_packet_code_never_reads_commenter_contacts():
    src = Path(__file__).resolve().parents[1] / "src" / "recordskit"
    for path in [*(src / "pra").glob("*.py"), *(src / "outputs").glob("*.py")]:
        assert "commenter_contacts" not in path.read_text(encoding="utf-8") or \
            path.name == "packet_redaction.py", path
    # packet_redaction only documents that the table is never loaded
    text = (src / "pra" / "packet_redaction.py").read_text(encoding="utf-8")
    assert "current(\"commenter_contacts\"" not in text and "table(\"commenter" not in text


def test_notebook_is_committed_without_outputs_and_documents_its_parameters():
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    lines = params[0].source.splitlines()
    names = [ln.split("=")[0].strip() for ln in lines if re.match(r"^\w+ =", ln)]
    assert names == ["request", "as_of", "output_dir", "reviewer", "workspace", "withhold"]
    for i, ln in enumerate(lines):
        if re.match(r"^\w+ =", ln):
            assert lines[i - 1].startswith("#"), f"parameter {ln} has no comment"
    assert nb.metadata.kernelspec.name == "recordskit"


def test_a_record_withheld_whole_is_logged_and_cited(packet, tmp_path):
    import pandas as pd

    ws, _, doc, ids = packet
    result = run(ws, "pra", "run", REQUEST_ID, "--out", str(tmp_path / "w"), "--json",
                 "--withhold", f"{ids['hidden']}=pending_litigation:subject of a pending claim")
    assert result.exit_code == 0, result.output
    data = tmp_path / "w" / "data"
    log = pd.read_excel(data / "records.xlsx", sheet_name="Exemption log")
    whole = log[log["field"] == "(whole record)"]
    assert whole["record_id"].tolist() == [ids["hidden"]]
    assert whole["exemption"].iloc[0] == "Gov. Code §7927.200 (former §6254(b))"
    records = pd.read_csv(data / "records.csv")
    row = records[records["record_id"] == ids["hidden"]].iloc[0]
    assert row["text"] == "[WITHHELD: see the exemption log]"
    assert "§7927.200" in (data / "cover_letter.html").read_text(encoding="utf-8")
    bad = run(ws, "pra", "run", REQUEST_ID, "--out", str(tmp_path / "x"),
              "--withhold", "nope")
    assert bad.exit_code == 2 and "RECORD_ID=TOPIC:REASON" in bad.output

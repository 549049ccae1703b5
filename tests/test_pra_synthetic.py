"""The synthetic city's sample request: the search finds every record the answer key lists as
responsive, and the packet holds none of the city's planted personal data or commenter contact
values (``synthetic_city`` is the session fixture of conftest.py)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import bagit
import pandas as pd
import pytest
from click.testing import CliRunner

from recordskit.cli import cli
from recordskit.pra.detectors import EMAIL, SSN_GROUPED
from recordskit.pra.packet import resolve_request
from recordskit.pra.responsive import responsive_records
from recordskit.pra.search import index_for


@pytest.fixture(scope="module")
def sample(synthetic_city):
    key = synthetic_city.answer_key["pra_sample"]
    return synthetic_city.ws, synthetic_city.root / key["file"], key, synthetic_city.answer_key


def test_search_returns_every_responsive_record(sample):
    ws, request_file, key, _ = sample
    request = resolve_request(ws, request_file)
    assert request["request_id"] == key["request_id"]
    found = responsive_records(ws.archive, request, index=index_for(ws.state_dir)).result
    got = set(found.record_ids)
    assert set(key["responsive_record_ids"]) <= got
    assert got == set(key["responsive_record_ids"])  # and nothing the rule leaves out
    assert set(key["responsive_not_visible_record_ids"]) <= got
    context = set(found.hits["thread_record_id"].drop_nulls()) | set(
        found.hits["parent_record_id"].drop_nulls())
    assert set(key["thread_context_record_ids"]) <= context


def _payload_texts(bag: Path) -> dict[str, str]:
    from pypdf import PdfReader

    out = {}
    for path in sorted((bag / "data").iterdir()):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                out.update({f"{path.name}:{n}": z.read(n).decode("utf-8") for n in z.namelist()})
        elif path.suffix == ".pdf":
            out[path.name] = "\n".join(p.extract_text() for p in PdfReader(path).pages)
        else:
            out[path.name] = path.read_text(encoding="utf-8")
    return out


def test_packet_holds_no_planted_personal_data_or_contact_value(sample, tmp_path):
    ws, request_file, key, answer = sample
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "pra", "run", str(request_file),
                                      "--out", str(tmp_path / "packet"), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    bag = Path(doc["packet"])
    bagit.Bag(str(bag)).validate()
    assert doc["counts"]["records"] == len(key["responsive_record_ids"])

    contacts = ws.archive.current("commenter_contacts").collect()  # the test, not the packet
    values = {v for c in ("name", "email", "phone", "postal_address")
              for v in contacts[c].drop_nulls().to_list() if len(v) >= 5}
    # the persons responsible must be named (Gov. Code §7922.540), even when a commenter of
    # the synthetic city enrolled under the same name
    pra = ws.config.pra
    values -= {o.name for o in pra.responsible_officials} | (
        {pra.records_officer.name} if pra.records_officer else set())
    request = resolve_request(ws, request_file)
    values.add(request["requester_contact"])
    assert len(values) > 100
    texts = _payload_texts(bag)
    pattern = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))
    for name, text in texts.items():
        leaked = sorted(set(pattern.findall(text)))
        assert not leaked, f"{name} holds contact values {leaked[:5]}"
        assert not SSN_GROUPED.search(text), f"{name} holds an SSN-shaped number"
        if not name.startswith("packet.html"):  # nbconvert's own page has CSS '@' rules only
            assert not EMAIL.search(text), f"{name} holds an email address"
    # it opens, and its letter reads back with the request id and the due date
    import openpyxl
    from pypdf import PdfReader

    assert openpyxl.load_workbook(bag / "data" / "records.xlsx").sheetnames[1] == "Records"
    assert len(pd.read_csv(bag / "data" / "records.csv")) == doc["counts"]["versions"]
    letter = " ".join(p.extract_text() for p in PdfReader(bag / "data" / "cover_letter.pdf")
                      .pages)
    assert key["request_id"] in letter and doc["due_on"] in letter
    # the planted PRA-4 comments are in the packet, their contact values redacted and logged
    planted = {p["id"] for p in answer["controls"]["PRA-4"]["planted"]
               if p.get("responsive_to_sample_request")}
    assert planted
    log = pd.read_excel(bag / "data" / "records.xlsx", sheet_name="Exemption log")
    logged = log[log["withheld"].isin(["email address", "phone number"])]
    assert planted <= set(logged["record_id"])

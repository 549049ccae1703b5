"""The request register: request files, due dates, `pra new`, `pra list`, `pra due`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordskit.cli import cli
from recordskit.errors import InputError
from recordskit.pra.deadlines import DeadlineRules
from recordskit.pra.register import get_request, read_request_file, requests

REPO = Path(__file__).resolve().parents[1]
TZ = "America/Los_Angeles"


def write(tmp_path, text, name="request.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_request_file_reads_and_gets_its_due_date():
    rows = read_request_file(REPO / "data_samples" / "pra_request.yaml", DeadlineRules(),
                             TZ).rows
    row = rows.row(0, named=True)
    assert row["request_id"] == "PRA-2026-052"
    assert row["received_at"] == dt.datetime(2026, 9, 21, 17, 40, tzinfo=dt.UTC)
    assert row["scope_account_ids"] == ["pd-fb", "pd-x"]
    # the whole last day is in the period
    assert row["scope_ends_at"] == dt.datetime(2026, 9, 1, 6, 59, 59, 999999, tzinfo=dt.UTC)
    # received Monday 2026-09-21: day 10 is Thursday 2026-10-01
    assert row["due_on"] == dt.date(2026, 10, 1)


def test_extension_and_register_format(tmp_path):
    path = write(tmp_path, """\
pra_requests:
  - request_id: R-1
    received_at: 2026-03-02 10:15
    description: a
    extension_reason: voluminous records
    extension_notice_at: 2026-03-10 09:00
""")
    row = read_request_file(path, DeadlineRules(), TZ).rows.row(0, named=True)
    assert row["due_on"] == dt.date(2026, 3, 12)
    assert row["extended_due_on"] == dt.date(2026, 3, 26)


def test_problems_name_file_line_and_field(tmp_path):
    path = write(tmp_path, """\
request_id: R-1
received_at: not a time
color: blue
""")
    with pytest.raises(InputError) as err:
        read_request_file(path, DeadlineRules(), TZ)
    found = {(p.field, p.line) for p in err.value.problems}
    assert ("received_at", 2) in found and ("color", 3) in found
    assert ("description", 1) in found
    late = write(tmp_path, """\
request_id: R-2
received_at: 2026-03-02 10:15
description: a
extension_reason: voluminous_records
extension_notice_at: 2026-03-20 09:00
""", "late.yaml")
    with pytest.raises(InputError) as err:
        read_request_file(late, DeadlineRules(), TZ)
    assert err.value.problems[0].field == "extension_notice_at"


def test_new_list_due_and_update(workspace, tmp_path):
    runner = CliRunner()
    w = ["-w", str(workspace.root)]
    soon = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    path = write(tmp_path, f"""\
- request_id: R-OLD
  received_at: 2026-01-05 10:00
  description: long ago
- request_id: R-SOON
  received_at: {soon.isoformat()}
  description: recent
""")
    result = runner.invoke(cli, [*w, "pra", "new", str(path)])
    assert result.exit_code == 0, result.output
    assert "R-OLD: recorded" in result.output
    again = runner.invoke(cli, [*w, "pra", "new", str(path)])
    assert again.exit_code == 2 and "--update" in again.output
    listed = json.loads(runner.invoke(cli, [*w, "pra", "list", "--json"]).output)
    assert [r["request_id"] for r in listed] == ["R-OLD", "R-SOON"]
    due = runner.invoke(cli, [*w, "pra", "due", "--json"])
    assert due.exit_code == 1  # one is overdue
    statuses = {r["request_id"]: r["status"] for r in json.loads(due.output)}
    assert statuses["R-OLD"] == "overdue" and statuses.get("R-SOON") in ("due_soon", None)

    done = write(tmp_path, """\
request_id: R-OLD
received_at: 2026-01-05 10:00
description: long ago
determination: records_provided
determination_at: 2026-01-12 15:00
""", "done.yaml")
    assert runner.invoke(cli, [*w, "pra", "new", str(done), "--update"]).exit_code == 0
    assert get_request(workspace.archive, "R-OLD")["determination"] == "records_provided"
    assert requests(workspace.archive).height == 2
    with pytest.raises(InputError):
        get_request(workspace.archive, "R-NOPE")

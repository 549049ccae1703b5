"""The registers suite (ACC-1, ACC-2, ACC-4) and the content suite's account check."""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit.checks import run_suites
from tests.checks_city import ACCOUNT, _content, at, compliant_city

D = dt.date


def _account(account_id: str, **kw) -> dict:
    row = {"account_id": account_id, "platform": "facebook", "department": "Parks",
           "site_administrator_staff_id": "s-admin", "department_director": "Pat Director",
           "registration_approved_on": D(2024, 1, 5), "activated_on": D(2024, 1, 10),
           "retention_series": "SOC-MEDIA"}
    row.update(kw)
    return row


# account id -> expected failing (control, column); empty: a look-alike
CASES = {
    "no-approval": ({"registration_approved_on": None}, {("ACC-1", "registration_approved_on")}),
    "approved-late": ({"registration_approved_on": D(2024, 1, 20)},
                      {("ACC-1", "activated_on")}),
    "posted-early": ({}, {("ACC-1", "first_posted_on")}),
    "approved-same-day": ({"registration_approved_on": D(2024, 1, 10)}, set()),
    "no-department": ({"department": None}, {("ACC-2", "department")}),
    "no-site-admin": ({"site_administrator_staff_id": None},
                      {("ACC-2", "site_administrator_staff_id")}),
    "no-director": ({"department_director": None}, {("ACC-2", "department_director")}),
    "no-admin": ({}, {("ACC-4", "active_administrator_count")}),
    "retired-no-admin": ({"retired_on": D(2025, 6, 30)}, set()),
    "admin-separated": ({}, {("ACC-4", "active_administrator_count")}),
    "admin-handover": ({}, set()),
}
GRANTED = {"approved-same-day", "no-approval", "approved-late", "posted-early", "no-department",
           "no-site-admin", "no-director"}


def registers_city():
    c = compliant_city()
    for account_id, (changes, _) in CASES.items():
        c.rows("accounts").append(_account(account_id, **changes))
        if account_id in GRANTED:
            c.rows("account_access").append({"account_id": account_id, "staff_id": "s-admin",
                                             "role": "administrator",
                                             "granted_at": at("2024-01-10")})
    c.rows("content").append(_content("early", at("2024-01-03"), "testing", kind="post",
                                      account="posted-early"))
    c.rows("content").append(_content("ghost", at("2026-07-01"), "hello", kind="post",
                                      account="unregistered"))
    c.rows("staff").extend([{"staff_id": "s-left", "name": "Left", "separated_on": D(2026, 7, 10)},
                            {"staff_id": "s-old", "name": "Old"}, {"staff_id": "s-next",
                                                                   "name": "Next"}])
    c.rows("account_access").extend([
        {"account_id": "admin-separated", "staff_id": "s-left", "role": "administrator",
         "granted_at": at("2024-01-10")},
        {"account_id": "admin-handover", "staff_id": "s-old", "role": "administrator",
         "granted_at": at("2024-01-10"), "revoked_at": at("2026-08-03", 10)},
        {"account_id": "admin-handover", "staff_id": "s-next", "role": "administrator",
         "granted_at": at("2026-08-03", 9)},
        {"account_id": "no-admin", "staff_id": "s-admin", "role": "moderator",
         "granted_at": at("2024-01-10")}])
    return c


@pytest.fixture(scope="module")
def registers_run(tmp_path_factory):
    from recordskit import init_workspace

    ws = init_workspace(tmp_path_factory.mktemp("registers") / "ws")
    registers_city().ingest(ws)
    return run_suites(ws, suites=["registers", "content"])


def test_each_register_gap_fails_exactly_its_expectation(registers_run):
    failing: dict[str, set[tuple[str, str]]] = {}
    for r in registers_run.results:
        if r.suite == "registers":
            for account_id in r.failing_ids:
                failing.setdefault(account_id, set()).add((r.control_id, r.columns[0]))
    expected = {a: case[1] for a, case in CASES.items() if case[1]}
    expected["unregistered"] = {("ACC-2", "is_registered")}
    assert failing == expected
    assert ACCOUNT not in failing


def test_content_names_the_records_of_unregistered_accounts(registers_run):
    [r] = [r for r in registers_run.results
           if r.suite == "content" and r.columns == ["account_id"]]
    assert r.control_id == "ACC-2" and len(r.failing_ids) == 1 and r.unexpected_count == 1
    others = [r for r in registers_run.results if r.suite == "content" and r.columns !=
              ["account_id"]]
    assert all(r.success for r in others)

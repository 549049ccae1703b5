"""The removals suite: each MOD expectation catches its violation and passes its look-alike."""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit.checks import run_suites
from recordskit.periods import parse_period
from tests.checks_city import ACCOUNT, _action, _content, at, compliant_city

# action id -> (control, column of the failing expectation); look-alikes fail nothing
VIOLATIONS = {
    "m1-no-time": ("MOD-1", "acted_at"),
    "m1-no-poster": ("MOD-1", "has_poster_or_reason"),
    "m1-blank-unavailable": ("MOD-1", "has_poster_or_reason"),
    "m2-no-code": ("MOD-2", "reason_code"),
    "m2-unknown-code": ("MOD-2", "reason_code"),
    "m2-no-text": ("MOD-2", "reason_text"),
    "m2-blank-text": ("MOD-2", "reason_text"),
    "m3-never-captured": ("MOD-3", "is_record_archived"),
    "m3-no-text": ("MOD-3", "has_archived_text"),
    "m3-tampered": ("MOD-3", "is_hash_verified"),
    "m4-before-post": ("MOD-4", "acted_at"),
    "m4-future": ("MOD-4", "acted_at"),
    "m4-no-grant": ("MOD-4", "actor_had_access"),
    "m4-separated": ("MOD-4", "actor_had_access"),
    "m4-revoked": ("MOD-4", "actor_had_access"),
    "m4-no-actor": ("MOD-4", "actor_had_access"),
}
LOOKALIKES = ("a1", "a2", "a3", "l-name-only", "l-same-minute", "l-granted-that-morning",
              "l-captured-after-removal")


def violations_city():
    c = compliant_city()
    day = "2026-08-03"
    content, actions = c.rows("content"), c.rows("moderation_actions")
    for i, action_id in enumerate([*VIOLATIONS, *LOOKALIKES[3:]]):
        native = f"n-{action_id}"
        if action_id != "m3-never-captured":
            text = None if action_id == "m3-no-text" else f"comment {i}"
            content.append(_content(native, at(day, 8, i), text))
        actions.append(_action(action_id, native, "delete", at(day, 10, i)))
    content[-1]["captured_at"] = at(day, 11)  # l-captured-after-removal: captured later
    content[-1]["visibility"] = "removed_by_city"
    c.tampered.add("n-m3-tampered")
    edit = c.row
    edit("moderation_actions", action_id="m1-no-time")["acted_at"] = None
    edit("moderation_actions", action_id="m1-no-poster")["poster_native_id"] = None
    row = edit("moderation_actions", action_id="m1-blank-unavailable")
    row.update(poster_native_id=None, poster_unavailable_reason="  ")
    edit("moderation_actions", action_id="m2-no-code")["reason_code"] = None
    edit("moderation_actions", action_id="m2-unknown-code")["reason_code"] = "offensive"
    edit("moderation_actions", action_id="m2-no-text")["reason_text"] = None
    edit("moderation_actions", action_id="m2-blank-text")["reason_text"] = " \t"
    edit("moderation_actions", action_id="m4-before-post")["acted_at"] = at(day, 7)
    edit("moderation_actions", action_id="m4-future")["acted_at"] = at("2031-08-03")
    edit("moderation_actions", action_id="m4-no-grant")["actor_staff_id"] = "s-library"
    edit("moderation_actions", action_id="m4-separated")["actor_staff_id"] = "s-gone"
    edit("moderation_actions", action_id="m4-revoked")["actor_staff_id"] = "s-revoked"
    edit("moderation_actions", action_id="m4-no-actor")["actor_staff_id"] = None
    row = edit("moderation_actions", action_id="l-name-only")
    row.update(poster_native_id=None, poster_name="Jo Public")
    row = edit("moderation_actions", action_id="l-same-minute")
    row["acted_at"] = edit("content", native_id="n-l-same-minute")["posted_at"]
    edit("moderation_actions", action_id="l-granted-that-morning")["actor_staff_id"] = "s-new"
    c.rows("staff").extend([
        {"staff_id": "s-library", "name": "Li Brary"},
        {"staff_id": "s-gone", "name": "Gone Person", "separated_on": dt.date(2026, 8, 1)},
        {"staff_id": "s-revoked", "name": "Re Voked"},
        {"staff_id": "s-new", "name": "New Admin"}])
    c.rows("account_access").extend([
        {"account_id": "other-account", "staff_id": "s-library", "role": "moderator",
         "granted_at": at("2023-01-01")},
        {"account_id": ACCOUNT, "staff_id": "s-gone", "role": "moderator",
         "granted_at": at("2023-01-01")},
        {"account_id": ACCOUNT, "staff_id": "s-revoked", "role": "moderator",
         "granted_at": at("2023-01-01"), "revoked_at": at(day, 9)},
        {"account_id": ACCOUNT, "staff_id": "s-new", "role": "administrator",
         "granted_at": at(day, 10, 0)}])
    return c


@pytest.fixture(scope="module")
def removals_ws(tmp_path_factory):
    from recordskit import init_workspace

    ws = init_workspace(tmp_path_factory.mktemp("removals") / "ws")
    violations_city().ingest(ws)
    return ws


@pytest.fixture(scope="module")
def removals_run(removals_ws):
    return run_suites(removals_ws, suites=["removals"])


def test_each_violation_fails_exactly_its_expectation(removals_run):
    failing: dict[tuple[str, str], set[str]] = {}
    for r in removals_run.results:
        assert r.success == (not r.failing_ids), r
        for action_id in r.failing_ids:
            failing.setdefault((r.control_id, r.columns[0]), set()).add(action_id)
    expected: dict[tuple[str, str], set[str]] = {}
    for action_id, where in VIOLATIONS.items():
        expected.setdefault(where, set()).add(action_id)
    assert failing == expected


def test_lookalikes_and_the_compliant_removals_fail_nothing(removals_run):
    flagged = {i for r in removals_run.results for i in r.failing_ids}
    assert not flagged & set(LOOKALIKES)
    assert "a3" not in {i for r in removals_run.results for i in r.failing_ids}, \
        "an unhide is not a removal"


def test_reason_codes_come_from_the_profile(removals_ws, removals_run):
    assert removals_run.parameters["removals"]["reason_codes"] == sorted(
        removals_ws.profile.codes)


def test_period_keeps_removals_acted_in_it_and_undated_ones_by_posting(removals_ws):
    run = run_suites(removals_ws, suites=["removals"], period=parse_period("2026-08"))
    ids = run.failing_ids_by_control()
    assert "m1-no-time" in ids["MOD-1"], "placed by the removed item's posting time"
    assert "m4-future" in ids["MOD-4"], \
        "dated 2031, an impossible time: placed by the removed item's posting time (2026-08)"
    assert run.results[0].element_count == len(VIOLATIONS) + len(LOOKALIKES) - 3
    july = run_suites(removals_ws, suites=["removals"], period=parse_period("2026-07"))
    assert july.results[0].element_count == 2  # a1 and a2, acted 2026-07-01

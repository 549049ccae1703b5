"""Each control on a hand-built town: the violation is found, its look-alike is not."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recordskit import init_workspace
from recordskit.profiles import load_profile
from tests.audit_city import Town, at, findings

SITE = "https://www.town.example.org"
ALL = ["ACC-1", "ACC-2", "ACC-3", "ACC-4", "NOT-1", "NOT-2", "NOT-3", "NOT-4", "NOT-5",
       "NOT-6", "NOT-7", "NOT-8", "POST-1", "POST-2", "POST-3", "POST-4", "MOD-5", "MOD-6",
       "MOD-7", "MOD-8", "ENG-1", "RET-4", "RET-5", "RET-6", "PRA-1", "PRA-2", "PRA-3",
       "PRA-4"]


def about(profile, purpose: str, missing: str | None = None, reflow: bool = False) -> str:
    parts = [purpose]
    for n in profile.notices:
        if n.text and n.control != missing:
            text = n.text
            if reflow:
                words = text.split(" ")
                text = "\n".join(" ".join(words[i:i + 7]) for i in range(0, len(words), 7))
            parts.append(text)
    return "\n\n".join(parts)


def build(t: Town, ids: dict) -> None:
    profile = load_profile("stockton")
    for sid, name, separated in (("s-admin", "Ada Admin", None), ("s-old", "Otto Old", None),
                                 ("s-new", "Nina New", None),
                                 ("s-gone", "Gil Gone", dt.date(2026, 7, 17)),
                                 ("s-left", "Lea Left", dt.date(2026, 9, 4))):
        t.add("staff", staff_id=sid, name=name, separated_on=separated)
    # ACC-1, ACC-2 accounts
    t.account("acc-fb")
    t.account("acc-noappr", registration_approved_on=None)
    t.account("acc-sameday", registration_approved_on=dt.date(2020, 1, 2))
    t.account("acc-nodir", department_director=None)
    t.account("town-pd", platform="x", handle="TownPD")
    t.account("acc-hand")
    t.account("acc-noadmin")
    t.account("acc-daily")
    t.account("acc-retired", retired_on=dt.date(2025, 6, 30))
    old = at("2020-01-02", 8)
    for acc in ("acc-fb", "acc-noappr", "acc-sameday", "acc-nodir", "town-pd", "acc-daily",
                "acc-retired"):
        t.add("account_access", account_id=acc, staff_id="s-admin", role="administrator",
              granted_at=old)
    t.add("account_access", account_id="acc-hand", staff_id="s-old", role="administrator",
          granted_at=old, revoked_at=at("2026-08-03", 10))
    t.add("account_access", account_id="acc-hand", staff_id="s-new", role="administrator",
          granted_at=at("2026-08-03", 9))
    t.add("account_access", account_id="acc-fb", staff_id="s-gone", role="moderator",
          granted_at=old, revoked_at=at("2026-07-31", 16))
    t.add("account_access", account_id="acc-fb", staff_id="s-left", role="moderator",
          granted_at=old, revoked_at=at("2026-09-06", 10))
    # notices: acc-fb carries them all, reflowed; acc-hand lacks NOT-3; a snapshot after the
    # period that lacks NOT-4 does not count
    for acc, day, missing, reflow in (("acc-fb", "2026-04-01", None, True),
                                      ("acc-hand", "2026-04-01", "NOT-3", False),
                                      ("acc-fb", "2026-10-05", "NOT-4", False)):
        t.add("account_profiles", account_id=acc, captured_at=at(day),
              about_text=about(profile, f"News of {acc}.", missing, reflow),
              links=[f"{SITE}/", f"{SITE}/social-media-policy"],
              contact_info="City Hall, (209) 555-0100", has_logo=True)
    # content: the unregistered account and the one whose export spells the handle
    t.post("ghost-x", at("2026-07-02"), "Hello from an unknown account", platform="x")
    t.post("townpd", at("2026-07-02"), "Traffic update", platform="x")
    # POST-1
    ids["approved"] = t.post("acc-fb", at("2026-07-06", 9), f"Pool opens. More: {SITE}/pool")
    ids["unapproved"] = t.post("acc-fb", at("2026-07-07", 9), f"Library hours. {SITE}/lib")
    t.add("content_approvals", record_id=ids["approved"]["record_id"],
          approved_at=ids["approved"]["posted_at"], approved_by_staff_id="s-admin")
    # POST-3, POST-4
    ids["ssn"] = t.post("acc-fb", at("2026-07-15", 13), "Found a wallet, SSN 078-05-1120. "
                        "Claim it at the front desk.")
    ids["city_phone"] = t.post("acc-fb", at("2026-07-20"), "Non-emergency line: "
                               "(209) 555-0100.")
    ids["unlabeled"] = t.post("acc-fb", at("2026-07-28"), "Transit plan: "
                              "https://www.transit.example.com/plan")
    ids["labeled"] = t.post("acc-fb", at("2026-07-29"), "Grants (external link) "
                            "https://www.grants.example.com/")
    # MOD-5, MOD-7, MOD-8
    road = t.post("acc-fb", at("2026-08-03", 8), "Paving on Miner Ave between El Dorado St "
                  f"and Center St starts Monday. More: {SITE}/roads")
    weekend = t.item("acc-fb", at("2026-08-28", 18, 30), "Damn, a shit show.", parent=road,
                     visibility="removed_by_city")
    ids["fast"] = t.removal("A-FAST", weekend, at("2026-08-31", 9))
    slow = t.item("acc-fb", at("2026-08-04", 9), "Shit parking.", parent=road,
                  visibility="removed_by_city")
    ids["slow"] = t.removal("A-SLOW", slow, at("2026-08-06", 15))
    ontopic = t.item("acc-fb", at("2026-08-04", 10), "The paving on Miner Ave skipped our "
                     "block again, the rest of the street is still broken.", parent=road,
                     visibility="hidden")
    t.removal("A-ONTOPIC", ontopic, at("2026-08-04", 11), action="hide",
              reason_code="off_topic", reason_text="Not related to the post")
    spam = t.item("acc-fb", at("2026-08-04", 12), "Bitcoin to the moon, buy now", parent=road,
                  visibility="hidden")
    t.removal("A-SPAM", spam, at("2026-08-04", 13), action="hide", reason_code="off_topic",
              reason_text="Not related to the post")
    ids["profane"] = t.item("acc-fb", at("2026-09-01", 13), "This department is full of "
                            "shit.", parent=road)
    ids["assessment"] = t.item("acc-fb", at("2026-09-01", 14), "The assessment district "
                               "hearing for Sussex Ave homes is on Tuesday.", parent=road)
    ids["photo"] = t.item("acc-fb", at("2026-09-01", 15), "The photo shoot at Victory Park "
                          "turned out great.", parent=road)
    # MOD-6
    t.add("moderation_actions", action_id="BAN-NOREASON", account_id="acc-fb",
          platform="facebook", action="ban", acted_at=at("2026-08-10"), actor_staff_id="s-admin",
          poster_native_id="u-troll")
    t.add("moderation_actions", action_id="BAN-OK", account_id="acc-fb", platform="facebook",
          action="ban", acted_at=at("2026-08-11"), actor_staff_id="s-admin",
          reason_code="safety_security",
          reason_text="Threatening messages", poster_native_id="u-threat")
    # ENG-1
    ids["unanswered"] = t.item("acc-fb", at("2026-08-11", 10, 20), "@ACC-FB is there lap "
                               "swim after the pool closes?", parent=road)
    asked = t.item("acc-fb", at("2026-09-11", 16, 30), "Will Hammer Lane be closed at night?",
                   parent=road)
    ids["answered"] = asked
    t.item("acc-fb", at("2026-09-14", 9, 30), "Yes, 9 p.m. to 5 a.m.", kind="reply",
           parent=asked, role="city", handle="ACC-FB")
    # RET-6: acc-daily is captured every day but for three weeks in August
    day = dt.date(2026, 7, 1)
    while day <= dt.date(2026, 9, 30):
        if not dt.date(2026, 8, 3) <= day <= dt.date(2026, 8, 23):
            t.post("acc-daily", at(day.isoformat()), f"Daily note {day}")
        day += dt.timedelta(days=1)
    # PRA-1, PRA-2
    for rid, received, decided, reason, notice, extended in (
        ("PRA-LATE", "2026-07-13", "2026-07-30", None, None, None),
        ("PRA-HOLIDAY", "2026-08-28", "2026-09-08", None, None, None),
        ("PRA-EXT-OK", "2026-07-27", "2026-08-19", "consultation with another agency",
         "2026-08-04", dt.date(2026, 8, 20)),
        ("PRA-EXT-BAD", "2026-08-11", "2026-09-03", "staff vacation", "2026-08-18",
         dt.date(2026, 9, 4)),
    ):
        t.add("pra_requests", request_id=rid, received_at=at(received, 10, 5),
              description="All posts about parks", determination="records_provided",
              determination_at=at(decided, 14), extension_reason=reason,
              extension_notice_at=at(notice, 11) if notice else None, extended_due_on=extended)
    t.add("commenter_contacts", platform="facebook", author_native_id="u-1001",
          name="Pat Commenter", email="pat.commenter@example.com", phone="209-555-0177")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    ws = init_workspace(tmp_path_factory.mktemp("town") / "ws", city_name="Town (synthetic)",
                        city_web_domains=("town.example.org",))
    t, ids = Town(), {}
    build(t, ids)
    ws.archive.ingest(t.batches())
    packet = ws.reports_dir / "pra" / "PRA-LATE"
    (packet / "data").mkdir(parents=True)
    (packet / "bag-info.txt").write_text("Request-Id: PRA-LATE\n")
    (packet / "data" / "records.jsonl").write_text(
        json.dumps({"record_id": "fa-leak", "text": "mail pat.commenter@example.com"}) + "\n"
        + json.dumps({"record_id": "fa-ok", "text": "call 209-555-0100"}) + "\n")
    (packet / "data" / "exemption_log.csv").write_text(
        "record_id,field,exemption,responsible\nfa-1,text,§7927.700,A. Clerk\nfa-2,text,,\n")
    return ws, ids, findings(ws, ALL)


def flagged(town, control: str) -> set[str]:
    return set(town[2][control].flagged_ids)


def test_acc1_approval_missing_is_found_same_day_is_not(town):
    assert {"acc-noappr"} <= flagged(town, "ACC-1")
    assert "acc-sameday" not in flagged(town, "ACC-1")


def test_acc2_unregistered_account_is_found_handle_case_is_not(town):
    assert {"ghost-x", "acc-nodir"} <= flagged(town, "ACC-2")
    assert "townpd" not in flagged(town, "ACC-2")


def test_acc3_late_revocation_is_found_timely_is_not(town):
    assert flagged(town, "ACC-3") == {"s-gone"}


def test_acc4_no_administrator_is_found_handover_is_not(town):
    assert "acc-noadmin" in flagged(town, "ACC-4")
    assert "acc-hand" not in flagged(town, "ACC-4")


def test_notices_missing_is_found_reflowed_and_later_snapshot_are_not(town):
    assert "acc-hand" in flagged(town, "NOT-3")
    for control in ("NOT-1", "NOT-2", "NOT-3", "NOT-4", "NOT-5", "NOT-6", "NOT-7"):
        assert "acc-fb" not in flagged(town, control), control
    f = town[2]["NOT-3"]
    row = f.evidence.filter(f.evidence["id"] == "acc-hand").row(0, named=True)
    assert row["score"] < 85 and row["threshold"] == 85 and row["best_passage"]
    assert town[2]["NOT-8"].applies is False  # Stockton requires no NOT-8 notice


def test_post1_unapproved_is_found_approved_at_posting_is_not(town):
    ws, ids, _ = town
    assert ids["unapproved"]["record_id"] in flagged(town, "POST-1")
    assert ids["approved"]["record_id"] not in flagged(town, "POST-1")


def test_post3_ssn_is_found_city_phone_is_not(town):
    ws, ids, _ = town
    assert ids["ssn"]["record_id"] in flagged(town, "POST-3")
    assert ids["city_phone"]["record_id"] not in flagged(town, "POST-3")


def test_post4_unlabeled_external_link_is_found_labeled_is_not(town):
    ws, ids, _ = town
    assert ids["unlabeled"]["record_id"] in flagged(town, "POST-4")
    assert ids["labeled"]["record_id"] not in flagged(town, "POST-4")
    assert ids["approved"]["record_id"] not in flagged(town, "POST-4")  # city's own site


def test_post2_is_a_metric_that_never_fails(town):
    f = town[2]["POST-2"]
    assert f.status == "pass" and 0 < f.metrics["share_linking_to_city"] < 1


def test_mod5_slow_removal_is_notable_weekend_is_not_and_it_never_fails(town):
    f = town[2]["MOD-5"]
    assert f.status == "pass"
    assert "A-SLOW" in f.flagged_ids and "A-FAST" not in f.flagged_ids
    hours = dict(f.tables["latency"].select("action_id", "business_hours").iter_rows())
    assert hours["A-FAST"] == 1.0 and hours["A-SLOW"] == 24.0


def test_mod6_ban_without_reason_is_found_with_reason_is_not(town):
    assert flagged(town, "MOD-6") == {"BAN-NOREASON"}


def test_mod7_on_topic_off_topic_removal_is_found_spam_is_not(town):
    assert "A-ONTOPIC" in flagged(town, "MOD-7")
    assert "A-SPAM" not in flagged(town, "MOD-7")
    assert town[2]["MOD-7"].tables["removals by reason"].height >= 2


def test_mod8_visible_profanity_is_found_ordinary_words_are_not(town):
    ws, ids, _ = town
    found = flagged(town, "MOD-8")
    assert ids["profane"]["record_id"] in found
    assert ids["assessment"]["record_id"] not in found
    assert ids["photo"]["record_id"] not in found


def test_eng1_unanswered_question_is_found_answered_monday_is_not(town):
    ws, ids, _ = town
    assert ids["unanswered"]["record_id"] in flagged(town, "ENG-1")
    assert ids["answered"]["record_id"] not in flagged(town, "ENG-1")


def test_ret6_three_week_gap_is_found_retired_account_is_not(town):
    f = town[2]["RET-6"]
    assert "acc-daily" in f.flagged_ids and "acc-retired" not in f.flagged_ids
    row = f.evidence.filter(f.evidence["id"] == "acc-daily").row(0, named=True)
    assert (row["gap_starts_on"], row["gap_ends_on"]) == (dt.date(2026, 8, 3),
                                                         dt.date(2026, 8, 23))


def test_ret5_intact_archive_passes(town):
    assert town[2]["RET-5"].status == "pass"


def test_pra1_late_is_found_holiday_roll_is_not(town):
    assert "PRA-LATE" in flagged(town, "PRA-1")
    assert "PRA-HOLIDAY" not in flagged(town, "PRA-1")
    assert "PRA-EXT-OK" not in flagged(town, "PRA-1")


def test_pra2_unlisted_reason_is_found_statute_wording_is_not(town):
    assert flagged(town, "PRA-2") == {"PRA-EXT-BAD"}


def test_pra3_exemption_log_row_without_exemption_is_found(town):
    f = town[2]["PRA-3"]
    assert f.status == "fail" and f.evidence_total == 1


def test_pra4_contact_in_a_packet_is_found_city_phone_is_not(town):
    assert flagged(town, "PRA-4") == {"fa-leak"}


def test_evidence_rows_identify_the_archived_item(town):
    ws, ids, _ = town
    f = town[2]["POST-3"]
    row = f.evidence.filter(f.evidence["id"] == ids["ssn"]["record_id"]).row(0, named=True)
    assert row["account_id"] == "acc-fb" and row["platform"] == "facebook"
    assert row["native_id"] == ids["ssn"]["native_id"]
    assert row["posted_at_local"] == "2026-07-15 13:00 PDT"
    assert row["excerpt"].startswith("Found a wallet")

"""Brown Act controls: majority math (3 of 5, 4 of 7), reactions counting as responses,
members of different bodies, former members, titles."""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit import init_workspace
from recordskit.audit.brown_act import majority
from tests.audit_city import Town, at, findings

COUNCIL, COMMISSION = "City Council", "Planning Commission"


@pytest.mark.parametrize(("seats", "needed"), [(5, 3), (7, 4), (9, 5), (4, 3), (1, 1)])
def test_majority_is_more_than_half_the_seats(seats, needed):
    assert majority(seats) == needed
    assert needed > seats / 2 and needed - 1 <= seats / 2


def member(t: Town, body: str, seats: int, n: int, title: str, start="2024-12-03",
           end: str | None = "2028-12-04") -> str:
    handle = f"{body.split()[0].lower()}{n}"
    t.add("roster", body=body, member_id=f"{body[:2]}-{n}", member_name=f"{title} Person{n}",
          body_seats=seats, title=title, term_starts_on=dt.date.fromisoformat(start),
          term_ends_on=dt.date.fromisoformat(end) if end else None,
          handles=[f"facebook:{handle}"])
    return handle


@pytest.fixture(scope="module")
def brown(tmp_path_factory):
    ws = init_workspace(tmp_path_factory.mktemp("brown") / "ws", city_name="Town (synthetic)")
    t, ids = Town(), {}
    t.account("cmo-fb")
    council = [member(t, COUNCIL, 7, n, "Councilmember") for n in range(1, 8)]
    former = member(t, COUNCIL, 7, 8, "Councilmember", "2020-12-01", "2024-12-02")
    commission = [member(t, COMMISSION, 5, n, "Commissioner", "2025-07-01", "2029-06-30")
                  for n in range(1, 6)]

    def says(handle, parent, when, words, kind="comment", signed=True):
        title = "Commissioner" if handle.startswith("planning") else "Councilmember"
        text = f"{title} {handle} here. {words}" if signed else words
        return t.item("cmo-fb", when, text, kind=kind, parent=parent, role="legislator",
                      handle=handle)

    # 4 of 7 councilmembers on one thread: a majority
    p = t.post("cmo-fb", at("2026-08-18", 9), "Council will consider the parking ordinance.")
    for i, h in enumerate(council[:4]):
        says(h, p, at("2026-08-18", 11 + i), "I support the two-hour limit.")
    ids["four_of_seven"] = p["record_id"]
    # 3 of 7 current plus a former member: no majority
    p = t.post("cmo-fb", at("2026-09-22", 9), "Mid-year budget update.")
    for i, h in enumerate(council[:3] + [former]):
        says(h, p, at("2026-09-22", 11 + i), "Details are in the staff report.")
    ids["three_plus_former"] = p["record_id"]
    # 3 of 5 commissioners: two comments and a reaction
    p = t.post("cmo-fb", at("2026-09-02", 9), "The Planning Commission hears the rezoning.")
    says(commission[2], p, at("2026-09-02", 11), "The height limit is the key question.")
    says(commission[3], p, at("2026-09-02", 12), "I lean toward five stories.")
    t.item("cmo-fb", at("2026-09-02", 13), "👍", kind="reaction", parent=p, role="legislator",
           handle=commission[4])
    ids["three_of_five"] = p["record_id"]
    # 2 councilmembers and 2 commissioners: no majority of either body
    p = t.post("cmo-fb", at("2026-07-29", 9), "The branch library design goes to hearings.")
    c = None
    for i, h in enumerate(council[4:6] + commission[:2]):
        c = says(h, p, at("2026-07-29", 11 + i), "Residents can comment at either hearing.")
    ids["mixed_bodies"] = p["record_id"]
    # BRN-3: a councilmember replies to a commissioner (different bodies): not a response
    ids["cross_body"] = says(council[4], c, at("2026-07-29", 16), "Thanks for the dates.",
                             kind="reply")["record_id"]
    # BRN-3: a councilmember replies to another councilmember; a commissioner likes another's
    p = t.post("cmo-fb", at("2026-08-05", 9), "Pool renovation bids are in.")
    c3 = says(council[2], p, at("2026-08-05", 11), "The lowest bid leaves out the shade.")
    ids["reply"] = says(council[1], c3, at("2026-08-05", 14), "Agreed.",
                        kind="reply")["record_id"]
    p = t.post("cmo-fb", at("2026-09-16", 9), "Housing element hearing in October.")
    c1 = says(commission[0], p, at("2026-09-16", 11), "I want more family-size units.")
    ids["like"] = t.item("cmo-fb", at("2026-09-16", 13), "👍", kind="reaction", parent=c1,
                         role="legislator", handle=commission[1])["record_id"]
    # BRN-1: a member who does not identify themselves
    p = t.post("cmo-fb", at("2026-07-21", 9), "A new crosswalk is coming.")
    ids["unsigned"] = says(council[0], p, at("2026-07-21", 13), "Glad it is happening.",
                           signed=False)["record_id"]
    ids["signed"] = says(council[6], p, at("2026-07-21", 14), "Glad too.")["record_id"]
    ws.archive.ingest(t.batches())
    return ids, findings(ws, ["BRN-1", "BRN-2", "BRN-3"])


def test_majorities_are_found_and_minorities_are_not(brown):
    ids, found = brown
    flagged = set(found["BRN-2"].flagged_ids)
    assert {ids["four_of_seven"], ids["three_of_five"]} <= flagged
    assert ids["three_plus_former"] not in flagged
    assert ids["mixed_bodies"] not in flagged


def test_a_reaction_counts_toward_the_majority(brown):
    ids, found = brown
    ev = found["BRN-2"].evidence
    detail = ev.filter(ev["id"] == ids["three_of_five"])["detail"][0]
    assert "3 of 5" in detail and "reaction" in detail


def test_replies_and_reactions_between_members_of_one_body_are_found(brown):
    ids, found = brown
    flagged = set(found["BRN-3"].flagged_ids)
    assert {ids["reply"], ids["like"]} <= flagged
    assert ids["cross_body"] not in flagged


def test_members_without_their_title_are_found(brown):
    ids, found = brown
    flagged = set(found["BRN-1"].flagged_ids)
    assert ids["unsigned"] in flagged and ids["signed"] not in flagged

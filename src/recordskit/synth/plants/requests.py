"""Public records requests (PRA-1, PRA-2): determinations late or on time, and extensions."""

from __future__ import annotations

from recordskit.synth.city import at
from recordskit.synth.plants import Scene
from recordskit.synth.records import pra_request

DESCRIPTION = "All posts and comments on City accounts about {topic}, {period}."


def _request(scene: Scene, request_id: str, received: str, decided: str, topic: str, *,
             notice: str | None = None, reason: str | None = None,
             extended_to: str | None = None) -> None:
    scene.records.requests.append(pra_request(
        request_id, at(received, 10, 5), f"Harbor Point Ledger (synthetic), request {request_id}",
        f"newsroom+{request_id.lower()}@example.com",
        DESCRIPTION.format(topic=topic, period="January through June 2026"),
        "records_provided", at(decided, 14),
        extension_reason=reason, extension_notice_at=at(notice, 11) if notice else None,
        extended_due_on=extended_to))


def plant(scene: Scene) -> None:
    key = scene.key
    key.note("PRA-1", "due = 10 calendar days after receipt, rolled past weekends and CCP §135 "
             "holidays; due_on is left empty in the register for the tool to compute; an "
             "improper extension (PRA-2) does not move the due date")
    key.note("PRA-2", "extension reasons are written as the statute's words: 'voluminous "
             "records', 'consultation with another agency', ...")
    _request(scene, "PRA-2026-044", "2026-09-15", "2026-09-28", "street vendors")
    key.lookalike("PRA-1", "PRA-2026-044", "received 2026-09-15; day 10 is Friday 2026-09-25, "
                  "Native American Day, so the due date is Monday 2026-09-28: decided that day")
    _request(scene, "PRA-2026-041", "2026-08-28", "2026-09-08", "the fireworks show")
    key.lookalike("PRA-1", "PRA-2026-041", "received 2026-08-28; day 10 is Labor Day "
                  "(2026-09-07), so the due date is 2026-09-08: decided that day")
    _request(scene, "PRA-2026-035", "2026-07-27", "2026-08-19", "library hours",
             notice="2026-08-04", reason="consultation with another agency",
             extended_to="2026-08-20")
    key.lookalike("PRA-2", "PRA-2026-035", "extension noticed before the due date (2026-08-06), "
                  "for a listed reason, exactly 14 days")
    key.lookalike("PRA-1", "PRA-2026-035", "decided 2026-08-19, within the extended date")
    if scene.clean:
        return
    _request(scene, "PRA-2026-031", "2026-07-13", "2026-07-30", "the splash pad closure")
    key.planted("PRA-1", "PRA-2026-031", "received 2026-07-13, due 2026-07-23, decided "
                "2026-07-30 with no extension")
    _request(scene, "PRA-2026-036", "2026-08-03", "2026-09-02", "police overtime",
             notice="2026-08-10", reason="voluminous records", extended_to="2026-08-27")
    key.planted("PRA-1", "PRA-2026-036", "extended to 2026-08-27, decided 2026-09-02")
    key.lookalike("PRA-2", "PRA-2026-036", "its extension itself is proper (noticed before "
                  "the due date 2026-08-13, listed reason, 14 days)")
    _request(scene, "PRA-2026-033", "2026-07-20", "2026-08-12", "pothole claims",
             notice="2026-08-03", reason="voluminous records", extended_to="2026-08-13")
    key.planted("PRA-2", "PRA-2026-033", "extension noticed 2026-08-03, after the original due "
                "date 2026-07-30")
    _request(scene, "PRA-2026-038", "2026-08-10", "2026-09-09", "the harbor dredging",
             notice="2026-08-17", reason="data compilation or programming",
             extended_to="2026-09-10")
    key.planted("PRA-2", "PRA-2026-038", "extended 21 days (2026-08-20 to 2026-09-10): more "
                "than 14")
    _request(scene, "PRA-2026-039", "2026-08-11", "2026-09-03", "the marina lease",
             notice="2026-08-18", reason="staff vacation", extended_to="2026-09-04")
    key.planted("PRA-2", "PRA-2026-039", "extension for a reason the statute does not list "
                "('staff vacation')")
    # an improper extension does not move the due date, so these were decided late too
    for request_id, what in (
            ("PRA-2026-033", "its extension was noticed after the due date (2026-07-30), so "
             "the determination of 2026-08-12 is late"),
            ("PRA-2026-038", "the law allows at most 2026-09-03 (14 days after 2026-08-20); "
             "decided 2026-09-09"),
            ("PRA-2026-039", "its extension gives no statutory reason, so the due date stays "
             "2026-08-21; decided 2026-09-03")):
        key.planted("PRA-1", request_id, what, depends_on="PRA-2")

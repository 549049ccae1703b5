"""Retention (RET-1..4, RET-6): dispositions against the schedule, holds and approvals, and a
capture outage."""

from __future__ import annotations

from recordskit.synth.city import at
from recordskit.synth.plants import Outage, Scene
from recordskit.synth.records import disposition
from recordskit.synth.text import CITY_SITE

RESOLUTION = "Resolution 2026-031 (synthetic)"
CONSENT = "City Attorney consent letter 2026-02-18 (synthetic)"


def plant(scene: Scene) -> None:
    st, key, rec, roles = scene.stage, scene.key, scene.records, scene.city.roles
    clerk = roles["city.clerk"]
    series = scene.profile.retention.default_series
    basis = scene.profile.retention.retention_basis
    key.note("RET-1", f"schedule {series}: {scene.profile.retention.retention_years} years, "
             f"{basis}; disposed records are still in the exports so their age can be checked")
    key.note("RET-4", "records posted in 2023 are eligible on 2026-01-01 under the calendar "
             "basis; those in the scope of hold H-2025-002 are not")

    old = [st.post(account_id, at(day, 10), f"{words} More: {CITY_SITE}/news")
           for account_id, day, words in (
               ("cmo-fb", "2023-10-05", "Fall leaf pickup starts next week."),
               ("cmo-fb", "2023-10-19", "Trick-or-treat safety tips for families."),
               ("pw-x", "2023-11-02", "Daylight saving time ends Sunday."))]
    rec.dispositions += disposition("D-2026-003", [p.record_id for p in old], series,
                                    at("2026-07-06", 10), RESOLUTION, CONSENT, clerk)
    key.lookalike("RET-1", "D-2026-003", "records from October-November 2023 disposed "
                  "2026-07-06: over two years old and past the schedule")
    key.lookalike("RET-3", "D-2026-003", "council resolution and attorney consent both recorded")
    held = st.post("parks-fb", at("2023-12-05", 10), "Holiday lights at Victory Park are on "
                   f"nightly through January. More: {CITY_SITE}/parks")
    rec.dispositions += disposition("D-2026-008", [held.record_id], series,
                                    at("2026-08-17", 10), RESOLUTION, CONSENT, clerk)
    key.lookalike("RET-2", "D-2026-008", "record in the scope of hold H-2024-005, disposed "
                  "2026-08-17, after the hold was released (2026-01-15)")
    key.lookalike("RET-6", "ced-fb", "no captures after the account was retired on 2025-06-30")
    if scene.clean:
        return
    young = st.post("cmo-fb", at("2024-09-10", 10), "Fall camp scholarships are available. "
                    f"More: {CITY_SITE}/parks")
    rec.dispositions += disposition("D-2026-014", [young.record_id], series,
                                    at("2026-08-03", 10), RESOLUTION, CONSENT, clerk)
    key.planted("RET-1", "D-2026-014", "record posted 2024-09-10 destroyed 2026-08-03: less "
                "than two years old", record_id=young.record_id)
    hold = st.post("pd-fb", at("2023-11-15", 10), "Officers will patrol shopping centers through "
                   f"the holidays. More: {CITY_SITE}/police")
    rec.dispositions += disposition("D-2026-006", [hold.record_id], series,
                                    at("2026-07-14", 10), RESOLUTION, CONSENT, clerk)
    key.planted("RET-2", "D-2026-006", "record in the scope of active hold H-2025-002 (pd-fb, "
                "2023-10-01..2023-12-31) destroyed 2026-07-14 (past its schedule, so only the "
                "hold forbids it)", record_id=hold.record_id)
    unsigned = st.post("pw-x", at("2023-12-12", 10), "Street sweeping is paused for the "
                       f"holidays. More: {CITY_SITE}/roads")
    rec.dispositions += disposition("D-2026-011", [unsigned.record_id], series,
                                    at("2026-09-08", 10), RESOLUTION, None, clerk)
    key.planted("RET-3", "D-2026-011", "destroyed 2026-09-08 with a council resolution but no "
                "city attorney consent", record_id=unsigned.record_id)
    scene.outage = Outage("pd-fb", at("2026-08-03", 0), at("2026-08-24", 0))
    key.planted("RET-6", "pd-fb", "the vendor captured nothing for pd-fb from 2026-08-03 "
                "through 2026-08-23; items of those days were captured on 2026-08-24",
                gap_starts_on="2026-08-03", gap_ends_on="2026-08-23")

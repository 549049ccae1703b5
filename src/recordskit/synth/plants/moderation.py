"""Moderation records (MOD-1..8): removals, bans and what was left visible."""

from __future__ import annotations

from recordskit.synth import clock
from recordskit.synth.city import at
from recordskit.synth.ids import item_native_id
from recordskit.synth.model import Version
from recordskit.synth.plants import Scene
from recordskit.synth.text import CITY_SITE, reason_text

UNAVAILABLE = "commenter's account was deleted before the removal; the platform shows no name"


def plant(scene: Scene) -> None:
    _records(scene)
    _timing(scene)
    _bans(scene)
    _patterns(scene)
    _left_visible(scene)


def _records(scene: Scene) -> None:
    """MOD-1 (time and poster), MOD-2 (reason), MOD-3 (the removed content kept)."""
    st, key, roles = scene.stage, scene.key, scene.city.roles
    profanity = scene.code("profanity")
    post = st.post("cmo-fb", at("2026-07-06", 9), "Farmers market returns to City Hall Plaza "
                   f"every Thursday. More: {CITY_SITE}/events")
    c = st.comment(post, at("2026-07-06", 11), scene.public("facebook", 5),
                   "This is total bullshit, the market blocks my driveway.")
    act = st.remove(c, at("2026-07-06", 14), roles["cmo.admin"], profanity,
                    reason_text(profanity), poster=False, unavailable=UNAVAILABLE)
    key.lookalike("MOD-1", act.action_id, "no poster identity, but the reason it is "
                  "unavailable is recorded")
    hidden = st.comment(post, at("2026-07-07", 10), scene.public("facebook", 6),
                        "The market should move to Sundays.")
    h = st.remove(hidden, at("2026-07-07", 11), roles["cmo.admin"], scene.code("off_topic"),
                  "Hidden while staff checked a report", action="hide")
    un = st.loose_action("cmo-fb", "unhide", at("2026-07-07", 15), roles["cmo.admin"], None, None,
                         target_native_id=hidden.native_id, poster=hidden.author)
    hidden.versions.append(Version(at("2026-07-07", 15, 30), hidden.versions[0].text))
    key.lookalike("MOD-2", un.action_id, "an unhide is not a removal and needs no reason code")
    key.lookalike("MOD-5", h.action_id, "hidden one business hour after posting")
    late_capture = st.comment(post, at("2026-07-08", 10), scene.public("facebook", 7),
                              "What a shit show, the parking is impossible.", captured=False)
    a3 = st.remove(late_capture, at("2026-07-08", 11), roles["cmo.admin"], profanity,
                   reason_text(profanity))
    key.lookalike("MOD-3", a3.action_id, "captured only after the removal, with its text",
                  record_id=late_capture.record_id)
    if scene.clean:
        return
    pd_post = st.post("pd-fb", at("2026-07-27", 9), "Coffee with a Cop is at Café Lumière on "
                      "Pacific Ave this Wednesday.")
    for i, (what, kw) in enumerate((
        ("removal with no poster identity and no reason it is unavailable",
         {"poster": False}),
        ("removal with no action time (blank cell in the workbook)", {"when": None}),
    )):
        c = st.comment(pd_post, at("2026-07-27", 10 + i), scene.public("facebook", 11 + i),
                       "This is total bullshit, nobody answers at the front desk.")
        when = kw.pop("when", at("2026-07-27", 13 + i))
        act = st.remove(c, when, roles["pd.admin"], profanity, reason_text(profanity), **kw)
        key.planted("MOD-1", act.action_id, what, record_id=c.record_id)
    for i, (code, reason, what) in enumerate((
        ("offensive", "Offensive", "reason code 'offensive' is not a code of the profile"),
        (profanity, "", "empty reason description"),
        (None, "Removed per policy", "no reason code"),
    )):
        c = st.comment(pd_post, at("2026-07-28", 9 + i), scene.public("facebook", 14 + i),
                       "What a shit show this department is.")
        act = st.remove(c, at("2026-07-28", 13 + i), roles["pd.admin"], code, reason)
        key.planted("MOD-2", act.action_id, what, record_id=c.record_id)
    pd = scene.city.account("pd-fb")
    ghost = item_native_id("facebook", "comment", pd.number, clock.month_index(at("2026-07-29")),
                           99_999_999_001, page_id=pd.native_id)
    act = st.loose_action("pd-fb", "delete", at("2026-07-29", 10), roles["pd.admin"], profanity,
                          reason_text(profanity), target_native_id=ghost,
                          poster=scene.public("facebook", 18))
    key.planted("MOD-3", act.action_id, "removed item was never captured: no content record",
                target_native_id=ghost)
    blank = st.comment(post, at("2026-07-30", 10), scene.public("facebook", 19),
                       "Shit service as always.", captured=False)
    act = st.remove(blank, at("2026-07-30", 11), roles["cmo.admin"], profanity,
                    reason_text(profanity), keep_text=False)
    key.planted("MOD-3", act.action_id, "the only capture is after removal and has no text",
                record_id=blank.record_id)


def _timing(scene: Scene) -> None:
    """MOD-4 (consistent action records) and MOD-5 (time to removal, a metric)."""
    st, key, roles, hours = scene.stage, scene.key, scene.city.roles, scene.profile.business_hours
    profanity = scene.code("profanity")
    post = st.post("pd-fb", at("2026-08-27", 10), "National Night Out photos are up! Thank you "
                   f"Harbor Point. More: {CITY_SITE}/police")
    fast = st.comment(post, at("2026-08-27", 12), scene.public("facebook", 21),
                      "Bullshit event, waste of money.")
    act = st.remove(fast, fast.posted_at + 120, roles["pd.admin"], profanity,
                    reason_text(profanity))
    key.lookalike("MOD-4", act.action_id, "removed two minutes after posting")
    weekend = st.comment(post, at("2026-08-28", 18, 30), scene.public("facebook", 22),
                         "Damn, the whole thing was a shit show.")
    act = st.remove(weekend, at("2026-08-31", 9), roles["pd.admin"], profanity,
                    reason_text(profanity))
    key.lookalike("MOD-5", act.action_id, "posted Friday 18:30, removed Monday 09:00: one "
                  "business hour")
    road = st.post("pw-x", at("2026-08-03", 8, 45), "Night paving on Miner Ave starts tonight. "
                   f"More: {CITY_SITE}/roads")
    c = st.comment(road, at("2026-08-03", 9, 5), scene.public("x", 31), "Damn trucks. Shit job.")
    act = st.remove(c, at("2026-08-03", 9, 30), roles["pw.admin2"], profanity,
                    reason_text(profanity), action="hide")
    key.lookalike("MOD-4", act.action_id, "by an administrator whose access was granted at "
                  "09:00 the same morning")
    if scene.clean:
        return
    post = st.post("pd-fb", at("2026-08-10", 9), "Back-to-school traffic safety: officers will "
                   f"be near every elementary school next week. More: {CITY_SITE}/police")
    for i, (posted, when, actor, text_when, what) in enumerate((
        (at("2026-08-10", 15, 20), at("2026-08-01", 15, 45), roles["pd.admin"],
         "8/1/2026 3:45 PM", "acted at 2026-08-01, before the comment was posted (2026-08-10)"),
        (at("2026-08-11", 15, 20), at("2031-08-14", 10, 12), roles["pd.admin"],
         "8/14/2031 10:12 AM", "acted-at year typed as 2031: in the future (the comment was "
         "posted in 2026-Q3; an audit that picks actions by acted_at alone never sees it)"),
        (at("2026-09-08", 9, 20), at("2026-09-08", 11), roles["lib.mod1"], None,
         "moderator from the Library has no access to pd-fb"),
    )):
        c = st.comment(post, posted, scene.public("facebook", 24 + i), "Shit response times "
                       "again.")
        act = st.remove(c, when, actor, profanity, reason_text(profanity),
                        acted_at_text=text_when)
        key.planted("MOD-4", act.action_id, what, record_id=c.record_id)
    cmo = st.post("cmo-fb", at("2026-08-20", 10), "Harbor Way streetscape survey closes Friday. "
                  f"More: {CITY_SITE}/survey")
    c = st.comment(cmo, at("2026-08-20", 15), scene.public("facebook", 27),
                   "Damn survey is a shit show.")
    act = st.remove(c, at("2026-08-21", 10, 12), roles["cmo.mod1"], profanity,
                    reason_text(profanity))
    key.planted("MOD-4", act.action_id, "actor separated on 2026-08-14 (see ACC-3)",
                record_id=c.record_id)
    july = st.post("pd-fb", at("2026-07-06", 16), "Fireworks cleanup crews are out on Weber "
                   f"Ave today. More: {CITY_SITE}/police")
    slow = st.comment(july, at("2026-07-07", 9), scene.public("facebook", 28),
                      "Shit parking at the event.")
    act = st.remove(slow, at("2026-07-10", 15), roles["pd.admin"], profanity,
                    reason_text(profanity))
    key.planted("MOD-5", act.action_id, "removed 33 business hours after posting "
                f"(target {scene.profile.targets.removal_business_hours})")
    hours_taken = 20
    ig = st.post("parks-ig", at("2026-09-14", 10), "Pumpkin patch at Louis Park opens "
                 "October 1 🎃")
    c = st.comment(ig, at("2026-09-14", 11), scene.public("instagram", 8),
                   "Damn this is a shit idea.")
    act = st.remove(c, clock.add_business_hours(c.posted_at, hours_taken, hours),
                    roles["parks.admin"], profanity, reason_text(profanity))
    key.planted("MOD-5", act.action_id, f"removed {hours_taken} business hours after posting")


def _bans(scene: Scene) -> None:
    """MOD-6: a ban needs a reason and (Stanton) an earlier documented removal."""
    st, key, roles = scene.stage, scene.key, scene.city.roles
    needs_prior = scene.profile.bans_require_prior_removal
    profanity = scene.code("profanity")
    post = st.post("parks-fb", at("2026-07-08", 9), "Summer concerts at Victory Park every "
                   f"Friday. More: {CITY_SITE}/events")
    troll = scene.public("facebook", 61)
    for day in ("2026-07-08", "2026-07-15"):
        c = st.comment(post, at(day, 19), troll, "This shit band again, damn.")
        st.remove(c, at(day, 19) + 15 * 3600, roles["parks.admin"], profanity,
                  reason_text(profanity))
    ban = st.loose_action("parks-fb", "ban", at("2026-07-16", 11), roles["parks.admin"],
                          profanity, "Repeated profanity after two removals", poster=troll)
    key.lookalike("MOD-6", ban.action_id, "ban with a reason after two documented removals")
    fresh = scene.public("facebook", 63)
    ban2 = None
    if not scene.clean or not needs_prior:
        ban2 = st.loose_action("pd-fb", "ban", at("2026-09-02", 10), roles["pd.admin"],
                               scene.code("threats", "safety_security"),
                               "Threatening messages sent to officers", poster=fresh)
    if ban2 is not None and not needs_prior:
        key.lookalike("MOD-6", ban2.action_id, "ban with a reason and no earlier removal: the "
                      f"{scene.profile.name} profile does not require one")
    if scene.clean:
        return
    if ban2 is not None and needs_prior:
        key.planted("MOD-6", ban2.action_id, "ban with no earlier documented removal of the "
                    "person's content")
    repeat = scene.public("facebook", 65)
    c = st.comment(post, at("2026-07-22", 19), repeat, "Damn, shit parking again.")
    st.remove(c, at("2026-07-23", 9), roles["parks.admin"], profanity, reason_text(profanity))
    ban3 = st.loose_action("parks-fb", "ban", at("2026-07-23", 9, 30), roles["parks.admin"],
                           None, None, poster=repeat)
    key.planted("MOD-6", ban3.action_id, "ban with no reason recorded")


def _patterns(scene: Scene) -> None:
    """MOD-7: one author removed again and again; off-topic removals that are on topic."""
    st, key, roles = scene.stage, scene.key, scene.city.roles
    off = scene.code("off_topic")
    road = st.post("pw-x", at("2026-07-06", 9), "Paving on Miner Ave between El Dorado St and "
                   f"Center St starts Monday. More: {CITY_SITE}/roads")
    spam = st.comment(road, at("2026-07-06", 12), scene.public("x", 40),
                      "Bitcoin to the moon, buy now 🚀🚀🚀")
    act = st.remove(spam, at("2026-07-06", 14), roles["pw.admin"], off, reason_text(off),
                    action="hide")
    key.lookalike("MOD-7", act.action_id, "off-topic removal of real spam")
    if scene.clean:
        return
    critic = scene.public("facebook", 71)
    post = st.post("pd-fb", at("2026-07-02", 9), "Our response-time report for the second "
                   f"quarter is out. More: {CITY_SITE}/police")
    ids = []
    for i, day in enumerate(("2026-07-02", "2026-07-16", "2026-07-30", "2026-08-13",
                             "2026-08-27")):
        c = st.comment(post, at(day, 12), critic, f"Response times in District {i + 2} got "
                       "worse again this quarter. The report hides it.")
        act = st.remove(c, at(day, 15), roles["pd.mod1b"], off, reason_text(off))
        ids.append(act.action_id)
    for action_id in ids:
        key.planted("MOD-7", action_id, "one critic's on-topic comments removed five times as "
                    "off-topic", author_native_id=critic.native_id)
    c = st.comment(road, at("2026-07-07", 8, 30), scene.public("x", 42),
                   "The paving on Miner Ave skipped our block again, the rest of the street "
                   "is still broken.")
    act = st.remove(c, at("2026-07-07", 10), roles["pw.admin"], off, reason_text(off),
                    action="hide")
    key.planted("MOD-7", act.action_id, "removed as off-topic, but it is about the post's "
                "subject (paving on Miner Ave)", record_id=c.record_id)


def _left_visible(scene: Scene) -> None:
    """MOD-8: prohibited content nobody acted on."""
    st, key = scene.stage, scene.key
    post = st.post("cmo-fb", at("2026-08-24", 9), "Property tax assessment appeals are due "
                   f"November 30. More: {CITY_SITE}/finance")
    for i, body in enumerate((
        "The assessment district hearing for Sussex Ave homes is on Tuesday.",
        "The photo shoot at Victory Park turned out great.",
    )):
        c = st.comment(post, at("2026-08-24", 11 + i), scene.public("facebook", 81 + i), body)
        key.lookalike("MOD-8", c.record_id, "ordinary words that contain or resemble "
                      "prohibited terms (assessment, Sussex, shoot)")
    if scene.clean:
        return
    for i, (account_id, category, body) in enumerate((
        ("pd-fb", "profanity", "This department is full of shit."),
        ("cmo-fb", "solicitation", "Best roofing prices in Harbor Point! DM me for a free "
         "quote, www.cheaproofs.example.com"),
        ("parks-fb", "threat", "Someone should burn down the permit office."),
        ("cmo-fb", "pii_ssn", "My landlord's SSN is 078-05-1120, report him."),
        ("pd-fb", "pii_phone", "The inspector's cell is 209-555-0142, text him directly."),
    )):
        parent = st.post(account_id, at("2026-09-0" + str(1 + i), 9), "Weekly city update: "
                         f"what is happening this week. More: {CITY_SITE}/news")
        c = st.comment(parent, at("2026-09-0" + str(1 + i), 13), scene.public("facebook", 85 + i),
                       body)
        key.planted("MOD-8", c.record_id, f"visible {category} never acted on",
                    category=category)

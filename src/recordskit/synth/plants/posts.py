"""City posts (POST-1..4), answers to the public (ENG-1) and commenter contacts showing up in
content (PRA-4)."""

from __future__ import annotations

from recordskit.synth import clock
from recordskit.synth.city import at
from recordskit.synth.plants import Scene
from recordskit.synth.text import CITY_SITE, EXTERNAL_LABEL

TRANSIT = "https://www.valleytransit.example.com/plan-2026"


def plant(scene: Scene) -> None:
    _approvals(scene)
    _personal_information(scene)
    _external_links(scene)
    _answers(scene)
    _contacts_in_content(scene)


def _approvals(scene: Scene) -> None:
    st, key = scene.stage, scene.key
    on_time = st.post("cmo-x", at("2026-08-05", 10), "Cooling centers are open today at the "
                      f"Main Library and City Hall Plaza. More: {CITY_SITE}/cooling", approval=0)
    minute = st.post("lib-ig", at("2026-07-16", 11), "New graphic novels just arrived 📚",
                     approval=-60)
    if not key.applies("POST-1"):
        return
    key.lookalike("POST-1", on_time.record_id, "approved at exactly the posting time")
    key.lookalike("POST-1", minute.record_id, "approved one minute before posting")
    if scene.clean:
        return
    for account_id, day, hh, body in (
        ("cmo-fb", "2026-07-09", 10, "City Hall will close early on Friday for staff training."),
        ("pd-x", "2026-08-12", 14, "Traffic alert: Pacific Ave is closed at March Lane while "
         "officers investigate a collision."),
        ("parks-ig", "2026-09-03", 11, "Fall swim lessons sign-ups are open 🏊"),
    ):
        item = st.post(account_id, at(day, hh, 5), body, approval=None)
        key.planted("POST-1", item.record_id, "city post with no approval recorded",
                    account_id=account_id)
    late = st.post("pw-x", at("2026-07-22", 9, 40), "Street sweeping resumes on the east side "
                   "next week.", approval=7200)
    key.planted("POST-1", late.record_id, "approved two hours after it was posted",
                account_id="pw-x")


def _personal_information(scene: Scene) -> None:
    st, key = scene.stage, scene.key
    agenda = st.post("cmo-fb", at("2026-07-14", 9, 30), "Permit B26-0714 and case 2026-071-4412 "
                     "are on the 07/14/2026 Planning Commission agenda. Mail comments to City "
                     "Hall, Harbor Point CA 95299-1120.")
    key.lookalike("POST-3", agenda.record_id, "permit, case, date and ZIP+4 numbers that are "
                  "not shaped like an SSN")
    line = st.post("pd-fb", at("2026-07-20", 10), "Call 911 in an emergency. For everything "
                   "else, the non-emergency line is (209) 555-0100.")
    key.lookalike("POST-3", line.record_id, "the city's own public phone line (also in every "
                  "profile's contact information), not personal information")
    if scene.clean:
        return
    wallet = st.post("pd-x", at("2026-07-15", 13, 20), "Found near Weber Ave: a wallet with a "
                     "Social Security card for R. Castillo, SSN 078-05-1120. Claim it at the "
                     "front desk.")
    key.planted("POST-3", wallet.record_id, "city post carrying an SSN-shaped number "
                "(078-05-1120, a famous invalid SSN: detect by shape)")
    post = st.post("parks-fb", at("2026-08-19", 9), "Fall league registration is open at "
                   f"{CITY_SITE}/parks")
    ask = st.comment(post, at("2026-08-19", 12), scene.public("facebook", 41),
                     "My registration payment went through twice.")
    cell = st.city_reply(ask, at("2026-08-19", 13, 10), "This is Dana from Parks. Text my "
                         "personal cell (209) 555-0188 and I will sort it out tonight.")
    key.planted("POST-3", cell.record_id, "city reply sharing a staff member's personal "
                "phone number")
    video = st.post("cmo-yt", at("2026-09-09", 15), "Council meeting, September 8, 2026 "
                    "(full recording)")
    note = st.comment(video, at("2026-09-10", 9), scene.public("youtube", 12),
                      "The audio drops out at 1:02:00.")
    home = st.city_reply(note, at("2026-09-10", 10), "Thanks! I am the clerk's assistant, call "
                         "my home line 209-555-0131 after 6 and I will walk you through it.")
    key.planted("POST-3", home.record_id, "city reply (YouTube export) sharing a staff "
                "member's home phone")


def _external_links(scene: Scene) -> None:
    st, key = scene.stage, scene.key
    labeled = st.post("parks-fb", at("2026-07-23", 10), "State park grants can fund trails. "
                      f"{EXTERNAL_LABEL} https://www.cal-parks.example.com/grants",
                      urls=("https://www.cal-parks.example.com/grants",))
    key.lookalike("POST-4", labeled.record_id, f"external link labeled {EXTERNAL_LABEL!r}")
    own = st.post("pw-x", at("2026-08-26", 10), f"Report potholes online: {CITY_SITE}/roads",
                  urls=(f"{CITY_SITE}/roads",))
    key.lookalike("POST-4", own.record_id, "link to the city's own website needs no label")
    key.note("POST-4", f"the label convention in this city is the text {EXTERNAL_LABEL!r} "
             "next to the link")
    key.note("POST-2", "city domains are harborpoint.example.org and "
             "www.harborpoint.example.org; about 70% of background city posts link to them")
    if scene.clean:
        return
    a = st.post("cmo-fb", at("2026-07-28", 10), f"Read the regional transit plan: {TRANSIT}",
                urls=(TRANSIT,))
    key.planted("POST-4", a.record_id, "external link without a label")
    b = st.post("pw-x", at("2026-09-15", 11), "Caltrans lane closures this week: "
                "https://dot.example.com/d10-closures", urls=("https://dot.example.com/d10-closures",))
    key.planted("POST-4", b.record_id, "external link without a label (X post)")


def _answers(scene: Scene) -> None:
    st, key, hours = scene.stage, scene.key, scene.profile.business_hours
    post = st.post("pw-x", at("2026-09-11", 9), "Crews are repainting lane lines on Hammer Lane "
                   f"this month. More: {CITY_SITE}/roads")
    q = st.comment(post, at("2026-09-11", 16, 30), scene.public("x", 23),
                   "@HarborPointPW will Hammer Lane be closed at night?")
    st.city_reply(q, at("2026-09-14", 9, 30), "Yes, from 9 p.m. to 5 a.m. on weeknights.")
    key.lookalike("ENG-1", q.record_id, "asked Friday 16:30, answered Monday 09:30: two "
                  "business hours, though 65 hours on the clock")
    video = st.post("cmo-yt", at("2026-08-04", 18), "Budget workshop, August 4, 2026")
    q2 = st.comment(video, at("2026-08-05", 10), scene.public("youtube", 30),
                    "Where can I find the slides shown at the workshop?")
    st.city_reply(q2, at("2026-08-05", 10, 45), f"They are posted at {CITY_SITE}/budget")
    key.lookalike("ENG-1", q2.record_id, "answered 45 minutes later (reply in the YouTube "
                  "export)")
    if scene.clean:
        return
    post = st.post("parks-fb", at("2026-08-10", 9), "The Victory Park pool closes for the "
                   f"season on September 7. More: {CITY_SITE}/parks")
    lost = st.comment(post, at("2026-08-11", 10, 20), scene.public("facebook", 57),
                      "Does the city offer lap swim anywhere after the pool closes?")
    key.planted("ENG-1", lost.record_id, "question to the city never answered")
    post = st.post("cmo-fb", at("2026-07-13", 16), "Bulky item pickup is free once a year. "
                   f"More: {CITY_SITE}/services")
    slow = st.comment(post, at("2026-07-14", 9, 10), scene.public("facebook", 77),
                      "@City of Harbor Point how do I schedule a bulky item pickup?")
    when = clock.add_business_hours(slow.posted_at, 30, hours)
    st.city_reply(slow, when, f"You can book it at {CITY_SITE}/services")
    key.planted("ENG-1", slow.record_id, "answered after 30 business hours (target "
                f"{scene.profile.targets.reply_business_hours})")


def _contacts_in_content(scene: Scene) -> None:
    st, key = scene.stage, scene.key
    post = st.post("pd-fb", at("2026-07-21", 10), "Sideshow enforcement update: 14 citations "
                   "were issued this weekend.", topic="sideshow")
    ok = st.comment(post, at("2026-07-21", 12), scene.public("facebook", 88),
                    "The sideshow tip line answered fast, thank you. Questions can go to "
                    "info@harborpoint.example.org too.")
    key.lookalike("PRA-4", ok.record_id, "the city's own public email in a comment is not a "
                  "commenter's enrollment contact")
    if scene.clean:
        return
    pool = scene.pools["facebook"]
    for index, field, words in ((93, "email", "Email me at {v} if you need video of the "
                                 "sideshow on my street."),
                                (97, "phone", "I filmed the sideshow, call me at {v}.")):
        index %= pool.size
        value = pool.contact(index)[field]
        item = st.comment(post, at("2026-07-21", 13 + index % 4, 5), pool.author(index),
                          words.format(v=value))
        key.planted("PRA-4", item.record_id, f"comment text carries its author's enrollment "
                    f"{field} from commenter_contacts; a packet must redact it",
                    contact_field=field, responsive_to_sample_request=True)
        key.planted("MOD-8", item.record_id, f"visible comment carrying personal data (a "
                    f"commenter's own {field}; see PRA-4) never acted on",
                    category=f"pii_{field}")

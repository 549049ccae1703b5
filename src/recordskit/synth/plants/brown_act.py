"""Brown Act (BRN-1..3): members who do not identify themselves, quorums on a thread, and
members answering each other."""

from __future__ import annotations

from recordskit.synth.city import at
from recordskit.synth.plants import Scene
from recordskit.synth.roster import COMMISSION, COUNCIL, Member
from recordskit.synth.staging import Stage
from recordskit.synth.text import CITY_SITE


def signed(m: Member, words: str) -> str:
    """A member's comment that identifies them, as Stockton's commenter guideline 3 asks."""
    surname = m.name.split(" ", 1)[1]
    return f"{m.title} {surname} here. {words}"


def _comment(st: Stage, parent, when: int, m: Member, words: str, identify: bool = True):
    return st.comment(parent, when, m.author("facebook"), signed(m, words) if identify else words)


def plant(scene: Scene) -> None:
    st, key = scene.stage, scene.key
    council = {m.seat: m for m in scene.roster if m.body == COUNCIL and m.serving_on("2026-07-01")}
    commission = {m.seat: m for m in scene.roster
                  if m.body == COMMISSION and m.serving_on("2026-07-01")}
    former = next(m for m in scene.roster if m.body == COUNCIL and m.term_ends_on < "2026-07-01")
    key.note("BRN-2", "majority = more than half the seats: 4 of 7 (City Council), 3 of 5 "
             "(Planning Commission)")

    # look-alikes
    post = st.post("cmo-fb", at("2026-07-07", 9), "The Oak Grove Regional Park master plan "
                   f"draft is out for comment. More: {CITY_SITE}/parks")
    for i, seat in enumerate(("District 3", "At-large")):
        c = _comment(st, post, at("2026-07-07", 12 + i), council[seat], "Please read the draft "
                     "and send your comments to staff.")
        key.lookalike("BRN-1", c.record_id, f"{council[seat].title} identifies as one")
    key.lookalike("BRN-2", post.record_id, "two of seven councilmembers on one thread")
    post = st.post("cmo-fb", at("2026-09-22", 9), "Mid-year budget update: revenue came in "
                   f"2% above plan. More: {CITY_SITE}/budget")
    for i, seat in enumerate(("District 1", "District 2", "District 5")):
        _comment(st, post, at("2026-09-22", 11 + i), council[seat], "Details are in the "
                 "staff report.")
    _comment(st, post, at("2026-09-22", 15), former, "As a former councilmember I am glad to "
             "see the reserve grow.")
    key.lookalike("BRN-2", post.record_id, "three current councilmembers and one whose term "
                  "ended 2024-12-02: three of seven")
    post = st.post("cmo-fb", at("2026-07-29", 9), "The new Harbor Point branch library design "
                   f"goes to the Planning Commission and Council this fall. More: {CITY_SITE}/lib")
    first = None
    for i, m in enumerate((council["District 4"], council["District 6"], commission["Seat 1"],
                           commission["Seat 2"])):
        c = _comment(st, post, at("2026-07-29", 11 + i), m, "Residents can comment at either "
                     "hearing.")
        first = first or c
    key.lookalike("BRN-2", post.record_id, "two councilmembers and two commissioners: no "
                  "majority of either body")
    reply = _comment(st, c, at("2026-07-29", 16), council["District 4"], "Thanks for sharing "
                     "the hearing dates.")
    key.lookalike("BRN-3", reply.record_id, "a councilmember replying to a planning "
                  "commissioner (different bodies)")
    public = st.comment(post, at("2026-07-30", 10), scene.public("facebook", 101), "Will there "
                        "be parking at the new branch.")
    answer = _comment(st, public, at("2026-07-30", 12), council["District 6"], "Yes, 40 spaces "
                      "are planned.")
    key.lookalike("BRN-3", answer.record_id, "a councilmember answering a member of the public")

    if scene.clean:
        return
    post = st.post("cmo-fb", at("2026-07-21", 9), "A new signalized crosswalk is coming to "
                   f"Pacific Ave at March Lane. More: {CITY_SITE}/roads")
    m = council["District 1"]
    c = _comment(st, post, at("2026-07-21", 13), m, "I have been pushing for this crosswalk for "
                 "two years. Glad it is finally happening.", identify=False)
    key.planted("BRN-1", c.record_id, "councilmember comments without identifying as one",
                member_id=m.member_id)
    post = st.post("cmo-fb", at("2026-08-18", 9), "Council will consider the downtown parking "
                   f"ordinance on Tuesday. More: {CITY_SITE}/council")
    for i, seat in enumerate(("At-large", "District 2", "District 5", "District 6")):
        _comment(st, post, at("2026-08-18", 11 + i), council[seat], ("I support the two-hour "
                 "limit.", "I would rather see paid parking after 6 p.m.", "Agreed on the "
                 "two-hour limit, but not on Sundays.", "Count me in for the two-hour limit.")[i])
    key.planted("BRN-2", post.record_id, "four of seven councilmembers discuss an agenda item "
                "on one thread")
    post = st.post("cmo-fb", at("2026-09-02", 9), "The Planning Commission hears the Harbor Way "
                   f"rezoning on September 10. More: {CITY_SITE}/planning")
    first = _comment(st, post, at("2026-09-02", 11), commission["Seat 3"], "The height limit "
                     "is the key question for me.")
    _comment(st, post, at("2026-09-02", 12), commission["Seat 4"], "I lean toward five "
             "stories.")
    st.reaction(post, at("2026-09-02", 13), commission["Seat 5"].author("facebook"), "👍")
    key.planted("BRN-2", post.record_id, "three of five planning commissioners (two comments and "
                "a reaction) on one thread about their business")
    post = st.post("cmo-fb", at("2026-08-05", 9), "Victory Park pool renovation bids are in. "
                   f"More: {CITY_SITE}/parks")
    c3 = _comment(st, post, at("2026-08-05", 11), council["District 3"], "The lowest bid "
                  "leaves out the shade structures.")
    r = _comment(st, c3, at("2026-08-05", 14), council["District 2"], "Agreed, we should ask "
                 "for the alternate that includes them.")
    key.planted("BRN-3", r.record_id, "a councilmember replies directly to another "
                "councilmember's comment on council business")
    post = st.post("cmo-fb", at("2026-09-16", 9), "Draft housing element hearing is set for "
                   f"October. More: {CITY_SITE}/planning")
    c1 = _comment(st, post, at("2026-09-16", 11), commission["Seat 1"], "I want more family-size "
                  "units in the draft.")
    like = st.reaction(c1, at("2026-09-16", 13), commission["Seat 2"].author("facebook"), "👍")
    key.planted("BRN-3", like.record_id, "a commissioner's reaction (like) to another "
                "commissioner's comment")

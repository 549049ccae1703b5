"""Examples every generation holds, planted or clean: one removed comment of each prohibited
category of the profile (removed by the book), the hostile strings, non-ASCII names and emoji,
and a few items in each platform export that the background might not reach at small scale."""

from __future__ import annotations

from recordskit.synth import text
from recordskit.synth.city import at
from recordskit.synth.model import X_DELETED, Author, Version
from recordskit.synth.plants import Scene
from recordskit.synth.text import CITY_SITE

ZOE = Author("100099000000001", "zoe.nguyen.hp", "Zoë Nguyễn", "public")
JOSE = Author("100099000000002", "jose.ramirez.hp", "José Ramírez", "public")
ROTATION = ("cmo-fb", "pd-fb", "parks-fb", "parks-ig", "lib-ig", "pw-x", "cmo-x", "pd-x",
            "fire-x", "ced-fb")


def stage_examples(scene: Scene) -> None:
    _prohibited(scene)
    _hostile_and_unicode(scene)
    _export_items(scene)
    _sideshow(scene)


def _prohibited(scene: Scene) -> None:
    st, roles = scene.stage, scene.city.roles
    for n, (category, code) in enumerate(sorted(text.categories_for(scene.profile.codes)
                                                .items())):
        account = scene.city.account(ROTATION[n % len(ROTATION)])
        day = f"2025-{1 + n % 6:02d}-{10 + n:02d}"
        post = st.post(account.account_id, at(day, 9), "Weekly city update: what is happening "
                       f"this week. More: {CITY_SITE}/news")
        c = st.comment(post, at(day, 12), scene.public(account.platform, 150 + n),
                       text.prohibited(category, _FirstChoice()))
        actor = roles[f"{account.department}.admin"]
        st.remove(c, at(day, 14), actor, code, text.reason_text(code),
                  action="hide" if account.platform == "x" else "delete")


class _FirstChoice:
    """Stands in for a random source: always the first example."""

    @staticmethod
    def choice(options):
        return options[0]


def _hostile_and_unicode(scene: Scene) -> None:
    st = scene.stage
    post = st.post("cmo-fb", at("2025-02-11", 9), "Share your ideas for the Harbor Way "
                   f"streetscape. More: {CITY_SITE}/survey")
    for i, body in enumerate(text.HOSTILE):
        st.comment(post, at("2025-02-11", 10 + i), scene.public("facebook", 120 + i), body)
    st.comment(post, at("2025-02-12", 10), ZOE, "¡Qué bonito! José and I loved the Tết "
               "festival 🎉🏮 Merci à tous.")
    st.comment(post, at("2025-02-12", 11), JOSE, "Señora Nguyễn is right 👏 más árboles, "
               "por favor.")


def _export_items(scene: Scene) -> None:
    st = scene.stage
    for account_id, day in (("cmo-fb", "2025-03-04"), ("pd-fb", "2025-03-05"),
                            ("parks-fb", "2025-03-06"), ("ced-fb", "2025-03-07"),
                            ("parks-ig", "2025-03-04"), ("lib-ig", "2025-03-05")):
        for i, body in enumerate(text.CITY_OWN_COMMENTS[:2]):
            st.own_comment(account_id, at(day, 15 + i), body)
    for account_id in ("cmo-fb", "parks-ig"):
        st.post(account_id, at("2025-03-10", 10), "Spring break hours: City Hall is open "
                f"8 a.m. to noon. More: {CITY_SITE}/hours",
                channel="fb_posts" if account_id.endswith("fb") else "ig_posts")
    for account_id in ("cmo-x", "pd-x", "pw-x", "fire-x"):
        st.post(account_id, at("2025-03-11", 10), "Correction to follow: wrong date in the "
                "earlier post.", channel=X_DELETED)


def _sideshow(scene: Scene) -> None:
    """Items in the scope of the sample PRA request: a removed one, an author's deletion, an
    edit."""
    st, roles = scene.stage, scene.city.roles
    post = st.post("pd-fb", at("2026-07-19", 9), "Sideshow response: officers stopped a "
                   "sideshow on Hammer Lane overnight. No one was hurt.", topic="sideshow")
    bad = st.comment(post, at("2026-07-19", 11), scene.public("facebook", 131),
                     "Next sideshow is Saturday at the mall, bring fireworks and block the "
                     "street.")
    code = scene.code("illegal_activity")
    st.remove(bad, at("2026-07-19", 13), roles["pd.admin"], code, text.reason_text(code))
    gone = st.comment(post, at("2026-07-19", 12), scene.public("facebook", 132),
                      "The sideshow woke my baby up at 2 a.m.")
    gone.versions.append(Version(at("2026-07-20", 9), gone.versions[0].text,
                                 "deleted_by_author"))
    tweet = st.post("pd-x", at("2026-07-20", 10), "We are asking for video of the sideshow at "
                    "Hammer Lane and March Lane. Send it to our tip line.", topic="sideshow")
    reply = st.comment(tweet, at("2026-07-20", 12), scene.public("x", 133),
                       "Sent you a sideshow clip from my porch camera")
    edited_at = at("2026-07-20", 12, 20)
    reply.versions.append(Version(edited_at + 300, reply.versions[0].text + " (edited: it is "
                                  "the second clip)", "visible", edited_at))

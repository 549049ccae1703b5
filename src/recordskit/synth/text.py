"""Text templates: what the city posts, what the public answers, and the prohibited and hostile
texts the archive must keep and the audit must find.

Rules the rest of the generator relies on:
- only question templates contain "?" (ENG-1 finds questions by their question mark);
- only the sideshow topic contains the word "sideshow" (the sample PRA request searches it);
- ordinary templates carry no phone numbers, emails or number groups shaped like an SSN, and
  no words a prohibited-content detector looks for.
"""

from __future__ import annotations

import random
import string
from functools import cache

PARKS = ("Victory Park", "Oak Grove Regional Park", "Louis Park", "Parque Las Palmas",
         "Harbor Point Marina Green", "McKinley Park")
PLACES = ("Main Library", "City Hall Plaza", "Weberstown Mall", "Civic Auditorium",
          "Café Lumière on Pacific Ave", "Señor Frog Taquería parking lot")
STREETS = ("Harbor Way", "Pacific Ave", "El Dorado St", "Miner Ave", "Weber Ave", "March Lane",
           "Hammer Lane", "Center St", "Oak Grove Rd", "Fremont St", "Calle Sonora")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
EMOJI = ("🎉", "🚧", "🌳", "👏", "🚒", "📚", "❤️", "🙏", "👍", "😊", "🌮", "☀️")
CITY_SITE = "https://www.harborpoint.example.org"
EXTERNAL_SITES = ("https://www.sjcog.example.com/regional-plan",
                  "https://www.valleytransit.example.com/routes",
                  "https://www.cal-parks.example.com/grants")
EXTERNAL_LABEL = "(external link)"

POSTS: dict[str, tuple[str, ...]] = {
    "roads": (
        "Paving on {street} between {street2} and {street3} starts {day}. Expect lane closures "
        "from 7 a.m. to 4 p.m. 🚧",
        "Pothole crews repaired 140 potholes this week, including on {street}. Report one with "
        "the Harbor Point Connect app.",
        "New crosswalk signals are going in at {street} and {street2}.",
    ),
    "parks": (
        "The splash pad at {park} reopens this weekend. Hours are 11 a.m. to 6 p.m. ☀️",
        "Volunteers planted 60 trees at {park} today. Thank you! 🌳",
        "Registration for youth soccer at {park} opens {day}.",
    ),
    "police": (
        "Join us for Coffee with a Cop at {place} on {day} morning.",
        "Officers from the traffic unit will run a bicycle safety rodeo at {park}.",
        "Our community service officers are hiring. Learn about the job and apply online.",
    ),
    "sideshow": (
        "Sideshow enforcement continues this weekend on {street}. Report sideshow activity to "
        "the non-emergency line.",
        "Officers impounded 6 vehicles after a sideshow at {street} and {street2} last night.",
        "Council will hear an update on the sideshow ordinance and spectator citations.",
    ),
    "permits": (
        "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits "
        "can be applied for online.",
        "Building an ADU: our guide walks you through the permit steps.",
        "Solar permits are now issued the same day for standard rooftop systems.",
    ),
    "events": (
        "Fourth of July fireworks return to {park}! Gates open at 6 p.m. 🎉",
        "Join us for the Día de los Muertos celebration at {place}.",
        "The Tết Lunar New Year festival is this {day} at {park}.",
    ),
    "fire": (
        "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
        "Engine 7 crews visited students at {place} for fire safety week.",
        "Test your smoke alarms when you change your clocks.",
    ),
    "library": (
        "Summer reading starts {day} at the {place}! 📚",
        "Bilingual story time (English / Español) is every {day} at 10 a.m.",
        "The library now lends hot spots and laptops with your library card.",
    ),
    "water": (
        "Crews are repairing a water main on {street}. Expect low pressure until 5 p.m.",
        "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
    ),
    "council": (
        "The City Council meets {day} at 5:30 p.m. Agenda items include the downtown parking "
        "ordinance and the {park} master plan.",
        "The Planning Commission will hold a hearing on the Harbor Way rezoning on {day}.",
        "Watch the budget workshop recording and share your priorities.",
    ),
    "business": (
        "Small business grants of up to 10,000 dollars are open to Harbor Point businesses.",
        "Welcome to the new businesses that opened on {street} this month!",
    ),
}

COMMENTS: dict[str, tuple[str, ...]] = {
    "any": (
        "Thank you for sharing this!", "Great news for the neighborhood {emoji}",
        "Appreciate the update.", "This is what we need more of {emoji}{emoji}",
        "Love this city {emoji}", "¡Gracias por la información!", "Cảm ơn thành phố!",
        "Shared with my neighbors on {street}.", "Finally! {emoji}",
        "Long overdue, but glad to see it.", "My family will be there {emoji}",
        "Thanks to the staff who made this happen.",
    ),
    "complaint": (
        "This has been a problem on {street} for years.",
        "Traffic on {street} is already bad enough, please plan better.",
        "The last time this happened nobody told residents in advance.",
        "Not impressed. The work on {street} was left half done last summer.",
    ),
    "roads": ("The potholes on {street} are still there.", "Please repaint the lines on {street}.",
              "The new signals at {street} made my commute so much better."),
    "parks": ("My kids love {park} {emoji}", "The restrooms at {park} need attention.",
              "Can confirm, {park} looks amazing now."),
    "police": ("Thank you officers for all you do.", "Nice to see officers walking on {street}."),
    "sideshow": ("The sideshow noise on {street} kept us up until 3 a.m. again.",
                 "Glad to see the sideshow crackdown, it was getting dangerous.",
                 "Another sideshow near {street} last night. Tire marks everywhere.",
                 "Enforcement alone will not stop the sideshow problem, we need speed bumps."),
    "events": ("Best event of the year {emoji}", "We had a great time last year!"),
    "fire": ("Thank you firefighters {emoji}", "Our smoke alarms are tested, thanks for the tip."),
    "library": ("The librarians at {place} are the best {emoji}", "My son loves story time."),
    "permits": ("The online permit system saved me a trip.", "Permits took forever last year."),
    "council": ("I will be at the meeting to speak on this.",
                "Please keep public comment open longer at meetings."),
}

QUESTIONS = (
    "@{handle} when will the work on {street} be finished?",
    "Does the city have a timeline for the {park} restroom repairs?",
    "Who do I contact at the City about a permit for a fence?",
    "@{handle} is the {park} parking lot open during the event?",
    "Can the city tell us if {street} will be closed on {day}?",
    "Where can I find the agenda for the meeting mentioned here?",
)

CITY_REPLIES = (
    "Thanks for asking! The latest schedule is on our website: {site}",
    "Hi, thank you for reaching out. Please send the details to our service desk at {site}/connect "
    "and staff will follow up.",
    "Good question. The work is planned to finish by the end of the month.",
    "Thanks for letting us know. We have shared this with the department.",
    "Yes, it will be open. Details are at {site}/events",
)

CITY_OWN_COMMENTS = (
    "Thanks to everyone who came out today!", "Reminder: this event starts at 10 a.m.",
    "Update: the closure has been extended by one day.",
)

# category -> (texts, reason codes in order of preference). A category is used when the profile
# has one of its codes; the first such code is what staff record.
PROHIBITED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "profanity": (("This is total bullshit, fix the damn road.",
                   "What a shit show, the council is useless."), ("profanity",)),
    "solicitation": (("Best roofing prices in Harbor Point! DM me for a free quote, "
                      "www.cheaproofs.example.com", "Selling used tires cheap, message me now."),
                     ("solicitation",)),
    "threats": (("Someone should burn down the permit office.",
                 "I know where the chief lives and he will regret this."),
                ("threats", "safety_security")),
    "political_campaign": (("Vote YES on Measure K in November!",
                            "Re-elect Mayor Thompson, vote on November 3rd."),
                           ("political_campaign",)),
    "discrimination": (("Immigrants should not be allowed to use our library.",
                        "People of that religion do not belong in this neighborhood."),
                       ("discrimination",)),
    "pii_ssn": (("My landlord's SSN is 078-05-1120, report him.",
                 "Here is his social security number 219-09-9999 since nobody listens."),
                ("confidential_information", "safety_security")),
    "pii_phone": (("Call my neighbor at (209) 555-0166, she is the one who complained.",
                   "The inspector's cell is 209-555-0142, text him directly."),
                  ("confidential_information", "safety_security")),
    "sexual_content": (("Hot singles in Harbor Point, see my profile 🔞",),
                       ("sexual_content",)),
    "illegal_activity": (("Everyone bring fireworks and block the freeway on Saturday night.",),
                         ("illegal_activity",)),
    "illegal_conduct": (("I dumped my old mattresses in the creek behind the park, no one "
                         "will notice.",), ("illegal_conduct", "illegal_activity")),
    "safety_security": (("The back gate of the water treatment plant is never locked, the "
                         "keypad code is 4412.",), ("safety_security",)),
    "ownership_interest": (("Full movie free here, ripped from the theater: "
                            "www.freemovies.example.com",), ("ownership_interest",)),
    "off_topic": (("Bitcoin to the moon, buy now 🚀🚀🚀", "asdf asdf asdf asdf"),
                  ("off_topic",)),
    "personnel_matters": (("Officer Daniels was suspended last week for misconduct, "
                           "everyone at the station knows.",), ("personnel_matters",)),
    "brown_act": (("Councilmembers, let us agree here on how to vote on the parking ordinance "
                   "before Tuesday.",), ("brown_act",)),
    "unlawful_content": (("Here is how to get a fake handicap placard without a doctor.",),
                         ("unlawful_content",)),
    "unprotected_speech": (("The director is a fraud who steals from the city, I will "
                            "make sure he pays for it.",), ("unprotected_speech",)),
}

REASON_TEXTS = {
    "profanity": "Profane language in comment",
    "solicitation": "Commercial solicitation / advertising",
    "threats": "Threat against a person",
    "political_campaign": "Campaigning for a ballot measure or candidate",
    "discrimination": "Discriminatory content based on national origin or religion",
    "confidential_information": "Personal information (SSN or phone number) of an individual",
    "safety_security": "Information compromising safety or security",
    "sexual_content": "Sexual content",
    "illegal_activity": "Encourages illegal activity",
    "illegal_conduct": "Describes illegal conduct",
    "ownership_interest": "Link to pirated content",
    "off_topic": "Not related to the post",
    "personnel_matters": "Confidential personnel matter",
    "brown_act": "Invites a serial meeting of councilmembers",
    "unlawful_content": "Unlawful content",
    "unprotected_speech": "Unprotected speech",
}

HOSTILE = (
    '=HYPERLINK("https://www.harborpoint.example.org/parks","Park hours")',
    "=cmd|' /C calc'!A0",
    "+1 for more crosswalks downtown",
    "- just my two cents, the new bike lane works fine",
    "@HarborPointCity thanks for the quick update",
    "<script>alert('harbor point')</script> testing the comment box",
)


@cache
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _fill(template: str, rng: random.Random, handle: str = "HarborPointCity") -> str:
    needed = _fields(template)
    if not needed:
        return template
    values: dict[str, str] = {}
    if "street2" in needed or "street3" in needed:
        values["street"], values["street2"], values["street3"] = rng.sample(STREETS, 3)
    elif "street" in needed:
        values["street"] = rng.choice(STREETS)
    for name, pool in (("park", PARKS), ("place", PLACES), ("day", DAYS), ("emoji", EMOJI)):
        if name in needed:
            values[name] = rng.choice(pool)
    if "handle" in needed:
        values["handle"] = handle.lstrip("@")
    if "site" in needed:
        values["site"] = CITY_SITE
    return template.format(**values)


def post(topic: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A city post on a topic and its links: the city site mostly, sometimes a labeled
    external site (POST-4)."""
    text = _fill(rng.choice(POSTS[topic]), rng)
    r = rng.random()
    if r < 0.7:
        url = f"{CITY_SITE}/{topic}"
        return f"{text} More: {url}", (url,)
    if r < 0.8:
        url = rng.choice(EXTERNAL_SITES)
        return f"{text} {EXTERNAL_LABEL} {url}", (url,)
    return text, ()


def comment(topic: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45 and topic in COMMENTS:
        pool = COMMENTS[topic]
    elif r < 0.6:
        pool = COMMENTS["complaint"]
    else:
        pool = COMMENTS["any"]
    text = _fill(rng.choice(pool), rng)
    if rng.random() < 0.03:
        text += "\n\n" + _fill(rng.choice(COMMENTS["any"]), rng)
    return text


def question(rng: random.Random, handle: str) -> str:
    return _fill(rng.choice(QUESTIONS), rng, handle)


def city_reply(rng: random.Random) -> str:
    return _fill(rng.choice(CITY_REPLIES), rng)


def city_own_comment(rng: random.Random) -> str:
    return rng.choice(CITY_OWN_COMMENTS)


def edited(text: str, rng: random.Random) -> str:
    return text + rng.choice((" (edited: typo)", " EDIT: thanks for the replies", " 👍"))


def categories_for(codes: frozenset[str]) -> dict[str, str]:
    """Prohibited categories a profile names, with the reason code staff record for each."""
    out = {}
    for category, (_, prefs) in PROHIBITED.items():
        for code in prefs:
            if code in codes:
                out[category] = code
                break
    return out


def prohibited(category: str, rng: random.Random) -> str:
    return rng.choice(PROHIBITED[category][0])


def reason_text(code: str) -> str:
    return REASON_TEXTS.get(code, code.replace("_", " ").capitalize())

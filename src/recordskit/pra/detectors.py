"""Finding personal data that a packet withholds: SSNs, phone numbers, email addresses, payment
card numbers, bank account and routing numbers, dates of birth.

Each detector returns findings with positions in the text; ``find_sensitive`` runs them all and
merges overlapping findings, so one span is redacted once. Keywords, context window, marker
labels, precedence and card issuer ranges are in ``detection.yaml``; why each kind is withheld
is in ``citations.yaml`` (``grounds``).

Decisions (a records officer prefers over-redaction of SSN-shaped numbers, but the segregable
portions of a record must still be released, Gov. Code §7922.525):

- SSN: any 3-2-4 digit group with separators (hyphen, any dash, dot, slash, spaces) is an SSN,
  valid or not: numbers that ``stdnum.us.ssn`` rejects (area 000, 666 or 9xx, group 00, serial
  0000, published sample numbers) still read as SSNs, and 9xx area numbers are ITINs, which are
  as private. Nine digits without separators are an SSN only after an SSN keyword: about 88% of
  all 9-digit numbers pass SSN validation, so validation cannot tell order, case or tracking
  numbers from SSNs, and withholding them all would withhold releasable text. Partial SSNs (last
  four digits) are not detected.
- Phone: ``phonenumbers.PhoneNumberMatcher`` with region US at leniency VALID (the number must be
  a valid number of its region; slash dates and timestamps are excluded by the library).
- Email: a pattern (no validator is installed): dot-atom local part, dot-separated domain labels,
  a final label of at least two letters; Unicode letters allowed. Obfuscated forms ("name at
  example dot com") are not detected.
- Payment card: 13 to 19 digits, contiguous or in the usual groups, that pass the Luhn check
  (``stdnum.luhn``) and carry a card network's issuer prefix and length. Luhn alone passes one
  random number in ten (ISBNs, IMEIs, order numbers); the prefix check rules most of those out.
- Routing number: 9 digits passing the ABA checksum (``stdnum.us.rtn``) after a routing keyword.
  Account number: 5 to 17 digits after an account keyword. Without context neither is detected.
- Date of birth: a date (numeric, ISO, or with a month name, with or without the year) after a
  birth keyword.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml
from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.us import rtn, ssn

from recordskit.errors import ConfigError
from recordskit.pra.citations import ground

DATA_FILE = "detection.yaml"

_HSPACE = r"[ \t\u00a0\u2007\u202f]"
_DASH = r"[-\u2010-\u2015\u2212\ufe63\uff0d./]"
_SSN_SEP = rf"(?:{_HSPACE}*{_DASH}{_HSPACE}*|{_HSPACE}+)"
SSN_GROUPED = re.compile(
    rf"(?<!\d)(?<!\d{_DASH})(\d{{3}}){_SSN_SEP}(\d{{2}}){_SSN_SEP}(\d{{4}})(?!\d)(?!{_DASH}\d)")
NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")
ACCOUNT_NUMBER = re.compile(r"(?<!\d)\d(?:[ -]?\d){4,16}(?!\d)")
_CARD_SEP = r"[ \-\u2010-\u2015]"
CARD_CANDIDATE = re.compile(
    r"(?<!\d)(?:"
    # 4-4-4-4, 4-4-4-4-3
    rf"\d{{4}}(?P<s>{_CARD_SEP})\d{{4}}(?P=s)\d{{4}}(?P=s)\d{{4}}(?:(?P=s)\d{{1,3}})?"
    rf"|\d{{4}}(?P<t>{_CARD_SEP})\d{{6}}(?P=t)\d{{4,5}}"  # 4-6-5 (Amex), 4-6-4 (Diners)
    r"|\d{13,19}"
    r")(?!\d)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|"
          r"abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?![^\W\d_])")
_ORD = r"(?:st|nd|rd|th)?"
DATE_VALUE = re.compile(
    r"(?<!\d)(?:"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|{_MONTH}\.?\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORD}\s+(?:de\s+)?{_MONTH}\.?(?:,?\s+(?:de\s+)?\d{{4}})?"
    r")(?!\d)",
    re.IGNORECASE)
_EMAIL_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
EMAIL = re.compile(
    rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-]){_EMAIL_ATOM}(?:\.{_EMAIL_ATOM})*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?![\w-])")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: where it is (``start``/``end``, character
    offsets of the original text), what it is and why it is withheld. The value itself is not
    kept, so findings can be logged without disclosing it."""

    kind: str
    start: int
    end: int
    exemption: str
    reason: str
    detail: str = ""
    also: tuple[str, ...] = ()
    """Kinds of other findings merged into this span."""

    @property
    def marker(self) -> str:
        return f"[REDACTED: {kind_settings()[self.kind]['marker']}]"


@cache
def _settings() -> dict[str, Any]:
    text = resources.files("recordskit.pra").joinpath(DATA_FILE).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{DATA_FILE}: not valid YAML: {exc}") from None
    for key in ("context_window_chars", "kinds", "ssn_context", "account_context",
                "routing_context", "dob_context", "card_networks"):
        if key not in data:
            raise ConfigError(f"{DATA_FILE}: missing key {key!r}")
    return data


def kind_settings() -> dict[str, dict[str, Any]]:
    return _settings()["kinds"]


def context_keywords(name: str) -> list[str]:
    """A keyword list of ``detection.yaml``: ssn_context, account_context, routing_context or
    dob_context."""
    return list(_settings()[name])


def keyword_pattern(keywords: Iterable[str]) -> str:
    """Alternation of keywords, spaces matching any run of white space. Plain syntax (no
    look-arounds), so polars' regex engine accepts it too."""
    parts = sorted((re.escape(k).replace(r"\ ", r"\s+") for k in keywords), key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


@cache
def _keywords(name: str) -> re.Pattern[str]:
    """A keyword of the list ``name`` as a whole word."""
    return re.compile(rf"(?<![^\W\d_]){keyword_pattern(context_keywords(name))}(?![^\W\d_])",
                      re.IGNORECASE)


def _in_context(text: str, context: str, value: re.Pattern[str], *, nearest_only: bool = False
                ) -> Iterator[re.Match[str]]:
    """Matches of ``value`` that start on the same line within the window after a keyword of
    the list ``context`` (only the nearest one after each keyword when ``nearest_only``)."""
    window = int(_settings()["context_window_chars"])
    seen: set[int] = set()
    for kw in _keywords(context).finditer(text):
        for m in value.finditer(text, kw.end()):
            if m.start() - kw.end() > window or "\n" in text[kw.end():m.start()]:
                break
            if m.start() not in seen:
                seen.add(m.start())
                yield m
            if nearest_only:
                break


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def _finding(kind: str, start: int, end: int, detail: str, profile: str | None) -> Finding:
    g = ground(kind)
    return Finding(kind, start, end, g.exemption_text, g.reason_for(profile), detail)


# --- detectors ----------------------------------------------------------------------------------

def find_ssns(text: str, profile: str | None = None) -> list[Finding]:
    found = []
    for m in SSN_GROUPED.finditer(text):
        number = "".join(_digits(g) for g in m.groups())
        found.append(_finding("ssn", m.start(), m.end(), _ssn_detail(number), profile))
    for m in _in_context(text, "ssn_context", NINE_DIGITS):
        number = _digits(m.group(0))
        found.append(_finding("ssn", m.start(), m.end(),
                              "9 digits after an SSN keyword; " + _ssn_detail(number), profile))
    return found


def _ssn_detail(number: str) -> str:
    try:
        ssn.validate(number)
    except ValidationError:
        return ("SSN-shaped number that stdnum.us.ssn rejects (area 000, 666 or 9xx, group 00, "
                "serial 0000 or a published sample); withheld because a reader takes it for an "
                "SSN or ITIN")
    return "valid SSN format (stdnum.us.ssn)"


def find_phones(text: str, profile: str | None = None,
                keep: frozenset[str] = frozenset()) -> list[Finding]:
    """Phone numbers, except those whose E.164 form is in ``keep``."""
    import phonenumbers  # imported here: loading its metadata is slow

    found = []
    for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
        e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in keep:
            found.append(_finding("phone", m.start, m.end,
                                  "valid phone number (phonenumbers, region US)", profile))
    return found


def find_emails(text: str, profile: str | None = None,
                keep: frozenset[str] = frozenset()) -> list[Finding]:
    """Email addresses, except those in ``keep`` (compared case-insensitively)."""
    return [_finding("email", m.start(), m.end(), "email address pattern", profile)
            for m in EMAIL.finditer(text) if m.group(0).casefold() not in keep]


def find_payment_cards(text: str, profile: str | None = None) -> list[Finding]:
    found = []
    for m in CARD_CANDIDATE.finditer(text):
        number = _digits(m.group(0))
        network = card_network(number)
        if network and luhn.is_valid(number):
            found.append(_finding("payment_card", m.start(), m.end(),
                                  f"{network} number length and prefix, Luhn check passes",
                                  profile))
    return found


def card_network(number: str) -> str | None:
    """The card network whose issuer prefix and length ``number`` has, if any."""
    for net in _settings()["card_networks"]:
        if len(number) not in net["lengths"]:
            continue
        for prefix in net["prefixes"]:
            low, _, high = str(prefix).partition("-")
            head = number[:len(low)]
            if low <= head <= (high or low):
                return net["name"]
    return None


def find_bank_numbers(text: str, profile: str | None = None) -> list[Finding]:
    found = []
    for m in _in_context(text, "routing_context", NINE_DIGITS):
        if rtn.is_valid(_digits(m.group(0))):
            found.append(_finding("bank_routing", m.start(), m.end(),
                                  "routing number after a routing keyword; ABA checksum passes "
                                  "(stdnum.us.rtn)", profile))
    for m in _in_context(text, "account_context", ACCOUNT_NUMBER):
        found.append(_finding("bank_account", m.start(), m.end(),
                              "5 to 17 digits after an account keyword", profile))
    return found


def find_dates_of_birth(text: str, profile: str | None = None) -> list[Finding]:
    return [_finding("date_of_birth", m.start(), m.end(), "date after a birth keyword", profile)
            for m in _in_context(text, "dob_context", DATE_VALUE, nearest_only=True)]


# --- all of them ---------------------------------------------------------------------------------

def find_sensitive(text: str, *, profile: str | None = None,
                   keep: Iterable[str] = ()) -> list[Finding]:
    """Every finding in ``text``, overlapping ones merged, in text order.

    ``profile``: the policy profile whose confidentiality rule the reasons cite (e.g.
    "stockton"). ``keep``: phone numbers and email addresses the city itself publishes, which
    stay visible.
    """
    keep_phones, keep_emails = _normalized_keep(tuple(keep))
    found = [
        *find_ssns(text, profile),
        *find_payment_cards(text, profile),
        *find_bank_numbers(text, profile),
        *find_dates_of_birth(text, profile),
        *find_phones(text, profile, keep_phones),
        *find_emails(text, profile, keep_emails),
    ]
    return merge_overlaps(found)


@cache
def _normalized_keep(values: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    import phonenumbers

    phones, emails = set(), set()
    for v in values:
        if "@" in v:
            emails.add(v.strip().casefold())
            continue
        try:
            num = phonenumbers.parse(v, "US")
        except phonenumbers.NumberParseException:
            raise ConfigError(f"kept value {v!r} is neither an email address nor a phone "
                              "number") from None
        phones.add(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
    return frozenset(phones), frozenset(emails)


def merge_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per span of overlapping findings, covering all of them and labelled with
    the kind that comes first in ``detection.yaml`` ``kinds``."""
    order = list(kind_settings())
    merged: list[list[Finding]] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and f.start < max(g.end for g in merged[-1]):
            merged[-1].append(f)
        else:
            merged.append([f])
    out = []
    for group in merged:
        primary = min(group, key=lambda f: order.index(f.kind))
        others = tuple(dict.fromkeys(f.kind for f in group if f.kind != primary.kind))
        out.append(replace(primary, start=min(f.start for f in group),
                           end=max(f.end for f in group), also=others))
    return out

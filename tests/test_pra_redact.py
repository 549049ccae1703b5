"""Redaction of personal data: each detector's positives and look-alikes, markers, overlaps,
non-ASCII text, the frame-level pre-filter and the exemption log rows."""

from __future__ import annotations

import re
import time

import polars as pl
import pytest

from recordskit.config import ResponsibleOfficial
from recordskit.pra.detectors import Finding, card_network, find_sensitive, merge_overlaps
from recordskit.pra.redact import (
    FieldFinding,
    candidate_pattern,
    exemption_log_rows,
    redact_frame,
    redact_text,
)

PRIVACY = "Gov. Code §7927.700 (former §6254(c)); Gov. Code §7922.000 (former §6255(a))"
GUIDELINE = "Stockton Policy 13.04.010, commenter guideline 1"


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def assert_redacted(text: str, value: str, kind: str, marker: str) -> None:
    """``value`` in ``text`` is found as ``kind`` and no trace of it is left."""
    result = redact_text(text)
    found = [(f.kind, text[f.start:f.end]) for f in result.findings]
    assert (kind, value) in found, found
    assert value not in result.text
    assert marker in result.text
    if len(digits(value)) >= 4:
        assert digits(value) not in digits(result.text)
    # the prefilter of redact_frame must let every such text through
    assert pl.Series([text]).str.contains(candidate_pattern()).item()


def assert_nothing_found(text: str) -> None:
    result = redact_text(text)
    assert result.findings == (), [(f.kind, text[f.start:f.end]) for f in result.findings]
    assert result.text == text


# --- SSN -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "536-90-4399",          # valid
    "536 90 4399",          # spaces
    "536.90.4399",          # dots
    "536 - 90 - 4399",      # spaced hyphens
    "536–90–4399",          # en dashes
    "536/90/4399",          # slashes
    "000-12-3456",          # invalid area 000: still withheld
    "666-12-3456",          # invalid area 666
    "912-70-3456",          # 9xx: not an SSN, but an ITIN
    "536-00-4399",          # group 00
    "078-05-1120",          # the published sample number stdnum blacklists
])
def test_ssn_shaped_numbers_are_withheld_valid_or_not(value):
    assert_redacted(f"My SSN is {value}, thanks", value, "ssn", "[REDACTED: SSN]")


def test_ssn_detail_says_whether_stdnum_accepts_it():
    valid, invalid = redact_text("536-90-4399 and 666-12-3456").findings
    assert valid.detail == "valid SSN format (stdnum.us.ssn)"
    assert invalid.detail.startswith("SSN-shaped number that stdnum.us.ssn rejects")


@pytest.mark.parametrize("text", [
    "SSN: 536904399",
    "social security number 536904399",
    "my ss# is 536904399",
    "S.S.N. 536904399",
    "ITIN 912703456",
])
def test_nine_plain_digits_after_an_ssn_keyword(text):
    value = re.search(r"\d{9}", text).group(0)
    assert_redacted(text, value, "ssn", "[REDACTED: SSN]")


@pytest.mark.parametrize("text", [
    "Order 536904399 shipped",               # 9 digits, no SSN context: kept (see detectors)
    "Our social media team: case 536904399",  # "social" alone is not an SSN keyword
    "SSN policy updated; ticket\n536904399",  # keyword on another line
    "1536-90-4399",                            # longer groups
    "536-90-43991",
    "536-90-4399-2",                           # part of a longer hyphenated number
    "zip 95202-1234",
])
def test_ssn_look_alikes_are_kept(text):
    assert_nothing_found(text)


# --- phone ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "(209) 937-8000", "209.937.8000", "209-937-8000", "+1 209 937 8000", "2099378000",
    "+44 20 7946 0958",
])
def test_phone_numbers(value):
    assert_redacted(f"Call me at {value} tonight", value, "phone", "[REDACTED: PHONE]")


@pytest.mark.parametrize("text", [
    "Posted on 12/25/2025 at noon",          # slash date
    "Meeting 2026-03-15 10:30 in room 1204",  # timestamp
    "ISBN 978-0-306-40615-7",
    "Invoice 123-456-7890",                   # area code 123 does not exist
])
def test_phone_look_alikes_are_kept(text):
    assert_nothing_found(text)


def test_published_city_numbers_stay_visible():
    text = "City Hall: (209) 937-8000; my cell (415) 555-0134"
    result = redact_text(text, keep=["209-937-8000", "clerk@stocktonca.gov"])
    assert result.text == "City Hall: (209) 937-8000; my cell [REDACTED: PHONE]"


# --- email ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "jane.doe@example.com", "j.o'neil+permits@mail.example.co.uk", "ANA_LOPEZ@Example.ORG",
    "ñandú.pérez@correo.mx",
])
def test_email_addresses(value):
    assert_redacted(f"write to {value}.", value, "email", "[REDACTED: EMAIL]")


@pytest.mark.parametrize("text", [
    "follow @cityofstockton", "x@localhost", "a@b.c", "jane at example dot com",
    "price 3@5.00",
])
def test_email_look_alikes_are_kept(text):
    assert_nothing_found(text)


def test_published_city_address_stays_visible():
    result = redact_text("Ask Clerk@StocktonCA.gov or me@example.com",
                         keep=["clerk@stocktonca.gov"])
    assert result.text == "Ask Clerk@StocktonCA.gov or [REDACTED: EMAIL]"


# --- payment cards -------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "4111 1111 1111 1111",   # Visa test number
    "4111-1111-1111-1111",
    "4111111111111111",
    "5555555555554444",      # Mastercard
    "2223003122003222",      # Mastercard 2-series
    "3782 822463 10005",     # Amex 4-6-5
    "6011111111111117",      # Discover
])
def test_payment_cards(value):
    assert_redacted(f"my card {value} exp 04/29", value, "payment_card",
                    "[REDACTED: PAYMENT CARD]")


@pytest.mark.parametrize("text", [
    "card 4111 1111 1111 1112",      # fails Luhn: not a card
    "ref 1234567812345678",          # fails Luhn
    "ISBN 9780306406157",            # 13 digits, ISBN check digit, no card prefix
    "IMEI 490154203237518",          # Luhn-valid, but 15 digits with a Visa prefix
    "order 7992739871300000",        # no card network prefix (passes Luhn)
])
def test_card_look_alikes_are_kept(text):
    assert_nothing_found(text)


def test_card_network_prefixes_come_from_the_data_file():
    assert card_network("378282246310005") == "American Express"
    assert card_network("4111111111111") == "Visa"          # 13 digits
    assert card_network("411111111111111") is None          # 15 digits: no Visa length
    assert card_network("2720990000000000") == "Mastercard"
    assert card_network("2721000000000000") is None


# --- bank numbers --------------------------------------------------------------------------------

def test_routing_and_account_numbers_in_context():
    text = "routing 111000025, acct # 000123456789"
    result = redact_text(text)
    assert result.text == "routing [REDACTED: ROUTING NUMBER], acct # [REDACTED: BANK ACCOUNT]"
    assert [f.kind for f in result.findings] == ["bank_routing", "bank_account"]


@pytest.mark.parametrize(("text", "value"), [
    ("my account at Chase is 0012345678", "0012345678"),
    ("Account No.: 12-3456-789", "12-3456-789"),
    ("checking 987654321012", "987654321012"),
])
def test_account_numbers(text, value):
    assert_redacted(text, value, "bank_account", "[REDACTED: BANK ACCOUNT]")


@pytest.mark.parametrize("text", [
    "routing 111000026",                   # ABA checksum fails
    "please send 111000025 copies",        # checksum passes, but no routing context
    "I have had this account since 2019",  # too short to be an account number
    "account 1234",
    "accountable for 12345678 dollars",    # not the keyword
])
def test_bank_look_alikes_are_kept(text):
    assert_nothing_found(text)


# --- dates of birth ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("DOB: 03/15/1980", "03/15/1980"),
    ("date of birth 1980-03-15", "1980-03-15"),
    ("born on March 5th, 1979", "March 5th, 1979"),
    ("D.O.B. 5 Mar. 1979", "5 Mar. 1979"),
    ("fecha de nacimiento: 5 de marzo de 1979", "5 de marzo de 1979"),
    ("birthday: July 4", "July 4"),
])
def test_dates_of_birth(text, value):
    assert_redacted(text, value, "date_of_birth", "[REDACTED: DATE OF BIRTH]")


def test_only_the_date_right_after_the_birth_keyword():
    result = redact_text("DOB 1/2/1980, registered 3/4/2020")
    assert result.text == "DOB [REDACTED: DATE OF BIRTH], registered 3/4/2020"


@pytest.mark.parametrize("text", [
    "Council met on 03/15/2026",    # a date without a birth keyword
    "born in 1980",                  # a year is not a date
    "Adobe 03/15/1980",              # 'dob' inside a word
])
def test_dates_without_birth_context_are_kept(text):
    assert_nothing_found(text)


# --- markers, overlaps, text around --------------------------------------------------------------

def test_overlapping_findings_are_redacted_once():
    # The address's local part is a valid phone number: one span, labelled by precedence
    # (phone before email), covering the whole address.
    text = "text 2099378000@txt.att.net now"
    result = redact_text(text)
    assert result.text == "text [REDACTED: PHONE] now"
    (f,) = result.findings
    assert (f.kind, f.also, text[f.start:f.end]) == ("phone", ("email",), "2099378000@txt.att.net")


def test_merge_overlaps_takes_the_union_and_the_first_kind():
    def f(kind, start, end):
        return Finding(kind, start, end, "x", "y")
    merged = merge_overlaps([f("email", 10, 30), f("phone", 0, 15), f("ssn", 40, 51),
                             f("bank_account", 45, 60), f("phone", 70, 80)])
    assert [(m.kind, m.start, m.end, m.also) for m in merged] == [
        ("phone", 0, 30, ("email",)),
        ("ssn", 40, 60, ("bank_account",)),
        ("phone", 70, 80, ()),
    ]


def test_non_ascii_and_emoji_are_kept():
    text = "Café ☕ 👍 ñandú — SSN 536 90 4399, correo ana@ejemplo.es 😀 fin"
    result = redact_text(text)
    assert result.text == ("Café ☕ 👍 ñandú — SSN [REDACTED: SSN], correo [REDACTED: EMAIL] 😀 "
                           "fin")
    assert [text[f.start:f.end] for f in result.findings] == ["536 90 4399", "ana@ejemplo.es"]


def test_findings_carry_exemption_and_reason():
    (ssn,) = redact_text("SSN 536-90-4399", profile="stockton").findings
    assert ssn.exemption == PRIVACY
    assert ssn.reason.startswith("an individual's social security number")
    assert GUIDELINE not in ssn.reason
    (phone,) = redact_text("(415) 555-0134", profile="stockton").findings
    assert phone.exemption == PRIVACY
    assert GUIDELINE in phone.reason
    (phone,) = redact_text("(415) 555-0134").findings
    assert GUIDELINE not in phone.reason


def test_text_without_personal_data_is_unchanged():
    text = "Thanks for coming to the 2026 budget hearing! 🎉 Agenda item 12.3 passed 5-2."
    assert_nothing_found(text)


# --- frames --------------------------------------------------------------------------------------

def _frame(n: int) -> pl.DataFrame:
    texts = [f"Great event, comment number {i % 100}! 👍" for i in range(n)]
    texts[17] = "My SSN is 536-90-4399 please fix"
    texts[4242] = "reach me at jane.doe@example.com or (415) 555-0134"
    texts[9001] = "Meeting moved to 2026-03-15 10:30"    # a candidate with nothing to redact
    texts[9002] = None
    return pl.DataFrame({
        "record_id": [f"r{i}" for i in range(n)],
        "text": texts,
        "author_display_name": ["Ana Ñúñez 😀"] * n,
        "likes": list(range(n)),
    })


def test_frame_redacts_only_what_it_should():
    frame = _frame(10_000)
    t0 = time.perf_counter()
    result = redact_frame(frame, ["text", "author_display_name"], profile="stockton")
    elapsed = time.perf_counter() - t0
    out = result.frame
    assert out.columns == frame.columns and out.schema == frame.schema
    assert out.height == frame.height
    changed = out.with_row_index().filter(pl.col("text").ne_missing(frame["text"]))
    assert changed["record_id"].to_list() == ["r17", "r4242"]
    assert out["text"][17] == "My SSN is [REDACTED: SSN] please fix"
    assert out["text"][4242] == "reach me at [REDACTED: EMAIL] or [REDACTED: PHONE]"
    assert out["text"][9001] == "Meeting moved to 2026-03-15 10:30"
    assert out["text"][9002] is None
    assert out["author_display_name"].equals(frame["author_display_name"])
    assert out["likes"].equals(frame["likes"])
    # Only the three rows with enough digits or an "@" reach the Python detectors.
    assert result.candidates == 3
    assert [(f.record_id, f.field, f.finding.kind) for f in result.findings] == [
        ("r17", "text", "ssn"), ("r4242", "text", "email"), ("r4242", "text", "phone")]
    assert elapsed < 10  # generous: the point is that 9,997 rows never reach the detectors
    findings = result.findings_frame()
    assert findings.columns == ["record_id", "field", "kind", "start", "end", "exemption",
                                "reason", "detail"]
    assert findings.height == 3


def test_frame_with_nothing_to_redact_is_returned_as_is():
    frame = pl.DataFrame({"record_id": ["a", "b"], "text": ["hello", "👋 hi"]})
    result = redact_frame(frame, ["text"])
    assert result.frame.equals(frame)
    assert (result.findings, result.candidates) == ((), 0)


def test_frame_missing_column_is_named():
    with pytest.raises(KeyError, match="body"):
        redact_frame(pl.DataFrame({"record_id": ["a"]}), ["body"])


# --- exemption log -------------------------------------------------------------------------------

def test_exemption_log_rows():
    result = redact_frame(_frame(10_000), ["text"], profile="stockton")
    clerk = ResponsibleOfficial(name="Pat Lee", title="City Clerk")
    rows = exemption_log_rows(result.findings, clerk)
    assert rows[0] == {
        "record_id": "r17",
        "field": "text",
        "withheld": "social security number",
        "exemption": PRIVACY,
        "reason": "an individual's social security number; its disclosure would be an "
                  "unwarranted invasion of personal privacy, and no public interest in it "
                  "outweighs that",
        "responsible": "Pat Lee, City Clerk",
    }
    assert [r["withheld"] for r in rows] == [
        "social security number", "email address", "phone number"]
    assert GUIDELINE in rows[1]["reason"]
    assert all("536" not in str(v) and "example.com" not in str(v)
               for r in rows for v in r.values())


def test_exemption_log_names_merged_kinds_and_plain_names():
    (f,) = redact_text("2099378000@txt.att.net").findings
    (row,) = exemption_log_rows([FieldFinding("r1", "text", f)], "Records Officer")
    assert row["withheld"] == "phone number and email address"
    assert row["responsible"] == "Records Officer"


def test_find_sensitive_is_the_union_of_the_detectors():
    text = ("SSN 536-90-4399; card 4111 1111 1111 1111; routing 111000025; acct 000123456789; "
            "DOB 03/15/1980; (415) 555-0134; ana@example.org")
    kinds = [f.kind for f in find_sensitive(text)]
    assert kinds == ["ssn", "payment_card", "bank_routing", "bank_account", "date_of_birth",
                     "phone", "email"]


def test_every_detected_kind_has_a_withholding_ground_and_a_marker():
    from recordskit.pra.citations import ground_kinds
    from recordskit.pra.detectors import kind_settings

    assert set(kind_settings()) == set(ground_kinds())

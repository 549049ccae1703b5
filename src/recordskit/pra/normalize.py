"""Search normalization: how texts and query words become comparable tokens.

A text is normalized by Unicode compatibility decomposition (NFKD), removal of combining marks
(every character of Unicode category M), case folding (``str.casefold``), then NFKD and mark
removal again (case folding can produce decomposable characters). So "Café", "CAFE" and
"café" are all "cafe", "ﬁre" is "fire" and "Straße" is "strasse".

A *word* (token) is a maximal run of letters and digits (``str.isalnum`` characters) of the
normalized text; every other character separates words. So "Park's" is the words "park" and "s",
"e-mail" is "e" and "mail", "#parks" is "parks", "permit_office" is "permit" and "office".

The *search text* of a text is its words joined by single spaces with one space before and after:
" park s open today ". Word and phrase queries are then plain substring tests on it
(" park " is the word park; " harbor way " the phrase; " permit" any word starting with permit),
which polars runs without regular expressions.

ASCII texts take a vectorized path (lower-casing and one replacement, no Python per row); texts
with any other character take the exact Python path. Both give the same result for ASCII text.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD_ASCII = r"[^a-z0-9]+"
_HAS_NON_ASCII = r"[^\x00-\x7F]"


def _strip_marks(text: str) -> str:
    return "".join(c for c in text if not unicodedata.category(c).startswith("M"))


def normalize_text(text: str) -> str:
    """NFKD, combining marks removed, case-folded (see the module docstring)."""
    once = _strip_marks(unicodedata.normalize("NFKD", text)).casefold()
    return _strip_marks(unicodedata.normalize("NFKD", once))


_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    """The words of ``text`` after normalization."""
    if not text:
        return []
    normal = normalize_text(text)
    if normal.isascii():
        return _WORD.findall(normal)
    return ["".join(run) for run in _alnum_runs(normal)]


def _alnum_runs(text: str):
    run: list[str] = []
    for c in text:
        if c.isalnum():
            run.append(c)
        elif run:
            yield run
            run = []
    if run:
        yield run


def search_text(text: str | None) -> str:
    """" w1 w2 ... " for ``text`` ("  " for an empty or missing text)."""
    return " " + " ".join(words(text)) + " "


def search_texts(texts):
    """``search_text`` over a polars String Series, vectorized for ASCII texts."""
    import polars as pl

    texts = texts.fill_null("")
    fast = pl.select(
        (pl.lit(" ") + texts.str.to_lowercase().str.replace_all(_NON_WORD_ASCII, " ")
         .str.strip_chars(" ") + pl.lit(" ")).alias(texts.name)
    ).to_series()
    slow_rows = texts.str.contains(_HAS_NON_ASCII).arg_true()
    if slow_rows.len():
        slow = [search_text(t) for t in texts.gather(slow_rows).to_list()]
        fast = fast.scatter(slow_rows, slow)
    return fast

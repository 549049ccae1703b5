"""A parsed query as a test on a search-text column: a polars expression, or DuckDB SQL over
the same column (the benchmark checks the two agree).

Each phrase is a substring test on the search text (see ``recordskit.pra.normalize``):
" w1 w2 " for whole words, " w1 w2" when the last word is a prefix; a prefix inside a phrase
needs a regular expression (" w1[^ ]* w2 ").
"""

from __future__ import annotations

import re

from recordskit.pra.query import FIELDS, All, And, Field, Node, Not, Or, Phrase


def phrase_pattern(p: Phrase) -> tuple[str, bool]:
    """(pattern, is_literal) for one phrase."""
    if not any(p.prefix[:-1]):
        return " " + " ".join(p.words) + ("" if p.prefix[-1] else " "), True
    parts = [re.escape(w) + ("[^ ]*" if star else "") for w, star in zip(p.words, p.prefix,
                                                                        strict=True)]
    tail = "" if p.prefix[-1] else " "
    return " " + " ".join(parts) + tail, False


def query_expr(node: Node, column: str = "search_text"):
    """A boolean polars expression: does the row's search text match ``node``."""
    import polars as pl

    col = pl.col(column)
    if isinstance(node, All):
        return pl.lit(True)
    if isinstance(node, Phrase):
        pattern, literal = phrase_pattern(node)
        return col.str.contains(pattern, literal=literal)
    if isinstance(node, Field):
        if node.name == "author":
            return ((pl.col("author_native_id").str.to_lowercase() == node.value).fill_null(False)
                    | (pl.col("author_handle").str.strip_chars_start("@").str.to_lowercase()
                       == node.value).fill_null(False))
        return (pl.col(FIELDS[node.name]).str.to_lowercase() == node.value).fill_null(False)
    if isinstance(node, Not):
        return ~query_expr(node.part, column)
    if isinstance(node, Or):
        # one substring scan per term: measured several times faster than str.contains_any
        # (Aho-Corasick) for the few terms a request has
        return pl.any_horizontal([query_expr(n, column) for n in node.parts])
    if isinstance(node, And):
        return pl.all_horizontal([query_expr(n, column) for n in node.parts])
    raise TypeError(f"not a query node: {node!r}")


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def query_sql(node: Node, column: str = "search_text") -> str:
    """The same test as DuckDB SQL."""
    if isinstance(node, All):
        return "TRUE"
    if isinstance(node, Phrase):
        pattern, literal = phrase_pattern(node)
        if literal:
            return f"contains({column}, {_sql_string(pattern)})"
        return f"regexp_matches({column}, {_sql_string(pattern)})"
    if isinstance(node, Field):
        value = _sql_string(node.value)
        if node.name == "author":
            return (f"(coalesce(lower(author_native_id) = {value}, FALSE) OR "
                    f"coalesce(lower(ltrim(author_handle, '@')) = {value}, FALSE))")
        return f"coalesce(lower({FIELDS[node.name]}) = {value}, FALSE)"
    if isinstance(node, Not):
        return f"(NOT {query_sql(node.part, column)})"
    joiner = " OR " if isinstance(node, Or) else " AND "
    return "(" + joiner.join(query_sql(n, column) for n in node.parts) + ")"

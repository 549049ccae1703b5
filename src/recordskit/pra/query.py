"""The keyword query language of searches and PRA request scopes.

    park                    the word park ("park", "Park's", "PARK"), not "parking"
    permit*                 a word starting with permit ("permit", "permits", "permitting")
    "harbor way"            the words harbor and way next to each other ("Harbor-Way" too)
    "harbor w*"             a phrase whose words may end in a wildcard
    park AND permit         both (AND may be left out: ``park permit`` is the same)
    park OR permit          either
    NOT park, park NOT dog  without; ``park NOT dog`` is ``park AND NOT dog``
    (park OR trail) AND closure*
                            parentheses group
    visibility:removed_by_city, kind:comment, platform:facebook, account:pd-fb, author:@jdoe
                            a field of the record equals the value (case-insensitive; author
                            is a handle, with or without "@", or a platform id)

Operators are the upper-case words AND, OR and NOT; lower-case "and", "or", "not" are ordinary
words (quote an upper-case one to search for it: ``"OR"``). NOT binds tightest, then AND,
then OR. Matching is case- and accent-insensitive and works on words: see
``recordskit.pra.normalize`` for what a word is. A query word that normalizes to several
words ("e-mail", "Park's") is a phrase of them. An empty query matches every record in scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recordskit.errors import InputError, Problem
from recordskit.pra.normalize import words

OPERATORS = ("AND", "OR", "NOT")


@dataclass(frozen=True)
class Phrase:
    """Consecutive words; the last (or any) may be a prefix. One word is a phrase of one."""

    words: tuple[str, ...]
    prefix: tuple[bool, ...]

    def __str__(self) -> str:
        text = " ".join(w + ("*" if p else "") for w, p in zip(self.words, self.prefix,
                                                                 strict=True))
        return f'"{text}"' if len(self.words) > 1 else text


FIELDS = {"visibility": "visibility", "kind": "kind", "platform": "platform",
          "account": "account_id", "author": "author"}
"""Field terms: the name used in queries -> the content column (author: handle or id)."""


@dataclass(frozen=True)
class Field:
    """A field of the record equals a value."""

    name: str
    value: str

    def __str__(self) -> str:
        return f"{self.name}:{self.value}"


@dataclass(frozen=True)
class And:
    parts: tuple[Node, ...]

    def __str__(self) -> str:
        return "(" + " AND ".join(map(str, self.parts)) + ")"


@dataclass(frozen=True)
class Or:
    parts: tuple[Node, ...]

    def __str__(self) -> str:
        return "(" + " OR ".join(map(str, self.parts)) + ")"


@dataclass(frozen=True)
class Not:
    part: Node

    def __str__(self) -> str:
        return f"NOT {self.part}"


@dataclass(frozen=True)
class All:
    """The empty query: every record in scope."""

    def __str__(self) -> str:
        return "*"


Node = Phrase | Field | And | Or | Not | All

_TOKEN = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|"(?P<phrase>[^"]*)"|(?P<quote>")'
                    r'|(?P<word>[^\s()"]+))')


def _bad(query: str, problem: str) -> InputError:
    return InputError(Problem("query", problem, value=query))


def _phrase(raw: str, query: str, quoted: bool) -> Phrase:
    """Words of one query word or quoted phrase; ``*`` ends a word as a prefix."""
    out_words: list[str] = []
    prefix: list[bool] = []
    for piece in raw.split():
        star = piece.endswith("*")
        body = piece.rstrip("*") if star else piece
        if "*" in body:
            raise _bad(query, f"a wildcard may only end a word ({piece!r})")
        found = words(body)
        if not found:
            if star:
                raise _bad(query, f"{piece!r}: a wildcard needs at least one letter or digit "
                           "before it")
            continue  # punctuation only, e.g. a lone "-" inside a phrase
        out_words.extend(found)
        prefix.extend([False] * (len(found) - 1) + [star])
    if not out_words:
        what = "phrase" if quoted else "word"
        raise _bad(query, f"the {what} {raw!r} has no letter or digit to search for")
    return Phrase(tuple(out_words), tuple(prefix))


def _field(word: str) -> Field | None:
    name, sep, value = word.partition(":")
    if not sep or name.lower() not in FIELDS or not value:
        return None
    value = value.strip().lower()
    if name.lower() == "author":
        value = value.lstrip("@")
    return Field(name.lower(), value)


def _tokens(query: str) -> list[tuple[str, str]]:
    out = []
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        kind = m.lastgroup
        if kind == "quote":
            raise _bad(query, "a quote is not closed")
        out.append((kind, m.group(kind)))
    return out


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = _tokens(query)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def is_op(self, name: str) -> bool:
        t = self.peek()
        return t is not None and t == ("word", name)

    def parse(self) -> Node:
        if not self.tokens:
            return All()
        node = self.or_()
        if self.peek() is not None:
            raise _bad(self.query, "a closing parenthesis has no opening one")
        return node

    def or_(self) -> Node:
        parts = [self.and_()]
        while self.is_op("OR"):
            self.i += 1
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_(self) -> Node:
        parts = [self.not_()]
        while (t := self.peek()) is not None and t[0] != "close" and not self.is_op("OR"):
            if self.is_op("AND"):
                self.i += 1
            parts.append(self.not_())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def not_(self) -> Node:
        if self.is_op("NOT"):
            self.i += 1
            return Not(self.not_())
        return self.atom()

    def atom(self) -> Node:
        t = self.peek()
        if t is None:
            raise _bad(self.query, "the query ends where a word was expected")
        kind, text = t
        self.i += 1
        if kind == "open":
            node = self.or_()
            if self.peek() != ("close", ")"):
                raise _bad(self.query, "a parenthesis is not closed")
            self.i += 1
            return node
        if kind == "close":
            raise _bad(self.query, "a closing parenthesis has no opening one")
        if kind == "word" and text in OPERATORS:
            raise _bad(self.query, f"{text} needs a word on each side (quote it to search "
                       f'for the word: "{text}")')
        if kind == "word" and (field := _field(text)) is not None:
            return field
        return _phrase(text, self.query, quoted=(kind == "phrase"))


def parse_query(query: str | None) -> Node:
    """Parse ``query``; raise InputError (field "query") naming the problem."""
    return _Parser(query or "").parse()

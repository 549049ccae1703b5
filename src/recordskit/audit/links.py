"""Links: whose site a URL is on, and the URLs written into a text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

URL_IN_TEXT = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+")


def host(url: str) -> str:
    """The lower-case host of ``url`` ("www.example.org" also without a scheme)."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def path(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        return urlsplit(url).path.lower()
    except ValueError:
        return ""


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """Whether ``url`` is on one of ``domains`` or a subdomain of one."""
    h = host(url)
    for d in domains:
        d = host(d) or d.lower()
        if h == d or h.endswith("." + d) or (d.startswith("www.") and h == d[4:]):
            return True
    return False


def urls_in_text(text: str | None) -> list[str]:
    return [m.group(0).rstrip(".,;:!?") for m in URL_IN_TEXT.finditer(text or "")]


def all_urls(urls: list[str] | None, text: str | None) -> list[str]:
    """The item's link list and the URLs written in its text, without repeats."""
    return list(dict.fromkeys([*(urls or []), *urls_in_text(text)]))

"""HTML from Jinja2 templates with autoescaping on: any text from the archive (a comment that
holds ``<script>``) is escaped wherever a template prints it. Templates are looked up in the
``templates`` folder of the package that owns them, e.g. ``recordskit.pra``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def environment(package: str):
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,  # every template, whatever its file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(package: str, template: str, **context: Any) -> str:
    """Render ``template`` of ``package``'s templates folder with ``context``."""
    return environment(package).get_template(template).render(**context)


def write_html(path: str | Path, package: str, template: str, **context: Any) -> Path:
    path = Path(path)
    path.write_text(render(package, template, **context), encoding="utf-8")
    return path

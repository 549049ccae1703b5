"""Static charts for the audit report, drawn with matplotlib (no network, no JavaScript): SVG
text a report embeds as it is, with fixed ids and no date, so a rebuild gives the same bytes."""

from __future__ import annotations

import io

import polars as pl

BAR_COLOR = "#4a6fa5"
MAX_BARS = 15


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "recordskit-audit"
    matplotlib.rcParams["svg.fonttype"] = "none"
    import matplotlib.pyplot as plt

    return plt


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]  # no XML prolog inside an HTML page


def bar_chart(frame: pl.DataFrame, label: str, value: str, title: str) -> str | None:
    """Horizontal bars, largest first (at most MAX_BARS, the rest summed as "other")."""
    if frame.height == 0:
        return None
    frame = frame.sort(value, descending=True)
    if frame.height > MAX_BARS:
        rest = frame[MAX_BARS - 1:][value].sum()
        frame = pl.concat([frame.head(MAX_BARS - 1).select(label, value),
                           pl.DataFrame({label: ["other"], value: [rest]},
                                        schema=frame.select(label, value).schema)])
    plt = _pyplot()
    labels = [str(v) for v in frame[label].to_list()][::-1]
    values = frame[value].to_list()[::-1]
    fig, ax = plt.subplots(figsize=(6.5, 0.35 * len(labels) + 1.0))
    ax.barh(labels, values, color=BAR_COLOR)
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_xlabel(value)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg(fig)


def histogram(values: list[float], title: str, xlabel: str, target: float | None = None
              ) -> str | None:
    if not values:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 2.8))
    ax.hist(values, bins=min(30, max(5, len(values) // 3)), color=BAR_COLOR)
    if target is not None:
        ax.axvline(target, color="#b03030", linestyle="--", label=f"target {target:g}")
        ax.legend(frameon=False)
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("removals")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg(fig)

"""Horizontal bar charts as inline SVG (matplotlib, no pyplot state, no fonts referenced).

Glyphs are drawn as paths (``svg.fonttype = "path"``) and ids are salted per chart and
prefixed, so several charts can sit in one page; the output is the same for the same input.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from typing import Any

PRESENT, EXPIRED = "#2b6cb0", "#a0aec0"
_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.S)
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(xlink:href="#|href="#|url\(#)([^")]+)')


def _prefix_ids(svg: str, prefix: str) -> str:
    svg = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    return _REF.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)


def bar_chart(
    name: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int], str]],
    *,
    title: str,
    unit: str = "",
) -> str:
    """Stacked horizontal bars, one per label, in the given order (top to bottom).
    ``series`` is (legend label, values, colour); ``name`` keeps ids unique in a page;
    ``title`` is the SVG's accessible name (the page's heading shows it)."""
    import matplotlib
    from matplotlib.figure import Figure

    labels = [lb if len(lb) <= 40 else lb[:39] + "…" for lb in labels]
    rc: dict[Any, Any] = {  # (matplotlib types the keys as a Literal of every setting)
        "svg.fonttype": "path",
        "svg.hashsalt": f"privacyguard-{name}",
        "font.family": "DejaVu Sans",
        "font.size": 9,
    }
    with matplotlib.rc_context(rc):
        height = 1.1 + 0.32 * max(1, len(labels))
        fig = Figure(figsize=(6.4, height), dpi=96)
        ax = fig.add_subplot()
        ys = list(range(len(labels)))
        left = [0] * len(labels)
        for legend, values, colour in series:
            ax.barh(ys, values, left=left, color=colour, label=legend, height=0.65)
            left = [a + b for a, b in zip(left, values, strict=True)]
        for y, total in zip(ys, left, strict=True):
            ax.annotate(f"{total:,}", (total, y), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=8)  # fmt: skip
        ax.set_yticks(ys, labels)
        ax.invert_yaxis()
        ax.set_xlim(0, max([*left, 1]) * 1.15)
        ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
        if unit:
            ax.set_xlabel(unit)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if len(series) > 1:
            ax.legend(loc="lower left", bbox_to_anchor=(0, 1), ncol=len(series), frameon=False,
                      fontsize=8, borderaxespad=0.2)  # fmt: skip
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = _PROLOG.sub("", buf.getvalue(), count=1)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{html.escape(title)}" ', 1)
    return _prefix_ids(svg, f"c-{name}")


def findings_chart(name: str, items: Sequence[dict[str, object]], title: str) -> str | None:
    """Findings still present and expired per key; None when there is nothing to draw."""
    if not items:
        return None
    labels = [str(i["key"]) for i in items]
    present = [int(i["present"]) for i in items]  # type: ignore[call-overload]
    expired = [int(i["expired"]) for i in items]  # type: ignore[call-overload]
    series = [("present", present, PRESENT)]
    if any(expired):
        series.append(("expired (redacted by retention)", expired, EXPIRED))
    return bar_chart(name, labels, series, title=title, unit="findings")


def counts_chart(name: str, items: Sequence[tuple[str, int]], title: str, unit: str) -> str | None:
    if not items:
        return None
    return bar_chart(
        name, [k for k, _ in items], [("", [n for _, n in items], PRESENT)], title=title, unit=unit
    )

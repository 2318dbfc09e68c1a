"""Inline SVG charts rendered on the server: no script, no library, readable without JS."""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup


def bar_chart(rows: list[dict[str, Any]], value: str, label: str, width: int = 720) -> Markup:
    """One bar per row (oldest left), each with a tooltip; scales to its container."""
    height, pad, axis = 160, 4, 1
    peak = max((float(r[value]) for r in rows), default=0.0) or 1.0
    step = width / max(len(rows), 1)
    bars = []
    for i, row in enumerate(rows):
        amount = float(row[value])
        bar_h = (height - axis - pad) * amount / peak
        x, y = i * step + 1, height - axis - bar_h
        tip = f"{row['day']}: {amount:,.0f} {label} · {int(row['requests']):,} requests"
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{bar_h:.1f}" class="bar"><title>{escape(tip)}</title></rect>'
        )
    first = escape(str(rows[0]["day"])) if rows else ""
    last = escape(str(rows[-1]["day"])) if rows else ""
    svg = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)} per day, last {len(rows)} days" '
        f'preserveAspectRatio="none">'
        f'<line x1="0" y1="{height - axis}" x2="{width}" y2="{height - axis}" class="axis"/>'
        + "".join(bars)
        + "</svg>"
        # Labels outside the SVG: it stretches to its container and would distort text.
        f'<div class="chart-ticks"><span>{first}</span><span>peak {peak:,.0f} {escape(label)}'
        f"</span><span>{last}</span></div>"
    )
    return Markup(svg)

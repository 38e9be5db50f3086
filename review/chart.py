"""Bar charts as inline SVG, drawn on the server: no JavaScript, nothing from a CDN, and the
page stays readable in a case file printed to PDF."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

COLOURS = {"kept": "#2e7d32", "dropped": "#ef6c00", "error": "#c62828", "count": "#1565c0"}
_ROW = 22
_LABEL = 260
_BAR = 420


def bar_chart(
    rows: Sequence[tuple[str, Sequence[int]]], series: Sequence[str], title: str
) -> Markup:
    """Horizontal stacked bars, one per ``(label, values)`` row, ``values`` in ``series``
    order, scaled to the largest row total; a legend and the totals as text."""
    biggest = max((sum(values) for _, values in rows), default=0) or 1
    height = _ROW * len(rows) + 34
    width = _LABEL + _BAR + 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, name in enumerate(series):
        x = _LABEL + i * 110
        parts.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{COLOURS.get(name, "#555")}"/>'
            f'<text x="{x + 16}" y="15" font-size="12">{escape(name)}</text>'
        )
    for row, (label, values) in enumerate(rows):
        y = 26 + row * _ROW
        shown = label if len(label) <= 40 else label[:39] + "…"
        parts.append(
            f'<text x="{_LABEL - 6}" y="{y + 14}" font-size="12" text-anchor="end">'
            f"<title>{escape(label)}</title>{escape(shown)}</text>"
        )
        x = float(_LABEL)
        for name, value in zip(series, values, strict=True):
            w = _BAR * value / biggest
            if w > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{_ROW - 6}" '
                    f'fill="{COLOURS.get(name, "#555")}"><title>{escape(name)}: {value:,}'
                    "</title></rect>"
                )
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}" font-size="12">{sum(values):,}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))

"""The readable terminal view of an Analysis (Rich)."""
from __future__ import annotations

import textwrap

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from newsgraph.records import Analysis

# How much of the body the view shows before summarising the rest.
BODY_PREVIEW_CHARS = 600


def render_analysis(analysis: Analysis, console: Console) -> None:
    art = analysis.article
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold cyan", no_wrap=True)
    head.add_column()
    src = analysis.source or {}
    head.add_row("source", " ".join(str(x) for x in (src.get("path"), src.get("id") and f"id={src['id']}") if x))
    for label, value in (
        ("outlet", art.outlet), ("headline", art.headline), ("authors", ", ".join(art.authors) or None),
        ("published", art.published), ("dateline", art.dateline), ("language", art.language),
    ):
        head.add_row(label, value if value else "[dim]-[/dim]")
    words = len(art.body.split())
    head.add_row("body", f"{len(art.paragraphs)} paragraphs, {words} words")
    console.print(Panel(head, title=f"[bold]newsgraph[/bold] {analysis.id}", expand=False))
    if art.body:
        preview = textwrap.shorten(art.body.replace("\n\n", " ¶ "), BODY_PREVIEW_CHARS, placeholder=" …")
        console.print(preview, style="dim")
    for c in art.captions:
        console.print(f"[bold]caption[/bold] {textwrap.shorten(c.text, 160)}" + (f" [italic]({c.credit})[/italic]" if c.credit else ""))
    if art.removed:
        t = Table(title=f"removed ({len(art.removed)})", title_justify="left", show_lines=False)
        t.add_column("text", overflow="fold", max_width=60)
        t.add_column("reason")
        for r in art.removed:
            t.add_row(textwrap.shorten(r.text, 60), r.reason)
        console.print(t)
    if analysis.entities:
        t = Table(title=f"entities ({len(analysis.entities)})", title_justify="left")
        for col in ("id", "name", "type", "titles", "country", "mentions"):
            t.add_column(col)
        ents = {e.id: e for e in analysis.entities}
        for e in analysis.entities:
            titles = "; ".join(e.titles)
            if e.affiliation:
                aff = ents.get(e.affiliation)
                titles += f" @ {aff.name if aff else e.affiliation}"
            t.add_row(e.id, e.name, e.type, titles, e.country or "", str(len(e.mentions)))
        console.print(t)
    if analysis.timexes:
        t = Table(title=f"time expressions ({len(analysis.timexes)})", title_justify="left")
        for col in ("text", "type", "value", "mod"):
            t.add_column(col)
        for x in analysis.timexes:
            t.add_row(x.text, x.type, x.value, x.mod or "")
        console.print(t)
    if analysis.quotes:
        t = Table(title=f"quotes ({len(analysis.quotes)})", title_justify="left", show_lines=True)
        for col in ("speaker", "kind", "date", "quote"):
            t.add_column(col, overflow="fold")
        for q in analysis.quotes:
            t.add_row(q.speaker.name if q.speaker else "?", q.kind, q.date or "", textwrap.shorten(q.text, 200))
        console.print(t)
    if analysis.events:
        t = Table(title=f"events ({len(analysis.events)})", title_justify="left")
        for col in ("type", "source", "trigger", "target", "date", "status"):
            t.add_column(col, overflow="fold")
        for v in analysis.events:
            def actors(main, many):
                xs = many or ((main,) if main else ())
                return ", ".join(f"{a.name} ({a.country or '?'})" for a in xs)
            t.add_row(v.type, actors(v.source, v.sources), v.trigger, actors(v.target, v.targets), v.date or "", v.status)
        console.print(t)
    for w in analysis.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")
    console.print()

"""The command line: `newsgraph analyze PATH... [--json]` and the evaluation commands.

Errors are caught here, in one place: a NewsgraphError becomes one line
``newsgraph: error: PATH: reason`` on stderr and exit status 2; in a batch the
other articles are still analysed. An unexpected exception is a bug: one line
too, and ``--debug`` shows the traceback.
"""
from __future__ import annotations

import json
import sys
import traceback
from typing import List, Optional

import typer
from rich.console import Console

from newsgraph import __version__
from newsgraph.errors import InputError, NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into structured, verifiable data: entities, quotes, dates and events, "
    "each tied to the exact words it came from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Evaluate newsgraph on public data sets (scores beside a baseline from the same run).",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err_console = Console(stderr=True, highlight=False)


def fail_line(path: str, reason: str) -> None:
    """The one error format: `newsgraph: error: PATH: reason`."""
    sys.stderr.write(f"newsgraph: error: {path}: {reason}\n")
    sys.stderr.flush()


def _version(value: bool):
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
):
    """newsgraph command line."""


@app.command()
def analyze(
    paths: List[str] = typer.Argument(..., help="Pasted-text or HTML files, .jsonl/.csv corpora, directories, or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print the analysis as JSON (JSON Lines for several articles)."),
    published: Optional[str] = typer.Option(None, "--published", help="Reference date (ISO 8601); wins over a date found in the text."),
    body_only: bool = typer.Option(False, "--body-only", help="The input is just body text: no outlet, headline, byline or captions."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of unexpected errors."),
):
    """Clean and analyse articles; print a readable view, or JSON with --json."""
    from newsgraph.pipeline import analyze_raw_many, parse_datetime
    from newsgraph.ingest import read_inputs
    from newsgraph.records import to_json

    try:
        if published:
            parse_datetime(published)
        from newsgraph.nlp import load_nlp

        load_nlp()
    except NewsgraphError as e:
        fail_line(getattr(e, "path", "newsgraph"), getattr(e, "reason", str(e)))
        raise typer.Exit(2)

    ok = failed = 0
    view = None
    if not json_out:
        from newsgraph.view import render_analysis

        view = render_analysis
    console = Console(highlight=False, soft_wrap=False)
    progress = _progress(enabled=sys.stderr.isatty() and len(paths) > 0)
    try:
        with progress:
            task = progress.add_task("analysing", total=None)
            for result in analyze_raw_many(read_inputs(paths, body_only=body_only), published=published):
                if isinstance(result, InputError):
                    failed += 1
                    fail_line(result.path, result.reason)
                    if debug and result.__cause__ is not None:
                        traceback.print_exception(result.__cause__)
                else:
                    ok += 1
                    if json_out:
                        sys.stdout.write(json.dumps(to_json(result), ensure_ascii=False) + "\n")
                        sys.stdout.flush()
                    else:
                        view(result, console)
                progress.advance(task)
    except NewsgraphError as e:
        failed += 1
        fail_line(getattr(e, "path", "newsgraph"), getattr(e, "reason", str(e)))
    except KeyboardInterrupt:
        fail_line("newsgraph", "interrupted")
        raise typer.Exit(130)
    except Exception as e:  # a bug: say so in one line, keep the traceback for --debug
        if debug:
            raise
        fail_line("newsgraph", f"internal error ({type(e).__name__}: {e}); rerun with --debug and report it")
        raise typer.Exit(2)
    if ok + failed > 1 or failed:
        sys.stderr.write(f"newsgraph: analysed {ok} article{'s' if ok != 1 else ''}, {failed} failed\n")
    if failed:
        raise typer.Exit(2)


def _progress(*, enabled: bool):
    """A Rich progress bar on stderr when it is a terminal; otherwise a silent stand-in."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, transient=True, disable=not enabled)


# Evaluation commands live one per module in newsgraph/evaluation/; each module
# defines `register(eval_app)`. Loaded at start so `newsgraph eval --help` lists them.
EVALUATIONS = ("extraction", "timeml", "conll", "polnear", "plover")


def _register_evaluations() -> None:
    import importlib
    import importlib.util

    for name in EVALUATIONS:
        if importlib.util.find_spec(f"newsgraph.evaluation.{name}") is not None:
            importlib.import_module(f"newsgraph.evaluation.{name}").register(eval_app)


_register_evaluations()


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `newsgraph analyze ... | head`
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()

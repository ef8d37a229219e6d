"""The ``claimledger`` command: a thin layer that turns library results and errors into output and exit codes.

Exit status: 0 all inputs went through, 1 some inputs failed (each named on stderr), 2 usage error,
3 the ledger or environment is broken.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimledger import __version__
from claimledger.cli_refdata import refdata
from claimledger.errors import ClaimLedgerError
from claimledger.extract.serialize import dumps, to_contract
from claimledger.ingest import DEFAULT_MAX_BYTES
from claimledger.ingest.readers import count_records
from claimledger.ledger import Ledger, default_url
from claimledger.models import Check
from claimledger.pipeline import Outcome, Summary, add_to_ledger, analyse

EXIT_FAILED_INPUTS = 1
EXIT_BROKEN = 3

# Reports read badly at 80 columns: when piped, lay them out for a wide page.
out = Console(width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True, soft_wrap=True)  # one line per message, never wrapped


class _Date(click.ParamType):  # type: ignore[type-arg]
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date like 2025-11-03", param, ctx)


PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
PUBLISHED = click.option(
    "--published",
    type=_Date(),
    help="Publication date of the input(s); wins over metadata and datelines. Relative dates resolve against it.",
)
MAX_BYTES = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest text accepted for one document; bigger inputs are refused with a clear message.",
)
DB = click.option(
    "--db",
    "db_url",
    default=None,
    metavar="URL",
    help="SQLAlchemy URL of the ledger [default: $CLAIMLEDGER_DB or sqlite:///claimledger.db].",
)


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors become one line on stderr and exit status 3."""
    try:
        yield
    except ClaimLedgerError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(EXIT_BROKEN)


def _total(paths: Iterable[Path]) -> int | None:
    """Records to expect, for the progress bar; only counted when a bar will be drawn (a terminal)."""
    return count_records(paths) if err.is_terminal else None


def _progress(outcomes: Iterable[Outcome], total: int | None, label: str) -> Iterator[Outcome]:
    """Outcomes as they come, with a progress bar on stderr for runs of more than one record."""
    if total is not None and total <= 1:
        yield from outcomes
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=total)
        for outcome in outcomes:
            yield outcome
            bar.advance(task)


def _finish(result: Summary, *, always: bool) -> None:
    from claimledger import terminal

    if always or result.failed or sum(result.counts.values()) > 1:
        terminal.summary(err, result)
    if result.failed:
        sys.exit(EXIT_FAILED_INPUTS)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="claimledger")
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does (to stderr).")
def main(verbose: bool) -> None:
    """Turn war reporting into a checked, reviewable ledger of numeric claims.

    \b
    Quick start:
      claimledger check examples/frontline-report.txt     # extract, check, store, report
      claimledger extract article.html --published 2025-11-03
      claimledger add corpus.jsonl && claimledger ls
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr)


@main.command()
@PATHS
@PUBLISHED
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="json: one object per document (JSON Lines), schema claimledger/extract/v1; table: for reading.",
)
@click.option(
    "--include-text", is_flag=True, help="Add the document text (for HTML: the extracted main text)."
)
@MAX_BYTES
def extract(
    paths: tuple[Path, ...], published: date | None, fmt: str, include_text: bool, max_bytes: int
) -> None:
    """Print the claims extracted from PATHS (files or folders) without touching any ledger.

    Inputs: .txt, .md, .html, and corpora as .jsonl, .csv or .parquet with a 'text' column (optional
    'title', 'url', 'source', 'published').
    """
    from claimledger import terminal

    result = Summary()
    total = _total(paths)
    with _errors():
        for outcome in _progress(
            analyse(paths, published=published, max_bytes=max_bytes), total, "extracting"
        ):
            result.record(outcome)
            if outcome.extraction is None:
                continue
            if fmt == "json":
                click.echo(dumps(outcome.extraction, include_text=include_text))
            else:
                out.print(terminal.extraction_table(outcome.extraction))
    _finish(result, always=False)


@main.command(name="check")
@PATHS
@DB
@PUBLISHED
@MAX_BYTES
def check_command(
    paths: tuple[Path, ...], db_url: str | None, published: date | None, max_bytes: int
) -> None:
    """Ingest, extract, check and store PATHS, then print each document's claims with their verdicts.

    Besides the arithmetic and reference-data rules, each new document's claims are compared with the same
    claims in other documents of the ledger published within three days (rule other_sources.v1).
    """
    from claimledger import terminal

    result = Summary()
    with _errors(), Ledger(db_url or default_url()) as ledger:
        outcomes = add_to_ledger(
            paths,
            ledger,
            command="check",
            published=published,
            max_bytes=max_bytes,
            load_present=True,
            cross_source=True,
        )
        for outcome in outcomes:
            result.record(outcome)
            if outcome.extraction is not None:
                out.print(terminal.report(outcome.extraction))
        err.print(f"ledger: {ledger.url} ({ledger.count()} documents)", highlight=False)
    _finish(result, always=True)


@main.command()
@PATHS
@DB
@PUBLISHED
@MAX_BYTES
def add(paths: tuple[Path, ...], db_url: str | None, published: date | None, max_bytes: int) -> None:
    """Ingest, extract, check and store PATHS in the ledger. Adding a document again is a no-op.

    Each document is stored in one transaction: an interrupted run leaves no half document, and running it
    again adds what is missing.
    """
    result = Summary()
    total = _total(paths)
    with _errors(), Ledger(db_url or default_url()) as ledger:
        outcomes = add_to_ledger(paths, ledger, command="add", published=published, max_bytes=max_bytes)
        for outcome in _progress(outcomes, total, "adding"):
            result.record(outcome)
        err.print(f"ledger: {ledger.url} ({ledger.count()} documents)", highlight=False)
    _finish(result, always=True)


@main.command(name="ls")
@DB
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many documents.")
def list_documents(db_url: str | None, limit: int | None) -> None:
    """List the documents in the ledger with their claim and verdict counts."""
    from claimledger import terminal

    with _errors(), Ledger(db_url or default_url()) as ledger:
        out.print(terminal.document_list(ledger.summaries(limit=limit)))


@main.command()
@click.argument("document")
@DB
@click.option(
    "--json", "as_json", is_flag=True, help="Print the extract contract JSON instead of the report."
)
def show(document: str, db_url: str | None, as_json: bool) -> None:
    """Show one stored DOCUMENT (its id or a unique prefix of it) with its claims and verdicts."""
    from claimledger import terminal

    with _errors(), Ledger(db_url or default_url()) as ledger:
        extraction = ledger.load(ledger.resolve(document))
    if as_json:
        click.echo(json.dumps(to_contract(extraction), ensure_ascii=False, indent=2))
    else:
        out.print(terminal.report(extraction))


@main.command()
@click.argument("document")
@click.argument("claim")
@DB
@click.option("--side", help="russia, ukraine, civilian, other or none.")
@click.option(
    "--type", "claim_type", metavar="TYPE", help="A claim type (docs/claims.md), e.g. casualty_rate."
)
@click.option("--source-kind", help="author, official, institution, media, anonymous, document or other.")
@click.option("--opinion", type=click.Choice(["true", "false"]), help="Whether the claim is an opinion.")
@click.option("--prediction", type=click.Choice(["true", "false"]), help="Whether it is a prediction.")
@click.option("--reviewer", help="Who corrects it.")
@click.option("--note", help="Why.")
def correct(
    document: str, claim: str, db_url: str | None, reviewer: str | None, note: str | None, **values: str
) -> None:
    """Correct the side, type, source kind, opinion or prediction mark of one CLAIM (c1, c2, ... as `show`
    numbers them) of a stored DOCUMENT. The machine's value is kept beside yours; `export --format corrections`
    lists every correction."""
    given = {("type" if k == "claim_type" else k): v for k, v in values.items() if v}
    if not given:
        raise click.UsageError(
            "say what to correct: --side, --type, --source-kind, --opinion or --prediction"
        )
    with _errors(), Ledger(db_url or default_url()) as ledger:
        changed = ledger.correct_claim(ledger.resolve(document), claim, given, note=note, reviewer=reviewer)
    err.print(
        f"corrected: {', '.join(changed)}" if changed else "nothing to correct: the claim already says so"
    )


def _verdicts(checks: Iterable[Check]) -> str:
    counts = Counter(k.verdict for k in checks)
    return ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items())) or "no checks"


@main.command()
@click.argument("documents", nargs=-1)
@DB
@click.option("--write", is_flag=True, help="Store the new verdicts, under a new run, where they differ.")
def recheck(documents: tuple[str, ...], db_url: str | None, write: bool) -> None:
    """Re-run the checks of stored DOCUMENTS (ids or unique prefixes; default: all) and report changed verdicts.

    The same rules and reference data give the same verdicts, so a change shows what an upgrade or a
    `refdata update` moved. Exit status 1 when some verdicts differ and --write was not given.
    """
    from claimledger.pipeline import recheck as run_recheck

    changed = total = 0
    with _errors(), Ledger(db_url or default_url()) as ledger:
        ids = [ledger.resolve(prefix) for prefix in documents] if documents else None
        for result in run_recheck(ledger, ids, write=write):
            total += 1
            if result.changed:
                changed += 1
                err.print(
                    f"changed: {result.document_id[:12]} {result.source}: "
                    f"stored {_verdicts(result.stored)}; now {_verdicts(result.current)}",
                    highlight=False,
                )
    action = "rewritten" if write else "differ"
    err.print(f"summary: {total} documents rechecked, {changed} {action}", highlight=False)
    if changed and not write:
        sys.exit(EXIT_FAILED_INPUTS)


@main.command()
@DB
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "geojson", "claimreview", "corrections"]),
    required=True,
    help="csv: one row per quantity with its claim and verdicts; json: the extract contract, one line per "
    "document; geojson: a point per place mention with its claims; claimreview: schema.org ClaimReview "
    "JSON-LD, one per verdict; corrections: one JSON line per claim field a person corrected, with the "
    "machine's value beside it.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="File to write [default: stdout].",
)
def export(db_url: str | None, fmt: str, output: TextIO) -> None:
    """Export the whole ledger for publishing or analysis."""
    from claimledger.ledger import corrections
    from claimledger.ledger import export as formats

    with _errors(), Ledger(db_url or default_url()) as ledger:
        extractions = ledger.iter_extractions()
        if fmt == "json":
            for extraction in extractions:
                output.write(dumps(extraction) + "\n")
        elif fmt == "csv":
            writer = csv.DictWriter(output, fieldnames=formats.CSV_COLUMNS)
            writer.writeheader()
            for extraction in extractions:
                writer.writerows(formats.csv_rows(extraction))
        elif fmt == "geojson":
            json.dump(formats.geojson(extractions), output, ensure_ascii=False)
            output.write("\n")
        elif fmt == "corrections":
            for extraction in extractions:
                fixed = ledger.claim_corrections(extraction.document.id)
                for row in corrections.rows(extraction, fixed) if fixed else ():
                    output.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            reviews = [review for extraction in extractions for review in formats.claim_reviews(extraction)]
            json.dump(reviews, output, ensure_ascii=False, indent=2)
            output.write("\n")


@main.command()
@PATHS
@DB
@PUBLISHED
@MAX_BYTES
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes of the local Dask cluster [default: one per core].",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Use an existing Dask scheduler (tcp://host:8786) instead of starting a local cluster.",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=32,
    show_default=True,
    help="Documents per task sent to a worker.",
)
def batch(
    paths: tuple[Path, ...],
    db_url: str | None,
    published: date | None,
    max_bytes: int,
    workers: int | None,
    scheduler: str | None,
    chunk_size: int,
) -> None:
    """Like `add`, with extraction and checking spread over a Dask cluster (local or existing).

    Documents are read and stored by this process, one transaction each; workers do the analysis. Documents
    already in the ledger are skipped before any work is sent, so an interrupted batch resumes where it stopped.
    """
    from claimledger.batch import open_client, run_batch

    result = Summary()
    total = _total(paths)
    with (
        _errors(),
        Ledger(db_url or default_url()) as ledger,
        open_client(scheduler, workers=workers) as client,
    ):
        outcomes = run_batch(
            paths, ledger, client=client, published=published, max_bytes=max_bytes, chunk_size=chunk_size
        )
        for outcome in _progress(outcomes, total, "batch"):
            result.record(outcome)
        err.print(f"ledger: {ledger.url} ({ledger.count()} documents)", highlight=False)
    _finish(result, always=True)


@main.command()
@DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on."
)
def serve(db_url: str | None, host: str, port: int) -> None:
    """Start the review app: browse, search, map and timeline, and record reviews of verdicts."""
    try:
        import uvicorn

        from claimledger.web.app import create_app
    except ImportError as exc:
        err.print(f"error: the web app needs its extras: pip install 'claimledger[web]' ({exc})")
        sys.exit(EXIT_BROKEN)
    with _errors():
        app = create_app(db_url or default_url())
    err.print(f"claimledger review app on http://{host}:{port}/ (Ctrl-C to stop)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


main.add_command(refdata)

if __name__ == "__main__":  # pragma: no cover
    main()

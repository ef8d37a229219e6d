"""``claimledger refdata``: list, import and update the reference data the checks hold claims against.

A thin layer over :mod:`claimledger.check.refdata`; the lead registers it with ``main.add_command(refdata)``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from claimledger.check import refdata as data
from claimledger.check.refdata_fetch import update as fetch_update
from claimledger.errors import ClaimLedgerError

EXIT_BROKEN = 3

out = Console(width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True, soft_wrap=True)


def _fail(error: ClaimLedgerError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False)
    sys.exit(EXIT_BROKEN)


@click.group(name="refdata")
def refdata() -> None:
    """Reference data: versions, dates covered and sources; import a newer file or fetch the daily series."""


@refdata.command(name="list")
def list_datasets() -> None:
    """Every dataset with its version, the dates it covers, its source and where it is read from."""
    table = Table(expand=True)
    for column in ("dataset", "version", "covers", "source", "licence", "from"):
        table.add_column(column, overflow="fold")
    try:
        found = data.datasets()
    except ClaimLedgerError as error:
        _fail(error)
        return
    for name, d in sorted(found.items()):
        covers = f"{d.from_} .. {d.to}" if d.from_ else "-"
        table.add_row(name, d.version, covers, d.source, d.licence, d.origin)
    out.print(table)


@refdata.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--dataset", "name", default=None, help="Dataset the file replaces [default: by its file name]."
)
def import_command(path: Path, name: str | None) -> None:
    """Validate PATH and install it over the shipped dataset (in $CLAIMLEDGER_DATA or ~/.local/share)."""
    try:
        dataset = data.import_file(path, name=name)
    except ClaimLedgerError as error:
        _fail(error)
        return
    out.print(
        f"imported {dataset.name} {dataset.version} ({dataset.from_} .. {dataset.to}) into {dataset.origin}"
    )


@refdata.command(name="update")
def update_command() -> None:
    """Fetch the General Staff and ISW-based territory series from their public sources (needs a network)."""
    try:
        found = fetch_update()
    except ClaimLedgerError as error:
        _fail(error)
        return
    for dataset in found:
        out.print(f"updated {dataset.name} {dataset.version} ({dataset.from_} .. {dataset.to})")

"""The ``kg`` command group and its global options."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kg import __version__
from kg.cli.common import Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option("--morphology-db", type=click.Path(exists=True, dir_okay=False),
              envvar="KG_MORPHOLOGY_DB",
              help="camel-tools calima-msa-r13 morphology.db (or .db.gz) to use "
                   "(env KG_MORPHOLOGY_DB). Default: where `camel_data` installs it.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, morphology_db: str | None) -> None:
    """Turn Arabic news reports into a knowledge graph of PLOVER events.

    \b
    Examples:
      kg ingest examples/articles          # into the embedded store ./kg-data
      kg stats
      kg query timeline --param actor_a=IRQ --param actor_b=USA
      kg export -o events.ttl
    """
    ctx.obj = Settings(debug)
    if morphology_db:
        # Worker processes inherit the environment, so one setting serves them all.
        os.environ["KG_MORPHOLOGY_DB"] = str(Path(morphology_db).resolve())

"""The ``kg`` command: a thin click layer over the library.

Each command parses options, calls library functions, and turns :class:`kg.errors.KgError`
into one ``Error: …`` line.  Exit codes: 0 success; 1 a fatal error (nothing or not
everything was done: store unreachable, bad query, bad option value); 2 usage error;
3 the run finished but some inputs failed (each is listed, and written to ``--errors``).
"""

from __future__ import annotations

# Importing the command modules registers their commands on the group.
from kg.cli import articles, evaluate, graph  # noqa: F401
from kg.cli.graph import format_table
from kg.cli.group import cli

__all__ = ["cli", "format_table", "main"]


def main() -> None:
    cli(prog_name="kg")

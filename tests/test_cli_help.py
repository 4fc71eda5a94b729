"""Every command explains itself: --help works and shows at least one example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli, format_table

COMMANDS = sorted(cli.commands)


def test_every_command_is_listed_in_group_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output
    assert f"kg {name}" in result.output


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "kg" in result.output


def test_bad_date_option_is_one_clear_line() -> None:
    result = CliRunner().invoke(cli, ["extract", "--published", "not-a-date", "x.txt"])
    assert result.exit_code == 2
    assert "--published" in result.output
    assert "Traceback" not in result.output


def test_bad_param_syntax_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["query", "timeline", "--param", "novalue"])
    assert result.exit_code == 2
    assert "K=V" in result.output


def test_format_table_aligns_columns_and_counts_rows() -> None:
    text = format_table([{"a": "العراق", "n": 2}, {"a": "USA", "n": 10}])
    lines = text.splitlines()
    assert lines[0].split() == ["a", "n"]
    assert lines[-1] == "(2 rows)"
    assert format_table([]) == "(no rows)"

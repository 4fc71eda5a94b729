"""``kg eval``: extraction scored against gold annotations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from kg.cli.common import RunLog, Settings, date_callback, results_of, run_guarded, stream
from kg.cli.group import cli


@cli.command(name="eval")
@click.argument("paths", nargs=-1)
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              help="Gold events (JSON Lines, one article a line; see docs).")
@click.option("--actors", type=click.Path(exists=True, dir_okay=False),
              help="Actor list for the gold ids (actors.json).")
@click.option("--sentences", type=click.Path(exists=True, dir_okay=False),
              help="Sentence-level gold (gsr format) instead of articles.")
@click.option("--type", "event_type", type=click.Choice(["ASSAULT", "PROTEST"],
              case_sensitive=False),
              help="Event type scored with --sentences (default: each record's own).")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Score only the first N sentences.")
@click.option("--published", callback=date_callback, metavar="DATE",
              help="Publication date for inputs that carry none.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Write every false positive and miss, and every matched event with a wrong or "
              "missing date or place, with its sentence, here.")
@click.pass_obj
def eval_command(settings: Settings, paths: tuple[str, ...], gold: str | None,
                 actors: str | None, sentences: str | None, event_type: str | None,
                 limit: int | None, published: dt.date | None, as_json: bool,
                 errors_path: str | None) -> None:
    """Score extraction against gold annotations: precision, recall, F1.

    \b
    Examples:
      kg eval --gold gold/seeds.jsonl --actors gold/actors.json seeds/
      kg eval --gold dev/gold.jsonl --actors dev/actors.json dev.jsonl --errors misses.txt
      kg eval --sentences gsr/assault_dev.jsonl --type ASSAULT
    """
    from kg import evaluate as ev

    def body() -> None:
        if sentences:
            report: Any = ev.evaluate_sentences(
                sentences, event_type.upper() if event_type else None, limit=limit)
        else:
            if not (gold and actors and paths):
                raise click.UsageError("give --gold, --actors and the article PATHS")
            gold_articles = ev.load_gold(gold)
            details: list[str] = []
            log = RunLog(None, False)
            # Gold files carry each article's publication date, so relative dates resolve.
            items = ev.with_gold_dates(stream(paths, published), gold_articles)
            results = list(results_of(items, log, details, 1, merge=True))
            log.report_failures(settings.debug, details)
            report = ev.evaluate(gold_articles, ev.load_actors(actors), results)
        if errors_path:
            Path(errors_path).write_text(report.format_errors(), encoding="utf-8")
        if as_json:
            click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            click.echo(report.format())

    run_guarded(body)

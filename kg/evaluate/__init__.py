"""Scoring extraction against gold annotations: articles (``articles``) and sentences."""

from kg.evaluate.articles import (
    ActorIndex,
    EvalReport,
    GoldArticle,
    GoldEvent,
    evaluate,
    load_actors,
    load_gold,
    match_events,
    normalise_name,
    with_gold_dates,
)
from kg.evaluate.sentences import SentenceReport, evaluate_sentences

__all__ = [
    "ActorIndex", "EvalReport", "GoldArticle", "GoldEvent", "SentenceReport", "evaluate",
    "evaluate_sentences", "load_actors", "load_gold", "match_events", "normalise_name",
    "with_gold_dates",
]

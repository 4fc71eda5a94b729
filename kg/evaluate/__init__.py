"""Scoring extraction against gold annotations: articles (``articles``, gold in ``gold``) and
sentences (``sentences``)."""

from kg.evaluate.articles import EvalReport, evaluate, match_events
from kg.evaluate.gold import (
    ActorIndex,
    GoldArticle,
    GoldEvent,
    load_actors,
    load_gold,
    normalise_name,
    with_gold_dates,
)
from kg.evaluate.sentences import SentenceReport, evaluate_sentences

__all__ = [
    "ActorIndex", "EvalReport", "GoldArticle", "GoldEvent", "SentenceReport", "evaluate",
    "evaluate_sentences", "load_actors", "load_gold", "match_events", "normalise_name",
    "with_gold_dates",
]

"""Sentence-level detection scores on the OEDA gold-standard format (``gsr``).

A sentence is positive when extraction emits a non-negated event of the type; ``yes`` is a
positive label, ``easy no``/``difficult no`` negative, ``ambiguous`` left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import EvalError
from kg.evaluate.articles import Counts
from kg.evaluate.gold import read_jsonl
from kg.model import PLOVER_TYPES, Article, Event

SENTENCE_LABELS = ("yes", "easy no", "difficult no", "ambiguous")


@dataclass
class SentenceItem:
    id: str
    label: str
    text: str


@dataclass
class SentenceReport:
    event_type: str
    counts: Counts = field(default_factory=Counts)
    true_negatives: int = 0
    by_label: dict[str, Counter[str]] = field(default_factory=dict)  # label -> {n, fired}
    false_positives: list[SentenceItem] = field(default_factory=list)
    false_negatives: list[SentenceItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, **self.counts.to_dict(),
                "tn": self.true_negatives,
                "by_label": {k: dict(v) for k, v in self.by_label.items()},
                "false_positives": [vars(i) for i in self.false_positives],
                "false_negatives": [vars(i) for i in self.false_negatives]}

    def format(self) -> str:
        lines = [f"{'label':<13} {'n':>5} {'fired':>6}"]
        for label in SENTENCE_LABELS:
            c = self.by_label.get(label, Counter())
            note = "  (ignored)" if label == "ambiguous" else ""
            lines.append(f"{label:<13} {c['n']:>5} {c['fired']:>6}{note}")
        t = self.counts
        lines.append(f"{self.event_type:<8}P={t.precision:.2f} R={t.recall:.2f} F1={t.f1:.2f}"
                     f"  (tp={t.tp} fp={t.fp} fn={t.fn} tn={self.true_negatives})")
        return "\n".join(lines)

    def format_errors(self) -> str:
        """One line per false positive (with its label), then per missed ``yes``."""
        return "\n".join(
            [f"FP  {i.id} [{i.label}]  {i.text}" for i in self.false_positives]
            + [f"MISS {i.id}  {i.text}" for i in self.false_negatives])


def _pipeline_events(text: str) -> list[Event]:
    from kg.pipeline import process_article  # the analyser is heavy: import when needed

    return process_article(Article(id="sentence", text=text, source="<sentence>"),
                           strip_boilerplate=False).events


def evaluate_sentences(path: str | Path, event_type: str | None = None,
                       extract_fn: Callable[[str], list[Event]] | None = None,
                       limit: int | None = None) -> SentenceReport:
    """Sentence-level detection on a gsr-format JSONL file.

    ``event_type`` defaults to the file's own ``event_type``; ``limit`` scores only the
    first sentences (ambiguous ones included in the count).
    """
    extract_fn = extract_fn or _pipeline_events
    report: SentenceReport | None = None
    for scored, (number, record) in enumerate(read_jsonl(path)):
        if limit is not None and scored >= limit:
            break
        label, text = record.get("label"), record.get("text")
        if label not in SENTENCE_LABELS or not isinstance(text, str):
            raise EvalError(f"{path}:{number}: needs 'text' and a 'label' in {SENTENCE_LABELS}")
        wanted = event_type or record.get("event_type")
        if wanted not in PLOVER_TYPES:
            raise EvalError(f"{path}:{number}: give an event type (one of PLOVER's)")
        report = report or SentenceReport(wanted)
        _score_sentence(report, SentenceItem(str(record.get("id", number)), label, text),
                        extract_fn)
    if report is None:
        raise EvalError(f"{path}: no sentences")
    return report


def _score_sentence(report: SentenceReport, item: SentenceItem,
                    extract_fn: Callable[[str], list[Event]]) -> None:
    fired = any(e.type == report.event_type and not e.negated for e in extract_fn(item.text))
    report.by_label.setdefault(item.label, Counter()).update(n=1, fired=int(fired))
    if item.label == "ambiguous":
        return
    positive = item.label == "yes"
    if fired and positive:
        report.counts.tp += 1
    elif fired:
        report.counts.fp += 1
        report.false_positives.append(item)
    elif positive:
        report.counts.fn += 1
        report.false_negatives.append(item)
    else:
        report.true_negatives += 1

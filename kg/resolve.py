"""Resolve stage: "the two sides" to the parties of the previous two-party event, and one
event said twice in an article (headline and body, two quotes) to one with all evidence."""

from __future__ import annotations

from kg.analyse import PAIR_ID, Document
from kg.model import Event


def resolve(events: list[Event], doc: Document) -> list[Event]:
    """In-article resolution; returns the events in text order, duplicates merged."""
    return _merge_duplicates(_pairs(events))


def _pairs(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    last_pair: tuple | None = None
    for event in events:
        if event.source is not None and event.source.id == PAIR_ID:
            if last_pair is None:
                continue  # nobody to refer to: drop rather than invent
            pair_mention = event.source_mentions
            event.source, event.target = last_pair
            event.target_mentions = list(pair_mention)
            event.symmetric = True
        elif event.target is not None and event.target.id == PAIR_ID:
            event.target = None
            event.target_mentions = []
        if event.source is not None and event.target is not None:
            last_pair = (event.source, event.target)
        out.append(event)
    return out


def _key(event: Event) -> tuple:
    source = event.source.id if event.source else "-"
    target = event.target.id if event.target else "-"
    if event.symmetric:
        source, target = sorted((source, target))
    return event.type, source, target, event.negated


def _merge_duplicates(events: list[Event]) -> list[Event]:
    kept: dict[tuple, Event] = {}
    for event in events:
        key = _key(event)
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        first.evidence.extend(event.evidence)
        first.confidence = max(first.confidence, event.confidence)
        for attr in ("date", "date_granularity", "place", "topic", "mode"):
            if getattr(first, attr) is None:
                setattr(first, attr, getattr(event, attr))
    return list(kept.values())

"""Cross-report identity: which extracted events are the same real-world event.

An event's id is a pure function of the event, so the graph does not depend on the order
in which reports are ingested and re-ingesting never duplicates.  Two reports describe the
same event when they agree on the *merge keys*: type, the actor pair (unordered for
symmetric types), and the month of a date the text fixes to the day or the month.  The day
itself is not a key: reports of one strike often differ by a day (local vs. UTC, "yesterday"
written after midnight) and those disagreements are kept per report on ``REPORTED_IN``.

Undated events, and events whose date is only a year, are never merged: without a date
"the US and Iraq agreed" in two reports may be two different agreements.
"""

from __future__ import annotations

import hashlib

from kg.model import Event

MERGE_KEYS = ("type", "actors", "month")


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def actor_pair(event: Event) -> tuple[str, str]:
    """Source and target ids; sorted when direction carries no meaning."""
    source = event.source.id if event.source else "-"
    target = event.target.id if event.target else "-"
    if event.symmetric:
        source, target = sorted((source, target))
    return source, target


def merge_key(event: Event) -> str | None:
    """The key shared by reports of one real-world event, or None if it must not merge."""
    if not event.date or event.date_granularity not in ("day", "month"):
        return None
    if event.source is None:
        return None
    source, target = actor_pair(event)
    return "|".join((event.type, source, target, event.date[:7]))


def event_id(event: Event, *, merge: bool = True) -> str:
    """A stable id: the merge key's digest when mergeable, else scoped to the report."""
    key = merge_key(event) if merge else None
    if key is not None:
        return "ev-" + _digest(key)
    source, target = actor_pair(event)
    return "ev-" + _digest(event.article_id, event.type, source, target,
                           str(event.span[0]), str(event.span[1]))


def explain(event: Event) -> str:
    """Why an event has the id it has, in words (shown by ``kg query`` and the notebook)."""
    key = merge_key(event)
    if key is None:
        return "not mergeable (no day/month date or no source): one report only"
    return "merged on " + ", ".join(f"{k}={v}" for k, v in zip(MERGE_KEYS, (
        event.type, "/".join(actor_pair(event)), (event.date or "")[:7])))


def assign_ids(events: list[Event], *, merge: bool = True) -> list[Event]:
    """Set ``event.id`` on every event (in place) and return the list."""
    for event in events:
        event.id = event_id(event, merge=merge)
    return events

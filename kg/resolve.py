"""Resolve stage: "the two sides" to the parties of the previous two-party event, the
parties the article gives (``kg.resolve_context``: protesters of a street protest, default
parties from ``data/adversaries.tsv``, the doer of an arrest a protest is against), and
one event said twice in an article (headline and body, two quotes, a person and their
state) to one with all evidence."""

from __future__ import annotations

from kg import gazetteer
from kg.analyse import PAIR_ID, Document
from kg.extract.common import JOINT_TYPES
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.normalize import normalize
from kg.model import Actor, Event, Place
from kg.resolve_context import infer_parties, place_country

# What an actor says: two such events of one pair are two unless they say the same thing.
_STATEMENTS = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                         "CONCEDE"})


def resolve(events: list[Event], doc: Document) -> list[Event]:
    """In-article resolution; returns the events in text order, duplicates merged."""
    events = _pairs(events, doc)
    infer_parties(events, doc)
    return _absorb_bare(_merge_duplicates(events, doc))


def _absorb_bare(events: list[Event]) -> list[Event]:
    """أعلن مصدر مقتل 35 مدنيا خلال قصف جوي للقوات العراقية: an event of a type told with
    neither doer nor victim, in a sentence where another word of that type names one, is
    that event (the killing the strike caused); its evidence joins it."""
    out: list[Event] = []
    for event in events:
        host = None if event.source or event.target else next(
            (other for other in events if other.type == event.type and (
                other.source or other.target) and any(
                e.sentence_index == event.sentence_index for e in other.evidence)), None)
        if host is None:
            out.append(event)
        else:
            host.evidence.extend(event.evidence)
    return out


def _pairs(events: list[Event], doc: Document) -> list[Event]:
    out: list[Event] = []
    last_pair: tuple[Actor, Actor] | None = None
    for event in events:
        if event.source is not None and event.source.id == PAIR_ID:
            if last_pair is None:
                continue  # nobody to refer to: drop rather than invent
            pair_mention = event.source_mentions
            first, second = _level(last_pair, pair_mention, doc)
            event.source, event.source_mentions = first, list(pair_mention)
            if event.type in JOINT_TYPES:
                event.target, event.target_mentions = second, list(pair_mention)
                event.symmetric = True  # the two sides met, agreed, cooperated
            elif event.target is None:
                continue  # "أشاد الجانبان بالقدرات": a joint remark about no one
            # else both sides did it to a third (أدان الجانبان هجمات داعش): the first stands
        elif event.target is not None and event.target.id == PAIR_ID:
            event.target = None
            event.target_mentions = []
        if event.symmetric and event.source is not None and event.target is not None:
            last_pair = (event.source, event.target)  # the two sides of an interaction
        out.append(event)
    return out


def _level(pair: tuple[Actor, Actor], mentions: list[str], doc: Document
           ) -> tuple[Actor, Actor]:
    """الجانبان، البلدان، الوفدان speak of the two states; المتحدثان، الوزيران of the two
    people.  Falls back to the parties as they are when a state is unknown."""
    words = {normalize(w) for m in mentions for w in m.split()}
    if words & cue_words("pair:person"):
        return pair
    states = (_state(pair[0], doc), _state(pair[1], doc))
    if states[0] is None or states[1] is None or states[0].id == states[1].id:
        return pair
    return states[0], states[1]


def _state(actor: Actor, doc: Document) -> Actor | None:
    if actor.kind == "state":
        return actor
    if actor.kind != "person" or actor.country is None:
        return None
    return doc.actors.get(actor.country) or gazetteer.actor(actor.country)


def _key(event: Event, country: bool = False) -> tuple:
    source = _id(event.source, country)
    target = _id(event.target, country)
    if event.symmetric:
        source, target = sorted((source, target))
    return event.type, source, target, event.negated


def _id(actor: Actor | None, country: bool) -> str:
    if actor is None:
        return "-"
    if country and actor.kind == "person" and actor.country:
        return actor.country
    return actor.id


def _merge_duplicates(events: list[Event], doc: Document) -> list[Event]:
    """One event per (type, source, target) and per thing said; an event between two
    states that repeats one between their people (the two ministers met; the two sides
    discussed) joins it."""
    kept: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    for event in events:
        candidates = by_key.get(_key(event), []) + by_key.get(_key(event, True), []) + [
            e for e in kept if _untargeted_twin(e, event, doc) or _unsourced_twin(e, event, doc)]
        first = next((e for e in candidates if _same(e, event, doc)), None)
        if first is None:
            kept.append(event)
            by_key.setdefault(_key(event), []).append(event)
            by_key.setdefault(_key(event, True), []).append(event)
            continue
        first.evidence.extend(event.evidence)
        first.confidence = max(first.confidence, event.confidence)
        if _sharper(first.target, event.target):
            first.target, first.target_mentions = event.target, event.target_mentions
        if _sharper(first.source, event.source):
            first.source, first.source_mentions = event.source, event.source_mentions
        if _inside(event.place, first.place):
            first.place, first.place_mentions = event.place, event.place_mentions
        for attr in ("date", "date_granularity", "place", "topic", "mode"):
            if getattr(first, attr) is None:
                setattr(first, attr, getattr(event, attr))
    return kept


def _sharper(kept: Actor | None, other: Actor | None) -> bool:
    """Whether a repeat names a party more sharply than the event kept: a party where the
    kept one names none, or the person where it names their state ("اعتقلت إيران رجل دين
    عراقيا" then "اعتقلت السلطات الإيرانية حسين الشيرازي": the cleric, not Iraq)."""
    if other is None:
        return False
    return kept is None or kept.kind == "state" and other.kind == "person" and \
        other.country == kept.id


def _inside(inner: Place | None, outer: Place | None) -> bool:
    """True when ``inner`` is a place within ``outer``, its country or its province (the
    city a later mention gives for a strike first placed "in Iraq" or "in Anbar"): the
    more specific place is kept."""
    if inner is None or outer is None:
        return False
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.id
    return gazetteer.inside(inner.id, outer.id)


def _untargeted_twin(first: Event, event: Event, doc: Document) -> bool:
    """شن X ضربات … غارة على Y: one type, one source, one of the two names no target, and
    both in one sentence or one in the headline (which sums up the body's main event) —
    the same event told with and without its target."""
    together = first.sentence_index == event.sentence_index or any(
        doc.sentences[e.sentence_index].headline for e in (first, event))
    return together and first.type == event.type and (
        first.target is None or event.target is None) and _id(first.source, False) == _id(
        event.source, False) and first.source is not None


def _unsourced_twin(first: Event, event: Event, doc: Document) -> bool:
    """"ضربات لمواقع داعش" in the headline, "شن التحالف غارات على داعش" in the body, or
    "هجوم انتحاري استهدف X" in one sentence: an event that names no doer is the event of
    that type and target told with its doer (same sentence, or one is the headline)."""
    if first.target is None or event.target is None or first.target.id != event.target.id:
        return False
    together = first.sentence_index == event.sentence_index or any(
        doc.sentences[e.sentence_index].headline for e in (first, event))
    return together and first.type == event.type and (first.source is None) != (
        event.source is None)


def _same(first: Event, event: Event, doc: Document) -> bool:
    """Whether two events of one key are one: a meeting or a strike told twice is one, but
    two statements of one pair in two sentences are two unless they use the same word
    (يؤكدان التزامهما in the headline, أكد الجانبان التزامهما in the body); any two told
    of different occasions are two."""
    if event.sentence_index == first.sentence_index:
        return True
    if _other_occasion(first, event):
        return False
    return event.type not in _STATEMENTS or not _lemmas(first, doc).isdisjoint(
        _lemmas(event, doc))


def _other_occasion(first: Event, event: Event) -> bool:
    """Two sentences that date or place one kind of event differently tell of two occasions
    (a strike in Jordan last week, strikes in Iraq since October): a place in another
    country, or a date that neither contains (2024-01 contains 2024-01-28).  Mentions that
    name no actor (a strike, a killing) are kept together: too vague to be told apart."""
    if first.source is None or event.source is None:
        return False
    dates = (first.date, event.date)
    if dates[0] and dates[1] and not (dates[0].startswith(dates[1]) or
                                      dates[1].startswith(dates[0])):
        return True
    countries = (place_country(first.place), place_country(event.place))
    return None not in countries and countries[0] != countries[1]


def _lemmas(event: Event, doc: Document) -> frozenset[str]:
    trigger = event.evidence[0].trigger if event.evidence else None
    if not trigger:
        return frozenset()
    word = trigger.split()[0]
    tokens = doc.sentences[event.sentence_index].tokens
    return frozenset(lemma for t in tokens if t.text == word
                     for lemma in t.lemmas if "/" not in lemma)

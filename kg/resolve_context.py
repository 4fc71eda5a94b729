"""Resolve, document level: the parties an event's clause leaves unsaid and the article
gives.

- A street protest told with no actor, in a known country, is held by its protesters.
- A declared adversary (``data/adversaries.tsv``) fills a missing party: the target of a
  coalition strike that names none is the Islamic State (``fills`` = target); the doer of
  an attack on the Islamic State that names none is the side fighting it that the
  sentence names or that speaks it, and an Iraqi killed in the battles to liberate land
  from it was killed by it (``fills`` = source).
- A protest against an arrest or a killing is aimed at whoever the article says made it.
- "His visit" (زيارته) told after another clause's subject is the visit of the person
  named last before it.
These infer rather than read, so each needs the cues its row or construction gives; a
stated party always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import gazetteer
from kg.analyse import Document, EntityMention
from kg.extract.common import clitic_prep, has_lemma, stripped
from kg.extract.phrases import his
from kg.extract.speakers import speakers
from kg.lang.ar.lexicon import cue_words, triggers
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token
from kg.model import Actor, Event, Place

_STATE = "@state"  # the state the row's other party belongs to
# Events aimed at another event (احتجاجات على اعتقال X) and the events they may be aimed at
_AGAINST_EVENTS = frozenset({"PROTEST"})
_DONE_TO = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def infer_parties(events: list[Event], doc: Document) -> None:
    """Fill the parties the article gives (in place); run before duplicates merge."""
    for event in events:
        _crowd(event)
        if event.type in _AGAINST_EVENTS:
            _against_event(event, events, doc)
    said: list[EntityMention | None] | None = None
    for event in events:
        if event.source is None and event.target is not None:
            said = said if said is not None else speakers(doc)
            _default_source(event, doc, said[event.sentence_index])
        elif not any(_told_with_target(other, event) for other in events):
            _default_target(event, doc)
    for event in events:
        if event.source is not None and event.evidence:
            _possessor(event, doc)


def _against_event(event: Event, events: list[Event], doc: Document) -> None:
    """"احتجاجات على اعتقال X"، "مظاهرة ضد اعتقال X"، "تنديدا بمقتل X": a protest against
    an arrest or a killing is aimed at whoever made it, not at its victim, so the target
    is the doer of the article's event of that kind on X (اعتقلت السلطات الإيرانية X →
    Iran); left as it is when the article names no doer."""
    sentence = doc.sentences[event.sentence_index]
    for m in sentence.actors:
        if m.start == 0 or m.locative or event.target is not None and \
                m.entity_id != event.target.id:
            continue
        done = _done_to(sentence.tokens[m.start - 1])
        if not done or not _protested(sentence.tokens, m.start - 1):
            continue
        doer = next((e.source for e in events if e.type in done and e.source is not None
                     and e.target is not None and e.target.id == m.entity_id
                     and e.source.id != m.entity_id), None)
        if doer is not None and doer.id != _id(event.source):
            event.target, event.target_mentions = doer, []
            return


def _protested(tokens: list[Token], k: int) -> bool:
    """The noun at ``k`` is what a protest is against: after على or ضد, or with ب after
    تنديدا / استنكارا."""
    before = tokens[k - 1].norm if k > 0 else ""
    return before in cue_words("protested") or before in cue_words("protested:b") and \
        clitic_prep(tokens[k])


def _done_to(token: Token) -> frozenset[str]:
    """The types of the material events a noun states of the one named after it
    (اعتقال X: X is arrested; مقتل X: X is killed)."""
    found = {trigger.type for lemma in token.lemmas for trigger in triggers().get(lemma, ())
             if len(trigger.words) == 1 and trigger.pos != "v" and trigger.genitive == "target"
             and trigger.type in _DONE_TO}
    return frozenset(found)


def _possessor(event: Event, doc: Document) -> None:
    """"وآخر تلك المواقف كان زيارته إلى السعودية": an event noun with the pronoun ـه is done
    by the one the pronoun refers to (his visit), whoever the clause's subject is; when the
    nearest actor named before the noun is a person, that person is its doer."""
    trigger = event.evidence[0].trigger
    sentence = doc.sentences[event.sentence_index]
    k = next((i for i, t in enumerate(sentence.tokens) if trigger and t.text == trigger), None)
    if k is None or not his(sentence.tokens[k]) or _genitive(sentence.tokens[k], event.type
                                                               ) != "source":
        return
    tokens = sentence.tokens
    if any(m.entity_id == _id(event.source) and m.end <= k and not any(
            _verb(t) for t in tokens[m.end:k]) for m in sentence.actors):
        return  # أعلن التيار بزعامة X رفضه: the subject of the noun's own verb is meant
    before = [m for m in sentence.actors if m.end <= k and not m.locative]
    if not before or any(_verb(t) and not has_lemma(t, "كان") for t in tokens[
            before[-1].end:k]):
        return  # حيث أكد خلال زيارته: the unsaid subject of a verb between is meant
    nearest = doc.actors.get(before[-1].entity_id)
    if nearest is not None and nearest.kind == "person" and nearest.id != _id(event.source):
        event.source, event.source_mentions = nearest, [before[-1].text]


def _verb(token: Token) -> bool:
    """Read only as a verb (تلك, also read as a verb, is a demonstrative)."""
    return bool(token.pos) and token.pos <= {"verb", "verb_pseudo"}


def _genitive(token: Token, type_: str) -> str | None:
    """The role a noun trigger of this type gives the one named after it (or its ـه)."""
    return next((trigger.genitive for lemma in token.lemmas
                 for trigger in triggers().get(lemma, ())
                 if trigger.type == type_ and len(trigger.words) == 1 and trigger.pos != "v"),
                None)


def _crowd(event: Event) -> None:
    """"شهدت البصرة مظاهرات": a street protest told with no actor, in a known country, is
    held by that country's protesters."""
    if event.type != "PROTEST" or event.source is not None or event.place is None:
        return
    country = place_country(event.place)
    if country is not None:
        event.source = gazetteer.collective("protesters", country)


def place_country(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.id if place.kind == "country" else place.country


def _told_with_target(other: Event, event: Event) -> bool:
    """"خرج المتظاهرون في مسيرة مناهضة لـY": the sentence names the target with another
    word of the same event."""
    return other is not event and other.sentence_index == event.sentence_index and \
        other.type == event.type and other.target is not None and \
        _id(other.source) == _id(event.source)


def _id(actor: Actor | None) -> str:
    return "-" if actor is None else actor.id


@dataclass(frozen=True)
class _Adversary:
    """One row of ``data/adversaries.tsv`` (the file's header explains the columns)."""

    actor: str
    types: frozenset[str]
    target: str
    sentence: frozenset[str]
    article: str | None
    fills: frozenset[str]


@lru_cache(maxsize=1)
def _adversaries() -> tuple[_Adversary, ...]:
    text = resources.files("kg.lang.ar").joinpath("data/adversaries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple(_Adversary(actor, frozenset(types.split(",")), target,
                            frozenset() if words == "-" else frozenset(
                                normalize(w) for w in words.split("|")),
                            None if article == "-" else article, frozenset(fills.split(",")))
                 for actor, types, target, words, article, fills in rows)


def _default_target(event: Event, doc: Document) -> None:
    """An event with no stated target takes its actor's declared adversary (a coalition
    strike hits the Islamic State; protesters address their own government) when the
    sentence and the article carry the row's cues."""
    if event.target is not None or event.source is None:
        return
    for row in _adversaries():
        if "target" not in row.fills or event.type not in row.types or not _is(
                event.source, row.actor):
            continue
        target = _party(row.target, event.source, doc)
        if target is not None and target.id != event.source.id and _cued(row, event, doc):
            event.target = target
            return


def _default_source(event: Event, doc: Document, speaker: EntityMention | None) -> None:
    """An attack on a declared adversary that names no doer was done by the side fighting
    it: "قتل العشرات من عناصر التنظيم في عمليات تطهير الرمادي، مؤكدا أن القوات العراقية
    تتقدم" (Iraqi forces), "قتل قائد في الحشد خلال عمليات تحرير المدينة" (the Islamic
    State, which the article names).  The doer must be the one side the sentence names
    (or that speaks it), unless the row asks only that the article name it; two sides
    named leave the doer open."""
    assert event.target is not None
    named = _named(doc, event, speaker)
    found: set[str] = set()
    for row in _adversaries():
        if "source" not in row.fills or event.type not in row.types or not _belongs(
                event.target, row.target, row.actor):
            continue
        source = _party(row.actor, event.target, doc)
        if source is None or source.id == event.target.id:
            continue
        if row.actor == _STATE:  # unless the sentence names another state's forces
            told = not any(_state(entity) for entity in named - {source.id})
        else:
            told = row.actor == row.article or source.id in named
        if told and _cued(row, event, doc):
            found.add(source.id)
        elif source.id in named:
            return  # a side the sentence names whose cues fail: leave the doer open
    if len(found) == 1:
        entity = found.pop()
        event.source = doc.actors.get(entity) or gazetteer.actor(entity)


def _named(doc: Document, event: Event, speaker: EntityMention | None) -> set[str]:
    """Actors the event's sentence names as participants (not places, not the target)
    and its speaker."""
    sentence = doc.sentences[event.sentence_index]
    named = {m.entity_id for m in sentence.actors if not m.locative}
    if speaker is not None:
        named.add(speaker.entity_id)
    named.discard(_id(event.target))
    return named


def _state(entity_id: str) -> bool:
    actor = gazetteer.actor(entity_id)
    return actor is not None and actor.kind == "state"


def _is(actor: Actor, row_actor: str) -> bool:
    """The actor itself, or one country's instance of a generic group (iraqi-protesters)."""
    generic = actor.kind == "group" and actor.id.endswith("-" + row_actor)
    return actor.id == row_actor or generic


def _belongs(actor: Actor, side: str, enemy: str) -> bool:
    """The actor is the side, a country's instance of a generic group, or one of the
    state's bodies and people (an Iraqi commander belongs to Iraq's side) — but not its
    generic groups (gunmen, a suicide bomber) nor a person whose gazetteer role puts them
    in the enemy's ranks (the Iraqi-born leader of ISIS)."""
    if _is(actor, side):
        return True
    if actor.kind in ("state", "group") or actor.country != side:
        return False
    return actor.kind != "person" or enemy.replace("-", " ") not in (actor.role or "").lower()


def _party(row_party: str, other: Actor, doc: Document) -> Actor | None:
    """The actor a row names; @state is the state the other party belongs to."""
    if row_party != _STATE:
        return doc.actors.get(row_party) or gazetteer.actor(row_party)
    if other.country is None:
        return None
    return doc.actors.get(other.country) or gazetteer.actor(other.country)


def _cued(row: _Adversary, event: Event, doc: Document) -> bool:
    if row.article is not None and not any(m.entity_id == row.article
                                           for s in doc.sentences for m in s.actors):
        return False
    if not row.sentence:
        return True
    tokens = doc.sentences[event.sentence_index].tokens
    return any(t.norm in row.sentence or stripped(t.norm) in row.sentence for t in tokens)

"""Extract stage: triggers, then arguments, modality and attributes for each.

``triggers`` finds the words that state events, ``arguments`` fills source and target,
``factuality`` decides whether the event is asserted (negation, future, hypothetical),
``attributes`` attaches topic, place and date.  Each is a module with one job.
"""

from __future__ import annotations

from kg import gazetteer
from kg.analyse import PAIR_ID, Document, EntityMention, Sentence
from kg.extract.arguments import arguments, joint
from kg.extract.attributes import date_of, place, topic
from kg.extract.clauses import OWN_SIDE
from kg.extract.factuality import assess
from kg.extract.speakers import speakers
from kg.extract.triggers import REPRESSION, Hit, find_hits, protest_object
from kg.model import Actor, Event, Evidence

# What an event announced for the future is in PLOVER: a withdrawal not yet made is a
# concession; a meeting or aid that is promised, not yet held or given, is an agreement.
PROMISED = {"RETREAT": "CONCEDE", "CONSULT": "AGREE", "AID": "AGREE"}


def extract(doc: Document) -> list[Event]:
    """Events stated in the document, in text order (one per trigger with a source)."""
    events: list[Event] = []
    for sentence, speaker in zip(doc.sentences, speakers(doc)):
        hits = find_hits(sentence)
        for hit in hits:
            event = _event(doc, sentence, hit, speaker)
            if event is not None:
                events.append(event)
    return events


def _event(doc: Document, sentence: Sentence, hit: Hit, speaker: EntityMention | None
           ) -> Event | None:
    source, target = arguments(sentence, hit, speaker)
    if source is None and not hit.actorless:  # material events may name no actor
        return None
    if target is not None and source is not None and target.entity_id == source.entity_id:
        target = None
    modality = assess(sentence, hit)
    if not modality.asserted:
        return None
    type_, mode = hit.type, hit.trigger.mode
    if modality.future:
        type_ = PROMISED.get(type_, type_)
    start, end = doc.original_span(sentence)
    text = doc.original_text(sentence)
    trigger_text = doc.cleaned.text[sentence.tokens[hit.start].start:
                                    sentence.tokens[hit.end - 1].end]
    where = place(doc, sentence, hit)
    date, granularity = date_of(doc, sentence, hit)
    slots = (source is not speaker) + (target is not None)
    victim = _actor(doc, target) or _protesters(doc, sentence, hit, where)
    return Event(
        id="", type=type_, mode=mode, source=_actor(doc, source), target=victim,
        topic=topic(sentence, hit), date=date, date_granularity=granularity,
        place=doc.places.get(where.entity_id) if where else None,
        negated=modality.negated, future=modality.future,
        hypothetical=modality.hypothetical,
        symmetric=(hit.trigger.symmetric or joint(sentence, source, target))
        and target is not None,
        confidence=0.4 + 0.2 * slots + 0.1 * hit.verbal,
        article_id=doc.cleaned.article.id, sentence=text, span=(start, end),
        sentence_index=sentence.index,
        source_mentions=[source.text] if source else [],
        target_mentions=[target.text] if target else [],
        place_mentions=[where.text] if where else [],
        evidence=[Evidence(doc.cleaned.article.id, text, start, end, sentence.index,
                           trigger_text, date, granularity)],
    )


def _protesters(doc: Document, sentence: Sentence, hit: Hit, where: EntityMention | None
                ) -> Actor | None:
    """Force used on a protest, a sit-in broken up (استخدام القوة ضد المظاهرات، إزالة
    خيام الاعتصام، فض الاعتصام) is done to the protesters, of the place's country."""
    if hit.type not in REPRESSION or not protest_object(sentence.tokens, hit):
        return None
    country = None
    if where is not None and (spot := doc.places.get(where.entity_id)) is not None:
        country = spot.id if spot.kind == "country" else spot.country
    return gazetteer.collective("protesters", country)


def _actor(doc: Document, mention: EntityMention | None) -> Actor | None:
    if mention is None:
        return None
    if mention.entity_id == PAIR_ID:
        return Actor(PAIR_ID, mention.text, "group")
    actor = doc.actors.get(mention.entity_id)
    if mention.via == OWN_SIDE and actor is not None and actor.kind == "person" and actor.country:
        return doc.actors.get(actor.country) or gazetteer.actor(actor.country) or actor
    return actor

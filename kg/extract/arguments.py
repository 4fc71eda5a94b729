"""Who did it to whom: source and target of a trigger, by Arabic news construction.

VSO/SVO with the actor nearest the verb, passives and "من قبل X", "بين X و Y", "مع Y",
"تلقى X اتصالا من Y", "استقبل X Y", headline "X: …" and reporting verbs "قال X إن …"
whose speaker is the source of the events in the clause they report.
"""

from __future__ import annotations

from kg.analyse import PAIR_ID, EntityMention, Sentence
from kg.extract.common import PREPS, has_lemma, is_reporting, is_verb, stripped
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cue_words, cues
from kg.lang.ar.tokenize import Token

_SUBJECT_WINDOW = 6  # tokens between a verb and its postposed subject
_OBJECT_WINDOW = 12
_LIGHT_WINDOW = 20  # a light verb's subject may stand between it and its noun
# Noun triggers of these types state an event when they name a participant (هجوم داعش);
# verbal-cooperation nouns (دعم، التزام، تعاون) need a light verb (أكد التزامه، أعرب عن دعمه).
_MATERIAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION", "RETREAT", "MOBILIZE"})


def speaker_of(sentence: Sentence, previous: EntityMention | None) -> EntityMention | None:
    """Who speaks this sentence: a headline "X: …", a reporting verb's subject, or the
    previous speaker when the sentence continues a quote (وأضاف، وتابع)."""
    tokens = sentence.tokens
    colon = next((k for k, t in enumerate(tokens[:10]) if t.text == ":"), None)
    if colon is not None:
        before = [m for m in sentence.actors if m.end <= colon and m.entity_id != PAIR_ID]
        if before:
            return before[0]
    for k, token in enumerate(tokens[:_SUBJECT_WINDOW]):
        if is_reporting(token):
            subject = _subject_after(sentence, k + 1)
            if subject is not None:
                return subject
            return previous if k <= 1 else None
    return None


def _subject_after(sentence: Sentence, k: int) -> EntityMention | None:
    for m in sentence.actors:
        if m.start >= k and m.start - k <= _SUBJECT_WINDOW and not m.locative:
            between = sentence.tokens[k:m.start]
            if any(t.norm in PREPS or is_reporting(t) for t in between):
                return None
            return m
    return None


def arguments(sentence: Sentence, hit: Hit, speaker: EntityMention | None
               ) -> tuple[EntityMention | None, EntityMention | None]:
    actors = _heads(sentence.tokens, [
        m for m in sentence.actors
        if not m.locative or hit.trigger.mode == "visit" and m.start > hit.start])
    # Words of a multi-word trigger may surround the subject (شدد الوزير على ضرورة).
    after = [m for m in actors if m.start > hit.start]
    before = [m for m in actors if m.end <= hit.start]
    tokens = sentence.tokens
    between = _between(tokens, after, hit.start + 1)
    if between is not None:
        return between
    host = _host_before(tokens, before, hit)
    if host is not None:  # تلقى X اتصالا من Y / استقبل X … Y
        return _first_after_word(tokens, after, "من") or _next(after, host), host
    agent = _agent(tokens, after)
    if hit.verbal and (agent is not None or _passive(tokens[hit.start])):
        patient = next((m for m in after if m is not agent), None)
        return agent or _speaker_or_before(before, speaker), patient
    if hit.verbal:
        return _verbal(tokens, hit, before, after, speaker)
    return _nominal(tokens, hit, before, after, speaker)


def _verbal(tokens: list[Token], hit: Hit, before: list[EntityMention],
            after: list[EntityMention], speaker: EntityMention | None
            ) -> tuple[EntityMention | None, EntityMention | None]:
    """Subject and object of a verb: VSO (subject right after the verb) unless an actor
    stands right before it (SVO headline style) or the verb is first person (the speaker)."""
    adjacent = before[-1] if before and before[-1].end == hit.start else None
    subject = None if adjacent or _first_person(tokens[hit.start]) else _postposed(
        tokens, after, hit.start + 1)
    if subject is None:
        subject = adjacent or (speaker if _first_person(tokens[hit.start]) else None) \
            or _nearest(before) or speaker
        target = _target_after(tokens, after, hit.end)
        if hit.trigger.symmetric and len(before) > 1 and _coordinated(
                tokens, before, before[-2]) is before[-1]:
            subject, target = before[-2], before[-1]  # X و Y اتفقا
    else:
        target = _coordinated(tokens, after, subject) if hit.trigger.symmetric else None
        target = target or _comitative(tokens, after) or _target_after(
            tokens, [m for m in after if m.start >= subject.end], max(subject.end, hit.end))
    if hit.trigger.mode == "visit" and hit.type == "CONSULT" and has_lemma(
            tokens[hit.start], "استقبل"):
        return target, subject  # استقبل X Y: Y visits, X hosts
    return subject, target


def _first_person(token: Token) -> bool:
    return token.first_person


def _passive(token: Token) -> bool:
    # camel-tools offers active and passive readings of undiacritised verbs; a written
    # damma on the first letters (استُهدف، قُتل) settles it.
    return token.passive or "\u064f" in token.text[:4]


def _nominal(tokens: list[Token], hit: Hit, before: list[EntityMention],
             after: list[EntityMention], speaker: EntityMention | None
             ) -> tuple[EntityMention | None, EntityMention | None]:
    """Arguments of a noun trigger.  A noun states an event only when it is the object of
    a light verb (عقد اجتماعا، شن غارات) or names its participants (هجوم داعش، الضربات
    الأمريكية، محادثات بين X و Y، اجتماع مع Y); otherwise it is a topic, not an event."""
    light = _light_verb(tokens, hit)
    genitive = _genitive(tokens, after, hit.end)
    agent = _agent(tokens, after)
    adjective = _adjective(after, hit.end)
    comitative = _comitative(tokens, after)
    named = genitive or agent or adjective
    if light is None and (_clitic_prep(tokens[hit.start]) or hit.type not in _MATERIAL
                          or not named):
        return None, None
    if light is not None:
        subject = _postposed(tokens, [m for m in before if m.start > light], light + 1)
        source = agent or subject or _nearest(before) or speaker
        if genitive is not None and hit.trigger.genitive == "source" and subject is None:
            source = genitive
            genitive = None
    elif genitive is not None and hit.trigger.genitive == "source":
        source, genitive = genitive, None
    else:
        source = agent or adjective or speaker or _nearest(before)
    rest = [m for m in after if source is None or m.start >= source.end]
    target = genitive or comitative or _target_after(tokens, rest, hit.end)
    if source is not None and target is None and hit.trigger.symmetric:
        target = _coordinated(tokens, before + after, source)
    return source, target


def _light_verb(tokens: list[Token], hit: Hit) -> int | None:
    """Index of a light verb (عقد، شن، أبدى …) that takes this noun as its object."""
    for k in range(hit.start - 1, max(-1, hit.start - _LIGHT_WINDOW), -1):
        if not cue_words("light").isdisjoint(tokens[k].lemmas):
            return k
        if tokens[k].text in ".:؛" or "verb" in tokens[k].pos and "noun" not in tokens[k].pos:
            return None
    return None


def _heads(tokens: list[Token], actors: list[EntityMention]) -> list[EntityMention]:
    """Drop a delegation's mention when "برئاسة Y" follows: Y acts for it."""
    out = []
    for k, m in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if nxt is not None and any(t.norm == "برئاسه" for t in tokens[m.end:nxt.start]) \
                and nxt.start - m.end <= 4:
            continue
        out.append(m)
    return out


def _first(ms: list[EntityMention]) -> EntityMention | None:
    return ms[0] if ms else None


def _nearest(before: list[EntityMention]) -> EntityMention | None:
    return before[-1] if before else None


def _next(after: list[EntityMention], not_this: EntityMention) -> EntityMention | None:
    return next((m for m in after if m.entity_id != not_this.entity_id), None)


def _speaker_or_before(before: list[EntityMention], speaker: EntityMention | None
                       ) -> EntityMention | None:
    return speaker or _nearest(before)


def _postposed(tokens: list[Token], after: list[EntityMention], end: int
               ) -> EntityMention | None:
    """A VSO subject: the first actor within a few tokens after the verb, no preposition
    and no other verb between."""
    for m in after:
        if m.start - end > _SUBJECT_WINDOW:
            return None
        gap = tokens[end:m.start]
        if any(t.norm in PREPS or is_verb(t) for t in gap) or _clitic_prep(tokens[m.start]):
            return None
        if m.via == "adj" and not _body_phrase(tokens[end:m.start]):
            return None  # "ندين الضربات الأمريكية": the adjective qualifies the object
        return m
    return None


def _body_phrase(gap: list[Token]) -> bool:
    """True when a nationality adjective's noun is an acting body (الحكومة، القوات …)."""
    words = [t for t in gap if t.is_word]
    return not words or stripped(words[-1].norm) in cue_words("body") or \
        words[-1].norm in cue_words("body")


def _clitic_prep(token: Token) -> bool:
    """True when a mention's first word carries ب or ل (then it is not a subject)."""
    return token.norm[:1] in ("ب", "ل") and token.norm[:2] not in ("بل",) or \
        token.norm[:2] in ("وب", "ول", "لل")


def _genitive(tokens: list[Token], after: list[EntityMention], end: int
              ) -> EntityMention | None:
    """The noun (or nisba adjective) right after a nominal trigger: هجوم داعش."""
    for m in after:
        gap = [t for t in tokens[end:m.start] if t.is_word]
        if len(gap) <= 1 and not any(t.norm in PREPS for t in gap) and not _clitic_prep(
                tokens[m.start]):
            return m
        return None
    return None


def _adjective(after: list[EntityMention], end: int) -> EntityMention | None:
    return next((m for m in after if m.via == "adj" and m.start - end <= 2), None)


def _agent(tokens: list[Token], after: list[EntityMention]) -> EntityMention | None:
    for phrase in cues()["agent"]:
        m = _first_after_phrase(tokens, after, phrase)
        if m is not None:
            return m
    return None


def _first_after_phrase(tokens: list[Token], after: list[EntityMention],
                        phrase: tuple[str, ...]) -> EntityMention | None:
    n = len(phrase)
    for m in after:
        if m.start >= n and tuple(t.norm for t in tokens[m.start - n:m.start]) == phrase:
            return m
    return None


def _first_after_word(tokens: list[Token], after: list[EntityMention], word: str
                      ) -> EntityMention | None:
    return _first_after_phrase(tokens, after, (word,))


def _comitative(tokens: list[Token], after: list[EntityMention]) -> EntityMention | None:
    return _first_after_word(tokens, after, "مع")


def _between(tokens: list[Token], after: list[EntityMention], end: int
             ) -> tuple[EntityMention, EntityMention] | None:
    """بين X و Y right after the trigger."""
    for k in range(end, min(end + 4, len(tokens))):
        if tokens[k].norm == "بين":
            pair = [m for m in after if m.start > k][:2]
            if len(pair) == 2 and pair[0].start - k <= 4:
                return pair[0], pair[1]
    return None


def _coordinated(tokens: list[Token], ms: list[EntityMention], first: EntityMention
                 ) -> EntityMention | None:
    """Y in "X و Y" or "X ووفد … Y": the next actor, joined to X by و with no verb or
    preposition between."""
    for m in ms:
        if m.start < first.end:
            continue
        gap = tokens[first.end:m.start]
        joined = (not gap and tokens[m.start].norm.startswith("و")) or (
            gap and gap[0].norm.startswith("و") and len(gap) <= 6
            and not any(t.norm in PREPS or is_verb(t) for t in gap))
        return m if joined else None
    return None


def _host_before(tokens: list[Token], before: list[EntityMention], hit: Hit
                 ) -> EntityMention | None:
    """X in "تلقى X اتصالا": the receiving side of a call or the host of a visit."""
    if hit.type != "CONSULT" or hit.verbal:
        return None
    for k in range(hit.start - 1, max(-1, hit.start - 16), -1):
        if any(has_lemma(tokens[k], w[0]) for w in cues()["host"]):
            cands = [m for m in before if m.start > k] or [m for m in before if m.end <= k]
            return cands[0] if cands else None
    return None


def _target_after(tokens: list[Token], after: list[EntityMention], end: int
                  ) -> EntityMention | None:
    for m in after:
        if m.start - end > _OBJECT_WINDOW:
            return None
        if any(is_reporting(t) for t in tokens[end:m.start]):
            return None
        return m
    return None

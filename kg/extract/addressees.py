"""The other side of a verbal act when its clause names none right after it.

"رحب بالخطوات التي اتخذتها الحكومة" (the object's doer), "اجتمعوا معي" (the speaker),
"دعم واشنطن للتعاون بين العشائر والحكومة" (the state of a pair acting together).  Whom a
promise to give is made to (وعدت X … بتقديم مساعدات إلى الحكومة) is in ``recipients``.
"""

from __future__ import annotations

from kg import gazetteer
from kg.analyse import EntityMention, Sentence
from kg.extract.common import JOINT_TYPES, cue_at, is_noun
from kg.extract.phrases import is_person, object_suffix, postposed
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cue_words, triggers
from kg.lang.ar.tokenize import Token

# verbal acts said to someone, whose object may be the addressee's doing (رحب بالخطوات
# التي اتخذتها الحكومة)
_SAID_TO = frozenset({"ACCUSE", "REJECT", "SUPPORT", "THREATEN", "REQUEST"})


def addressed(sentence: Sentence, hit: Hit) -> EntityMention | None:
    """The other side of a verb trigger whose clause gave none."""
    return _object_owner(sentence, hit) if hit.type in _SAID_TO else None


def backed(pair: tuple[EntityMention, EntityMention]) -> EntityMention | None:
    """Of two parties acting together, the state (or None): backing their cooperation
    backs the government party (التعاون بين قوات العشائر والحكومة العراقية)."""
    return next((m for m in pair if _state(m)), None)


def _state(m: EntityMention) -> bool:
    actor = gazetteer.actor(m.entity_id)
    return not is_person(m) and actor is not None and actor.kind == "state"


def joint_act(token: Token) -> bool:
    """A noun of an act two parties do together (التعاون، الحوار، التنسيق)."""
    return any(t.type in JOINT_TYPES and t.pos in ("n", "*") and len(t.words) == 1
               for lemma in token.lemmas if "/" not in lemma for t in triggers().get(lemma, ()))


def _object_owner(sentence: Sentence, hit: Hit) -> EntityMention | None:
    """سنصد التحركات التي تدعمها إيران، رحب بالخطوات التي اتخذتها الحكومة: the object
    noun's relative clause names who does it (a verb with the object's pronoun, then its
    subject), so the act said of the object is said to that actor."""
    tokens = sentence.tokens
    k = next((m.end for m in sentence.actors if m.start == hit.end), hit.end)  # past a subject
    if k + 2 >= len(tokens) or not is_noun(tokens[k]) or \
            not cue_at(tokens, k + 1, "clause:relative") or not object_suffix(tokens[k + 2]):
        return None
    after = [m for m in sentence.actors if m.start > k + 2 and not m.locative]
    return postposed(tokens, after, k + 3)


def with_me(tokens: list[Token], hit: Hit, speaker: EntityMention | None,
            source: EntityMention | None) -> EntityMention | None:
    """مندوبو إيران الذين اجتمعوا معي: "with me / us" right after a joint act names the
    speaker as the other side."""
    if hit.type not in JOINT_TYPES or speaker is None or source is None or \
            speaker.entity_id == source.entity_id:
        return None
    after = [t.norm for t in tokens[hit.end:hit.end + 2]]
    return speaker if any(w in cue_words("with_me") for w in after) else None

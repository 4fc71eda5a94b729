"""Where an actor stands with respect to a word: the phrase-level tests the argument
rules are built from (a verb's postposed or preverbal subject, its object, "مع Y",
"بين X و Y", "X و Y", "من قبل X", an apposition, a clitic preposition)."""

from __future__ import annotations

from kg import gazetteer
from kg.analyse import EntityMention
from kg.extract.common import (
    PREPS,
    clitic_prep,
    is_noun,
    is_other_noun,
    is_reporting,
    is_verb,
    stripped,
)
from kg.lang.ar.lexicon import cue_words, cues, titles
from kg.lang.ar.tokenize import Token

SUBJECT_WINDOW = 6  # tokens between a verb and its postposed subject
OBJECT_WINDOW = 12


def after_apposition(tokens: list[Token], k: int) -> int:
    """Where the clause goes on after "، رئيس تيار الحكمة العراقي،": an apposition
    between commas right after the subject describes it and holds no object."""
    if k >= len(tokens) or tokens[k].text not in "،,":
        return k
    close = next((j for j in range(k + 1, min(k + 9, len(tokens))) if tokens[j].text in "،,"),
                 None)
    return close + 1 if close is not None else k


def conjoined(token: Token) -> bool:
    """The word carries the conjunction و (وخفض), not a و of its root (وصل)."""
    return token.norm[:1] == "و" and any(
        not lemma.startswith("و") for lemma in token.lemmas if "/" not in lemma)


def object_of_conjoined(tokens: list[Token], verb: int, m: EntityMention) -> bool:
    """A verb joined by و to an earlier clause keeps that clause's subject when the one
    body after it is followed at once by the verb's complement (وحث إيران على، ودعا
    واشنطن إلى): that body is the object. A person there is more often a new subject."""
    if not conjoined(tokens[verb]) or m.end >= len(tokens) or is_person(m):
        return False
    following = tokens[m.end]
    return following.norm in {"علي", "الي"} or following.norm[:1] == "ب" and clitic_prep(
        following)


def is_person(m: EntityMention) -> bool:
    actor = gazetteer.actor(m.entity_id)
    return m.entity_id.startswith("person-") or actor is not None and actor.kind == "person"


def preverbal(tokens: list[Token], before: list[EntityMention], verb: int
               ) -> EntityMention | None:
    """An SVO subject: the last actor before the verb, with only a few words between and
    no other verb or punctuation other than a comma (a dateline "دبي، X (CNN) --" is not)."""
    if not before:
        return None
    m = before[-1]
    gap = tokens[m.end:verb]
    if len(gap) > 4 or any(is_verb(t) or t.norm in PREPS or not t.is_word and t.text not in "،,"
                           for t in gap):
        return None
    if m.start > 0 and tokens[m.start - 1].norm in PREPS or marked_by_preposition(
            tokens[m.start]):
        return None  # "مع الجانب العراقي …، ودعم": an actor inside a phrase is no subject
    if m.via == "adj" and not body_phrase(tokens[max(0, m.start - 1):m.start]):
        return None  # "القواعد العراقية وخفض": the adjective qualifies another noun
    return m


def postposed(tokens: list[Token], after: list[EntityMention], end: int
               ) -> EntityMention | None:
    """A VSO subject: the first actor within a few tokens after the verb, no preposition
    and no other verb between."""
    for m in after:
        if m.start - end > SUBJECT_WINDOW:
            return None
        gap = tokens[end:m.start]
        if any(t.norm in PREPS or is_verb(t) or clitic_prep(t) for t in gap) \
                or marked_by_preposition(tokens[m.start]):
            return None
        if gap and _title_word(gap[0]):
            if m.via == "adj":
                continue  # "رئيس حكومة … العراقية عادل عبد المهدي": the name is the subject
            return m
        if m.via == "adj" and not body_phrase(tokens[end:m.start]):
            return None  # "ندين الضربات الأمريكية": the adjective qualifies the object
        if any(is_other_noun(t) for t in gap):
            return None  # "ودعم التقرير رأي X": the subject is a noun that is no actor
        return m
    return None


def _title_word(token: Token) -> bool:
    """رئيس، وزير، السفير …: the head of a title whose name may follow its complements."""
    return (token.norm,) in titles() or (stripped(token.norm),) in titles()


def body_phrase(gap: list[Token]) -> bool:
    """True when a nationality adjective's noun is an acting body (الحكومة، القوات …)."""
    words = [t for t in gap if t.is_word]
    return not words or stripped(words[-1].norm) in cue_words("body") or \
        words[-1].norm in cue_words("body")


def marked_by_preposition(token: Token) -> bool:
    """True when a mention's first word carries ب or ل (then it is not a subject)."""
    return token.norm[:1] in ("ب", "ل") and token.norm[:2] not in ("بل",) or \
        token.norm[:2] in ("وب", "ول", "لل")


def genitive_of(tokens: list[Token], after: list[EntityMention], end: int
              ) -> EntityMention | None:
    """The noun (or nisba adjective) right after a nominal trigger: هجوم داعش."""
    for m in after:
        gap = [t for t in tokens[end:m.start] if t.is_word]
        if len(gap) <= 1 and not any(t.norm in PREPS for t in gap) and not marked_by_preposition(
                tokens[m.start]):
            return m
        return None
    return None


def adjective_of(after: list[EntityMention], end: int) -> EntityMention | None:
    return next((m for m in after if m.via == "adj" and m.start - end <= 2), None)


def agent_of(tokens: list[Token], after: list[EntityMention]) -> EntityMention | None:
    for phrase in cues()["agent"]:
        m = first_after_phrase(tokens, after, phrase)
        if m is not None:
            return m
    return None


def first_after_phrase(tokens: list[Token], after: list[EntityMention],
                        phrase: tuple[str, ...]) -> EntityMention | None:
    n = len(phrase)
    for m in after:
        if m.start >= n and tuple(t.norm for t in tokens[m.start - n:m.start]) == phrase:
            return m
    return None


def first_after_word(tokens: list[Token], after: list[EntityMention], word: str
                      ) -> EntityMention | None:
    return first_after_phrase(tokens, after, (word,))


def comitative_of(tokens: list[Token], after: list[EntityMention]) -> EntityMention | None:
    return first_after_word(tokens, after, "مع")


def between_pair(tokens: list[Token], after: list[EntityMention], end: int
             ) -> tuple[EntityMention, EntityMention] | None:
    """بين X و Y right after the trigger."""
    for k in range(end, min(end + 4, len(tokens))):
        if tokens[k].norm == "بين":
            pair = [m for m in after if m.start > k][:2]
            if len(pair) == 2 and pair[0].start - k <= 4:
                return pair[0], pair[1]
    return None


def coordinated(tokens: list[Token], ms: list[EntityMention], first: EntityMention
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


def target_after(tokens: list[Token], after: list[EntityMention], end: int
                  ) -> EntityMention | None:
    for m in after:
        if m.start - end > OBJECT_WINDOW:
            return None
        gap = tokens[end:m.start]
        if any(is_reporting(t) or purpose_noun(t) for t in gap):
            return None  # "مع حلفائنا لصد إيران": what comes after لـ is the purpose
        head = tokens[m.start - 1] if gap and clitic_l(gap[-1]) else tokens[m.start]
        if clitic_l(head) and any(is_noun(t) and t is not head for t in gap) and not any(
                t.norm in cue_words("held") for t in gap):
            continue  # "المبعوث الخاص للرئيس X": a genitive complement, not the object
            # (but in "مواقع لتنظيم X" the group holding the positions is what is hit)
        return m
    return None


def clitic_l(token: Token) -> bool:
    """The word carries the preposition ل as a clitic (لحزب، للرئيس; not لدى، لقاء)."""
    return token.norm[:1] == "ل" and any(
        not lemma.startswith("ل") for lemma in token.lemmas if "/" not in lemma)


def purpose_noun(token: Token) -> bool:
    return clitic_l(token) and is_noun(token) and not token.norm.startswith("لل")

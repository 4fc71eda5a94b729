"""Who gets what is given, promised, cut or received: the recipient rules of the argument
stage (``arguments``).  A giving trigger's body after إلى receives (قدمت X مساعدات إلى
Y); a promise to give is made to that body (وعدت X بتقديم مساعدات إلى Y); what is given or
cut goes with ل to its holder (علقت X مساعداتها العسكرية لمصر), and aid to whom it is
meant to strengthen (مساعدة لتعزيز قدرات الجيش العراقي); a receiving verb's subject
receives and the giver follows من (تسلم العراق طائرات من X)."""

from __future__ import annotations

from kg.analyse import EntityMention, Sentence
from kg.extract.common import cue_at, has_lemma
from kg.extract.phrases import body_phrase, clitic_l, first_after_word
from kg.extract.triggers import Hit
from kg.gazetteer import VIA_ADJ
from kg.lang.ar.lexicon import cues
from kg.lang.ar.tokenize import Token

_GIVEN = frozenset({"AID", "COOPERATE"})  # what is given or shared goes to someone (إلى Y)
_HELD = _GIVEN | {"SANCTION"}  # what is given or cut goes with ل to its holder
_PROMISES = frozenset({"AGREE"})  # what is promised may be given to someone (وعد بتقديم … إلى Y)
_PROMISE_REACH = 30  # tokens from a promise to the one its gift goes to
_TO = frozenset({"الي", "الى"})
_BENEFIT_REACH = 12  # tokens from aid to the phrase saying whom it strengthens
_GOODS_REACH = 8  # tokens from a receiving verb to the nationality of what it received


def recipient(sentence: Sentence, clause: Sentence, hit: Hit) -> EntityMention | None:
    """The target of a trigger that names none by its object: the recipient of what is
    promised (looked for in the whole sentence) or of what is given or cut (in the
    trigger's ``clause``, the sentence restricted to the clause's actors)."""
    if hit.verbal and hit.type in _PROMISES:
        return _promised_to(sentence, hit)
    if hit.type not in _HELD:
        return None
    given = _given_to(clause.tokens, clause.actors, hit.end)
    if hit.type == "AID":
        return given or _beneficiary(sentence, hit.end)
    return given or _host(clause, hit.end)


def receiving(tokens: list[Token], hit: Hit, m: EntityMention) -> bool:
    """قدمت X مساعدات إلى Y، نقلت معلومات إلى Y: after a giving trigger, the body after
    إلى is who receives, not where it happens; so is a governing body after any trigger
    (وعدت X بتقديم مساعدات إلى الحكومة العراقية): a government is no destination."""
    return m.start > 0 and tokens[m.start - 1].norm in _TO and (
        hit.type in _GIVEN or body_phrase(tokens[m.start:m.start + 1]))


def _promised_to(sentence: Sentence, hit: Hit) -> EntityMention | None:
    """وعدت X (…) بتقديم مساعدات جديدة إلى الحكومة العراقية، وافق على تسليم المطلوبين إلى
    السلطات، تعهدت X بتقديم مليون دولار للعراق: a promise to give goes to the governing
    body after إلى, or to the party after ل; that is who the promise is made to.  The
    giving word follows the promise, in its clause or not (a relative clause about the
    subject may stand between)."""
    tokens = sentence.tokens
    limit = min(len(tokens), hit.end + _PROMISE_REACH)
    end = next((k for k in range(hit.end, limit) if tokens[k].text in ".:؛"), limit)
    give = next((k for k in range(hit.end, end) if cue_at(tokens, k, "give")), None)
    if give is None:
        return None
    return next((m for m in sentence.actors if give < m.start < end and (
        receiving(tokens, hit, m) or clitic_l(tokens[m.start]) and not m.locative)), None)


def _given_to(tokens: list[Token], actors: list[EntityMention], end: int
              ) -> EntityMention | None:
    """مساعداتها العسكرية لمصر، تجميد الأصول المالية للشركة: right after what is given or
    cut (past its adjectives), the actor with ل is who gets it or loses it."""
    m = next((m for m in actors if m.start >= end), None)
    if m is None or not clitic_l(tokens[m.start]):
        return None
    gap = tokens[end:m.start]
    return m if len(gap) <= 2 and all("adj" in t.pos for t in gap) else None


def _host(clause: Sentence, end: int) -> EntityMention | None:
    """أغلقت X سفارتها في دمشق، جمدت أصوله في لبنان: what is closed or frozen in a state
    is taken from that state (a place right after the trigger, standing for its state)."""
    return next((m for m in clause.actors if m.locative and 0 < m.start - end <= 1
                 and clause.tokens[end].norm == "في"), None)


def _beneficiary(sentence: Sentence, end: int) -> EntityMention | None:
    """مساعدة كندية … ترمي لتعزيز قدرات القوات العراقية، منحة لدعم الجيش اللبناني: aid
    given to strengthen or support a party goes to that party (``benefit`` cues with ل)."""
    tokens = sentence.tokens
    for k in range(end, min(len(tokens), end + _BENEFIT_REACH)):
        if tokens[k].text in ".:؛":
            return None
        if clitic_l(tokens[k]) and cue_at(tokens, k, "benefit"):
            return next((m for m in sentence.actors if k < m.start <= k + 2
                         and not m.locative), None)
    return None


def receives(token: Token) -> bool:
    """تسلم، استلم: the subject receives; who gave is after من."""
    return any(has_lemma(token, w[0]) for w in cues()["receive"])


def giver(sentence: Sentence, hit: Hit, receiver: EntityMention | None
          ) -> EntityMention | None:
    """Who gave what the receiver got: the actor after من (تسلم العراق طائرات من X), else
    the nationality of what was received (تسلم الجيش شحنة أسلحة أمريكية)."""
    tokens = sentence.tokens
    after = [m for m in sentence.actors if m.start >= hit.end and not m.locative
             and (receiver is None or m.start != receiver.start)]
    return first_after_word(tokens, after, "من") or next(
        (m for m in after if m.via == VIA_ADJ and m.start - hit.end <= _GOODS_REACH), None)

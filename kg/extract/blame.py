"""Implicit accusations: a speaker blames the one a blame predicate is said of.

"إيران ضالعة في …"، "السدود الإيرانية تتسبب في الأزمة"، "بتحريض من X"، "دعمها للإرهاب":
the trigger (lexicon genitive ``blamed``) names no accuser, so the sentence's speaker is
the source and the target is the party the predicate is said of, or whose thing it is
said of (its dams, its policies).  Told by the reporter with no speaker, the sentence is
narration, not an accusation, so there is no event.
"""

from __future__ import annotations

from kg.analyse import EntityMention, Sentence
from kg.extract.clauses import Clause, Clauses, first_word, subject
from kg.extract.common import cue_at, is_noun, owned
from kg.extract.phrases import feminine, genitive_of, postposed, preverbal
from kg.extract.triggers import Hit, verb_of_type
from kg.lang.ar.tokenize import Token

_HARM = "@harm"  # senses flag: the clause is about a harm (سقوط المدينة كان بأوامر من X)
_DAMAGE = "damage"  # cue category of harms and disasters


def blamed(sentence: Sentence, clauses: Clauses, hit: Hit, speaker: EntityMention | None
           ) -> tuple[EntityMention | None, EntityMention | None]:
    """(speaker, blamed party) of an implicit accusation, or (None, None)."""
    if speaker is None:
        return None, None
    clause = clauses.of(hit.start)
    if _HARM in hit.trigger.senses and not _about_harm(sentence, clause) or any(
            verb_of_type(t, "ACCUSE") for t in sentence.tokens[clause.start:hit.start]):
        return None, None  # اتهمت X إيران بدعم الإرهاب: the accusation is X's, told
    local = [m for m in clauses.members(clause, sentence.actors)
             if not m.locative and not _same(m, speaker)]
    target = _party(sentence, clauses, clause, hit, local)
    if target is None or _same(target, speaker):
        return None, None
    return speaker, target


def _same(m: EntityMention, other: EntityMention) -> bool:
    return m.start == other.start and m.entity_id == other.entity_id


def _party(sentence: Sentence, clauses: Clauses, clause: Clause, hit: Hit,
           local: list[EntityMention]) -> EntityMention | None:
    tokens = sentence.tokens
    if hit.trigger.words[-1] == "من":  # بتوجيهات من X: the agent follows
        return next((m for m in local if m.start == hit.end), None)
    # تسببت إيران في …، دعم إيران للإرهاب: the party stands inside the phrase
    inner = next((m for m in local if hit.start < m.start and m.end <= hit.end), None)
    if inner is not None:
        return inner
    before = [m for m in local if m.end <= hit.start]
    found = preverbal(tokens, before, hit.start) or _qualified(sentence, before, hit.start)
    if found is not None:
        return found
    after = [m for m in local if m.start >= hit.end]
    if clause.kind == "relative" or hit.verbal and not (
            hit.start > 0 and is_noun(tokens[hit.start - 1])):
        found = postposed(tokens, after, hit.end)  # الأذى الذي تسببت به سياسات X
    if found is None and "noun" in tokens[hit.start].pos:
        found = genitive_of(tokens, after, hit.end)  # دعم إيران للإرهاب
    if found is not None:
        return found
    if owned(tokens[hit.start]):  # إيران ستبقى معزولة بسبب دعمها للإرهاب
        owner = subject(sentence, clauses, clause)
        return owner if owner is not None and _agrees(tokens, tokens[hit.start], owner) else None
    return None


def _agrees(tokens: list[Token], word: Token, owner: EntityMention) -> bool:
    """The possessive agrees with its owner: دعمها with a feminine state (إيران), دعمه with
    a person or a masculine one (العراق يعاني بسبب دعمها …: her support is not Iraq's)."""
    her = word.norm.endswith("ها") and not word.norm.endswith("هما")
    his = word.norm.endswith("ه") and not her
    return not (her and not feminine(tokens, owner) or his and feminine(tokens, owner))


def _qualified(sentence: Sentence, before: list[EntityMention], verb: int
               ) -> EntityMention | None:
    """السدود الإيرانية تتسبب في …: a thing qualified by a nationality adjective (not a
    harm itself: الأزمة العراقية) is that state's, so blaming it blames the state."""
    m = before[-1] if before else None
    if m is None or m.via != "adj" or m.end != verb or m.start == 0:
        return None
    noun = m.start - 1
    return m if is_noun(sentence.tokens[noun]) and not cue_at(
        sentence.tokens, noun, _DAMAGE) else None


def _about_harm(sentence: Sentence, clause: Clause) -> bool:
    """The clause opens with a harm or disaster (بأن سقوط الموصل كان بتوجيهات من X): what
    was done on the orders is that harm, so the orders are blamed, not praised."""
    k = first_word(sentence.tokens, clause)
    return k < len(sentence.tokens) and cue_at(sentence.tokens, k, _DAMAGE) > 0

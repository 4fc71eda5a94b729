"""Source and target of a noun trigger (``arguments``): a light verb taking it as object
(عقد اجتماعا، شن غارات), its genitive, nationality adjective or agent (هجوم داعش،
الضربات الأمريكية، على يد X), a passive periphrasis (تم تدريب … على يد X), an armed force
after its ل (قصف جوي للقوات العراقية), the weapon "by" which it was done (بغارة أمريكية),
a meeting noun with the subject's pronoun (خلال زيارته).  A noun that names none of them
is a topic, not an event.
"""

from __future__ import annotations

from kg.analyse import EntityMention
from kg.extract.addressees import backed, joint_act
from kg.extract.clauses import own_side
from kg.extract.common import PREPS, clitic_prep, is_verb, stripped
from kg.extract.phrases import (
    SUBJECT_WINDOW,
    adjective_of,
    agent_of,
    between_pair,
    clitic_l,
    comitative_of,
    coordinated,
    first_after_word,
    genitive_of,
    head_conjunct,
    held,
    lam_phrase,
    marked_by_preposition,
    object_suffix,
    opposed,
    postposed,
    preverbal,
    target_after,
)
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cue_words, triggers
from kg.lang.ar.tokenize import Token

LIGHT_WINDOW = 20  # a light verb's subject may stand between it and its noun
# Noun triggers of these types state an event when they name a participant (هجوم داعش);
# verbal-cooperation nouns (دعم، التزام، تعاون) need a light verb (أكد التزامه، أعرب عن دعمه).
MATERIAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION", "RETREAT", "MOBILIZE"})
# A rejection noun with its actor stated on it (الانسحاب الأمريكي من الاتفاق، رفض طهران
# للمقترح) names the act done, like a material noun; so does aid named by its giver.
_NAMED = MATERIAL | {"REJECT", "AID"}
_AGENT_REACH = 16  # tokens from a verbal noun to the doer after من قبل / على يد


def nominal(tokens: list[Token], hit: Hit, before: list[EntityMention],
             after: list[EntityMention], speaker: EntityMention | None
            ) -> tuple[EntityMention | None, EntityMention | None]:
    """Arguments of a noun trigger.  A noun states an event only when it is the object of
    a light verb (عقد اجتماعا، شن غارات) or names its participants (هجوم داعش، الضربات
    الأمريكية، محادثات بين X و Y، اجتماع مع Y); otherwise it is a topic, not an event."""
    light = _light_verb(tokens, hit, before)
    genitive = genitive_of(tokens, after, hit.end)
    agent = agent_of(tokens, after)
    adjective = adjective_of(after, hit.end)
    if adjective is not None and hit.type not in MATERIAL and adjective.start != hit.start + 1:
        adjective = None  # رفضهم لأي تدخل أمريكي: only a strike is named by a later adjective
    comitative = comitative_of(tokens, after)
    # رفضه التحالف مع X: a noun with a pronoun has its doer in it; the noun after is its object
    suffixed = object_suffix(tokens[hit.start])
    named = (genitive if not suffixed else None) or agent or adjective
    owner = None
    owned = hit.end < len(tokens) and own_side(tokens[hit.end])
    # (لقائهما رئيس البرلمان لبحث …: after a pronoun the noun is the object, not an owner)
    lam = lam_phrase(tokens, genitive.end if genitive else hit.end + 1) \
        if genitive and not suffixed or owned else None
    if lam is not None:
        owner, genitive = genitive, None  # دعم واشنطن للتعاون: Washington supports
        after = [m for m in after if m.start >= lam]
    if light is None and speaker is not None and _own_meeting(tokens, hit):
        rest = [m for m in after if m.start - hit.end <= SUBJECT_WINDOW]
        return speaker, comitative or _first(rest)
    if light is None and agent is not None and (_passive_aux(tokens, hit.start) or (
            hit.type in _NAMED and agent.start - hit.end <= _AGENT_REACH)):
        # (تم) تدريب أبناء العشائر على يد X: X trains; who is trained stands before the agent
        # (without تم only a material act: تعهدات من قبل X may be pledges talked about)
        return agent, target_after(tokens, [m for m in after if m.end <= agent.start], hit.end)
    force = _force_of(tokens, after, hit)
    if force is not None:
        rest = [m for m in after if m.start >= force.end]
        return force, opposed(tokens, rest, force.end) or target_after(tokens, rest, force.end)
    if light is None and (marked_by_preposition(tokens[hit.start]) or hit.type not in _NAMED
                          or not named):
        against = opposed(tokens, after, hit.end) if hit.type in MATERIAL else None
        return None, against  # "مظاهرات مناهضة لإيران" (told with no actor)
    doer = genitive is not None and not suffixed and hit.trigger.genitive == "source" \
        and not held(tokens, genitive)  # ضربة لمواقع داعش: the holder of what is hit is hit
    if light is not None:
        inside = [m for m in before if m.start > light]  # عقد X و Y اجتماعا
        subject = postposed(tokens, inside, light + 1) or preverbal(tokens, inside, hit.start)
        ahead = [m for m in before if m.end <= light]
        source = agent or subject or head_conjunct(
            tokens, ahead, preverbal(tokens, ahead, light)) or _controller(
            tokens, ahead, light) or owner or speaker
        if doer and subject is None:
            source = genitive
            genitive = None
    elif doer:
        source, genitive = genitive, None
    else:
        source = agent or owner or adjective or _instrument(tokens, after, hit) or speaker \
            or preverbal(tokens, before, hit.start)
    pair = between_pair(tokens, after, lam + 1) if lam is not None else None
    if pair is not None and joint_act(tokens[lam]):
        return source, backed(pair)  # دعم واشنطن للتعاون بين العشائر والحكومة
    rest = [m for m in after if source is None or m.start >= source.end]
    target = genitive or comitative or opposed(tokens, after, hit.end) or target_after(
        tokens, rest, hit.end if lam is None else lam)
    if target is None and light is not None:  # نفذ X ضد Y ضربات: the target may come first
        target = first_after_word(tokens, [m for m in before if m.start > light], "ضد")
    if source is not None and target is None and hit.trigger.symmetric:
        target = coordinated(tokens, before + after, source)
    return source, target


def _force_of(tokens: list[Token], after: list[EntityMention], hit: Hit
              ) -> EntityMention | None:
    """قصف جوي للقوات العراقية، غارات للتحالف: an armed force after the ل of an attack
    noun (past its adjectives) is who attacked, as a holding after it is what was hit
    (ضربة لمواقع داعش)."""
    if hit.type != "ASSAULT" or hit.verbal:
        return None
    m = next((m for m in after if m.start - hit.end <= 2), None)
    if m is None or not all("adj" in t.pos for t in tokens[hit.end:m.start - 1]):
        return None
    for k in (m.start, m.start - 1):  # the force's noun opens the mention or stands before it
        if k >= hit.end and clitic_l(tokens[k]) and (
                stripped(tokens[k].norm) in cue_words("armed-force")):
            return m
    return None


def _passive_aux(tokens: list[Token], k: int) -> bool:
    """تم/يتم/جرى right before the noun, or with one word that is no verb between (يتم
    الآن تدريب: الآن, an adverb, also has a verb reading)."""
    aux = cue_words("passive_aux")
    return k >= 1 and tokens[k - 1].norm in aux or k >= 2 and tokens[k - 2].norm in aux and (
        not is_verb(tokens[k - 1]) or "adv" in tokens[k - 1].pos)


def _controller(tokens: list[Token], ahead: list[EntityMention], light: int
                ) -> EntityMention | None:
    """أرسلت X و Y مندوبين لإجراء محادثات: a light verb in the purpose form (لإجراء، لعقد)
    takes the subject of the verb it depends on."""
    if not clitic_prep(tokens[light]) or tokens[light].norm[:1] != "ل":
        return None
    verb = next((k for k in range(light - 1, max(-1, light - LIGHT_WINDOW), -1)
                 if is_verb(tokens[k]) or tokens[k].text in ".:؛"), None)
    if verb is None or not is_verb(tokens[verb]):
        return None
    return postposed(tokens, [m for m in ahead if m.start > verb], verb + 1)


def _own_meeting(tokens: list[Token], hit: Hit) -> bool:
    """لقائهما رئيس البرلمان، خلال زيارته للعراق، أثناء زيارة لبغداد: a meeting noun with
    the subject's pronoun, or in a time adjunct, is the subject's own meeting."""
    if hit.type != "CONSULT":
        return False
    token = tokens[hit.start]
    if object_suffix(token):
        return True
    return hit.start > 0 and tokens[hit.start - 1].norm in cue_words("during")


def _instrument(tokens: list[Token], after: list[EntityMention], hit: Hit
                ) -> EntityMention | None:
    """مقتل X بغارة أمريكية: the nationality of the weapon or strike "by" which it was
    done names who did it."""
    for m in after:
        if m.start - hit.end > SUBJECT_WINDOW:
            return None
        weapon = tokens[m.start - 1]
        if m.via == "adj" and weapon.norm[:1] == "ب" and clitic_prep(weapon) and _trigger_word(
                weapon, ""):
            return m
    return None


def _light_verb(tokens: list[Token], hit: Hit, before: list[EntityMention]) -> int | None:
    """Index of a light verb (عقد، شن، أبدى …) that takes this noun as its object; the
    words of an actor's name between them (… الذي تقوده X) are skipped."""
    inside = {k for m in before for k in range(m.start, m.end)}
    adjunct = clitic_prep(tokens[hit.start])
    for k in range(hit.start - 1, max(-1, hit.start - LIGHT_WINDOW), -1):
        if k in inside:
            continue
        if not cue_words("light").isdisjoint(tokens[k].lemmas):
            return k
        if _trigger_word(tokens[k], hit.type):
            return None  # its object is another kind of event (عقد اجتماعا للجنة التنسيق)
        if adjunct and _trigger_word(tokens[k], ""):
            return None  # أعلن مقتل X بقصف: the verb's object is the first event noun
        if tokens[k].text in ".:؛" or _verb_only(tokens[k]):
            return None
    return None


def _verb_only(token: Token) -> bool:
    """A word with only verbal readings ends the search for a light verb; a preposition
    the analyser can also read as a verb (عن، إلى) links it to its noun (أعرب عن دعمه)."""
    return "verb" in token.pos and "noun" not in token.pos and token.norm not in PREPS


def _trigger_word(token: Token, not_type: str) -> bool:
    """True when the token is a one-word event noun of another type than ``not_type``
    (the same type is an elaboration: شن ضربات، بما في ذلك غارة …)."""
    return any(len(t.words) == 1 and t.pos in ("n", "*") and t.type != not_type
               and f"{lemma}/n" in token.lemmas
               for lemma in token.lemmas if "/" not in lemma
               for t in triggers().get(lemma, ()))


def _first(ms: list[EntityMention]) -> EntityMention | None:
    return ms[0] if ms else None

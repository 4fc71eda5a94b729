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
from kg.lang.ar.clitics import proclitic_forms
from kg.lang.ar.lexicon import cue_words, cues, titles
from kg.lang.ar.tokenize import Token

SUBJECT_WINDOW = 6  # tokens between a verb and its postposed subject
_OBJECTS = ("هما", "هم", "ها", "ه", "نا", "كم")  # object pronouns a verb may carry
OBJECT_WINDOW = 12
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))  # short vowels and shadda


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
    واشنطن إلى): that body is the object. A person there is more often a new subject
    (ودعا الوزير إلى), unless the verb cannot go without its object (واتهم الوزير بـ)."""
    if not conjoined(tokens[verb]) or m.end >= len(tokens) or is_person(m) and \
            cue_words("object_verb").isdisjoint(tokens[verb].lemmas):
        return False
    k = after_apposition(tokens, _included(tokens, m.end) or _after_adjectives(tokens, m.end))
    if k >= len(tokens):
        return False
    following = tokens[k]
    return following.norm in {"علي", "الي", "ب"} or following.norm[:1] == "ب" and clitic_prep(
        following)


def _after_adjectives(tokens: list[Token], k: int) -> int:
    """The first position after up to two definite adjectives (القوى الشيعية المعتدلة)."""
    end = min(k + 2, len(tokens))
    while k < end and tokens[k].norm.startswith("ال") and "adj" in tokens[k].pos:
        k += 1
    return k


_INCLUDING = frozenset({"بمن", "بما"})
_IN_IT = frozenset({"فيها", "فيهم", "فيه", "فيهما"})


def _included(tokens: list[Token], k: int) -> int | None:
    """Where "بمن فيها Y" / "، بما فيهم Y" starts after a group's name and up to two
    definite words describing it (القوى الشيعية المحافظة، بمن فيها …), else None."""
    for j in range(k, min(k + 3, len(tokens))):
        if j > k and not tokens[j - 1].norm.startswith("ال"):
            return None
        at = j + (tokens[j].text in "،,")
        words = tuple(t.norm for t in tokens[at:at + 2])
        if len(words) == 2 and words[0] in _INCLUDING and words[1] in _IN_IT:
            return j
    return None


def named_member(tokens: list[Token], after: list[EntityMention], m: EntityMention
                 ) -> EntityMention | None:
    """Y in "X، بمن فيها Y" / "X بما فيها Y": the member of the group that is named, which
    is what the event is about in particular."""
    k = _included(tokens, m.end)
    if k is None:
        return None
    k += 2 + (tokens[k].text in "،,")
    return next((n for n in after if n.start == k), None)


def agrees(verb: Token, m: EntityMention, tokens: list[Token]) -> bool:
    """False when a verb in the masculine (دعا، يطالب) stands before a feminine body
    (الولايات المتحدة، إيران، الحكومة العراقية): then the body is its object, not its
    subject (VSO verbs agree in gender with the subject that follows)."""
    if not masculine(verb) or is_person(m):
        return True
    head = tokens[m.start].norm
    if head.endswith("ه"):
        return False
    actor = gazetteer.actor(m.entity_id)
    named = m.via == "name" and not _title_word(tokens[m.start]) and stripped(
        head) not in cue_words("body") and head not in cue_words("body")  # not الجيش
    return actor is None or actor.kind != "state" or not named or bool(
        {head, "ال" + head} & cue_words("masculine_state"))


def feminine(tokens: list[Token], m: EntityMention) -> bool:
    """A body that Arabic treats as feminine: a noun in ة (الحكومة) or a state or capital
    other than the masculine ones (إيران، واشنطن; not العراق، لبنان)."""
    if is_person(m):
        return False
    head = tokens[m.start].norm if m.start < len(tokens) else ""
    actor = gazetteer.actor(m.entity_id)
    return head.endswith("ه") or actor is not None and actor.kind == "state" and \
        m.via in ("name", "capital") and not {head, "ال" + head} & cue_words("masculine_state")


def masculine(verb: Token) -> bool:
    """A third person verb form with no feminine ت (دعا، أكد، يطالب; not دعت، تطالب, and
    not تلقى، تابع, whose ت may belong to the stem; an object pronoun is looked past:
    اتخذتها is feminine)."""
    norm = _unobjected(verb.norm[1:] if conjoined(verb) or verb.norm[:1] == "ف" else verb.norm)
    return "verb" in verb.pos and not verb.first_person and not verb.passive and \
        not norm.startswith("ت") and not norm.endswith(("ت", "تا"))


def _unobjected(norm: str) -> str:
    """The verb without an object pronoun it may end in (اتخذتها → اتخذت)."""
    return next((norm[:-len(s)] for s in _OBJECTS if norm.endswith(s) and len(norm) - len(s) > 3),
                norm)


def plural_verb(token: Token) -> bool:
    """A third person plural verb (يدعمونها، هاجموا، ويرفضون): its unsaid subject is
    "they", so no single speaker is it.  The ending must be an inflection, not the end of
    the lemma."""
    if "verb" not in token.pos or token.first_person:
        return False
    norm = _unobjected(token.norm)
    lemmas = [lemma for lemma in token.lemmas if "/" not in lemma]
    return norm.endswith(("ون", "وا")) and not any(norm.endswith(lemma) for lemma in lemmas)


def his(token: Token) -> bool:
    """The noun carries the masculine possessive ـه (زيارته; not a taa marbuta, which
    normalises alike, nor ـها، ـهم): without it, it is a lemma (زيارته → زيارة)."""
    norm = token.norm
    if not token.text.rstrip(_MARKS).endswith("ه") or len(norm) < 4:
        return False
    base = norm[:-2] + "ه" if norm[-2] == "ت" else norm[:-1]
    return "noun" in token.pos and any(form in token.lemmas
                                       for form in (base, *proclitic_forms(base)))


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
    if any(clitic_prep(t) and is_noun(t) for t in gap):
        return None  # "X بقصف مدفعي استهدف": the verb describes the noun after ب
    if (m.start > 0 and tokens[m.start - 1].norm in PREPS or marked_by_preposition(
            tokens[m.start])) and not members_of(tokens[max(0, m.start - 3):m.start]):
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
        if members_of(gap):
            return m  # وعدت الدول الأعضاء في الحلف: the members act for the organisation
        if any(t.norm in PREPS or is_verb(t) or clitic_prep(t) for t in gap) \
                or marked_by_preposition(tokens[m.start]):
            return None
        if oblique_plural(tokens[m.start]):
            return None  # "دعت النقابة المحتجين إلى …": -ين is accusative/genitive, the object
        if gap and _title_word(gap[0]):
            if m.via == "adj":
                continue  # "رئيس حكومة … العراقية عادل عبد المهدي": the name is the subject
            return m
        if m.via == "adj" and not body_phrase(tokens[end:m.start]):
            return None  # "ندين الضربات الأمريكية": the adjective qualifies the object
        if not gap and not agrees(tokens[end - 1], m, tokens):
            return None  # دعا الولايات المتحدة إلى: the subject is unsaid
        if any(is_other_noun(t) for t in gap):
            return None  # "ودعم التقرير رأي X": the subject is a noun that is no actor
        return m
    return None


def inner_object(tokens: list[Token], inside: list[EntityMention]) -> EntityMention | None:
    """أدرجت واشنطن الحركة على قائمة الإرهاب، منحت اليابان العراق قرضا، طردت بغداد السفير
    التركي: a phrase whose words surround both subject and object holds the object second
    (unless it is joined to the subject by و: أدرجت واشنطن ولندن …)."""
    last = inside[0]
    for m in inside[1:]:
        if coordinated(tokens, [m], last) is not m and m.entity_id != inside[0].entity_id:
            return m
        last = m
    return None


def members_of(words: list[Token]) -> bool:
    """True for "الدول الأعضاء في" / "الفصائل المنضوية ضمن": the member states or
    groups named this way act for the organisation whose name follows."""
    return len(words) == 3 and words[0].norm in cue_words("member_group") and \
        words[1].norm in cue_words("member_adj") and words[2].norm in cue_words("member_prep")


def oblique_plural(token: Token) -> bool:
    """A sound masculine plural or dual in -ين (المحتجين، الطرفين) is never a subject; the
    ending is a suffix only when no lemma ends with it (الصين، فلسطين keep it)."""
    lemmas = {lemma.split("/")[0] for lemma in token.lemmas}
    return token.norm.endswith("ين") and bool(lemmas) and not any(
        lemma.endswith("ين") for lemma in lemmas)


def _title_word(token: Token) -> bool:
    """رئيس، وزير، السفير …: the head of a title whose name may follow its complements."""
    return (token.norm,) in titles() or (stripped(token.norm),) in titles()


def body_phrase(gap: list[Token]) -> bool:
    """True when a nationality adjective's noun is an acting body (الحكومة، القوات …)."""
    words = [t for t in gap if t.is_word]
    return not words or stripped(words[-1].norm) in cue_words("body") or \
        words[-1].norm in cue_words("body")


def marked_by_preposition(token: Token) -> bool:
    """True when a mention's first word carries ب or ل (then it is not a subject); a name
    whose every analysis keeps the letter (لندن، لبنان، بغداد) carries none."""
    lemmas = [lemma for lemma in token.lemmas if "/" not in lemma]
    norm = token.norm[1:] if token.norm[:1] == "و" and len(token.norm) > 3 else token.norm
    if lemmas and norm[:1] in ("ب", "ل") and all(lemma[:1] == norm[:1] for lemma in lemmas):
        return False
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


def held(tokens: list[Token], m: EntityMention) -> bool:
    """The actor is named after a holding noun (مواقع داعش، لمقرات الحزب، تجمعات لعناصر):
    what it holds is what is acted on."""
    k = m.start - 1
    while k >= 0 and not tokens[k].is_word:  # لمواقع «داعش»
        k -= 1
    if k < 0:
        return False
    return stripped(tokens[k].norm) in cue_words("held") or tokens[k].norm in cue_words("held")


def opposed(tokens: list[Token], after: list[EntityMention], end: int
            ) -> EntityMention | None:
    """Y in "مظاهرات (حاشدة) مناهضة لـY": an adjective of opposition right after the event
    noun names what it is against."""
    for k in range(end, min(end + 2, len(tokens))):
        if tokens[k].norm in cue_words("against"):
            return next((m for m in after if m.start == k + 1 and clitic_l(tokens[m.start])),
                        None)
    return None


def adjective_of(after: list[EntityMention], end: int) -> EntityMention | None:
    return next((m for m in after if m.via == "adj" and m.start - end <= 2), None)


def agent_of(tokens: list[Token], after: list[EntityMention]) -> EntityMention | None:
    """The doer named after من قبل / على يد …, also as a body with its nationality
    (على يد قوات أمريكية: the adjective stands for the state)."""
    for phrase in cues()["agent"]:
        m = first_after_phrase(tokens, after, phrase)
        if m is not None:
            return m
    for phrase in cues()["agent"]:
        for m in after:
            if m.via == "adj" and m.start >= len(phrase) + 1:
                k = m.start - 1  # the one body noun between (قوات، طائرات)
                if tuple(t.norm for t in tokens[k - len(phrase):k]) == phrase and \
                        body_phrase(tokens[k:m.start]):
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
        if any(is_reporting(t) and t.norm not in PREPS or purpose_noun(t) for t in gap):
            return None  # "مع حلفائنا لصد إيران": what comes after لـ is the purpose
        if _described_object(gap):
            return None  # "اعتقلت X أربعة أشخاص اقتحموا السفارة": the object is the people
        head = tokens[m.start - 1] if gap and clitic_l(gap[-1]) else tokens[m.start]
        if clitic_l(head) and any(is_noun(t) and t is not head for t in gap) and not any(
                t.norm in cue_words("held") for t in gap):
            continue  # "المبعوث الخاص للرئيس X": a genitive complement, not the object
            # (but in "مواقع لتنظيم X" the group holding the positions is what is hit)
        return m
    return None


def _described_object(gap: list[Token]) -> bool:
    """An indefinite noun and then a past verb before the actor: the verb opens a relative
    clause without الذي describing that noun (أربعة أشخاص اقتحموا السفارة), so the actor
    belongs to the clause, and the noun was the object."""
    return any(_common(gap[k]) and is_verb(gap[k]) and k > 0 and _common(gap[k - 1]) and
               is_noun(gap[k - 1]) and not gap[k - 1].norm.startswith(("ال", "وال"))
               for k in range(len(gap)))


def _common(token: Token) -> bool:
    """No reading as a name (آلن is also read as a verb)."""
    return "noun_prop" not in token.pos


def clitic_l(token: Token) -> bool:
    """The word carries the preposition ل as a clitic (لحزب، للرئيس; not لدى، لقاء)."""
    return token.norm[:1] == "ل" and any(
        not lemma.startswith("ل") for lemma in token.lemmas if "/" not in lemma)


def purpose_noun(token: Token) -> bool:
    return clitic_l(token) and is_noun(token) and not token.norm.startswith("لل")


def lam_phrase(tokens: list[Token], end: int) -> int | None:
    """دعم واشنطن للتعاون، إدانة طهران للهجوم، دعم بلاده للعراق: when what the noun is
    about follows with ل, the genitive before it (ending at ``end``) is the one who supports
    or condemns, not the object.  Returns where the ل phrase starts."""
    k = end
    while k < len(tokens) and (not tokens[k].is_word or k - end < 2 and "adj" in tokens[k].pos
                               and not clitic_l(tokens[k])):
        k += 1
    return k if k < len(tokens) and clitic_l(tokens[k]) else None


def passive_victim(tokens: list[Token], start: int, end: int, after: list[EntityMention]
                   ) -> bool:
    """An undiacritised killing verb (قتل، اغتيل) after its noun and followed at once by a
    circumstance or a time, with no actor as its object, reads as a passive."""
    verb = tokens[start]
    if end >= len(tokens) or not any(w in verb.lemmas for w in cue_words("victim_verb")):
        return False
    nxt = tokens[end]
    words = cue_words("victim_after") | cue_words("time")
    return (nxt.norm in words or stripped(nxt.norm) in words) and not any(
        m.start == end for m in after)


def head_conjunct(tokens: list[Token], before: list[EntityMention],
                  m: EntityMention | None) -> EntityMention | None:
    """"X ونائبه Y يعربان": a coordinated subject acts through its first member (the
    others join it); joint events pair the members again (``arguments._joint``)."""
    while m is not None:
        prev = next((p for p in reversed(before) if p.end <= m.start), None)
        if prev is None or coordinated(tokens, [m], prev) is not m:
            return m
        m = prev
    return m


def object_suffix(token: Token) -> bool:
    """The word ends in an object or possessive pronoun that is not part of its stem."""
    lemmas = [lemma for lemma in token.lemmas if "/" not in lemma]
    return token.norm.endswith(("ه", "ها", "هم", "هما")) and not any(
        token.norm.endswith(lemma[-2:]) for lemma in lemmas)

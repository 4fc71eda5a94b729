"""Who did it to whom: source and target of a trigger, by Arabic news construction.

Arguments come from the trigger's own clause (``clauses``): VSO/SVO subjects, passives
and "من قبل X", "بين X و Y", "مع Y", "تلقى X اتصالا من Y", "استقبل X Y", relative clauses
(the noun described acts unless an object pronoun says otherwise), "X و Y" acting
together, "الوفدان الأمريكي والعراقي".  A clause without a subject inherits one (a
coordinated verb, a complement of "قال X إن …"), else the sentence's speaker (headline
"X: …", a reporting verb, a quote continued by وأضاف: ``speakers``).  Purpose phrases, topics of
discussion and nouns after "بشأن" state no event.  Phrase-level tests are in ``phrases``;
noun triggers in ``nominal``, recipients in ``recipients``, implicit accusations in
``blame``, the other side of a verbal act in ``addressees``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.analyse import PAIR_ID, EntityMention, Sentence
from kg.extract.addressees import addressed, with_me
from kg.extract.blame import blamed
from kg.extract.clauses import (
    OWN_SIDE,
    Clauses,
    experiencer,
    opens_with_own_side,
    split,
    subject,
)
from kg.extract.common import JOINT_TYPES, clitic_prep, has_lemma, stripped
from kg.extract.nominal import LIGHT_WINDOW, MATERIAL, nominal
from kg.extract.phrases import (
    after_apposition,
    agent_of,
    between_pair,
    body_phrase,
    comitative_of,
    conjoined,
    coordinated,
    feminine,
    first_after_word,
    head_conjunct,
    his,
    inner_object,
    is_person,
    named_member,
    object_of_conjoined,
    object_suffix,
    opposed,
    passive_victim,
    postposed,
    preverbal,
    target_after,
)
from kg.extract.recipients import giver, receives, receiving, recipient
from kg.extract.speakers import speaks, speech_author
from kg.extract.triggers import Hit, verb_of_type
from kg.lang.ar.lexicon import cue_words, cues
from kg.lang.ar.tokenize import Token

_VOW = "@vow"  # a first person future threat (see matching._vow): it needs a target


def arguments(sentence: Sentence, hit: Hit, speaker: EntityMention | None
              ) -> tuple[EntityMention | None, EntityMention | None]:
    """Source and target of a trigger, taken from the trigger's own clause; a clause with
    no subject of its own inherits one (see ``clauses.subject``), else the speaker."""
    clauses = split(sentence)
    clause = clauses.of(hit.start)
    if clause.kind == "purpose" or _purpose(sentence.tokens, hit) or _discussed(
            sentence, clauses, hit) or _requested(sentence, clauses, hit):
        return None, None
    sentence = replace(sentence, actors=_heads(sentence.tokens, sentence.actors))
    inherited = subject(sentence, clauses, clause)
    if inherited is None and speaks(sentence, clauses, hit, speaker):
        inherited = speaker  # (وأضاف أن بلاده ستقدم …: the speaker's state acts)
        if speaker is not None and opens_with_own_side(sentence.tokens, clause):
            inherited = replace(speaker, via=OWN_SIDE)
    if inherited is not None and _not_his(sentence, hit, inherited):
        inherited = None
    if hit.trigger.genitive == "blamed":
        return blamed(sentence, clauses, hit, speaker)
    local = replace(sentence, actors=clauses.members(clause, sentence.actors))
    doer = experiencer(sentence, clause) if hit.verbal and clause.kind == "comp" else None
    if doer is not None:  # سبق لأوتاوا أن وعدت بها بغداد: Ottawa promised Baghdad
        after = [m for m in local.actors if m.start >= hit.end and not m.locative]
        return doer, target_after(sentence.tokens, after, hit.end)
    described, author = speech_author(sentence, hit.start) if hit.verbal else (False, None)
    if described:  # محاضرة لفلان، هاجم فيها X: the author attacks X
        after = [m for m in local.actors if m.start > hit.end and not m.locative]
        return author, target_after(sentence.tokens, after, hit.end + 1)
    if clause.kind == "relative" and hit.verbal:
        source, target = _relative(local, hit, inherited, sentence.actors)
        return source, target or with_me(sentence.tokens, hit, speaker, source)
    if clause.kind == "hal" and hit.start == clause.start and inherited is not None:
        # رافضا تعويض العراق: a circumstantial participle has no subject of its own
        after = [m for m in local.actors if m.start >= hit.end and not m.locative]
        return inherited, opposed(local.tokens, after, hit.end) or target_after(
            local.tokens, after, hit.end)
    source, target = _arguments(local, hit, inherited)
    if _VOW in hit.trigger.senses and (target is None or target.start != hit.end):
        # the one vowed against is the object itself (سنرد على الولايات المتحدة) or the doer
        # of it (سنصد التحركات التي تدعمها إيران); "سنرد بقوة" threatens no one in
        # particular, "سنرد على رسالة الرئيس الإيراني" answers a letter
        target = addressed(sentence, hit)
        if target is None:
            return None, None
    if target is None and hit.verbal:
        target = addressed(sentence, hit)
    if target is None or source is not None and target.entity_id == source.entity_id:
        target = recipient(sentence, local, hit) or target  # المساعدة الكندية: the giver
    if hit.verbal and receives(sentence.tokens[hit.start]):
        return giver(local, hit, source), source
    if source is not None and source.entity_id == PAIR_ID:
        return _named_pair(sentence, source)
    if source is not None and target is None and hit.type in JOINT_TYPES:
        source, target = _joint(local, source)
        return source, target or with_me(sentence.tokens, hit, speaker, source)
    return source, target


def _relative(sentence: Sentence, hit: Hit, antecedent: EntityMention | None,
              every: list[EntityMention]) -> tuple[EntityMention | None, EntityMention | None]:
    """A verb in a relative clause: with an object pronoun (التحالف الذي تقوده X) its
    subject follows and the noun described is the object; without one, the noun described
    is the subject (الفصائل التي تهاجم X)."""
    tokens = sentence.tokens
    after = [m for m in sentence.actors if m.start >= hit.end and not m.locative]
    if object_suffix(tokens[hit.start]):
        return postposed(tokens, after, hit.end), antecedent
    if antecedent is not None and hit.type in JOINT_TYPES:
        pair = _joint(sentence, antecedent, [m for m in every if m.end <= hit.start])
        if pair[1] is not None:
            return pair  # طهران وواشنطن، اللتين اتفقتا
    return antecedent, target_after(tokens, after, hit.end)


def _named_pair(sentence: Sentence, pair: EntityMention
                ) -> tuple[EntityMention, EntityMention | None]:
    """الوفدان الأمريكي والعراقي: two nationality adjectives name the two sides."""
    adjs = [m for m in sentence.actors if m.start >= pair.end and m.via == "adj"][:2]
    if len(adjs) == 2 and adjs[0].start == pair.end and adjs[1].start == adjs[0].end:
        return adjs[0], adjs[1]
    return pair, None


def joint(sentence: Sentence, source: EntityMention | None, target: EntityMention | None
          ) -> bool:
    """True when source and target are coordinated "X و Y": they act together, so the
    event between them has no direction (اتفق العراق وإيران، يؤكدان التزامهما)."""
    if source is None or target is None:
        return False
    return coordinated(sentence.tokens, [target], source) is target


def _joint(sentence: Sentence, source: EntityMention,
           candidates: list[EntityMention] | None = None
           ) -> tuple[EntityMention, EntityMention | None]:
    """"X و Y" acting together on a joint-action trigger: X with Y."""
    actors = [m for m in (sentence.actors if candidates is None else candidates)
              if not m.locative and m.entity_id != PAIR_ID]
    nxt = coordinated(sentence.tokens, actors, source)
    if nxt is not None and nxt.entity_id != source.entity_id:
        return source, nxt
    prev = next((m for m in actors if m.end <= source.start
                 and coordinated(sentence.tokens, [source], m) is source), None)
    if prev is not None and prev.entity_id != source.entity_id:
        return prev, source
    return source, None


def _discussed(sentence: Sentence, clauses: Clauses, hit: Hit) -> bool:
    """ناقش الجانبان سبل التعاون، اجتماعات بشأن سحب القوات: a noun in what is discussed
    is a topic, not an event."""
    if hit.verbal and "noun" not in sentence.tokens[hit.start].pos:
        return False
    owner = clauses.owner[hit.start]
    before = sentence.tokens[max(0, hit.start - 3):hit.start]
    if any(t.norm in cue_words("about") for t in before):
        return True
    for k in range(hit.start - 1, max(-1, hit.start - LIGHT_WINDOW), -1):
        if clauses.owner[k] != owner:
            return False
        if any(has_lemma(sentence.tokens[k], w[0]) for w in cues()["discuss"]):
            return True
    return False


def _requested(sentence: Sentence, clauses: Clauses, hit: Hit) -> bool:
    """دعا إلى حوار بين X و Y، طالب بمحادثات: a noun after the complement of a verb of
    asking names what is asked for, which has not happened."""
    tokens = sentence.tokens
    if hit.verbal or hit.type == "REQUEST":
        return False
    k = hit.start - 1
    while k >= 0 and not tokens[k].is_word:
        k -= 1
    asked = k >= 0 and tokens[k].norm in {"الي", "الى"} or clitic_prep(tokens[hit.start]) \
        and tokens[hit.start].norm[:1] == "ب"
    if not asked:
        return False
    owner = clauses.owner[hit.start]
    return any(clauses.owner[j] == owner and verb_of_type(tokens[j], "REQUEST")
               for j in range(max(0, hit.start - LIGHT_WINDOW), hit.start))


def _purpose(tokens: list[Token], hit: Hit) -> bool:
    """لدعم، لمواجهة، للقاء: a trigger with the clitic ل says what something is for (a
    word that starts with ل shows the clitic as a doubled ل); after إضافة (إضافة لتدريب
    …: in addition to training) the ل adds one more item to what was told."""
    token, word = tokens[hit.start], hit.trigger.words[0]
    prefixes = ("لل", "ولل") if word.startswith("ل") else ("ل", "ول")
    added = hit.start > 0 and stripped(tokens[hit.start - 1].norm) in cue_words("addition")
    return hit.type not in MATERIAL and token.norm.startswith(prefixes) and \
        not word.startswith("لل") and not added


def _arguments(sentence: Sentence, hit: Hit, speaker: EntityMention | None
               ) -> tuple[EntityMention | None, EntityMention | None]:
    tokens = sentence.tokens
    actors = [m for m in sentence.actors if not m.locative or m.start > hit.start and (
        hit.trigger.mode == "visit" or receiving(tokens, hit, m))]
    # Words of a multi-word trigger may surround the subject (شدد الوزير على ضرورة).
    after = [m for m in actors if m.start > hit.start]
    before = [m for m in actors if m.end <= hit.start]
    # بين X و Y names both sides of a joint event, but only the subject matter of others
    # (يدعو إلى حوار بين X و Y)
    between = between_pair(tokens, after, hit.start + 1) if hit.type in JOINT_TYPES else None
    if between is not None:
        return between
    # خرج المتظاهرون: the phrase holds its subject (and may hold its object too)
    inside = [m for m in after if m.start < hit.end]
    if hit.verbal and inside and inside[0].end <= hit.end:
        rest = [m for m in after if m.start >= hit.end]
        if hit.trigger.symmetric and coordinated(tokens, inside[1:], inside[0]):
            return inside[0], coordinated(tokens, inside[1:], inside[0])  # تبادلت X و Y معلومات
        return inside[0], inner_object(tokens, inside) or opposed(
            tokens, rest, hit.end) or target_after(tokens, rest, hit.end)
    host = _host_before(tokens, before, hit)
    if host is not None:  # تلقى X اتصالا من Y / استقبل X … Y
        return first_after_word(tokens, after, "من") or _next(after, host), host
    agent = agent_of(tokens, after)
    if hit.verbal and (agent is not None or _passive(tokens[hit.start])):
        patient = next((m for m in after if m is not agent), None)
        return agent, patient  # a passive names its doer only after من قبل، على يد …
    if hit.verbal:
        return _verbal(tokens, hit, before, after, speaker)
    return nominal(tokens, hit, before, after, speaker)


def _verbal(tokens: list[Token], hit: Hit, before: list[EntityMention],
            after: list[EntityMention], speaker: EntityMention | None
            ) -> tuple[EntityMention | None, EntityMention | None]:
    """Subject and object of a verb: VSO (subject right after the verb) unless an actor
    stands right before it (SVO headline style) or the verb is first person (the speaker)."""
    adjacent = preverbal(tokens, before, hit.start)
    if passive_victim(tokens, hit.start, hit.end, after):  # "X، قائد …، قتل خلال …"
        own = speaker if speaker is not None and any(
            m.start == speaker.start for m in before) else None
        if adjacent or own:
            return None, own or adjacent
    if adjacent is not None and (any(t.norm not in ("قد", "لقد") for t in tokens[
            adjacent.end:hit.start]) or conjoined(tokens[hit.start])):
        adjacent = None  # "القواعد العراقية وخفض": و joins the verb to what came before
    subject = None if adjacent or _firstis_person(tokens[hit.start]) else postposed(
        tokens, after, hit.start + 1)
    if subject is None:
        subject = head_conjunct(tokens, before, adjacent) or (
            speaker if _firstis_person(tokens[hit.start]) else None) \
            or preverbal(tokens, before, hit.start) or speaker
        target = opposed(tokens, after, hit.end) or target_after(tokens, after, hit.end)
        if hit.trigger.symmetric and len(before) > 1 and coordinated(
                tokens, before, before[-2]) is before[-1]:
            subject, target = before[-2], before[-1]  # X و Y اتفقا
    elif (before or speaker) and object_of_conjoined(tokens, hit.start, subject):
        # انتقد X Y وحث Z على …: Z is the object, X (or the inherited subject) the subject
        subject, target = _first_subject(tokens, before) or speaker, named_member(
            tokens, after, subject) or subject
    else:
        target = coordinated(tokens, after, subject) if hit.trigger.symmetric else None
        rest = after_apposition(tokens, max(subject.end, hit.end))
        target = target or comitative_of(tokens, after) or target_after(
            tokens, [m for m in after if m.start >= rest], rest)
        target = target and named_member(tokens, after, target) or target
    if hit.trigger.mode == "visit" and hit.type == "CONSULT" and has_lemma(
            tokens[hit.start], "استقبل"):
        return target, subject  # استقبل X Y: Y visits, X hosts
    return subject, target


def _first_subject(tokens: list[Token], before: list[EntityMention]) -> EntityMention | None:
    """The first actor of the clause that can be its subject: not a nationality adjective
    on a thing (المتحدث باسم وفد التفاوض الإيراني، حسن موسيان: Mousavian, not Iran)."""
    return next((m for m in before if m.via != "adj" or body_phrase(
        tokens[max(0, m.start - 1):m.start])), None)


def _firstis_person(token: Token) -> bool:
    return token.first_person


def _passive(token: Token) -> bool:
    # camel-tools offers active and passive readings of undiacritised verbs; a written
    # damma on the first letters (استُهدف، قُتل) settles it.
    return token.passive or "\u064f" in token.text[:4]


def _not_his(sentence: Sentence, hit: Hit, subject: EntityMention) -> bool:
    """A meeting noun with the masculine ـه is no feminine state's own meeting (ولا تنسى
    طهران مواقف الزعيم، وآخرها كان زيارته إلى الرياض: not Tehran's visit), so the clause's
    subject does not do it.  A person named before the noun may be the one the pronoun
    refers to: then the subject stays, and ``resolve_context`` gives the visit to that
    person (… مع مقتدى الصدر، وكان آخر فصوله زيارته)."""
    tokens = sentence.tokens
    return hit.type == "CONSULT" and not hit.verbal and his(tokens[hit.start]) and \
        feminine(tokens, subject) and not any(
            is_person(m) for m in sentence.actors if m.end <= hit.start)


def _heads(tokens: list[Token], actors: list[EntityMention]) -> list[EntityMention]:
    """The mentions that may fill a role: a delegation's mention gives way to "برئاسة Y"
    (Y acts for it), an office to the person named right after it (الناطق باسم الوزارة
    اللواء X), and a leader after "بقيادة" only describes the body before it."""
    out: list[EntityMention] = []
    for k, m in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if m.start > 0 and tokens[m.start - 1].norm in cue_words("leader"):
            continue
        if out and out[-1].end > m.start:
            continue  # already joined to the office before it
        if nxt is not None and nxt.start - m.end <= 4 and any(
                t.norm == "برئاسه" for t in tokens[m.end:nxt.start]):
            continue
        if nxt is not None and m.via == "title" and not is_person(m) and is_person(nxt) and all(
                not t.is_word for t in tokens[m.end:nxt.start]):
            out.append(replace(nxt, start=m.start, text=f"{m.text} {nxt.text}"))
            continue
        out.append(m)
    return out


def _next(after: list[EntityMention], not_this: EntityMention) -> EntityMention | None:
    return next((m for m in after if m.entity_id != not_this.entity_id), None)


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

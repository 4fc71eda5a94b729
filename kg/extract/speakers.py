"""Who speaks a sentence: the speaker whose words its events are.

A headline "X: …", the subject of a reporting verb (قال X، X قال، وكان X قد قال), or the
previous sentence's speaker when the sentence goes on with a quote (وأضاف، a sentence
that opens with a quotation mark) or opens with a verb whose subject is unsaid
(ودعا الولايات المتحدة إلى …).  ``arguments`` falls back on the speaker for triggers
whose clause names no subject.
"""

from __future__ import annotations

from kg import gazetteer
from kg.analyse import PAIR_ID, Document, EntityMention, Sentence
from kg.extract.clauses import Clauses, blocked, split, subject
from kg.extract.common import PREPS, clitic_prep, cue_at, is_reporting, stripped
from kg.extract.phrases import (
    SUBJECT_WINDOW,
    agrees,
    body_phrase,
    is_person,
    marked_by_preposition,
    masculine,
    oblique_plural,
    plural_verb,
)
from kg.extract.triggers import Hit
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.morphology import imperfect

_QUOTES = frozenset({'"', "«", "“"})  # opening quotation marks
_OPENING = frozenset({"«", "“"})
_CLOSING = frozenset({"»", "”"})
_COMMAS = frozenset({"،", ","})
_AUTHOR_REACH = 5  # words of the author's name between a speech noun and the verb


def speakers(doc: Document) -> list[EntityMention | None]:
    """The speaker of each sentence of the document, in order.  A quotation opened in one
    sentence («… . … .») goes on in the next ones until it closes or its paragraph ends."""
    out: list[EntityMention | None] = []
    speaker: EntityMention | None = None
    topic: EntityMention | None = None  # the subject of the sentence before
    quoting = False
    end = 0
    for sentence in doc.sentences:
        if "\n" in doc.cleaned.text[end:sentence.start]:
            quoting = False  # an unclosed quotation does not run into the next paragraph
        speaker = speaker_of(sentence, speaker, quoting)
        if speaker is None and _unsaid_reporter(sentence):
            speaker = topic  # وشعر كروكر بتأثيره … . وقال لبي بي سي: Crocker said
        topic = _main_subject(sentence)
        quoting = _still_quoting(sentence, quoting)
        end = sentence.end
        out.append(speaker)
    return out


def _unsaid_reporter(sentence: Sentence) -> bool:
    """وقال لبي بي سي …، وأضاف أن …: a sentence opening with a reporting verb followed at
    once by its complement, a quotation or the addressee, with no subject between."""
    tokens = sentence.tokens
    if len(tokens) < 2 or not is_reporting(tokens[0]) or sentence.headline or \
            imperfect(tokens[0].text):
        return False  # وأضاف، not ويضيف: a reporter tells a past statement
    nxt = tokens[1]
    # (ل of the addressee: لبي بي سي reads as the verb لبّى to the analyser)
    return not nxt.is_word or nxt.norm in PREPS or nxt.norm in {"ان", "بان"} or \
        nxt.norm[:1] == "ل" or clitic_prep(nxt)


def _main_subject(sentence: Sentence) -> EntityMention | None:
    clauses = split(sentence)
    return subject(sentence, clauses, clauses.items[0])


def _still_quoting(sentence: Sentence, quoting: bool) -> bool:
    """Whether a quotation is open after the sentence (only the directed marks «» “”: a
    straight " opens and closes alike)."""
    for token in sentence.tokens:
        if token.text in _OPENING:
            quoting = True
        elif token.text in _CLOSING:
            quoting = False
    return quoting


def speaker_of(sentence: Sentence, previous: EntityMention | None, quoting: bool = False
               ) -> EntityMention | None:
    """Who speaks this sentence: a headline "X: …", a reporting verb's subject, or the
    previous speaker when the sentence continues a quote (وأضاف، وتابع، a quotation
    still open from the sentence before)."""
    tokens = sentence.tokens
    colon = next((k for k, t in enumerate(tokens[:10]) if t.text == ":"), None)
    if colon is not None and not any("verb" in t.pos for t in tokens[:colon]):
        before = [m for m in sentence.actors if m.end <= colon and m.entity_id != PAIR_ID]
        if before:
            return before[0]
    for k, token in enumerate(tokens[:2 * SUBJECT_WINDOW]):
        if not is_reporting(token) or token.norm in PREPS:  # بين "between", not "explained"
            continue
        if k >= SUBJECT_WINDOW:  # later only after a long preposed subject (وكان الوزير X قال)
            before = _subject_before(sentence, k)
            if before is not None and before.start < SUBJECT_WINDOW:
                return before
            continue
        subject = _subject_after(sentence, k + 1) or _subject_before(sentence, k)
        if subject is not None:
            return subject
        return previous if k <= 1 else None
    return previous if quoting or _subjectless(sentence) or _quoted(sentence) else None


def _quoted(sentence: Sentence) -> bool:
    """A sentence that is all quotation (opens with a quotation mark) goes on with the
    words of the speaker quoted before it."""
    return bool(sentence.tokens) and sentence.tokens[0].text in _QUOTES and not sentence.headline


def _subjectless(sentence: Sentence) -> bool:
    """ودعا الولايات المتحدة إلى …، وطالب بـ …، ودعا المحتجين إلى …: a sentence that opens
    with a verb whose subject is unsaid (the next word is its complement, a body the verb
    does not agree with, or a plural in -ين, which is never a subject) goes on about the
    previous sentence's speaker."""
    tokens = sentence.tokens
    if len(tokens) < 2 or not masculine(tokens[0]) or sentence.headline:
        return False
    first = next((m for m in sentence.actors if m.start == 1), None)
    if first is not None:
        return oblique_plural(tokens[1]) or not agrees(tokens[0], first, tokens)
    return tokens[1].norm in {"الي", "علي", "ان", "بان"} or tokens[1].norm[:1] == "ب" and \
        clitic_prep(tokens[1])


def _subject_before(sentence: Sentence, k: int) -> EntityMention | None:
    """لكن فالون صرح، والوزير قال: the actor right before the reporting verb."""
    return next((m for m in sentence.actors if m.end == k and not m.locative
                 and not marked_by_preposition(sentence.tokens[m.start])
                 and (m.start == 0 or sentence.tokens[m.start - 1].norm not in PREPS)), None)


def _subject_after(sentence: Sentence, k: int) -> EntityMention | None:
    for m in sentence.actors:
        if m.start >= k and m.start - k <= SUBJECT_WINDOW and not m.locative:
            between = sentence.tokens[k:m.start]
            if any(t.norm in PREPS or is_reporting(t) for t in between) or marked_by_preposition(
                    sentence.tokens[m.start]) or m.via == "adj" and not body_phrase(between):
                return None  # قال المصدر لوكالة الأنباء الألمانية: not the agency's words
            if any(t.text in _QUOTES for t in between):
                return None  # وأكد "التزام العراق …": the quotation is the object
            return m
    return None


def speech_author(sentence: Sentence, verb: int) -> tuple[bool, EntityMention | None]:
    """"محاضرة لفلان، هاجم فيها X"، "كلمة للرئيس X انتقد فيها Y": a verb with a resumptive
    pronoun after "a speech of someone's" tells what was said in it, so its subject is the
    speech's author (لـ on a speech noun names who gave it) and the name after the pronoun
    is its object.  Returns whether the verb is so described, and the author when an actor
    names them (None for a name the gazetteer does not know).  A speech with no author
    (في بيان، اتهم فيه الوزير …) is no such case: the name after the pronoun is its subject."""
    tokens = sentence.tokens
    if verb + 1 >= len(tokens) or cue_at(tokens, verb + 1, "resumptive") == 0:
        return False, None
    end = verb - 1 if verb > 0 and tokens[verb - 1].text in _COMMAS else verb
    for noun in range(end - 2, max(-1, end - _AUTHOR_REACH - 2), -1):
        owner = tokens[noun + 1]
        if not tokens[noun].is_word or tokens[noun].text in _COMMAS:
            return False, None
        if {tokens[noun].norm, stripped(tokens[noun].norm)} & cue_words("speech") and \
                owner.norm[:1] == "ل" and clitic_prep(owner):
            return True, next((m for m in sentence.actors
                               if m.end == end and m.start >= noun + 1), None)
    return False, None


def speaks(sentence: Sentence, clauses: Clauses, hit: Hit, speaker: EntityMention | None
            ) -> bool:
    """Whether a clause with no subject of its own is the speaker's: always in the first
    person (وسنصد التحركات …), else unless it is a relative clause, its subject is a noun
    that is no actor (``clauses.blocked``) or the verb says "they" of a speaker who is
    one person or state (وما داموا يدعمونها in a minister's words)."""
    token = sentence.tokens[hit.start]
    if hit.verbal and token.first_person:
        return True
    clause = clauses.of(hit.start)
    return clause.kind != "relative" and not blocked(sentence, clauses, clause, hit.start) \
        and not (speaker is not None and _single(speaker) and plural_verb(token))


def _single(m: EntityMention) -> bool:
    actor = gazetteer.actor(m.entity_id)
    return is_person(m) or actor is not None and actor.kind == "state"

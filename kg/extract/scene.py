"""The stretch of words a time or place belongs to, and the scenes events share.

A sentence often reports several events ("… في عام 2001، وفي عام 2007 أرسلت …", "… الذي
وقع في بغداد"), and a place or date of another clause belongs to another event; so the
place and date of an event are read from its trigger's clause (``clause``, ``clauses``).
When the clause has none, the event may share the scene of another telling: the statement
a sentence continues (وأضاف، وطالب الوزير …), the time "then" (آنذاك), the statement it
answers, the occasion a definite noun names again (الاجتماع), or another telling of a
one-time event (الانسحاب الأميركي من العراق).  ``kg.extract.where`` and ``kg.extract.when``
ask these for a place and a date.

The clause here is the stretch of words a time or place adverbial can belong to; it is
not the clause of ``kg/extract/clauses.py``, which finds who acts, and whose openers
(a verb after و) would cut a fronted date off its verb ("في عام 2005، زار …").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kg import gazetteer
from kg.analyse import Document, EntityMention, Sentence
from kg.extract.common import is_reporting, is_verb, stripped
from kg.extract.triggers import Hit, cue_at
from kg.lang.ar.lexicon import cue_words, cues, triggers
from kg.lang.ar.morphology import imperfect
from kg.lang.ar.tokenize import Token

T = TypeVar("T")

STOPS = frozenset({"؛", ";", ".", "!", "؟", "?", ":"})
COMMAS = frozenset({"،", ","})
_QUOTES = ('"', "«", "“", "'")
# A relative clause right after the trigger noun describes the event itself
# (الاتفاق الذي أبرم في فيينا): within this many tokens it stays in the clause.
_OWN_RELATIVE = 2
_TITLE_WORDS = 7  # words of a title before its holder's name (رئيس حكومة تصريف الأعمال …)
NEIGHBOURS = 4  # places this close are named together (قاعدة عين الأسد في الأنبار)
CONTINUE_DEPTH = 3  # how many sentences back a statement's scene is looked for
_TOLD_DEPTH = 5  # how many sentences back an occasion named again (الاجتماع) is looked for
# Events told by a noun of an occasion (a meeting, a visit, talks): one such noun, definite,
# names again an occasion told before, with its time and place.
OCCASIONS = frozenset({"CONSULT"})
# Events that happen once and are named again by their noun: a withdrawal, a meeting.
ONE_TIME = frozenset({"CONSULT", "RETREAT"})


def clause(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around tokens [start, end)."""
    lo = start
    while lo > 0 and not (_opens_clause(tokens, lo, start) and _has_own_verb(tokens, lo)):
        lo -= 1
    hi = end
    while hi < len(tokens) and not _opens_clause(tokens, hi, end):
        hi += 1
    return lo, hi


def clauses(sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """The clause around tokens [start, end), then, when a relative clause is embedded in
    it, the stretch where it goes on after that relative clause: the place and date of
    the trigger's clause may stand there."""
    lo, hi = clause(sentence.tokens, start, end)
    rest = _resumption(sentence, hi, end)
    return [(lo, hi)] if rest is None else [(lo, hi), rest]


def _resumption(sentence: Sentence, rel: int, anchor: int) -> tuple[int, int] | None:
    """Where a clause goes on after the relative clause opened at token ``rel``.

    A comma that opens no new clause closes the relative clause ("أعلن زعيما القائمتين
    اللتين تصدرتا النتائج، الصدر والعامري، مساء الثلاثاء تحالفهما").  So does a word of
    occasion after a relative clause in the present tense that tells who an actor is: a
    standing description takes no dated adjunct ("وعدت دول التحالف الذي تقوده الولايات
    المتحدة إثر اجتماع في كندا الخميس بتقديم …")."""
    tokens = sentence.tokens
    if rel >= len(tokens) or tokens[rel].norm not in cue_words("clause:relative"):
        return None
    standing = _describes_actor(sentence, rel)
    for k in range(rel + 1, len(tokens)):
        token = tokens[k]
        if token.text in COMMAS and not _opens_clause(tokens, k, anchor):
            start = k + 1
        elif standing and (token.norm in cue_words("attr:occasion")
                           or stripped(token.norm) in cue_words("attr:occasion")):
            start = k
        elif _opens_clause(tokens, k, anchor):
            return None
        else:
            continue
        stop = start
        while stop < len(tokens) and not _opens_clause(tokens, stop, anchor):
            stop += 1
        return (start, stop) if stop > start else None
    return None


def _describes_actor(sentence: Sentence, rel: int) -> bool:
    """A relative pronoun right after an actor, with a verb in the present tense:
    التحالف الذي تقوده الولايات المتحدة، الفصائل التي تدعمها إيران."""
    verb = next_word(sentence.tokens, rel)
    return any(m.end == rel for m in sentence.actors) and is_verb(verb) \
        and imperfect(verb.text)


def _opens_clause(tokens: list[Token], k: int, anchor: int) -> bool:
    """Whether a new clause starts at token ``k`` (``anchor``: the trigger side)."""
    token = tokens[k]
    if token.text in STOPS:
        return True
    if token.text in COMMAS:
        nxt = next_word(tokens, k)
        return nxt is not tokens[k] and (
            nxt.norm in cue_words("attr:fronted") or _subordinate(nxt.norm)
            or nxt.norm[:1] in "وف" and is_verb(nxt))
    if token.norm in cue_words("clause:relative"):
        return not _describes_trigger(tokens, k, anchor)
    return _subordinate(token.norm) or token.norm in cue_words("attr:fronted") \
        or cue_at(tokens, k, "attr:subordinate") > 1 or _new_subject(tokens, k)


def _new_subject(tokens: list[Token], k: int) -> bool:
    """"… اتفاق نووي في فيينا وبغداد ترحب": و, a name and a verb open a clause of its own
    (its subject first, as headlines put it)."""
    token = tokens[k]
    return token.norm[:1] == "و" and "noun_prop" in token.pos and not is_verb(token) \
        and k + 1 < len(tokens) and is_verb(tokens[k + 1])


def _describes_trigger(tokens: list[Token], k: int, anchor: int) -> bool:
    """A relative clause right after the trigger noun (or its adjective) is about the event
    itself: الاتفاق الذي أبرم في فيينا، الهجوم الأخير الذي وقع أمس."""
    between = tokens[anchor:k]
    return 0 <= k - anchor <= _OWN_RELATIVE and all(
        "adj" in t.pos and "verb" not in t.pos for t in between)


def _has_own_verb(tokens: list[Token], k: int) -> bool:
    """A fronted adverbial (وفي عام 2007، وخلال الحوار) opens a new clause only when the
    words before it already have their verb; else they are adverbials of the same verb."""
    if tokens[k].norm not in cue_words("attr:fronted") and not (
            tokens[k].text in COMMAS and next_word(tokens, k).norm in cue_words("attr:fronted")):
        return True
    j = k - 1
    while j >= 0 and tokens[j].text not in STOPS:
        if is_verb(tokens[j]):
            return True
        j -= 1
    return False


def next_word(tokens: list[Token], k: int) -> Token:
    return next((t for t in tokens[k + 1:] if t.is_word), tokens[k])


def _subordinate(norm: str) -> bool:
    return norm in cue_words("clause:sub") or norm in cue_words("attr:subordinate")


def continues(doc: Document, sentence: Sentence) -> bool:
    """A sentence that opens with a verb of saying (وأضاف، ودعا، واتهم …) carries on the
    statement, and so the scene, of the sentence before it; so does a sentence that is
    all quotation (the speaker's words going on)."""
    if sentence.text.lstrip().startswith(_QUOTES):
        return True
    verb = _statement_opening(sentence)
    if verb is None:
        return False
    # A new speaker opens a new statement; one named in the last few sentences goes on.
    subject = _subject_after(sentence, verb)
    before = doc.sentences[max(0, sentence.index - CONTINUE_DEPTH):sentence.index]
    return subject is None or any(m.entity_id == subject.entity_id
                                  for s in before for m in s.actors)


def _statement_opening(sentence: Sentence) -> int | None:
    """The index of the sentence's first word when it is a verb of saying."""
    verb = next((k for k, t in enumerate(sentence.tokens) if t.is_word), None)
    return verb if verb is not None and says(sentence.tokens[verb]) else None


def says(token: Token) -> bool:
    """A verb of saying; not in the passive ("وتضاف هذه المساعدة" is added, not said)."""
    return not token.passive and (is_reporting(token) or any(
        lemma.endswith("/v") and lemma[:-2] in cue_words("attr:statement")
        for lemma in token.lemmas))


def _subject_after(sentence: Sentence, verb: int) -> EntityMention | None:
    """The subject follows its verb: a name (وأدانت إيران), a noun with a nationality
    adjective (وأدانت الحكومة الأردنية), or a title and the name of its holder (وأدان رئيس
    حكومة تصريف الأعمال العراقية عادل عبد المهدي)."""
    near = next((m for m in sentence.actors if not m.locative and (
        m.start == verb + 1 or m.start == verb + 2 and m.via == gazetteer.VIA_ADJ)), None)
    return near or _titled_subject(sentence, verb)


def _titled_subject(sentence: Sentence, verb: int) -> EntityMention | None:
    """A person named at the end of the noun phrase right after the verb (its title)."""
    tokens = sentence.tokens
    end = verb + 1
    while end < len(tokens) and end - verb <= _TITLE_WORDS and tokens[end].is_word \
            and "prep" not in tokens[end].pos and not is_verb(tokens[end]):
        end += 1
    return next((m for m in sentence.actors if verb + 1 < m.start < end and not m.locative
                 and _person(m)), None)


def _person(m: EntityMention) -> bool:
    known = gazetteer.actor(m.entity_id)
    return m.via == "title" or known is not None and known.kind == "person"


def opening_subject(sentence: Sentence) -> EntityMention | None:
    """Who speaks in a sentence that opens, after a connective (لكن، كما), with a verb
    of saying and its subject (وصرح الصدر) or with a subject and its verb (فالون صرح)."""
    words = [k for k, t in enumerate(sentence.tokens) if t.is_word]
    if words and sentence.tokens[words[0]].norm in cue_words("attr:connective"):
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if says(sentence.tokens[first]):
        return _subject_after(sentence, first)
    subject = next((m for m in sentence.actors if m.start == first and not m.locative), None)
    if subject is not None and subject.end < len(sentence.tokens) \
            and says(sentence.tokens[subject.end]):
        return subject
    return None


def goes_back(doc: Document, sentence: Sentence, hit: Hit, lo: int, hi: int) -> bool:
    """Whether the clause happens in the scene of the sentence before: it continues that
    statement, happens "then" (آنذاك), or answers the one who spoke there."""
    return continues(doc, sentence) or then(sentence, lo, hi) or _answers(doc, sentence, hit, hi)


def _answers(doc: Document, sentence: Sentence, hit: Hit, hi: int) -> bool:
    """"ووصف الوزير الكندي سليماني بأنه … . واتهم موسيان الوزير الكندي بـ…": a statement
    aimed at the one who spoke in the sentence before answers him in the same exchange."""
    if sentence.index == 0 or not says(sentence.tokens[hit.start]):
        return False
    speaker = opening_subject(doc.sentences[sentence.index - 1])
    return speaker is not None and any(
        m.entity_id == speaker.entity_id and hit.end <= m.start < hi and not m.locative
        for m in sentence.actors)


def then(sentence: Sentence, lo: int, hi: int) -> bool:
    """آنذاك، حينها، في ذلك الوقت: the clause happens at the time just told of."""
    tokens = sentence.tokens
    return any(t.norm in cue_words("attr:then") for t in tokens[lo:hi]) or any(
        tuple(t.norm for t in tokens[k:k + len(p)]) == p
        for p in cues().get("attr:then", ()) if len(p) > 1 for k in range(lo, hi))


def event_noun(token: Token) -> bool:
    """A noun that is the one-word trigger of an event (مقتل، انتشار، معركة)."""
    if "noun" not in token.pos or "verb" in token.pos:
        return False
    index = triggers()
    return any(len(t.words) == 1 and t.pos in ("n", "*") and t.type != "-"
               for lemma in token.lemmas if "/" not in lemma for t in index.get(lemma, ()))


def definite_stem(norm: str) -> str | None:
    for prefix in ("وبال", "وال", "بال", "فال", "ولل", "لل", "ال"):
        if norm.startswith(prefix):
            return norm[len(prefix):]
    return None


def first_found(spans: list[tuple[int, int]], find: Callable[[int, int], T | None]) -> T | None:
    """What ``find`` gives for the first of ``spans`` where it finds something."""
    return next((found for lo, hi in spans if (found := find(lo, hi)) is not None), None)


def told_before(doc: Document, sentence: Sentence, k: int,
                 find: Callable[[Sentence, int, int, int], T | None]) -> T | None:
    """"وشارك في الاجتماع …": a definite noun of an occasion refers back to the occasion
    last named with the same noun ("إثر اجتماع في كندا الخميس"), whose time and place are
    its own; a mention that has none and is definite itself refers further back."""
    token = sentence.tokens[k]
    lemmas = {lemma for lemma in token.lemmas if lemma.endswith("/n")}
    if not lemmas or definite_stem(token.norm) is None:
        return None
    for earlier in reversed(doc.sentences[max(0, sentence.index - _TOLD_DEPTH):
                                          sentence.index + 1]):
        stop = k if earlier is sentence else len(earlier.tokens)
        for j in range(stop - 1, -1, -1):
            other = earlier.tokens[j]
            if lemmas.isdisjoint(other.lemmas) or "noun" not in other.pos:
                continue
            found = first_found(clauses(earlier, j, j + 1),
                           lambda lo, hi, s=earlier, j=j: find(s, lo, hi, j))
            if found is not None or definite_stem(other.norm) is None:
                return found
    return None


def restated(doc: Document, sentence: Sentence, k: int,
              find: Callable[[Sentence, int, int, int], T | None],
              key: Callable[[T], str]) -> T | None:
    """"الانسحاب الأميركي من العراق … وبعد انسحاب القوات الأميركية من العراق في ديسمبر
    2011": a definite noun of a one-time event with no time or place of its own is the
    event that another mention of the noun, anywhere in the article, tells with the same
    parties or place after it; when those mentions agree on a time or place, it is its."""
    token = sentence.tokens[k]
    lemmas = {lemma for lemma in token.lemmas if lemma.endswith("/n")}
    own = _complement(sentence, k)
    if not lemmas or not own or definite_stem(token.norm) is None:
        return None
    found: dict[str, T] = {}
    for other in doc.sentences:
        for j, word in enumerate(other.tokens):
            if (other is sentence and j == k) or lemmas.isdisjoint(word.lemmas) \
                    or "noun" not in word.pos or not own <= _complement(other, j):
                continue
            told = first_found(clauses(other, j, j + 1),
                          lambda lo, hi, s=other, j=j: find(s, lo, hi, j))
            if told is not None:
                found.setdefault(key(told), told)
    return next(iter(found.values())) if len(found) == 1 else None


def _complement(sentence: Sentence, k: int) -> frozenset[str]:
    """The parties and places named right after the noun at ``k`` (الانسحاب الأميركي من
    العراق: the United States and Iraq)."""
    return frozenset(m.entity_id for m in (*sentence.actors, *sentence.places)
                     if k < m.start <= k + NEIGHBOURS)


def scene(doc: Document, index: int, depth: int,
           find: Callable[[Sentence, int, int, int], T | None]) -> T | None:
    """What ``find`` gives for a sentence's main clause (that of its first verb), or for
    the sentence it continues, up to ``depth`` sentences back."""
    if index < 0 or depth == 0:
        return None
    sentence = doc.sentences[index]
    verb = next((k for k, t in enumerate(sentence.tokens) if is_verb(t) or says(t)), None)
    if verb is not None:
        found = first_found(clauses(sentence, verb, verb + 1),
                       lambda lo, hi: find(sentence, lo, hi, verb))
        if found is not None:
            return found
    goes_on = continues(doc, sentence) or verb is not None and then(
        sentence, *clause(sentence.tokens, verb, verb + 1))
    return scene(doc, index - 1, depth - 1, find) if goes_on else None

"""How one lexicon row matches at a token of a sentence (``triggers``): the other words of
a multi-word trigger, within a gap that names, punctuation and time words do not widen,
or a verb's object word after its subject (``@vso``), and the row's sense constraints
(``+cat`` / ``-cat`` in the sentence, ``>cat`` after it, ``<cat`` before it, ``=cat`` as
its next phrase; the flags ``@own``, ``@vow``, ``@addressee``)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.common import (
    POSSESSIVE,
    SENTENCE_PUNCT,
    cue_at,
    cue_in,
    is_noun,
    is_verb,
    owned,
    stripped,
)
from kg.lang.ar.lexicon import Trigger
from kg.lang.ar.tokenize import Token

_GAP = 4  # words allowed between the words of a multi-word trigger
OBJECT_REACH = 14  # tokens from a verb to its object word (its subject may stand between)
_FLAG = "@"  # senses prefix of a flag (not a cue category)
_ADDRESSEE = "@addressee"  # senses flag: an actor right after the words is urged
_VOW = "@vow"  # senses flag: a first person future (سنصدهم، سوف نرد): the speaker vows it
_VSO = "@vso"  # senses flag: the verb's subject may stand between it and its object word
_OWN = "@own"  # senses flag: the stance noun is the speaker's own (see _own_stance)
_NEXT = ">"  # senses prefix: ">cat" = a cue of cat follows the words (تسبب في + a harm)
_PREVIOUS = "<"  # senses prefix: "<cat" = a cue of cat just before (المتظاهرون خرجوا)
_RIGHT_AFTER = "="  # senses prefix: "=cat" = a cue of cat is the next phrase (دعمها للإرهاب)


@dataclass(frozen=True)
class Named:
    """Where the sentence's actor mentions start, and every token inside one."""

    starts: frozenset[int]
    inside: frozenset[int]


def phrase_end(tokens: list[Token], i: int, trig: Trigger, named: Named) -> int | None:
    """End index of the row ``trig`` matched at token ``i`` with all its constraints, or
    None."""
    end = rest_matches(tokens, i + 1, trig.words[1:], named.inside) \
        if _VSO not in trig.senses else _object_matches(tokens, i + 1, trig.words[1:])
    if end is None or not _senses_ok(tokens, trig, i, end, named) or (
            _ADDRESSEE in trig.senses and not _addressed(trig, i, end, named)):
        return None
    return end


def rest_matches(tokens: list[Token], i: int, words: tuple[str, ...],
                  names: frozenset[int] = frozenset()) -> int | None:
    """End index when ``words`` follow in order, each within _GAP words; the words of an
    actor's name (``names``), punctuation and quotation marks, and time words do not count
    (شدد رئيس الوزراء محمد شياع السوداني، اليوم الثلاثاء، على استمرار …، وضعت الولايات
    المتحدة بنك "الهدى" على القائمة)."""
    for word in words:
        gap = 0
        for k in range(i, len(tokens)):
            t = tokens[k]
            if _lexeme(t, word):
                i = k + 1
                break
            gap += t.is_word and k not in names and not cue_at(tokens, k, "time")
            if gap > _GAP:
                return None
        else:
            return None
    return i


def _lexeme(token: Token, word: str) -> bool:
    return word == token.norm or word in token.lemmas or stripped(token.norm) == word


def _object_matches(tokens: list[Token], i: int, words: tuple[str, ...]) -> int | None:
    """End index when ``words`` (a verb's object) follow the verb after its subject, however
    long, within the clause (أطلقت ليلا طائرة بلا طيار تابعة للجيش صواريخ على …)."""
    for k in range(i, min(i + OBJECT_REACH, len(tokens))):
        if tokens[k].text in SENTENCE_PUNCT or k > i and is_verb(tokens[k]) and \
                "prep" not in tokens[k].pos:  # بدون is no verb
            return None
        if _lexeme(tokens[k], words[0]):
            return rest_matches(tokens, k + 1, words[1:])
    return None


def _senses_ok(tokens: list[Token], trig: Trigger, start: int, end: int, named: Named
               ) -> bool:
    """The trigger's required (+cat) cues are in the sentence, its forbidden (-cat) ones
    are not (the trigger's own words do not count), a >cat cue starts within two words
    after it (its object: تسبب في أزمة، مسؤول عن مقتل), a <cat cue within two words
    before it (its subject: آلاف المتظاهرين خرجوا) and an =cat cue right after it or after
    the actor named right after it (دعمها للإرهاب، تدعم إيران الإرهاب; not دعم مكافحة
    الإرهاب)."""
    for sense in trig.senses:
        if sense[0] == _FLAG and sense not in (_OWN, _VOW):
            continue  # checked by _addressed, triggers' support verbs, or the argument rules
        if sense == _OWN:
            if not _own_stance(tokens, start):
                return False
            continue
        if sense == _VOW:
            if not _vow(tokens, start):
                return False
            continue
        if sense[0] == _NEXT:
            if not cue_in(tokens, sense[1:], end, min(len(tokens), end + 2)):
                return False
            continue
        if sense[0] == _RIGHT_AFTER:
            if not _next_phrase(tokens, sense[1:], end, named):
                return False
            continue
        if sense[0] == _PREVIOUS:
            if not cue_in(tokens, sense[1:], max(0, start - 2), start):
                return False
            continue
        found = cue_in(tokens, sense[1:], 0, len(tokens), skip=(start, end))
        if found != (sense[0] == "+"):
            return False
    return True


def _next_phrase(tokens: list[Token], category: str, k: int, named: Named) -> bool:
    """A cue of ``category`` starts at the next word after ``k``, past an actor's name."""
    while k < len(tokens) and (k in named.inside or not tokens[k].is_word):
        k += 1
    return k < len(tokens) and cue_at(tokens, k, category) > 0


def _addressed(trig: Trigger, start: int, end: int, named: Named) -> bool:
    """"شدد (الوزير) على الحكومة أن …": an actor follows the words, so they urge that
    actor ("شدد على أن …" only stresses a point); only the subject's name may stand
    between the words (شدد الحصار على …: tightened a siege)."""
    return end in named.starts and all(k in named.inside for k in range(start + 1, end - 1))


def _vow(tokens: list[Token], k: int) -> bool:
    """سنرد، سنلاحقهم، سوف نعاقب: a speaker announcing what "we" will do to someone
    threatens them (a first person verb with the future prefix, or after سوف)."""
    token = tokens[k]
    return token.first_person and (token.future or k > 0 and tokens[k - 1].norm == "سوف")


def _own_stance(tokens: list[Token], k: int) -> bool:
    """A stance noun (التزام، استعداد) states a commitment when its owner states it: it
    carries the speaker's pronoun (أكد التزامه، أبدى استعدادهما) or its genitive does
    (استعداد بلاده، التزام حكومته).  With another owner (أكد استعداد الولايات المتحدة
    لمواجهة …، استعرض التزام X) it reports or discusses someone's stance."""
    if owned(tokens[k]):
        return True
    nxt = next((t for t in tokens[k + 1:k + 2] if t.is_word), None)
    return nxt is not None and is_noun(nxt) and nxt.norm.endswith(POSSESSIVE) and \
        not nxt.norm.startswith("ال")

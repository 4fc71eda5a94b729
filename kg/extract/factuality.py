"""Is the event asserted?  Negation, future/intent and hypothetical readings.

Scope is the trigger's clause (``clauses.split``): a negator, condition or intent word
before the trigger in its own clause applies to it, and a denial verb (نفى أن …) applies
to the clause it governs; a condition flags the event ``hypothetical``.  ``asserted`` is
False when the sentence does not report the event at all: a question, "any attack" in
general, or an event noun that is only the background of the news (the anniversary,
trial or aftermath of an attack).  An attack or protest must moreover be the news of its
sentence: not the thing condemned, claimed or blamed (أدان الهجوم), not planned,
not in a relative clause, not habitual, and, as a noun, anchored
by its toll or by a verb saying it happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse import Sentence
from kg.extract.clauses import Clause, Clauses, split
from kg.extract.common import PREPS, cue_at, cue_in, is_noun, is_verb, owned
from kg.extract.triggers import Hit, definite, past_verb, said_to_happen
from kg.lang.ar.morphology import imperfect
from kg.lang.ar.tokenize import Token

_NEG_REACH = 6  # tokens between a negator and the predicate it negates
_CONDITION_REACH = 6  # tokens between a conditional particle and its verb
_CLAUSE_PUNCT = frozenset({"،", ",", ".", ":", "؛"})
_NOUN_REACH = 3  # tokens between a governing word and the event noun it governs
_AFTER = 4  # a future cue may follow the trigger (الأسبوع المقبل)
_TALK_REACH = 8  # tokens between a word of condemning/accusing and the attack it is about
_COUNT_BEFORE, _COUNT_AFTER = 10, 8  # where the toll of an attack noun is given
_HABIT_REACH = 6  # tokens between a habitual adverb (عادة ما) and the act it qualifies
_EACH_REACH = 12  # tokens from كلما (whenever) to an act of its clause or the main one
_YEAR_REACH = 8  # tokens between an attack and the year that dates it (عام 2003)
_FRAME_REACH = 12  # tokens between a background word and the attack noun in its phrase
_DESCRIPTION_REACH = 16  # tokens from an attack noun to the result verb of its description
_OBJECT_AFTER = 4  # tokens from a blast to the building it destroys (بتفجير عدد من المباني)
_DESCRIBED = 3  # words of the indefinite noun phrase a relative clause without الذي describes
_OR = frozenset({"او", "أو"})
_QUOTES = frozenset({'"', "«", "“", "„"})
_QUESTION_MARKS = frozenset({"؟", "?"})
_FULL_STOPS = (".", "!", "؟", "?", "…")
# stances an actor holds (its support, its commitment) rather than acts it performs
_STANCES = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
# material acts named by a noun with their actor (المساعدة الكندية، العقوبات الأمريكية)
_GIVEN_OR_CUT = frozenset({"AID", "SANCTION"})


@dataclass(frozen=True)
class Modality:
    """How the sentence presents the event; ``asserted`` False means: emit nothing."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    asserted: bool = True


def assess(sentence: Sentence, hit: Hit) -> Modality:
    clauses = split(sentence)
    clause = clauses.of(hit.start)
    hypothetical = _in_scope(sentence, clauses, clause, hit, "hypothetical", len(sentence.tokens))
    future = _future(sentence, clause, hit)
    # An attack or protest that is only planned, feared or supposed is no report of one
    # (in the gsr sentences every such case is labelled "no"); verbal events keep the flag.
    unreal = hit.trigger.actorless and (future or hypothetical)
    asserted = not (unreal or _condition(sentence, clause, hit) or _question(sentence)
                    or _asked(sentence.tokens, clause, hit)
                    or _habitual(sentence, clause, hit)
                    or _not_reported(sentence, clause, hit)
                    or _talked_about(sentence, clauses, clause, hit))
    return Modality(negated=_negated(sentence, clauses, clause, hit), future=future,
                    hypothetical=hypothetical, asserted=asserted)


def _negated(sentence: Sentence, clauses: Clauses, clause: Clause, hit: Hit) -> bool:
    tokens = sentence.tokens
    lo = max(clause.start, hit.start - _NEG_REACH)
    if cue_in(tokens, "negation", lo, hit.start):
        return True
    # نفى الجيش أن يكون قد شن غارة: the denied clause depends on the denial verb's clause.
    while clause.parent is not None and clause.kind in ("comp", "coord"):
        parent = clauses.items[clause.parent]
        if cue_in(tokens, "denial", parent.start, clause.start):
            return True
        clause = parent
    return cue_in(tokens, "denial", clause.start, hit.start)


def _future(sentence: Sentence, clause: Clause, hit: Hit) -> bool:
    tokens = sentence.tokens
    if tokens[hit.start].future:
        return True
    hi = min(len(tokens), hit.end + _AFTER)
    return cue_in(tokens, "future", max(clause.start, hit.start - _AFTER), hit.start) or \
        cue_in(tokens, "future", hit.end, hi)


def _in_scope(sentence: Sentence, clauses: Clauses, clause: Clause, hit: Hit, category: str,
              reach: int) -> bool:
    """A cue of ``category`` before the trigger in its clause, or opening the clause that
    a complement depends on (إذا قال إنه سيهاجم …)."""
    tokens = sentence.tokens
    if cue_in(tokens, category, max(clause.start, hit.start - reach), hit.start):
        return True
    return clause.kind == "comp" and clause.parent is not None and \
        _in_scope(sentence, clauses, clauses.items[clause.parent],
                  Hit(hit.trigger, clause.start, clause.start, False), category, reach)


def _condition(sentence: Sentence, clause: Clause, hit: Hit) -> bool:
    """إذا طلبت الحكومة ذلك، إلا في حال الحكومة (طلبت ذلك): the trigger is the verb of a
    condition (only its subject between the particle and it), which states no event; an
    event of the clause that answers the condition keeps the hypothetical flag only."""
    tokens = sentence.tokens
    for k in range(max(clause.start, hit.start - _CONDITION_REACH), hit.start):
        n = cue_at(tokens, k, "condition")
        if n and not any(is_verb(t) or t.text in _CLAUSE_PUNCT for t in tokens[k + n:hit.start]):
            return True
    return False


def _talked_about(sentence: Sentence, clauses: Clauses, clause: Clause, hit: Hit) -> bool:
    """A material event that a condemnation, accusation or claim is about (أدان الهجوم،
    اتهمه بالوقوف وراء التفجير، أعلن مسؤوليته عن الهجوم، اتهم الجيش بأنه قصف): the
    sentence reports the talk; the attack itself was reported before."""
    if not hit.trigger.actorless:
        return False
    tokens = sentence.tokens
    start = hit.start
    while True:
        if cue_in(tokens, "talk", max(clause.start, start - _TALK_REACH), start):
            return True
        if clause.kind not in ("comp", "hal") or clause.parent is None:
            return False
        start, clause = clause.start, clauses.items[clause.parent]


def _habitual(sentence: Sentence, clause: Clause, hit: Hit) -> bool:
    """"كان عادة ما يطلب، غالبا ما يهدد، كلما التقى …، طالب مرارا": what an actor used
    to do, does each time or did again and again tells a habit, not an event of the news."""
    tokens = sentence.tokens
    lo = max(clause.start, hit.start - _HABIT_REACH)
    return cue_in(tokens, "habitual", lo, hit.start) or \
        cue_in(tokens, "each-time", max(0, hit.start - _EACH_REACH), hit.start) or \
        cue_in(tokens, "repeatedly", lo, min(len(tokens), hit.end + 2))


def _question(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    if any(t.text in _QUESTION_MARKS for t in tokens[-2:]):
        return True
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    return first is not None and cue_at(tokens, first, "question") > 0


def _asked(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """An indirect question (لا أحد يعرف لماذا قتل، سأل كيف خطف): a question word right
    before the act asks about it, it does not report it."""
    return cue_in(tokens, "question", max(clause.start, hit.start - 2), hit.start)


def _not_reported(sentence: Sentence, clause: Clause, hit: Hit) -> bool:
    """An event noun that names no particular new event: "any attack", the anniversary or
    trial of an attack, what came after an attack, or what an action is for."""
    tokens = sentence.tokens
    if hit.trigger.actorless and _material_background(sentence, clause, hit):
        return True
    if hit.verbal:
        # a stance in the present tense told in a relative clause describes the thing the
        # sentence is about (التحركات التي تدعمها إيران), it is not stated in the news
        return clause.kind == "relative" and hit.type in _STANCES and \
            imperfect(tokens[hit.start].text)
    if _held_stance(tokens, hit) or hit.type in _GIVEN_OR_CUT and _referred_to(tokens, hit):
        return True  # وتضاف هذه المساعدة إلى …: the aid told before
    lo = max(clause.start, hit.start - _NOUN_REACH)
    if clause.kind == "purpose":
        return True
    generic_plural = _definite_plural(tokens[hit.start]) and not (
        hit.end < len(tokens) and cue_at(tokens, hit.end, "clause:relative") > 0)
    return generic_plural or \
        cue_in(tokens, "generic", max(lo, hit.start - 1), hit.start) or \
        cue_in(tokens, "background", max(lo, _after_verb(tokens, lo, hit.start)), hit.start)


def _after_verb(tokens: list[Token], lo: int, k: int) -> int:
    """Just after the last verb in [lo, k): a background word before a verb governs that
    verb's clause, not the noun after it (في قاعة محكمة أدى إلى مقتل 15)."""
    return next((j + 1 for j in range(k - 1, lo - 1, -1) if is_verb(tokens[j])), lo)


def _held_stance(tokens: list[Token], hit: Hit) -> bool:
    """A stance noun with its owner's pronoun after another noun (تعليق دعمها، زيادة
    دعمهم للجماعات): the actor's standing policy, named as part of something else, not a
    stance stated in the news (which a verb governs: أكد دعمه، أعرب عن التزامه)."""
    k = hit.start
    return hit.type in _STANCES and k > 0 and owned(tokens[k]) and is_noun(tokens[k - 1]) \
        and not tokens[k - 1].norm.startswith(("ال", "وال")) and tokens[k - 1].is_word


def _material_background(sentence: Sentence, clause: Clause, hit: Hit) -> bool:
    """An attack or protest that is not the sentence's news.  Told in a relative clause it
    only says which person or thing the sentence is about (الصحافي الذي اختطف، هجوم قتل
    فيه عشرة), in a clause of time it dates another event (عندما هاجم مسلحون …), and done to
    "any one" it is a kind of act (خطف أي أجنبي); in the present tense it is what usually
    happens (يخطف المسلحون المارة), and a verb-looking word in a list of harms or after
    another verb is a verbal noun; as a noun with neither its toll nor a verb saying it
    happened, or pointing to one told before (هذا الهجوم، هجوم مماثل), it is an attack
    talked about.  A headline reports news in the present tense or as a bare noun (مقتل
    قائد بغارة، غارة تقتل قائدا), so only the first tests apply to it."""
    tokens = sentence.tokens
    if _relative(tokens, split(sentence), clause) or _dated_by(tokens, clause, hit) or \
            _any_object(tokens, hit) or _historical(tokens, clause, hit) or \
            _framed(tokens, clause, hit) or _tallied(tokens, clause, hit) or \
            _toll_of_background(tokens, hit) or _grievance(tokens, hit) or \
            _demolition(tokens, hit):
        return True
    if _likened(tokens, hit):
        return True
    if _headline(sentence):
        return False
    if hit.verbal and not _object_of_verb(tokens, hit):
        return imperfect(tokens[hit.start].text) and not _ongoing(tokens, hit) or \
            _resumed(tokens, hit) or _asyndetic(tokens, hit) or \
            _listed(tokens, hit) or _describes(tokens, hit)
    return _referred_to(tokens, hit) or not (_counted(tokens, hit) or _joined(tokens, clause, hit))


def _ongoing(tokens: list[Token], hit: Hit) -> bool:
    """A protest in the present tense with its counted crowd right after (يعتصم آلاف
    المتظاهرين أمام …) is going on as the news is told; a bare present tense (يتظاهر
    الطلاب كل أسبوع) tells what usually happens."""
    return hit.type == "PROTEST" and cue_in(tokens, "count", hit.end,
                                             min(len(tokens), hit.end + 2))


def _relative(tokens: list[Token], clauses: Clauses, clause: Clause) -> bool:
    """A relative clause, or what is said or believed in one (الموقع الذي يعتقد أن الجيش
    فجر فيه …): it describes a noun of the sentence."""
    while clause.kind == "comp" and clause.start > 0 and "verb" in tokens[clause.start - 1].pos:
        clause = clauses.of(clause.start - 1)  # the clause of the verb governing it
    return clause.kind == "relative"


def _referred_to(tokens: list[Token], hit: Hit) -> bool:
    """An event noun that points to one told elsewhere, after a demonstrative (هذا الهجوم،
    تلك المظاهرة; a demonstrative takes a definite noun, so بما في ذلك غارة is no such
    phrase)."""
    k = hit.start
    return k > 0 and cue_at(tokens, k - 1, "demonstrative") > 0 and \
        tokens[k].norm.startswith(("ال", "بال", "لل", "وال"))


def _likened(tokens: list[Token], hit: Hit) -> bool:
    """An event likened to one told elsewhere (هجوم مماثل، شهدت المدن مظاهرات مماثلة), also
    as the object that ends a verbal phrase."""
    return cue_in(tokens, "similar", hit.end, min(len(tokens), hit.end + 2))


def _object_of_verb(tokens: list[Token], hit: Hit) -> bool:
    """A word right after a present-tense verb is that verb's object, a verbal noun (يرفض
    قتل الأبرياء، يحاول خطف طائرة), since two finite verbs do not follow each other: it
    names an act, and like any event noun it needs its toll to report one."""
    k = hit.start - 1
    return k >= 0 and "verb" in tokens[k].pos and imperfect(tokens[k].text) and \
        not cue_at(tokens, k, "daytime")  # وأمس قتل: أمس is also read as a verb


def _any_object(tokens: list[Token], hit: Hit) -> bool:
    """"Any" as the object (خطف أي أجنبي، استهداف أية قافلة): a kind of act, not one act."""
    return hit.end < len(tokens) and cue_at(tokens, hit.end, "any") > 0


def _dated_by(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """A temporal clause (عندما هاجم مسلحون …، حين اغتيل …) dates what the sentence
    reports by an earlier event: that attack is its background, not its news.  A protest
    is a state that lasts, so one told as the time of something else (وقعت المواجهات عندما
    احتشد متظاهرون) is still going on and still news."""
    if hit.type != "ASSAULT":
        return False
    return cue_in(tokens, "when", max(clause.start, hit.start - _NOUN_REACH), hit.start)


def _historical(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """An attack dated by its year (عام 2002، في العام 2003، عامي 1965 و1966) or told as
    of "that time" (آنذاك، حينها) is history or biography: news tells the day (أمس،
    الخميس), and a chronology entry gives the full date (12 يوليو 2005: …) without عام."""
    if hit.type != "ASSAULT":
        return False
    lo, hi = max(clause.start, hit.start - _YEAR_REACH), min(len(tokens), hit.end + _YEAR_REACH)
    return cue_in(tokens, "then", lo, hi) or any(
        cue_at(tokens, k, "year") and k + 1 < len(tokens) and _year(tokens[k + 1].text)
        for k in range(lo, hi))


def _tallied(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """Attacks counted up over a period (قتل 13 جنديا حتى الآن هذا الشهر، شن مئة هجوم
    منذ بداية العام) are a toll so far, not one reported event."""
    if hit.type != "ASSAULT":
        return False
    lo, hi = max(clause.start, hit.start - _YEAR_REACH), min(len(tokens), hit.end + _YEAR_REACH)
    return cue_in(tokens, "tally", lo, hi)


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _framed(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """An attack noun that is the circumstance of a noun in a background phrase (بعد يوم
    من مقتل عشرة في هجوم …، إثر إصابة جنود بانفجار …) belongs to that background: a word
    that dates the news by an earlier event (``frame``) stands before it, no verb between."""
    if hit.verbal or not _circumstance_noun(tokens, hit.start):
        return False
    for k in range(hit.start - 1, max(clause.start, hit.start - _FRAME_REACH) - 1, -1):
        if cue_at(tokens, k, "frame"):
            return True
        if is_verb(tokens[k]):  # not a number word also read as a verb (اثنين)
            return False
    return False


def _demolition(tokens: list[Token], hit: Hit) -> bool:
    """Buildings blown up with no one hurt (قام الجيش بتفجير عدد من المباني، فجروا أبواب
    المنازل): a demolition, no physical harm to anyone; with a toll it is an attack."""
    if hit.trigger.mode != "explosives":
        return False
    hi = min(len(tokens), hit.end + _OBJECT_AFTER)
    return cue_in(tokens, "building", hit.end, hi) and not cue_in(tokens, "harmed", 0, len(tokens))


def _grievance(tokens: list[Token], hit: Hit) -> bool:
    """An attack on the speaker's own (قتلونا، قتلوا أبناءنا، and in a quote: "احتل بلدي
    وقتل شعبي"): someone telling what was done to them or theirs, a grievance or a
    testimony, not the news of an attack.  The ي of "my" is also the end of names and
    nisbas (اغتيل كرامي), so it counts only inside quotation marks."""
    if not hit.verbal or hit.type != "ASSAULT":
        return False
    if tokens[hit.end - 1].norm.endswith("ونا"):  # قتلونا: they killed us
        return True
    nxt = tokens[hit.end] if hit.end < len(tokens) else None
    if nxt is None or "noun" not in nxt.pos or definite(nxt):
        return False
    stems = [stem for stem in nxt.lemmas if "/" not in stem]
    quoted = any(t.text in _QUOTES for t in tokens[:hit.start])
    return any(nxt.norm.endswith(stem + "نا") or quoted and nxt.norm.endswith(stem + "ي")
               for stem in stems)


def _toll_of_background(tokens: list[Token], hit: Hit) -> bool:
    """The toll of an attack told as background (بعد الاعتداء الذي وقع أمس، وأسفر عن
    مقتل …، بتهمة الضلوع في الهجوم الذي … وأسفر عن مقتل …): the result verb continues
    the description of that attack noun, so what it caused is background too."""
    lo = max(0, hit.start - 3)
    k = next((j for j in range(hit.start - 1, lo - 1, -1) if cue_at(tokens, j, "result")), None)
    if hit.verbal or k is None:
        return False
    for j in range(k - 1, max(-1, k - _DESCRIPTION_REACH), -1):
        if cue_at(tokens, j, "event-noun"):
            near = max(0, j - 2)
            return definite(tokens[j]) and (cue_in(tokens, "frame", near, j) or
                                            cue_in(tokens, "background", near, j))
    return False


def _circumstance_noun(tokens: list[Token], k: int) -> bool:
    """في هجوم، بانفجار: the noun gives the circumstance of what comes before it."""
    return k > 0 and tokens[k - 1].norm == "في" or tokens[k].norm.startswith(("ب", "وب"))


def _describes(tokens: list[Token], hit: Hit) -> bool:
    """A verb with an object pronoun right after an indefinite event noun is a relative
    clause about that noun (هجوم شنه المتمردون، مظاهرة نظمها الطلاب): the noun is the
    event, and it is reported or not on its own terms."""
    k = hit.start
    return owned(tokens[k]) and any(
        cue_at(tokens, j, "event-noun") and not tokens[j].norm.startswith(("ال", "وال"))
        for j in range(max(0, k - 2), k))


def _listed(tokens: list[Token], hit: Hit) -> bool:
    """A word of harm read as a verb that ends a list of harms (من قتل وخطف، أعمال نهب
    وقتل، بالقتل أو التعذيب): the list names kinds of violence, each a verbal noun, when
    its first word is one (definite, after a preposition, or with no verb reading)."""
    k = hit.start
    head = None
    while k > 0 and (tokens[k].norm.startswith("و") or tokens[k - 1].norm in _OR):
        k -= 2 if tokens[k - 1].norm in _OR else 1
        if k < 0 or not cue_at(tokens, k, "harm"):
            break
        head = k
    if head is None:
        return False
    first = tokens[head]
    if first.norm.startswith(("ال", "بال", "وال")) or "verb" not in first.pos:
        return True
    if head == 0:
        return False
    before = tokens[head - 1]
    # after a preposition, or the bare genitive of an indefinite noun (أعمال نهب وقتل)
    return before.norm in PREPS or cue_at(tokens, head - 1, "governs:noun") > 0 or \
        is_noun(before) and not before.norm.startswith("ال") and first.norm in first.lemmas


def _asyndetic(tokens: list[Token], hit: Hit) -> bool:
    """A past verb right after an indefinite attack or protest noun (and the words that
    qualify it) is a relative clause without الذي describing that noun (في أعقاب هجوم
    انتحاري استهدف مدرسة، إثر انفجار سيارة مفخخة استهدفت حاجزا): the noun is the event,
    and it is reported or not on its own terms (here as background)."""
    k = hit.start - 1
    for _ in range(_DESCRIBED):
        if k < 0 or not _indefinite_noun(tokens[k]):
            return False
        if cue_at(tokens, k, "event-noun"):
            return True
        k -= 1
    return False


def _indefinite_noun(token: Token) -> bool:
    return token.is_word and not definite(token) and not token.norm.startswith("و") and (
        is_noun(token) or "adj" in token.pos)


def _resumed(tokens: list[Token], hit: Hit) -> bool:
    """A verb followed by a resumptive pronoun describes the noun before it: an indefinite
    relative clause with no الذي (بعد هجوم قتل فيه عشرة)."""
    return hit.start > 0 and hit.end < len(tokens) and cue_at(tokens, hit.end, "resumptive") > 0


def _headline(sentence: Sentence) -> bool:
    """An article's title: its first line, with no full stop (a lone sentence scored on
    its own is also its text's first line, but it ends like a sentence)."""
    return sentence.headline and not sentence.text.rstrip().endswith(_FULL_STOPS)


def _counted(tokens: list[Token], hit: Hit) -> bool:
    """An attack noun reports an attack when its toll is given next to it (مقتل خمسة
    جنود، قتلى وجرحى في انفجار …), a verb before it says it happened (وقع الهجوم، تعرضت
    لهجوم، نفذت غارة) or one after it what it caused (غارة أسفرت عن …): otherwise it
    names an attack talked about."""
    lo, hi = max(0, hit.start - _COUNT_BEFORE), min(len(tokens), hit.end + _COUNT_AFTER)
    if any(_number(tokens[k].text) for k in range(lo, hi)) or cue_in(tokens, "count", lo, hi):
        return True
    return said_to_happen(tokens, hit)


def _joined(tokens: list[Token], clause: Clause, hit: Hit) -> bool:
    """خرج سكان الأحياء … في مظاهرة: a protest noun after في is what the crowd of its
    clause went out or gathered in, however long the subject between them."""
    return hit.type == "PROTEST" and hit.start > 0 and tokens[hit.start - 1].norm == "في" and any(
        cue_at(tokens, k, "occur:protest") and past_verb(tokens, k)
        for k in range(clause.start, hit.start))


def _number(text: str) -> bool:
    """A number that can be a toll: not a year (مذبحة 1391، حملات عام 1992)."""
    return text[:1].isdigit() and not (len(text) == 4 and text.isdigit() and
                                       text[:2] in ("13", "14", "18", "19", "20"))


def _definite_plural(token: Token) -> bool:
    """الهجمات، الاغتيالات: attacks in general, not one reported event (unless a relative
    clause says which: الضربات التي نفذت أمس)."""
    return token.norm.startswith(("ال", "وال", "بال", "لل")) and token.norm.endswith("ات")

"""Which words of a sentence state an event: trigger lemmas from the lexicon.

A trigger is a lemma sequence (``data/triggers*.tsv``) matched on each token's lemmas
from the morphological analysis, so inflected and cliticised forms match one entry.
A word with several senses (ضرب: strike / impose; هجوم: armed attack / verbal attack /
football attack) has one row per sense, each with the cue categories that must or must
not be in the sentence; the first row whose constraints hold wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse import Sentence
from kg.extract.common import (
    PREPS,
    SENTENCE_PUNCT,
    clitic_prep,
    cue_at,
    cue_in,
    is_noun,
    is_verb,
    owned,
)
from kg.extract.matching import OBJECT_REACH, Named, phrase_end, rest_matches
from kg.lang.ar.lexicon import Trigger, triggers
from kg.lang.ar.morphology import imperfect
from kg.lang.ar.tokenize import Token

_GOVERNING = frozenset({"REQUEST", "AGREE", "REJECT", "SUPPORT", "THREATEN", "CONCEDE"})
# What must be in the sentence for a material event with no known source to be reported:
# an attack is anchored by its victims, weapons or damage; a protest by its crowd or place.
_ANCHOR = {"ASSAULT": "violence", "PROTEST": "crowd"}
_CIRCUMSTANCE_PREPS = frozenset({"في", "خلال", "عن", "الي"})
_ENTRY_MARKS = frozenset({":", "-", "–", "ـ"})  # what opens an entry of a list of events
_OCCUR_REACH = 6  # tokens between a verb saying that an event happened and its noun
_RESULT_REACH = 5  # tokens between an event noun and the verb telling what it caused
_GOVERNOR_REACH = 16  # tokens from a verb (تعرض لـ، قام بـ) to the event noun it governs
_PROTEST_OBJECT = 2  # words from a repressive act to the protest it is done to
REPRESSION = frozenset({"ASSAULT", "COERCE"})  # what may be done to protesters
_BACK_POINTING = frozenset({"له", "لها", "لهم", "لهما"})  # تعرض لها: the noun before it
_NEAR = 3  # an occurrence verb this close makes an attack noun the news (تعرضت لهجوم)
_NO_EVENT = "-"  # lexicon type of a phrase that states no event
_SUPPORT = "@support"  # senses flag: a support verb (شن) whose event is its object noun's
_COMMAS = frozenset({"،", ","})
# Cooperation nouns are what statements list as aims (تعزيز التعاون، ودعم الاستقرار);
# demands, accusations or protests after "، و" are far more often verbs with a subject.
_AIMS = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
_LIST_REACH = 16  # tokens back to the previous conjunct of a list
_GOVERN_REACH = 12  # tokens from a demand verb to the noun its preposition introduces
_INTRODUCERS = frozenset({"الي", "الى", "علي", "ب"})  # دعا إلى، حث على، طالب بـ


def find_hits(sentence: Sentence) -> list["Hit"]:
    """The sentence's triggers, without those that are the content of another's demand."""
    tokens = sentence.tokens
    return _repressed(tokens, _governed(tokens, _support_verbs(tokens, _hits(sentence))))


def _repressed(tokens: list[Token], hits: list["Hit"]) -> list["Hit"]:
    """A protest noun that force or repression is used on (فض الاعتصام، قامت الشرطة بإزالة
    خيام الاعتصام) is the object of that act, not a protest reported by the sentence (and
    not one held by the act's doer)."""
    acts = [h for h in hits if h.type in REPRESSION and protest_object(tokens, h)]
    return [h for h in hits if h.verbal or h.type != "PROTEST" or not any(
        a.start < h.start < a.end + _PROTEST_OBJECT for a in acts)]


@dataclass
class Hit:
    """A trigger found at tokens [start, end) of a sentence.

    ``actorless``: the event may be emitted with no source (the trigger allows it and the
    sentence anchors it, e.g. "قتل خمسة أشخاص في انفجار عبوة ناسفة")."""

    trigger: Trigger
    start: int
    end: int
    verbal: bool
    actorless: bool = False

    @property
    def type(self) -> str:
        return self.trigger.type


def _hits(sentence: Sentence) -> list[Hit]:
    covered = {k for m in sentence.actors for k in range(m.start, m.end)}
    covered |= {k for m in sentence.places for k in range(m.start, m.end)}
    named = Named(frozenset(m.start for m in sentence.actors if not m.locative),
                  frozenset(k for m in sentence.actors for k in range(m.start, m.end)))
    out: list[Hit] = []
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        hit = None if i in covered or not tokens[i].is_word else _trigger_at(tokens, i, named)
        if hit is not None and _purpose_listed(tokens, hit):
            i += 1
        elif hit is not None:
            hit.actorless = _actorless(tokens, hit)
            out.append(hit)
            i = hit.start + 1
        else:
            i += 1
    return out


def _actorless(tokens: list[Token], hit: Hit) -> bool:
    """A definite event noun (الهجوم، المظاهرة) refers back to an event already reported,
    so only a verb or an indefinite noun reports one without naming who acted."""
    category = _ANCHOR.get(hit.type)
    if not hit.trigger.actorless or category is None:
        return False
    if not hit.verbal and definite(tokens[hit.start]) and not (
            _purpose(tokens[hit.start], hit) or suffered(tokens, hit)
            or performed(tokens, hit)):
        return False
    if not hit.verbal and hit.type == "ASSAULT" and not (
            _circumstance(tokens, hit.start) or said_to_happen(tokens, hit, _NEAR)):
        return False
    # the head word does not anchor itself; the other words of a phrase do (سقط صاروخ،
    # تجمع المتظاهرون)
    return cue_in(tokens, category, 0, len(tokens), skip=(hit.start, hit.start + 1))


def _purpose(token: Token, hit: Hit) -> bool:
    """خرجوا للاحتجاج: the definite verbal noun after لـ is the aim of the crowd's action,
    a protest being reported, not a reference back to one already told."""
    return hit.type == "PROTEST" and token.norm.startswith(("لل", "ولل"))


def _circumstance(tokens: list[Token], k: int) -> bool:
    """A sourceless attack noun reports news as the circumstance or result of what
    happened (قتل خمسة في هجوم، أسفر عن مقتل، بتفجير) or as the first word of a sentence
    or of a chronology entry ("- هجوم على …", "الأحد: تفجير …"); elsewhere it is usually
    the object of talk (تداعيات هجوم، أدان هجوما).  A number of attacks stands between
    the preposition and its noun (في أربع هجمات، في ثلاثة تفجيرات)."""
    if k == 0 or tokens[k - 1].text in _ENTRY_MARKS or tokens[k].norm.startswith(("ب", "وب")):
        return True
    if k > 1 and (tokens[k - 1].text.isdigit() or cue_at(tokens, k - 1, "count")):
        k -= 1
    return tokens[k - 1].norm in _CIRCUMSTANCE_PREPS


def said_to_happen(tokens: list[Token], hit: Hit, reach: int = _OCCUR_REACH) -> bool:
    """A past-tense verb before the event noun says it happened (وقع الهجوم، تعرضت القافلة
    لهجوم، نفذت الطائرات غارة، خرج الطلاب في مظاهرة: ``occur:<type>`` cues) or one after
    it that it happened or what it caused (هجوم وقع أمس، غارة أسفرت عن …: ``happen``,
    ``result``)."""
    occur = f"occur:{hit.type.lower()}"
    before = range(max(0, hit.start - reach), hit.start)
    after = range(hit.end, min(len(tokens), hit.end + _RESULT_REACH))
    return any(cue_at(tokens, k, occur) and past_verb(tokens, k) for k in before) or \
        any((cue_at(tokens, k, "result") or _happened(tokens, hit, k))
            and past_verb(tokens, k) and not cue_at(tokens, k - 1, "clause:relative")
            for k in after) or \
        suffered(tokens, hit) or performed(tokens, hit)


def _happened(tokens: list[Token], hit: Hit, k: int) -> bool:
    """A verb of taking place right after the noun or its adjective (هجوم انتحاري وقع أمس),
    with no pronoun pointing back to the noun (محاولة تعرض لها describes it by its victim)."""
    return k - hit.end <= 1 and cue_at(tokens, k, "happen") > 0 and not owned(tokens[k]) and \
        not (k + 1 < len(tokens) and (cue_at(tokens, k + 1, "resumptive") or
                                      tokens[k + 1].norm in _BACK_POINTING))


def suffered(tokens: list[Token], hit: Hit) -> bool:
    """An attack noun governed by a verb of undergoing (تعرض لـ، نجا من), however long
    its subject (تعرض قيادي في الحركة أمس للخطف، نجا الوزير من محاولة اغتيال): the
    subject underwent the attack, so it happened; and the article of such a verbal noun
    is generic (تعرض للتعذيب), it points back to no attack told before.  The governing
    verb is in the past tense (the verbal noun is what one fears or prepares for:
    الاستعداد للتعرض لقصف)."""
    k = _governing_verb(tokens, hit)
    return hit.type == "ASSAULT" and k is not None and cue_at(tokens, k, "undergo") > 0


def performed(tokens: list[Token], hit: Hit) -> bool:
    """قام X بـ + verbal noun: the light verb says its subject did the act, however long
    the subject (قام المتظاهرون من أنصار الأحزاب بنصب خيامهم، قام المسلحون بالتجمع)."""
    k = _governing_verb(tokens, hit)
    token = tokens[hit.start]
    return k is not None and cue_at(tokens, k, "perform") > 0 and \
        token.norm.startswith(("ب", "وب")) and clitic_prep(token)


def _governing_verb(tokens: list[Token], hit: Hit) -> int | None:
    """The nearest verb before an event noun in its clause, when in the past tense."""
    if hit.verbal:
        return None
    for k in range(hit.start - 1, max(-1, hit.start - _GOVERNOR_REACH), -1):
        if tokens[k].text in SENTENCE_PUNCT:
            return None
        if is_verb(tokens[k]) or cue_at(tokens, k, "undergo") or cue_at(tokens, k, "perform"):
            return k if past_verb(tokens, k) else None
    return None


def protest_object(tokens: list[Token], hit: Hit) -> bool:
    """A protest noun ends the trigger or follows it, after ضد/على or a noun (فض الاعتصام،
    استخدام القوة ضد المظاهرات، إزالة خيام الاعتصام): what the act is done to."""
    return any(cue_at(tokens, k, "protest-noun") for k in range(
        hit.end - 1, min(len(tokens), hit.end + _PROTEST_OBJECT)) if k > hit.start)


def past_verb(tokens: list[Token], k: int) -> bool:
    """A perfective verb (not the verbal noun after a preposition: إلى شن)."""
    token = tokens[k]
    return "verb" in token.pos and not imperfect(token.text) and \
        not _not_a_verb(tokens, k) and \
        not any(_purpose_noun(token, lemma) for lemma in _lemma_keys(token))


def verb_of_type(token: Token, type_: str) -> bool:
    """A one-word verb trigger of the type (دعا، طالب for REQUEST; اتهم for ACCUSE)."""
    return "verb" in token.pos and any(
        t.type == type_ and t.pos in ("v", "*") and len(t.words) == 1 and t.genitive != "blamed"
        for lemma in token.lemmas if "/" not in lemma for t in triggers().get(lemma, ()))


def _with_article(token: Token) -> bool:
    """ل + the article (للأمن، وللقوات) starts nouns only: no verb reading (لام)."""
    return token.norm.startswith(("لل", "ولل", "فلل"))


def definite(token: Token) -> bool:
    return token.norm.startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "وبال"))


def _trigger_at(tokens: list[Token], i: int, named: Named) -> Hit | None:
    token = tokens[i]
    if _blocked(tokens, i):
        return None
    for lemma in _lemma_keys(token):
        for trig in triggers().get(lemma, ()):
            if trig.type == _NO_EVENT or not _pos_ok(token, lemma, trig.pos) or \
                    trig.pos == "v" and (_noun_use(tokens, i) or _purpose_noun(token, lemma)
                                         or _with_article(token)):
                continue
            end = phrase_end(tokens, i, trig, named)
            if end is not None:
                return Hit(trig, i, end, _verbal(tokens, i, lemma, trig))
    return None


def _verbal(tokens: list[Token], i: int, lemma: str, trig: Trigger) -> bool:
    """Whether the trigger word is used as a verb (its subject acts) rather than a noun.

    A circumstantial participle (رافضا، محذرا) is a verb of the main clause's subject."""
    token, pos = tokens[i], trig.pos
    if pos == "p":
        return True
    verbal = "verb" in token.pos and f"{lemma}/v" in token.lemmas
    if pos == "n" or not token.pos:
        verbal = pos == "v"
    return verbal and not _purpose_noun(token, lemma) and not _not_a_verb(tokens, i) \
        and not (trig.type in _AIMS and _listed_noun(tokens, i))


def _listed_noun(tokens: list[Token], i: int) -> bool:
    """"، ودعم …" after a list of verbal nouns (لتحقيق …، ودعم …; والتزام …، ودعم …) is one
    more noun of the list, not a verb: the conjunct before it is a noun."""
    k = _conjunct(tokens, i)
    return k is not None and is_noun(tokens[k])


def _conjunct(tokens: list[Token], i: int) -> int | None:
    """The conjunct before "، وX" (the last word with و, or with the ل of purpose)."""
    token = tokens[i]
    if not token.norm.startswith("و") or "noun" not in token.pos or i == 0 or \
            tokens[i - 1].text not in _COMMAS:
        return None
    for k in range(i - 2, max(-1, i - _LIST_REACH), -1):
        t = tokens[k]
        if t.text in SENTENCE_PUNCT:
            return None
        if t.is_word and len(t.norm) > 3 and t.norm[:1] in ("و", "ل") and (
                t.norm[:1] == "و" or clitic_prep(t)):
            return k
    return None


def _purpose_listed(tokens: list[Token], hit: Hit) -> bool:
    """A verbal-cooperation noun listed after a purpose noun (العمل لتحقيق …، ودعم …)
    is one more aim, not an event of its own."""
    if hit.verbal or hit.type not in _AIMS:
        return False
    k = _conjunct(tokens, hit.start)
    return k is not None and is_noun(tokens[k]) and tokens[k].norm[:1] == "ل"


def _blocked(tokens: list[Token], i: int) -> bool:
    """A ``-`` row of the lexicon matches here: a fixed phrase whose words would read as
    another trigger (تحمل المسؤولية: bear responsibility, not حمّله المسؤولية: blame him).
    Checked on every lemma first, since a word's lemmas come in no fixed order."""
    return any(trig.type == _NO_EVENT and rest_matches(tokens, i + 1, trig.words[1:]) is not None
               for lemma in _lemma_keys(tokens[i]) for trig in triggers().get(lemma, ()))


def _noun_use(tokens: list[Token], i: int) -> bool:
    """A verb that is also a part of the day is that noun before a time word (فجر اليوم:
    at dawn today); other verbs are often followed by one (تظاهر أمس المئات)."""
    return i + 1 < len(tokens) and cue_at(tokens, i, "daypart") > 0 and \
        cue_at(tokens, i + 1, "daytime") > 0


def _purpose_noun(token: Token, lemma: str) -> bool:
    """لـ before the bare stem is the verbal noun (لقتل، لشن: in order to kill / launch),
    since a past-tense verb takes no such prefix."""
    return any(token.norm == prefix + lemma for prefix in ("ل", "ول", "فل"))


def _not_a_verb(tokens: list[Token], i: int) -> bool:
    """A word that cannot be a verb here: none follows a preposition (على قتل، إلى قتل),
    a noun of cause or degree (بسبب دعمها، أكثر تعاونا) or a present-tense verb whose
    subject or object it is (يؤدي رفع العقوبات، يحرم قتل), or stands before the لـ of a
    noun's complement with an owner's pronoun (دعمها للجماعات: her support for)."""
    if i > 0 and (tokens[i - 1].norm in PREPS or cue_at(tokens, i - 1, "governs:noun")):
        return True
    if i > 0 and is_verb(tokens[i - 1]) and "noun" in tokens[i].pos and \
            imperfect(tokens[i - 1].text) and not imperfect(tokens[i].text):
        return True
    return i + 1 < len(tokens) and owned(tokens[i]) and \
        tokens[i + 1].norm.startswith(("لل", "ل")) and clitic_prep(tokens[i + 1])


def _lemma_keys(token: Token) -> list[str]:
    # Sorted: lemmas is a frozenset, whose order changes with PYTHONHASHSEED, and the
    # first lemma with a trigger wins, so an unsorted walk differs between processes.
    return sorted(lem for lem in token.lemmas if "/" not in lem) + [token.norm]


def _pos_ok(token: Token, lemma: str, pos: str) -> bool:
    if pos == "*" or not token.pos:  # fallback analysis has no POS
        return True
    if pos == "p":
        return _circumstantial(token, lemma)
    return f"{lemma}/{pos}" in token.lemmas


def _circumstantial(token: Token, lemma: str) -> bool:
    """The indefinite accusative of a participle (رافضا، ومحذرا): a ḥāl that continues
    the main clause and shares its subject, unlike the noun (الرافض، المتهم: the accused)."""
    norm = token.norm[1:] if token.norm[:1] in ("و", "ف") else token.norm
    return norm == lemma + "ا" and any(lem in token.lemmas for lem in (f"{lemma}/n",
                                                                      f"{lemma}/v"))


def _support_verbs(tokens: list[Token], hits: list[Hit]) -> list[Hit]:
    """A support verb whose object noun states an event of another type states that event,
    with the verb's subject as its source: "شن X هجوما حادا على الحكومة" launches a verbal
    attack (ACCUSE), not an armed one."""
    out: list[Hit] = []
    objects: set[int] = set()
    for n, hit in enumerate(hits):
        obj = next((h for h in hits[n + 1:] if not h.verbal), None)
        if _SUPPORT in hit.trigger.senses and obj is not None and obj.type != hit.type and \
                obj.start - hit.end <= OBJECT_REACH and \
                not any(t.text in SENTENCE_PUNCT for t in tokens[hit.end:obj.start]):
            hit = Hit(obj.trigger, hit.start, hit.end, True)  # the verb's subject acts
            objects.add(obj.start)
        if hit.start not in objects:
            out.append(hit)
    return out


def _governed(tokens: list[Token], hits: list[Hit]) -> list[Hit]:
    """Drop nominal triggers that are the content of a demand/promise/refusal before them
    ("طالب بانسحاب القوات" is one REQUEST about withdrawal, not also a RETREAT; "دعا X
    إلى حوار" is a call for talks, not talks)."""
    out: list[Hit] = []
    for hit in hits:
        if not hit.verbal and any(h.start < hit.start and (h.end == hit.end or hit.start < h.end
                                                            and h.type == hit.type) for h in out):
            # the last word of a phrase already found (رفع العقوبات، وقع اتفاقا), or a noun
            # of the same event inside it (تبادلت X و Y معلومات استخباراتية)
            continue
        governor = next((h for h in out if h.type in _GOVERNING and 0 <= hit.start - h.end < 4),
                         None) or _introduced(tokens, out, hit)
        if governor is not None and not hit.verbal and hit.type != governor.type:
            continue
        out.append(hit)
    return out


def _introduced(tokens: list[Token], before: list[Hit], hit: Hit) -> Hit | None:
    """The demand verb whose preposition introduces the noun (دعا الرئيس الطرفين إلى حوار،
    طالب المحتجون الحكومة بإقالة …): the last trigger before it, a verb of a governing type,
    with the subject and object between them but no other clause."""
    last = before[-1] if before else None
    if last is None or last.type not in _GOVERNING or not last.verbal or \
            hit.start - last.end > _GOVERN_REACH:
        return None
    word = tokens[hit.start]
    k = hit.start - 1
    while k > last.end and not tokens[k].is_word:  # إلى "حوار بناء"
        k -= 1
    if not (tokens[k].norm in _INTRODUCERS or word.norm[:1] == "ب" and clitic_prep(word)):
        return None
    between = tokens[last.end:k]
    if any(t.text in SENTENCE_PUNCT or "verb" in t.pos and "noun" not in t.pos for t in between):
        return None
    return last

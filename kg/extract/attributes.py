"""What the event is about, where and when: topic, place and date of a trigger.

Place and date are read from the trigger's own clause: a sentence often reports several
events ("… في عام 2001، وفي عام 2007 أرسلت …", "… الذي وقع في بغداد"), and a place or
date of another clause belongs to another event.  When the clause has none, a sentence
that continues the previous statement (it opens with a verb of saying and no new
speaker: وأضاف، وطالب الوزير …) keeps the scene of the sentence it continues.

The clause here is the stretch of words a time or place adverbial can belong to; it is
not the clause of ``kg/extract/clauses.py``, which finds who acts, and whose openers
(a verb after و) would cut a fronted date off its verb ("في عام 2005، زار …").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from kg import gazetteer
from kg.analyse import Document, EntityMention, Sentence
from kg.dates import DateMention, find_dates
from kg.extract.common import PREPS, is_reporting, is_verb, stripped
from kg.extract.triggers import Hit, cue_at
from kg.lang.ar.lexicon import cue_words, cues, triggers
from kg.lang.ar.morphology import imperfect
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token
from kg.model import QUAD_CLASS
from kg.timestamps import in_dateline

_T = TypeVar("_T")

_STOPS = frozenset({"؛", ";", ".", "!", "؟", "?", ":"})
_COMMAS = frozenset({"،", ","})
_QUOTES = ('"', "«", "“", "'")
# A relative clause right after the trigger noun describes the event itself
# (الاتفاق الذي أبرم في فيينا): within this many tokens it stays in the clause.
_OWN_RELATIVE = 2
_SPECIFIC = {"site": 0, "city": 1, "district": 1, "governorate": 2, "region": 3, "country": 4}
_NEIGHBOURS = 4  # places this close are named together (قاعدة عين الأسد في الأنبار)
_NESTED = 8  # a place and one that holds it this close name one location (an apposition)
_CONTINUE_DEPTH = 3  # how many sentences back a statement's scene is looked for
_TOLD_DEPTH = 5  # how many sentences back an occasion named again (الاجتماع) is looked for
# Events told by a noun of an occasion (a meeting, a visit, talks): one such noun, definite,
# names again an occasion told before, with its time and place.
_OCCASIONS = frozenset({"CONSULT"})
# Events that happen once and are named again by their noun: a withdrawal, a meeting.
_ONE_TIME = frozenset({"CONSULT", "RETREAT"})
_LEAD_SENTENCES = 2  # sentences of the body that may give the day of the news
_LIGHT_GAP = 3  # words from a light verb to its event noun, a date between (شنت أمس هجمات)
_SCHEDULE_GAP = 3  # words between a participle of scheduling and its date (المقرر عقدها في)
# Area nouns that, bare and definite (المحافظة، للمدينة), refer back to a place of the kinds
# given; stripped of their article and clitics.
_ANAPHORS = {"محافظه": frozenset({"governorate", "city"}), "مدينه": frozenset({"city"}),
             "بلده": frozenset({"city", "district"}), "قضاء": frozenset({"district", "city"})}


def _words(category: str) -> frozenset[str]:
    """One-word cues of ``cues_attributes.tsv`` (and of the shared clause cues)."""
    return cue_words(category)


def topic(sentence: Sentence, hit: Hit) -> str | None:
    """The topic whose cue stands nearest the trigger (within 15 tokens)."""
    tokens = sentence.tokens
    index = _topic_index()
    best: tuple[int, str] | None = None
    for k in range(max(0, hit.start - 15), min(len(tokens), hit.end + 15)):
        norm = tokens[k].norm
        for first in {norm, stripped(norm)}:
            for phrase, tag in index.get(first, ()):
                rest = tuple(t.norm for t in tokens[k + 1:k + len(phrase)])
                if rest == phrase[1:] and (best is None or abs(k - hit.start) < best[0]):
                    best = (abs(k - hit.start), tag)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _topic_index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    for category, phrases in cues().items():
        if category.startswith("topic:"):
            for phrase in phrases:
                out.setdefault(phrase[0], set()).add((phrase, category.split(":", 1)[1]))
    return {k: tuple(sorted(v)) for k, v in out.items()}


# ---------------------------------------------------------------- clauses

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
    if rel >= len(tokens) or tokens[rel].norm not in _words("clause:relative"):
        return None
    standing = _describes_actor(sentence, rel)
    for k in range(rel + 1, len(tokens)):
        token = tokens[k]
        if token.text in _COMMAS and not _opens_clause(tokens, k, anchor):
            start = k + 1
        elif standing and (token.norm in _words("attr:occasion")
                           or stripped(token.norm) in _words("attr:occasion")):
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
    verb = _next_word(sentence.tokens, rel)
    return any(m.end == rel for m in sentence.actors) and is_verb(verb) \
        and imperfect(verb.text)


def _opens_clause(tokens: list[Token], k: int, anchor: int) -> bool:
    """Whether a new clause starts at token ``k`` (``anchor``: the trigger side)."""
    token = tokens[k]
    if token.text in _STOPS:
        return True
    if token.text in _COMMAS:
        nxt = _next_word(tokens, k)
        return nxt is not tokens[k] and (
            nxt.norm in _words("attr:fronted") or _subordinate(nxt.norm)
            or nxt.norm[:1] in "وف" and is_verb(nxt))
    if token.norm in _words("clause:relative"):
        return not _describes_trigger(tokens, k, anchor)
    return _subordinate(token.norm) or token.norm in _words("attr:fronted") \
        or cue_at(tokens, k, "attr:subordinate") > 1


def _describes_trigger(tokens: list[Token], k: int, anchor: int) -> bool:
    """A relative clause right after the trigger noun (or its adjective) is about the event
    itself: الاتفاق الذي أبرم في فيينا، الهجوم الأخير الذي وقع أمس."""
    between = tokens[anchor:k]
    return 0 <= k - anchor <= _OWN_RELATIVE and all(
        "adj" in t.pos and "verb" not in t.pos for t in between)


def _has_own_verb(tokens: list[Token], k: int) -> bool:
    """A fronted adverbial (وفي عام 2007، وخلال الحوار) opens a new clause only when the
    words before it already have their verb; else they are adverbials of the same verb."""
    if tokens[k].norm not in _words("attr:fronted") and not (
            tokens[k].text in _COMMAS and _next_word(tokens, k).norm in _words("attr:fronted")):
        return True
    j = k - 1
    while j >= 0 and tokens[j].text not in _STOPS:
        if is_verb(tokens[j]):
            return True
        j -= 1
    return False


def _next_word(tokens: list[Token], k: int) -> Token:
    return next((t for t in tokens[k + 1:] if t.is_word), tokens[k])


def _subordinate(norm: str) -> bool:
    return norm in _words("clause:sub") or norm in _words("attr:subordinate")


def _continues(doc: Document, sentence: Sentence) -> bool:
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
    before = doc.sentences[max(0, sentence.index - _CONTINUE_DEPTH):sentence.index]
    return subject is None or any(m.entity_id == subject.entity_id
                                  for s in before for m in s.actors)


def _statement_opening(sentence: Sentence) -> int | None:
    """The index of the sentence's first word when it is a verb of saying."""
    verb = next((k for k, t in enumerate(sentence.tokens) if t.is_word), None)
    return verb if verb is not None and _says(sentence.tokens[verb]) else None


def _says(token: Token) -> bool:
    return is_reporting(token) or any(lemma.endswith("/v") and lemma[:-2] in _words(
        "attr:statement") for lemma in token.lemmas)


def _subject_after(sentence: Sentence, verb: int) -> EntityMention | None:
    """The subject follows its verb: a name (وأدانت إيران) or a noun with a nationality
    adjective (وأدانت الحكومة الأردنية)."""
    return next((m for m in sentence.actors if not m.locative and (
        m.start == verb + 1 or m.start == verb + 2 and m.via == gazetteer.VIA_ADJ)), None)


def _opening_subject(sentence: Sentence) -> EntityMention | None:
    """Who speaks in a sentence that opens, after a connective (لكن، كما), with a verb
    of saying and its subject (وصرح الصدر) or with a subject and its verb (فالون صرح)."""
    words = [k for k, t in enumerate(sentence.tokens) if t.is_word]
    if words and sentence.tokens[words[0]].norm in _words("attr:connective"):
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if _says(sentence.tokens[first]):
        return _subject_after(sentence, first)
    subject = next((m for m in sentence.actors if m.start == first and not m.locative), None)
    if subject is not None and subject.end < len(sentence.tokens) \
            and _says(sentence.tokens[subject.end]):
        return subject
    return None


# ---------------------------------------------------------------- place

def place(doc: Document, sentence: Sentence, hit: Hit) -> EntityMention | None:
    """Where the event happened: a place of its clause, most specific first."""
    spans = clauses(sentence, hit.start, hit.end)
    lo, hi = spans[0]
    said = hit.end if _statement(hit) else None
    found = _first(spans, lambda a, b: _clause_place(doc, sentence, a, b, hit.start, said))
    if found is None and hit.type == "CONSULT":
        found = _post_of_participant(sentence, lo, hi)
    if found is None:
        found = _antecedent_place(sentence, lo) or _where_before(doc, sentence, lo)
    if found is None and _goes_back(doc, sentence, hit, lo, hi):
        found = _scene_place(doc, sentence.index - 1, _CONTINUE_DEPTH)
    if found is None and hit.type in _OCCASIONS:
        found = _told_before(doc, sentence, hit.start, lambda s, a, b, k: _clause_place(
            doc, s, a, b, k))
    if found is None and hit.type in _ONE_TIME:
        found = _restated(doc, sentence, hit.start, lambda s, a, b, k: _clause_place(
            doc, s, a, b, k), lambda m: m.entity_id)
    return found or _anaphoric_place(doc, sentence, lo, hi)


def _where_before(doc: Document, sentence: Sentence, lo: int) -> EntityMention | None:
    """"شهدت البصرة مظاهرات، حيث اتهم المتظاهرون طهران": a clause opened by حيث happens
    where the clause before it does."""
    tokens = sentence.tokens
    k = lo + 1 if tokens[lo].text in _COMMAS else lo
    if k >= len(tokens) or tokens[k].norm not in _words("attr:where"):
        return None
    last = max((j for j in range(lo) if tokens[j].text not in _COMMAS), default=None)
    if last is None:
        return None
    before, end = clause(tokens, last, last + 1)
    return _clause_place(doc, sentence, before, end, last)


def _goes_back(doc: Document, sentence: Sentence, hit: Hit, lo: int, hi: int) -> bool:
    """Whether the clause happens in the scene of the sentence before: it continues that
    statement, happens "then" (آنذاك), or answers the one who spoke there."""
    return _continues(doc, sentence) or _then(sentence, lo, hi) or _answers(doc, sentence, hit, hi)


def _answers(doc: Document, sentence: Sentence, hit: Hit, hi: int) -> bool:
    """"ووصف الوزير الكندي سليماني بأنه … . واتهم موسيان الوزير الكندي بـ…": a statement
    aimed at the one who spoke in the sentence before answers him in the same exchange."""
    if sentence.index == 0 or not _says(sentence.tokens[hit.start]):
        return False
    speaker = _opening_subject(doc.sentences[sentence.index - 1])
    return speaker is not None and any(
        m.entity_id == speaker.entity_id and hit.end <= m.start < hi and not m.locative
        for m in sentence.actors)


def _antecedent_place(sentence: Sentence, lo: int) -> EntityMention | None:
    """"البصرة التي شهدت مظاهرات": a clause opened by a relative pronoun right after a
    city or site tells what happened there."""
    tokens = sentence.tokens
    if lo == 0 or tokens[lo].norm not in _words("clause:relative"):
        return None
    gaz = gazetteer.load()
    return next((m for m in sentence.places if m.end == lo and gaz.places[
        m.entity_id].kind != "country" and _is_place(sentence, m)), None)


def _then(sentence: Sentence, lo: int, hi: int) -> bool:
    """آنذاك، حينها، في ذلك الوقت: the clause happens at the time just told of."""
    tokens = sentence.tokens
    return any(t.norm in _words("attr:then") for t in tokens[lo:hi]) or any(
        tuple(t.norm for t in tokens[k:k + len(p)]) == p
        for p in cues().get("attr:then", ()) if len(p) > 1 for k in range(lo, hi))


def _anaphoric_place(doc: Document, sentence: Sentence, lo: int, hi: int
                     ) -> EntityMention | None:
    """"أمام مقر المحافظة", "في المدينة": a bare definite area noun refers back to the
    province or city the article is about (a governorate and its capital share a name)."""
    tokens = sentence.tokens
    for k in range(lo, hi):
        kinds = _ANAPHORS.get(_definite_stem(tokens[k].norm) or "")
        if kinds is None or any(m.start <= k + 1 and k < m.end for m in sentence.places):
            continue  # "مدينة النجف", "المدينة المنورة" name their place
        found = _main_place(doc, sentence, k, kinds)
        if found is not None:
            return EntityMention(found.entity_id, k, k + 1, tokens[k].text, "anaphor", True)
    return None


def _definite_stem(norm: str) -> str | None:
    for prefix in ("وبال", "وال", "بال", "فال", "ولل", "لل", "ال"):
        if norm.startswith(prefix):
            return norm[len(prefix):]
    return None


def _main_place(doc: Document, sentence: Sentence, before: int, kinds: frozenset[str]
                ) -> EntityMention | None:
    """The place of one of ``kinds`` the article has named most often before token
    ``before`` of ``sentence`` (the last one named on a tie): the place it is about."""
    gaz = gazetteer.load()
    seen: dict[str, tuple[int, int, EntityMention]] = {}
    order = 0
    for s in doc.sentences[:sentence.index + 1]:
        for m in s.places:
            if gaz.places[m.entity_id].kind in kinds and (s is not sentence or m.end <= before):
                order += 1
                count = seen.get(m.entity_id, (0, 0, m))[0]
                seen[m.entity_id] = (count + 1, order, m)
    return max(seen.values(), key=lambda v: v[:2])[2] if seen else None


def _statement(hit: Hit) -> bool:
    """A verbal event other than a meeting: it happens where it is said."""
    return hit.type != "CONSULT" and QUAD_CLASS[hit.type].startswith("verbal")


def _clause_place(doc: Document, sentence: Sentence, lo: int, hi: int, anchor: int,
                  said: int | None = None) -> EntityMention | None:
    """The place of the clause [lo, hi) nearest ``anchor``; for a statement whose words
    end at ``said``, none that its content places at another event (below)."""
    gaz = gazetteer.load()
    options = [m for m in sentence.places if lo <= m.start < hi and _is_place(sentence, m)
               and (said is None or not _told_of(sentence.tokens, said, m.start))]
    if not options:
        return _area_country(doc, sentence, lo, hi)
    listed = _listed_country(sentence, options)
    if listed is not None:
        doc.places.setdefault(listed.entity_id, gaz.places[listed.entity_id])
        return listed
    options = [_reference_point(doc, sentence, m) for m in options]
    # "ستة آلاف مقاتل من أبناء الموصل": the people of a place say where they are from; the
    # event is there only if the clause names no other place
    located = [m for m in options if _word_before(sentence.tokens, m.start) not in _words(
        "attr:people")] or options
    nearest = min(located, key=lambda m: (m.start < anchor, abs(m.start - anchor)))
    # "قرب قاعدة عين الأسد في الأنبار": of places named together, the most specific; so
    # too of places one inside the other ("مدينة كربلاء، معقل التيار في العراق، شهدت")
    near = [m for m in located if abs(m.start - nearest.start) <= _NEIGHBOURS
            or abs(m.start - nearest.start) <= _NESTED and _nested(m.entity_id, nearest.entity_id)]
    return min(near, key=lambda m: (_SPECIFIC.get(gaz.places[m.entity_id].kind, 3),
                                    abs(m.start - anchor)))


def _reference_point(doc: Document, sentence: Sentence, m: EntityMention) -> EntityMention:
    """"في معسكر يبعد عن الموصل 30 كلم", "على بعد 20 كيلومترا من بغداد": a place a distance
    is measured from is not where the event is, only in the same country."""
    tokens = sentence.tokens
    near = range(max(0, m.start - _NEIGHBOURS), m.start)
    if not any(cue_at(tokens, k, "attr:distance") for k in near):
        return m
    known = gazetteer.place(m.entity_id)
    country = known.country if known is not None and known.kind != "country" else None
    if country is None or gazetteer.place(country) is None:
        return m
    doc.places.setdefault(country, gazetteer.load().places[country])
    return EntityMention(country, m.start, m.end, m.text, "distance", True)


def _told_of(tokens: list[Token], said: int, k: int) -> bool:
    """"نفى … توسط الوزير لإعادة انتشار البيشمركة في كركوك", "أرسل برقية تعزية بمقتل
    القائد بمدينة الفلوجة": a place after another event noun in what a statement says is
    where that event is, not where the statement is made; a meeting or a visit it is made
    at (خلال زيارته إلى بغداد، في مؤتمر بالدوحة) is its scene."""
    return any(_event_noun(tokens[j]) and not _scene_noun(tokens[j]) for j in range(said, k))


def _event_noun(token: Token) -> bool:
    """A noun that is the one-word trigger of an event (مقتل، انتشار، معركة)."""
    if "noun" not in token.pos or "verb" in token.pos:
        return False
    index = triggers()
    return any(len(t.words) == 1 and t.pos in ("n", "*") and t.type != "-"
               for lemma in token.lemmas if "/" not in lemma for t in index.get(lemma, ()))


def _scene_noun(token: Token) -> bool:
    """A noun of an occasion or a journey (مؤتمر، زيارة): where it is, things are said."""
    words = {token.norm, stripped(token.norm)}
    return not words.isdisjoint(_words("attr:venue")) or not words.isdisjoint(
        _words("attr:travel"))


def _nested(a: str, b: str) -> bool:
    """Whether one place lies inside the other (a city in its province or country)."""
    def within(inner: str, outer: str) -> bool:
        known = gazetteer.place(inner)
        return gazetteer.inside(inner, outer) or known is not None and known.country == outer
    return a != b and (within(a, b) or within(b, a))


def _is_place(sentence: Sentence, m: EntityMention) -> bool:
    """Not a place when the words name an actor: a capital or state standing for its
    government (اتهم المتظاهرون طهران), a title's post (السفير الأمريكي في بغداد) or a
    body's name (حكومة إقليم كردستان) — unless a locative word marks it."""
    if _dateline(sentence, m) or _in_name(sentence, m):
        return False
    marked = _marked(sentence, m)
    for actor in sentence.actors:
        if actor.start <= m.start and m.end <= actor.end:
            if actor.via == "title":
                if _post(sentence, m):  # السفير الأمريكي في بغداد
                    return False
            elif actor.end - actor.start > m.end - m.start or not (marked or actor.locative):
                return False
    known = gazetteer.place(m.entity_id)
    return marked or known is None or known.kind != "country"


def _dateline(sentence: Sentence, m: EntityMention) -> bool:
    """"بغداد - …", "دبي، الإمارات (وكالة) —": where the report was filed, not the event.
    A dateline names the city bare: "مدينة النجف، …" opens a sentence about the city."""
    after = sentence.tokens[m.end].text if m.end < len(sentence.tokens) else ""
    return m.start == 0 and after in {"،", ",", "-", "–", "—", ":", "(", "/"} \
        and sentence.tokens[0].norm not in _words("attr:area")


def _in_name(sentence: Sentence, m: EntityMention) -> bool:
    """A place word inside a longer actor name: فيلق القدس، حكومة إقليم كردستان."""
    matcher = gazetteer.load().actor_matcher
    for start in range(max(0, m.start - 4), m.start + 1):
        name = matcher.match_at(sentence.tokens, start)
        if name is not None and name.end >= m.end and name.end - name.start > m.end - m.start:
            return True
    return False


def _post_of_participant(sentence: Sentence, lo: int, hi: int) -> EntityMention | None:
    """"التقى … السفير الأمريكي في بغداد": a meeting with an official posted somewhere
    takes place where the post is."""
    return next((m for m in sentence.places if lo <= m.start < hi and _post(sentence, m)
                 and any(a.via == "title" and a.start <= m.start and m.end <= a.end
                         for a in sentence.actors)), None)


def _post(sentence: Sentence, m: EntityMention) -> bool:
    """في بغداد، لدى العراق، ببغداد after a title: where its holder serves."""
    tokens = sentence.tokens
    hit = gazetteer.load().place_matcher.match_at(tokens, m.start)
    before = _word_before(tokens, m.start)
    return before in {"في", "لدي", "لدى"} or hit is not None and hit.clitic.endswith("ب")


def _word_before(tokens: list[Token], k: int) -> str:
    """The word before token ``k``, past a hashtag mark ("في #بروكسل")."""
    k -= 1
    if k >= 0 and tokens[k].text == "#":
        k -= 1
    return tokens[k].norm if k >= 0 else ""


def _marked(sentence: Sentence, m: EntityMention) -> bool:
    """A locative preposition or clitic before the place: في بغداد، ببغداد، قرب الموصل."""
    tokens = sentence.tokens
    hit = gazetteer.load().place_matcher.match_at(tokens, m.start)
    clitic = hit.clitic.lstrip("وف") if hit is not None else ""
    before = _word_before(tokens, m.start)
    if clitic.startswith("ب"):
        return True
    if before in _words("attr:travel") and (clitic in ("", "ل", "لل") or before.startswith("زار")):
        return True
    if clitic == "" and before not in PREPS and any(
            t.norm in _words("attr:travel") and "verb" in t.pos
            for t in tokens[max(0, m.start - _NEIGHBOURS - 2):m.start]):
        return True  # زار وزير الدفاع البريطاني بغداد: the object of a visit
    if before == "من":  # انسحاب القوات من العراق: the place a withdrawal leaves
        leaving = tuple(_words("attr:leaving"))
        near = tokens[max(0, m.start - 4):m.start]
        return any(stripped(t.norm).startswith(leaving) for t in near)
    if before in _words("attr:towards"):  # إلى is a destination only after a word of travel
        return m.start > 1 and tokens[m.start - 2].norm in _words("attr:travel")
    return before in cue_words("locative") or stripped(before) in _words("attr:area") \
        or stripped(before) in cue_words("locative") or stripped(before) in _words("attr:venue")


def _listed_country(sentence: Sentence, options: list[EntityMention]) -> EntityMention | None:
    """Several cities or provinces of one country in a list (الموصل والفلوجة والرمادي): the
    event covers the country, not the first city named."""
    gaz = gazetteer.load()
    local = [m for m in options if gaz.places[m.entity_id].kind != "country"]
    countries = {gaz.places[m.entity_id].country for m in local}
    sites = {gaz.places[m.entity_id].kind == "site" for m in local}
    if len(local) < 2 or len(countries) != 1 or len(sites) != 1 or \
            not _coordinated(sentence, local):
        return None
    country = countries.pop()
    if country is None or country not in gaz.places:
        return None
    first = local[0]
    return EntityMention(country, first.start, local[-1].end, first.text, "list", True)


def _coordinated(sentence: Sentence, places: list[EntityMention]) -> bool:
    """Names joined by و or a comma only (الموصل والفلوجة، الرمادي)."""
    for a, b in pairwise(places):
        between = [t.text for t in sentence.tokens[a.end:b.start]]
        joined = not between and sentence.tokens[b.start].norm.startswith("و")
        if not (joined or between in (["،"], [","], ["و"])):
            return False
    return True


def _area_country(doc: Document, sentence: Sentence, lo: int, hi: int) -> EntityMention | None:
    """"في المدن العراقية": an area noun with a nationality adjective names the country."""
    gaz = gazetteer.load()
    tokens = sentence.tokens
    for k in range(max(lo, 1), hi):
        if tokens[k - 1].norm not in _words("attr:area_adj"):
            continue
        m = gaz.actor_matcher.match_at(tokens, k)
        if m is not None and m.via == gazetteer.VIA_ADJ and m.entity_id in gaz.places:
            doc.places.setdefault(m.entity_id, gaz.places[m.entity_id])
            return EntityMention(m.entity_id, k - 1, k + 1, tokens[k - 1].text, "adj", True)
    return None


def _first(spans: list[tuple[int, int]], find: Callable[[int, int], _T | None]) -> _T | None:
    """What ``find`` gives for the first of ``spans`` where it finds something."""
    return next((found for lo, hi in spans if (found := find(lo, hi)) is not None), None)


def _told_before(doc: Document, sentence: Sentence, k: int,
                 find: Callable[[Sentence, int, int, int], _T | None]) -> _T | None:
    """"وشارك في الاجتماع …": a definite noun of an occasion refers back to the occasion
    last named with the same noun ("إثر اجتماع في كندا الخميس"), whose time and place are
    its own; a mention that has none and is definite itself refers further back."""
    token = sentence.tokens[k]
    lemmas = {lemma for lemma in token.lemmas if lemma.endswith("/n")}
    if not lemmas or _definite_stem(token.norm) is None:
        return None
    for earlier in reversed(doc.sentences[max(0, sentence.index - _TOLD_DEPTH):
                                          sentence.index + 1]):
        stop = k if earlier is sentence else len(earlier.tokens)
        for j in range(stop - 1, -1, -1):
            other = earlier.tokens[j]
            if lemmas.isdisjoint(other.lemmas) or "noun" not in other.pos:
                continue
            found = _first(clauses(earlier, j, j + 1),
                           lambda lo, hi, s=earlier, j=j: find(s, lo, hi, j))
            if found is not None or _definite_stem(other.norm) is None:
                return found
    return None


def _restated(doc: Document, sentence: Sentence, k: int,
              find: Callable[[Sentence, int, int, int], _T | None],
              key: Callable[[_T], str]) -> _T | None:
    """"الانسحاب الأميركي من العراق … وبعد انسحاب القوات الأميركية من العراق في ديسمبر
    2011": a definite noun of a one-time event with no time or place of its own is the
    event that another mention of the noun, anywhere in the article, tells with the same
    parties or place after it; when those mentions agree on a time or place, it is its."""
    token = sentence.tokens[k]
    lemmas = {lemma for lemma in token.lemmas if lemma.endswith("/n")}
    own = _complement(sentence, k)
    if not lemmas or not own or _definite_stem(token.norm) is None:
        return None
    found: dict[str, _T] = {}
    for other in doc.sentences:
        for j, word in enumerate(other.tokens):
            if (other is sentence and j == k) or lemmas.isdisjoint(word.lemmas) \
                    or "noun" not in word.pos or not own <= _complement(other, j):
                continue
            told = _first(clauses(other, j, j + 1),
                          lambda lo, hi, s=other, j=j: find(s, lo, hi, j))
            if told is not None:
                found.setdefault(key(told), told)
    return next(iter(found.values())) if len(found) == 1 else None


def _complement(sentence: Sentence, k: int) -> frozenset[str]:
    """The parties and places named right after the noun at ``k`` (الانسحاب الأميركي من
    العراق: the United States and Iraq)."""
    return frozenset(m.entity_id for m in (*sentence.actors, *sentence.places)
                     if k < m.start <= k + _NEIGHBOURS)


def _scene(doc: Document, index: int, depth: int,
           find: Callable[[Sentence, int, int, int], _T | None]) -> _T | None:
    """What ``find`` gives for a sentence's main clause (that of its first verb), or for
    the sentence it continues, up to ``depth`` sentences back."""
    if index < 0 or depth == 0:
        return None
    sentence = doc.sentences[index]
    verb = next((k for k, t in enumerate(sentence.tokens) if is_verb(t)), None)
    if verb is not None:
        found = _first(clauses(sentence, verb, verb + 1),
                       lambda lo, hi: find(sentence, lo, hi, verb))
        if found is not None:
            return found
    goes_on = _continues(doc, sentence) or verb is not None and _then(
        sentence, *clause(sentence.tokens, verb, verb + 1))
    return _scene(doc, index - 1, depth - 1, find) if goes_on else None


def _scene_place(doc: Document, index: int, depth: int) -> EntityMention | None:
    """The place of a sentence's main clause, or of the sentence it continues."""
    return _scene(doc, index, depth,
                  lambda sentence, lo, hi, verb: _clause_place(doc, sentence, lo, hi, verb))


# ---------------------------------------------------------------- date

def date_of(doc: Document, sentence: Sentence, hit: Hit) -> tuple[str | None, str | None]:
    """The date of the trigger's clause, else that of the sentence it continues."""
    published = doc.cleaned.article.published
    spans = clauses(sentence, hit.start, hit.end)
    lo, hi = spans[0]
    found = _first(spans, lambda a, b: _clause_date(sentence, published, a, b, hit.start))
    if found is None and _goes_back(doc, sentence, hit, lo, hi):
        found = _scene_date(doc, sentence.index - 1, published, _CONTINUE_DEPTH)
    if found is None and hit.type in _OCCASIONS:
        found = _told_before(doc, sentence, hit.start, lambda s, a, b, k: _clause_date(
            s, published, a, b, k))
    if found is None and hit.type in _ONE_TIME:
        found = _restated(doc, sentence, hit.start, lambda s, a, b, k: _clause_date(
            s, published, a, b, k), lambda d: d.value)
    if found is None and (sentence.headline or _lead_speaker(doc, sentence)):
        found = _news_day(doc, published)
    return (found.value, found.granularity) if found else (None, None)


def _news_day(doc: Document, published: dt.date | None) -> DateMention | None:
    """The day the lead gives its news (أمس، الثلاثاء، اليوم): a date read against the
    publication date, not a year or a month of background.  The lead may take two
    sentences (a summary, then the news with its day)."""
    body = [s for s in doc.sentences if not s.headline][:_LEAD_SENTENCES]
    found = (_scene_date(doc, s.index, published, 1) for s in body)
    return next((d for d in found if d is not None and d.relative), None)


def _lead_speaker(doc: Document, sentence: Sentence) -> bool:
    """A later sentence that opens with a verb of saying whose subject the lead named
    (وصرح الصدر …, وقال الوزير …) reports more of that day's statement."""
    lead = [s for s in doc.sentences if not s.headline][:_LEAD_SENTENCES]
    if not lead or sentence.index <= lead[0].index:
        return False
    subject = _opening_subject(sentence)
    return subject is not None and any(m.entity_id == subject.entity_id
                                       for s in lead for m in s.actors)


def _clause_date(sentence: Sentence, published: dt.date | None, lo: int, hi: int,
                 anchor: int) -> DateMention | None:
    tokens = sentence.tokens
    if lo >= hi:
        return None
    first, last = tokens[lo].start - sentence.start, tokens[hi - 1].end - sentence.start
    at = tokens[anchor].start - sentence.start
    found = [d for d in find_dates(sentence.text, published) if not _deadline(sentence.text, d)
             and not _scheduled_other(sentence, d, anchor)]
    inside = [d for d in found if first <= d.start and d.end <= last]
    # "واشنطن، 29 يناير 2024 (وكالة) - قتل …، يوم الأحد، …": the dateline gives the day the
    # report was filed; a day the clause names itself is the event's.
    inside = _own_predicate(tokens, lo, anchor, inside, sentence.start)
    filed = [d for d in inside if in_dateline(sentence.text, d)]
    if filed and len(filed) < len(inside):
        inside = [d for d in inside if d not in filed]
    if not inside:
        # "قال …، الأحد، إن …": a date set off by commas is the time of the whole report.
        inside = [d for d in found if _set_off(sentence.text, d)]
    return min(inside, key=lambda d: abs(d.start - at)) if inside else None


def _deadline(text: str, date: DateMention) -> bool:
    """"بحلول نهاية 2011", "في موعد أقصاه أيلول": the date a promised thing is due by,
    not the date of the event that promises it."""
    words = [normalize(w) for w in text[:date.start].split()[-2:]]
    return any(w in _words("attr:deadline") for w in words)


def _own_predicate(tokens: list[Token], lo: int, anchor: int, dates: list[DateMention],
                   offset: int) -> list[DateMention]:
    """In a relative clause, a date before the trigger is the relative verb's, unless the
    trigger is that verb or the noun of that light verb ("الفصائل التي شنت أمس هجمات"):
    "استخدام القوة ضد المظاهرات التي بدأت في الثامن من يوليو … إلى مقتل 14" does not date
    the killing."""
    if tokens[lo].norm not in _words("clause:relative"):
        return dates
    verb = next((k for k in range(lo + 1, anchor + 1) if is_verb(tokens[k])), None)
    if verb is None or verb == anchor or (anchor - verb <= _LIGHT_GAP
                                          and cue_at(tokens, verb, "light")):
        return dates
    start = tokens[anchor].start - offset
    return [d for d in dates if d.end > start]


def _scheduled_other(sentence: Sentence, date: DateMention, anchor: int) -> bool:
    """"دعمه للانتخابات المقررة في تشرين الأول": a date after a participle of scheduling
    (المقرر، المزمع، المرتقب) is when the noun before the participle is due, not the date
    of the event, unless that noun is the trigger ("لقاءه المرتقب يوم 3 أغسطس")."""
    tokens = sentence.tokens
    start = sentence.start + date.start
    k = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
    for p in range(k - 1, max(0, k - _SCHEDULE_GAP) - 1, -1):
        if tokens[p].norm in _words("attr:scheduled"):
            return p - 1 != anchor and not (p > 1 and p - 2 == anchor
                                              and "adj" in tokens[p - 1].pos)
    return False


def _set_off(text: str, date: DateMention) -> bool:
    before = text[:date.start].rstrip()
    after = text[date.end:].lstrip()
    return before.endswith(("،", ",")) and (not after or after[0] in "،,.؛")


def _scene_date(doc: Document, index: int, published: dt.date | None, depth: int
                ) -> DateMention | None:
    """The date of a sentence's main clause, or of the sentence it continues."""
    return _scene(doc, index, depth,
                  lambda sentence, lo, hi, verb: _clause_date(sentence, published, lo, hi, verb))

"""Where an event happened: a place of its trigger's clause, most specific first, else
the scene it shares with another telling (``kg.extract.scene``)."""

from __future__ import annotations

from itertools import pairwise

from kg import gazetteer
from kg.analyse import Document, EntityMention, Sentence
from kg.extract.common import PREPS, stripped
from kg.extract.scene import (
    COMMAS,
    CONTINUE_DEPTH,
    NEIGHBOURS,
    OCCASIONS,
    ONE_TIME,
    clause,
    clauses,
    definite_stem,
    event_noun,
    first_found,
    goes_back,
    restated,
    says,
    scene,
    told_before,
)
from kg.extract.triggers import Hit, cue_at
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.tokenize import Token
from kg.model import QUAD_CLASS

_SPECIFIC = {"site": 0, "city": 1, "district": 1, "governorate": 2, "region": 3, "country": 4}
_NESTED = 8  # a place and one that holds it this close name one location (an apposition)
# Area nouns that, bare and definite (المحافظة، للمدينة), refer back to a place of the kinds
# given; stripped of their article and clitics.
_ANAPHORS = {"محافظه": frozenset({"governorate", "city"}), "مدينه": frozenset({"city"}),
             "بلده": frozenset({"city", "district"}), "قضاء": frozenset({"district", "city"})}


def place(doc: Document, sentence: Sentence, hit: Hit) -> EntityMention | None:
    """Where the event happened: a place of its clause, most specific first."""
    spans = clauses(sentence, hit.start, hit.end)
    lo, hi = spans[0]
    said = hit.end if _statement(hit) else None
    found = first_found(spans, lambda a, b: _clause_place(doc, sentence, a, b, hit.start, said))
    if found is None and hit.type == "CONSULT":
        found = _post_of_participant(sentence, lo, hi)
    if found is None:
        found = _antecedent_place(sentence, lo) or _where_before(doc, sentence, lo)
    if found is None and goes_back(doc, sentence, hit, lo, hi):
        found = _scene_place(doc, sentence.index - 1, CONTINUE_DEPTH)
    if found is None and hit.type in OCCASIONS:
        found = told_before(doc, sentence, hit.start, lambda s, a, b, k: _clause_place(
            doc, s, a, b, k))
    if found is None and hit.type in ONE_TIME:
        found = restated(doc, sentence, hit.start, lambda s, a, b, k: _clause_place(
            doc, s, a, b, k), lambda m: m.entity_id)
    return found or _anaphoric_place(doc, sentence, lo, hi)


def _where_before(doc: Document, sentence: Sentence, lo: int) -> EntityMention | None:
    """"شهدت البصرة مظاهرات، حيث اتهم المتظاهرون طهران": a clause opened by حيث happens
    where the clause before it does."""
    tokens = sentence.tokens
    k = lo + 1 if tokens[lo].text in COMMAS else lo
    if k >= len(tokens) or tokens[k].norm not in cue_words("attr:where"):
        return None
    last = max((j for j in range(lo) if tokens[j].text not in COMMAS), default=None)
    if last is None:
        return None
    before, end = clause(tokens, last, last + 1)
    return _clause_place(doc, sentence, before, end, last)


def _antecedent_place(sentence: Sentence, lo: int) -> EntityMention | None:
    """"البصرة التي شهدت مظاهرات": a clause opened by a relative pronoun right after a
    city or site tells what happened there."""
    tokens = sentence.tokens
    if lo == 0 or tokens[lo].norm not in cue_words("clause:relative"):
        return None
    gaz = gazetteer.load()
    return next((m for m in sentence.places if m.end == lo and gaz.places[
        m.entity_id].kind != "country" and _is_place(sentence, m)), None)


def _anaphoric_place(doc: Document, sentence: Sentence, lo: int, hi: int
                     ) -> EntityMention | None:
    """"أمام مقر المحافظة", "في المدينة": a bare definite area noun refers back to the
    province or city the article is about (a governorate and its capital share a name)."""
    tokens = sentence.tokens
    for k in range(lo, hi):
        kinds = _ANAPHORS.get(definite_stem(tokens[k].norm) or "")
        if kinds is None or any(m.start <= k + 1 and k < m.end for m in sentence.places):
            continue  # "مدينة النجف", "المدينة المنورة" name their place
        found = _main_place(doc, sentence, k, kinds)
        if found is not None:
            return EntityMention(found.entity_id, k, k + 1, tokens[k].text, "anaphor", True)
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
    located = [m for m in options if _word_before(sentence.tokens, m.start) not in cue_words(
        "attr:people")] or options
    nearest = min(located, key=lambda m: (m.start < anchor, abs(m.start - anchor)))
    # "قرب قاعدة عين الأسد في الأنبار": of places named together, the most specific; so
    # too of places one inside the other ("مدينة كربلاء، معقل التيار في العراق، شهدت")
    near = [m for m in located if abs(m.start - nearest.start) <= NEIGHBOURS
            or abs(m.start - nearest.start) <= _NESTED and _nested(m.entity_id, nearest.entity_id)]
    return min(near, key=lambda m: (_SPECIFIC.get(gaz.places[m.entity_id].kind, 3),
                                    abs(m.start - anchor)))


def _reference_point(doc: Document, sentence: Sentence, m: EntityMention) -> EntityMention:
    """"في معسكر يبعد عن الموصل 30 كلم", "على بعد 20 كيلومترا من بغداد": a place a distance
    is measured from is not where the event is, only in the same country."""
    tokens = sentence.tokens
    near = range(max(0, m.start - NEIGHBOURS), m.start)
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
    at (خلال زيارته إلى بغداد، في مؤتمر بالدوحة) is its scene.  So a place where it says
    someone is ("جماعات مدعومة من إيران تنشط في سوريا", "الطائرات المتمركزة في قبرص") is
    where they are."""
    return any(event_noun(tokens[j]) and not _scene_noun(tokens[j]) for j in range(said, k)) \
        or any(stripped(tokens[j].norm) in cue_words("attr:located")
               or tokens[j].norm in cue_words("attr:located") for j in range(max(0, k - 3), k))


def _scene_noun(token: Token) -> bool:
    """A noun of an occasion or a journey (مؤتمر، زيارة): where it is, things are said."""
    words = {token.norm, stripped(token.norm)}
    return not words.isdisjoint(cue_words("attr:venue")) or not words.isdisjoint(
        cue_words("attr:travel"))


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
        and sentence.tokens[0].norm not in cue_words("attr:area")


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
    if before in cue_words("attr:travel") and (clitic in ("", "ل", "لل")
                                                 or before.startswith("زار")):
        return True
    if clitic == "" and before not in PREPS and any(
            t.norm in cue_words("attr:travel") and "verb" in t.pos
            for t in tokens[max(0, m.start - NEIGHBOURS - 2):m.start]):
        return True  # زار وزير الدفاع البريطاني بغداد: the object of a visit
    if before == "من":  # انسحاب القوات من العراق: the place a withdrawal leaves
        leaving = tuple(cue_words("attr:leaving"))
        near = tokens[max(0, m.start - 4):m.start]
        return any(stripped(t.norm).startswith(leaving) for t in near)
    if before in cue_words("attr:towards"):  # إلى is a destination only after a word of travel
        return m.start > 1 and tokens[m.start - 2].norm in cue_words("attr:travel")
    return before in cue_words("locative") or stripped(before) in cue_words("attr:area") \
        or stripped(before) in cue_words("locative") or stripped(before) in cue_words("attr:venue")


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
        if tokens[k - 1].norm not in cue_words("attr:area_adj"):
            continue
        m = gaz.actor_matcher.match_at(tokens, k)
        if m is not None and m.via == gazetteer.VIA_ADJ and m.entity_id in gaz.places:
            doc.places.setdefault(m.entity_id, gaz.places[m.entity_id])
            return EntityMention(m.entity_id, k - 1, k + 1, tokens[k - 1].text, "adj", True)
    return None


def _scene_place(doc: Document, index: int, depth: int) -> EntityMention | None:
    """The place of a sentence's main clause, or of the sentence it continues."""
    return scene(doc, index, depth, lambda sentence, lo, hi, verb: _clause_place(
        doc, sentence, lo, hi, verb, verb + 1 if says(sentence.tokens[verb]) else None))

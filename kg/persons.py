"""Person mentions named by a title: "وزير الخارجية العراقي فؤاد حسين", a long title set
off by commas before its holder's name ("قائد الفرقة الخامسة في الجيش العراقي، فلان
الفلاني،"), and a bare title that stands for the person named before with it or for
the title's state. An unknown person gets a stable ``person-<hash>`` id.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from kg import gazetteer
from kg.dates import date_words, fold
from kg.document import Document, EntityMention
from kg.gazetteer import VIA_ADJ, VIA_CAPITAL, VIA_CONTEXT, VIA_SURNAME, Match
from kg.lang.ar.clitics import proclitic_forms
from kg.lang.ar.lexicon import cue_words, private_titles, titles
from kg.lang.ar.tokenize import Token
from kg.model import Actor

_NAME_POS = frozenset({"noun_prop"})
CONTEXT = frozenset({VIA_CONTEXT, VIA_SURNAME})  # names that need the full name first
_MAX_NAME = 3
_MAX_APPOSED = 4  # a name set off by commas may be longer: عبد العزيز محسن الحكيم
_MAX_MODIFIERS = 8
_MAX_COMPLEMENT = 8  # words between a title and the comma before its holder's name
_COMMAS = frozenset({"،", ","})
_CLOSERS = _COMMAS | {".", ":"}  # what may close a name set off by a comma


def _words(category: str) -> frozenset[str]:
    """Cue words of ``cues_persons.tsv``: title:link, title:qualifier, title:inner,
    title:clause."""
    return cue_words(category)


def _modifier(word: str) -> bool:
    """A link or qualifier a title's modifiers may contain (في بغداد، باسم، السابق)."""
    return word in _words("title:link") or word in _words("title:qualifier")


def name_spans_title(doc: Document, m: Match | None,
                      title: tuple[tuple[str, ...], str, int]) -> bool:
    """A person's gazetteer name that begins with a title word (الملك سلمان، الأمير محمد
    بن سلمان) is read as that name, not as a title before a name."""
    return m is not None and m.end > title[2] and _named_person(doc, m)




def title_at(tokens: list[Token], i: int) -> tuple[tuple[str, ...], str, int] | None:
    """The longest title starting at token ``i``: (key as listed, role, end index). Its
    first word may carry a proclitic (ورئيس الوزراء، لرجل الدين، للمتحدث باسم), and a
    qualifier may stand between its words, since an adjective follows its noun before
    the noun's complement (المتحدث السابق باسم الوفد)."""
    first = tokens[i].norm
    heads = [f for f in (first, *proclitic_forms(first)) if f in _title_starts()]
    if not heads:
        return None
    table = titles()
    literal = [(t.norm, n + 1) for n, t in enumerate(tokens[i + 1:i + 4], start=i + 1)]
    inner = _words("title:inner")
    skipped = [(t.norm, n + 1) for n, t in enumerate(tokens[i + 1:i + 6], start=i + 1)
               if t.norm not in inner][:3]
    best: tuple[tuple[str, ...], str, int] | None = None
    for head in heads:
        for rest in (literal, skipped):
            for n in range(len(rest), -1, -1):
                key = (head, *(w for w, _ in rest[:n]))
                end = rest[n - 1][1] if n else i + 1
                if key in table and (best is None or end > best[2]):
                    best = key, table[key], end
                    break
    return best


def titled(doc: Document, tokens: list[Token], i: int,
            title: tuple[tuple[str, ...], str, int], starts: dict[int, Match],
            by_title: dict[tuple[tuple[str, ...], str | None], str],
            country: str | None = None, outer_role: str | None = None,
            ) -> tuple[EntityMention | None, int]:
    """A title, its modifiers (nationality, "في بغداد") and the name that follows; a title
    chain (الناطق باسم الوزارة اللواء X) is one person with the first title's role and
    state (``country`` and ``outer_role`` when called for the inner title)."""
    gaz = gazetteer.load()
    key, role, j = title
    role = outer_role or role
    k, body = j, None  # body: the country of an organisation the title serves
    straddling = next((m for m in map(starts.get, range(i + 1, j)) if m and m.end > j), None)
    if straddling is not None and straddling.via not in CONTEXT:
        # المتحدث باسم [الحكومة العراقية]: the title's last words begin a body's name
        served = gaz.actors[straddling.entity_id]
        k = straddling.end
        country, body = (country or served.id, None) if served.kind == "state" else (
            country, served.country)
    while k < len(tokens) and k - j < _MAX_MODIFIERS:
        m = starts.get(k)
        if _named_person(doc, m):
            break
        if m is not None and gaz.actors[m.entity_id].kind == "state":
            if not _title_modifier_state(tokens, m, country, key):
                break
            country = country or m.entity_id
            k = m.end
        elif m is not None and m.via not in CONTEXT:
            k = m.end  # "المتحدث باسم التحالف الدولي": the body a spokesperson serves
            body = body or gaz.actors[m.entity_id].country
        elif tokens[k].text in "،," or _modifier(tokens[k].norm) \
                or _sent_to_body(tokens, k, starts):
            k += 1
        elif (group := _state_body(tokens, k)) is not None:
            k = group  # "المتحدث باسم وزارة الخارجية": a state's body not named by its state
        else:
            break
    text = doc.cleaned.text
    m = starts.get(k)
    if m is not None and _named_person(doc, m):
        by_title[(key, country)] = m.entity_id
        doc.actors[m.entity_id] = gaz.actors[m.entity_id]
        return EntityMention(m.entity_id, i, m.end, text[tokens[i].start:tokens[m.end - 1].end],
                             "title"), m.end
    inner = title_at(tokens, k) if k < len(tokens) else None
    # a title chain is apposition (الناطق باسم الوزارة اللواء X); a title after a
    # preposition or و is someone else (المبعوث الخاص للرئيس X، الوزير ورئيس الوزراء)
    if inner is not None and tokens[k].norm == inner[0][0]:
        mention, end = titled(doc, tokens, k, inner, starts, by_title, country, role)
        if mention is not None and _person(doc, mention.entity_id):
            by_title[(key, country)] = mention.entity_id
            mention.start, mention.text = i, text[tokens[i].start:tokens[end - 1].end]
            return mention, end
    name_end = _holder_name_end(tokens, j, k, starts)
    if name_end > k and (country or body) is not None:
        entity_id = _new_person(doc, tokens, (k, name_end), country or body, role)
        by_title[(key, country)] = entity_id
        return EntityMention(entity_id, i, name_end, text[tokens[i].start:tokens[name_end - 1].end],
                             "title"), name_end
    apposed = _apposition(doc, tokens, k, starts)
    if apposed is not None:
        mention = _apposed_person(doc, tokens, (i, k), apposed, key, role, country)
        if mention is not None:
            by_title[(key, country or _person_country(doc, mention.entity_id))] = \
                mention.entity_id
            return mention, mention.end
    private = key in private_titles()
    target = by_title.get((key, country)) or _same_office(by_title, key, country) or (
        None if private else country)
    while k > j and (tokens[k - 1].text in "،," or tokens[k - 1].norm in _words("title:link")):
        k -= 1  # a comma or a dangling في after the office is not part of the mention
    if target is None:
        # a private person's title alone (اعتقل الناشط العراقي) is no one, and its
        # nationality adjective is no actor either: the activist is not Iraq
        return None, k if private else j
    if target in gaz.actors:
        doc.actors[target] = gaz.actors[target]
    return EntityMention(target, i, k, text[tokens[i].start:tokens[k - 1].end], "title"), k


def _state_body(tokens: list[Token], k: int) -> int | None:
    """End of a generic state body's name at ``k`` (وزارة الخارجية، مجلس الأمن القومي),
    whose state the context gives (see analyse._collectives)."""
    gaz = gazetteer.load()
    m = gaz.group_matcher.match_at(tokens, k) if tokens[k].is_word else None
    return m.end if m is not None and gaz.groups[m.entity_id].state else None


def _sent_to_body(tokens: list[Token], k: int, starts: dict[int, Match]) -> bool:
    """"المبعوث الأمريكي إلى التحالف الدولي": an envoy or delegate sent to a body (an
    organisation, not a state: "وصل الوزير إلى العراق" is a journey)."""
    if tokens[k].norm != "الي":
        return False
    m = starts.get(k + 1)
    actor = gazetteer.actor(m.entity_id) if m is not None and m.via not in CONTEXT else None
    return actor is not None and actor.kind not in {"state", "person"}


def _apposition(doc: Document, tokens: list[Token], k: int, starts: dict[int, Match]
                ) -> tuple[int, int, list[Match]] | None:
    """A title's long complement set off by a comma before the name: "قائد الفرقة الخامسة
    في الجيش العراقي، فلان الفلاني،". Returns the name's token range and the gazetteer
    names inside the complement; the complement has no verb and no clause word, and an
    unknown name must be closed by a comma (apposition), else the words may be anything."""
    inside: list[Match] = []
    c = k
    while c < len(tokens) and c - k < _MAX_COMPLEMENT and tokens[c].text not in "،,":
        token, m = tokens[c], starts.get(c)
        if m is not None:
            if _named_person(doc, m):
                return None
            inside.append(m)
            c = m.end
            continue
        if not token.is_word or _only_verb(token) or token.norm in _words("title:clause"):
            return None
        c += 1
    if c == k or c >= len(tokens) or tokens[c].text not in "،,":
        return None
    m = starts.get(c + 1)
    if _named_person(doc, m):
        return c + 1, m.end, inside
    end = _apposed_name_end(tokens, c + 1, starts)
    return (c + 1, end, inside) if end is not None else None


def _apposed_name_end(tokens: list[Token], k: int, starts: dict[int, Match]) -> int | None:
    """End of a name of two to four words closed by a comma (or the sentence's end):
    between commas after a title, a foreign or rare name (أمينكي) the analyser does not
    know is still a name."""
    end = k
    while end < len(tokens) and end - k < _MAX_APPOSED and tokens[end].is_word \
            and (end not in starts or starts[end].via in CONTEXT) \
            and fold(tokens[end].norm) not in date_words() \
            and title_at(tokens, end) is None \
            and tokens[end].norm not in _words("title:clause") and not _preposition(tokens[end]):
        end += 1
    if end - k < 2 or end < len(tokens) and tokens[end].text not in _CLOSERS:
        return None  # one word may be a common noun; a name needs its closing comma
    names = [t for t in tokens[k:end] if t.pos & _NAME_POS or not t.pos]
    return end if names else None


def _holder_name_end(tokens: list[Token], j: int, k: int, starts: dict[int, Match]) -> int:
    """End of the title holder's name at ``k``: proper names only, or, when a comma sets
    the name off (الناشط العراقي، علي الموسوي،), words the analyser does not read as
    names (الأديب), up to the closing comma."""
    end = _name_end(tokens, k, starts)
    if k > j and tokens[k - 1].text in _COMMAS:
        end = max(end, _apposed_name_end(tokens, k, starts) or k)
    return end


def _new_person(doc: Document, tokens: list[Token], span: tuple[int, int],
                country: str | None, role: str) -> str:
    """A person the gazetteer does not know, with a stable id from the name's words."""
    start, end = span
    name = doc.cleaned.text[tokens[start].start:tokens[end - 1].end]
    entity_id = "person-" + hashlib.sha1(" ".join(
        t.norm for t in tokens[start:end]).encode()).hexdigest()[:10]
    doc.actors.setdefault(entity_id, Actor(entity_id, name, "person", name_ar=name,
                                           country=country, role=role))
    return entity_id


def _only_verb(token: Token) -> bool:
    return "verb" in token.pos and not token.pos & {"noun", "adj", "noun_prop"}


def _apposed_person(doc: Document, tokens: list[Token], span: tuple[int, int],
                    apposed: tuple[int, int, list[Match]], key: tuple[str, ...], role: str,
                    country: str | None) -> EntityMention | None:
    """The person named after a title's complement; an unknown name takes its state from
    the title or from a body or place of the complement (جهاز مكافحة الإرهاب → Iraq)."""
    gaz = gazetteer.load()
    start, end, inside = apposed
    text = doc.cleaned.text
    surface = text[tokens[span[0]].start:tokens[end - 1].end]
    m = next((m for m in gaz.actor_matcher.find(tokens[start:end])), None)
    if m is not None and m.start == 0 and _named_person(doc, m):
        doc.actors[m.entity_id] = gaz.actors[m.entity_id]
        return EntityMention(m.entity_id, span[0], end, surface, "title")
    country = country or next((c for n in inside if (c := gaz.actors[n.entity_id].country)),
                              None) or _complement_place_country(tokens, span[1], start)
    if country is None:
        return None
    entity_id = _new_person(doc, tokens, (start, end), country, role)
    return EntityMention(entity_id, span[0], end, surface, "title")


def _complement_place_country(tokens: list[Token], lo: int, hi: int) -> str | None:
    gaz = gazetteer.load()
    return next((gaz.places[m.entity_id].country for m in gaz.place_matcher.find(tokens[lo:hi])
                 if gaz.places[m.entity_id].country), None)


def _person_country(doc: Document, entity_id: str) -> str | None:
    actor = doc.actors.get(entity_id)
    return actor.country if actor is not None else None


def _named_person(doc: Document, m: Match | None) -> bool:
    """A gazetteer person; a surname that is also a common word (العسكري، الصدر) only
    once the article has named that person in full."""
    return m is not None and gazetteer.load().actors[m.entity_id].kind == "person" and (
        m.via not in CONTEXT or m.entity_id in doc.actors)


def _person(doc: Document, entity_id: str) -> bool:
    actor = doc.actors.get(entity_id)
    return actor is not None and actor.kind == "person"


def _title_modifier_state(tokens: list[Token], m: Match, country: str | None,
                          key: tuple[str, ...]) -> bool:
    """Whether a state after a title qualifies it: a nationality or a name (وزير خارجية
    العراق), or a posting or service after a link word (سفير العراق لدى إيران، النائب
    عن البصرة). A capital or a second state with no link before it is the verb's
    object: زار وزير الدفاع البريطاني بغداد. So is a name after a definite title, which
    cannot take a genitive: طالب الوزير إيران."""
    posted = m.start > 0 and tokens[m.start - 1].norm in _words("title:link")
    if posted:
        return True
    definite = key[-1].removeprefix("و").startswith("ال")
    return country is None and (m.via == VIA_ADJ or m.via != VIA_CAPITAL and not definite)


def _same_office(by_title: dict[tuple[tuple[str, ...], str | None], str],
                 key: tuple[str, ...], country: str | None) -> str | None:
    """"الوزير الكندي" after "وزير الخارجية الكندي X": the last person of that state
    whose title has the same head noun."""
    if country is None or len(key) != 1:
        return None  # only a bare head noun (الوزير) may stand for a longer title
    head = key[0].removeprefix("ال")
    found = [pid for (k, c), pid in by_title.items() if c == country and k[0].removeprefix(
        "ال") == head]
    return found[-1] if found else None


def _preposition(token: Token) -> bool:
    """على (on) is no name, علي (Ali) may be: the analyser reads both as either."""
    return "prep" in token.pos and not token.text.endswith("ي")


@lru_cache(maxsize=1)
def _title_starts() -> frozenset[str]:
    return frozenset(key[0] for key in titles())


def _name_end(tokens: list[Token], k: int, starts: dict[int, Match]) -> int:
    """End of a proper name of up to three words starting at ``k`` (k when none); a place
    ends it (الناشط العراقي في البصرة: البصرة is no name)."""
    end = k
    places = gazetteer.load().place_matcher
    while end < len(tokens) and end - k < _MAX_NAME and end not in starts and title_at(
            tokens, end) is None and places.match_at(tokens, end) is None:
        token = tokens[end]
        if not token.is_word or not (token.pos & _NAME_POS) or token.norm in cue_words(
                "negation") or "verb" in token.pos and end == k or _preposition(token) \
                or fold(token.norm) in date_words():
            break
        end += 1
    return end

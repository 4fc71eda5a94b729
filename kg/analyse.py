"""Analyse stage: sentences, tokens with lemmas, and actor/place mentions.

Person mentions come from the gazetteer or from a title followed by a name (see
:mod:`kg.persons`); generic groups (المتظاهرون) take their country from the context.
"""

from __future__ import annotations

from collections import Counter

from kg import gazetteer
from kg.anaphora import descriptions
from kg.document import PAIR_ID, Document, EntityMention, Sentence
from kg.gazetteer import VIA_ADJ, VIA_CAPITAL, VIA_SURNAME, Match
from kg.lang.ar.clitics import proclitic_forms
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.morphology import analyse_word
from kg.lang.ar.tokenize import Token, split_sentences, tokenize
from kg.model import CleanedArticle
from kg.persons import CONTEXT, name_spans_title, title_at, titled

__all__ = ["PAIR_ID", "Document", "EntityMention", "Sentence", "analyse"]


def analyse(cleaned: CleanedArticle) -> Document:
    """Split, tokenise, lemmatise and find mentions in a cleaned article."""
    gaz = gazetteer.load()
    doc = Document(cleaned, [], {}, {})
    seen: set[str] = set()
    by_title: dict[tuple[tuple[str, ...], str | None], str] = {}
    pending: list[tuple[EntityMention, str]] = []
    earlier: list[tuple[int, str]] = []  # actors mentioned so far, for descriptions
    for index, (start, end) in enumerate(split_sentences(cleaned.text)):
        tokens = tokenize(cleaned.text[start:end], start)
        for token in tokens:
            if token.is_word:
                info = analyse_word(token.text)
                token.lemmas, token.pos = info.lemmas | info.tagged, info.pos
                token.future, token.passive = info.future, info.passive
                token.first_person = info.first_person
        sentence = Sentence(index, start, end, cleaned.text[start:end], tokens)
        sentence.headline = _is_headline(cleaned, start, index)
        sentence.places = [_mention(cleaned.text, tokens, m)
                           for m in gaz.place_matcher.find(tokens)]
        previous: EntityMention | None = None
        for m, match in zip(sentence.places, gaz.place_matcher.find(tokens)):
            # A place is where an event happened when a locative word or clitic marks it
            # (في بغداد، بالعراق) or when it cannot also be an actor (a city, a base).
            m.locative = _locative(tokens, match) or gaz.places[m.entity_id].kind != "country" \
                or _coordinated_locative(tokens, previous, m)
            doc.places[m.entity_id] = gaz.places[m.entity_id]
            previous = m
        matches = [m for m in gaz.actor_matcher.find(tokens) if _plausible(tokens, m)]
        sentence.actors = _actors(doc, tokens, matches, seen, by_title)
        pending += _collectives(doc, sentence, gaz.group_matcher.find(tokens))
        _add_descriptions(doc, sentence, earlier)
        earlier += [(-1, m.entity_id) for m in sentence.actors]
        doc.sentences.append(sentence)
    _assign_main_state(doc, pending)
    return doc


def _collectives(doc: Document, sentence: Sentence, matches: list[Match],
                 ) -> list[tuple[EntityMention, str]]:
    """Mentions of generic groups (المتظاهرون، قوات الأمن) not inside another mention. The
    group's country is a nationality adjective right after it, else the country of a place
    where the sentence happens; the groups with neither are returned to be resolved later.
    A group's name longer than the names it covers wins (مجلس الأمن القومي is no مجلس الأمن)."""
    tokens, pending = sentence.tokens, []
    for m in matches:
        covered = [a for a in sentence.actors if a.start < m.end and m.start < a.end]
        if any(a.start < m.start or a.end > m.end or a.end - a.start >= m.end - m.start
               for a in covered):
            continue  # part of a known name: الجيش السوري الحر
        for a in covered:
            sentence.actors.remove(a)
        # "الجيش الأمريكي": the nationality adjective, an actor mention alone, is absorbed,
        # and so is the state a construct form governs (متظاهرو العراق)
        adj = next((a for a in sentence.actors if a.start == m.end and (
            a.via == VIA_ADJ or _construct(tokens, m) and _state(a.entity_id))), None)
        end = adj.end if adj is not None else m.end
        mention = _mention(doc.cleaned.text, tokens, Match(m.start, end, m.entity_id, m.via,
                                                           m.clitic))
        if adj is not None:
            sentence.actors.remove(adj)
        sentence.actors.append(mention)
        country = adj.entity_id if adj is not None else _governed_place_country(
            sentence, m) or _place_country(sentence)
        if country is None:
            pending.append((mention, m.entity_id))
        else:
            _set_collective(doc, mention, m.entity_id, country)
    sentence.actors.sort(key=lambda a: a.start)
    return pending


def _add_descriptions(doc: Document, sentence: Sentence, earlier: list[tuple[int, str]]
                      ) -> None:
    """التنظيم، الحركة …: a description of an organisation named earlier (kg.anaphora)."""
    found = descriptions(sentence.tokens, [(m.start, m.end) for m in sentence.actors],
                         earlier + [(m.start, m.entity_id) for m in sentence.actors])
    if found:
        sentence.actors += [_mention(doc.cleaned.text, sentence.tokens, m) for m in found]
        sentence.actors.sort(key=lambda a: a.start)


def _construct(tokens: list[Token], m: Match) -> bool:
    """A construct plural (متظاهرو، محتجو، مسلحو): its genitive says whose group it is."""
    return tokens[m.end - 1].norm.endswith("و")


def _state(entity_id: str) -> bool:
    actor = gazetteer.actor(entity_id)
    return actor is not None and actor.kind == "state"


def _governed_place_country(sentence: Sentence, m: Match) -> str | None:
    """"محتجو كربلاء": the country of the city a construct plural governs; the city stays
    a place of the sentence."""
    if not _construct(sentence.tokens, m):
        return None
    gaz = gazetteer.load()
    return next((gaz.places[p.entity_id].country for p in sentence.places
                 if p.start == m.end), None)


def _place_country(sentence: Sentence) -> str | None:
    gaz = gazetteer.load()
    return next((gaz.places[p.entity_id].country for p in sentence.places
                 if p.locative and gaz.places[p.entity_id].country), None)


def _set_collective(doc: Document, mention: EntityMention, group_id: str,
                    country: str | None) -> None:
    actor = gazetteer.collective(group_id, country)
    if actor is not None:
        mention.entity_id = actor.id
        doc.actors.setdefault(actor.id, actor)


def _assign_main_state(doc: Document, pending: list[tuple[EntityMention, str]]) -> None:
    """Groups with no country of their own belong to the state whose actors the article
    names most."""
    if not pending:
        return
    counts = Counter(actor.country for s in doc.sentences for m in s.actors
                     if (actor := doc.actors.get(m.entity_id)) is not None and actor.country)
    main = counts.most_common(1)[0][0] if counts else None
    for mention, group_id in pending:
        _set_collective(doc, mention, group_id, main)


def _is_headline(cleaned: CleanedArticle, start: int, index: int) -> bool:
    if cleaned.headline is not None:
        return cleaned.headline.start <= start < cleaned.headline.end
    return index == 0


def _mention(text: str, tokens: list[Token], m: Match, via: str | None = None,
             entity_id: str | None = None) -> EntityMention:
    return EntityMention(entity_id or m.entity_id, m.start, m.end,
                         text[tokens[m.start].start:tokens[m.end - 1].end], via or m.via)


def _actors(doc: Document, tokens: list[Token], matches: list[Match], seen: set[str],
            by_title: dict[tuple[tuple[str, ...], str | None], str]) -> list[EntityMention]:
    """Actor mentions of one sentence, titles and names combined, in text order."""
    text = doc.cleaned.text
    gaz = gazetteer.load()
    starts = {m.start: m for m in matches}
    out: list[EntityMention] = []
    i = 0
    while i < len(tokens):
        title = title_at(tokens, i) if tokens[i].is_word else None
        if title is not None and not name_spans_title(doc, starts.get(i), title):
            mention, i = titled(doc, tokens, i, title, starts, by_title)
            if mention is not None:
                out.append(mention)
                seen.add(mention.entity_id)
            continue
        m = starts.get(i) or _shared_surname(tokens, i, seen)
        if m is None:
            if tokens[i].norm in cue_words("pair"):
                out.append(EntityMention(PAIR_ID, i, i + 1, tokens[i].text, "pair"))
            i += 1
            continue
        i = m.end
        if m.via in CONTEXT and m.entity_id not in seen and not _org(m.entity_id):
            continue
        mention = _mention(text, tokens, m)
        mention.locative = (_locative(tokens, m) or _coordinated_locative(
            tokens, out[-1] if out else None, mention)) and gaz.actors[m.entity_id].kind == "state"
        if m.via == VIA_CAPITAL and not mention.locative and _before_is_place_noun(tokens, m):
            mention.locative = True
        mention.locative = mention.locative or _of_place_noun(tokens, m)
        out.append(mention)
        seen.add(m.entity_id)
        doc.actors[m.entity_id] = gaz.actors[m.entity_id]
    return out


def _shared_surname(tokens: list[Token], i: int, seen: set[str]) -> Match | None:
    """A surname several people of the gazetteer share (الجبوري) refers to the one of them
    the article has named in full, when it has named exactly one."""
    if not tokens[i].is_word:
        return None
    shared = gazetteer.load().shared_surnames
    word = tokens[i].norm
    for form in (word, *proclitic_forms(word)):
        owners = [pid for pid in shared.get(form, ()) if pid in seen]
        if owners:
            m = Match(i, i + 1, owners[0], VIA_SURNAME, word[:len(word) - len(form)])
            return m if len(owners) == 1 and _plausible(tokens, m) else None
    return None


def _plausible(tokens: list[Token], m: Match) -> bool:
    """A surname the gazetteer derived (see gazetteer._add_surnames) counts only where the
    word reads as a name: not when the analyser knows it as an adjective (مالي "financial"),
    as a common noun only, or as both a noun and a verb (زاد "increased"). A verb reading
    alone is kept: foreign names often parse as verbs (سترو)."""
    pos = tokens[m.start].pos
    return m.via != VIA_SURNAME or "adj" not in pos and (
        "noun" not in pos or "noun_prop" in pos and "verb" not in pos)




def _org(entity_id: str) -> bool:
    actor = gazetteer.actor(entity_id)
    return actor is not None and actor.kind != "person"


def _locative(tokens: list[Token], m: Match) -> bool:
    if m.clitic.endswith("ب") or m.clitic.endswith("ف") and m.clitic == "في":
        return True
    return m.start > 0 and tokens[m.start - 1].norm in cue_words("locative")


def _coordinated_locative(tokens: list[Token], previous: EntityMention | None,
                          m: EntityMention) -> bool:
    """في العراق وسوريا: a country joined by و to a place is a place too."""
    return previous is not None and previous.locative and previous.end == m.start \
        and tokens[m.start].norm.startswith("و")


def _before_is_place_noun(tokens: list[Token], m: Match) -> bool:
    return m.start > 0 and tokens[m.start - 1].norm in {"العاصمه", "مدينه", "عاصمه"}


def _of_place_noun(tokens: list[Token], m: Match) -> bool:
    """مدن عراقية، أراضي سوريا: a state named right after a place noun is a place."""
    return m.start > 0 and tokens[m.start - 1].norm in cue_words("place_noun")

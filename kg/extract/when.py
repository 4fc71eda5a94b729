"""When an event happened: a date of its trigger's clause, else that of the scene it
shares with another telling (``kg.extract.scene``), else the day of the news for the
headline and the lead."""

from __future__ import annotations

import datetime as dt

from kg.analyse import Document, Sentence
from kg.dates import DateMention, find_dates
from kg.extract.common import is_verb
from kg.extract.scene import (
    CONTINUE_DEPTH,
    OCCASIONS,
    ONE_TIME,
    clauses,
    definite_stem,
    event_noun,
    first_found,
    goes_back,
    opening_subject,
    restated,
    scene,
    told_before,
)
from kg.extract.triggers import Hit, cue_at
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token
from kg.timestamps import in_dateline

_LEAD_SENTENCES = 2  # sentences of the body that may give the day of the news
_LIGHT_GAP = 3  # words from a light verb to its event noun, a date between (شنت أمس هجمات)
_SCHEDULE_GAP = 3  # words between a participle of scheduling and its date (المقرر عقدها في)


def date_of(doc: Document, sentence: Sentence, hit: Hit) -> tuple[str | None, str | None]:
    """The date of the trigger's clause, else that of the sentence it continues."""
    published = doc.cleaned.article.published
    spans = clauses(sentence, hit.start, hit.end)
    lo, hi = spans[0]
    found = first_found(spans, lambda a, b: _clause_date(sentence, published, a, b, hit.start))
    if found is None and goes_back(doc, sentence, hit, lo, hi):
        found = _scene_date(doc, sentence.index - 1, published, CONTINUE_DEPTH)
    if found is None and hit.type in OCCASIONS:
        found = told_before(doc, sentence, hit.start, lambda s, a, b, k: _clause_date(
            s, published, a, b, k))
    if found is None and hit.type in ONE_TIME:
        found = restated(doc, sentence, hit.start, lambda s, a, b, k: _clause_date(
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
    subject = opening_subject(sentence)
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
             and not _scheduled_other(sentence, d, anchor) and not _of_noun(sentence, d, anchor)]
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
    return any(w in cue_words("attr:deadline") for w in words)


def _own_predicate(tokens: list[Token], lo: int, anchor: int, dates: list[DateMention],
                   offset: int) -> list[DateMention]:
    """In a relative clause, a date before the trigger is the relative verb's, unless the
    trigger is that verb or the noun of that light verb ("الفصائل التي شنت أمس هجمات"):
    "استخدام القوة ضد المظاهرات التي بدأت في الثامن من يوليو … إلى مقتل 14" does not date
    the killing."""
    if tokens[lo].norm not in cue_words("clause:relative"):
        return dates
    verb = next((k for k in range(lo + 1, anchor + 1) if is_verb(tokens[k])), None)
    if verb is None or verb == anchor or (anchor - verb <= _LIGHT_GAP
                                          and cue_at(tokens, verb, "light")):
        return dates
    start = tokens[anchor].start - offset
    return [d for d in dates if d.end > start]


def _of_noun(sentence: Sentence, date: DateMention, anchor: int) -> bool:
    """"أدانت الحكومة غارات الأحد": a day right after an event noun in construct (no
    article) is that event's day, not the trigger's, unless that noun is the trigger."""
    tokens = sentence.tokens
    k = _token_at(sentence, date) - 1
    return k >= 0 and k != anchor and event_noun(tokens[k]) \
        and definite_stem(tokens[k].norm) is None


def _token_at(sentence: Sentence, date: DateMention) -> int:
    """The index of the first token of ``date``."""
    start = sentence.start + date.start
    return next((i for i, t in enumerate(sentence.tokens) if t.start >= start),
                len(sentence.tokens))


def _scheduled_other(sentence: Sentence, date: DateMention, anchor: int) -> bool:
    """"دعمه للانتخابات المقررة في تشرين الأول": a date after a participle of scheduling
    (المقرر، المزمع، المرتقب) is when the noun before the participle is due, not the date
    of the event, unless that noun is the trigger ("لقاءه المرتقب يوم 3 أغسطس")."""
    tokens = sentence.tokens
    k = _token_at(sentence, date)
    for p in range(k - 1, max(0, k - _SCHEDULE_GAP) - 1, -1):
        if tokens[p].norm in cue_words("attr:scheduled"):
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
    return scene(doc, index, depth,
                  lambda sentence, lo, hi, verb: _clause_date(sentence, published, lo, hi, verb))

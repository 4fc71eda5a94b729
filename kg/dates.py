"""Date expressions in Arabic news text, normalised to ISO dates at day, month or year granularity.

We find the spans with our own patterns (dateparser's ``search_dates`` turns ordinary numbers
such as "2500 جندي" into dates) and normalise them here, which is also much faster than a
dateparser call per candidate.  Matching runs on a folded copy of the text of the same length
(hamza-alef, alef maqsura, taa marbuta and Eastern Arabic digits folded one character for one),
so every offset found in the copy is an offset into the text passed in.

Expressions that need the publication date (أمس، الأحد، الشهر الماضي، قبل ثلاثة أيام، 7 أكتوبر
or 27/3 without a year) are marked ``relative`` and yield nothing when it is unknown.  This
module reads points in time; ``kg.date_spans`` reads spans (ranges of days, weeks, spans
counted back, Hijri dates), each given as the finest date that holds all of it.  Expressions
we cannot place (a Hijri year, ليلة الجمعة, الاثنين من الأسبوع الماضي, قبل يومين من الاقتراع,
a week across two months) are matched so that no shorter pattern picks a wrong date out of
them, and then dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from kg.date_parts import (
    DAY,
    FUTURE_WINDOW,
    HIJRI,
    SUFFIX,
    YEAR,
    Candidate,
    Context,
    DateMention,
    Lexicon,
    Reader,
    add_months,
    alt,
    blocker,
    day_mention,
    direction,
    fold,
    key,
    lexicon,
    month_mention,
    recent,
    valid_day,
    words,
    year_mention,
)
from kg.date_spans import (
    PERIOD,
    ago_pattern,
    hijri_pattern,
    range_pattern,
    read_ago,
    read_hijri,
    read_period,
    read_range,
)

__all__ = ["DateMention", "date_words", "find_dates", "fold"]

# Words of time that start a date phrase but no name: يوم الأحد، صباح أمس
_TIME_WORDS = ("يوم", "امس", "اليوم", "غدا", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليله")


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Single words (folded) that begin a date expression: weekdays, month names and
    words of the time of day, so that a name reader can stop before them."""
    lex = lexicon()
    names = [*lex.weekdays, *(m.split(" ")[0] for m in lex.months), *_TIME_WORDS]
    return frozenset(names)


# ---------------------------------------------------------------- resolution against a date

def _weekday(published: dt.date, weekday: int, direction: str | None) -> dt.date:
    """The weekday on or before publication; strictly before (past) or after (next) it."""
    back = (published.weekday() - weekday) % 7
    if direction == "next":
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if direction == "past" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _agreeing_weekday(when: dt.date, weekday: int, published: dt.date) -> dt.date:
    """The named weekday nearest to the day a word gives (أمس الاثنين): the weekday wins,
    since publication dates often lag a day, but a past word never lands after publication."""
    shift = (weekday - when.weekday()) % 7
    nearest = when + dt.timedelta(days=shift - 7 if shift > 3 else shift)
    if when <= published < nearest:
        return nearest - dt.timedelta(days=7)
    if published < when and nearest <= published:
        return nearest + dt.timedelta(days=7)
    return nearest


# ---------------------------------------------------------------- patterns and their readers

_TIME_OF_DAY = r"(?:يوم|صباح|مساء|ظهر|عصر|ليل|فجر|ليله)"
# Words before a month name alone that make it a date ("في يناير"); شهر also admits آب.
_MONTH_CUE = (
    r"(?<!\w)(?:[وف]?(?:في|خلال|منذ|حتى|مطلع|منتصف|أواخر|أوائل|أواسط|بداية|نهاية|قبل|بعد)"
    r"(?:\s+شهر)?|[وبل]?شهر)"
)


def _absolute_pattern(lex: Lexicon) -> str:
    month = alt(lex.months)
    return (
        rf"(?:(?P<cue>{_MONTH_CUE})\s+)?(?P<body>"
        rf"(?:(?:(?:يوم\s+)?{alt(lex.weekdays)}\s+(?:الموافق\s+)?)?"
        rf"(?:(?P<dnum>{DAY})\s*(?:من\s+)?|(?P<dord>{alt(lex.ordinals)})\s+من\s+)(?:شهر\s+)?)?"
        rf"(?P<m1>{month})(?:\s*(?:/|\(|-)\s*(?P<m2>{month})(?:\s*\))?|\s+(?P<m3>{month}))?"
        rf"(?:\s+(?P<suffix>{SUFFIX})(?!\w))?"
        rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>{YEAR})(?:م(?!\w))?)?)"
        rf"(?P<hijri>{HIJRI})?"
    )


def _read_absolute(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    start, end = m.span("body")
    if m["hijri"]:
        yield blocker(start, m.end())
        return
    lex = ctx.lex
    names = [key(m[g]) for g in ("m1", "m2", "m3") if m[g]]
    month = lex.months[names[0]]
    day = int(m["dnum"]) if m["dnum"] else lex.ordinals[key(m["dord"])] if m["dord"] else None
    cue = m["cue"] or ""
    if day is None and not m["year"] and not m["suffix"]:
        loose = all(name in lex.loose_months for name in names)
        if not cue or (loose and "شهر" not in cue):
            return
    if m["year"]:
        year = int(m["year"])
        if day is None:
            yield month_mention(start, end, dt.date(year, month, 1), False)
        elif valid_day(year, month, day):
            yield day_mention(start, end, dt.date(year, month, day), False)
        return
    if ctx.published is None:
        return
    # منذ يناير looks back: no room for an announced month ahead.
    way = direction(m["suffix"]) or ("since" if "منذ" in cue else None)
    when = recent(month, day, ctx.published, way)
    if when is not None:
        yield (day_mention if day is not None else month_mention)(start, end, when, True)


def _day_of_month_pattern(lex: Lexicon) -> str:
    """The 15th of this/last month: "15 الجاري", "الثاني من الشهر الجاري"."""
    return (
        rf"(?:(?P<dnum>{DAY})\s*(?:من\s+)?|(?P<dord>{alt(lex.ordinals)})\s+من\s+)"
        rf"(?:الشهر\s+(?P<suffix>{SUFFIX})|هذا\s+الشهر|(?P<current>الجاري|الحالي))(?!\w)"
    )


def _read_day_of_month(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    if ctx.published is None:
        return
    day = int(m["dnum"]) if m["dnum"] else ctx.lex.ordinals[key(m["dord"])]
    shift = {"past": -1, "next": 1}.get(direction(m["suffix"]) or "current", 0)
    month = add_months(ctx.published, shift)
    if valid_day(month.year, month.month, day):
        yield day_mention(m.start(), m.end(), month.replace(day=day), True)


_NUMERIC = (
    r"(?<![\d/.\-])(?:(?P<y1>\d{4})(?P<s1>[/\-.؍])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2>[/\-.؍])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4})"
    r"|(?P<d3>\d\d) (?P<m3>\d\d) (?P<y3>\d{4}))(?!\d|[/\-.]\d)"
)


def _read_numeric(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """2024/1/27, 27-1-2024, 27.01.2024, 27 01 2024 (day before month, as Arab outlets write)."""
    for i in "123":
        if m[f"y{i}"]:
            year, month, day = int(m[f"y{i}"]), int(m[f"m{i}"]), int(m[f"d{i}"])
            if 1800 <= year <= 2199 and valid_day(year, month, day):
                yield day_mention(m.start(), m.end(), dt.date(year, month, day), False)


# A day and a month in figures without a year, after a word that makes them a date
# (في 27/3، يوم 12/4، بتاريخ 3/1): resolved like "27 آذار"; a bare "1/3" may be a fraction.
# A two-digit year (12/4/24) is the century that puts the day nearest before publication.
_SHORT_NUMERIC = (
    r"(?<!\w)[وف]?(?:في|يوم|بتاريخ|منذ|حتى|الموافق)\s+(?P<body>(?P<d>\d{1,2})(?P<s>[/\-.])"
    r"(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d\d))?)(?!\d|[/\-.]\d)(?:\s+(?P<suffix>"
    + SUFFIX + r")(?!\w))?"
)


def _read_short_numeric(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    day, month = int(m["d"]), int(m["m"])
    if ctx.published is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return
    if m["y"] is None:
        when = recent(month, day, ctx.published, direction(m["suffix"]))
    else:
        century = ctx.published.year // 100 * 100
        years = [y for y in (century + int(m["y"]), century - 100 + int(m["y"]))
                 if valid_day(y, month, day) and dt.date(y, month, day) <= ctx.published
                 + FUTURE_WINDOW]
        when = dt.date(max(years), month, day) if years else None
    if when is not None:
        yield day_mention(*m.span("body"), when, True)


_YEAR_CUE = (
    r"(?<!\w)[وف]?(?P<body>(?:[بل]?(?:ال)?|لل)(?P<cue>عامي|سنتي|عام|سنه)\s+(?P<year>\d{4})(?!\d)"
    r"(?:م(?!\w))?)(?:\s+(?:و|الى|حتى)\s*(?P<year2>\d{4})(?!\d))?(?P<hijri>" + HIJRI + ")?"
)


def _read_year(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """عام 2003, سنة 2011, بين عامي 2003 و2011; a Hijri year (عام 1445 هـ) is not converted."""
    if m["hijri"]:
        yield blocker(m.start("body"), m.end())
        return
    yield year_mention(*m.span("body"), int(m["year"]), False)
    if m["year2"] and m["cue"] in ("عامي", "سنتي"):
        yield year_mention(m.start("year2"), m.end("year2"), int(m["year2"]), False)


# Days counted from publication; a following weekday (أمس الاثنين) is preferred when present.
_DAY_WORDS = (
    r"(?P<m2>اول\s+(?:من\s+)?امس|امس\s+الاول)|(?P<m1>امس|البارحه)|(?P<d0>اليوم)"
    r"|(?P<p2>بعد\s+غد[\u064d]?)|(?P<p1>غد(?:\u064bا|ا\u064b?)|(?:يوم|صباح|مساء)\s+(?:ال)?غد[\u064d]?)"
)
_DAY_OFFSETS = {"m2": -2, "m1": -1, "d0": 0, "p1": 1, "p2": 2}
# Words after اليوم that make it "the day" rather than "today": اليوم التالي، اليوم الوطني.
_DAY_NOUN_AFTER = re.compile(
    fold(r"\s+(?:ال(?:تالي|سابق|اخير|وطني|عالمي|دولي|مشهود|موعود|محدد)|ذاته|نفسه|عينه)(?!\w)")
)
_UNTIL_BEFORE = re.compile(fold(r"(?:حتى|إلى|لغاية|منذ)\s+$"))
_TWO_BEFORE = re.compile(fold(r"(?:بين|كلا|كلتا)\s+$"))
_TEN_AFTER = re.compile(r"\s+عشر")


def _relative_day_pattern(lex: Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:(?:يوم|صباح|مساء|ظهر|عصر|فجر)\s+)?(?:{_DAY_WORDS})(?!\w)"
        rf"(?:\s+(?P<wd>{alt(lex.weekdays)}))?)"
    )


def _read_relative_day(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    if ctx.published is None:
        return
    offset = next(v for g, v in _DAY_OFFSETS.items() if m[g])
    if m["d0"] and not m["wd"] and _not_today(m, ctx):
        return
    when = ctx.published + dt.timedelta(days=offset)
    if m["wd"]:
        when = _agreeing_weekday(when, ctx.lex.weekdays[m["wd"]], ctx.published)
    yield day_mention(*m.span("body"), when, True)


def _not_today(m: re.Match[str], ctx: Context) -> bool:
    """اليوم as "the day" (اليوم التالي), "to date" (حتى اليوم) or in a name (روسيا اليوم)."""
    before = ctx.text[max(0, m.start() - 20):m.start()]
    previous = before.split()[-1] if before.split() else ""
    return bool(
        _DAY_NOUN_AFTER.match(ctx.text, m.end())
        or _ordinal_after().match(ctx.text, m.end())
        or _UNTIL_BEFORE.search(before)
        or previous in ctx.lex.today_in_name
    )


def _weekday_pattern(lex: Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:(?P<pre>{_TIME_OF_DAY})\s+)?(?P<wd>{words(lex.weekdays)})(?!\w)"
        rf"(?:\s+(?P<week>(?:من\s+)?(?:ال)?اسبوع\s+{SUFFIX})|\s+(?P<suffix>{SUFFIX}))?)(?!\w)"
    )


def _read_weekday(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """الأحد, يوم الاثنين, مساء الثلاثاء, الجمعة الماضي: the most recent such day by default."""
    wd = m["wd"]
    if wd == "الاثنين" and _TWO_BEFORE.search(ctx.text[max(0, m.start() - 8):m.start()]):
        return  # "the two", not Monday
    if wd == "الاحد" and _TEN_AFTER.match(ctx.text, m.end()):
        return  # "the eleven"
    if m["week"] or m["pre"] == "ليله":
        # Monday "of last week" needs a calendar week; ليلة الجمعة may be Thursday night.
        yield blocker(*m.span("body"))
        return
    if ctx.published is not None:
        when = _weekday(ctx.published, ctx.lex.weekdays[wd], direction(m["suffix"]))
        yield day_mention(*m.span("body"), when, True)


@lru_cache(maxsize=1)
def _ordinal_after() -> re.Pattern[str]:
    """An ordinal right after a word: اليوم الأول is "the first day", not today."""
    return re.compile(r"\s+" + alt(lexicon().ordinals))


@lru_cache(maxsize=1)
def _readers() -> tuple[tuple[re.Pattern[str], Reader], ...]:
    lex = lexicon()
    return tuple(
        (re.compile(fold(pattern)), reader)
        for pattern, reader in (
            (_absolute_pattern(lex), _read_absolute),
            (_day_of_month_pattern(lex), _read_day_of_month),
            (_NUMERIC, _read_numeric),
            (range_pattern(lex), read_range),
            (hijri_pattern(lex), read_hijri),
            (_SHORT_NUMERIC, _read_short_numeric),
            (_YEAR_CUE, _read_year),
            (_relative_day_pattern(lex), _read_relative_day),
            (_weekday_pattern(lex), _read_weekday),
            (PERIOD, read_period),
            (ago_pattern(lex), read_ago),
        )
    )


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, the longer one winning an overlap, in text order."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept)


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date expressions in ``text``, sorted by start, non-overlapping, with exact offsets.

    Relative expressions (أمس، الأحد، أغسطس الماضي، 7 أكتوبر) are resolved against
    ``published`` and skipped without it.
    """
    ctx = Context(fold(text), published, lexicon())
    candidates = [
        cand
        for pattern, reader in _readers()
        for match in pattern.finditer(ctx.text)
        for cand in reader(match, ctx)
    ]
    return [
        DateMention(c.start, c.end, text[c.start:c.end], c.value, c.granularity, c.relative)
        for c in _longest_first(candidates)
        if c.value is not None
    ]

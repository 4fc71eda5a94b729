"""Date expressions in Arabic news text, normalised to ISO dates at day, month or year granularity.

We find the spans with our own patterns (dateparser's ``search_dates`` turns ordinary numbers
such as "2500 جندي" into dates) and normalise them here, which is also much faster than a
dateparser call per candidate.  Matching runs on a folded copy of the text of the same length
(hamza-alef, alef maqsura, taa marbuta and Eastern Arabic digits folded one character for one),
so every offset found in the copy is an offset into the text passed in.

Expressions that need the publication date (أمس، الأحد، الشهر الماضي، قبل ثلاثة أيام، 7 أكتوبر
without a year) are marked ``relative`` and yield nothing when it is unknown; a week (الأسبوع
الماضي) or a vague span (قبل نحو أسبوعين) is given as its month.  Expressions we cannot place
(Hijri years, ليلة الجمعة, الاثنين من الأسبوع الماضي, قبل يومين من الاقتراع) are matched so
that no shorter pattern picks a wrong date out of them, and then dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.model import Granularity

__all__ = ["DateMention", "date_words", "find_dates", "fold"]

LEXICON = Path(__file__).parent / "lang" / "ar" / "data" / "dates_lexicon.tsv"

# A day or month without a year is taken as the most recent one, but news also announces what
# comes next ("القمة في 15 مارس"): up to this far after publication it stays in the coming weeks.
FUTURE_WINDOW = dt.timedelta(days=31)

# How far back a day without a year is looked for: 29 February needs up to 8 years.
_YEARS_BACK = 8

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
        **{chr(0x660 + i): str(i) for i in range(10)},  # Eastern Arabic digits
        **{chr(0x6F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)


def fold(text: str) -> str:
    """Spelling variants folded one character for one, so offsets stay valid."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its ISO value at its granularity."""

    start: int
    end: int
    text: str
    value: str  # ISO: "2024-01-27", "2024-01" or "2024"
    granularity: Granularity
    relative: bool  # resolved against the publication date


class _Candidate(NamedTuple):
    start: int
    end: int
    value: str | None  # None: a span we recognise but do not date (it only blocks others)
    granularity: Granularity
    relative: bool


def _blocker(start: int, end: int) -> _Candidate:
    return _Candidate(start, end, None, "day", False)


def _key(phrase: str) -> str:
    """Lookup key of a lexicon phrase as matched: single spaces, و attached to what follows."""
    return re.sub(r"\s+", " ", phrase).replace(" و ", " و")


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    loose_months: frozenset[str]  # names that are also ordinary words (آب)
    weekdays: dict[str, int]
    ordinals: dict[str, int]  # day of month as an ordinal phrase
    today_in_name: frozenset[str]
    counts: dict[str, int]  # cardinal number words: ثلاثة أيام


def _compose_ordinals(units: dict[int, list[str]], ones: list[str],
                      tens: dict[int, list[str]]) -> dict[str, int]:
    """Ordinal day names 1..31 from their parts: التاسع، الحادي عشر، الثاني والعشرين,
    الحادي والثلاثون (a ten in either case)."""
    days = {form: n for n, forms in units.items() for form in forms}
    for n in range(11, 20):
        for unit in ones if n == 11 else units[n - 10]:
            days[f"{unit} عشر"] = n
    for ten, ten_forms in tens.items():
        for ten_form in ten_forms:
            days[ten_form] = ten
            for n in range(ten + 1, min(ten + 10, 32)):
                for unit in ones if n % 10 == 1 else units[n - ten]:
                    days[f"{unit} و{ten_form}"] = n
    return days


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rows: dict[str, list[tuple[str, int, str]]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, kind, value, *flag = line.split("\t")
        rows.setdefault(kind, []).append((_key(fold(form)), int(value), "".join(flag)))
    units: dict[int, list[str]] = {}
    for form, n, _ in rows["ordinal"]:
        units.setdefault(n, []).append(form)
    tens: dict[int, list[str]] = {}
    for form, n, _ in rows["ordinal_ten"]:
        tens.setdefault(n, []).append(form)
    return _Lexicon(
        months={form: n for form, n, _ in rows["month"]},
        loose_months=frozenset(form for form, _, flag in rows["month"] if flag == "needs_number"),
        weekdays={form: n for form, n, _ in rows["weekday"]},
        ordinals=_compose_ordinals(units, [form for form, _, _ in rows["ordinal_one"]], tens),
        today_in_name=frozenset(form for form, _, _ in rows["today_in_name"]),
        counts={form: n for form, n, _ in rows["count"]},
    )


# Words of time that start a date phrase but no name: يوم الأحد، صباح أمس
_TIME_WORDS = ("يوم", "امس", "اليوم", "غدا", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليله")


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Single words (folded) that begin a date expression: weekdays, month names and
    words of the time of day, so that a name reader can stop before them."""
    lex = _lexicon()
    names = [*lex.weekdays, *(m.split(" ")[0] for m in lex.months), *_TIME_WORDS]
    return frozenset(names)


def _words(forms: Iterable[str]) -> str:
    """A regex alternation of lexicon phrases, longest first (و may stand apart: و العشرين)."""
    def one(form: str) -> str:
        return r"\s+".join(re.escape(w) if not w.startswith("و") else r"و\s*" + re.escape(w[1:])
                           for w in form.split(" "))
    return "(?:" + "|".join(one(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _alt(forms: Iterable[str]) -> str:
    """Lexicon phrases as whole words."""
    return rf"(?<!\w){_words(forms)}(?!\w)"


# ---------------------------------------------------------------- resolution against a date

_PAST = ("الماضي", "المنصرم", "الفائت", "السابق")
_CURRENT = ("الجاري", "الحالي")
_NEXT = ("المقبل", "القادم")
_SUFFIX = r"(?:الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم)ه?"


def _direction(suffix: str | None) -> str | None:
    """past / current / next from a suffix such as الماضي (feminine ه allowed)."""
    if suffix is None:
        return None
    word = suffix.removesuffix("ه")
    return "past" if word in _PAST else "current" if word in _CURRENT else "next"


def _place(month: int, day: int | None, published: dt.date,
           direction: str | None) -> dt.date | None:
    """The year of a day or month given without one, read against the publication date.

    No direction: the most recent one, allowing FUTURE_WINDOW ahead; "since": the most recent
    one not after publication; past/next: strictly before/after publication (the month of
    publication for a month); current: the year of publication.
    """
    ref = published if day is not None else published.replace(day=1)
    years = range(published.year + 1, published.year - _YEARS_BACK, -1)
    if direction == "next":
        years = range(published.year, published.year + _YEARS_BACK + 1)
    elif direction == "current":
        years = range(published.year, published.year + 1)
    for year in years:
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if (direction == "current" or (direction == "past" and when < ref)
                or (direction == "next" and when > ref)
                or (direction is None and when <= published + FUTURE_WINDOW)
                or (direction == "since" and when <= published)):
            return when
    return None


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


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _day(start: int, end: int, when: dt.date, relative: bool) -> _Candidate:
    return _Candidate(start, end, when.isoformat(), "day", relative)


def _month(start: int, end: int, when: dt.date, relative: bool) -> _Candidate:
    return _Candidate(start, end, when.strftime("%Y-%m"), "month", relative)


def _year(start: int, end: int, year: int, relative: bool) -> _Candidate:
    return _Candidate(start, end, f"{year:04d}", "year", relative)


# ---------------------------------------------------------------- patterns and their readers

class _Context(NamedTuple):
    text: str  # folded
    published: dt.date | None
    lex: _Lexicon


_Reader = Callable[[re.Match[str], _Context], Iterator[_Candidate]]

_DAY = r"(?<![\d.,/\-])(?:0?[1-9]|[12]\d|3[01])(?![\d%٪])"
_YEAR = r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)"
_HIJRI = r"\s*(?:هـ|ه(?!\w)|هجري|للهجره)"
_TIME_OF_DAY = r"(?:يوم|صباح|مساء|ظهر|عصر|ليل|فجر|ليله)"
# Words before a month name alone that make it a date ("في يناير"); شهر also admits آب.
_MONTH_CUE = (
    r"(?<!\w)(?:[وف]?(?:في|خلال|منذ|حتى|مطلع|منتصف|أواخر|أوائل|أواسط|بداية|نهاية|قبل|بعد)"
    r"(?:\s+شهر)?|[وبل]?شهر)"
)


def _absolute_pattern(lex: _Lexicon) -> str:
    month = _alt(lex.months)
    return (
        rf"(?:(?P<cue>{_MONTH_CUE})\s+)?(?P<body>"
        rf"(?:(?:(?:يوم\s+)?{_alt(lex.weekdays)}\s+(?:الموافق\s+)?)?"
        rf"(?:(?P<dnum>{_DAY})\s*(?:من\s+)?|(?P<dord>{_alt(lex.ordinals)})\s+من\s+)(?:شهر\s+)?)?"
        rf"(?P<m1>{month})(?:\s*(?:/|\(|-)\s*(?P<m2>{month})(?:\s*\))?|\s+(?P<m3>{month}))?"
        rf"(?:\s+(?P<suffix>{_SUFFIX})(?!\w))?"
        rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>{_YEAR})(?:م(?!\w))?)?)"
        rf"(?P<hijri>{_HIJRI})?"
    )


def _read_absolute(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    start, end = m.span("body")
    if m["hijri"]:
        yield _blocker(start, m.end())
        return
    lex = ctx.lex
    names = [_key(m[g]) for g in ("m1", "m2", "m3") if m[g]]
    month = lex.months[names[0]]
    day = int(m["dnum"]) if m["dnum"] else lex.ordinals[_key(m["dord"])] if m["dord"] else None
    cue = m["cue"] or ""
    if day is None and not m["year"] and not m["suffix"]:
        loose = all(name in lex.loose_months for name in names)
        if not cue or (loose and "شهر" not in cue):
            return
    if m["year"]:
        year = int(m["year"])
        if day is None:
            yield _month(start, end, dt.date(year, month, 1), False)
        elif _valid(year, month, day):
            yield _day(start, end, dt.date(year, month, day), False)
        return
    if ctx.published is None:
        return
    # منذ يناير looks back: no room for an announced month ahead.
    direction = _direction(m["suffix"]) or ("since" if "منذ" in cue else None)
    when = _place(month, day, ctx.published, direction)
    if when is not None:
        yield (_day if day is not None else _month)(start, end, when, True)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _day_of_month_pattern(lex: _Lexicon) -> str:
    """The 15th of this/last month: "15 الجاري", "الثاني من الشهر الجاري"."""
    return (
        rf"(?:(?P<dnum>{_DAY})\s*(?:من\s+)?|(?P<dord>{_alt(lex.ordinals)})\s+من\s+)"
        rf"(?:الشهر\s+(?P<suffix>{_SUFFIX})|هذا\s+الشهر|(?P<current>الجاري|الحالي))(?!\w)"
    )


def _read_day_of_month(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    if ctx.published is None:
        return
    day = int(m["dnum"]) if m["dnum"] else ctx.lex.ordinals[_key(m["dord"])]
    shift = {"past": -1, "next": 1}.get(_direction(m["suffix"]) or "current", 0)
    month = _add_months(ctx.published, shift)
    if _valid(month.year, month.month, day):
        yield _day(m.start(), m.end(), month.replace(day=day), True)


_NUMERIC = (
    r"(?<![\d/.\-])(?:(?P<y1>\d{4})(?P<s1>[/\-.؍])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2>[/\-.؍])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4})"
    r"|(?P<d3>\d\d) (?P<m3>\d\d) (?P<y3>\d{4}))(?!\d|[/\-.]\d)"
)


def _read_numeric(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """2024/1/27, 27-1-2024, 27.01.2024, 27 01 2024 (day before month, as Arab outlets write)."""
    for i in "123":
        if m[f"y{i}"]:
            year, month, day = int(m[f"y{i}"]), int(m[f"m{i}"]), int(m[f"d{i}"])
            if 1800 <= year <= 2199 and _valid(year, month, day):
                yield _day(m.start(), m.end(), dt.date(year, month, day), False)


_YEAR_CUE = (
    r"(?<!\w)[وف]?(?P<body>(?:[بل]?(?:ال)?|لل)(?P<cue>عامي|سنتي|عام|سنه)\s+(?P<year>\d{4})(?!\d)"
    r"(?:م(?!\w))?)(?:\s+(?:و|الى|حتى)\s*(?P<year2>\d{4})(?!\d))?(?P<hijri>" + _HIJRI + ")?"
)


def _read_year(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """عام 2003, سنة 2011, بين عامي 2003 و2011; a Hijri year (عام 1445 هـ) is not converted."""
    if m["hijri"]:
        yield _blocker(m.start("body"), m.end())
        return
    yield _year(*m.span("body"), int(m["year"]), False)
    if m["year2"] and m["cue"] in ("عامي", "سنتي"):
        yield _year(m.start("year2"), m.end("year2"), int(m["year2"]), False)


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


def _relative_day_pattern(lex: _Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:(?:يوم|صباح|مساء|ظهر|عصر|فجر)\s+)?(?:{_DAY_WORDS})(?!\w)"
        rf"(?:\s+(?P<wd>{_alt(lex.weekdays)}))?)"
    )


def _read_relative_day(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    if ctx.published is None:
        return
    offset = next(v for g, v in _DAY_OFFSETS.items() if m[g])
    if m["d0"] and not m["wd"] and _not_today(m, ctx):
        return
    when = ctx.published + dt.timedelta(days=offset)
    if m["wd"]:
        when = _agreeing_weekday(when, ctx.lex.weekdays[m["wd"]], ctx.published)
    yield _day(*m.span("body"), when, True)


def _not_today(m: re.Match[str], ctx: _Context) -> bool:
    """اليوم as "the day" (اليوم التالي), "to date" (حتى اليوم) or in a name (روسيا اليوم)."""
    before = ctx.text[max(0, m.start() - 20):m.start()]
    previous = before.split()[-1] if before.split() else ""
    return bool(
        _DAY_NOUN_AFTER.match(ctx.text, m.end())
        or _ordinal_after().match(ctx.text, m.end())
        or _UNTIL_BEFORE.search(before)
        or previous in ctx.lex.today_in_name
    )


def _weekday_pattern(lex: _Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:(?P<pre>{_TIME_OF_DAY})\s+)?(?P<wd>{_words(lex.weekdays)})(?!\w)"
        rf"(?:\s+(?P<week>(?:من\s+)?(?:ال)?اسبوع\s+{_SUFFIX})|\s+(?P<suffix>{_SUFFIX}))?)(?!\w)"
    )


def _read_weekday(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """الأحد, يوم الاثنين, مساء الثلاثاء, الجمعة الماضي: the most recent such day by default."""
    wd = m["wd"]
    if wd == "الاثنين" and _TWO_BEFORE.search(ctx.text[max(0, m.start() - 8):m.start()]):
        return  # "the two", not Monday
    if wd == "الاحد" and _TEN_AFTER.match(ctx.text, m.end()):
        return  # "the eleven"
    if m["week"] or m["pre"] == "ليله":
        # Monday "of last week" needs a calendar week; ليلة الجمعة may be Thursday night.
        yield _blocker(*m.span("body"))
        return
    if ctx.published is not None:
        when = _weekday(ctx.published, ctx.lex.weekdays[wd], _direction(m["suffix"]))
        yield _day(*m.span("body"), when, True)


_PERIOD = (
    r"(?<!\w)[وف]?(?P<body>(?:[بل]?ال|لل)(?P<unit>شهر|عام|سنه|اسبوع|اسبوعين)\s+(?P<suffix>"
    + _SUFFIX + r"|الماضيين|المقبلين)|(?:هذا|هذه)\s+(?:ال)?(?P<this>شهر|عام|سنه|اسبوع))(?!\w)"
)


def _read_period(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """الشهر الماضي, العام الجاري, هذه السنة; a week (الأسبوع الماضي) is given as its month."""
    unit = m["unit"] or m["this"]
    if unit == "اسبوعين" or m["suffix"] in ("الماضيين", "المقبلين"):
        yield _blocker(*m.span("body"))
        return
    if ctx.published is None:
        return
    shift = {"past": -1, "next": 1}.get(_direction(m["suffix"]) or "current", 0)
    if unit == "اسبوع":
        # We have no week granularity: the month a week before (or after) publication.
        yield _month(*m.span("body"), ctx.published + dt.timedelta(days=7 * shift), True)
        return
    if unit == "شهر":
        yield _month(*m.span("body"), _add_months(ctx.published, shift), True)
    else:
        yield _year(*m.span("body"), ctx.published.year + shift, True)


# "قبل عشرة أيام", "قبل نحو أسبوعين", "قبل أشهر": a span counted back from publication.
_AGO_UNITS = {"يوم": 1, "يوما": 1, "ايام": 1, "يومين": 1, "اسبوع": 7, "اسبوعا": 7,
              "اسابيع": 7, "اسبوعين": 7, "شهر": 30, "شهرا": 30, "اشهر": 30, "شهور": 30,
              "شهرين": 30, "عام": 365, "عاما": 365, "اعوام": 365, "عامين": 365, "سنه": 365,
              "سنوات": 365, "سنتين": 365}
_APPROX = r"(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن)"


_OF_EVENT = re.compile(r"\s+(?:من|على)\s")


def _ago_pattern(lex: _Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:قبل|منذ\s+(?P<start>بدايه|مطلع))\s+(?:(?P<approx>{_APPROX})\s+)?"
        rf"(?:(?P<num>\d{{1,3}}|{_words(lex.counts)})\s+)?"
        rf"(?(start)(?:ال)?)(?P<unit>{_words(_AGO_UNITS)}))(?!\w)"
    )


def _read_ago(m: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """N days/weeks/months/years before publication; only an exact count of days keeps
    the day, anything vaguer or longer is given as its month or year."""
    if _OF_EVENT.match(ctx.text, m.end()):
        yield _blocker(*m.span("body"))  # قبل يومين من الانتخابات: counted from another day
        return
    if ctx.published is None:
        return
    unit = m["unit"]
    if m["start"]:  # منذ بداية الأسبوع/الشهر: the current one
        if unit in ("اسبوع", "شهر"):
            yield _month(*m.span("body"), ctx.published, True)
        return
    dual = unit.endswith(("ين", "تين"))
    count = 2 if dual else int(m["num"]) if m["num"] and m["num"].isdigit() else \
        ctx.lex.counts.get(m["num"] or "", 1 if unit in ("يوم", "يوما", "اسبوع", "اسبوعا", "شهر",
                                                         "شهرا", "عام", "عاما", "سنه") else 3)
    when = ctx.published - dt.timedelta(days=count * _AGO_UNITS[unit])
    exact = m["approx"] is None and (m["num"] or dual or unit in ("يوم", "يوما"))
    if _AGO_UNITS[unit] == 1 and exact:
        yield _day(*m.span("body"), when, True)
    elif _AGO_UNITS[unit] < 365:
        yield _month(*m.span("body"), when, True)
    else:
        yield _year(*m.span("body"), when.year, True)


@lru_cache(maxsize=1)
def _ordinal_after() -> re.Pattern[str]:
    """An ordinal right after a word: اليوم الأول is "the first day", not today."""
    return re.compile(r"\s+" + _alt(_lexicon().ordinals))


@lru_cache(maxsize=1)
def _readers() -> tuple[tuple[re.Pattern[str], _Reader], ...]:
    lex = _lexicon()
    return tuple(
        (re.compile(fold(pattern)), reader)
        for pattern, reader in (
            (_absolute_pattern(lex), _read_absolute),
            (_day_of_month_pattern(lex), _read_day_of_month),
            (_NUMERIC, _read_numeric),
            (_YEAR_CUE, _read_year),
            (_relative_day_pattern(lex), _read_relative_day),
            (_weekday_pattern(lex), _read_weekday),
            (_PERIOD, _read_period),
            (_ago_pattern(lex), _read_ago),
        )
    )


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, the longer one winning an overlap, in text order."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept)


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date expressions in ``text``, sorted by start, non-overlapping, with exact offsets.

    Relative expressions (أمس، الأحد، أغسطس الماضي، 7 أكتوبر) are resolved against
    ``published`` and skipped without it.
    """
    ctx = _Context(fold(text), published, _lexicon())
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

"""Date expressions that name a span rather than a point: ranges of days (بين 3 و5 يناير),
weeks and periods (الأسبوع الماضي، الشهر المقبل), spans counted back from publication (قبل
نحو أسبوعين) and Hijri dates (known to a few days).  Each is given as the finest date that
holds every day it may mean, and dropped when no day, month or year does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg import hijri
from kg.date_parts import (
    DAY,
    HIJRI,
    SUFFIX,
    YEAR,
    Candidate,
    Context,
    Lexicon,
    add_months,
    alt,
    blocker,
    day_mention,
    direction,
    key,
    month_mention,
    recent,
    words,
    year_mention,
)
from kg.model import Granularity


def range_pattern(lex: Lexicon) -> str:
    """Two days of one month (بين 3 و5 يناير 2024، من 3 إلى 5 آذار، 3-5 يناير) or of two
    months (من 28 شباط حتى 2 آذار 2024)."""
    month = alt(lex.months)
    twin = rf"(?:\s*(?:/|\(|-)\s*{month}(?:\s*\))?)?"
    day2 = r"(?:0?[1-9]|[12]\d|3[01])(?![\d%٪])"
    return (
        rf"(?P<d1>{DAY})(?:\s+(?:من\s+)?(?:شهر\s+)?(?P<m1>{month}){twin})?"
        rf"\s*(?:[-–]|(?:و|الى|إلى|حتى|لغايه)\s*)(?P<d2>{day2})\s+(?:من\s+)?(?:شهر\s+)?"
        rf"(?P<m2>{month}){twin}(?:\s+(?P<suffix>{SUFFIX})(?!\w))?"
        rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>{YEAR})(?:م(?!\w))?)?"
    )


def read_range(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """A span of days is dated by its month when both ends lie in it, by its year when
    both lie in a year the text gives; we have no granularity for a span of days."""
    lex = ctx.lex
    last = lex.months[key(m["m2"])]
    first = lex.months[key(m["m1"])] if m["m1"] else last
    if first == last and int(m["d1"]) >= int(m["d2"]):
        return  # not a span (5 و3 يناير)
    start, end = m.span()
    if m["year"]:
        year = int(m["year"])
        yield month_mention(start, end, dt.date(year, last, 1), False) if first == last \
            else year_mention(start, end, year, False) if first < last else blocker(start, end)
        return
    if ctx.published is None:
        return
    when = recent(last, None, ctx.published, direction(m["suffix"]))
    yield month_mention(start, end, when, True) if when is not None and first == last \
        else blocker(start, end)


def hijri_pattern(lex: Lexicon) -> str:
    """A Hijri date: [weekday] [day] month year (الخميس 15 شوال 1436 هـ، رمضان 1445)."""
    return (
        rf"(?P<body>(?:(?:يوم\s+)?(?P<wd>{alt(lex.weekdays)})\s+(?:الموافق\s+)?)?"
        rf"(?:(?P<dnum>{DAY})\s*(?:من\s+)?|(?P<dord>{alt(lex.ordinals)})\s+من\s+)?"
        rf"(?:شهر\s+)?(?P<hm>{alt(lex.hijri_months)})\s+(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?"
        rf"(?P<hy>1[34]\d\d)(?!\d))(?:{HIJRI})?"
    )


def read_hijri(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """A Hijri date is known to a few days (``kg.hijri``): a weekday fixes the one day of
    that window; else it gives the Gregorian month (or year) the window lies in, if one."""
    lex = ctx.lex
    year, month = int(m["hy"]), lex.hijri_months[key(m["hm"])]
    day = int(m["dnum"]) if m["dnum"] else lex.ordinals[key(m["dord"])] if m["dord"] else None
    start, end = m.span("body")
    if day is None or day > 30:
        first, last = hijri.window(year, month, 1)[0], hijri.window(year, month, 30)[1]
        yield _span(start, end, first, last, "year", relative=False)
        return
    first, last = hijri.window(year, month, day)
    if m["wd"]:
        shift = (lex.weekdays[m["wd"]] - first.weekday()) % 7
        yield day_mention(start, end, first + dt.timedelta(days=shift), False)
        return
    first, last = hijri.window(year, month, day, hijri.SLACK - 1)
    yield _span(start, end, first, last, "month", relative=False)


PERIOD = (
    r"(?<!\w)[وف]?(?P<body>(?:[بل]?ال|لل)(?P<unit>شهر|عام|سنه|اسبوع|اسبوعين)\s+(?P<suffix>"
    + SUFFIX + r"|الماضيين|المقبلين)|(?:هذا|هذه)\s+(?:ال)?(?P<this>شهر|عام|سنه|اسبوع))(?!\w)"
)


def read_period(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """الشهر الماضي, العام الجاري, هذه السنة; a week (الأسبوع الماضي) is given as its month
    when all of it lies in one month."""
    unit = m["unit"] or m["this"]
    if unit == "اسبوعين" or m["suffix"] in ("الماضيين", "المقبلين"):
        yield blocker(*m.span("body"))
        return
    if ctx.published is None:
        return
    shift = {"past": -1, "next": 1}.get(direction(m["suffix"]) or "current", 0)
    if unit == "اسبوع":
        yield _span(*m.span("body"), *_week(ctx.published, shift), longest="month")
    elif unit == "شهر":
        yield month_mention(*m.span("body"), add_months(ctx.published, shift), True)
    else:
        yield year_mention(*m.span("body"), ctx.published.year + shift, True)


# Where a week begins differs by country (Saturday, Sunday or Monday), so "last week" is
# every day that one of these weeks holds.
_WEEK_STARTS = (5, 6, 0)


def _week(published: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    """First and last day the week ``shift`` weeks from that of ``published`` may cover."""
    starts = [published - dt.timedelta(days=(published.weekday() - s) % 7) for s in _WEEK_STARTS]
    return (min(starts) + dt.timedelta(days=7 * shift),
            max(starts) + dt.timedelta(days=7 * shift + 6))


def _span(start: int, end: int, first: dt.date, last: dt.date,
          longest: Granularity, relative: bool = True) -> Candidate:
    """The day, month or (when ``longest`` allows) year that holds every day from ``first``
    to ``last``; a blocker when none does, since a date that may be wrong is worse than none."""
    if first == last:
        return day_mention(start, end, first, relative)
    if (first.year, first.month) == (last.year, last.month):
        return month_mention(start, end, first, relative)
    if longest == "year" and first.year == last.year:
        return year_mention(start, end, first.year, relative)
    return blocker(start, end)


# "قبل عشرة أيام", "قبل نحو أسبوعين", "قبل أشهر": a span counted back from publication.
_AGO_UNITS = {"يوم": 1, "يوما": 1, "ايام": 1, "يومين": 1, "اسبوع": 7, "اسبوعا": 7,
              "اسابيع": 7, "اسبوعين": 7, "شهر": 30, "شهرا": 30, "اشهر": 30, "شهور": 30,
              "شهرين": 30, "عام": 365, "عاما": 365, "اعوام": 365, "عامين": 365, "سنه": 365,
              "سنوات": 365, "سنتين": 365}
_PLURALS = ("ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات")
# How loosely news counts each unit back: "قبل أسبوعين" is 12 to 16 days ago.
_SLACK = {1: 0, 7: 2, 30: 7, 365: 30}
# A plural with no number ("قبل أيام", "قبل أشهر"): from two to this many units.
_FEW = {1: 10, 7: 6, 30: 11, 365: 10}
_APPROX = r"(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن)"


_OF_EVENT = re.compile(r"\s+(?:من|على)\s")


def ago_pattern(lex: Lexicon) -> str:
    return (
        rf"(?<!\w)[وف]?(?P<body>(?:قبل|منذ\s+(?P<start>بدايه|مطلع))\s+(?:(?P<approx>{_APPROX})\s+)?"
        rf"(?:(?P<num>\d{{1,3}}|{words(lex.counts)})\s+)?"
        rf"(?(start)(?:ال)?)(?P<unit>{words(_AGO_UNITS)}))(?!\w)"
    )


def read_ago(m: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """N days/weeks/months/years before publication, as the finest date that holds every
    day the words may mean: an exact count of days keeps the day; a week, an approximate
    or a vague count gives its month (or, for months and years, its year) when that is one."""
    if _OF_EVENT.match(ctx.text, m.end()):
        yield blocker(*m.span("body"))  # قبل يومين من الانتخابات: counted from another day
        return
    if ctx.published is None:
        return
    unit = m["unit"]
    if m["start"]:  # منذ بداية الأسبوع/الشهر: the current one
        if unit == "اسبوع":
            yield _span(*m.span("body"), _week(ctx.published, 0)[0], ctx.published, "month")
        elif unit == "شهر":
            yield month_mention(*m.span("body"), ctx.published, True)
        return
    size = _AGO_UNITS[unit]
    near, far = _ago_days(m, ctx.lex, unit, size)
    yield _span(*m.span("body"), ctx.published - dt.timedelta(days=far),
                ctx.published - dt.timedelta(days=near), "year" if size >= 30 else "month")


def _ago_days(m: re.Match[str], lex: Lexicon, unit: str, size: int) -> tuple[int, int]:
    """The fewest and most days back that "قبل [نحو] N units" may mean."""
    if m["num"] is None and unit in _PLURALS:
        return 2 * size, _FEW[size] * size
    count = 2 if unit.endswith(("ين", "تين")) else int(m["num"]) if m["num"] and \
        m["num"].isdigit() else lex.counts.get(m["num"] or "", 1)
    days = count * size
    approx = m["approx"] or ""
    if approx.startswith(("اكثر", "ما يزيد")):
        return days, days + max(days // 2, _SLACK[size])
    if approx.startswith("اقل"):
        return 1, days
    slack = max(_SLACK[size], 2, -(-days // 10)) if approx else _SLACK[size]
    return max(1, days - slack), days + slack



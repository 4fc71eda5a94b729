"""The parts every reader of dates shares (``kg.dates``, ``kg.date_spans``): the lexicon
of month and day words, the folded text they match, candidate mentions at their
granularity, and the resolution of a day or month without a year against publication."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kg.model import Granularity

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


class Candidate(NamedTuple):
    start: int
    end: int
    value: str | None  # None: a span we recognise but do not date (it only blocks others)
    granularity: Granularity
    relative: bool


def blocker(start: int, end: int) -> Candidate:
    return Candidate(start, end, None, "day", False)


def key(phrase: str) -> str:
    """Lookup key of a lexicon phrase as matched: single spaces, و attached to what follows."""
    return re.sub(r"\s+", " ", phrase).replace(" و ", " و")


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    loose_months: frozenset[str]  # names that are also ordinary words (آب)
    weekdays: dict[str, int]
    ordinals: dict[str, int]  # day of month as an ordinal phrase
    today_in_name: frozenset[str]
    counts: dict[str, int]  # cardinal number words: ثلاثة أيام
    hijri_months: dict[str, int]


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
def lexicon() -> Lexicon:
    rows: dict[str, list[tuple[str, int, str]]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, kind, value, *flag = line.split("\t")
        rows.setdefault(kind, []).append((key(fold(form)), int(value), "".join(flag)))
    units: dict[int, list[str]] = {}
    for form, n, _ in rows["ordinal"]:
        units.setdefault(n, []).append(form)
    tens: dict[int, list[str]] = {}
    for form, n, _ in rows["ordinal_ten"]:
        tens.setdefault(n, []).append(form)
    return Lexicon(
        months={form: n for form, n, _ in rows["month"]},
        loose_months=frozenset(form for form, _, flag in rows["month"] if flag == "needs_number"),
        weekdays={form: n for form, n, _ in rows["weekday"]},
        ordinals=_compose_ordinals(units, [form for form, _, _ in rows["ordinal_one"]], tens),
        today_in_name=frozenset(form for form, _, _ in rows["today_in_name"]),
        counts={form: n for form, n, _ in rows["count"]},
        hijri_months={form: n for form, n, _ in rows["hijri_month"]},
    )


def words(forms: Iterable[str]) -> str:
    """A regex alternation of lexicon phrases, longest first (و may stand apart: و العشرين)."""
    def one(form: str) -> str:
        return r"\s+".join(re.escape(w) if not w.startswith("و") else r"و\s*" + re.escape(w[1:])
                           for w in form.split(" "))
    return "(?:" + "|".join(one(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def alt(forms: Iterable[str]) -> str:
    """Lexicon phrases as whole words."""
    return rf"(?<!\w){words(forms)}(?!\w)"


_PAST = ("الماضي", "المنصرم", "الفائت", "السابق")
_CURRENT = ("الجاري", "الحالي")
_NEXT = ("المقبل", "القادم")
SUFFIX = r"(?:الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم)ه?"


def direction(suffix: str | None) -> str | None:
    """past / current / next from a suffix such as الماضي (feminine ه allowed)."""
    if suffix is None:
        return None
    word = suffix.removesuffix("ه")
    return "past" if word in _PAST else "current" if word in _CURRENT else "next"


def recent(month: int, day: int | None, published: dt.date,
           way: str | None) -> dt.date | None:
    """The year of a day or month given without one, read against the publication date.

    No direction: the most recent one, allowing FUTURE_WINDOW ahead; "since": the most recent
    one not after publication; past/next: strictly before/after publication (the month of
    publication for a month); current: the year of publication.
    """
    ref = published if day is not None else published.replace(day=1)
    years = range(published.year + 1, published.year - _YEARS_BACK, -1)
    if way == "next":
        years = range(published.year, published.year + _YEARS_BACK + 1)
    elif way == "current":
        years = range(published.year, published.year + 1)
    for year in years:
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if (way == "current" or (way == "past" and when < ref)
                or (way == "next" and when > ref)
                or (way is None and when <= published + FUTURE_WINDOW)
                or (way == "since" and when <= published)):
            return when
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def day_mention(start: int, end: int, when: dt.date, relative: bool) -> Candidate:
    return Candidate(start, end, when.isoformat(), "day", relative)


def month_mention(start: int, end: int, when: dt.date, relative: bool) -> Candidate:
    return Candidate(start, end, when.strftime("%Y-%m"), "month", relative)


def year_mention(start: int, end: int, year: int, relative: bool) -> Candidate:
    return Candidate(start, end, f"{year:04d}", "year", relative)


class Context(NamedTuple):
    text: str  # folded
    published: dt.date | None
    lex: Lexicon


Reader = Callable[[re.Match[str], Context], Iterator[Candidate]]

DAY = r"(?<![\d.,/\-])(?:0?[1-9]|[12]\d|3[01])(?![\d%٪])"
YEAR = r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)"
HIJRI = r"\s*(?:هـ|ه(?!\w)|هجري|للهجره)"
def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True



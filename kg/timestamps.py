"""Whole-day dates outside running text: command-line options, feed timestamps, datelines.

``kg.dates`` finds date expressions inside sentences; this module reads a date that stands
alone (``--published 2024-01-28``, a feed's ``Fri, 03 Jan 2020 10:00:00 GMT``) and the
dateline that opens a report's body.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.dates import DateMention, find_dates, fold

_OPTION_HINT = "give an ISO date such as 2024-01-27 or an Arabic one such as 27 يناير 2024"


def parse_date_option(value: str) -> dt.date:
    """A full date from a command-line option: ISO (any digits) or an Arabic date expression."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(fold(text))
    except ValueError:
        pass
    mentions = find_dates(text)
    if len(mentions) == 1 and mentions[0].text == text:
        if mentions[0].granularity == "day":
            return dt.date.fromisoformat(mentions[0].value)
        raise ValueError(f"{value!r} names a {mentions[0].granularity}, not a day: {_OPTION_HINT}")
    parsed = parse_timestamp(text)
    if parsed is not None:
        return parsed
    raise ValueError(f"cannot read {value!r} as a date: {_OPTION_HINT}")


def parse_timestamp(value: str) -> dt.date | None:
    """The day of a full timestamp in any common format (feeds' RFC 2822, '3 January 2020').

    dateparser handles the many formats feeds and options use; it is asked for all three
    parts strictly, so a bare number or month never turns into an invented day.
    """
    import dateparser  # heavy import, needed only for non-ISO timestamps

    text = value.strip()
    try:
        return dt.date.fromisoformat(fold(text)[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["ar", "en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_LOCALE_DATE_ORDER": False, "DATE_ORDER": "DMY",
        "PARSERS": ["timestamp", "absolute-time"]})  # no "yesterday": options need a fixed day
    return parsed.date() if parsed is not None else None


# A dateline opens the body: "بغداد، 3 كانون الثاني/يناير 2020 (وكالة) - …".  Only an
# absolute day near the start and closed by a dash counts; a date later in the first
# sentence is an event's date, not the report's.
DATELINE_WINDOW = 90
# Before the date: nothing, a weekday, or a place (up to three words) closed by a comma.
_DATELINE_PLACE = re.compile(
    r"^\s*(?:\S+(?:\s\S+){0,2}\s*(?:\([^)]{0,40}\)\s*)?[،,:]\s*(?:\S+\s*)?)?$")
_DATELINE_REST = re.compile(r"[^.؟!\n]{0,60}?[-–—]")


def dateline_date(first_line: str) -> dt.date | None:
    """The publication day stated by a body's dateline, if its first line has one."""
    for mention in find_dates(first_line[:DATELINE_WINDOW]):
        if in_dateline(first_line, mention):
            return dt.date.fromisoformat(mention.value)
    return None


def in_dateline(text: str, mention: DateMention) -> bool:
    """Whether ``mention``, found in ``text``, is the day of a dateline opening it: the day
    the report was filed, not that of an event it tells."""
    return mention.end <= DATELINE_WINDOW and not mention.relative and \
        mention.granularity == "day" and bool(_DATELINE_PLACE.match(text[:mention.start])) \
        and bool(_DATELINE_REST.match(text, mention.end))

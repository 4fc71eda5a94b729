"""The Islamic (Hijri) calendar, as far as news dates need it.

Outlets date by the Umm al-Qura calendar or by the sighting of the moon, which no
arithmetic reproduces exactly; the tabular (arithmetic) calendar used here lands within a
day or two of both.  So a Hijri date is known to a window of days: ``window`` gives it, and
``kg.dates`` keeps only what the window fixes (the month it lies in, or the one day of the
weekday the text names).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["SLACK", "window"]

SLACK = 3  # days either side of the arithmetic estimate the true day may lie
_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (16 July 622, Julian)
_ORDINAL_OFFSET = 1721425  # Julian day number minus this is a Python date ordinal


def _estimate(year: int, month: int, day: int) -> dt.date:
    """The tabular calendar's Gregorian day for a Hijri date (30-year cycle of 11 leap years)."""
    jdn = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH
    return dt.date.fromordinal(jdn - _ORDINAL_OFFSET)


def window(year: int, month: int, day: int, slack: int = SLACK) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day that the Hijri date may be."""
    when = _estimate(year, month, day)
    return when - dt.timedelta(days=slack), when + dt.timedelta(days=slack)

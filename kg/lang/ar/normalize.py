"""Orthographic normalisation used for every comparison (never for display).

Alef variants → ا, alef maqsura → ي, taa marbuta → ه, diacritics and tatweel removed:
the usual camel-tools recipe, so lexicon entries and text agree however they are spelt.
"""

from __future__ import annotations

from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_EXTRA = str.maketrans({"\u0640": None, "\u06a9": "ك", "\u06cc": "ي", "\u06af": "ك",
                        "\u067e": "ب", "\u0686": "ج", "\u0698": "ز", "\u200c": None,
                        "\u200f": None, "\u200e": None})


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """The comparison form of a word or phrase."""
    text = dediac_ar(text).translate(_EXTRA)
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))


def normalize_phrase(text: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised words (for gazetteer and lexicon keys)."""
    return tuple(normalize(w) for w in text.split())

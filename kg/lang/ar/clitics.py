"""Rule-based clitic stripping on normalised words.

Used two ways: by the gazetteer (a name may carry و ف ب ل ك or لل before it) and as the
fallback lemmatiser when no morphology database is available.  Stripping only proposes
candidates; callers accept one only when it is itself a known entry, so a name that
merely starts with a clitic letter (بلينكن is not ب + لينكن) is never damaged.
"""

from __future__ import annotations

from functools import lru_cache

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي", "ك")
_MIN_STEM = 2


@lru_cache(maxsize=200_000)
def proclitic_forms(word: str) -> tuple[str, ...]:
    """Forms of ``word`` with leading conjunction/preposition clitics removed.

    ``للعراق`` yields ``العراق`` (ل + ال with the alef elided) as well as ``لعراق``.
    """
    forms: list[str] = []
    stems = [word]
    if len(word) > _MIN_STEM + 1 and word[0] in _CONJ:
        stems.append(word[1:])
    for stem in stems:
        if stem.startswith("لل") and len(stem) > _MIN_STEM + 2:
            forms.append("ال" + stem[2:])
        if len(stem) > _MIN_STEM + 1 and stem[0] in _PREP:
            forms.append(stem[1:])
    forms.extend(stems[1:])
    return tuple(dict.fromkeys(f for f in forms if f != word))


@lru_cache(maxsize=200_000)
def stem_forms(word: str) -> tuple[str, ...]:
    """Candidate bare stems: proclitics, the article and one pronoun suffix removed."""
    out = [word, *proclitic_forms(word)]
    for form in list(out):
        if form.startswith("ال") and len(form) > _MIN_STEM + 2:
            out.append(form[2:])
    for form in list(out):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= _MIN_STEM + 1:
                base = form[: -len(suffix)]
                # A noun's taa marbuta becomes ت before a suffix (زيارته → زياره).
                out.append(base[:-1] + "ه" if base.endswith("ت") else base)
                break
    return tuple(dict.fromkeys(out))

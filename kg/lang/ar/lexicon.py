"""Loaders for the Arabic lexicons in ``data/``: event triggers, cue words and titles.

Every entry is normalised on load, so the files stay readable Arabic.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.lang.ar.normalize import normalize_phrase


@dataclass(frozen=True)
class Trigger:
    """A predicate that states a PLOVER event: a lemma sequence with its type and mode."""

    words: tuple[str, ...]
    pos: str  # "v", "n" or "*"
    type: str
    mode: str | None
    symmetric: bool
    genitive: str  # role of a noun right after a nominal trigger: "source" or "target"
    actorless: bool = False  # a material event that may be reported without a known source
    senses: tuple[str, ...] = ()  # "+cat"/"-cat": cue category required/forbidden nearby


def _rows(prefix: str) -> list[list[str]]:
    """Rows of every ``data/<prefix>*.tsv`` file (a lexicon may be split by concern)."""
    data = resources.files("kg.lang.ar").joinpath("data")
    rows: list[list[str]] = []
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.startswith(prefix) and entry.name.endswith(".tsv"):
            rows += [line.split("\t") for line in entry.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#")]
    return rows


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """Triggers indexed by their first (normalised) lemma, longest first."""
    index: dict[str, list[Trigger]] = defaultdict(list)
    for row in _rows("triggers"):
        row += [""] * (8 - len(row))
        words = normalize_phrase(row[0])
        index[words[0]].append(Trigger(words, row[1] or "*", row[2], row[3] or None,
                                       row[4] == "1", row[5] or "source", row[6] == "1",
                                       tuple(row[7].split())))
    return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in index.items()}


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases by category (negation, future, reporting, topic:<tag>, …)."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for category, phrase, *_ in _rows("cues"):
        out[category].append(normalize_phrase(phrase))
    return {k: tuple(v) for k, v in out.items()}


def cue_words(category: str) -> frozenset[str]:
    """The one-word cues of a category, as a set for fast membership tests."""
    return _cue_words(category)


@lru_cache(maxsize=64)
def _cue_words(category: str) -> frozenset[str]:
    return frozenset(p[0] for p in cues().get(category, ()) if len(p) == 1)


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], str]:
    """Titles that may precede a person's name, mapped to an English role."""
    return {normalize_phrase(row[0]): row[1] for row in _rows("titles")}


@lru_cache(maxsize=1)
def private_titles() -> frozenset[tuple[str, ...]]:
    """Titles of people who hold no office of a state (رجل الدين، الناشط، الصحفي): alone,
    such a title never stands for the state of its nationality adjective."""
    return frozenset(normalize_phrase(row[0]) for row in _rows("titles")
                     if len(row) > 2 and row[2] == "private")

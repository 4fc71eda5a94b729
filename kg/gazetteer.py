"""Actor and place gazetteers (package data) and clitic-aware matching over tokens.

A name is matched on the surface first; a clitic-stripped form of its first word (و ف ب
ل ك لل) is tried only when the stripped remainder is itself the start of an entry, so
``والعراق`` finds العراق while ``بلينكن`` is never read as ب + لينكن.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.dates import date_words
from kg.lang.ar.clitics import proclitic_forms
from kg.lang.ar.normalize import normalize, normalize_phrase
from kg.lang.ar.tokenize import Token
from kg.model import Actor, Place

# How an actor name was matched; "context" names (surnames that are also common words,
# e.g. الصدر، الحكيم) count only after the full name appeared earlier in the article, and
# so do "surname" names, the last words of full names that the gazetteer adds by itself
# (analyse also checks that the word is read as a name where it occurs).
VIA_NAME, VIA_SHORT, VIA_CONTEXT, VIA_ADJ, VIA_CAPITAL, VIA_SURNAME = (
    "name", "short", "context", "adj", "capital", "surname")


@dataclass(frozen=True)
class Match:
    """A gazetteer hit over tokens [start, end) of one token list."""

    start: int
    end: int
    entity_id: str
    via: str
    clitic: str  # the stripped prefix of the first token ("" when none)


class Matcher:
    """Longest-match lookup of normalised word sequences."""

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)

    def add(self, words: tuple[str, ...], entity_id: str, via: str) -> None:
        if words:
            self._index[words[0]].append((words, entity_id, via))

    def __contains__(self, words: tuple[str, ...]) -> bool:
        return any(entry[0] == words for entry in self._index.get(words[0], ()))

    def freeze(self) -> None:
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest entry starting at token ``i`` (surface form before stripped forms)."""
        first = tokens[i].norm
        best: Match | None = None
        for form in (first, *proclitic_forms(first)):
            for words, entity_id, via in self._index.get(form, ()):
                n = len(words)
                if best is not None and n <= best.end - best.start:
                    break
                if i + n <= len(tokens) and all(
                        tokens[i + k].norm == words[k] for k in range(1, n)):
                    clitic = "" if form == first else _prefix(first, form)
                    best = Match(i, i + n, entity_id, via, clitic)
                    break
        return best

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        i = 0
        while i < len(tokens):
            hit = self.match_at(tokens, i) if tokens[i].is_word else None
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.end
        return out


def _prefix(surface: str, stripped: str) -> str:
    if stripped.startswith("ال") and surface.endswith(stripped[2:]) and "لل" in surface[:3]:
        return surface[: len(surface) - len(stripped) + 1]
    return surface[: len(surface) - len(stripped)]


def adjective_forms(base: str) -> list[tuple[str, ...]]:
    """Inflections of a nisba adjective: أمريكي → الأمريكي، الأمريكية، أمريكيين، الأمريكيتين
    …; each word of a two-word adjective inflects alike (الكورية الجنوبية)."""
    words = [normalize(w) for w in base.split()]
    # masculine, feminine, plural, the duals (أمريكيان، أمريكيتان، أمريكيتين)
    endings = ("", "ه", "ين", "ون", "يه", "ا", "ان", "تان", "تين")
    forms = [tuple(w + e for w in words) for e in endings]
    return forms + [tuple("ال" + w for w in f) for f in forms]


@dataclass(frozen=True)
class Group:
    """A collective actor named without its country (المتظاهرون، مسلحون مجهولون): the
    country comes from the context, see :func:`collective`."""

    id: str
    name: str  # English plural: "protesters"
    state: bool  # the state's own forces (قوات الأمن): the state itself acts


@dataclass
class Gazetteer:
    actors: dict[str, Actor]
    places: dict[str, Place]
    actor_matcher: Matcher
    place_matcher: Matcher
    groups: dict[str, Group] = field(default_factory=dict)
    # Names of groups (ids of ``groups``); kept apart so that a mention is only made an
    # actor once its country is known.
    group_matcher: Matcher = field(default_factory=Matcher)
    demonyms: dict[str, str] = field(default_factory=dict)  # state id → "Iraqi"
    # place id → the next larger place that holds it (a district's governorate, a
    # governorate's region); a country holds every place whose ``country`` it is
    within: dict[str, str] = field(default_factory=dict)
    # surnames two or more people share (الجبوري): word → their ids, see _add_surnames
    shared_surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _jsonl(name: str) -> list[dict[str, Any]]:
    text = resources.files("kg.lang.ar").joinpath("data", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _actor(row: dict[str, Any]) -> Actor:
    names = row.get("names_ar") or [""]
    return Actor(id=row["id"], name=row["name"], kind=row["kind"], name_ar=names[0],
                 country=row.get("country") or (row["id"] if row["kind"] == "state" else None),
                 role=row.get("role"), wikidata=row.get("wikidata"))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The packaged gazetteers, loaded once per process."""
    actors: dict[str, Actor] = {}
    am, gm = Matcher(), Matcher()
    groups: dict[str, Group] = {}
    demonyms: dict[str, str] = {}
    for row in _jsonl("actors.jsonl"):
        if row.get("generic"):
            groups[row["id"]] = Group(row["id"], row["name"], bool(row.get("state")))
            for name in row["names_ar"]:
                gm.add(normalize_phrase(name), row["id"], VIA_NAME)
            continue
        actors[row["id"]] = _actor(row)
        if row.get("demonym"):
            demonyms[row["id"]] = row["demonym"]
        for column, via in (("names_ar", VIA_NAME), ("short_ar", VIA_SHORT),
                            ("context_ar", VIA_CONTEXT), ("capital_ar", VIA_CAPITAL)):
            for name in row.get(column, ()):
                am.add(normalize_phrase(name), row["id"], via)
        for adj in row.get("adj_ar", ()):
            for form in adjective_forms(adj):
                am.add(form, row["id"], VIA_ADJ)
    places: dict[str, Place] = {}
    within: dict[str, str] = {}
    pm = Matcher()
    for row in _jsonl("places.jsonl"):
        if row.get("within"):
            within[row["id"]] = row["within"]
        places[row["id"]] = Place(id=row["id"], name=row["name"], kind=row["kind"],
                                  name_ar=row["names_ar"][0], country=row.get("country"),
                                  geonames=row.get("geonames"), lat=row.get("lat"),
                                  lon=row.get("lon"))
        for name in row["names_ar"]:
            pm.add(normalize_phrase(name), row["id"], VIA_NAME)
    shared = _add_surnames(am, pm, actors)
    for matcher in (am, pm, gm):
        matcher.freeze()
    return Gazetteer(actors, places, am, pm, groups, gm, demonyms, within, shared)


def _add_surnames(am: Matcher, pm: Matcher, actors: dict[str, Actor]
                  ) -> dict[str, tuple[str, ...]]:
    """A person's last name alone (بيرد، الجنابي) refers to them once the article has
    named them in full, so each surname becomes a "surname" name — unless the row says
    ``no_surname``, it already names something else, it is a word like الثاني, or it is
    some person's given name (قاسم، أحمد): that word alone more often names someone
    else. A surname two people
    share (الجبوري) is returned apart, with its owners: it refers to the one the article
    has named."""
    owners: dict[str, set[str]] = defaultdict(set)
    given: set[str] = set()
    for row in _jsonl("actors.jsonl"):
        if row["kind"] == "person":
            for name in row.get("names_ar", ()):
                words = normalize_phrase(name)
                if len(words) >= 2:
                    given.add(words[0])
                    # بن زايد، عبد الرحمن: a compound; "no_surname": a last name that is a
                    # common word or a given name (نواف سلام، طيف سامي)
                    if words[-2] not in _NAME_LINKS and not row.get("no_surname"):
                        owners[words[-1]].add(row["id"])
    shared: dict[str, tuple[str, ...]] = {}
    for word, ids in owners.items():
        if len(word) >= 3 and word not in _NOT_SURNAMES | given \
                and (word,) not in am and (word,) not in pm and word not in date_words():
            if len(ids) > 1:
                shared[word] = tuple(sorted(ids))
            else:
                am.add((word,), ids.pop(), VIA_SURNAME)
    return shared


# Words that bind the next one into a compound name (عبد الرحمن، بن زايد، آل ثاني، أبو ريشة)
_NAME_LINKS = frozenset(normalize(w) for w in ("عبد", "بن", "ابن", "آل", "أبو", "أبي", "أم"))

# Last words of names that are ordinals or kinship words, or the second half of a
# compound surname (نصر الله، صفي الدين، خطيب زاده، داود أوغلو), not surnames alone
_NOT_SURNAMES = frozenset(normalize(w) for w in (
    "الأول", "الثاني", "الثالث", "الابن", "الأب", "الأكبر", "الأصغر", "الثانية",
    "الله", "الدين", "زاده", "أوغلو", "اوغلو", "آبادي", "أبادي"))


def actor(entity_id: str) -> Actor | None:
    """The gazetteer actor with this id, if any."""
    return load().actors.get(entity_id)


@lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    for row in _jsonl("actors.jsonl"):
        for name in row.get("names_ar", ()):
            words[row["id"]].add(normalize_phrase(name)[0])
    return {k: frozenset(v) for k, v in words.items()}


def first_words(entity_id: str) -> frozenset[str]:
    """The normalised first words of an actor's Arabic names (تنظيم for تنظيم داعش): what
    kind of body its names call it."""
    return _first_words().get(entity_id, frozenset())


def place(entity_id: str) -> Place | None:
    """The gazetteer place with this id, if any."""
    return load().places.get(entity_id)


def inside(inner: str, outer: str) -> bool:
    """Whether place ``inner`` lies within place ``outer`` by the chain of containment of
    ``places.jsonl`` (الفلوجة in الأنبار, الكرادة in بغداد, أربيل in إقليم كردستان)."""
    chain = load().within
    seen: set[str] = set()
    while inner in chain and inner not in seen:
        seen.add(inner)
        inner = chain[inner]
        if inner == outer:
            return True
    return False


def collective(group_id: str, country: str | None) -> Actor | None:
    """The actor a generic group stands for in a country: ("protesters", "IRQ") →
    ``iraqi-protesters``; a state's own forces ("security-forces") are the state itself;
    without a country, the group as such."""
    gaz = load()
    group = gaz.groups.get(group_id)
    if group is None:
        return None
    if country is not None and group.state:
        return gaz.actors.get(country)
    demonym = gaz.demonyms.get(country or "")
    if demonym is None:
        return Actor(id=group.id, name=group.name, kind="group")
    return Actor(id=f"{demonym.lower().replace(' ', '-')}-{group.id}",
                 name=f"{demonym} {group.name}", kind="group", country=country)

"""Definite descriptions that refer back: "التنظيم" after "تنظيم داعش".

Arabic news names an organisation once and then calls it by its kind: التنظيم (the
organisation), الحركة، الجماعة، الحزب، الميليشيا، often with an epithet (التنظيم
المتطرف، التنظيم الإرهابي).  Such a description stands for the actor of that kind the
article named last: an actor is of a kind when one of its gazetteer names starts with the
kind's noun (تنظيم داعش, حزب الله, منظمة بدر).  Kept strict: a description followed by
an adjective that is no epithet may be a name of its own (الحزب الشيوعي، الحركة
الإسلامية), so it is left alone, and so is a description with no earlier actor of its kind.
``data/descriptions.tsv`` lists the descriptions; ``cues_context.tsv`` the epithets.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from kg import gazetteer
from kg.gazetteer import Match
from kg.lang.ar.clitics import proclitic_forms
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import Token

VIA_DESCRIPTION = "description"  # EntityMention.via of a description resolved here


def descriptions(tokens: Sequence[Token], taken: Sequence[tuple[int, int]],
                 earlier: Sequence[tuple[int, str]]) -> list[Match]:
    """Descriptions in a sentence's ``tokens`` outside the ``taken`` token spans, each
    resolved to the last of the ``earlier`` mentions ((token position or -1 for an earlier
    sentence, actor id), in text order) of an actor of its kind."""
    out: list[Match] = []
    for i, token in enumerate(tokens):
        kind = _kind(token) if token.is_word else None
        if kind is None or any(start <= i < end for start, end in taken):
            continue
        end = _epithets_end(tokens, i + 1)
        if end < len(tokens) and _adjective(tokens[end]):
            continue  # الحزب الشيوعي: a name, not a description
        antecedent = next((entity for position, entity in reversed(earlier)
                           if position < i and kind in _kinds_of(entity)), None)
        if antecedent is not None:
            out.append(Match(i, end, antecedent, VIA_DESCRIPTION, ""))
    return out


def _kind(token: Token) -> str | None:
    """The kind noun of a definite description (التنظيم → تنظيم), clitics allowed
    (للتنظيم، والحركة)."""
    table = _descriptions()
    return next((table[form] for form in (token.norm, *proclitic_forms(token.norm))
                 if form in table), None)


def _epithets_end(tokens: Sequence[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].norm in cue_words("epithet"):
        k += 1
    return k


def _adjective(token: Token) -> bool:
    return token.norm.startswith("ال") and "adj" in token.pos


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, str]:
    """Definite description → the kind noun an antecedent's name starts with."""
    text = resources.files("kg.lang.ar").joinpath("data/descriptions.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return {normalize(word): normalize(kind) for word, kind in rows}


@lru_cache(maxsize=4096)
def _kinds_of(entity_id: str) -> frozenset[str]:
    """The kind nouns an actor's names start with (منظمة بدر → منظمه; المنظمة الدولية
    للهجرة → منظمه too, the article dropped)."""
    actor = gazetteer.actor(entity_id)
    if actor is None or actor.kind in ("person", "state"):
        return frozenset()
    kinds = set(_descriptions().values())
    return frozenset(word.removeprefix("ال") for word in gazetteer.first_words(entity_id)
                     if word.removeprefix("ال") in kinds)

"""Which words of a sentence state an event: trigger lemmas from the lexicon.

A trigger is a lemma sequence (``data/triggers*.tsv``) matched on each token's lemmas
from the morphological analysis, so inflected and cliticised forms match one entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse import Sentence
from kg.extract.common import stripped
from kg.lang.ar.lexicon import Trigger, triggers
from kg.lang.ar.tokenize import Token

_GAP = 4  # tokens allowed between the words of a multi-word trigger
_GOVERNING = frozenset({"REQUEST", "AGREE", "REJECT", "SUPPORT", "THREATEN", "CONCEDE"})


def find_hits(sentence: Sentence) -> list["Hit"]:
    """The sentence's triggers, without those that are the content of another's demand."""
    return _governed(_hits(sentence))


@dataclass
class Hit:
    """A trigger found at tokens [start, end) of a sentence."""

    trigger: Trigger
    start: int
    end: int
    verbal: bool

    @property
    def type(self) -> str:
        return self.trigger.type


def _hits(sentence: Sentence) -> list[Hit]:
    covered = {k for m in sentence.actors for k in range(m.start, m.end)}
    covered |= {k for m in sentence.places for k in range(m.start, m.end)}
    out: list[Hit] = []
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        hit = None if i in covered or not tokens[i].is_word else _trigger_at(tokens, i)
        if hit is not None:
            out.append(hit)
            i = hit.start + 1
        else:
            i += 1
    return out


def _trigger_at(tokens: list[Token], i: int) -> Hit | None:
    token = tokens[i]
    for lemma in _lemma_keys(token):
        for trig in triggers().get(lemma, ()):
            if not _pos_ok(token, lemma, trig.pos):
                continue
            end = _rest_matches(tokens, i + 1, trig.words[1:])
            if end is not None:
                verbal = "verb" in token.pos and f"{lemma}/v" in token.lemmas
                if trig.pos == "n" or not token.pos:
                    verbal = trig.pos == "v"
                return Hit(trig, i, end, verbal)
    return None


def _lemma_keys(token: Token) -> list[str]:
    return [lem for lem in token.lemmas if "/" not in lem] + [token.norm]


def _pos_ok(token: Token, lemma: str, pos: str) -> bool:
    if pos == "*" or not token.pos:  # fallback analysis has no POS
        return True
    return f"{lemma}/{pos}" in token.lemmas


def _rest_matches(tokens: list[Token], i: int, words: tuple[str, ...]) -> int | None:
    """End index when ``words`` follow in order, each within _GAP tokens."""
    for word in words:
        for k in range(i, min(i + _GAP + 1, len(tokens))):
            t = tokens[k]
            if word == t.norm or word in t.lemmas or stripped(t.norm) == word:
                i = k + 1
                break
        else:
            return None
    return i


def _governed(hits: list[Hit]) -> list[Hit]:
    """Drop nominal triggers that are the content of a demand/promise/refusal before them
    ("طالب بانسحاب القوات" is one REQUEST about withdrawal, not also a RETREAT)."""
    out: list[Hit] = []
    for hit in hits:
        governor = next((h for h in out if h.type in _GOVERNING and 0 < hit.start - h.end < 4
                         or h.type in _GOVERNING and hit.start == h.end), None)
        if governor is not None and not hit.verbal and hit.type != governor.type:
            continue
        out.append(hit)
    return out

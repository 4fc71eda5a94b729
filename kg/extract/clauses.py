"""Clauses of a sentence, so that a trigger takes its arguments from its own clause.

Arabic news sentences chain clauses with few commas: a reporting verb and its
complement (أكد X أن …), relative clauses describing a noun (التحالف الذي تقوده …),
purpose phrases (من أجل، بهدف …), subordinate clauses (حيث، بينما، كما …), verbs
coordinated with و (وأكد، وناقش) and circumstantial participles (مؤكدا، مشيرا …).
Openers are cue phrases (``clause:<kind>`` in ``data/cues.tsv``) or a verb after و / a
comma.  Each token belongs to one clause; a relative clause ends at the next comma,
after which the tokens belong to the clause it interrupted again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from kg.analyse import EntityMention, Sentence
from kg.extract.common import PREPS, clitic_prep, is_other_noun, is_reporting, is_verb
from kg.extract.phrases import agrees, object_of_conjoined, oblique_plural
from kg.lang.ar.lexicon import cue_words, cues
from kg.lang.ar.tokenize import Token

OWN_SIDE = "own-side"  # mention.via of a speaker standing for their state (بلاده)
_KINDS = ("comp", "relative", "purpose", "sub", "hal")
_SUBJECT_WINDOW = 6
# A relative clause or a purpose phrase ends at a comma; what follows continues the
# clause they interrupted (ومن أجل …، تمكن X من …).
_CLOSED = frozenset({"relative", "purpose"})
_COMMAS = frozenset({"،", ",", "؛", ";"})


@dataclass(frozen=True)
class Clause:
    """One clause: its kind, its first token and the clause it depends on."""

    index: int
    kind: str  # main, comp, relative, purpose, sub, hal, coord
    start: int
    parent: int | None = None
    opener: int = 0  # tokens of the opening cue (أن: 1, من أجل: 2; a verb opens itself: 0)


@dataclass(frozen=True)
class Clauses:
    """The clauses of a sentence and, for every token, the index of its clause."""

    items: tuple[Clause, ...]
    owner: tuple[int, ...]

    def of(self, k: int) -> Clause:
        return self.items[self.owner[k]]

    def members(self, clause: Clause, ms: list[EntityMention]) -> list[EntityMention]:
        return [m for m in ms if self.owner[m.start] == clause.index]


def split(sentence: Sentence) -> Clauses:
    """Label every token of the sentence with its clause (computed once per sentence:
    every trigger of a sentence asks in turn)."""
    if _last and _last[0] is sentence:
        return _last[1]
    clauses = _split(sentence)
    _last[:] = [sentence, clauses]
    return clauses


_last: list = []  # the sentence last split and its clauses


def _split(sentence: Sentence) -> Clauses:
    tokens = sentence.tokens
    inside = {k for m in sentence.actors for k in range(m.start + 1, m.end)}
    items = [Clause(0, "main", 0)]
    owner: list[int] = []
    current = 0
    k = 0
    while k < len(tokens):
        kind, width = (None, 0) if k in inside else _opener(tokens, k)
        if kind is None and tokens[k].text in _COMMAS and items[current].kind in _CLOSED:
            current = items[current].parent or 0
        if kind is not None:
            parent = current
            if items[current].kind in ("relative", "purpose"):
                parent = items[current].parent or 0
            if kind == "relative":
                parent = current
            # أبلغ X Y أن …، رافضا …: a participle after a complement goes on with X
            while kind == "hal" and items[parent].kind == "comp" and \
                    items[parent].parent is not None:
                parent = items[parent].parent
            items.append(Clause(len(items), kind, k, parent, 0 if kind == "coord" else width))
            current = len(items) - 1
        for _ in range(max(width, 1)):
            owner.append(current)
        k += max(width, 1)
    return Clauses(tuple(items), tuple(owner[:len(tokens)]))


def _opener(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """The kind of clause token ``k`` opens, and how many tokens the opener spans."""
    token = tokens[k]
    norms = [t.norm for t in tokens[k:k + 3]]
    for first in (norms[0], norms[0][1:]) if norms[0][:1] == "و" else (norms[0],):
        for kind, phrase in _index().get(first, ()):  # a cue may carry و: ومن أجل
            n = len(phrase)
            if (first, *norms[1:n]) == phrase:
                return kind, n
    after_comma = k > 0 and tokens[k - 1].text in _COMMAS
    if k > 0 and is_verb(token) and (_conjoined(token) or after_comma):
        return "coord", 1
    return None, 0


def _conjoined(token: Token) -> bool:
    """The verb carries the conjunction و/ف, not a root letter (فرض، وقع، فجر، وصل)."""
    letter = token.norm[:1]
    return letter in ("و", "ف") and not (
        token.lemmas and all(lemma.startswith(letter) for lemma in token.lemmas))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind in _KINDS:
        for phrase in cues().get(f"clause:{kind}", ()):
            out.setdefault(phrase[0], []).append((kind, phrase))
    return {k: tuple(sorted(v, key=lambda e: -len(e[1]))) for k, v in out.items()}


def subject(sentence: Sentence, clauses: Clauses, clause: Clause) -> EntityMention | None:
    """Who acts in a clause: its own subject, else the subject it inherits (a coordinated
    verb, a participle or a complement continue the clause they depend on; a relative
    clause is about the noun before it).  A purpose clause has none."""
    if clause.kind == "purpose":
        return None
    if clause.kind == "relative":
        return _antecedent(sentence, clause)
    own = _own_subject(sentence, clauses, clause)
    if own is not None or clause.parent is None or blocked(sentence, clauses, clause):
        return own
    inherited = subject(sentence, clauses, clauses.items[clause.parent])
    if inherited is not None and own_side_clause(sentence.tokens, clause):
        return replace(inherited, via=OWN_SIDE)
    return inherited


def own_side_clause(tokens: list[Token], clause: Clause) -> bool:
    """أكد أن بلاده …، قال إن حكومته …: the speaker's own state acts."""
    if clause.kind != "comp":
        return False
    word = _begin(tokens, clause)
    stem = _unsuffixed(tokens[word].norm) if word < len(tokens) else None
    return stem is not None and _side(stem)


def own_side(token: Token) -> bool:
    """بلاده، حكومتها: a noun with a possessive pronoun naming the speaker's own side."""
    stem = _unsuffixed(token.norm)
    return stem is not None and _side(stem)


def _side(stem: str) -> bool:
    return stem in cue_words("body") or "ال" + stem in cue_words("body") or stem == "بلاد"


def blocked(sentence: Sentence, clauses: Clauses, clause: Clause, trigger: int = -1) -> bool:
    """True when the clause has a subject of its own that is no actor, so it inherits
    nobody's: أكد X أن المحادثات …، ولكن الجميع يرحبون، ودعم التقرير …  (the trigger
    itself may be that noun: أكد أن التعاون مستمر)."""
    tokens = sentence.tokens
    inside = {k for m in sentence.actors for k in range(m.start, m.end)}
    first = _begin(tokens, clause)
    if clause.kind == "comp":
        return first != trigger and first not in inside and _noun_subject(tokens, first)
    verb = _first_verb(tokens, clauses, clause)
    if verb is None:
        return False
    after = next((k for k in range(verb + 1, len(tokens)) if tokens[k].is_word
                  and tokens[k].norm not in cue_words("time")), None)
    # a coordinated verb usually drops its subject, so a noun after it is its object
    if verb == first and clause.kind in ("main", "sub") and after is not None \
            and after not in inside and after != trigger:
        return is_other_noun(tokens[after])
    return verb - first <= 4 and first not in inside and first != trigger and is_other_noun(
        tokens[first])


def _antecedent(sentence: Sentence, clause: Clause) -> EntityMention | None:
    end = clause.start
    if end > 0 and sentence.tokens[end - 1].text in _COMMAS:
        end -= 1
    return next((m for m in sentence.actors if m.end == end and not m.locative), None)


def _own_subject(sentence: Sentence, clauses: Clauses, clause: Clause) -> EntityMention | None:
    if clause.kind == "hal":
        return None  # رافضا تعويض العراق: the participle's subject is the main clause's
    tokens = sentence.tokens
    actors = [m for m in clauses.members(clause, sentence.actors) if not m.locative]
    if clause.kind == "comp":
        if tokens[clause.start].norm.endswith(("ه", "ها", "هم", "هما")):
            return None  # أنه، أنها: the pronoun points back to the main subject
        word = _begin(tokens, clause)
        first = next((m for m in actors if m.start == word), None)
        if first is not None:
            return first
        if _noun_subject(tokens, word):
            return None
    verb = _first_verb(tokens, clauses, clause)
    if verb is None:
        return None
    for m in actors:
        if verb < m.start <= verb + _SUBJECT_WINDOW:
            gap = tokens[verb + 1:m.start]
            if any(t.norm in PREPS or is_verb(t) or is_other_noun(t) or clitic_prep(t)
                   for t in gap) or \
                    m.via == "adj" or not gap and not agrees(tokens[verb], m, tokens) or \
                    tokens[m.start].norm[:1] in ("ل", "ب") or object_of_conjoined(tokens, verb, m) \
                    or oblique_plural(tokens[m.start]):
                return None
            return m
        if m.end == verb or m.end == verb - 1 and tokens[verb - 1].norm == "قد":
            return m
    return None


def _next_word(tokens: list[Token], k: int) -> int:
    """The first word at or after ``k`` (quotes and brackets skipped)."""
    while k < len(tokens) and not tokens[k].is_word:
        k += 1
    return k


def _noun_subject(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is a noun subject other than the speaker's own side."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    stem = _unsuffixed(tokens[k].norm)
    if stem and _side(stem):
        return False  # قواته، بلاده، حكومتها: the speaker's own side
    return "noun" in tokens[k].pos and not is_verb(tokens[k])


def _unsuffixed(norm: str) -> str | None:
    """The stem of a noun with a possessive pronoun (حكومتها → حكومه), else None."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[:-len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return None


def _first_verb(tokens: list[Token], clauses: Clauses, clause: Clause) -> int | None:
    begin = _begin(tokens, clause)
    for k in range(begin, len(tokens)):
        if clauses.owner[k] != clause.index:
            continue
        # a clause-initial word with a verb reading is the verb (وصل: arrived / link); a
        # preposition with a verb reading (عن، إلى) is none
        if (is_verb(tokens[k]) or is_reporting(tokens[k])) and tokens[k].norm not in PREPS or \
                "verb" in tokens[k].pos and (k == begin or tokens[k - 1].text in _COMMAS):
            return k
    return None


def _begin(tokens: list[Token], clause: Clause) -> int:
    """The first word of a clause after its opener (كما، أن، حيث …)."""
    return _next_word(tokens, clause.start + clause.opener)


"""The analysed article: sentences, tokens and the actor and place mentions found in them
(what the analyse stage hands to extract and resolve)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.lang.ar.tokenize import Token
from kg.model import Actor, CleanedArticle, Place

PAIR_ID = "@pair"  # الجانبان، الطرفان …: the two parties of the previous event


@dataclass
class EntityMention:
    """An actor or place mention over tokens [start, end) of its sentence."""

    entity_id: str
    start: int
    end: int
    text: str
    via: str = "name"
    locative: bool = False  # after في / ب / إلى …: a place, not a participant


@dataclass
class Sentence:
    index: int
    start: int  # offsets into the cleaned text
    end: int
    text: str
    tokens: list[Token]
    actors: list[EntityMention] = field(default_factory=list)
    places: list[EntityMention] = field(default_factory=list)
    headline: bool = False


@dataclass
class Document:
    """The analysed article: what extract() and resolve() read."""

    cleaned: CleanedArticle
    sentences: list[Sentence]
    actors: dict[str, Actor]  # every actor mentioned (gazetteer and title-made people)
    places: dict[str, Place]

    def original_span(self, sentence: Sentence) -> tuple[int, int]:
        return self.cleaned.to_original(sentence.start, sentence.end)

    def original_text(self, sentence: Sentence) -> str:
        start, end = self.original_span(sentence)
        return self.cleaned.article.text[start:end]

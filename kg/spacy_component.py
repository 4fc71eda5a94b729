"""kg as a spaCy pipeline component: ``nlp.add_pipe("kg_events")``.

For spaCy users who already run Arabic text through a pipeline: the component runs kg's
extraction on ``doc.text`` and puts the result on the Doc, leaving spaCy's own tokens
alone (kg tokenises with offsets of its own, since spaCy's Arabic tokenizer keeps closing
quotes and stops attached to words).

    import spacy
    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_events")          # registered through the spacy_factories entry point
    doc = nlp("استقبل رئيس الوزراء العراقي وزير الخارجية الإيراني في بغداد.")
    doc._.kg_events                    # list[kg.model.Event]
    doc.spans["kg_events"]             # one Span per event: its sentence, labelled by type
"""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Article, Event
from kg.pipeline import process_article

SPANS_KEY = "kg_events"

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)


class EventComponent:
    """Adds ``doc._.kg_events`` and ``doc.spans["kg_events"]``."""

    def __init__(self, strip_boilerplate: bool) -> None:
        self.strip_boilerplate = strip_boilerplate

    def __call__(self, doc: Doc) -> Doc:
        article = Article(id="spacy-" + hashlib.sha1(doc.text.encode()).hexdigest()[:16],
                          text=doc.text, source="<spacy>")
        events = process_article(article, strip_boilerplate=self.strip_boilerplate).events
        doc._.kg_events = events
        spans = (_span(doc, event) for event in events)
        doc.spans[SPANS_KEY] = [span for span in spans if span is not None]
        return doc


def _span(doc: Doc, event: Event) -> Span | None:
    start, end = event.span
    return doc.char_span(start, end, label=event.type, alignment_mode="expand")


@Language.factory("kg_events", default_config={"strip_boilerplate": False})
def make_kg_events(nlp: Language, name: str, strip_boilerplate: bool) -> EventComponent:
    """spaCy factory; ``strip_boilerplate=True`` when docs are whole scraped pages."""
    return EventComponent(strip_boilerplate)

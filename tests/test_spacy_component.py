"""kg's extraction as a spaCy pipeline component."""

from __future__ import annotations

import spacy


def test_component_is_found_by_name_and_marks_event_sentences() -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_events")  # through the spacy_factories entry point, no kg import
    text = ("استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وزير الخارجية "
            "الأمريكي أنتوني بلينكن. ثم غادر الوزير إلى عمّان.")
    doc = nlp(text)
    events = doc._.kg_events
    assert any(e.type == "CONSULT" for e in events)
    spans = doc.spans["kg_events"]
    assert len(spans) == len(events)
    consult = next(s for s in spans if s.label_ == "CONSULT")
    assert consult.text.startswith("استقبل") and "بلينكن" in consult.text

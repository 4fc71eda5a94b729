"""Arabic normalisation, tokenisation offsets, clitics and morphology (real DB when present)."""

from __future__ import annotations

import pytest

from kg.lang.ar import morphology
from kg.lang.ar.clitics import proclitic_forms, stem_forms
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import split_sentences, tokenize


@pytest.mark.parametrize(("raw", "norm"), [
    ("أَمْرِيكَا", "امريكا"),
    ("إيران", "ايران"),
    ("مصطفى", "مصطفي"),
    ("الحكومـــة", "الحكومه"),
])
def test_normalize(raw: str, norm: str) -> None:
    assert normalize(raw) == norm


def test_token_offsets_point_into_the_text() -> None:
    text = "زار الوزيرُ بغداد، ثم عاد."
    for token in tokenize(text, offset=10):
        assert text[token.start - 10:token.end - 10] == token.text


def test_sentences_split_on_stops_and_lines() -> None:
    text = "وصل الوفد إلى بغداد. ثم التقى المسؤولين!\nعنوان آخر"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "وصل الوفد إلى بغداد.", "ثم التقى المسؤولين!", "عنوان آخر"]


@pytest.mark.parametrize(("word", "form"), [
    ("والعراق", "العراق"),
    ("للولايات", "الولايات"),
    ("بالقوات", "القوات"),
    ("وبلينكن", "بلينكن"),
])
def test_proclitic_forms(word: str, form: str) -> None:
    assert form in proclitic_forms(normalize(word))


def test_stem_forms_strip_article_and_suffix() -> None:
    assert "زياره" in stem_forms(normalize("زيارته"))


@pytest.fixture(scope="module")
def with_db() -> None:
    if morphology.database_path() is None:
        pytest.skip("no morphology database")


@pytest.mark.parametrize(("word", "lemma"), [
    ("والتقى", "التقى"), ("يطالب", "طالب"), ("الغارات", "غارة"), ("وزارة", "وزارة"),
])
def test_lemmas_from_database(with_db: None, word: str, lemma: str) -> None:
    assert normalize(lemma) in morphology.analyse_word(word).lemmas


def test_future_prefix_is_flagged(with_db: None) -> None:
    assert morphology.analyse_word("سيزور").future


def test_fallback_without_database(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("KG_MORPHOLOGY_DB", raising=False)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    morphology.configure(None)
    try:
        info = morphology.analyse_word("والانسحاب")
        assert "انسحاب" in info.lemmas and not morphology.has_database()
    finally:
        morphology.configure(None)


def test_no_lexicon_row_is_listed_twice() -> None:
    """A row repeated (often by two edits appending the same block) is a sign of a merge
    slip and makes the file lie about how many entries it has."""
    from importlib import resources

    data = resources.files("kg.lang.ar").joinpath("data")
    for entry in data.iterdir():
        if entry.name.endswith((".tsv", ".jsonl")):
            rows = [line for line in entry.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#")]
            repeated = {row for row in rows if rows.count(row) > 1}
            assert not repeated, (entry.name, sorted(repeated)[:3])

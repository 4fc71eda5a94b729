"""The masculine possessive ـه on event nouns, light verbs linked through a preposition, and
in-article merging that keeps events of different occasions apart.  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.lang.ar import morphology
from kg.lang.ar.normalize import normalize
from tests.extraction import of_type


@pytest.fixture(scope="module")
def with_db() -> None:
    if morphology.database_path() is None:
        pytest.skip("no morphology database")


@pytest.mark.parametrize(("word", "lemma"), [
    ("دعمه", "دعم"), ("تأييده", "تأييد"), ("لقاءه", "لقاء"),
])
def test_masculine_possessive_gives_the_bare_noun(with_db: None, word: str, lemma: str) -> None:
    assert normalize(lemma) in morphology.analyse_word(word).lemmas


@pytest.mark.parametrize(("word", "lemma", "absent"), [
    # a real taa marbuta keeps its noun and gains no "his …" reading
    ("زيارة", "زيارة", "أزيار"), ("حكومة", "حكومة", "حكم"),
    # وزاره written with ه: the و + زار + ه reading needs two clitics and stays hidden
    ("وزاره", "وزارة", "زار"),
])
def test_taa_marbuta_nouns_keep_their_lemma(with_db: None, word: str, lemma: str,
                                            absent: str) -> None:
    lemmas = morphology.analyse_word(word).lemmas
    assert normalize(lemma) in lemmas
    assert normalize(absent) not in lemmas


def test_possessive_reading_leaves_a_three_letter_stem(with_db: None) -> None:
    # بأنه "that he": a two-letter noun (آن "now") plus ـه is not a reading worth adding
    assert normalize("آن") not in morphology.analyse_word("بأنه").lemmas


@pytest.mark.parametrize("text", [
    "أكد الرئيس الإيراني دعمه للحكومة العراقية.",
    "أعرب الرئيس الإيراني عن دعمه للحكومة العراقية.",
])
def test_his_support_is_a_support_event(with_db: None, text: str) -> None:
    found = of_type(text, "SUPPORT")
    assert [(e.source.id if e.source else None, e.target.id if e.target else None)
            for e in found] == [("IRN", "IRQ")]


def test_strikes_in_two_countries_stay_two_events(with_db: None) -> None:
    text = ("شنت الولايات المتحدة غارة على تنظيم داعش في سوريا. "
            "وشنت الولايات المتحدة غارة أخرى على تنظيم داعش في العراق.")
    found = of_type(text, "ASSAULT")
    assert sorted(e.place.id for e in found if e.place) == ["IRQ", "SYR"]
    assert len(found) == 2


def test_one_strike_told_twice_in_one_country_is_one_event(with_db: None) -> None:
    text = ("شنت الولايات المتحدة غارة على تنظيم داعش في سوريا. "
            "وأوضح البيان أن الولايات المتحدة شنت الغارة على تنظيم داعش قرب الرقة.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert {ev.sentence_index for ev in found[0].evidence} == {0, 1}

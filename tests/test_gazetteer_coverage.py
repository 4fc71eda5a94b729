"""Gazetteer coverage of the people, bodies and places of Iraq–US–Iran news, and the rules
that keep surnames and title-led names precise."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.lang.ar.tokenize import tokenize
from tests.extraction import document


def actor_ids(text: str) -> list[str]:
    return [m.entity_id for s in document(text).sentences for m in s.actors]


def place_ids(text: str) -> list[str]:
    return [m.entity_id for m in gazetteer.load().place_matcher.find(tokenize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # officials of the three states across 2003–2025
    ("صرح ستيفن هادلي للصحفيين", "stephen-hadley"),
    ("فرضت الوزارة عقوبات أعلنها سكوت بيسنت", "scott-bessent"),
    ("استقبل فائق زيدان السفير", "faiq-zaidan"),
    ("قال محسني إيجئي إن القضاء مستقل", "gholam-hossein-mohseni-ejei"),
    # regional leaders who act in Iraqi affairs
    ("اتصل محمد بن زايد بنظيره", "mohamed-bin-zayed"),
    ("زار خلوصي أكار القوات التركية", "hulusi-akar"),
    # armed groups, parties and state bodies
    ("تبنت تنسيقية المقاومة العراقية الهجوم", "iraqi-resistance-coordination-committee"),
    ("قصفت إيران مقرات الحزب الديمقراطي الكردستاني الإيراني", "kdpi"),
    ("ألغت المحكمة الاتحادية العليا القرار", "federal-supreme-court"),
    ("فرض مكتب مراقبة الأصول الأجنبية عقوبات", "USA"),
    ("رفض مجلس صيانة الدستور المرشحين", "IRN"),
])
def test_new_actors_are_found(text: str, expected: str) -> None:
    assert expected in actor_ids(text)


def test_iranian_kurdish_party_is_not_the_iraqi_one() -> None:
    assert "kdp" not in actor_ids("هاجمت طهران الحزب الديمقراطي الكردستاني الإيراني")


@pytest.mark.parametrize(("text", "expected"), [
    ("هبطت الطائرة في قاعدة العديد الجوية", ["al-udeid"]),
    ("استهدفت مسيرة قاعدة رميلان", ["rmelan"]),
    ("قصفت المدفعية قرى في ناحية سيدكان", ["sidakan"]),
    ("وصلت ناقلة إلى جزيرة خارك", ["kharg"]),
    ("عبر الزوار منفذ زرباطية", ["zurbatiyah-crossing"]),
])
def test_new_places(text: str, expected: list[str]) -> None:
    assert place_ids(text) == expected


@pytest.mark.parametrize("text", [
    "واجه الفريق عقبة كبيرة في المفاوضات",  # an obstacle, not Aqaba
    "وقدم الزائر قنديلا هدية",  # a lamp, not the Qandil mountains
    "يتطلب الأمر إيلام الخصم",  # causing pain, not Ilam
])
def test_place_names_that_are_common_words_need_their_place_noun(text: str) -> None:
    assert place_ids(text) == []


def test_a_name_that_begins_with_a_title_is_read_as_the_name() -> None:
    # الملك is a title, but الملك سلمان is the king's gazetteer name
    assert actor_ids("استقبل الملك سلمان الوفد العراقي")[0] == "king-salman"
    assert actor_ids("أعلن الملك فهد بن عبد العزيز القرار")[0] == "king-fahd"


def test_a_title_chain_before_a_title_led_name_is_one_person() -> None:
    found = [(m.entity_id, m.via) for s in document(
        "وصل العاهل الأردني الملك عبد الله الثاني إلى بغداد").sentences for m in s.actors]
    assert found[0] == ("abdullah-ii", "title")


def test_derived_surnames_are_marked_apart_from_curated_context_names() -> None:
    gaz = gazetteer.load()
    [surname] = gaz.actor_matcher.find(tokenize("العلاق"))
    assert (surname.entity_id, surname.via) == ("ali-al-allaq", gazetteer.VIA_SURNAME)
    [curated] = gaz.actor_matcher.find(tokenize("الصدر"))
    assert curated.via == gazetteer.VIA_CONTEXT


def test_a_given_name_is_never_a_derived_surname() -> None:
    # قاسم ends نعيم قاسم but begins قاسم سليماني: alone it names no one in particular
    assert gazetteer.load().actor_matcher.find(tokenize("قاسم")) == []


def test_a_derived_surname_after_the_full_name_refers_to_the_person() -> None:
    ids = actor_ids("التقى روبرت مالي الوزير. وقال مالي إن المحادثات مستمرة.")
    assert ids == ["robert-malley"]  # مالي may be "financial": not taken alone
    ids = actor_ids("وصل جاك سترو إلى بغداد. وقال سترو إن الزيارة مهمة.")
    assert ids.count("jack-straw") == 2


def test_a_given_name_surname_is_not_read_inside_a_common_word() -> None:
    # after the full name, لصالح ("in favour of") is not that person
    ids = actor_ids("استقبل برهم صالح الوفد. وصوت البرلمان لصالح القرار.")
    assert ids.count("barham-salih") == 1


def test_a_derived_surname_may_carry_a_preposition() -> None:
    ids = actor_ids("وصل جاك سترو إلى بغداد. واجتمع الوزير بسترو مساء.")
    assert ids.count("jack-straw") == 2


def test_every_new_person_has_office_country_or_none_and_years() -> None:
    rows = [r for r in gazetteer._jsonl("actors.jsonl") if r["kind"] == "person"
            and "years" in r]
    assert len(rows) > 100
    for row in rows:
        assert row["role"] and row["years"] is not None
        assert row.get("country") is None or gazetteer.actor(row["country"]) is not None


def test_an_unknown_person_takes_the_country_of_the_body_their_title_serves() -> None:
    doc = document("أكد المتحدث باسم كتائب حزب الله جعفر الحسيني أن الهجمات ستستمر.")
    [mention] = doc.sentences[0].actors
    person = doc.actors[mention.entity_id]
    assert (person.kind, person.country) == ("person", "IRQ")
    assert person.name_ar == "جعفر الحسيني"


def test_an_honorific_inside_a_title_chain_is_not_taken_for_a_name() -> None:
    # أمير قطر الشيخ تميم: الشيخ is an honorific before the emir's name, not a person
    doc = document("حذر أمير قطر الشيخ تميم بن حمد من التصعيد في المنطقة.")
    assert [m.entity_id for m in doc.sentences[0].actors] == ["tamim-bin-hamad"]

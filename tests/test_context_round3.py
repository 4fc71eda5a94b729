"""Actors that only the article's context gives: descriptions that refer back (التنظيم
after تنظيم داعش), the sharper party of an event told twice, default doers and state
bodies named without their state.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.lang.ar import morphology
from tests.extraction import document, ids, of_type


@pytest.fixture(scope="module", autouse=True)
def with_db() -> None:
    if morphology.database_path() is None:
        pytest.skip("no morphology database")


def _described(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for s in document(text).sentences for m in s.actors
            if m.via == "description"]


@pytest.mark.parametrize(("text", "expected"), [
    # the organisation's kind with an epithet, after its name
    ("أعلنت القوات العراقية تقدمها نحو مواقع تنظيم داعش. وقصفت الطائرات التركية "
     "مواقع للتنظيم المتطرف قرب الحدود.", [("للتنظيم المتطرف", "isis")]),
    # the kind alone; the antecedent's name need not be the one with the kind noun
    ("التقى وفد من حماس بمسؤولين مصريين. وقال متحدث إن الجيش الإسرائيلي اغتال قائدا "
     "في الحركة أمس.", [("الحركة", "hamas")]),
    # the last organisation of that kind is the one meant
    ("هاجم تنظيم القاعدة قافلة. وبعد أيام أعلن تنظيم داعش مسؤوليته عن تفجير، وقال "
     "التنظيم إنه سيواصل هجماته.", [("التنظيم", "isis")]),
])
def test_a_description_refers_to_the_last_organisation_of_its_kind(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _described(text) == expected


@pytest.mark.parametrize("text", [
    # an adjective that is no epithet makes a name of its own: الحزب الشيوعي
    "أعلن الحزب الديمقراطي الكردستاني فوزه. وانتقد الحزب الشيوعي نتائج الانتخابات.",
    # nothing of that kind was named before
    "قال مسؤول إن التنظيم يواصل هجماته في المنطقة.",
    # a plural (الميليشيات) often means such groups in general
    "أعلنت كتائب حزب الله مسؤوليتها عن الهجوم. وقال مسؤول إن الميليشيات تنتشر في المدن.",
])
def test_no_description_without_an_antecedent_of_its_kind(text: str) -> None:
    assert _described(text) == []


def test_a_description_takes_the_organisation_as_target() -> None:
    text = ("تواصل قوات البشمركة هجومها على تنظيم داعش. وشنت الطائرات البريطانية غارات "
            "على التنظيم الإرهابي قرب الموصل.")
    assert [ids(e) for e in of_type(text, "ASSAULT")][-1] == ("GBR", "isis")


def test_an_event_told_twice_keeps_the_person_not_their_state() -> None:
    text = ("اعتقلت الشرطة الإيرانية رجل دين عراقيا في قم. "
            "وكانت السلطات الإيرانية قد اعتقلت مقتدى الصدر أمس.")
    assert [ids(e) for e in of_type(text, "COERCE")] == [("IRN", "muqtada-al-sadr")]


@pytest.mark.parametrize(("text", "expected"), [
    # the side the sentence names, in an operation to liberate land from its enemy
    ("قال ضابط إن عشرين من مسلحي تنظيم داعش قتلوا خلال عمليات تطهير الفلوجة، مؤكدا "
     "أن القوات العراقية تتقدم.", ("IRQ", "isis")),
    # two sides named: either may have done it
    ("قال ضابط إن عشرين من مسلحي تنظيم داعش قتلوا خلال عمليات تطهير الفلوجة، مؤكدا "
     "أن القوات العراقية وقوات البشمركة تتقدم.", (None, "isis")),
    # no operation against it: a clash may have had other parties
    ("قال ضابط إن عشرين من مسلحي تنظيم داعش قتلوا خلال اشتباكات في الفلوجة، مؤكدا أن "
     "القوات العراقية تتقدم.", (None, "isis")),
])
def test_the_side_fighting_the_victims_did_an_attack_told_without_doer(
        text: str, expected: tuple[str | None, str | None]) -> None:
    assert ids(of_type(text, "ASSAULT")[0]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تخوض القوات العراقية معارك ضد تنظيم داعش. وقتل جنديان من الجيش العراقي بانفجار "
     "عبوة ناسفة خلال عمليات تحرير قضاء الشرقاط.", ("isis", "IRQ")),
    # a bomb in a market is no battle of the war: the doer stays open
    ("تخوض القوات العراقية معارك ضد تنظيم داعش. وقتل جنديان من الجيش العراقي بانفجار "
     "عبوة ناسفة في سوق شعبي ببغداد.", (None, "IRQ")),
    # one of the side's commanders
    ("تخوض القوات العراقية معارك ضد تنظيم داعش. وأسفر انفجار عبوة ناسفة عن مقتل القيادي "
     "في الحشد الشعبي أبو مهدي المهندس خلال عمليات تحرير قضاء الشرقاط.",
     ("isis", "abu-mahdi-al-muhandis")),
    # an Iraqi in the enemy's own ranks (his gazetteer role) is not of the Iraqi side
    ("تخوض القوات العراقية معارك ضد تنظيم داعش. وأسفر قصف مدفعي عن مقتل أبو بكر "
     "البغدادي خلال عمليات تحرير الموصل.", (None, "abu-bakr-al-baghdadi")),
])
def test_iraqis_killed_in_the_battles_of_liberation_were_killed_by_the_enemy(
        text: str, expected: tuple[str | None, str | None]) -> None:
    found = [ids(e) for e in of_type(text, "ASSAULT")]
    assert expected in found
    assert expected[0] is not None or all(source != "isis" for source, _ in found)


def test_force_used_to_disperse_protesters_is_their_states() -> None:
    text = "وأسفر تفريق الاحتجاجات بالقوة عن مقتل ثلاثة متظاهرين في البصرة."
    assert [ids(e) for e in of_type(text, "ASSAULT")] == [("IRQ", "iraqi-protesters")]


def test_a_bomb_among_protesters_is_not_the_states() -> None:
    text = "وأسفر انفجار عبوة ناسفة عن مقتل ثلاثة متظاهرين في مدينة البصرة أمس."
    assert ("IRQ", "iraqi-protesters") not in [ids(e) for e in of_type(text, "ASSAULT")]


@pytest.mark.parametrize("text", [
    # the protest's target read as the one arrested
    "اعتقلت السلطات الإيرانية مقتدى الصدر في مدينة مشهد. "
    "وشهدت مدينة النجف احتجاجات على اعتقال الصدر.",
    # no target read: the arrest protested against gives it, not the protesters' own state
    "اعتقلت السلطات الإيرانية مقتدى الصدر في مدينة مشهد. "
    "ونظم أنصاره في النجف مظاهرة ضد اعتقال الزعيم الشيعي مقتدى الصدر.",
])
def test_a_protest_against_an_arrest_is_aimed_at_who_arrested(text: str) -> None:
    assert [ids(e) for e in of_type(text, "PROTEST")] == [("iraqi-protesters", "IRN")]


def test_a_protest_after_an_arrest_is_not_against_it() -> None:
    text = ("اعتقلت السلطات الإيرانية مقتدى الصدر في مدينة مشهد. وتظاهر المئات في بغداد "
            "للمطالبة بالكهرباء بعد يوم من اعتقال مقتدى الصدر.")
    assert all(target != "IRN" for _, target in map(ids, of_type(text, "PROTEST")))


@pytest.mark.parametrize(("text", "type_", "expected"), [
    # his visit: the person named last before the noun, not the subject of another clause
    ("لا تنسى طهران خلافها القديم مع مقتدى الصدر، وكان آخر فصوله زيارته إلى الرياض.",
     "CONSULT", ("muqtada-al-sadr", "SAU")),
    # the subject of the noun's own verb: a name inside it (بزعامة X) is not meant
    ("أعلن التيار الصدري بزعامة مقتدى الصدر رفضه الاتفاقية.", "REJECT",
     ("sadrist-movement", None)),
    # a verb between with its subject unsaid: that subject is meant, not the name before
    ("وصل وزير الخارجية الأردني إلى الدوحة حاملا رسالة إلى أمير قطر تميم بن حمد آل ثاني، "
     "حيث أكد خلال زيارته عمق العلاقات.", "CONSULT", ("JOR", None)),
])
def test_his_event_is_done_by_the_one_the_pronoun_refers_to(
        text: str, type_: str, expected: tuple[str | None, str | None]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]

"""Event extraction on short Arabic sentences written for these tests, one construction
per case, through the real pipeline (real morphology database when present)."""

from __future__ import annotations

import pytest

from kg.model import Event
from tests.extraction import events, ids


def one(text: str, type_: str) -> Event:
    found = [e for e in events(text) if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.source, e.target) for e in events(text)]}"
    return found[0]



@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    # active VSO, actor nearest the verb is the subject
    ("أدانت الحكومة العراقية الهجوم على السفارة.", "ACCUSE", "IRQ", None),
    ("طالب البرلمان العراقي الولايات المتحدة بسحب قواتها.", "REQUEST", "iraqi-parliament", "USA"),
    # SVO
    ("إيران تتهم إسرائيل بتنفيذ الهجوم.", "ACCUSE", "IRN", "ISR"),
    # مع Y
    ("بحث رئيس الوزراء العراقي مع السفير الإيراني الأوضاع الأمنية.", "CONSULT", "IRQ", "IRN"),
    # بين X و Y
    ("جرت محادثات بين العراق والولايات المتحدة في بغداد.", "CONSULT", "IRQ", "USA"),
    # تلقى X اتصالا من Y → caller Y
    ("تلقى رئيس الجمهورية العراقي اتصالا هاتفيا من الرئيس الإيراني.", "CONSULT", "IRN", "IRQ"),
    # استقبل X Y → visitor Y is the source
    ("استقبل الرئيس العراقي وزير الخارجية الإيراني في بغداد.", "CONSULT", "IRN", "IRQ"),
    # passive with an agent
    ("استُهدفت القوات الأمريكية من قبل تنظيم داعش.", "ASSAULT", "isis", "USA"),
    # nominal trigger naming its participants
    ("شنت الطائرات الأمريكية غارات على مواقع كتائب حزب الله.", "ASSAULT", "USA", "kataib-hezbollah"),
    ("ندد حزب الله بالضربات الإسرائيلية.", "ACCUSE", "hezbollah", "ISR"),
    ("رحبت الأمم المتحدة بالاتفاق.", "SUPPORT", "un", None),
    ("رفضت إيران المقترح الأمريكي.", "REJECT", "IRN", "USA"),
    ("هدد الحرس الثوري الولايات المتحدة.", "THREATEN", "irgc", "USA"),
    ("اعتقلت السلطات الإيرانية ناشطين.", "COERCE", "IRN", None),
    ("انسحبت القوات الأمريكية من قاعدة عين الأسد.", "RETREAT", "USA", None),
    ("اتفق العراق وإيران على تعزيز التبادل التجاري.", "AGREE", "IRQ", "IRN"),
])
def test_arguments(text: str, type_: str, source: str, target: str | None) -> None:
    event = one(text, type_)
    assert ids(event)[0] == source
    if target is not None:
        assert ids(event)[1] == target


def test_symmetric_meeting() -> None:
    event = one("التقى وزير الخارجية الأمريكي نظيره العراقي في واشنطن.", "CONSULT")
    assert event.symmetric and event.mode == "meet"


def test_headline_quote_gives_the_speaker() -> None:
    event = one("الخارجية الإيرانية: ندين الضربات الأمريكية في سوريا", "ACCUSE")
    assert ids(event)[0] == "IRN"


def test_reporting_verb_passes_its_subject() -> None:
    event = one("قال وزير الدفاع الأمريكي إن بلاده ترفض أي تصعيد.", "REJECT")
    assert ids(event)[0] == "USA"


@pytest.mark.parametrize(("text", "flag"), [
    ("أكدت واشنطن أنها لن تسحب قواتها من العراق.", "negated"),
    ("نفت الحكومة العراقية أنها لم تطالب بالانسحاب.", "negated"),
    ("سيزور وزير الخارجية الأمريكي بغداد الأسبوع المقبل.", "future"),
    ("قال الرئيس الأمريكي إنه إذا طلبت الحكومة العراقية ذلك فإن بلاده ستسحب قواتها من العراق.",
     "hypothetical"),
])
def test_flags(text: str, flag: str) -> None:
    assert any(getattr(e, flag) for e in events(text))


def test_unknown_person_from_title_and_name() -> None:
    event = one("التقى السفير الأمريكي في بغداد جون سميث رئيس الوزراء العراقي.", "CONSULT")
    assert event.source is not None and event.source.kind == "person"
    assert event.source.country == "USA" and event.source.id.startswith("person-")


def test_bare_title_resolves_to_the_person_named_earlier() -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس العراقي.\n"
            "وانتقد وزير الخارجية الأمريكي الهجمات على السفارة.")
    accuse = one(text, "ACCUSE")
    assert ids(accuse)[0] == "antony-blinken"


def test_bare_title_without_earlier_name_resolves_to_the_state() -> None:
    assert ids(one("انتقد السفير الأمريكي الهجمات على السفارة.", "ACCUSE"))[0] == "USA"


def test_the_two_speakers_are_the_people_of_the_previous_meeting() -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء العراقي محمد شياع "
            "السوداني.\nواتفق الوزيران على مواصلة التشاور.")
    agree = one(text, "AGREE")
    assert set(ids(agree)) == {"antony-blinken", "mohammed-shia-al-sudani"}


def test_the_two_sides_are_the_states_of_the_previous_meeting() -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء العراقي محمد شياع "
            "السوداني.\nواتفق الجانبان على مواصلة التشاور.")
    agree = one(text, "AGREE")
    assert set(ids(agree)) == {"USA", "IRQ"} and agree.symmetric


def test_surname_after_full_name() -> None:
    text = "وصل محمد شياع السوداني إلى طهران.\nوالتقى السوداني الرئيس الإيراني."
    assert ids(one(text, "CONSULT"))[0] == "mohammed-shia-al-sudani"


def test_same_event_twice_is_one_event_with_two_mentions() -> None:
    text = ("العراق يدين الضربات الأمريكية\n"
            "أدانت الحكومة العراقية الضربات الأمريكية على مواقع الفصائل.")
    accuse = [e for e in events(text) if e.type == "ACCUSE"]
    assert len(accuse) == 1 and len(accuse[0].evidence) == 2


def test_numbers_are_not_dates_or_places() -> None:
    event = one("نشرت الولايات المتحدة 2500 جندي في العراق.", "MOBILIZE")
    assert event.date is None and event.place is not None and event.place.id == "IRQ"


def test_offsets_point_into_the_original_text() -> None:
    text = "مقدمة قصيرة.\nأدانت إيران الهجوم على القنصلية."
    event = one(text, "ACCUSE")
    assert text[event.span[0]:event.span[1]] == event.sentence
    assert event.sentence.startswith("أدانت")


def test_locative_country_is_a_place_not_a_target() -> None:
    event = one("نفذت الطائرات الأمريكية غارات جوية على مواقع داعش في سوريا.", "ASSAULT")
    assert ids(event) == ("USA", "isis") and event.place is not None
    assert event.place.id == "SYR"

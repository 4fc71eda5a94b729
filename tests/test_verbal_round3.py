"""Verbal events, round 3: implicit accusations through a harm said of an actor's thing,
a relative clause or support for terrorism; one construction per case, in sentences
written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import events, ids, of_type

_SPEAKER = "وقال وزير الخارجية العراقي إن "


@pytest.mark.parametrize(("text", "blamed"), [
    # a thing qualified by a nationality adjective is that state's
    (_SPEAKER + "السدود التركية تتسبب في أزمة مياه خانقة.", "TUR"),
    # the harm told first, and who caused it in a relative clause after it
    (_SPEAKER + "الدمار الذي تسببت به سياسات رئيس الوزراء العراقي السابق نوري المالكي كبير.",
     "nouri-al-maliki"),
    # a disaster done on someone's orders
    (_SPEAKER + "انهيار الجيش في المدينة كان بأوامر من رئيس الوزراء العراقي السابق نوري "
     "المالكي.", "nouri-al-maliki"),
    # support for terrorism, with the owner's pronoun, as a verb, or with the owner named
    (_SPEAKER + "إيران ستدفع الثمن بسبب دعمها للإرهاب.", "IRN"),
    (_SPEAKER + "إيران تمول الجماعات الإرهابية في المنطقة.", "IRN"),
    (_SPEAKER + "دعم إيران للجماعات الإرهابية يهدد المنطقة.", "IRN"),
])
def test_a_speaker_blames_through_a_harm_or_support_for_terror(text: str, blamed: str) -> None:
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("IRQ", blamed)]


@pytest.mark.parametrize("text", [
    _SPEAKER + "الأزمة التركية تسببت في خسارة كبيرة.",  # the thing is itself the harm
    _SPEAKER + "إعادة إعمار المدينة جرت بتوجيهات من رئيس الوزراء العراقي حيدر العبادي.",
    _SPEAKER + "بلاده ستواصل دعم جهود مكافحة الإرهاب في المنطقة.",
    "السدود التركية تسببت في أزمة مياه خانقة في العراق.",  # the reporter's narration
    _SPEAKER + "لبنان يعاني بسبب دعمها للإرهاب.",  # her support is not Lebanon's
])
def test_no_blame_without_a_harm_a_terror_object_or_a_speaker(text: str) -> None:
    assert not of_type(text, "ACCUSE")


def test_an_opinion_with_yara_has_its_holder_as_speaker() -> None:
    text = "ويرى وزير الخارجية العراقي أن السدود التركية تتسبب في أزمة مياه خانقة."
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("IRQ", "TUR")]


def test_support_for_terror_inside_a_told_accusation_is_that_accusation() -> None:
    text = "وأضاف وزير الخارجية العراقي أن السعودية تتهم إيران بدعم الإرهاب في المنطقة."
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("SAU", "IRN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وزارة الخزانة الأمريكية تلاحق شركات إيرانية بتهمة غسل الأموال.", [("USA", "IRN")]),
    ("وتلاحق القوات العراقية عناصر تنظيم داعش في الصحراء.", []),  # a hunt, not a case
    ("وقال وزير الخارجية العراقي إن الاجتماع سيعقد لاحقا في بغداد.", []),  # "later"
])
def test_pursuing_a_body_by_law_is_an_investigation(text: str, expected: list) -> None:
    assert [ids(e) for e in of_type(text, "ACCUSE")] == expected


def test_a_participle_after_fa_qad_takes_the_subject_of_the_answering_verb() -> None:
    text = ("ووفقا لمعلومات حصلت عليها الصحيفة من مصادر في بغداد فقد أبلغ وزير الخارجية "
            "البريطاني رئيس الوزراء العراقي أن لندن لن ترسل طائرات جديدة رافضا تعويض العراق "
            "عن خسائره.")
    assert [ids(e)[0] for e in of_type(text, "REJECT")] == ["GBR"]


@pytest.mark.parametrize(("text", "expected"), [
    # the author of the speech attacks the one named after the resumptive pronoun
    ("واستمع النواب إلى خطاب للرئيس الإيراني حسن روحاني، هاجم فيه الولايات المتحدة.",
     [("hassan-rouhani", "USA")]),
    ("وفي محاضرة لوزير الخارجية الإيراني، انتقد فيها السياسة الأمريكية في المنطقة.",
     [("IRN", "USA")]),
    # an author the gazetteer does not know: the name after the pronoun is still no subject
    ("وأشار التقرير إلى محاضرة لرجل دين، هاجم فيها حسن روحاني بشدة.", []),
    # a statement with no author: the name after the pronoun is the subject
    ("وفي بيان، اتهم فيه وزير الخارجية الإيراني الولايات المتحدة بالتدخل.", [("IRN", "USA")]),
])
def test_a_verb_told_of_a_speech_has_its_author_as_subject(text: str, expected: list) -> None:
    assert [ids(e) for e in of_type(text, "ACCUSE")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال وزير الدفاع الإيراني إننا سنرد على الولايات المتحدة بقوة.", [("IRN", "USA")]),
    # a quotation opened in the sentence before goes on, and the object's relative clause
    # names whom the vow is against
    ("وقال وزير الخارجية الأمريكي: «لن نقف مكتوفي الأيدي. وسنصد التحركات التي تدعمها "
     "إيران في المنطقة».", [("USA", "IRN")]),
    ("وقال وزير الدفاع الإيراني إننا سنرد بقوة.", []),  # no one in particular
    ("وقال وزير الدفاع الإيراني إنه سيرد على الأسئلة غدا.", []),  # not a first person vow
    ("وقال وزير الدفاع الإيراني إننا سنرد على رسالة الرئيس الأمريكي قريبا.", []),  # a reply
])
def test_a_first_person_vow_to_strike_back_is_a_threat(text: str, expected: list) -> None:
    assert [ids(e) for e in of_type(text, "THREATEN")] == expected


def test_a_plural_verb_in_a_ministers_words_is_not_his_act() -> None:
    text = ("وقال وزير الخارجية الأمريكي: «حزب الله منظمة خطيرة. وما داموا يدعمونه "
            "فلن نتعاون معهم».")
    assert not of_type(text, "SUPPORT")


def test_the_object_of_a_welcome_is_the_doing_of_the_subject_of_its_relative_clause() -> None:
    text = "ورحب وزير الخارجية الأمريكي بالخطوات التي اتخذتها الحكومة العراقية."
    assert [ids(e) for e in of_type(text, "SUPPORT")] == [("USA", "IRQ")]


@pytest.mark.parametrize("text", [
    "قال الرئيس الأمريكي إن قواته ستبقى إذا طلبت الحكومة العراقية ذلك.",
    "وقال وزير الخارجية الأمريكي إن القوات لن تبقى إلا في حال الحكومة العراقية (طلبت ذلك).",
    "وقال وزير الخارجية الإيراني إن بلاده سترد لو رفضت واشنطن العرض.",
])
def test_the_verb_of_a_condition_states_no_event(text: str) -> None:
    assert not [e for e in events(text) if e.type in ("REQUEST", "REJECT")]


def test_an_event_that_answers_a_condition_keeps_the_hypothetical_flag() -> None:
    text = "وقال وزير الخارجية الأمريكي إنه إذا طلبت الحكومة العراقية ذلك فإن بلاده ستسحب قواتها."
    assert [e.hypothetical for e in events(text)] == [True]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعرب الرئيس الأمريكي عن دعم واشنطن القوي للتعاون بين قوات العشائر والحكومة العراقية.",
     [("USA", "IRQ")]),
    ("وأكد وزير الخارجية البريطاني دعم بلاده للحوار بين الحكومة العراقية والعشائر.",
     [("GBR", "IRQ")]),
])
def test_support_for_joint_action_between_two_parties_backs_the_state(text: str,
                                                                      expected: list) -> None:
    assert [ids(e) for e in of_type(text, "SUPPORT")] == expected


def test_after_sabaqa_the_one_marked_with_lam_is_the_subject() -> None:
    text = "وتضاف هذه المنحة إلى قروض سبق لفرنسا أن وعدت بها بغداد العام الماضي."
    assert [ids(e) for e in of_type(text, "AGREE")] == [("FRA", "IRQ")]


def test_a_conjoined_accusation_keeps_the_person_named_after_a_nationality_adjective() -> None:
    text = ("وصعّد المتحدث السابق باسم وفد التفاوض النووي الإيراني، حسن روحاني، من نبرة "
            "خطابه، واتهم الوزير الكندي بالتحريض.")
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("hassan-rouhani", "CAN")]


def test_a_long_subject_and_a_date_between_the_words_of_a_demand() -> None:
    text = ("شدد رئيس الوزراء العراقي حيدر العبادي، اليوم الأحد، على ضرورة انسحاب القوات "
            "التركية من بعشيقة.")
    assert [ids(e) for e in of_type(text, "REQUEST")] == [("haider-al-abadi", "TUR")]


def test_with_me_after_a_meeting_names_the_speaker() -> None:
    text = ('وقال وزير الخارجية الأمريكي: "أكد مندوبو إيران الذين اجتمعوا معي أن القرار '
            'في طهران".')
    assert [ids(e) for e in of_type(text, "CONSULT")] in ([("IRN", "USA")], [("USA", "IRN")])


def test_a_reporting_verb_with_no_subject_goes_on_with_the_subject_before() -> None:
    text = ("وأجرى وزير الخارجية الأمريكي جولة في المنطقة.\n"
            "وقال في مقابلة مع قناة محلية إن إيران تدعم الإرهاب في المنطقة.")
    assert [ids(e) for e in of_type(text, "ACCUSE")] == [("USA", "IRN")]


def test_his_country_in_the_words_of_a_speaker_from_before_is_his_state() -> None:
    text = ("وقال وزير الخارجية الكندي روب نيكولسون إن الاجتماع كان مثمرا.\n"
            "وأضاف أن بلاده ستقدم مساعدة أخرى إلى الحكومة العراقية.")
    assert [ids(e) for e in of_type(text, "AGREE")] == [("CAN", "IRQ")]


def test_a_promise_to_give_goes_to_the_government_after_ila() -> None:
    text = ("وتعهدت الدول الأعضاء في التحالف الدولي الذي تقوده الولايات المتحدة خلال اجتماع "
            "في باريس أمس بتقديم مساعدات عسكرية إضافية إلى الحكومة العراقية.")
    assert [ids(e) for e in of_type(text, "AGREE")] == [("global-coalition", "IRQ")]


@pytest.mark.parametrize(("text", "expected"), [
    # "his visit" is not Tehran's: the masculine pronoun points to someone else
    ("ولا تنسى طهران مواقف الزعيم الشيعي، وآخرها كان زيارته إلى السعودية.", []),
    ("وأكد رئيس الوزراء العراقي حيدر العبادي أهمية زيارته إلى السعودية.",
     [("haider-al-abadi", "SAU")]),
])
def test_his_visit_is_no_feminine_states_visit(text: str, expected: list) -> None:
    assert [ids(e) for e in of_type(text, "CONSULT")] == expected

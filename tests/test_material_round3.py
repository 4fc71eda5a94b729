"""Material cooperation and sanctions, round 3: passive agents, recipients of what is
given or promised, objects held inside a phrase, and new AID / SANCTION / MOBILIZE /
RETREAT rows.  One construction per case, in sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import ids, of_type

# (text, type, (source, target)) — target None: the test does not check it
PASSIVE_AGENTS = [
    # an adverb (الآن) between the auxiliary and the verbal noun; who is trained stands
    # between the noun and the agent
    ("ويتم الآن تدريب مقاتلي عصائب أهل الحق على يد قوات إيرانية في معسكر قرب الحدود.",
     "AID", ("IRN", "asaib-ahl-al-haq")),
    # no auxiliary: the verbal noun with its agent after من قبل, listed after إضافة لـ
    ("وتم تجهيز ألف متطوع بالعتاد، إضافة لتدريب خمسمئة شرطي في قاعدة قريبة من قبل القوات البريطانية.",
     "AID", ("GBR", None)),
    # taking ground back told as a passive periphrasis with its doer
    ("وأعلن المتحدث أنه تم تحرير خمس قرى جنوب المدينة على يد القوات العراقية.",
     "ASSAULT", ("IRQ", None)),
    # the verb of retaking ground, with forces as its subject
    ("حررت القوات العراقية بلدة هيت بعد معارك استمرت أسبوعين.", "ASSAULT", ("IRQ", None)),
]


@pytest.mark.parametrize("text,type_,expected", PASSIVE_AGENTS)
def test_passive_agents(text: str, type_: str, expected: tuple[str, str | None]) -> None:
    found = of_type(text, type_)
    assert found, text
    source, target = ids(found[0])
    assert source == expected[0]
    if expected[1] is not None:
        assert target == expected[1]


def test_training_given_in_a_plan_is_no_passive_without_an_agent() -> None:
    assert not of_type("وتم تدريب ألف شرطي في بغداد.", "AID")


@pytest.mark.parametrize("text", [
    "وتحدث عن تعهدات من قبل تركيا بشأن المياه.",
    "وسأل النائب عما إذا كانت هناك فعلا تعهدات من قبل إيران لم يتم الالتزام بها.",
])
def test_pledges_with_min_qibal_and_no_auxiliary_are_talked_about(text: str) -> None:
    assert not of_type(text, "AGREE")


RECIPIENTS = [
    # a promise to give: the body after إلى, past a relative clause about the subject
    ("تعهدت الدول الأعضاء في حلف شمال الأطلسي الذي عقد قمته في روما أمس بتقديم منحة جديدة إلى الحكومة العراقية.",
     "AGREE", ("nato", "IRQ")),
    # what is cut goes back to who had it: ل right after the aid and its adjectives
    ("علقت الولايات المتحدة مساعداتها العسكرية لمصر.", "SANCTION", ("USA", "EGY")),
    # a receiving verb: the subject receives, the giver follows من
    ("تسلمت وزارة الدفاع العراقية دفعة من الدبابات من روسيا.", "AID", ("RUS", "IRQ")),
    ("تلقى العراق مساعدات طبية من اليابان.", "AID", ("JPN", "IRQ")),
]


@pytest.mark.parametrize("text,type_,expected", RECIPIENTS)
def test_recipients(text: str, type_: str, expected: tuple[str, str]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]


def test_a_quote_continued_with_his_country_speaks_for_the_state() -> None:
    text = ("وقال وزير الخارجية الألماني سيغمار غابرييل في مؤتمر صحفي إن الحرب على داعش لم تنته. "
            "وأضاف أن بلاده ستقدم مساعدات إضافية لإعادة الإعمار.")
    assert [ids(e)[0] for e in of_type(text, "AGREE")] == ["DEU"]


INNER_OBJECTS = [
    # the object stands between the words of the trigger
    ("أدرجت واشنطن عصائب أهل الحق على قائمة المنظمات الإرهابية.",
     "SANCTION", ("USA", "asaib-ahl-al-haq")),
    ("أدرجت واشنطن ولندن عصائب أهل الحق على قائمة المنظمات الإرهابية.",
     "SANCTION", ("USA", "asaib-ahl-al-haq")),
    ("منحت اليابان العراق قرضا ميسرا بقيمة مليار دولار.", "AID", ("JPN", "IRQ")),
    # the envoy with his nationality: the state whose envoy is expelled
    ("طردت الحكومة العراقية السفير التركي احتجاجا على القصف.", "SANCTION", ("IRQ", "TUR")),
    # a long name and quotation marks between the words do not count as a gap
    ('والعام الماضي وضعت وزارة الخزانة الأمريكية "مصرف الهدى" على القائمة السوداء.',
     "SANCTION", ("USA", "al-huda-bank")),
]


@pytest.mark.parametrize("text,type_,expected", INNER_OBJECTS)
def test_objects_inside_a_phrase(text: str, type_: str, expected: tuple[str, str]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]


ROWS = [
    ("أرسلت إيران شحنة أسلحة إلى حزب الله عبر سوريا.", "AID", ("IRN", "hezbollah")),
    ("حظرت الحكومة العراقية استيراد الدواجن من إيران.", "SANCTION", ("IRQ", "IRN")),
    ("صنفت الولايات المتحدة الحرس الثوري منظمة إرهابية.", "SANCTION", ("USA", "irgc")),
    # a private person (a journalist) is not the state of their nationality adjective
    ("أخلت السلطات الإيرانية سبيل الصحفي الأمريكي.", "RETREAT", ("IRN", None)),
    ("أجرت القوات الإيرانية مناورات عسكرية واسعة قرب الحدود.", "MOBILIZE", ("IRN", None)),
]


@pytest.mark.parametrize("text,type_,expected", ROWS)
def test_new_rows(text: str, type_: str, expected: tuple[str, str | None]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]


def test_military_drills_are_no_training_given() -> None:
    text = "أجرى الجيش العراقي تدريبات عسكرية بالذخيرة الحية قرب بغداد."
    assert [ids(e)[0] for e in of_type(text, "MOBILIZE")] == ["IRQ"]
    assert not of_type(text, "AID")


def test_political_manoeuvres_are_no_military_exercise() -> None:
    assert not of_type("كان رئيس الوزراء العراقي يقوم بمناورات لكسب الوقت.", "MOBILIZE")


NAMED_AID = [
    # aid named by its giver's nationality, and meant to strengthen a party: that party
    ("وقال المتحدث إن قيمة المساعدة اليابانية بلغت عشرة ملايين دولار وتهدف لتعزيز قدرات الشرطة العراقية.",
     ("JPN", "IRQ")),
    ("قدمت اليابان منحة بقيمة عشرة ملايين دولار لدعم الجيش اللبناني.", ("JPN", "LBN")),
]


@pytest.mark.parametrize("text,expected", NAMED_AID)
def test_aid_named_by_its_giver_goes_to_whom_it_strengthens(
        text: str, expected: tuple[str, str]) -> None:
    assert [ids(e) for e in of_type(text, "AID")] == [expected]


def test_aid_pointed_back_to_is_no_new_event() -> None:
    assert not of_type("وتضاف هذه المساعدة اليابانية إلى منح سابقة بقيمة مئة مليون دولار.", "AID")


def test_forces_pulled_out_to_fight_elsewhere_are_redeployed() -> None:
    text = "سحبت وزارة الدفاع العراقية لواءين من الأنبار للمشاركة في معارك الموصل."
    assert [ids(e)[0] for e in of_type(text, "MOBILIZE")] == ["IRQ"]
    assert not of_type(text, "RETREAT")
    assert of_type("انسحبت القوات الأمريكية من قاعدة عين الأسد.", "RETREAT")


MORE_ROWS = [
    ("قاتلت فصائل الحشد الشعبي إلى جانب الجيش العراقي في تكريت.",
     "COOPERATE", ("popular-mobilization-forces", "IRQ")),
    ("سلمت القوات الأمريكية قاعدة التاجي إلى الجيش العراقي.", "RETREAT", ("USA", "IRQ")),
    ("أرسلت الولايات المتحدة خمسمئة مستشار عسكري إلى العراق.", "MOBILIZE", ("USA", None)),
    # the two sides of a shared act inside its phrase; the topic after حول is no party
    ("تبادلت بغداد وطهران معلومات استخباراتية حول تحركات داعش.", "COOPERATE", ("IRQ", "IRN")),
]


@pytest.mark.parametrize("text,type_,expected", MORE_ROWS)
def test_more_rows(text: str, type_: str, expected: tuple[str, str | None]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]


def test_a_promise_to_give_goes_to_the_party_after_lam() -> None:
    text = "تعهدت الولايات المتحدة بتقديم مئتي مليون دولار للعراق."
    assert [ids(e) for e in of_type(text, "AGREE")] == [("USA", "IRQ")]


SUPPLIES_AND_REINFORCEMENTS = [
    ("أوقفت إيران إمدادات الغاز إلى العراق.", "SANCTION", "IRN"),
    ("قطعت تركيا إمدادات المياه عن المدينة.", "SANCTION", "TUR"),
    # reinforcements named by their nationality (the plural's lemma is تعزيز)
    ("وصلت تعزيزات عسكرية أمريكية إلى قاعدة عين الأسد.", "MOBILIZE", "USA"),
]


@pytest.mark.parametrize("text,type_,source", SUPPLIES_AND_REINFORCEMENTS)
def test_supplies_cut_and_reinforcements(text: str, type_: str, source: str) -> None:
    assert [ids(e)[0] for e in of_type(text, type_)] == [source]


RECEIVED_GOODS_AND_HOSTS = [
    # a receiving verb with no من: the nationality of what was received gave it
    ("تسلم الجيش اللبناني شحنة أسلحة أمريكية جديدة.", "AID", ("USA", "LBN")),
    ("العراق يتسلم طائرات روسية جديدة.", "AID", ("RUS", "IRQ")),
    # a mission closed in a capital is taken from that capital's state
    ("أغلقت الولايات المتحدة سفارتها في دمشق.", "SANCTION", ("USA", "SYR")),
]


@pytest.mark.parametrize("text,type_,expected", RECEIVED_GOODS_AND_HOSTS)
def test_received_goods_and_hosts(text: str, type_: str, expected: tuple[str, str]) -> None:
    assert [ids(e) for e in of_type(text, type_)] == [expected]

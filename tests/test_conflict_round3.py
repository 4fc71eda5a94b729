"""Attacks and protests, round 3: constructions that report them, and talk that does not.

One construction per case, in sentences written for these tests (none is taken from the
development or evaluation sets).
"""

from __future__ import annotations

import pytest

from tests.extraction import ids, of_type


def reported(text: str, type_: str) -> bool:
    """Whether extraction emits a non-negated event of ``type_`` for the text."""
    return any(not e.negated for e in of_type(text, type_))


@pytest.mark.parametrize("text", [
    # the subject undergoes the attack, however long the subject (تعرض … لـ)
    "تعرض مدير مكتب الحزب في المدينة ليلة الأحد، للخطف على أيدي مسلحين ملثمين.",
    # نجا من: the attack happened, whatever the subject between
    "نجا محافظ الولاية الجديد، من انفجار عبوة ناسفة عند مرور موكبه قرب الجسر.",
], ids=["undergo-long-subject", "survived"])
def test_undergoing_an_attack_reports_it(text: str) -> None:
    assert reported(text, "ASSAULT")


def test_preparing_to_undergo_an_attack_is_no_report() -> None:
    assert not reported("دعا قائد سابق الجيش إلى الاستعداد للتعرض لقصف بالصواريخ.", "ASSAULT")


@pytest.mark.parametrize("text", [
    # VSO: the subject stands between the verb and what it fires
    "أطلقت مساء أمس طائرة بلا طيار تابعة للجيش صاروخين على منزل في القرية.",
    # نار is the lemma of نيران with a pronoun
    "قال شهود إن مدرعات الشرطة أطلقت نيرانها على الحي.",
    # the verbal noun of firing, after قام بـ
    "وقام مسلحون في سيارة باطلاق أربعة صواريخ على المعسكر.",
], ids=["vso-object", "fire-with-pronoun", "verbal-noun"])
def test_firing_weapons_reports_an_attack(text: str) -> None:
    assert reported(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "نفذ ثلاثة من عناصر الجماعة عمليات انتحارية في العاصمة الأسبوع الماضي.",
    # a place that saw an attack
    "وكانت القرية قد شهدت مجزرة بتفجير سيارة مفخخة في الربيع.",
    # a number of attacks between the preposition and its noun
    "قتل ضابط وأصيب تسعة آخرون في ثلاث هجمات متفرقة في المدينة أمس.",
], ids=["suicide-operation", "place-saw", "counted-attacks"])
def test_attack_nouns_reported_by_their_construction(text: str) -> None:
    assert reported(text, "ASSAULT")


def test_toll_over_past_years_is_no_event() -> None:
    assert not reported("وقتل خلال السنوات الثلاث الماضية أكثر من 40 صحافيا في البلاد.",
                        "ASSAULT")


@pytest.mark.parametrize("text", [
    # a source announcing a killing reports it
    "أعلنت الشرطة المحلية مقتل حارسين وإصابة سائق في المدينة.",
    # wounded in an attack whose noun carries the report; the verb after it describes it
    "جرح ضابط كبير في تفجير سيارة مفخخة استهدفت موكبه.",
    "قتل ثلاثة جنود في هجوم انتحاري استهدف ثكنة للجيش.",
], ids=["announced", "wounded-in", "killed-in"])
def test_attack_reported_through_its_noun(text: str) -> None:
    assert reported(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # an indirect question asks about the act
    "تساءل الأهالي كيف خطف مسلحون الطبيب من أمام منزله.",
    # a verb describing an attack noun of the background is background too
    "عقد البرلمان جلسة طارئة في أعقاب هجوم انتحاري استهدف ثكنة للجيش.",
    # an anniversary looks back on the attack and on what it was done with
    "أحيا أنصار الحزب الذكرى الثالثة لاغتيال زعيمهم مع أربعة من مرافقيه بتفجير سيارة مفخخة.",
    # the toll of an attack one is accused of, however long its description
    "أفرجت المحكمة عن ثلاثة متهمين بالضلوع في الهجوم الذي نفذته الجماعة على السوق "
    "الشعبي في الصيف الماضي على أطراف المدينة، وأسفر عن مقتل عشرين.",
    # stopping an attack is no attack
    "أعلن قائد الجيش وقف القصف المدفعي على المدينة.",
    # the purpose of an act is a verbal noun
    "أرسلت الجماعة شابا إلى المدينة بهدف قتل القاضي.",
    # whatever they do is no particular act
    "قال إن الشعب لن يستسلم مهما فعل المحتلون من قصف وتدمير.",
    # what one confesses to is the content of the confession
    "اعترف المتهم أمام القاضي بتنفيذ الاعتداء على مركز الشرطة.",
    # preachers attack in words
    "هاجم خطباء المساجد الإضرابات في خطب الجمعة.",
], ids=["indirect-question", "described-background", "anniversary", "toll-of-accused",
        "stopped", "purpose", "whatever", "confession", "preachers"])
def test_attack_talked_about_is_no_report(text: str) -> None:
    assert not reported(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "توجه آلاف المتظاهرين إلى مقر البرلمان في العاصمة.",
    "وشكل مئات الطلاب سلسلة بشرية حول الجامعة احتجاجا على رفع الرسوم.",
    # protesters named well before the verb
    "وقال شهود إن المحتجين من عمال المصانع وطلاب الجامعات تدفقوا في شوارع العاصمة.",
    # قام بـ + verbal noun, however long the subject
    "وقام المعتصمون من أنصار النقابة المستقلة للمعلمين في المدينة بنصب خيامهم أمام مبنى الوزارة.",
], ids=["headed-to", "human-chain", "flooded-streets", "pitched-tents"])
def test_crowd_actions_report_a_protest(text: str) -> None:
    assert reported(text, "PROTEST")


@pytest.mark.parametrize("text", [
    # a crowd in the streets is no protest by itself
    "تدفق آلاف الحجاج في شوارع المدينة القديمة.",
    # warned against: not done
    "حذرت الشرطة المحتجين من مغبة نصب الخيام في الساحة العامة.",
    # likened to protests told elsewhere
    "وشهدت مدن أخرى مظاهرات مماثلة.",
    # the frame reaches past a number word also read as a verb (اثنين)
    "استقال الوزير بعد وفاة اثنين من المحتجين في مظاهرة السبت الماضي.",
], ids=["pilgrims", "warned-against", "similar", "framed"])
def test_protest_talked_about_is_no_report(text: str) -> None:
    assert not reported(text, "PROTEST")


def test_armed_force_after_the_lam_of_an_attack_noun_is_the_attacker() -> None:
    found = of_type("قتل عشرة مدنيين خلال قصف جوي للقوات العراقية استهدف منزلا في الرطبة.",
                    "ASSAULT")
    # one attack: the killing with no doer joins the strike that names it
    assert [ids(e) for e in found] == [("IRQ", None)]


def test_the_holder_after_the_lam_is_what_is_hit() -> None:
    found = of_type("نفذ التحالف ضربة جوية لمواقع داعش قرب الموصل.", "ASSAULT")
    assert ("isis" in {ids(e)[1] for e in found})


@pytest.mark.parametrize("text,type_", [
    ("استخدمت قوات الأمن القوة ضد المعتصمين في البصرة أمس.", "ASSAULT"),
    ("وأسفر استخدام القوة ضد المظاهرات في البصرة عن مقتل 14 شخصا.", "ASSAULT"),
    # قيام X بـ: the verbal noun of قام names the doer too
    ("وتواصلت الاحتجاجات رغم قيام قوات الأمن بإزالة خيام الاعتصام في البصرة.", "COERCE"),
], ids=["force-used", "use-of-force-noun", "tents-removed"])
def test_force_used_on_a_protest_targets_its_protesters(text: str, type_: str) -> None:
    found = [e for e in of_type(text, type_) if not e.negated]
    assert found and all(ids(e)[1] == "iraqi-protesters" for e in found)


def test_a_sit_in_broken_up_is_no_protest_by_the_police() -> None:
    assert not any(e.source and e.source.id == "IRQ"
                   for e in of_type("فضت الشرطة الاعتصام أمام مبنى البرلمان في بغداد.", "PROTEST"))


def test_an_actor_in_a_clause_describing_the_object_is_not_the_target() -> None:
    found = of_type("اعتقلت الشرطة الفرنسية ثلاثة شبان اقتحموا القنصلية الإيرانية في باريس.",
                    "COERCE")
    assert found and all(ids(e)[1] != "IRN" for e in found)


@pytest.mark.parametrize("text", [
    'وقال اللاجئ للصحيفة: "جاء المسلحون ليلا وقتلوا أخي أمام عيني".',
    "وقالت امرأة من القرية إن المسلحين قتلونا بالرصاص وهدموا بيوتنا.",
], ids=["quoted-my", "us"])
def test_an_attack_on_the_speakers_own_is_a_grievance(text: str) -> None:
    assert not reported(text, "ASSAULT")


def test_a_name_ending_like_my_is_no_grievance() -> None:
    assert reported("واغتيل كرامي بمتفجرة زرعت في طائرته.", "ASSAULT")


@pytest.mark.parametrize("text", [
    # a verb of taking place right after the noun
    "وتزامن الاجتماع مع هجوم انتحاري وقع في مبنى البلدية أمس.",
    # a background word before a verb governs that verb's clause, not the noun after it
    "قال مصدر أمني إن قنبلة ألقيت في قاعة محكمة أدت إلى مقتل خمسة حراس.",
], ids=["took-place", "court-room"])
def test_attack_nouns_said_to_have_happened(text: str) -> None:
    assert reported(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # described by its doer: no verb of taking place
    "وكانت صحيفة قد نشرت صورة لمحاولة اغتيال تعرض لها الوزير.",
    # years ago
    "أشار القائد إلى تفجير انتحاري حصل قبل أكثر من عام في المنطقة.",
], ids=["undergone-by-pronoun", "years-ago"])
def test_attack_nouns_of_the_background(text: str) -> None:
    assert not reported(text, "ASSAULT")


def test_buildings_blown_up_with_no_one_hurt_are_a_demolition() -> None:
    assert not reported("وقام الجيش بتفجير عدد من المنازل المهجورة في البلدة.", "ASSAULT")
    assert reported("وقام مسلحون بتفجير مبنى البلدية مما أسفر عن مقتل ثلاثة موظفين.", "ASSAULT")

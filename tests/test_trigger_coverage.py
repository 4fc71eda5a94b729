"""Trigger coverage of diplomatic and verbal events: participles, stance nouns, lists,
demands that govern their content, and the lexicon rows for blacklisting, aid, sharing
intelligence, threats and refusals."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import process_article
from tests.test_triggers import hits


def types(text: str) -> list[str]:
    """The types of the sentence's triggers in text order (repeats kept)."""
    return [h.type for h in hits(text)]


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    result = process_article(Article(id="t", text=text, source="<test>"),
                             strip_boilerplate=False)
    return [(e.type, e.source.id if e.source else None, e.target.id if e.target else None)
            for e in result.events]


def test_circumstantial_participle_is_a_verb_of_the_main_subject() -> None:
    found = [h for h in hits("التقى الوزير السفير، رافضا أي تدخل في شؤون بلاده.")
             if h.type == "REJECT"]
    assert len(found) == 1 and found[0].verbal


def test_participle_with_article_is_a_noun_not_an_act() -> None:
    assert "REJECT" not in types("استقبل المحافظ الرافضين للمشروع في مكتبه.")


def test_participle_of_demand_and_warning() -> None:
    assert "REQUEST" in types("انتقد النائب الحكومة، مطالبا بإقالة الوزير.")
    assert "THREATEN" in types("ندد الحزب بالقرار، محذرا من عواقبه.")


def test_own_commitment_is_an_agreement() -> None:
    assert "AGREE" in types("أكد الوزير التزامه بتنفيذ الاتفاق.")
    assert "AGREE" in types("أكد الرئيس استعداد بلاده لتقديم المساعدة.")


def test_someone_elses_readiness_is_reported_not_stated() -> None:
    assert "AGREE" not in types("أشار التقرير إلى استعداد الحكومة لمواجهة الأزمة.")


def test_noun_in_a_list_of_aims_is_no_event() -> None:
    assert "SUPPORT" not in types(
        "دعا المؤتمر إلى العمل لتعزيز الأمن في المنطقة، ودعم الاقتصاد المحلي.")


def test_verb_after_a_comma_stays_a_verb() -> None:
    found = [h for h in hits("التقى الرئيس بالوفد، ودعم جهوده.") if h.type == "SUPPORT"]
    assert found and found[0].verbal


def test_call_for_talks_is_one_request() -> None:
    assert types("دعا رئيس الجمهورية الحزبين المتخاصمين إلى حوار شامل.") == ["REQUEST"]


def test_for_whom_and_for_security_are_not_blame() -> None:
    assert "ACCUSE" not in types("لمن فاته الخبر، عقد المجلس الوطني للأمن جلسة طارئة.")
    assert "ACCUSE" in types("لام الوزير الفصائل على تصعيد الموقف.")


def test_owing_allegiance_is_no_condemnation() -> None:
    assert "ACCUSE" not in types("تدين هذه الجماعة بالولاء لزعيمها.")


def test_blacklisting_is_a_sanction() -> None:
    assert "SANCTION" in types("أدرجت وزارة الخزانة الشركة على قائمة الإرهاب.")
    assert "SANCTION" not in types("أدرجت اللجنة البند على قائمة جدول أعمالها.")


def test_curfew_is_coercion_and_embargo_a_sanction() -> None:
    assert types("فرضت السلطات حظر التجول في المدينة.") == ["COERCE"]
    assert "SANCTION" in types("فرض مجلس الأمن حظرا على بيع الأسلحة.")


def test_delivering_aircraft_is_aid() -> None:
    assert "AID" in types("أعلنت الوزارة تسليم طائرات مقاتلة إلى القوات الجوية.")
    assert "AID" not in types("أعلنت الأحزاب تسليم السلطة إلى الحكومة الجديدة.")


def test_sharing_intelligence_is_cooperation() -> None:
    assert "COOPERATE" in types("تبادل البلدان المعلومات الأمنية حول الخلايا النائمة.")
    assert "COOPERATE" in types("قدمت الحكومة معلومات استخبارية إلى حلفائها.")


def test_tour_with_light_verb_far_from_its_noun() -> None:
    found = events("أجرى وزير الخارجية الأمريكي أنتوني بلينكن، الأسبوع الماضي، جولة في بغداد.")
    assert any(t == "CONSULT" and src == "antony-blinken" for t, src, _ in found)


def test_tour_of_a_match_is_no_visit() -> None:
    assert "CONSULT" not in types("فاز الفريق في الجولة الأخيرة من الدوري.")


def test_leaving_a_treaty_is_rejecting_it() -> None:
    found = types("أعلنت الحكومة انسحابها من المعاهدة.")
    assert "REJECT" in found and "RETREAT" not in found


def test_sealing_a_deal_and_memorandum_are_agreements() -> None:
    assert "AGREE" in types("أبرم البلدان اتفاقية للتجارة الحرة.")
    assert "AGREE" in types("وقع الجانبان مذكرة تفاهم في مجال الطاقة.")


def test_brandishing_sanctions_is_a_threat_but_waving_flags_is_not() -> None:
    assert "THREATEN" in types("لوح الرئيس بفرض عقوبات جديدة على الشركات.")
    assert "THREATEN" not in types("لوح المشجعون بالأعلام في المدرجات.")


def test_a_local_ban_is_no_embargo() -> None:
    assert "SANCTION" not in types("فرضت البلدية حظرا على البناء في الحديقة العامة.")


def test_opposing_and_vetoing_are_rejections() -> None:
    assert "REJECT" in types("عارض النواب مشروع القانون.")
    assert "REJECT" in types("استخدمت روسيا حق النقض ضد القرار.")


def test_sending_a_message_is_no_deployment() -> None:
    assert "MOBILIZE" not in types("أرسل الرئيس رسالة إلى قادة القوات المسلحة.")
    assert "MOBILIZE" in types("أرسلت الحكومة قوات إضافية إلى الحدود.")


def test_denouncing_words() -> None:
    assert "ACCUSE" in types("شجبت الوزارة الاعتداء على البعثة.")
    assert "ACCUSE" in types("أعرب البرلمان عن استنكاره للقرار.")


def test_deadline_is_a_threat() -> None:
    assert "THREATEN" in types("أمهل الجيش المسلحين يومين لمغادرة البلدة.")


def test_breaking_up_a_sit_in_is_coercion() -> None:
    assert "COERCE" in types("فضت الشرطة اعتصام العمال أمام الوزارة.")


def test_summit_solidarity_coordination_donation_and_suspension() -> None:
    assert "CONSULT" in types("عقد القادة قمة طارئة في العاصمة.")
    assert "SUPPORT" in types("أعرب السفير عن تضامن بلاده مع الضحايا.")
    assert "COOPERATE" in types("نسق الجيش مع قوات الحلفاء لتأمين الطريق.")
    assert "AID" in types("تبرعت المنظمة بمليون دولار للمتضررين.")
    assert "SANCTION" in types("علقت المنظمة عضوية الدولة.")


def test_stressing_to_a_named_party_is_urging_it() -> None:
    assert "REQUEST" in types("وشدد على الحكومة العراقية أن تفي بوعودها.")
    assert "REQUEST" in types("وشدد نوري المالكي على الحكومة العراقية أن تفي بوعودها.")
    assert "REQUEST" not in types("شدد النائب على أن الحكومة ستفي بوعودها.")
    assert "REQUEST" not in types("شددت القوات الحصار على داعش في المدينة.")


def test_lifting_sanctions_is_a_concession_not_a_sanction() -> None:
    assert types("رفعت الحكومة العقوبات المفروضة على الشركة.") == ["CONCEDE"]
    # after a present-tense verb the word is the verbal noun, what is feared, not an act
    assert not [h for h in hits("تخشى إسرائيل أن يؤدي رفع العقوبات عن إيران إلى التصعيد.")
                if h.type == "CONCEDE" and h.verbal]


def test_backing_down_congratulating_and_massing_troops() -> None:
    assert "CONCEDE" in types("تراجعت الوزارة عن قرارها بإغلاق المعبر.")
    assert "SUPPORT" in types("بعث الرئيس برقية تهنئة إلى نظيره بمناسبة فوزه.")
    assert "SUPPORT" not in types("للجيش جنود هنا منذ سنوات.")
    assert "MOBILIZE" in types("حشد الجيش قواته على الحدود الشرقية.")


def test_allying_with_a_party_is_an_agreement() -> None:
    assert "AGREE" in types("تحالف الحزب الديمقراطي مع القوى الكردية في الانتخابات.")
    assert "AGREE" not in types("حث المرشد الأحزاب على عدم التحالف مع الحزب.")

"""Actors a report names, round 3: role nouns and long titles before a name set off by
commas, titles with a proclitic or an inner qualifier, national security councils,
province containment, nationality adjectives on bodies, and gazetteer coverage. Short
Arabic sentences written for these tests, one construction a case, through the real
analyser."""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.analyse import Document
from kg.model import Actor
from tests.extraction import document, ids, of_type


def mentions(text: str, index: int = 0) -> list[tuple[str, str]]:
    """(entity id, surface text) of the actor mentions of sentence ``index``."""
    return [(m.entity_id, m.text) for m in document(text).sentences[index].actors]


def titled_person(doc: Document) -> Actor:
    """The one person a title named in the first sentence of ``doc``."""
    found = [m for m in doc.sentences[0].actors if m.via == "title"
             and doc.actors[m.entity_id].kind == "person"]
    assert len(found) == 1, [(m.entity_id, m.text) for m in doc.sentences[0].actors]
    return doc.actors[found[0].entity_id]


# ---------------------------------------------------------------- titles and role nouns

@pytest.mark.parametrize(("text", "name", "country", "role"), [
    # a qualifier between a title's noun and its complement: المتحدث السابق باسم
    ("قال المتحدث السابق باسم الحكومة العراقية، سعد الحديثي، إن الاتفاق صامد.",
     "سعد الحديثي", "IRQ", "Government spokesperson"),
    ("أوضحت المتحدثة الرسمية باسم الخارجية الإيرانية، مريم رضائي، أن الوفد غادر.",
     "مريم رضائي", "IRN", "Spokesperson"),
    # a proclitic on the title: ل + رجل الدين, after a verbal noun
    ("أدانت المنظمة اعتقال الشرطة لرجل الدين السني العراقي، عمر الجبوري، في الموصل.",
     "عمر الجبوري", "IRQ", "Cleric"),
    # role nouns of private people, with nationality and sect adjectives
    ("قال الناشط الحقوقي العراقي، علي الساعدي، إن المعتقلين تعرضوا للتعذيب.",
     "علي الساعدي", "IRQ", "Human rights activist"),
    ("اعتقلت السلطات الصحفية التركية، أيشه يلدز، بعد نشر تقرير.",
     "أيشه يلدز", "TUR", "Journalist"),
    ("حذر الخبير الأمني العراقي، فاضل أبو رغيف، من عودة الهجمات.",
     "فاضل أبو رغيف", "IRQ", "Security expert"),
    # "في/عن + body" complements, and a name set off by commas whose words the analyser
    # does not read as names (الأديب "the man of letters")
    ("انتقد القيادي في حزب الدعوة، علي الأديب، أداء الحكومة.",
     "علي الأديب", "IRQ", "Senior figure"),
    ("طالب النائب عن ائتلاف دولة القانون، كاظم الصيادي، بمساءلة الوزير.",
     "كاظم الصيادي", "IRQ", "Member of Parliament"),
    # a foreign name the analyser reads as a verb (انجلينا), closed by its comma
    ("نجت وزيرة الدولة للشؤون الخارجية الكينية، انجلينا أوتينو، من محاولة اغتيال.",
     "انجلينا أوتينو", "KEN", "Minister"),
    # a comma-set name of four words
    ("قال النائب عن محافظة البصرة، عبد الكريم جاسم الساعدي، إن المياه مالحة.",
     "عبد الكريم جاسم الساعدي", "IRQ", "Member of Parliament"),
])
def test_a_role_noun_with_its_complement_names_the_person_after_the_comma(
        text: str, name: str, country: str, role: str) -> None:
    person = titled_person(document(text))
    assert (person.name_ar, person.country, person.role) == (name, country, role)


def test_the_secretary_of_a_state_council_is_named_through_the_councils_name() -> None:
    found = mentions("قال أمين المجلس الأعلى للأمن القومي الإيراني علي أكبر أحمديان إن "
                     "الرد قادم.")
    assert found[0][0] == "ali-akbar-ahmadian"


def test_a_private_title_alone_is_no_actor_and_its_adjective_is_not_the_state() -> None:
    # the activist is not Iraq: neither the title nor its adjective becomes IRQ
    found = mentions("اعتقلت قوات الأمن الناشط العراقي قرب منزله.")
    assert [entity for entity, _ in found] == ["security-forces"] or all(
        not text.startswith("الناشط") and text != "العراقي" for _, text in found)


def test_an_office_alone_still_stands_for_its_state() -> None:
    found = mentions("رفض الوزير العراقي الطلب.")
    assert found == [("IRQ", "الوزير العراقي")]


def test_a_title_after_a_preposition_is_another_person_not_a_title_chain() -> None:
    # المبعوث الخاص للرئيس X: the president is not his envoy
    found = mentions("وصل المبعوث الخاص للرئيس الأمريكي جو بايدن إلى أربيل.")
    assert ("joe-biden", "للرئيس الأمريكي جو بايدن") in found
    assert not any(text.startswith("المبعوث") for _, text in found)


def test_a_place_after_a_title_is_no_name() -> None:
    doc = document("التقى المحافظ العراقي في البصرة وفدا من التجار.")
    assert not any(a.kind == "person" for a in doc.actors.values())


def test_a_title_whose_last_word_begins_a_body_name_serves_that_body() -> None:
    # المتحدث باسم الحكومة (a title) + الحكومة العراقية (Iraq's name): the office of Iraq
    found = mentions("قال المتحدث باسم الحكومة العراقية إن الاتفاق صامد.")
    assert found == [("IRQ", "المتحدث باسم الحكومة العراقية")]


def test_a_meeting_with_the_subjects_pronoun_meets_the_titled_person_before_a_purpose() -> None:
    # لقائه رئيس الوزراء X لبحث …: X is met; لبحث says what for, it names no owner
    found = of_type("أكد الرئيس الأمريكي جو بايدن خلال لقائه رئيس الوزراء العراقي محمد "
                    "شياع السوداني لبحث التعاون الأمني التزام بلاده بدعم العراق.", "CONSULT")
    assert ("joe-biden", "mohammed-shia-al-sudani") in [ids(e) for e in found]


# ---------------------------------------------------------------- security councils

@pytest.mark.parametrize(("text", "expected"), [
    # a state's own council, by its nationality adjective or the place it meets in
    ("ناقش مجلس الأمن الوطني العراقي تأمين الحدود.", ("IRQ", "مجلس الأمن الوطني العراقي")),
    ("اجتمع مجلس الأمن القومي في طهران لبحث الرد.", ("IRN", "مجلس الأمن القومي")),
    ("حذر مجلس الأمن القومي الأمريكي من التصعيد.", ("USA", "مجلس الأمن القومي الأمريكي")),
    # the UN's council keeps its shorter name
    ("طالب مجلس الأمن بوقف إطلاق النار.", ("un-security-council", "مجلس الأمن")),
    ("أدان مجلس الأمن الدولي الهجوم.", ("un-security-council", "مجلس الأمن الدولي")),
])
def test_a_national_security_council_is_its_state_not_the_un_council(
        text: str, expected: tuple[str, str]) -> None:
    assert mentions(text)[0] == expected



@pytest.mark.parametrize(("text", "expected"), [
    # a ministry named without its state belongs to the state of the place or article
    ("أعلنت وزارة الدفاع في بيان مقتل جنديين في الأنبار.", ("IRQ", "وزارة الدفاع")),
    ("اعتقلت الاستخبارات العسكرية في البصرة ثلاثة متهمين.", ("IRQ", "الاستخبارات العسكرية")),
    ("نددت وزارة الخارجية الإيرانية بالهجوم.", ("IRN", "وزارة الخارجية الإيرانية")),
])
def test_a_state_body_named_without_its_state_is_the_state_of_its_context(
        text: str, expected: tuple[str, str]) -> None:
    assert mentions(text)[0] == expected


def test_a_state_body_after_a_title_is_the_body_the_titled_person_serves() -> None:
    found = mentions("قال المتحدث باسم وزارة الخارجية أحمد الصحاف إن بغداد ترفض التدخل.")
    assert found[0] == ("ahmed-al-sahaf", "المتحدث باسم وزارة الخارجية أحمد الصحاف")


# ---------------------------------------------------------------- province containment

@pytest.mark.parametrize(("inner", "outer", "expected"), [
    ("fallujah", "anbar", True),  # a city in its governorate
    ("mosul-airport", "nineveh", True),  # a site in a city in a governorate
    ("karrada", "baghdad", True),  # a district of the capital
    ("erbil", "kurdistan-region", True),  # a governorate in its region
    ("fallujah", "nineveh", False),
    ("anbar", "fallujah", False),  # containment has a direction
])
def test_places_know_the_province_that_holds_them(inner: str, outer: str, expected: bool
                                                  ) -> None:
    assert gazetteer.inside(inner, outer) is expected


def test_an_event_told_twice_keeps_the_city_over_its_province() -> None:
    found = of_type("قصفت طائرات أمريكية مواقع لتنظيم داعش في محافظة الأنبار. "
                    "واستهدف القصف الأمريكي مواقع لتنظيم داعش في الفلوجة.", "ASSAULT")
    strike = next(e for e in found if ids(e) == ("USA", "isis"))
    assert strike.place is not None and strike.place.id == "fallujah"


# ---------------------------------------------------------------- nationality adjectives

@pytest.mark.parametrize(("text", "expected"), [
    # a body or instrument qualified by a nationality: the state is mentioned on the
    # adjective, the noun before it is left to the argument rules
    ("حمّل الوزير السدود الإيرانية مسؤولية الجفاف.", ("IRN", "الإيرانية")),
    ("توغلت القوات التركية في قرى حدودية.", ("TUR", "القوات التركية")),
    ("قصفت الطائرات الأمريكية مخازن للأسلحة.", ("USA", "الأمريكية")),
    ("جمدت واشنطن أرصدة البنوك العراقية.", ("IRQ", "العراقية")),
    # the duals and two-word adjectives inflect too
    ("أسقطت الدفاعات طائرتين أمريكيتين مسيرتين.", ("USA", "أمريكيتين")),
    ("وصل الجنديان البريطانيان إلى المطار.", ("GBR", "البريطانيان")),
    ("انتقدت الخارجية الكورية الجنوبية التجربة.", ("KOR", "الكورية الجنوبية")),
])
def test_a_nationality_adjective_on_a_body_mentions_its_state(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions(text)


# ---------------------------------------------------------------- protesters of a place

@pytest.mark.parametrize(("text", "expected"), [
    # the construct plural takes the country of the city it governs, even when the
    # sentence names a place of another country
    ("بعد أحداث طهران هدد متظاهرو البصرة بالاعتصام أمام القنصلية.", "iraqi-protesters"),
    ("أغلق محتجو كربلاء مداخل المدينة.", "iraqi-protesters"),
    ("أحرق محتجو مشهد صور المسؤولين.", "iranian-protesters"),
])
def test_protesters_of_a_city_are_a_group_of_its_country(text: str, expected: str) -> None:
    assert [entity for entity, _ in mentions(text) if entity.endswith("protesters")] == [
        expected]


def test_protesters_of_a_state_take_the_state_into_their_mention() -> None:
    assert mentions("تجمع متظاهرو العراق أمام السفارة.")[0] == (
        "iraqi-protesters", "متظاهرو العراق")


# ---------------------------------------------------------------- shared surnames

def test_a_surname_two_people_share_refers_to_the_one_the_article_named() -> None:
    doc = document("استقبل رئيس الحكومة مسرور بارزاني وفدا أمريكيا. وقال بارزاني إن الإقليم "
                   "ملتزم بالاتفاق.")
    assert "masrour-barzani" in [m.entity_id for m in doc.sentences[1].actors]


def test_a_shared_surname_is_no_one_when_the_article_named_none_or_both() -> None:
    before = document("وقال بارزاني إن الإقليم ملتزم بالاتفاق.")
    assert not before.sentences[0].actors
    both = document("التقى مسعود بارزاني ونيجيرفان بارزاني. وقال بارزاني إن الإقليم ملتزم.")
    assert not both.sentences[1].actors


def test_the_second_half_of_a_compound_surname_is_no_surname() -> None:
    # نصر الله: الله alone never refers to the man named before
    doc = document("ألقى حسن نصر الله خطابا. وقال إن الله معنا.")
    assert not doc.sentences[1].actors


# ---------------------------------------------------------------- gazetteer coverage

@pytest.mark.parametrize(("text", "expected"), [
    # Iraqi ministers, governors and commanders
    ("أعلنت وزيرة المالية طيف سامي صرف الرواتب.", "taif-sami"),
    ("حذر وزير الموارد المائية عون ذياب من موسم جاف.", "aoun-dhiab"),
    ("زار محافظ نينوى نجم الجبوري قضاء سنجار.", "najm-al-jubouri"),
    ("قال محافظ كربلاء نصيف الخطابي إن الزيارة مرت بسلام.", "nassif-al-khattabi"),
    ("اعتقلت القوات قاسم مصلح بتهمة الإرهاب.", "qasim-muslih"),
    # the Kurdistan Region
    ("انتقد شاسوار عبد الواحد الحزبين الحاكمين.", "shaswar-abdulwahid"),
    ("قال بيشوا هوراماني إن الإقليم سيرسل وفدا.", "peshawa-hawramani"),
    # Iranian officials
    ("أعلن علي بهادري جهرمي موقف الحكومة.", "ali-bahadori-jahromi"),
    ("قال بهروز كمالوندي إن التخصيب مستمر.", "behrouz-kamalvandi"),
    ("ندد سعيد إيرواني في رسالة بالهجوم.", "amir-saeid-iravani"),
    # American officials, envoys and generals
    ("قال ستانلي ماكريستال إن العملية نجحت.", "stanley-mcchrystal"),
    ("سلم جاي غارنر مهامه إلى خلفه.", "jay-garner"),
    # Gulf and Turkish officials, the PKK
    ("استقبل طحنون بن زايد الوفد العراقي.", "tahnoun-bin-zayed"),
    ("أعلن سليمان صويلو مقتل مسلحين.", "suleyman-soylu"),
    ("دعا عبد الله أوجلان إلى إلقاء السلاح.", "abdullah-ocalan"),
    # bodies
    ("تبنت سرايا عاشوراء الدفاع عن المدينة.", "saraya-ashura"),
    ("وثقت المفوضية العليا لحقوق الإنسان حالات الاعتقال.",
     "iraqi-high-commission-for-human-rights"),
    ("اشتبكت وحدات مقاومة سنجار مع القوات.", "sinjar-resistance-units"),
])
def test_more_actors_of_iraq_us_iran_news_are_known(text: str, expected: str) -> None:
    assert expected in [entity for entity, _ in mentions(text)]


def test_a_last_name_that_is_a_common_word_is_no_surname() -> None:
    # نواف سلام: سلام ("peace") alone is not the prime minister
    doc = document("التقى الرئيس نواف سلام الوفد. ودعا إلى سلام دائم.")
    assert not doc.sentences[1].actors
